package extract

import "testing"

// Those who attend a session of a summit take part in the summit told
// before, also from the next paragraph (round 8, class K2: invited
// guests of a summit told as a meeting of their own). Every example is
// invented.
func TestSessionAttendeesJoinSummit(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: invited guests attended sessions",
			"President Ali Sani of Niger and President Kofi Mensah of Ghana ended a two-day summit in Accra today.\n\nPresident Paul Houn of Benin and President Musa Kane of Togo attended sessions on trade on Monday as invited guests.",
			[]string{"Ali Sani+Kofi Mensah+Musa Kane+Paul Houn|BJ-GH-NE-TG"}},
		{"Japanese style: attended the opening session",
			"Prime Minister Taro Ikeda of Japan and President Min-ho Park of South Korea attended the summit in Manila on 3 March.\n\nPrime Minister Li Wen of Singapore attended the opening session but left in the evening.",
			[]string{"Li Wen+Min-ho Park+Taro Ikeda|JP-KR-SG"}},
		{"EU style: joined two of its working sessions",
			"President Ana Morel of France and Chancellor Jan Weber of Germany opened the summit in Brussels on Monday.\n\nPrime Minister Piet Jansen of the Netherlands joined two of its working sessions.",
			[]string{"Ana Morel+Jan Weber+Piet Jansen|DE-FR-NL"}},
		{"not a session of the summit: a session of another body",
			"President Ali Sani of Niger and President Kofi Mensah of Ghana ended a two-day summit in Accra today.\n\nForeign Minister Paul Houn of Benin attended a session of the Security Council in New York with Ambassador Musa Kane of Togo.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not a session of the summit: another body's session named before it",
			"President Ali Sani of Niger and President Kofi Mensah of Ghana ended a two-day summit in Accra today.\n\nForeign Minister Paul Houn of Benin attended a UN session in Geneva.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"Kremlin style: no summit before, the sessions are talks of their own",
			"President Ivan Orlov of Russia held talks with President Aibek Nurlan of Kazakhstan in Moscow on Tuesday.\n\nPrime Minister Rustam Aliev of Tajikistan attended sessions of the business forum in Kazan.",
			[]string{"Aibek Nurlan+Ivan Orlov|KZ-RU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
