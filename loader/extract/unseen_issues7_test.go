package extract

import (
	"slices"
	"testing"
)

// issueCase is one invented sentence and the issues it must give.
type issueCase struct {
	name, text string
	want       []string
}

// runIssueCases checks each case's issues.
func runIssueCases(t *testing.T, tests []issueCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueMissionOfAMultinationalBody: a "mission" of the UN, the AU, the
// EU or a regional body sent into a country is a peace operation however
// the release names it ("the AU's mission in Somalia", "the UN Integrated
// Mission", "EU missions"); a mission that observes an election, trades,
// represents a state at a seat ("the EU Mission to the UN") or assesses an
// economy is not. Invented sentences in several governments' styles.
func TestIssueMissionOfAMultinationalBody(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"the AU's mission, EU press release", "Talks will focus on the AU's mission in Mali, which the EU supports.", []string{"peacekeeping"}},
		{"African Union mission, UK readout", "They reviewed the support the UK gives to the African Union mission there.", []string{"peacekeeping"}},
		{"UN integrated mission, Japanese style", "Minister Sato called on the head of the UN Integrated Mission in Timor-Leste.", []string{"peacekeeping"}},
		{"EU missions, Korean style", "The two sides agreed to look for opportunities for the ROK to take part in EU missions.", []string{"peacekeeping"}},
		{"ECOWAS mission, wire", "West African leaders agreed to extend the ECOWAS mission in Guinea-Bissau by six months.", []string{"peacekeeping"}},
		{"election observation mission: not", "The Commissioner will discuss support for the AU's election observation missions.", []string{"democracy-governance"}},
		{"EU mission to the UN: not", "She met the head of the EU Mission to the United Nations in New York.", nil},
		{"IMF mission: not", "An IMF mission will visit Accra next week to review the programme.", nil},
		{"trade mission: not", "The minister will lead an EU trade mission to Jakarta.", []string{"trade-investment"}},
		{"naval mission: maritime, not peacekeeping", "The ministers welcomed the EU naval mission off the Horn of Africa.", []string{"maritime-security", "regional-security"}},
		{"diplomatic mission: not", "The Kremlin said the UN diplomatic mission would be reduced.", nil},
	})
}
