package graph

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// The complexity walk parses every field's arguments into their Go types
// (a meetings filter with its dates, for one) to call the schema's
// complexity functions, about 8 % of a meetings request's Go CPU, and it
// gives the same number every time a dashboard sends the same query. So
// the number is kept per query text, operation and the values of the
// variables that can change it.
//
// Which variables can change it: the complexity functions read `first`
// (an Int), and the walk falls back to gqlgen's default cost where a
// field's arguments fail to parse, which only a custom scalar (a Date that
// is not one) or an input object holding one can do once gqlparser has
// checked the variables. Variables of type ID, String or Boolean, checked
// by gqlparser and never read by a complexity function, change nothing,
// so a dashboard's query asked for another country or official is the
// same entry. Every other variable's value is part of the key: a request
// whose bad date made its cost the default cannot lend that cost to the
// same query with a good date (TestComplexityCacheIsKeyedByWhatChangesIt).

// complexityCacheEntries bounds the cache: one small entry per distinct
// query and relevant variables; queries longer than maxCachedQuery are
// walked every time.
const (
	complexityCacheEntries = 4096
	complexityCacheBytes   = 16 << 20
)

func newComplexityCache() *boundedCache[int] {
	return newBoundedCache(complexityCacheEntries, complexityCacheBytes, 2*maxCachedQuery,
		func(key string, _ int) int64 { return int64(len(key)) })
}

// complexity returns the operation's complexity, from the cache when the
// same query with the same relevant variables was walked before.
func (l *limitsExtension) complexity(ctx context.Context, opCtx *graphql.OperationContext, op *ast.OperationDefinition) int {
	key, ok := complexityKey(opCtx, op)
	if ok && l.cache != nil {
		if c, hit := l.cache.Get(ctx, key); hit {
			return c
		}
	}
	c := complexity.Calculate(ctx, l.es, op, opCtx.Variables)
	if ok && l.cache != nil {
		l.cache.Add(ctx, key, c)
	}
	return c
}

// complexityKey is the query text, the operation's name and the values of
// the variables that can change the complexity; ok is false when the
// query is too long to keep or a value cannot be written down.
func complexityKey(opCtx *graphql.OperationContext, op *ast.OperationDefinition) (key string, ok bool) {
	if len(opCtx.RawQuery) > maxCachedQuery {
		return "", false
	}
	var relevant []any
	for _, v := range op.VariableDefinitions {
		switch v.Type.Name() {
		case "ID", "String", "Boolean":
			continue
		}
		value, given := opCtx.Variables[v.Variable]
		relevant = append(relevant, v.Variable, given, value)
	}
	vars, err := json.Marshal(relevant)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(opCtx.RawQuery) + len(op.Name) + len(vars) + 2)
	b.WriteString(opCtx.RawQuery)
	b.WriteByte(0)
	b.WriteString(op.Name)
	b.WriteByte(0)
	b.Write(vars)
	return b.String(), true
}
