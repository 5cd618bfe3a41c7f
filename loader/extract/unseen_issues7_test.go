package extract

import (
	"slices"
	"testing"
)

// Round 7 (issue 11): issue vocabulary of the read splits' misses, as
// general knowledge of each subject in the words of several governments'
// releases and wire stories, with sentences where a word must not fire.
func TestUnseenIssueVocabulary7(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// Migration: the movement of people to live and work, as the
		// taxonomy's row has it (refugees stay humanitarian-aid, border
		// management regional security).
		{"free movement of workers, Caribbean community style", "The leaders reviewed the single market and the free movement of skilled workers.", []string{"migration", "trade-investment"}},
		{"free movement of persons, EU style", "The Commissioner discussed the free movement of persons with the minister.", []string{"migration"}},
		{"a seasonal programme's name, Canadian style", "The ministers discussed the Seasonal Agricultural Worker Program.", []string{"migration"}},
		{"to live and work, UK style", "The Prime Ministers launched a scheme letting young people live and work in each other's countries.", []string{"migration"}},
		{"working holiday, Japanese style", "The two ministers welcomed the expansion of the working holiday programme.", []string{"migration"}},
		{"free movement of goods is no migration", "They discussed the free movement of goods and capital.", []string{"trade-investment"}},
		{"a seasonal product is no migration", "They discussed seasonal fruit exports and farm workers' pay.", []string{"trade-investment"}},
		{"refugees stay humanitarian aid", "The ministers discussed aid to refugees from the conflict.", []string{"humanitarian-aid"}},
		// Arms sales: missile defence systems bought, and a military
		// helicopter named by its model.
		{"a missile defence shield is no sale", "Topics included the missile defence system and the future of the air defence command.", []string{"defense-cooperation"}},
		{"missile defence batteries, wire", "The minister briefed him on the plan to buy air and missile defense batteries.", []string{"arms-sales"}},
		{"a helicopter model, defence press", "They discussed the delivery of Black Hawk helicopters to the army.", []string{"arms-sales"}},
		// A region naming an economic arrangement's scope is no matter of
		// the region's security.
		{"a regional free trade area, trade press release", "This agreement is another building block toward the goal of a Middle East free trade area by 2013.", []string{"trade-investment"}},
		{"a capitalised trade area, State Department", "The President proposed the creation of a U.S.-Middle East Free Trade Area within a decade.", []string{"trade-investment"}},
		{"an economic framework, Japanese style", "They discussed the Asia-Pacific free trade area and the Indo-Pacific economic framework.", []string{"trade-investment"}},
		{"security in the region stays", "They discussed security in the Middle East and trade.", []string{"regional-security", "trade-investment"}},
		{"a missile test is no sale", "They condemned the missile test and the launch of a ballistic missile.", []string{"nuclear-nonproliferation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// issuesWithStates reads the issues of a text's sentences as findIssues
// does, with the tokens of its states' mentions known.
func issuesWithStates(x *Extractor, text string) []string {
	sents := splitSentences(text, 0)
	inState := stateTokens(x.findCountries(sents))
	var out []string
	for si, s := range sents {
		for _, h := range x.issues.match(s.toks, si, inState[si], nil) {
			out = appendUniqueStr(out, h.issue)
		}
	}
	slices.Sort(out)
	return out
}

// A capitalised "Alliance" that ends the name of a partnership of another
// domain is no military alliance; one named by states or by arms is.
func TestUnseenNamedCivilAlliance(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a green growth partnership, Korean release", "President Kim and Danish Prime Minister Holt launched the Korea-Denmark Green Growth Alliance in Copenhagen.", []string{"climate-environment"}},
		{"a bloc of trading states, New Zealand release", "He discussed New Zealand's interest in closer links with the Pacific Alliance.", nil},
		{"a digital partnership, EU release", "The Commissioner launched the EU-Latin America Digital Alliance in Bogota.", nil},
		// Must not fire: an alliance of two states, the Atlantic one, the
		// bare "Alliance" and the common noun.
		{"an alliance of two states, White House", "The two leaders reaffirmed the ironclad U.S.-Japan Alliance.", []string{"defense-cooperation"}},
		{"the Atlantic Alliance, wire", "They discussed the future of the Atlantic Alliance.", []string{"defense-cooperation"}},
		{"the bare Alliance, NATO release", "They discussed the Alliance and its enlargement.", []string{"defense-cooperation"}},
		{"the common noun, Kremlin", "They agreed to strengthen the alliance.", []string{"defense-cooperation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesWithStates(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
