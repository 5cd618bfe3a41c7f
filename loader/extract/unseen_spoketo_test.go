package extract

import "testing"

// "X spoke to <office> N", as British and Commonwealth readouts write a
// call ("The Prime Minister spoke to Prime Minister N of Norway this
// morning"), is a call, as "spoke with" is; "spoke to reporters", "spoke
// to the nation" are none.
func TestUnseenSpokeToOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK readout: spoke to a minister named after a possessive office",
			"Foreign Secretary Ana Lu of the United Kingdom spoke to Kenya's Cabinet Secretary for Foreign Affairs, Daniel Kiprono, on Monday about the elections.",
			[]string{"Ana Lu+Daniel Kiprono|GB-KE"}},
		{"Australian readout: spoke to a prime minister",
			"Prime Minister Kate Rowe of Australia spoke to Prime Minister Ivo Lenn of Japan this morning.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"wire: spoke to his counterpart",
			"President Rui Paz of Ecuador spoke to his Peruvian counterpart, Ana Vell, on Tuesday.",
			[]string{"Ana Vell+Rui Paz|EC-PE"}},
		{"spoke to reporters is no call",
			"Prime Minister Kate Rowe of Australia spoke to reporters in Canberra after meeting Prime Minister Ivo Lenn of Japan.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"spoke to the nation is no call",
			"President Rui Paz of Ecuador spoke to the nation on Tuesday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
