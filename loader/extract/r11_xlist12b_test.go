package extract

import "testing"

// Round 11 (xlist12b): a speaker who addresses a gathering, or those it
// brought together, takes part in it. Every example is invented.
func TestR11Audience(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"told the ministers: the speaker joins the call just told",
			"Foreign ministers from France, Germany and Italy held a video conference on Tuesday. The UN's special envoy, Ana Lindqvist, told the ministers that the fighting had spread.",
			[]string{"Ana Lindqvist|DE-FR-IT"}},
		{"told the opening session, a paragraph after the summit's",
			"The leaders' summit opened in Accra on Tuesday. Attending were President Kofi Mensah of Ghana and President Paul Houn of Benin.\n\n\"We must act together,\" President Musa Keita of Mali told the opening session.",
			[]string{"Kofi Mensah+Musa Keita+Paul Houn|BJ-GH-ML"}},
		{"told reporters: no gathering, no participant",
			"Foreign ministers from France, Germany and Italy held a video conference on Tuesday. The UN's special envoy, Ana Lindqvist, told reporters that the fighting had spread.",
			[]string{"|DE-FR-IT"}},
		{"told a news conference: no gathering of states",
			"Foreign ministers from France, Germany and Italy held a video conference on Tuesday. The UN's special envoy, Ana Lindqvist, told the closing news conference that the fighting had spread.",
			[]string{"|DE-FR-IT"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
