package extract

import "testing"

// A numbered round of talks ("the first negotiating round", "a second
// round of talks", "the next round") whose sentence names no party
// continues the negotiations told before and takes their parties; a
// round of something else ("the first round of the presidential
// election") is no engagement.
func TestUnseenNumberedRoundTakesTheParties(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US trade release: the first negotiating round",
			"Trade Minister Ali Sani of Niger met Trade Minister Kofi Asamoah of Ghana in Niamey today to launch negotiations on a trade agreement. The first negotiating round is scheduled to take place in Accra during the week of July 12.",
			[]string{"Ali Sani+Kofi Asamoah|GH-NE", "|GH-NE"}},
		{"UK/Commonwealth release: the first round, bare",
			"Foreign Secretary Tom Hale of the United Kingdom held talks in London with Foreign Minister Jane Wambui of Kenya on a new economic partnership. The first round will be held in Nairobi from 28 to 31 July.",
			[]string{"Jane Wambui+Tom Hale|GB-KE", "|GB-KE"}},
		{"Japanese/Korean readout: a second round of talks",
			"Minister for Foreign Affairs Kenji Mori of Japan held talks with Minister of Foreign Affairs Park Min-jun of the Republic of Korea in Tokyo. A second round of talks is to be held in Seoul in September.",
			[]string{"Kenji Mori+Park Min-jun|JP-KR", "|JP-KR"}},
		{"wire: a round of an election is none",
			"Peruvian Foreign Minister Luis Orvay met Chilean Foreign Minister Ana Soto in Lima on Tuesday. The first round of the presidential election will be held on April 11.",
			[]string{"Ana Soto+Luis Orvay|CL-PE"}},
		{"EU release: a round with no number stays a weak mention",
			"High Representative Lena Vos of the European Union met Foreign Minister Ali Sani of Niger in Brussels on Monday. Another round of sanctions was adopted by the Council.",
			[]string{"Ali Sani+Lena Vos|NE"}},
		{"wire: a round that is the purpose of the sentence's meeting is that meeting",
			"Negotiators from Ghana and Togo will meet in Lome on Friday for a new round of talks. Trade Minister Kofi Asamoah of Ghana and Togolese Trade Minister Ama Dossou are to lead their delegations.",
			[]string{"Ama Dossou+Kofi Asamoah|GH-TG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
