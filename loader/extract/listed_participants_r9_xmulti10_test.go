package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// A gathering whose own clause lists the states it brought together after
// "among" or "involving" has those states as its parties, not the parties
// of the sentences before it (round 9, class G2: a multilateral round
// told in passing in another engagement's story). Every example is
// invented.
func TestListedParticipantsOfGathering(t *testing.T) {
	x := newExtractor(t)
	const before = "Foreign Minister Ali Sani of Niger met Foreign Minister Kofi Mensah of Ghana in Accra on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []string // meetingKeys among the extraction's
		not        string   // a key that must not be among them
	}{
		{"wire style: a round involving the listed states",
			before + "The first round of the talks, involving Benin, Togo, Mali and Chad, ended in Lome in August without agreement.",
			[]string{"|BJ-ML-TD-TG"}, "|GH-NE"},
		{"Japanese style: talks held among the listed states, told by a minister",
			before + "Minister Sani explained the outcome of the second round of the Four-Party Talks, which were held in Geneva from 12 May among Japan, Mongolia, Canada and Chile.",
			[]string{"|CA-CL-JP-MN"}, "Ali Sani|CA-CL-JP-MN-NE"},
		{"EU style: consultations among the foreign ministers of the listed states",
			before + "The consultations among the foreign ministers of France, Germany and Poland in Weimar last month were cordial.",
			[]string{"|DE-FR-PL"}, "|GH-NE"},
		{"Korean style: the two Koreas name two states",
			before + "The last round, involving the two Koreas, China and Russia, ended in Beijing in March.",
			[]string{"|CN-KP-KR-RU"}, "|GH-NE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-09-05"), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
			for _, k := range meetingKeys(e) {
				if k == tc.not {
					t.Errorf("engagements %q hold %q", meetingKeys(e), tc.not)
				}
			}
		})
	}
}

// Where the words after "among" or "between" do not list the gathering's
// states, the rule must not fire: two sides set apart by "between", a
// list of topics, two states only.
func TestListedParticipantsNotFired(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		not        []string // keys that must not be among the extraction's
	}{
		{"Kremlin style: two sides between a state and a union of states",
			"President Ivan Orlov of Russia held talks with Prime Minister Van Long of Vietnam in Moscow on Tuesday. An agreement on launching negotiations between Vietnam and the Customs Union of Russia, Belarus and Kazakhstan was also signed.",
			[]string{"|BY-KZ-RU-VN", "Ivan Orlov+Van Long|BY-KZ-RU-VN"}},
		{"US style: talks among officials about other states",
			"Secretary of State Mary Hale met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Their talks covered relations among Iran, Iraq and Syria.",
			[]string{"Kofi Mensah+Mary Hale|GH-IQ-IR-SY-US", "|IQ-IR-SY"}},
		{"US style: talks among officials about trade with other states",
			"Secretary of State Mary Hale met Foreign Minister Kofi Mensah of Ghana in Accra on Monday. Talks among senior officials on trade with Iran, Iraq and Syria lasted an hour.",
			[]string{"Kofi Mensah+Mary Hale|GH-IQ-IR-SY-US"}},
		{"UK style: only two states listed",
			"The Foreign Secretary met Foreign Minister Kofi Mensah of Ghana in London on Monday. The round of talks among Ghana and Togo in May was recalled.",
			[]string{"|GH-TG-GB"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-09-05"), Text: tc.text})
			for _, k := range meetingKeys(e) {
				for _, n := range tc.not {
					if k == n {
						t.Errorf("engagements %q hold %q", meetingKeys(e), n)
					}
				}
			}
		})
	}
}
