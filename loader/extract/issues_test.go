package extract

import (
	"slices"
	"sort"
	"testing"

	"github.com/attache-project/attache"
)

// issuesOf lists the issues the matcher finds in one invented sentence.
func issuesOf(x *Extractor, text string) []string {
	toks := tokenize(text, 0, len(text), nil)
	var out []string
	for _, h := range x.issues.match(toks, 0, nil, nil) {
		out = appendUniqueStr(out, h.issue)
	}
	sort.Strings(out)
	return out
}

func TestIssueMatch(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"keyword", "They discussed energy security and trade.", []string{"energy", "trade-investment"}},
		{"office name", "He met the Defence Minister and the energy minister.", nil},
		{"department of", "An official of the Department of Energy attended.", nil},
		{"body name", "A loan from the Development Bank was approved.", nil},
		{"idiom", "The deal is still in the pipeline.", nil},
		{"place named after a keyword", "The dialogue was held at the Naval Base in Georgia.", nil},
		{"keyword in a body's name", "Leaders of the Southern African Development Community gathered.", nil},
		{"development in another sense", "That is a positive development for both.", nil},
		{"economic stabilization", "Regarding economic stabilization, they welcomed the payment.", nil},
		{"development aid", "They discussed food security and development.", []string{"economic-development", "humanitarian-aid"}},
		{"nuclear crisis", "They discussed the nuclear crises in the region.", []string{"nuclear-nonproliferation"}},
		{"pipeline itself", "They discussed the gas pipeline.", []string{"energy"}},
		{"truce", "She welcomed the truce and the pause in hostilities.", []string{"peace-process"}},
		{"two-state solution", "They backed a two-state solution.", []string{"peace-process"}},
		{"healthcare", "They agreed on access to basic healthcare.", []string{"health"}},
		{"defense beside defence", "They discussed European defense.", []string{"defense-cooperation"}},
		{"exclusive economic zone", "Drilling in the exclusive economic zone was denounced.", []string{"maritime-security", "territorial-dispute"}},
		{"arms control, not arms sales", "They discussed arms control.", []string{"nuclear-nonproliferation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestIssuesWithoutEngagement(t *testing.T) {
	x := newExtractor(t)
	text := "Trade and climate change were discussed at length, the Department said."
	gov := extractText(t, x, attache.Article{ID: "g", Outlet: "U.S. Department of State", Published: "2020-01-02", Text: text})
	if len(gov.Meetings) != 0 || len(gov.Issues) == 0 {
		t.Errorf("a government release with no engagement: meetings %d, issues %v; want its subjects", len(gov.Meetings), gov.Issues)
	}
	news := extractText(t, x, attache.Article{ID: "n", Outlet: "Wikinews", Published: "2020-01-02", Text: text})
	if len(news.Issues) != 0 {
		t.Errorf("a news story with no engagement: issues %v, want none", news.Issues)
	}
}

func TestIssuesOfAdjacentParagraphs(t *testing.T) {
	x := newExtractor(t)
	text := "Floods hit the capital of Niger last year.\n\nThe harvest was poor.\n\n" +
		"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on Monday.\n\n" +
		"New sanctions on smuggling networks took effect in January.\n\n" +
		"Separately, the ministry announced a program of scholarships."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Wikinews", Published: "2020-01-08", Text: text})
	var got []string
	for _, is := range e.Issues {
		got = append(got, is.ID)
	}
	if len(e.Meetings) != 1 || !slices.Equal(got, []string{"sanctions"}) {
		t.Errorf("meetings %d, issues %v; want the next paragraph's sanctions only", len(e.Meetings), got)
	}
}

// TestIssuesOfStatementsWithoutTalks: a government's statement that tells
// of no engagement at all (on an election, a disaster, a designation) has
// no issues: GUIDELINES give an article with no engagement none required.
// Invented statements in the styles of several governments.
func TestIssuesOfStatementsWithoutTalks(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ outlet, text string }{
		{"European External Action Service", "The presidential election in Moldova was orderly, and fundamental freedoms were broadly respected. Observers noted pressure on independent media."},
		{"The White House", "I have directed the agency to send medical teams and emergency shelter to the islands struck by the cyclone."},
		{"U.S. Department of the Treasury", "Treasury today designated four officials for corruption and imposed visa restrictions on their families."},
		{"U.S. Department of State", "The Secretary of State addressed trade and climate change in a speech at the university."},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "s", Outlet: tc.outlet, Published: "2021-03-04", Text: tc.text})
		if len(e.Meetings) != 0 || len(e.Issues) != 0 {
			t.Errorf("%q: meetings %d, issues %v; want none", tc.text, len(e.Meetings), e.Issues)
		}
	}
}

// TestIssuesOfTheAccountCarriedOn: paragraphs that carry the account of
// the talks on, with the parties taken together as subject, are the
// talks' text however far they run; a paragraph after them that does
// not is not. Invented news stories in several styles.
func TestIssuesOfTheAccountCarriedOn(t *testing.T) {
	x := newExtractor(t)
	const opening = "The rainy season ended early last year.\n\nThe harvest was poor.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"EU style: ministers", opening +
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on Monday.\n\n" +
			"Ministers agreed to open a new border post.\n\n" +
			"Ministers exchanged views on sanctions against smuggling networks.\n\n" +
			"Separately, the ministry announced a program of scholarships.", []string{"sanctions"}},
		{"wire style: the two sides", opening +
			"Prime Minister Lena Varga of Hungary held talks with Prime Minister Ivo Petrov of Bulgaria in Sofia on Tuesday.\n\n" +
			"The two sides praised their long friendship.\n\n" +
			"The two sides also stressed cooperation against terrorism.", []string{"counterterrorism"}},
		{"Kremlin style: the presidents", opening +
			"President Omar Kell of Chad met President Aziz Dabo of Mali in Moscow on Friday.\n\n" +
			"Both presidents praised the new airline route.\n\n" +
			"The presidents also reviewed peacekeeping in the region.", []string{"peacekeeping"}},
		{"the chain breaks", opening +
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on Monday.\n\n" +
			"The weather was warm.\n\n" +
			"Ministers of the region later discussed sanctions on smuggling networks.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: "Wikinews", Published: "2020-01-08", Text: tc.text})
			var got []string
			for _, is := range e.Issues {
				got = append(got, is.ID)
			}
			if len(e.Meetings) == 0 || !slices.Equal(got, tc.want) {
				t.Errorf("meetings %d, issues %v; want %v", len(e.Meetings), got, tc.want)
			}
		})
	}
}
