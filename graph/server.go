package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// Limits protect the server from expensive queries.
type Limits struct {
	// MaxComplexity bounds a query's estimated cost: one per field, with the
	// fields under a list multiplied by the list's `first`.
	MaxComplexity int
	// MaxDepth bounds how deeply selections nest.
	MaxDepth int
	// MaxPageSize bounds `first`.
	MaxPageSize int
	// Timeout bounds a request, Neo4j transactions included, and parsing,
	// validation and reading the body too.
	Timeout time.Duration
	// MaxBodyBytes bounds a request's body.
	MaxBodyBytes int64
	// MaxTokens bounds the tokens of a query (gqlparser's parser limit).
	MaxTokens int
	// MaxFields bounds a query's fields, each fragment counted wherever it
	// is spread, checked before validation: validation compares the fields
	// of a selection set pairwise, so this bound keeps it in milliseconds.
	MaxFields int
	// NoIntrospection refuses introspection queries (__schema, __type);
	// GraphiQL then has no documentation to show.
	NoIntrospection bool
}

// DefaultLimits suit analysts' dashboards: a page of 100 meetings with
// their participants' countries and partners fits, a crawl of the graph
// does not.
// The body, token and field limits leave room for the full introspection
// query (gqlgen's introspection.Query: 466 fields, fragments spread out)
// and for dashboards' largest queries many times over.
var DefaultLimits = Limits{MaxComplexity: 20000, MaxDepth: 12, MaxPageSize: DefaultMaxPageSize, Timeout: 10 * time.Second,
	MaxBodyBytes: 1 << 20, MaxTokens: 15000, MaxFields: 1000}

// NewServer returns the GraphQL handler: POST only (GET /graphql serves
// GraphiQL elsewhere), with the limits, the error presenter and per-request
// dataloaders. Callers may add middleware (metrics) before serving.
func NewServer(r *Resolver, limits Limits, logger *slog.Logger) *handler.Server {
	if logger == nil {
		logger = slog.Default()
	}
	if limits.MaxPageSize > 0 {
		r.MaxPageSize = limits.MaxPageSize
	}
	cfg := Config{Resolvers: r}
	setComplexity(&cfg.Complexity)
	breaker := newStoreBreaker(r.HealthCheck, logger)
	srv := handler.New(withFastPath(NewExecutableSchema(cfg), r, breaker))
	parsed := newBoundedCache(queryCacheEntries, queryCacheBytes, maxCachedQuery*(1+astFactor),
		func(query string, _ *ast.QueryDocument) int64 { return int64(len(query)) * (1 + astFactor) })
	srv.AddTransport(postTransport{limits: limits, logger: logger, parsed: parsed})
	srv.SetParserTokenLimit(limits.MaxTokens)
	srv.SetQueryCache(parsed)
	if !limits.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: newBoundedCache(100, 16*maxCachedQuery, maxCachedQuery,
		func(hash, query string) int64 { return int64(len(hash) + len(query)) })})
	srv.Use(&limitsExtension{limits: limits, cache: newComplexityCache()})
	srv.AroundRootFields(breaker.aroundRootFields)
	srv.SetErrorPresenter(errorPresenter(logger, breaker))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		logger.Error("panic in a resolver", "panic", v, "path", graphql.GetPath(ctx).String())
		return attache.Errorf(attache.EINTERNAL, "internal error")
	})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if _, ok := ctx.Value(loadersKey{}).(*requestLoaders); !ok {
			ctx = WithLoaders(ctx, r.Read)
		}
		return next(ctx)
	})
	return srv
}

// WithTimeout bounds each request by d: reading its body (a client that
// sends it slowly loses its connection at the deadline), parsing and
// validating it, and running it; resolvers see the deadline, and the store
// turns it into the Neo4j transaction's timeout.
func WithTimeout(next http.Handler, d time.Duration) http.Handler {
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx, cancel := context.WithTimeout(req.Context(), d)
		defer cancel()
		deadline, _ := ctx.Deadline()
		// Not every ResponseWriter has a connection (tests' recorders).
		_ = http.NewResponseController(w).SetReadDeadline(deadline)
		next.ServeHTTP(w, req.WithContext(ctx))
	})
}

