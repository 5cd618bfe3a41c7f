package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// An engagement noun whose own predicate says it never happened ("the
// meeting planned for Wednesday did not take place", "the talks never
// took place", "the visit was not held", "fell through") is cancelled;
// one that was only talked about ("under discussion", "proposed",
// "mooted") and did not happen was never arranged: no engagement.
func TestR9DidNotTakePlace(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // key|status
	}{
		{"UK style: a planned meeting that did not take place is cancelled",
			"A meeting that had been planned for Wednesday with Prime Minister Ali Sani of Niger did not take place after Foreign Secretary Ana Lu of the United Kingdom returned to London.",
			[]string{"Ali Sani+Ana Lu|GB-NE|cancelled"}},
		{"wire: talks never took place",
			"Talks between Foreign Minister Sato Kenji of Japan and Foreign Minister Rui Paz of Ecuador, set for Monday in Quito, never took place.",
			[]string{"Rui Paz+Sato Kenji|EC-JP|cancelled"}},
		{"EU style: the meeting was not held",
			"The meeting of President Musa Keita of Mali with Prime Minister Jan Peeters of Belgium in Brussels, planned for 4 May, was not held because of the strike.",
			[]string{"Jan Peeters+Musa Keita|BE-ML|cancelled"}},
		{"Korean release: a meeting under discussion that did not take place is none",
			"A Korea-Niger foreign ministers' meeting, which had been under discussion, did not take place owing to scheduling difficulties.",
			nil},
		{"Kremlin: a proposed summit that never materialised is none",
			"The proposed summit between President Ivan Sokolov of Russia and President Musa Keita of Mali never materialised.",
			nil},
		{"US release: a meeting that took place is held",
			"Secretary of State John Carter of the United States met Foreign Minister Ali Sani of Niger in Niamey on Tuesday; the meeting did not end until midnight.",
			[]string{"Ali Sani+John Carter|NE-US|held"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Text: tc.text})
			var got []string
			for _, m := range e.Meetings {
				ps, cs := slices.Clone(m.Participants), slices.Clone(m.Countries)
				slices.Sort(ps)
				slices.Sort(cs)
				got = append(got, strings.Join(ps, "+")+"|"+strings.Join(cs, "-")+"|"+string(m.Status))
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("engagements\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
