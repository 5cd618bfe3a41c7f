package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestReleaseStampIsNotTheMeetingsDay: the parenthesised reference line
// that opens a release ("(No. 87 - July 10, 2019 - 10:30 a.m. ET)") is the
// page's stamp, not the day of the meeting the release tells ("after
// meeting X in Ottawa on July 9"); a date in parentheses with no
// release number or clock time, or not opening its sentence, is read as
// before. Invented releases in Canadian, European and Korean styles; the
// page's date is 2019-07-10.
func TestReleaseStampIsNotTheMeetingsDay(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"Canada: a numbered stamp with a clock time", "Global Affairs Canada",
			"Canada and Benin strengthen ties\n\n(No. 87 - July 10, 2019 - 10:30 a.m. ET) Foreign Affairs Minister Claire Dubois today issued this statement after meeting Benin's Foreign Minister, Femi Tano, in Ottawa on July 9:\n\n\"Canada and Benin share many goals.\"",
			[]string{"meeting held 2019-07-09"}},
		{"EU: a stamp with a clock time", "European Commission",
			"(Brussels, 10 July 2019, 14:30) Commissioner Anna Berg of Sweden held talks with Foreign Minister Ali Sani of Niger in Brussels on 9 July.",
			[]string{"meeting held 2019-07-09"}},
		{"Korea: a numbered stamp", "Ministry of Foreign Affairs of Korea",
			"(No. 19-245, July 10, 2019) Foreign Minister Kim Min-ho of the Republic of Korea held a meeting with Foreign Minister Ali Sani of Niger on July 8.",
			[]string{"meeting held 2019-07-08"}},
		{"must not fire: a bracketed date with no number or time", "Ministry of Foreign Affairs of Korea",
			"Foreign Minister Kim Min-ho of the Republic of Korea held a meeting with Foreign Minister Ali Sani of Niger (July 8, Seoul).",
			[]string{"meeting held 2019-07-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
