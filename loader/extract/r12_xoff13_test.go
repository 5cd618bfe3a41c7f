package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestRepresentedBy: the state a delegate stands for is the subject of
// "was represented by", of each gapped conjunct after it ("and Peru by
// ..."), and "his country" is the state named before it; a state after
// "by" with no "represented" before it is no cue.
func TestRepresentedBy(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "state subject", outlet: "Reuters",
			text: "Leaders of the region met in Lima on Tuesday. Chile was represented by Foreign Minister Tomas Riquelme.",
			want: map[string]string{"Tomas Riquelme": "CL"}},
		{name: "gapped conjuncts", outlet: "Reuters",
			text: "Ecuador is represented by Deputy Foreign Minister Ana Lucero, Bolivia by Vice Minister Jorge Quispe and Peru by Trade Minister Rosa Tello.",
			want: map[string]string{"Ana Lucero": "EC", "Jorge Quispe": "BO", "Rosa Tello": "PE"}},
		{name: "his country", outlet: "Reuters",
			text: "Fijian Prime Minister Jone Waqa stayed away, and his country was represented by Foreign Minister Sai Nawaqa.",
			want: map[string]string{"Jone Waqa": "FJ", "Sai Nawaqa": "FJ"}},
		{name: "a US official in a US outlet", outlet: "U.S. Department of State",
			text: "The United States was represented by Assistant Secretary of State for African Affairs Carol Benning, and Kenya by Foreign Minister Paul Otieno.",
			want: map[string]string{"Carol Benning": "US", "Paul Otieno": "KE"}},
	})
}

// TestOrganisationBeforeTopic: an organisation before an office's
// capitalised topic words is the office's, as a state there is ("EU Trade
// Commissioner N" as "Japan's Fisheries Minister N"): the holder serves the
// organisation, not the state of the outlet or of a neighbour.
func TestOrganisationBeforeTopic(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "x", Outlet: "Office of the United States Trade Representative", Published: "2005-12-14",
		Text: "Ambassador Ruth Calder met separately this morning with Chinese Minister of Commerce Wang Jian, EU Trade Commissioner Lars Oberg and Brazilian Foreign Minister Paulo Reis."})
	for _, o := range e.Officials {
		if o.Name == "Lars Oberg" && (o.Country != nil || o.Organization != "EU") {
			t.Errorf("Lars Oberg: country %v, organisation %q; want none and EU", o.Country, o.Organization)
		}
	}
	wantOfficialStates(t, e, map[string]string{"Wang Jian": "CN", "Paulo Reis": "BR"})
}
