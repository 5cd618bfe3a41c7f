package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// The cached complexity is the walk's, for every request: the same query
// asked for another official or country is one entry, a different page
// size or date is another, and a date that fails to parse (which makes the
// walk fall back to gqlgen's low default cost) cannot lend its cost to the
// same query with a good date.
func TestComplexityCacheIsKeyedByWhatChangesIt(t *testing.T) {
	cfg := Config{Resolvers: &Resolver{}}
	setComplexity(&cfg.Complexity)
	es := NewExecutableSchema(cfg)
	l := &limitsExtension{limits: DefaultLimits, cache: newComplexityCache()}
	if err := l.Validate(es); err != nil {
		t.Fatal(err)
	}
	const query = `query Q($c: ID!, $y: Date, $n: Int) {
  meetings(filter: {countries: [$c], from: $y}, first: $n) {
    edges { node { participants { meetings(filter: {from: $y}, first: $n) { edges { node { id kind } } } } } } } }`
	doc, errs := gqlparser.LoadQueryWithRules(es.Schema(), query, rules.NewDefaultRules())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	op := doc.Operations.ForName("")
	ask := func(vars map[string]any) (cached, walked int) {
		t.Helper()
		coerced, err := validator.VariableValues(es.Schema(), op, vars)
		if err != nil {
			t.Fatal(err)
		}
		opCtx := &graphql.OperationContext{RawQuery: query, Doc: doc, Variables: coerced}
		ctx := context.Background()
		return l.complexity(ctx, opCtx, op), complexity.Calculate(ctx, es, op, coerced)
	}

	steps := []struct {
		name        string
		vars        map[string]any
		wantEntries int
		overLimit   bool
	}{
		{"a bad date: the walk's default cost", map[string]any{"c": "NE", "y": "not a date", "n": 100}, 1, false},
		{"the same query with a good date is walked anew", map[string]any{"c": "NE", "y": "2001", "n": 100}, 2, true},
		{"another country: the same entry", map[string]any{"c": "TD", "y": "2001", "n": 100}, 2, true},
		{"another page size: another entry", map[string]any{"c": "TD", "y": "2001", "n": 5}, 3, false},
		{"no page size: the default's entry", map[string]any{"c": "ML", "y": "2001"}, 4, false},
		{"asked again", map[string]any{"c": "BF", "y": "2001"}, 4, false},
	}
	for _, s := range steps {
		cached, walked := ask(s.vars)
		if cached != walked {
			t.Errorf("%s: cached complexity %d, the walk gives %d", s.name, cached, walked)
		}
		if got := l.cache.entries.Len(); got != s.wantEntries {
			t.Errorf("%s: %d cache entries, want %d", s.name, got, s.wantEntries)
		}
		if over := cached > DefaultLimits.MaxComplexity; over != s.overLimit {
			t.Errorf("%s: complexity %d over the limit %d: %v, want %v", s.name, cached, DefaultLimits.MaxComplexity, over, s.overLimit)
		}
	}
}
