package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestPredecessorOfOffice: "the Polish minister's predecessor, N" names N
// as a holder of that office of that state; an unmarked office ("a
// minister's predecessor") or a predecessor with no comma-set name names
// no one.
func TestPredecessorOfOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               map[string]string // official -> state; "" must not be an official
	}{
		{name: "US defense story: a state's minister's predecessor",
			outlet: "American Forces Press Service",
			text:   "Defense Secretary Lara Quint met Polish Defense Minister Adam Nowicki at the Pentagon today.\n\nThe Polish minister's predecessor, Marek Zielinski, visited the Pentagon in July 2005 and signed a memorandum with Quint.",
			want:   map[string]string{"Marek Zielinski": "PL", "Adam Nowicki": "PL"}},
		{name: "UK release: the Kenyan foreign minister's predecessor",
			outlet: "UK Foreign and Commonwealth Office",
			text:   "The Foreign Secretary, Ana Vell, met Kenyan Foreign Minister Ali Sani in Nairobi today. The Kenyan foreign minister's predecessor, Peter Otieno, had signed the 2015 accord with the United Kingdom.",
			want:   map[string]string{"Peter Otieno": "KE", "Ali Sani": "KE"}},
		{name: "wire: an unmarked minister's predecessor is no one's",
			outlet: "Reuters",
			text:   "Nigerian Foreign Minister Ali Sani met Kenyan Foreign Minister Peter Otieno in Lagos on Monday. A minister's predecessor, Paul Hale, said the talks were overdue.",
			want:   map[string]string{"Ali Sani": "NG", "Paul Hale": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2020-05-01", Text: tc.text})
			wantOfficialStates(t, e, tc.want)
		})
	}
}
