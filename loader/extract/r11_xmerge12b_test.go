package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestR11AnchoredBeforeStaysApart: an encounter dated well before the
// publication ("last November" in a July release) is another occasion: it
// does not join the undated engagement of the story told before it (a
// headline, a section heading), which would take its old date; an undated
// mention told after a dated one still refers back to it. Invented
// releases in a foreign ministry's style; publication day 2023-07-14.
func TestR11AnchoredBeforeStaysApart(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a recalled meeting of last November after the story's heading",
			"Meetings of the Foreign Minister in Jakarta\n\nMeeting with Foreign Minister Ratu Sarasvati of Indonesia\n\nForeign Minister Anna Lindqvist of Sweden met Foreign Minister Ratu Sarasvati of Indonesia in Jakarta. The Minister recalled the meeting between the Swedish and Indonesian prime ministers in Bali last November.",
			[]string{"meeting held 2022-11", "meeting held 2023-07-14"}},
		{"an undated call told after the dated one refers back to it",
			"Foreign Minister Anna Lindqvist of Sweden spoke by telephone with Foreign Minister Ratu Sarasvati of Indonesia in March. The call focused on trade.",
			[]string{"call held 2023-03"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			a := attache.Article{ID: "t", Outlet: "Ministry for Foreign Affairs of Sweden", Published: "2023-07-14", Text: tc.text}
			e := extractText(t, x, a)
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
