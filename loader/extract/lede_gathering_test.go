package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestLedeGatheringDay: a story that opens with a gathering, its day and
// no parties ("Leaders of the bloc ended a two-day summit on Monday"), and
// names who took part in the sentences after it, dates the gathering by
// the lede's day, not by the page's; an engagement of another kind told
// after it keeps its own date. Invented wire stories and releases; the
// page's date is 2019-07-09, a Tuesday.
func TestLedeGatheringDay(t *testing.T) {
	const tue = "2019-07-09"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"wire: ended a two-day summit, the presidents attended", "Wikinews",
			"Andean summit closes with tariff pact\n\nHeads of state of the Andean Community ended a two-day summit in Quito, Ecuador, on Monday with a pact on tariffs.\n\nThe presidents of Peru, Colombia and Bolivia were there. Peruvian President Jorge Salas, the outgoing chair of the meeting, praised the pact as a turning point.",
			[]string{"summit held 2019-07-07"}},
		{"wire: a summit opened on Sunday", "Voice of America",
			"Leaders of the Sahel states opened a summit in Niamey on Sunday.\n\nThe presidents of Niger, Mali and Chad attended the summit, which was called to discuss the security of the region.",
			[]string{"summit held 2019-07-07"}},
		{"must not fire: a call after the lede", "Wikinews",
			"Leaders of the Andean Community held a summit in Quito on Monday.\n\nSeparately, Peruvian Foreign Minister Luis Paredes spoke by telephone with Chilean Foreign Minister Ana Rojas.",
			[]string{"call held 2019-07-09"}},
		{"must not fire: a pair's meeting after the lede, not on its sidelines", "Ministry of Foreign Affairs of Peru",
			"Leaders of the Andean Community held a summit in Quito on Monday.\n\nForeign Minister Luis Paredes met with Chilean Foreign Minister Ana Rojas in Lima to discuss trade.",
			[]string{"meeting held 2019-07-09"}},
		{"must not fire: a lede with no day keeps the page's date", "Wikinews",
			"Leaders of the Andean Community held a summit in Quito.\n\nThe presidents of Peru, Colombia and Bolivia attended the summit.",
			[]string{"summit held 2019-07-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: tue, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
