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
		{"US style: a group's members set off by dashes in the next sentence",
			"President Tom Vell of the United States joined the leaders of the G7 in Rome on Friday for their annual summit. Over two days, the G7 – the United States, Japan, Germany, France, the United Kingdom, Italy and Canada – agreed on steps to secure supply chains.",
			[]string{"Tom Vell|CA-DE-FR-GB-IT-JP-US"}},
		{"EU style: a group's members in brackets",
			"High Representative Ana Morel met the E3 in Brussels on Monday. The E3 (France, Germany and the United Kingdom) later issued a statement on the nuclear deal.",
			[]string{"Ana Morel|DE-FR-GB"}},
		{"Japanese style: the Quad's members between dashes",
			"Prime Minister Taro Ikeda of Japan hosted the Quad summit in Tokyo on 3 March. The Quad – Australia, India, Japan and the United States – pledged to keep sea lanes open.",
			[]string{"Taro Ikeda|AU-IN-JP-US"}},
		{"not members: states in brackets that do not belong to the group",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. The G7 (Ghana, Togo and Benin) was not mentioned.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not a list of parties: victims of two states among those hurt",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Citizens of Togo and Benin were among those hurt in a crash on the coast road.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE"}},
		{"not a list of parties: a forum that brought together students",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. It brought together students from Togo and Benin.",
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
