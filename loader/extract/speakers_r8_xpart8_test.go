package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestFirstPersonContractions: "I'll", "I’ve", "I'm" refer to the speaker
// of a transcript's turn or to a release's issuer as "I" does; a quoted
// one in a wire story refers to no one.
func TestFirstPersonContractions(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		pair               [2]string // empty: no meeting may hold pair[1]'s partner
	}{
		{name: "US transcript: the speaker's I'll",
			outlet: "The White House",
			text:   "PRESIDENT REED: Good morning, everyone. On Thursday I'll meet with President Bae Ju-won at the summit in Busan.",
			pair:   [2]string{"Reed", "Bae Ju-won"}},
		{name: "New Zealand release: the issuer's I'm",
			outlet: "New Zealand Government",
			text:   "Visit to Fiji\n\nHon Ana Vell\nMinister of Foreign Affairs\n\nNext week I’m meeting Fiji's Prime Minister Josefa Rabuka in Suva.",
			pair:   [2]string{"Ana Vell", "Josefa Rabuka"}},
		{name: "UK transcript: the speaker's I've",
			outlet: "Prime Minister's Office, 10 Downing Street",
			text:   "PRIME MINISTER VELL: Good afternoon. Today I've met Chancellor Karl Brandt of Germany here in London.",
			pair:   [2]string{"Vell", "Karl Brandt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-05", Text: tc.text})
			for _, m := range e.Meetings {
				if slices.Contains(m.Participants, tc.pair[1]) && slices.ContainsFunc(m.Participants, func(p string) bool {
					_, ok := officialNamed(&attache.Extraction{Officials: []attache.OfficialFact{{Name: p}}}, tc.pair[0])
					return ok
				}) {
					return
				}
			}
			t.Errorf("meetings %+v, want one of %s and %s", e.Meetings, tc.pair[0], tc.pair[1])
		})
	}
	// A quoted "I'll" in a wire story is the quoted person's, not a party.
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Reuters", Published: "2020-05-05",
		Text: "\"I'll meet President Bae Ju-won when the time is right,\" a senior official said on Monday."})
	for _, m := range e.Meetings {
		if len(m.Participants) > 1 {
			t.Errorf("meeting %+v, want no named pair", m.Participants)
		}
	}
}
