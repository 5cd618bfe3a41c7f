package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestSpanAfterOrBeforeAClause: a clause set after "<span> after" or
// "<span> before" tells an engagement that span away from the day of the
// clause before it, to the finest unit the span leaves certain, not on
// that day; an engagement of that clause with a date of its own keeps it.
// Invented wire stories and releases; the page's date is 2019-07-10.
func TestSpanAfterOrBeforeAClause(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"wire: a year after a visit", "Voice of America",
			"President Ali Sani of Niger will visit Benin later this month, a year after President Femi Tano of Benin visited Niamey.",
			[]string{"visit held 2018", "visit scheduled 2019-07"}},
		{"Japan: three months after a visit", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro will visit Ghana on 25 July, three months after President Kwesi Mensa of Ghana visited Tokyo.",
			[]string{"visit held 2019", "visit scheduled 2019-07-25"}},
		{"must not fire: the clause's own date", "Voice of America",
			"President Ali Sani of Niger will visit Benin later this month, two years after President Femi Tano of Benin visited Niamey in March 2017.",
			[]string{"visit held 2017-03", "visit scheduled 2019-07"}},
		{"must not fire: this week after", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro met Foreign Minister Ali Sani of Niger in Tokyo on Monday. He returned from Benin this week after a visit to Cotonou.",
			[]string{"meeting held 2019-07-08", "visit held 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
