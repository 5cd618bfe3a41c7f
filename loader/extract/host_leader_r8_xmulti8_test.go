package extract

import "testing"

// A summit's host leader takes part in it only when it is a gathering of
// leaders: a meeting of ministers is not the host leader's, who may
// receive its guests beside it (round 8, class K3: people of a separate
// encounter added to the gathering). Every example is invented.
func TestHostLeaderJoinsOnlyLeadersSummit(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"EU style: a ministerial, the host's president receives a guest beside it",
			"The EU-Sahel Ministerial Meeting took place in Niamey today. It was hosted by Foreign Minister Ali Sani of Niger and attended by Foreign Minister Kofi Mensah of Ghana and Foreign Minister Paul Houn of Benin.\n\nOn the margins of the meeting, Minister Mensah was received by President Musa Kane of Niger.",
			[]string{"Ali Sani+Kofi Mensah+Paul Houn|BJ-GH-NE", "Kofi Mensah+Musa Kane|GH-NE"}},
		{"Japanese style: foreign ministers' summit talk in the host state",
			"On 7 March, Foreign Minister Taro Ikeda of Japan held a summit of foreign ministers in Tokyo with Foreign Minister Tran Van Long of Viet Nam.\n\nPrime Minister Kenji Mori of Japan is scheduled to visit Viet Nam in May.",
			[]string{"Kenji Mori|JP-VN", "Taro Ikeda+Tran Van Long|JP-VN"}},
		{"wire style: a leaders' summit takes its host leader",
			"President Paul Houn of Benin and President Ali Sani of Niger attended a regional summit in Accra on Monday.\n\nGhana's President Kofi Mensah told reporters on Tuesday that trade would grow.",
			[]string{"Ali Sani+Kofi Mensah+Paul Houn|BJ-GH-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-07", tc.text, tc.want)
		})
	}
}
