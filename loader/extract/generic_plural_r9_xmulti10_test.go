package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// A plural office with no determiner inside a body sentence's clause
// ("a dinner with foreign ministers of the Nordic-Baltic Eight", "the
// meeting of NATO Defence Ministers") names the kind of a gathering, not
// the ministers the article named before: none of them is linked to it
// (round 9, class G3: the plural-office clique). "The two Presidents",
// "the foreign ministers", a sentence-opening "Ministers discussed" and a
// "Foreign Ministers' Meeting" still refer back. Every example is
// invented.
func TestGenericPluralOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		together   bool // whether some engagement holds both names
		a, b       string
	}{
		{"US style: a working dinner with ministers of a named group",
			"Secretary of State Mary Hale met Foreign Minister Ali Sani of Niger in Lisbon on Monday.\n\nThe Secretary met separately with Foreign Minister Kofi Mensah of Ghana on Monday.\n\nThe Secretary also joined a working dinner with foreign ministers of the Sahel Five on Monday evening.",
			false, "Ali Sani", "Kofi Mensah"},
		{"Canadian style: the meeting of NATO Defence Ministers tomorrow",
			"Minister of National Defence Jane Holt of Canada met Defence Minister Piet Jansen of the Netherlands in Brussels today.\n\nShe also met Defence Minister Jan Weber of Germany.\n\nTomorrow, the Minister will participate in the meeting of NATO Defence Ministers.",
			false, "Jan Weber", "Piet Jansen"},
		{"wire style: joined ministers of a named coalition for talks",
			"Trade Minister Tom Reid of New Zealand met Trade Minister Ana Morel of France in Geneva on Tuesday. Reid also met Trade Minister Musa Kane of Senegal.\n\nIn the afternoon he joined ministers of the Cairns Group for two hours of talks.",
			false, "Ana Morel", "Musa Kane"},
		{"White House style: the two Presidents still refer back",
			"President Ali Sani of Niger will visit Washington on 12 May. President Paul Houn of the United States will host him at the White House. The two Presidents will review trade.",
			true, "Ali Sani", "Paul Houn"},
		{"EU style: a sentence-opening plural still refers back",
			"Today the High Representative Anna Vos hosted the foreign ministers of Albania and Serbia in Brussels: Foreign Minister Ilir Hoxha of Albania and Foreign Minister Marko Petrovic of Serbia.\n\nMinisters discussed regional connectivity.",
			true, "Ilir Hoxha", "Marko Petrovic"},
		{"Japanese style: a Foreign Ministers' Meeting still refers back",
			"On 26 August, Minister Taro Ikeda chaired the Foreign Ministers' Meeting of the Central Asia Dialogue in Tashkent. Foreign Minister Aibek Nurlan of Kazakhstan and Foreign Minister Rustam Aliev of Tajikistan attended.",
			true, "Aibek Nurlan", "Rustam Aliev"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-03-05"), Text: tc.text})
			got := false
			for _, k := range meetingKeys(e) {
				people, _, _ := strings.Cut(k, "|")
				if strings.Contains(people, tc.a) && strings.Contains(people, tc.b) {
					got = true
				}
			}
			if got != tc.together {
				t.Errorf("%s and %s together = %v, want %v; engagements %q", tc.a, tc.b, got, tc.together, meetingKeys(e))
			}
		})
	}
}
