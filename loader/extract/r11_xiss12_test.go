package extract

import (
	"slices"
	"testing"
)

// TestIssueConceptsR11: the concepts of the taxonomy's descriptions
// named without the issue's own word. Invented sentences in the styles
// of readouts, wires and releases.
func TestIssueConceptsR11(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// human rights: people held or taken against the law, the rights of people
		{"unjustly detained", "The minister urged the junta to release those unjustly detained.", []string{"human-rights"}},
		{"wrongful detention", "They discussed the wrongful detention of two Ruritanian citizens abroad.", []string{"human-rights"}},
		{"jailing of bloggers", "The envoy raised the jailing of bloggers and activists.", []string{"human-rights"}},
		{"citizens abducted", "He raised the fate of citizens abducted by foreign agents decades ago.", []string{"human-rights"}},
		{"fundamental rights", "Ministers called for full respect of fundamental rights.", []string{"human-rights"}},
		{"the right of the people", "Authorities must respect the right of their people to demonstrate peacefully.", []string{"human-rights"}},
		{"protection of their rights", "They agreed to work together on the protection of their rights.", []string{"human-rights"}},
		{"rights of an economy are no human rights", "He urged the larger members to respect the rights of the smaller economies.", nil},
		// stabilisation: forces deployed to the post-war theatres
		{"troops in Iraq", "The secretary thanked the minister for keeping 900 troops in southern Iraq.", []string{"stabilization-reconstruction"}},
		{"efforts in Afghanistan", "They discussed their civilian efforts in Kandahar province.", []string{"stabilization-reconstruction"}},
		{"the assistance force", "Ruritania will take over command of the International Security Assistance Force.", []string{"stabilization-reconstruction"}},
		{"a war in Iraq is no deployment", "They discussed the use of ports by American forces in the event of a war in Iraq.", []string{"regional-security"}},
		{"efforts to support a state", "He praised their efforts to support Iraq's reconstruction fund.", nil},
		// defence cooperation: what armed forces share or do together
		{"missile warning data", "The ministers agreed to share missile warning data in real time.", []string{"defense-cooperation"}},
		{"cooperation between armed forces", "The leaders discussed cooperation between their armed forces.", []string{"defense-cooperation"}},
		{"cooperation between militaries", "They reviewed cooperation between the two militaries.", []string{"defense-cooperation"}},
		// migration: people who move to live or work, smuggled or trafficked
		{"arrival of people", "They discussed the arrival of almost two million people from the neighbouring state.", []string{"migration"}},
		{"acceptance of nurses", "He hoped the acceptance of nurses and care workers would begin smoothly.", []string{"migration"}},
		{"people-smuggling", "They will talk about cooperation on people-smuggling.", []string{"migration"}},
		{"trafficking of people", "They agreed to fight the trafficking of people.", []string{"human-rights", "migration"}},
		{"the arrival of ships is none", "He reviewed the arrival of the first of four patrol ships.", nil},
		// migration: people of one state who live or work in another
		{"citizens living in the other", "They discussed the rights of each country's citizens living in the other.", []string{"migration"}},
		{"work on the other side of the border", "They agreed to simplify the rules of stay for citizens who work on the other side of the border.", []string{"migration"}},
		{"nurses can work in", "They signed an arrangement so that more nurses and engineers can work in Ruritania.", []string{"migration"}},
		// regional security: support for a state at war with its neighbour
		{"support for Ukraine", "The leaders promised further support for Ukraine.", []string{"regional-security"}},
		{"assistance for Ukraine", "The ministers coordinated military support for Ukraine.", []string{"regional-security"}},
		{"support for the people of", "They reaffirmed their support for the people of Ukraine.", []string{"regional-security"}},
		// economic development: an economy's state and its building works financed
		{"the economic outlook", "He will call on the Prime Minister to discuss the economic outlook.", []string{"economic-development"}},
		{"a credit line", "He signed a credit line for construction firms.", []string{"economic-development"}},
		{"construction of housing", "They agreed on the construction of housing for the new capital.", []string{"economic-development"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
