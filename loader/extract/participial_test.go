package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestJourneyBoundedByMainClause: the day of a main clause does not date
// to the day a journey told in a participial clause after it ("will meet
// X tomorrow before flying on to Delhi", "after visiting Hanoi"): the
// journey is that day or the next (the one before), so its month when
// both lie in one, else its year; the main clause keeps its day. A
// gathering after "before" is no participial clause. Invented UK, wire and
// Japanese sentences; the page's date is 2019-07-10, a Wednesday.
func TestJourneyBoundedByMainClause(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"UK: tomorrow before flying on to Delhi", "Foreign, Commonwealth & Development Office",
			"British Foreign Secretary Jane Hill will hold talks with Premier Li Wei of China tomorrow before flying on to Delhi.",
			[]string{"meeting scheduled 2019-07-11", "visit scheduled 2019-07"}},
		{"wire: on Monday after visiting Hanoi", "Voice of America",
			"British Foreign Secretary Jane Hill met Premier Li Wei of China in Beijing on Monday after visiting Hanoi.",
			[]string{"meeting held 2019-07-08", "visit held 2019-07"}},
		{"Japan: the month's last day, the next stop may be the next month", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro will visit India on 31 July before travelling on to Nepal.",
			[]string{"visit scheduled 2019", "visit scheduled 2019-07-31"}},
		{"must not fire: a gathering after before", "Ministry of Foreign Affairs of Japan",
			"Japanese Foreign Minister Sato Taro met Foreign Minister Ali Sani of Niger on Monday before the Africa summit in Yokohama.",
			[]string{"summit held 2019-07-08"}}, // joined into one by the engagement passes; its day stays whole
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
