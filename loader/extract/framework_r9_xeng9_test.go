package extract

import "testing"

// An engagement noun judged as a standing channel ("the Four-Party Talks
// remain the best framework", "the dialogue is the only mechanism") names
// a process, not a meeting; the same noun told as held stays a meeting.
func TestR9StandingFramework(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Korean release: ministers agree the named talks remain the best framework",
			"Foreign Minister Han Min-jun of Korea and Foreign Minister Sato Kenji of Japan shared the view that the Four-Party Talks remained the most effective framework for peace.",
			nil},
		{"EU style: the dialogue is the only mechanism",
			"High Representative Ana Lu said the Belgrade-Pristina Dialogue is the only mechanism to settle the dispute between Serbia and Kosovo.",
			nil},
		{"Kremlin: the consultations remain the key channel",
			"President Ivan Sokolov of Russia and President Musa Keita of Mali agreed that the bilateral consultations remain the key channel for cooperation.",
			nil},
		{"wire: talks that were held and were a useful forum stay a meeting",
			"Foreign Minister Ali Sani of Niger held talks with Foreign Minister Rui Paz of Ecuador in Quito on Tuesday; the talks were a useful forum for trade.",
			[]string{"Ali Sani+Rui Paz|EC-NE"}},
		{"US release: a meeting that was the first in a year stays a meeting",
			"Secretary of State John Carter of the United States met Foreign Minister Ali Sani of Niger in Niamey on Tuesday; the meeting was the first in a year.",
			[]string{"Ali Sani+John Carter|NE-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
