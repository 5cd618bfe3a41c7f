package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// A headline naming no person that sums up engagements the body tells one
// by one ("meets leaders of A and B", then a meeting with each) is no
// engagement of its own: it would join A and B, who never met. A headline
// whose engagement the body does not tell, or tells with all its states
// together, stays.
func TestR9HeadlineSummingUpSeparateMeetings(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, title, outlet, text string
		want                      []string // meetingStates
	}{
		{"Canadian release: leaders of two states, then each meeting",
			"Prime Minister meets with leaders of Peru and Ghana at the summit",
			"Prime Minister of Canada, news release",
			"Prime Minister meets with leaders of Peru and Ghana at the summit\n\nPrime Minister Tom Reid today met separately with President Rui Paz of Peru and President Kofi Mensah of Ghana in Lima.\n\nIn his meeting with President Paz, the Prime Minister discussed trade.",
			[]string{"CA-GH", "CA-PE"}},
		{"Korean release: a call with one, a video summit with another",
			"President Kim holds phone talks with Chilean leader, video summit with Danish leader",
			"Korea.net",
			"President Kim holds phone talks with Chilean leader, video summit with Danish leader\n\nKorean President Kim Dae-ho on May 3 held telephone talks with Chilean President Rui Paz.\n\nEarlier in the day, President Kim held a video conference with Danish Prime Minister Jens Holm.",
			[]string{"CL-KR", "DK-KR"}},
		{"must stay: the headline's meeting is the body's, with all its states",
			"Prime Minister meets President of Ghana",
			"Prime Minister of Canada, news release",
			"Prime Minister meets President of Ghana\n\nPrime Minister Tom Reid today met President Kofi Mensah of Ghana in Ottawa.",
			[]string{"CA-GH"}},
		{"must stay: a joint statement's talks the body tells without people",
			"Peru-Ghana Joint Statement on Trade Talks",
			"",
			"Peru-Ghana Joint Statement on Trade Talks\n\nThe governments of Peru and Ghana held a first round of trade talks in Accra on May 3.",
			[]string{"GH-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Title: tc.title, Published: "2021-06-02", Outlet: tc.outlet, Text: tc.text})
			if got := slices.Compact(meetingStates(e)); !slices.Equal(got, tc.want) {
				t.Errorf("engagements got %q, want %q", meetingStates(e), tc.want)
			}
		})
	}
}