// WithBodyLimit refuses to read more than n bytes of a request's body; the
// GraphQL transport answers 413 with a BAD_USER_INPUT error.
func WithBodyLimit(next http.Handler, n int64) http.Handler {
	if n <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		req.Body = http.MaxBytesReader(w, req.Body, n)
		next.ServeHTTP(w, req)
	})
}

// errorPresenter gives every error an extensions.code and a message safe
// for clients; internal detail (driver errors, Cypher) goes to the log only.
func errorPresenter(logger *slog.Logger, breaker *storeBreaker) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		defer func() {
			// Messages may quote what the caller sent; the caller does not
			// need it back by the megabyte.
			gqlErr.Message = excerpt(gqlErr.Message, maxMessage)
		}()
		var domain *attache.Error
		switch {
		case errors.As(err, &domain):
			code := domain.Code
			gqlErr.Message = domain.Message
			switch code {
			case attache.EINTERNAL:
				gqlErr.Message = "internal error"
			case attache.EUNAVAILABLE:
				// The store's message is for operators (where Neo4j
				// should be, how to start one); the log has it.
				gqlErr.Message = StoreUnavailable
			}
			setCode(gqlErr, code)
			if code == attache.EUNAVAILABLE {
				if errors.Is(err, errStoreDown) {
					break // logged once, when the breaker opened
				}
				if breaker != nil {
					breaker.trip()
				}
			}
			if code == attache.EINTERNAL || code == attache.ETIMEOUT || code == attache.EUNAVAILABLE {
				logger.Error("query failed", "code", domain.Code, "path", gqlErr.Path.String(), "err", excerpt(domain.Error(), 2000))
			}
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
			gqlErr.Message = "the request took too long"
			setCode(gqlErr, attache.ETIMEOUT)
		case hasCode(gqlErr):
			// gqlgen's own errors: parse and validation failures, with
			// messages about the query and no internals.
			if c := gqlErr.Extensions["code"]; c == "GRAPHQL_VALIDATION_FAILED" || c == "GRAPHQL_PARSE_FAILED" {
				setCode(gqlErr, attache.EINVALID)
			}
		default:
			logger.Error("query failed", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error"
			setCode(gqlErr, attache.EINTERNAL)
		}
		return gqlErr
	}
}

// StoreUnavailable is what API clients learn when Neo4j does not answer.
const StoreUnavailable = "the graph store is unavailable"

// maxQuotedID bounds an id quoted in a message; maxMessage any message.
const (
	maxQuotedID = 80
	maxMessage  = 500
)

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

func hasCode(e *gqlerror.Error) bool {
	_, ok := e.Extensions["code"]
	return ok
}

// limitsExtension rejects, before anything runs, an operation that nests
// deeper than MaxDepth or costs more than MaxComplexity.
type limitsExtension struct {
	limits Limits
	es     graphql.ExecutableSchema
	// cache keeps each query's complexity (complexitycache.go); nil
	// walks every operation.
	cache *boundedCache[int]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*limitsExtension)(nil)

func (l *limitsExtension) ExtensionName() string { return "AttacheLimits" }

func (l *limitsExtension) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

func (l *limitsExtension) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Doc.Operations.ForName(opCtx.OperationName)
	if op == nil {
		return nil
	}
	if l.limits.NoIntrospection && introspects(op.SelectionSet) {
		err := gqlerror.Errorf("introspection (__schema, __type) is off on this server")
		setCode(err, attache.EINVALID)
		return err
	}
	if l.limits.MaxDepth > 0 {
		if d := depth(withoutIntrospection(op.SelectionSet), 0); d > l.limits.MaxDepth {
			err := gqlerror.Errorf("the query nests %d levels deep; the limit is %d", d, l.limits.MaxDepth)
			setCode(err, attache.EINVALID)
			return err
		}
	}
	if l.limits.MaxComplexity > 0 {
		if c := l.complexity(ctx, opCtx, op); c > l.limits.MaxComplexity {
			err := gqlerror.Errorf("the query's complexity is %d; the limit is %d (ask for smaller pages or fewer nested lists)", c, l.limits.MaxComplexity)
			setCode(err, attache.EINVALID)
			return err
		}
	}
	return nil
}

