package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestR11TextDateWithoutPage: when the page gives no publication date, the
// text's own header is the day its relative dates count from: a date
// line written before its place ("June 4, 2015, The Kremlin, Moscow"),
// and a line that is only a date under a menu long enough to pass for
// prose (which starts the body above it). Invented transcripts in a
// presidential site's and a prime minister's site's styles; no
// publication date.
func TestR11TextDateWithoutPage(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a date line before its place", "President of Ruritania (official website)",
			"Beginning of talks with the Prime Minister of Ghana\nJune 4, 2015, The Kremlin, Moscow\n\nPresident Ivan Petrov met Prime Minister Kofi Mensah of Ghana today to discuss trade.",
			[]string{"meeting held 2015-06-04"}},
		{"a date-only line under a long menu", "Prime Minister of Australia, transcript",
			"Home | Media | Transcripts | Media Releases | Speeches | Contact\n\nPress conference - Suva, Fiji\n\nTuesday 14 March 2017\n\nPrime Minister Jane Birch of Australia met Prime Minister Tomasi Rabuka of Fiji yesterday to discuss climate finance.",
			[]string{"meeting held 2017-03-13"}},
		{"must not fire: a page date wins over a dated paragraph", "Prime Minister of Australia, transcript",
			"Home | Media | Transcripts | Media Releases | Speeches | Contact\n\nPress conference - Suva, Fiji\n\nTuesday 14 March 2017\n\nPrime Minister Jane Birch of Australia met Prime Minister Tomasi Rabuka of Fiji yesterday to discuss climate finance.",
			[]string{"meeting held 2017-03-15"}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			a := attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text}
			if i == 2 {
				a.Published = "2017-03-16"
			}
			e := extractText(t, x, a)
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
