package extract

import (
	"slices"
	"testing"
)

// TestIssueConceptsR12: round 12's concept groups, each named by the
// policy language of several governments rather than by the issue's own
// word. Invented sentences in the styles of readouts, wires and releases.
func TestIssueConceptsR12(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// sanctions: visa restrictions and entry bans on named people are a sanction, not visa policy
		{"visa restrictions on officials", "The ministry will impose visa restrictions on three officials of the junta.", []string{"sanctions"}},
		{"visa restrictions against", "The measures include visa restrictions against members of the regime.", []string{"sanctions"}},
		{"imposing visa restrictions", "The government is imposing new visa restrictions today.", []string{"sanctions"}},
		{"entry bans", "Ruritania announced entry bans for four commanders.", []string{"sanctions"}},
		{"visa policy stays migration", "The two ministers discussed visa facilitation for business travellers.", []string{"migration"}},
		// peace process: peace restored, a settlement named by its kind
		{"restore peace", "Ruritania pledged engineers to help restore peace along the river valley.", []string{"peace-process"}},
		{"restoration of peace", "They welcomed the restoration of peace in the eastern provinces.", []string{"peace-process"}},
		{"an inclusive settlement", "The envoy pressed for an inclusive intra-Ruritanian settlement by spring.", []string{"peace-process"}},
		{"a lasting settlement", "The envoy urged both sides to work for a lasting settlement.", []string{"peace-process"}},
		// regional security: the region's own security, threats to it
		{"threat to the region", "The minister called the militia's advance a grave threat to the entire region.", []string{"regional-security"}},
		{"challenges facing our region", "Both envoys spoke about the challenges facing the region this winter.", []string{"regional-security"}},
		{"the region's security", "The premiers reviewed the region's security after the border clashes.", []string{"regional-security"}},
		// trade: blocs and their rules named without "trade"
		{"an economic community", "The deputy premier briefed her guest on the Eurasian Economic Community.", []string{"trade-investment"}},
		{"a common economic space", "Talks turned to a common economic space with the northern neighbours.", []string{"trade-investment"}},
		{"rules of origin", "The commissioner promised looser rules of origin for textile exporters.", []string{"trade-investment"}},
		{"transfer of technology", "The governor asked visiting investors for the transfer of technology to local plants.", []string{"trade-investment"}},
		{"a community of states is no bloc", "He met the commission of the Economic Community of Central African States.", nil},
		// democracy: the institutions of the rule of law and self-government
		{"police and courts", "The envoy said every province must answer to the same police and courts.", []string{"democracy-governance"}},
		{"law and justice", "Ruritania funds advisers in the law and justice sector of its neighbour.", []string{"democracy-governance"}},
		{"local government", "The two mayors compared notes on local government finance.", []string{"democracy-governance"}},
		{"open societies", "The summit devoted its last morning to open societies.", []string{"democracy-governance"}},
		{"presidential vacancy", "The envoy raised the long presidential vacancy with the speaker.", []string{"democracy-governance"}},
		{"elect a president", "He urged parliament to elect a new president before the summer.", []string{"democracy-governance"}},
		// arms sales: the trade in arms named as trade
		{"the arms trade", "The envoy condemned the illicit arms trade with the junta.", []string{"arms-sales"}},
		{"defence trade", "The minister flies to Ruritania for talks on defence trade and co-production.", []string{"arms-sales"}},
		{"trade in weapons", "They agreed to curb the trade in weapons across the lake.", []string{"arms-sales"}},
		{"plain trade stays trade", "They agreed to expand trade in farm goods.", []string{"trade-investment"}},
		// the development of a resource or a route is its working, not development aid
		{"development of reserves", "They discussed the development of offshore gas reserves.", []string{"energy"}},
		{"development of fields", "Ministers reviewed the development of new oil fields in the north.", []string{"energy"}},
		{"development aid stays", "They discussed development aid for the poorest provinces.", []string{"economic-development"}},
		// counterterrorism: the Islamic State as European governments spell it
		{"Da'esh", "They discussed the campaign against Da'esh in the border provinces.", []string{"counterterrorism"}},
		{"Da’esh, curly apostrophe", "Ministers reviewed the coalition against Da’esh.", []string{"counterterrorism"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
