package neo4jdb

import (
	"fmt"
	"maps"
	"testing"
)

// Parameters a statement does not name are not sent; those it names are,
// whatever else the statement holds.
func TestUsedParamsDropsWhatTheStatementDoesNotName(t *testing.T) {
	tests := []struct {
		name   string
		cypher string
		params map[string]any
		want   map[string]any
	}{
		{"all used", `MATCH (c:Country {code: $code}) RETURN c LIMIT $first`,
			map[string]any{"code": "NE", "first": 3}, map[string]any{"code": "NE", "first": 3}},
		{"unused dropped", `MATCH (c:Country {code: $code}) RETURN c`,
			map[string]any{"code": "NE", "issue": nil, "kinds": []any{}}, map[string]any{"code": "NE"}},
		{"a name that is the prefix of another", `RETURN $from, $fromSpans`,
			map[string]any{"from": "2005", "fromSpans": []any{"2005"}, "fro": 1}, map[string]any{"from": "2005", "fromSpans": []any{"2005"}}},
		{"at the very end, and followed by punctuation", `WHERE x IN $ids AND y = $last`,
			map[string]any{"ids": []any{"a"}, "last": "z", "other": 2}, map[string]any{"ids": []any{"a"}, "last": "z"}},
		{"in backticks", "RETURN $`odd name`", map[string]any{"odd name": 1, "x": 2}, map[string]any{"odd name": 1}},
		{"a lone dollar", `RETURN '$' + $a`, map[string]any{"a": "1", "b": "2"}, map[string]any{"a": "1"}},
		{"no parameters", `RETURN 1`, map[string]any{"a": 1}, map[string]any{}},
		{"nil", `RETURN $a`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := maps.Clone(tt.params)
			got := usedParams(tt.cypher, tt.params)
			if !maps.EqualFunc(got, tt.want, func(a, b any) bool { return fmtEqual(a, b) }) || (got == nil) != (tt.want == nil) {
				t.Errorf("usedParams = %v, want %v", got, tt.want)
			}
			if !maps.EqualFunc(before, tt.params, func(a, b any) bool { return fmtEqual(a, b) }) {
				t.Errorf("params changed: %v, was %v", tt.params, before)
			}
		})
	}
}

func fmtEqual(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) }
