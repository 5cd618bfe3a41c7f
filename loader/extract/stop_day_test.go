package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestStopDayOpeningOrNamed: a stop of a tour whose day opens the
// sentence of the stay ("On Wednesday and Thursday the Minister will be in
// Lome") or follows a sentence naming the stop ("The last stop will be
// Benin, July 20-22") takes the stay's first day, and so does an encounter
// held there with no day of its own; a day that opens a sentence about
// another place does not date the stay told after it with a day of its
// own. Invented releases in UK, US and Japanese styles; the page's date is
// 2019-07-12, a Friday.
func TestStopDayOpeningOrNamed(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"UK: the days open the sentence of the stay", "Foreign, Commonwealth & Development Office",
			"Minister of State Jane Hill will travel to Ghana and Togo next week.\n\nIn Accra on Monday the Minister will call on President Kwesi Mensa.\n\nOn Wednesday and Thursday the Minister will be in Lome for a trade fair.",
			[]string{"meeting scheduled 2019-07-15", "visit scheduled 2019-07-17"}},
		{"US: the last stop will be a state, a range", "U.S. Department of State",
			"Deputy Secretary of State Tom Grant will travel to Ghana, Togo and Benin from July 15 to 22.\n\nIn Accra on July 15 and 16, the Deputy Secretary will meet with Foreign Minister Ama Owusu.\n\nThe final stop will be Benin, July 20-22. In Cotonou the Deputy Secretary will hold a strategic dialogue with Foreign Minister Femi Tano.",
			[]string{"meeting scheduled 2019-07-15", "talks scheduled 2019-07-20", "visit scheduled 2019-07"}},
		{"Japan: a date opens the sentence of the stay", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro will visit Ghana and Togo from 15 to 19 July.\n\nOn 18 July the Minister will be in Lome, and will return to Tokyo on 20 July.",
			[]string{"visit scheduled 2019-07", "visit scheduled 2019-07-18"}},
		{"must not fire: the opening day is of another place", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro will visit Ghana and Togo from 15 to 19 July.\n\nOn 15 July the Minister will meet President Kwesi Mensa in Accra and will be in Lome on 18 July.",
			[]string{"meeting scheduled 2019-07-15", "visit scheduled 2019-07", "visit scheduled 2019-07-18"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-12", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
