package extract

import "testing"

// TestR11ArrivalTakesEncounterDay: an arrival told to open a stay, with an
// encounter of the visitor held during the stay whose other party the
// text leaves to the place (only the visitor's state on it), is dated by
// the encounter (GUIDELINES: the meeting carries the visit); an
// encounter beyond a short stay, one with a third state, or a visit not
// told as an arrival keeps the visit's own day. Invented sentences.
func TestR11ArrivalTakesEncounterDay(t *testing.T) {
	arrived := sentence{toks: []token{{lower: "the"}, {lower: "minister"}, {lower: "arrived"}, {lower: "yesterday"}}}
	toured := sentence{toks: []token{{lower: "the"}, {lower: "minister"}, {lower: "visited"}, {lower: "accra"}}}
	talks := sentence{toks: []token{{lower: "she"}, {lower: "held"}, {lower: "talks"}}}
	tests := []struct {
		name      string
		first     sentence
		encounter date
		encStates []string
		wantVisit date
	}{
		{"talks the morning after the arrival", arrived, date{2019, 7, 10}, []string{"AU"}, date{2019, 7, 10}},
		{"talks a week after the arrival", arrived, date{2019, 7, 16}, []string{"AU"}, date{2019, 7, 9}},
		{"talks with a third state", arrived, date{2019, 7, 10}, []string{"AU", "TG"}, date{2019, 7, 9}},
		{"a visit not told as an arrival", toured, date{2019, 7, 10}, []string{"AU"}, date{2019, 7, 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			engs := []candidate{
				{kind: "visit", status: "held", hasDate: true, date: date{2019, 7, 9}, countries: []string{"AU", "GH"}, sents: []int{0}},
				{kind: "talks", status: "held", hasDate: true, date: tc.encounter, countries: tc.encStates, sents: []int{1}},
			}
			arrivalTakesEncounterDay([]sentence{tc.first, talks}, engs)
			if engs[0].date != tc.wantVisit {
				t.Errorf("visit dated %s, want %s", engs[0].date, tc.wantVisit)
			}
		})
	}
}
