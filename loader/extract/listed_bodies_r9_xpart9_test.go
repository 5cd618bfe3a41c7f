package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestListedBodiesGiveTheirState: "<Demonym> ministers attending will
// include A; the Minister for X, B" gives the listed people the demonym's
// state, not the outlet's, and lists them as taking part; the plural body
// ties only people named after it ("was welcomed by Kenyan officials" says
// nothing of the one welcomed).
func TestListedBodiesGiveTheirState(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               map[string]string // official -> state
		pair               [2]string         // a meeting must hold both; empty: no check
	}{
		{name: "Australian release: ministers attending will include",
			outlet: "Australian Minister for Foreign Affairs, media release",
			text:   "The Minister for Foreign Affairs, Mr Tom Rewi, announced today that he will co-chair the Australia-Fiji Ministerial Forum in Canberra on Tuesday with the Fijian Minister for Foreign Affairs, Mr Josefa Rabuka.\n\nFijian ministers attending will include Mr Rabuka; the Minister for Trade, Mr Viliame Naupoto; and the Minister for Health, Ms Mere Tora.",
			want:   map[string]string{"Tom Rewi": "AU", "Viliame Naupoto": "FJ", "Mere Tora": "FJ"},
			pair:   [2]string{"Tom Rewi", "Mere Tora"}},
		{name: "Canadian release: officials taking part will be",
			outlet: "Global Affairs Canada (canada.ca), news release",
			text:   "Minister of Foreign Affairs Claire Dubois will host the Canada-Mexico Partnership talks in Ottawa on May 12 with Mexican Foreign Secretary Rosa Tello.\n\nMexican officials taking part will be Ms. Tello; the Secretary of Economy, Ramon Vidal; and the Secretary of Energy, Lucia Marin.",
			want:   map[string]string{"Claire Dubois": "CA", "Ramon Vidal": "MX", "Lucia Marin": "MX"},
			pair:   [2]string{"Claire Dubois", "Ramon Vidal"}},
		{name: "UK release: welcomed by Kenyan officials leaves the welcomed one British",
			outlet: "UK Foreign and Commonwealth Office",
			text:   "The Foreign Secretary, Ana Vell, met Kenyan Foreign Minister Ali Sani in Nairobi today.\n\nThe Foreign Secretary was welcomed at the airport by Kenyan officials, including the Minister of State, Peter Otieno.",
			want:   map[string]string{"Ana Vell": "GB", "Ali Sani": "KE", "Peter Otieno": "KE"}},
		{name: "US readout: a state named after the list ties nothing",
			outlet: "The White House",
			text:   "President Dale Reed met Prime Minister Ali Sani of Niger at the White House today.\n\nAmerican officials attending included Secretary of State Lara Quint, who will travel to Ghana next week.",
			want:   map[string]string{"Lara Quint": "US", "Ali Sani": "NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-01", Text: tc.text})
			wantOfficialStates(t, e, tc.want)
			if tc.pair[0] != "" {
				wantMeetingOf(t, e, tc.pair[0], tc.pair[1])
			}
		})
	}
}
