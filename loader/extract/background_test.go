package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestBackgroundWithoutTimeIsNull: an earlier engagement that a readout
// looks back at with no time of its own ("recalled their meeting in
// Osaka", "had met in Lome", "last visited") is null (GUIDELINES), not the
// day of the sentence before nor the page's; one with a time of its own
// keeps it. Invented releases in Canadian, UK, Korean and wire styles; the
// page's date is 2019-07-10.
func TestBackgroundWithoutTimeIsNull(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"Canada: recalled their meeting", "Prime Minister of Canada",
			"Prime Minister Claire Dubois of Canada spoke with President Femi Tano of Benin today. The leaders recalled their productive meeting in Osaka.",
			[]string{"call held 2019-07-10", "meeting held null"}},
		{"UK: had met", "Prime Minister's Office, 10 Downing Street",
			"British Prime Minister John Hale spoke with President Femi Tano of Benin by telephone this morning. The two leaders had met in Lome to discuss trade.",
			[]string{"call held 2019-07-10", "meeting held null"}},
		{"Korea: last visited, with no time", "Korea.net",
			"President Kim Min-ho of Korea spoke by phone with President Femi Tano of Benin on Tuesday. President Tano last visited Seoul for talks with Foreign Minister Park Ji-won.",
			[]string{"call held 2019-07-09", "talks held null"}},
		{"must not fire: a time of its own", "Voice of America",
			"President Kim Min-ho of Korea spoke by phone with President Femi Tano of Benin on Tuesday. The two leaders had met in Seoul in March.",
			[]string{"call held 2019-07-09", "meeting held 2019-03"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
