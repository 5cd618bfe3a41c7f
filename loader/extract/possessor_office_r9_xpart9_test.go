package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestPersonPossessorOffice: "President N's foreign minister, M" names M
// as an official of N's state, as "his foreign minister, M" would; a
// possessive day ("Monday's foreign ministers' meeting") names no one.
func TestPersonPossessorOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               map[string]string // official -> state; "" must not be an official
		pair               [2]string         // a meeting must hold both; empty: no check
	}{
		{name: "wire: the foreign minister of a named president",
			outlet: "Voice of America",
			text:   "Foreign Minister Tom Rewi of Zambia had been due to fly to Kinshasa on Thursday to meet Congolese President Ali Sani's foreign minister, Pierre Kabasele Mutombo.",
			want:   map[string]string{"Pierre Kabasele Mutombo": "CD", "Tom Rewi": "ZM"},
			pair:   [2]string{"Tom Rewi", "Pierre Kabasele Mutombo"}},
		{name: "Kremlin style: a president's chief of staff",
			outlet: "Reuters",
			text:   "Russian President Oleg Varin's chief of staff, Yuri Dolin, met Kazakh President Asel Nurova in Astana on Friday.",
			want:   map[string]string{"Yuri Dolin": "RU"},
			pair:   [2]string{"Yuri Dolin", "Asel Nurova"}},
		{name: "US readout: a Japanese prime minister's adviser",
			outlet: "The White House",
			text:   "President Dale Reed met Japanese Prime Minister Kenji Arata at the White House today. Prime Minister Arata's national security adviser, Goro Imai, also attended.",
			want:   map[string]string{"Goro Imai": "JP"}},
		{name: "UK: a day's possessive names no office holder",
			outlet: "Prime Minister's Office, 10 Downing Street",
			text:   "The Prime Minister met Chancellor Karl Brandt of Germany in London today.\n\nMonday's foreign ministers' meeting, chaired by Foreign Secretary Ana Vell, will follow.",
			want:   map[string]string{"Ana Vell": "GB", "Karl Brandt": "DE"}},
		{name: "wire: a firm's director is no official",
			outlet: "Reuters",
			text:   "Nigerian Foreign Minister Ali Sani met Kenyan Foreign Minister Peter Otieno in Lagos on Monday. Norcom's director, Paul Hale, said the firm would bid for the contract.",
			want:   map[string]string{"Ali Sani": "NG", "Peter Otieno": "KE", "Paul Hale": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-01", Text: tc.text})
			if len(e.Officials) != len(tc.want) && tc.name[:2] == "UK" {
				t.Errorf("officials %+v, want only %v", e.Officials, tc.want)
			}
			wantOfficialStates(t, e, tc.want)
			if tc.pair[0] != "" {
				wantMeetingOf(t, e, tc.pair[0], tc.pair[1])
			}
		})
	}
}
