package neo4jdb

import (
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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

// TestNameTailOfID checks that an official's nameTail is what
// officialsWithWord seeks in place of "id STARTS WITH prefix AND id ENDS
// WITH ' ' + word": set exactly for ids whose part after the prefix has
// two words or more, to the prefix and the last word.
func TestNameTailOfID(t *testing.T) {
	tests := []struct{ id, want string }{
		{"NE:ali sani", "NE:sani"},
		{"unknown:ali sani", "unknown:sani"},
		{"united nations:maria okafor", "united nations:okafor"},
		{"NE:sani", ""},
		{"united nations:okafor", ""},
		{"NE:a b c", "NE:c"},
		{"no prefix", ""},
	}
	for _, tt := range tests {
		got := nameTailOfID(tt.id)
		if got != tt.want {
			t.Errorf("nameTailOfID(%q) = %q, want %q", tt.id, got, tt.want)
		}
		// The predicate it replaces, for each word the row may ask about.
		prefix, rest, _ := strings.Cut(tt.id, ":")
		for _, word := range strings.Fields(rest) {
			row := wordRow(prefix, word)
			old := strings.HasPrefix(tt.id, row["prefix"].(string)) && strings.HasSuffix(tt.id, row["suffix"].(string))
			if now := got != "" && got == row["short"]; now != old {
				t.Errorf("%q, word %q: nameTail match %v, ENDS WITH match %v", tt.id, word, now, old)
			}
		}
	}
}

// TestRepresentsReadsStatesAndSeen: queryOfficialStates' one list of
// [code, has firstSeen] pairs gives the sorted states and whether any
// edge has a firstSeen, as the COLLECT and EXISTS it replaces did.
func TestRepresentsReadsStatesAndSeen(t *testing.T) {
	tests := []struct {
		name  string
		list  []any
		codes []string
		seen  bool
	}{
		{"two states, one seen", []any{[]any{"NO", false}, []any{"NE", true}}, []string{"NE", "NO"}, true},
		{"none seen", []any{[]any{"NE", false}}, []string{"NE"}, false},
		{"no edge", []any{}, []string{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes, seen := represents(&neo4j.Record{Keys: []string{"represents"}, Values: []any{tt.list}})
			if !slices.Equal(codes, tt.codes) || codes == nil || seen != tt.seen {
				t.Errorf("represents = %q, %v; want %q, %v", codes, seen, tt.codes, tt.seen)
			}
		})
	}
}
