package extract

import "testing"

// Round 11 (xpart12): who takes part in an engagement, read from the
// clause that adds them to it. Every example is invented.
func TestR11Participants(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"a state represented by its minister joins the gathering just told",
			"The leaders of Ghana, Togo and Benin met in Lome on Monday for the annual summit. Niger was represented by Foreign Minister Ali Sani.",
			[]string{"Ali Sani|BJ-GH-NE-TG"}},
		{"the one represented stayed away: not a participant",
			"The leaders of Ghana, Togo and Benin met in Accra on Monday. President Musa Keita of Mali stayed away, and his country was represented by Mali's Foreign Minister, Ali Sani.",
			[]string{"Ali Sani|BJ-GH-ML-TG"}},
		{"will also take part: a later sentence adds its subject",
			"President Kofi Mensah of Ghana will attend the summit with President Paul Houn of Benin in Lome tomorrow. Foreign Minister Ali Sani of Niger will also take part.",
			[]string{"Ali Sani+Kofi Mensah+Paul Houn|BJ-GH-NE"}},
		{"will be joined by: the future of 'was joined by'",
			"On 12 March I will co-chair the Ghana-Benin Joint Commission in Accra with the Foreign Minister of Benin, Paul Houn. I will be joined by the Minister for Trade, Kofi Mensah.",
			[]string{"Kofi Mensah+Paul Houn|BJ-GH"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
