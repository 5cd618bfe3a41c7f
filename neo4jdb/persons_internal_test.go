package neo4jdb

import (
	"slices"
	"testing"
)

// TestPlacementKeys: mergeStates reads again only the person keys whose
// nodes or claims may be of more than one state once the batch is
// written; a person with one node and claims of its state only is left
// alone.
func TestPlacementKeys(t *testing.T) {
	row := func(key, country string) officialRow { return officialRow{Key: key, Country: country} }
	tests := []struct {
		name   string
		stored personsRead
		rows   []officialRow
		ids    []string
		want   []string
	}{
		{"new person, one state", personsRead{}, []officialRow{row("NE:ali sani", "NE")}, []string{"NE:ali sani"}, nil},
		{"stored person, same state", personsRead{
			nodes: map[string][]string{"ali sani": {"NE:ali sani"}}, claims: map[string][]string{"ali sani": {"NE=4"}},
		}, []officialRow{row("NE:ali sani", "NE")}, []string{"NE:ali sani"}, nil},
		{"stored claim of another state", personsRead{
			nodes: map[string][]string{"ali sani": {"NE:ali sani"}}, claims: map[string][]string{"ali sani": {"ML=1", "NE=4"}},
		}, []officialRow{row("NE:ali sani", "NE")}, []string{"NE:ali sani"}, []string{"ali sani"}},
		{"batch claims another state, redirected to the stored node", personsRead{
			nodes: map[string][]string{"ali sani": {"NE:ali sani"}}, claims: map[string][]string{"ali sani": {"NE=4"}},
		}, []officialRow{row("ML:ali sani", "ML")}, []string{"NE:ali sani"}, []string{"ali sani"}},
		{"two nodes in the batch", personsRead{}, []officialRow{row("NE:ali sani", "NE"), row("unknown:ali sani", "")},
			[]string{"NE:ali sani", "unknown:ali sani"}, []string{"ali sani"}},
		{"one-word names have no person key", personsRead{}, []officialRow{row("NE:sani", "NE")}, []string{"NE:sani"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &txWriter{persons: tt.stored}
			got := w.placementKeys([]*plan{{officials: tt.rows}}, [][]string{tt.ids})
			if !slices.Equal(got, tt.want) {
				t.Errorf("placementKeys = %v, want %v", got, tt.want)
			}
		})
	}
}
