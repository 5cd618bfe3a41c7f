package extract

import (
	"slices"
	"testing"
)

// TestR13CollectedCounterparts: a gathering whose every person met one
// same official outside it, each in a smaller engagement of the article,
// is those meetings' counterparts collected into one ("the Secretary met
// the Chilean minister ... spoke with her Peruvian counterpart ... will
// meet the Bolivian minister"), and is dropped; a gathering that official
// attends, one whose states are not all its people's, one whose people
// did not all meet the same official (one of them may meet him only
// through another), and one whose people met him only in one smaller
// gathering stay.
func TestR13CollectedCounterparts(t *testing.T) {
	// 0 the principal (US); 1 CL, 2 PE, 3 BO counterparts; 4 AR, 5 a
	// second US official, 6 a second Chilean one.
	people := []person{
		{name: "Ann Doe", country: "US"}, {name: "Ana Vidal", country: "CL"},
		{name: "Jorge Paz", country: "PE"}, {name: "Luis Mora", country: "BO"},
		{name: "Rita Sol", country: "AR"}, {name: "Tom Roe", country: "US"},
		{name: "Pablo Ruiz", country: "CL"},
	}
	bilaterals := []candidate{
		{kind: "meeting", people: []int{0, 1}, countries: []string{"US", "CL"}},
		{kind: "call", people: []int{0, 2}, countries: []string{"US", "PE"}},
		{kind: "meeting", people: []int{0, 3}, countries: []string{"US", "BO"}},
	}
	tests := []struct {
		name     string
		cands    []candidate
		gathered candidate
		dropped  bool
	}{
		{"each counterpart met the principal apart", bilaterals,
			candidate{kind: "meeting", people: []int{1, 2, 3}, countries: []string{"CL", "PE", "BO"}}, true},
		{"the principal attends the gathering", bilaterals,
			candidate{kind: "summit", people: []int{0, 1, 2, 3}, countries: []string{"US", "CL", "PE", "BO"}}, false},
		{"a state without a person of it (a group's member)", bilaterals,
			candidate{kind: "meeting", people: []int{1, 2, 3}, countries: []string{"CL", "PE", "BO", "AR"}}, false},
		{"one counterpart met someone else", []candidate{bilaterals[0], bilaterals[1],
			{kind: "meeting", people: []int{5, 3}, countries: []string{"US", "BO"}}},
			candidate{kind: "meeting", people: []int{1, 2, 3}, countries: []string{"CL", "PE", "BO"}}, false},
		{"only a gathering as large beside it", []candidate{
			{kind: "summit", people: []int{0, 1, 2, 4}, countries: []string{"US", "CL", "PE", "AR"}}},
			candidate{kind: "meeting", people: []int{1, 2, 4}, countries: []string{"CL", "PE", "AR"}}, false},
		{"one counterpart met the principal only through another", []candidate{bilaterals[0], bilaterals[1],
			{kind: "talks", people: []int{2, 3}, countries: []string{"PE", "BO"}}},
			candidate{kind: "meeting", people: []int{1, 2, 3}, countries: []string{"CL", "PE", "BO"}}, true},
		{"two met the principal only through another", []candidate{bilaterals[0],
			{kind: "talks", people: []int{1, 2}, countries: []string{"CL", "PE"}},
			{kind: "talks", people: []int{1, 3}, countries: []string{"CL", "BO"}}},
			candidate{kind: "meeting", people: []int{1, 2, 3}, countries: []string{"CL", "PE", "BO"}}, false},
		{"one smaller gathering with the official, no separate meetings", []candidate{
			{kind: "summit", people: []int{6, 1, 2, 3}, countries: []string{"CL", "PE", "BO"}},
			{kind: "meeting", people: []int{4, 1}, countries: []string{"AR", "CL"}}},
			candidate{kind: "meeting", people: []int{1, 2, 3, 4}, countries: []string{"CL", "PE", "BO", "AR"}}, false},
		{"the same, with separate meetings", []candidate{
			{kind: "meeting", people: []int{6, 1, 2}, countries: []string{"CL", "PE"}},
			{kind: "meeting", people: []int{6, 3}, countries: []string{"CL", "BO"}},
			{kind: "meeting", people: []int{4, 1}, countries: []string{"AR", "CL"}}},
			candidate{kind: "meeting", people: []int{1, 2, 3, 4}, countries: []string{"CL", "PE", "BO", "AR"}}, true},
		{"two states are no gathering", bilaterals,
			candidate{kind: "meeting", people: []int{1, 2}, countries: []string{"CL", "PE"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := &settler{x: &Extractor{}, people: people}
			in := append(slices.Clone(tc.cands), tc.gathered)
			out := st.dropCollectedCounterparts(in)
			gone := len(out) == len(in)-1 && !slices.ContainsFunc(out, func(c candidate) bool {
				return c.kind == tc.gathered.kind && slices.Equal(c.people, tc.gathered.people)
			})
			if gone != tc.dropped || (!tc.dropped && len(out) != len(in)) {
				t.Errorf("dropped=%v (kept %d of %d), want dropped=%v", gone, len(out), len(in), tc.dropped)
			}
		})
	}
}
