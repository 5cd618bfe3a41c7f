package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// A state's people named by their branch or rank before the delegation
// noun ("Jordanian military leaders", "Japanese defence officials",
// "Egyptian government officials") are a party as "Jordanian officials"
// are; a word of another kind between ("Somali refugee leaders") keeps
// the state out.
func TestR9DelegationNounPastModifiers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US defense story: military leaders",
			"Admiral John Carter of the United States met with Jordanian military leaders in Amman on Monday.",
			[]string{"John Carter|JO-US"}},
		{"UK release: defence officials",
			"Minister for the Armed Forces Ana Lu of the United Kingdom held talks with Japanese defence officials in Tokyo on Tuesday.",
			[]string{"Ana Lu|GB-JP"}},
		{"wire: senior government officials",
			"Foreign Minister Ali Sani of Niger met senior Egyptian government officials in Cairo on Monday.",
			[]string{"Ali Sani|EG-NE"}},
		{"Kremlin: General Staff officers named by rank",
			"Defence Minister Ivan Sokolov of Russia held talks with Turkish General Staff leaders in Ankara on Monday.",
			[]string{"Ivan Sokolov|RU-TR"}},
		{"wire: a word of another kind keeps the state a topic",
			"Foreign Minister Ali Sani of Niger met Somali refugee leaders in Niamey on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Text: tc.text})
			if tc.want == nil {
				for _, k := range meetingKeys(e) {
					if strings.Contains(k, "SO") {
						t.Errorf("engagement %q: a topic state made a party", k)
					}
				}
				return
			}
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}
