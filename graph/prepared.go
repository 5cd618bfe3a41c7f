package graph

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A dashboard sends the same few query texts again and again with other
// variables. gqlgen's query cache keeps each text's parsed and validated
// document (transport.go skips the precheck for it, the limits extension
// keeps its complexity); preparedOp keeps, per operation of such a
// document, what the fast path decides from the text alone: whether it
// answers the operation, the fields each selection set collects, and the
// field paths its compiled statements project. A repeat then coerces its
// variables and runs.
//
// Only the directives @skip and @include make those depend on the
// variables, so an operation that holds a directive anywhere (its own
// selections or a fragment it spreads) is prepared afresh on every
// request, as before.

// preparedOp is what the fast path keeps of one operation.
type preparedOp struct {
	// op is the operation, in the document gqlgen's cache holds.
	op *ast.OperationDefinition
	// fast tells whether every field the operation selects is one the
	// fast path writes (fastSupported).
	fast bool
	// fields are the fields of each selection set, once a request has
	// collected them all: read-only from then on.
	fields atomic.Pointer[map[fieldsKey][]graphql.CollectedField]
	// paths are the field paths of a root field's compiled statement, by
	// the root field.
	paths sync.Map // *ast.Field → []string
}

// preparedOps holds the prepared operations of one server by query text
// and operation name, bounded as gqlgen's query cache is (a prepared
// operation keeps its document alive, text and AST): a text over
// maxCachedQuery, which gqlgen parses anew every time, is not kept
// either, so distinct large queries do not accumulate.
type preparedOps struct {
	once  sync.Once
	cache *boundedCache[*preparedOp]
}

// get returns the prepared operation of opCtx's operation, preparing it
// on first use; nil when the operation depends on its variables beyond
// their values (a directive) and must be looked at on every request, or
// when its text is not kept.
func (p *preparedOps) get(opCtx *graphql.OperationContext) *preparedOp {
	p.once.Do(func() {
		p.cache = newBoundedCache(queryCacheEntries, queryCacheBytes, maxCachedQuery*(1+astFactor),
			func(key string, _ *preparedOp) int64 { return int64(len(key)) * (1 + astFactor) })
	})
	op := opCtx.Operation
	if len(opCtx.RawQuery) > maxCachedQuery {
		return nil
	}
	key := opCtx.RawQuery + "\x00" + opCtx.OperationName
	ctx := context.Background()
	if prep, ok := p.cache.Get(ctx, key); ok && prep.op == op {
		return prep
	}
	// A text parsed again (gqlgen's cache let it go) is another document:
	// what was kept of the former one names its selections, so it is
	// prepared again.
	if hasDirectives(opCtx.Doc, op.SelectionSet, map[string]bool{}) {
		return nil
	}
	prep := &preparedOp{op: op, fast: fastSupported(opCtx, op.SelectionSet, "Query")}
	p.cache.Add(ctx, key, prep)
	return prep
}

// hasDirectives tells whether a directive stands anywhere in set, or in
// a fragment it spreads (seen: fragments already looked at).
func hasDirectives(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Directives) > 0 || hasDirectives(doc, s.SelectionSet, seen) {
				return true
			}
		case *ast.InlineFragment:
			if len(s.Directives) > 0 || hasDirectives(doc, s.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > 0 {
				return true
			}
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			def := doc.Fragments.ForName(s.Name)
			if def != nil && (len(def.Directives) > 0 || hasDirectives(doc, def.SelectionSet, seen)) {
				return true
			}
		}
	}
	return false
}

// rootPaths returns the paths of root field f's compiled statement,
// computed by compute once per prepared operation.
func (w *fastWriter) rootPaths(f graphql.CollectedField, compute func() []string) []string {
	if w.prep == nil || f.Field == nil {
		return compute()
	}
	if paths, ok := w.prep.paths.Load(f.Field); ok {
		return paths.([]string)
	}
	paths := compute()
	w.prep.paths.Store(f.Field, paths)
	return paths
}

// keepFields hands the fields this request collected to its prepared
// operation, when it has none yet: the next requests read them.
func (w *fastWriter) keepFields() {
	if w.prep != nil && w.ok && w.fields != nil && w.prep.fields.Load() == nil {
		fields := w.fields
		w.prep.fields.CompareAndSwap(nil, &fields)
	}
}
