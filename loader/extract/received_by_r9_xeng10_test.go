package extract

import "testing"

// The passive of "receive" with a person as its agent ("will be received
// by President N") is a reception of its subject, an engagement of its
// own: not folded into the meeting told before it, and not a weak trigger
// waiting for a second state. An inanimate subject ("the proposal was
// received by the ministers") tells none.
func TestR9PassiveReception(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"EU release: a second stop's reception after a first meeting",
			"Commissioner Ana Lu of the European Union will meet President Ivan Petrenko of Ukraine in Kyiv on Monday. In Chisinau the Commissioner will be received by President Ion Rusu of Moldova on Tuesday.",
			[]string{"Ana Lu+Ion Rusu|MD", "Ana Lu+Ivan Petrenko|UA"}},
		{"Japanese release: talks, and received by a head of state",
			"Foreign Minister Sato Kenji of Japan held talks with Foreign Minister Ali Sani of Niger, and was received by President Musa Keita of Mali.",
			[]string{"Ali Sani+Sato Kenji|JP-NE", "Musa Keita+Sato Kenji|JP-ML"}},
		{"US release: a secretary received by a president",
			"Secretary John Carter of the United States was received by President Rui Paz of Ecuador in Quito on Monday.",
			[]string{"John Carter+Rui Paz|EC-US"}},
		{"wire: a proposal received by ministers is no reception",
			"The proposal was received by Foreign Minister Ali Sani of Niger with interest.",
			nil},
		{"Kremlin: a letter received by the president is no reception",
			"The message was received by President Ivan Sokolov of Russia on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
