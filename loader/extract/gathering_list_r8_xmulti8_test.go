package extract

import "testing"

// A sentence with no trigger of its own that lists whom the gathering
// just told brought together gives that gathering its states (round 8,
// class K2: lists of a multilateral's parties lost). Every example is
// invented.
func TestGatheringListJoinsGathering(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK style: It brought together the leaders of",
			"British Prime Minister Jane Hollis joined an emergency meeting in Accra on Monday convened by President Ali Sani of Niger. It brought together the leaders of Ghana, Togo, Benin and Mali.",
			[]string{"Ali Sani+Jane Hollis|BJ-GB-GH-ML-NE-TG"}},
		{"US style: ministers from a list were among those who pledged",
			"On Wednesday, U.S. President Tom Vell hosted a conference in New York to replenish a health fund. Leaders and ministers from Canada, Kenya, Ghana and Norway were among those who announced pledges.",
			[]string{"Tom Vell|CA-GH-KE-NO-US"}},
		{"EU style: This brought together ministers from",
			"High Representative Ana Morel chaired a ministerial meeting in Brussels on Tuesday. This brought together foreign ministers from Albania, Serbia and Montenegro.",
			[]string{"Ana Morel|AL-ME-RS"}},
		{"Japanese style: bringing together, the foreign ministers of",
			"On 4 August, Foreign Minister Taro Ikeda of Japan attended a conference in Bangkok. It brought together the foreign ministers of Thailand, Laos and Cambodia.",
			[]string{"Taro Ikeda|JP-KH-LA-TH"}},
		{"not a list: a named subject convenes a meeting of its own",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Later, President Paul Houn brought together the leaders of Togo and Benin.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not a list: one state only",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. It brought together officials from Togo.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not a list: places where the gathering was held",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Kenya and Uganda were hit by floods.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"Kremlin style: among those with no list of states",
			"President Ivan Orlov of Russia held talks with President Aibek Nurlan of Kazakhstan in Moscow on Tuesday. Energy was among those issues discussed.",
			[]string{"Aibek Nurlan+Ivan Orlov|KZ-RU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
