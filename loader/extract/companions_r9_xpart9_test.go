package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestCompanionSentenceListsDelegation: a sentence of its own that only
// says who comes along ("X will be accompanied by N") names the
// delegation, not participants of the talks; a companion told in the trip's
// own sentence, or given a part by a relative clause ("who will also
// brief"), still takes part.
func TestCompanionSentenceListsDelegation(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		host, companion    string
		want               bool // companion among the participants of the host's meeting
	}{
		{name: "US State: standalone will be accompanied by",
			outlet: "U.S. Department of State",
			text:   "Deputy Secretary of State Lara Quint will travel to Hanoi on May 4 to meet Vietnamese Foreign Minister Dao Van Kiem.\n\nQuint will be accompanied by Assistant Secretary of State Noel Brandt and by officials of the National Security Council.",
			host:   "Dao Van Kiem", companion: "Noel Brandt"},
		{name: "Japan: the Prime Minister will be accompanied",
			outlet: "Ministry of Foreign Affairs of Japan",
			text:   "Japanese Prime Minister Kenji Arata will hold talks with Australian Prime Minister Ruth Callan in Canberra on 12 May.\n\nArata will be accompanied by Deputy Chief Cabinet Secretary Goro Imai.",
			host:   "Ruth Callan", companion: "Goro Imai"},
		{name: "Kremlin: the President will be accompanied",
			outlet: "President of Russia",
			text:   "President Oleg Varin will hold talks with Kazakh President Asel Nurova in Astana on Friday.\n\nVarin will be accompanied by Foreign Minister Yuri Dolin.",
			host:   "Asel Nurova", companion: "Yuri Dolin"},
		{name: "US: a relative clause gives the companion a part",
			outlet: "U.S. Department of State",
			text:   "Deputy Secretary of State Lara Quint will meet Kuwaiti Foreign Minister Sabah al-Nasser in Kuwait City on June 5.\n\nQuint will be accompanied by Under Secretary of State for Political Affairs Omar Trell, who will also brief Gulf officials on sanctions.",
			host:   "Sabah al-Nasser", companion: "Omar Trell", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-01", Text: tc.text})
			found, got := false, false
			for _, m := range e.Meetings {
				if !slices.Contains(m.Participants, tc.host) {
					continue
				}
				found = true
				got = got || slices.Contains(m.Participants, tc.companion)
			}
			if !found {
				t.Fatalf("no meeting holds %s: %+v", tc.host, e.Meetings)
			}
			if got != tc.want {
				t.Errorf("%s among the participants = %v, want %v: %+v", tc.companion, got, tc.want, e.Meetings)
			}
		})
	}
}
