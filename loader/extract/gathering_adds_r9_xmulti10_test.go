package extract

import "testing"

// A sentence that adds attendants to a summit and says it adds them
// ("also", "as well", "too") joins the latest summit told a few
// paragraphs before, not a meeting of its own (round 9, class G1:
// attendants told after the speeches). Every example is invented.
func TestAddedAttendantsJoinEarlierSummit(t *testing.T) {
	x := newExtractor(t)
	const speeches = "\n\nThe chairperson told the leaders that the region must settle its own disputes.\n\nThe host said that trade in the region had grown by a fifth.\n\n"
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: leaders from listed states also took part",
			"President Ali Sani of Niger and President Kofi Mensah of Ghana opened a regional summit in Accra on Tuesday." + speeches +
				"Leaders from Benin, Togo and Mali also took part in the opening session.",
			[]string{"Ali Sani+Kofi Mensah|BJ-GH-ML-NE-TG"}},
		{"Commonwealth style: a named leader attended as well",
			"Prime Minister Jane Holt of Australia and Prime Minister Tom Reid of New Zealand attended the Pacific leaders' summit in Suva on Monday." + speeches +
				"Prime Minister Sione Tupou of Tonga attended as well.",
			[]string{"Jane Holt+Sione Tupou+Tom Reid|AU-NZ-TO"}},
		{"EU style: a minister joined the summit too",
			"President Ana Morel of France and Chancellor Jan Weber of Germany opened the summit in Brussels on Monday." + speeches +
				"Prime Minister Piet Jansen of the Netherlands took part too.",
			[]string{"Ana Morel+Jan Weber+Piet Jansen|DE-FR-NL"}},
		{"not an addition: no word says the attendants add to the summit",
			"President Ali Sani of Niger and President Kofi Mensah of Ghana opened a regional summit in Accra on Tuesday." + speeches +
				"Leaders from Benin and Togo took part in a forum on trade in Lome.",
			[]string{"Ali Sani+Kofi Mensah|GH-NE", "|BJ-TG"}},
		{"not a summit: the latest engagement is a bilateral meeting",
			"President Ivan Orlov of Russia held talks with President Aibek Nurlan of Kazakhstan in Moscow on Tuesday." + speeches +
				"Prime Minister Rustam Aliev of Tajikistan also took part in a business forum in Kazan.",
			[]string{"Aibek Nurlan+Ivan Orlov|KZ-RU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
