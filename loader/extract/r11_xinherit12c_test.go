package extract

import "testing"

// TestPartiesSubject: only a subject that refers back to parties lets a
// sentence naming none take the statement's first engagement's parties.
func TestPartiesSubject(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"They discussed trade and energy.", true},
		{"We also agreed to meet again in Lisbon.", true},
		{"The sides agreed to hold consultations.", true},
		{"- The participants adopted a joint declaration.", true},
		{"The two also discussed maritime security.", true},
		{"On Friday afternoon, forum leaders held their annual dialogue.", true},
		{"MINISTER VALE: We did talk about the region.", true},
		{"The EU and the G5 Sahel countries first met in 2015.", true},
		{"The Andean Group was formed when five countries signed.", false},
		{"The regional bureau will meet again in two weeks.", false},
		{"Our partnership has to be measured by its results.", false},
		{"That commits us to annual meetings of our ministers.", false},
		{"The next round is scheduled for March.", false},
		{"On Monday he will have a working meeting with the premier.", false},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		if got := partiesSubject(toks); got != tc.want {
			t.Errorf("partiesSubject(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
