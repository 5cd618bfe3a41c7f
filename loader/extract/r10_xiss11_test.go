package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// TestParsePair: a pair is two sides of single-word alternatives joined
// by "~"; anything else is no pair.
func TestParsePair(t *testing.T) {
	tests := []struct {
		phrase      string
		left, right int
		ok          bool
	}{
		{"flood*|drought ~ relief|aid", 2, 2, true},
		{"border ~ guard*", 1, 1, true},
		{"border ~", 0, 0, false},
		{"~ guard*", 0, 0, false},
		{"a ~ b ~ c", 0, 0, false},
		{"border guard ~ post", 0, 1, false}, // a side's alternative is one word
		{"army ~ reform* ! police|courts", 1, 1, true},
	}
	for _, tc := range tests {
		e, ok := parsePair(lexicon.IssueKeyword{Issue: "x", Phrase: tc.phrase})
		if ok != tc.ok || ok && (e.pair[0].size() != tc.left || e.pair[1].size() != tc.right) {
			t.Errorf("%q: sides %d/%d, ok %v; want %d/%d, %v", tc.phrase, e.pair[0].size(), e.pair[1].size(), ok, tc.left, tc.right, tc.ok)
		}
	}
}

// TestIssuePairs: two words that name an issue together, in either order
// and however far apart one clause puts them; not across a colon, a
// semicolon or brackets, not past the window, not inside a body's name.
// Invented sentences in the styles of readouts, wires and releases.
func TestIssuePairs(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// relief after a natural disaster
		{"help after the floods", "The minister called his counterpart after the floods in the south, offering the help of two army helicopters.", []string{"humanitarian-aid"}},
		{"assistance rendered after", "The President thanked his guest for the assistance rendered after last month's earthquake.", []string{"humanitarian-aid"}},
		{"rebuilding after an eruption", "The two ministers reviewed rebuilding after the volcanic eruption.", []string{"humanitarian-aid", "stabilization-reconstruction"}},
		{"a storm warning is no relief", "The talks were put off by a day because of a cyclone warning.", nil},
		{"too far apart", "The drought that struck the north three years before the two governments first opened talks on their new trade agreement was followed by assistance.", []string{"trade-investment"}},
		// border security
		{"border guards", "The envoy will review training for Ruritanian border guards.", []string{"regional-security"}},
		{"borders are secured", "Foreign troops should leave only after the country's borders are secured.", []string{"regional-security"}},
		{"security of the border", "They discussed the security of the eastern border.", []string{"regional-security"}},
		{"forces at the frontier", "The ministers spoke about the forces massed near the frontier.", []string{"regional-security"}},
		{"not across a semicolon", "The border reopened in May; security was not on the agenda.", nil},
		{"a border crossing is migration", "They agreed to open a new border crossing for travellers.", []string{"migration"}},
		{"a body's name", "The minister met the head of the Border Security Agency.", nil},
		// armed forces reformed
		{"reforms made to the armed forces", "They will talk about the reforms Ruritania has made to its armed forces.", []string{"military-modernization"}},
		{"an army transformed", "The plan to transform the army into a smaller force was discussed.", []string{"military-modernization"}},
		{"forces restructured", "The minister praised the pace at which the forces have been restructured.", []string{"military-modernization"}},
		{"the police too is security-sector reform", "They discussed reform of the police and the armed forces after the unrest.", nil},
		{"reform elsewhere", "The army attended the ceremony (the pension reform was debated later).", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestWeakKeywordsNeedCorroboration: a word several issues share
// ("logistics", "exports", "naval", "medical") names its issue for the
// article only when another keyword of that issue stands in its scope.
func TestWeakKeywordsNeedCorroboration(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name  string
		sents []string
		want  []string
	}{
		{"logistics of a force", []string{"The minister offered airlift and logistics support to the coalition force."}, nil},
		{"logistics beside trade", []string{"They discussed logistics.", "The two sides agreed to expand bilateral trade."}, []string{"trade-investment"}},
		{"transport and logistics", []string{"They signed a memorandum on transport and logistics."}, []string{"trade-investment"}},
		{"exports of power", []string{"The dam will earn money from exports of electricity."}, []string{"energy"}},
		{"a naval escort", []string{"A naval frigate escorted the ferries home."}, nil},
		{"naval beside piracy", []string{"A naval frigate escorted the ferries.", "The ministers discussed piracy."}, []string{"maritime-security"}},
		{"medical care in a support role", []string{"The guidelines cover medical care for the allied forces."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sents []sentence
			for i, s := range tc.sents {
				sents = append(sents, sentence{para: i, toks: tokenize(s, 0, len(s), nil)})
			}
			var got []string
			for _, h := range articleIssues(sents, nil, x.issueHits(sents, nil), true) {
				got = append(got, h.issue)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.sents, got, tc.want)
			}
		})
	}
}
