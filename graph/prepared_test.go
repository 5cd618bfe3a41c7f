package graph

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// An operation is prepared once, with the fast path's verdict on it; one
// with a directive anywhere (@skip and @include make the fields it selects
// depend on the variables) is not kept, and is judged on every request
// with its variables, as before.
func TestPreparedOpsKeepOnlyWhatTheTextDecides(t *testing.T) {
	es := NewExecutableSchema(Config{Resolvers: &Resolver{}})
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		kept  bool
		fast  bool
	}{
		{"a fast question", `query Q($c: ID!) { officialsWhoMet(country: $c) { totalCount edges { node { official { id name } } } } }`,
			map[string]any{"c": "NE"}, true, true},
		{"a field the fast path leaves to gqlgen", `{ officials(first: 3) { totalCount } }`, nil, true, false},
		{"fragments", `query Q { ...R } fragment R on Query { search(text: "ali") { ...H } } fragment H on SearchHit { kind id }`, nil, true, true},
		{"@skip on a field", `query Q($s: Boolean!) { search(text: "ali") { kind id @skip(if: $s) } }`, map[string]any{"s": true}, false, true},
		{"@include in a fragment", `query Q($s: Boolean!) { ...R } fragment R on Query { officials(first: 1) @include(if: $s) { totalCount } }`,
			map[string]any{"s": false}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQueryWithRules(es.Schema(), tt.query, rules.NewDefaultRules())
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			op := doc.Operations.ForName("")
			vars, err := validator.VariableValues(es.Schema(), op, tt.vars)
			if err != nil {
				t.Fatal(err)
			}
			opCtx := &graphql.OperationContext{RawQuery: tt.query, Doc: doc, Operation: op, Variables: vars}
			var ops preparedOps
			first := ops.get(opCtx)
			if kept := first != nil; kept != tt.kept {
				t.Fatalf("kept = %v, want %v", kept, tt.kept)
			}
			if first != nil && first.fast != tt.fast {
				t.Errorf("fast = %v, want %v", first.fast, tt.fast)
			}
			if first != nil && first.fast != fastSupported(opCtx, op.SelectionSet, "Query") {
				t.Error("the kept verdict is not fastSupported's")
			}
			if again := ops.get(opCtx); again != first {
				t.Errorf("asked again: %p, want the same %p", again, first)
			}
		})
	}
}
