package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// tracedCandidates runs the extraction of text and returns its
// engagement candidates before they are joined, as "kind status date".
func tracedCandidates(t *testing.T, outlet, published, text string) []string {
	t.Helper()
	x := newExtractor(t)
	var out []string
	x.trace = func(format string, args ...any) {
		line := fmt.Sprintf(format, args...)
		if f := strings.Fields(line); len(f) >= 4 && f[0] == "cand" {
			date := f[3]
			if strings.HasPrefix(date, "people=") {
				date = "null"
			}
			out = append(out, f[1]+" "+f[2]+" "+date)
		}
	}
	extractText(t, x, attache.Article{ID: "t", Outlet: outlet, Published: attache.Date(published), Text: text})
	return out
}

// TestEncounterAtADatedGathering: an encounter told as held at a
// gathering ("meeting in person at the Leaders' Summit, which Ghana will
// host next month") takes the gathering's date when it has none of its
// own; a gathering named after another noun of place ("at the embassy
// ahead of the summit") lends nothing. Invented releases in Canadian, UK,
// Japanese and wire styles; the page's date is 2019-07-10, a Wednesday.
func TestEncounterAtADatedGathering(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               string // a candidate that must be among those found
		never              string // a candidate that must not
	}{
		{"Canada: look forward to meeting at the summit a relative clause dates", "Prime Minister of Canada",
			"Prime Minister Claire Dubois spoke with President Femi Tano of Benin today. The two leaders are to meet at the West African heads of state summit, which Ghana hosts in Accra next month.",
			"meeting scheduled 2019-08", ""},
		{"UK: will meet at the summit that opens on a day", "Prime Minister's Office, 10 Downing Street",
			"British Prime Minister John Hale will meet President Femi Tano of Benin at the Commonwealth summit, which opens in Kigali on 24 July.",
			"meeting scheduled 2019-07-24", ""},
		{"wire: talks during the annual summit", "Voice of America",
			"Foreign Minister Sato Taro of Japan is expected to hold talks with Foreign Minister Ali Sani of Niger during the annual Africa summit, which opens in Yokohama on 28 August.",
			"meeting scheduled 2019-08-28", ""},
		{"must not fire: a summit with no date", "Ministry of Foreign Affairs of Japan",
			"Japanese Foreign Minister Sato Taro will meet Foreign Minister Ali Sani of Niger at the Africa summit in Yokohama.",
			"meeting scheduled null", ""},
		{"must not fire: at a place, the summit's date in the next sentence", "Korea.net",
			"South Korean Foreign Minister Kim Min-ho will meet Foreign Minister Ali Sani of Niger at the embassy. The Africa summit opens in Busan on 28 August.",
			"meeting scheduled null", "meeting scheduled 2019-08-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tracedCandidates(t, tc.outlet, "2019-07-10", tc.text)
			if !slices.Contains(got, tc.want) || tc.never != "" && slices.Contains(got, tc.never) {
				t.Errorf("%q:\n got %q\nwant %q among them, never %q", tc.text, got, tc.want, tc.never)
			}
		})
	}
}

// TestObjectOfPreposition: the gathering's noun heads the preposition's
// object only with nothing but its modifiers between.
func TestObjectOfPreposition(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"at the West African Leaders' Summit", true},
		{"during the annual summit", true},
		{"at the embassy before the summit", false},
		{"at the embassy, ahead of the summit", false},
		{"at the opening of the summit", false},
		{"at the Pacific heads of government meeting", true},
		{"at the chiefs of defence conference", true},
		{"at the residence of the heads of mission before the summit", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		if got := objectOf(toks, 0, len(toks)-1); got != tc.want {
			t.Errorf("%q: objectOf = %v, want %v", tc.text, got, tc.want)
		}
	}
}
