package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestAccompaniedStateFamilyNameFirst: the one accompanied may be named
// by a family name written first ("Paek" of "Paek Ji-hun"); the companion
// is of their side, not of the host's.
func TestAccompaniedStateFamilyNameFirst(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               map[string]string // official -> state
	}{
		{name: "Korean release: family name first",
			outlet: "Ministry of Foreign Affairs, Republic of Korea",
			text:   "Korean Foreign Minister Paek Ji-hun will meet Uzbek President Anvar Tursunov in Tashkent on May 16.\n\nPaek will be accompanied by Trade Minister Cho Dae-il and some 30 business leaders.",
			want:   map[string]string{"Cho Dae-il": "KR", "Anvar Tursunov": "UZ"}},
		{name: "Japanese release: capitalised family name",
			outlet: "Ministry of Foreign Affairs of Japan",
			text:   "Minister for Foreign Affairs ARATA Kenji held talks with Foreign Minister Ali Sani of Niger in Niamey on May 3. Minister Arata was accompanied by State Minister Imai Goro.",
			want:   map[string]string{"Imai Goro": "JP", "Ali Sani": "NE"}},
		{name: "wire: surname last, as before",
			outlet: "Reuters",
			text:   "Nigerian President Ali Sani met Chinese Premier Li Wenbo in Abuja on Monday. Sani, accompanied by Oil Minister Tunde Bako, later toured a refinery.",
			want:   map[string]string{"Tunde Bako": "NG", "Li Wenbo": "CN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-01", Text: tc.text})
			wantOfficialStates(t, e, tc.want)
		})
	}
}
