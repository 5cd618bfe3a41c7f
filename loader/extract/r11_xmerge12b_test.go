package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestR11AnchoredBeforeStaysApart: an encounter dated well before the
// publication ("last November" in a July release) is another occasion: it
// does not join the undated engagement of the story told before it (a
// headline, a section heading), which would take its old date; nor does a
// mention that only takes the parties of what came before ("They also
// discussed ...") join it. An undated mention that names the engagement,
// told after the dated one, still refers back to it. Invented releases in a
// foreign ministry's style; publication day 2023-07-14.
func TestR11AnchoredBeforeStaysApart(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		// told: the engagement dated day tells sentence among its evidence.
		day, sentence string
	}{
		{"a recalled meeting of last November after the story's heading",
			"Meetings of the Foreign Minister in Jakarta\n\nMeeting with Foreign Minister Ratu Sarasvati of Indonesia\n\nForeign Minister Anna Lindqvist of Sweden met Foreign Minister Ratu Sarasvati of Indonesia in Jakarta. The Minister recalled the meeting between the Swedish and Indonesian prime ministers in Bali last November.",
			[]string{"meeting held 2022-11", "meeting held 2023-07-14"}, "2023-07-14", "Meeting with Foreign Minister Ratu Sarasvati of Indonesia"},
		{"an undated call told after the dated one refers back to it",
			"Foreign Minister Anna Lindqvist of Sweden spoke by telephone with Foreign Minister Ratu Sarasvati of Indonesia in March. The call focused on trade.",
			[]string{"call held 2023-03"}, "2023-03", "The call focused on trade."},
		{"a pronoun's mention after the older dated one is the story's",
			"Foreign Minister Anna Lindqvist of Sweden met Foreign Minister Ratu Sarasvati of Indonesia in Jakarta on Thursday.\n\nWith Minister Sarasvati, she reviewed the trade agreement signed when Prime Minister Erik Berg of Sweden met President Budi Hartono of Indonesia in Stockholm in January. They also discussed fisheries.",
			[]string{"meeting held 2023-01", "meeting held 2023-07-13"}, "2023-07-13", "They also discussed fisheries."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			a := attache.Article{ID: "t", Outlet: "Ministry for Foreign Affairs of Sweden", Published: "2023-07-14", Text: tc.text}
			e := extractText(t, x, a)
			wantSummary(t, e, tc.text, tc.want)
			if !toldOn(e, tc.day, tc.sentence) {
				t.Errorf("the engagement of %s does not tell %q", tc.day, tc.sentence)
			}
		})
	}
}

// toldOn: an engagement dated day has sentence among its evidence.
func toldOn(e *attache.Extraction, day, sentence string) bool {
	for _, m := range e.Meetings {
		if m.Date != nil && string(*m.Date) == day && slices.ContainsFunc(m.Evidence, func(ev attache.Evidence) bool { return ev.Sentence == sentence }) {
			return true
		}
	}
	return false
}