// introspects reports whether a root selection set asks for the schema.
func introspects(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if introspects(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && introspects(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// withoutIntrospection drops __schema and __type from a root selection
// set: GraphiQL's introspection query nests __Type's ofType 9 deep, and
// gqlparser's MaxIntrospectionDepth rule already bounds what it can ask.
func withoutIntrospection(set ast.SelectionSet) ast.SelectionSet {
	out := make(ast.SelectionSet, 0, len(set))
	for _, sel := range set {
		if f, ok := sel.(*ast.Field); ok && (f.Name == "__schema" || f.Name == "__type") {
			continue
		}
		out = append(out, sel)
	}
	return out
}

// depth is the deepest nesting of fields in a selection set; fragments do
// not count as a level.
func depth(set ast.SelectionSet, level int) int {
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			d = level + 1
			if len(s.SelectionSet) > 0 {
				d = depth(s.SelectionSet, level+1)
			}
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, level)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, level)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// times multiplies a list's child cost by its page size.
func times(child int, first *int, def int) int {
	n := def
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + child*n
}

// setComplexity makes every list's cost its page size times its items'.
// Lists without `first` (participants, reports) are short and cost their
// items' once, as gqlgen's default.
func setComplexity(c *ComplexityRoot) {
	c.Query.Meetings = func(ch int, _ *model.MeetingFilter, _ *attache.MeetingOrder, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Query.Officials = func(ch int, _ *model.OfficialFilter, first *int, _ *string) int { return times(ch, first, 20) }
	c.Query.Countries = func(ch int, first *int, _ *string) int { return times(ch, first, 50) }
	c.Query.Articles = func(ch int, _ *model.ArticleFilter, first *int, _ *string) int { return times(ch, first, 20) }
	c.Query.Search = func(ch int, _ string, first *int) int { return times(ch, first, 10) }
	c.Query.OfficialsWhoMet = func(ch int, _ string, _ *bool, _, _ *attache.Date, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Country.Meetings = func(ch int, _ *model.MeetingFilter, _ *attache.MeetingOrder, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Country.Officials = func(ch int, _ []attache.Level, first *int, _ *string) int { return times(ch, first, 20) }
	c.Country.OfficialsWhoMet = func(ch int, _ *bool, _, _ *attache.Date, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Country.Partners = func(ch int, _, _ *attache.Date, first *int) int { return times(ch, first, 20) }
	c.Country.Issues = func(ch int, first *int) int { return times(ch, first, 10) }
	c.Issue.Meetings = func(ch int, _ *model.MeetingFilter, _ *attache.MeetingOrder, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Issue.Countries = func(ch int, first *int) int { return times(ch, first, 20) }
	c.Issue.Officials = func(ch int, first *int) int { return times(ch, first, 20) }
	c.Official.Meetings = func(ch int, _ *model.MeetingFilter, _ *attache.MeetingOrder, first *int, _ *string) int {
		return times(ch, first, 20)
	}
	c.Official.Counterparts = func(ch int, first *int) int { return times(ch, first, 10) }
	c.Official.Issues = func(ch int, first *int) int { return times(ch, first, 10) }
	c.Official.Mentions = func(ch int, first *int) int { return times(ch, first, 10) }
}

// Describe says the limits in one line, for the log.
func (l Limits) Describe() string {
	return fmt.Sprintf("complexity %d, depth %d, page %d, timeout %s, body %d bytes, %d tokens, %d fields, introspection %v",
		l.MaxComplexity, l.MaxDepth, l.MaxPageSize, l.Timeout, l.MaxBodyBytes, l.MaxTokens, l.MaxFields, !l.NoIntrospection)
}
