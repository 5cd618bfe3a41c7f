package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// The talks a journey is for, with one state's officials named by no
// name, have the traveller as a party even when the journey's place is
// told in words the visit does not read ("travels next to"); a journey
// whose place is read keeps its purpose to the visit, and a purpose with
// a named counterpart keeps its own people.
func TestR9TravellerJoinsPurposeTalks(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys, among the engagements
	}{
		{"US defense story: a pronoun travels next to a capital",
			"Admiral John Carter of the United States met Foreign Minister Ali Sani of Niger on Monday. He travels next to Ankara for talks Thursday with Turkish military leaders.",
			[]string{"John Carter|TR-US"}},
		{"UK release: flies next to a capital for meetings",
			"Minister for Africa Ana Lu of the United Kingdom met President Musa Keita of Mali on Monday. She flies next to Suva for meetings on Wednesday with Fijian officials.",
			[]string{"Ana Lu|FJ-GB"}},
		{"Japanese release: travels next for talks with a ministry's officials",
			"Foreign Minister Sato Kenji of Japan travels next to Hanoi for talks with Vietnamese foreign ministry officials.",
			[]string{"Sato Kenji|JP-VN"}},
		{"wire: a named counterpart keeps its own pair",
			"Foreign Minister Ali Sani of Niger travels next to Ankara for talks Thursday with Foreign Minister Emre Kaya of Turkey.",
			[]string{"Ali Sani+Emre Kaya|NE-TR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
	// A topic state after the purpose noun is no party of it.
	e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02",
		Text: "Commissioner Ana Lu of the European Union travels next to Addis Ababa for meetings with Ethiopian officials on the drought in the Somali region."})
	for _, k := range meetingKeys(e) {
		if len(k) >= 2 && (k[len(k)-2:] == "SO" || containsStr([]string{k}, "SO")) {
			t.Errorf("engagement %q: a topic state made a party", k)
		}
	}
}
