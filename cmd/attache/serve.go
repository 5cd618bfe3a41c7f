package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/web"
)

func serveCommand() *command {
	return &command{
		Name:    "serve",
		Summary: "serve the GraphQL API and the graph explorer",
		Usage: `Usage: attache serve [--addr 127.0.0.1:8080] [--auth mutations|read] [--cors ORIGINS]
                    [--introspection=false] [--graphiql=false] [limits] [neo4j flags]

Serves the GraphQL API at /graphql (POST for queries, GET for GraphiQL), the
graph explorer at /, /healthz (the process is up, with Neo4j's version),
/readyz (Neo4j answers) and /metrics (Prometheus). Stops gracefully on
SIGTERM or Ctrl-C.

The ingestArticle mutation needs ATTACHE_API_TOKEN set on the server and
"Authorization: Bearer <token>" on the request; without a token mutations are
off. With --auth read every request to /graphql (GraphiQL included) and to
the explorer needs the token; the probes and /metrics stay open.
Deployments that do not want the schema browsable turn off --introspection
and --graphiql.

Hostile or careless requests are refused with a GraphQL error: bodies over
--max-body, queries over --max-tokens or --max-fields, and requests (body
read, validation and execution together) over --timeout.`,
		Run: runServe,
	}
}

// apiOptions is everything the HTTP API is built from.
type apiOptions struct {
	Read    attache.ReadService
	Ingest  attache.Ingester // nil: mutations off
	Health  attache.HealthService
	Token   string
	Auth    authMode
	CORS    []string
	Limits  graph.Limits
	Metrics *apiMetrics
	Logger  *slog.Logger
	// CacheTTL > 0 answers repeated queries from memory for that long.
	CacheTTL time.Duration
	// NoGraphiQL answers GET /graphql with 404.
	NoGraphiQL bool
	// NoFastPath and OnFastPath: see graph.Resolver (tests compare the
	// fast path with the generated executor).
	NoFastPath bool
	OnFastPath func(answered bool)
}

// newHTTPServer bounds what a connection may hold: its headers must arrive
// within readHeaderTimeout, its whole request within the request timeout
// and that (the GraphQL handler also sets a per-request read deadline),
// and an idle keep-alive connection is closed after idleTimeout.
func newHTTPServer(h http.Handler, limits graph.Limits) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readHeaderTimeout + max(limits.Timeout, 0),
		IdleTimeout: idleTimeout, MaxHeaderBytes: maxHeaderBytes}
}

const (
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
)

func runServe(ctx context.Context, app *App, args []string) error {
	fs := newFlagSet(app, "serve", serveCommand().Usage)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	auth := fs.String("auth", string(authMutations), "what ATTACHE_API_TOKEN guards: `mutations` or read (every request)")
	cors := fs.String("cors", app.Getenv("ATTACHE_CORS_ORIGINS"), "comma-separated `origins` allowed to call the API from a browser, * for any; env ATTACHE_CORS_ORIGINS")
	limits := graph.DefaultLimits
	fs.IntVar(&limits.MaxComplexity, "max-complexity", limits.MaxComplexity, "largest query `cost` (fields, times page sizes)")
	fs.IntVar(&limits.MaxDepth, "max-depth", limits.MaxDepth, "deepest query `nesting`")
	fs.IntVar(&limits.MaxPageSize, "max-page", limits.MaxPageSize, "largest `first` of a list")
	fs.DurationVar(&limits.Timeout, "timeout", limits.Timeout, "longest a request may take, Neo4j transactions included")
	fs.Int64Var(&limits.MaxBodyBytes, "max-body", limits.MaxBodyBytes, "largest request body in `bytes`")
	fs.IntVar(&limits.MaxTokens, "max-tokens", limits.MaxTokens, "largest query in parser `tokens`")
	fs.IntVar(&limits.MaxFields, "max-fields", limits.MaxFields, "most `fields` a query selects, fragments counted where spread")
	introspection := fs.Bool("introspection", true, "answer introspection queries (__schema, __type), which GraphiQL's documentation needs")
	graphiql := fs.Bool("graphiql", true, "serve GraphiQL at GET /graphql")
	cacheTTL := fs.Duration("cache-ttl", defaultCacheTTL, "answer a read repeated within this `duration` from memory, refreshing it in the background (0: off); answers may be that old, or the time of a refresh more")
	neo4jConfig := neo4jFlags(fs, app)
	if err := fs.Parse(args); err != nil {
		return err
	}
	limits.NoIntrospection = !*introspection
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	mode := authMode(*auth)
	if mode != authMutations && mode != authRead {
		return fmt.Errorf("%w: --auth is mutations or read, not %q", errUsage, *auth)
	}
	token := app.Getenv("ATTACHE_API_TOKEN")
	if mode == authRead && token == "" {
		return fmt.Errorf("%w: --auth read needs ATTACHE_API_TOKEN", errUsage)
	}
	if tuneGC(app.Getenv) {
		app.Logger.Info("collector tuned for the server (GOGC and GOMEMLIMIT unset)", "gogc", serveGCPercent, "memoryLimitBytes", serveMemoryLimit)
	}
	db, err := openServedStore(ctx, app, neo4jConfig())
	if err != nil {
		return err
	}
	defer db.Close(context.Background())

	metrics := newAPIMetrics()
	opts := apiOptions{
		Read: neo4jdb.NewReadStore(db, metrics.observeQuery), Health: healthService{db: db},
		Token: token, Auth: mode, CORS: splitList(*cors), Limits: limits, Metrics: metrics, Logger: app.Logger,
		CacheTTL: *cacheTTL, NoGraphiQL: !*graphiql,
	}
	if token != "" {
		x, err := extract.New()
		if err != nil {
			return fmt.Errorf("loading reference data: %w", err)
		}
		opts.Ingest = ingester{x: x, store: db}
	} else {
		app.Logger.Info("mutations are off: set ATTACHE_API_TOKEN to enable ingestArticle")
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *addr, err)
	}
	srv := newHTTPServer(newAPIHandler(opts), limits)
	app.Logger.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql",
		"limits", limits.Describe(), "auth", string(mode))
	return serveUntilDone(ctx, app, srv, ln)
}

// openServedStore opens the store for serving: a graph loaded before the
// precomputed aggregates existed gets them once, before the reads that
// rely on them are served.
func openServedStore(ctx context.Context, app *App, cfg neo4jdb.Config) (*neo4jdb.DB, error) {
	db, err := openStore(ctx, cfg, app.Logger)
	if err != nil {
		return nil, err
	}
	rebuilt, err := db.EnsureAggregates(ctx)
	if err != nil {
		db.Close(context.Background())
		return nil, err
	}
	if rebuilt {
		app.Logger.Info("rebuilt the precomputed aggregates of a graph written without them")
	}
	return db, nil
}

// serveUntilDone serves on ln until ctx ends, then shuts down gracefully,
// giving requests in flight up to 15 seconds.
func serveUntilDone(ctx context.Context, app *App, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	app.Logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}

// newAPIHandler routes the API, the explorer and the probes.
func newAPIHandler(o apiOptions) http.Handler {
	if o.Metrics == nil {
		o.Metrics = newAPIMetrics()
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	gql := graph.NewServer(&graph.Resolver{HealthCheck: o.Health, Read: o.Read, Ingest: o.Ingest, CountryAliases: countryAliases(),
		NoFastPath: o.NoFastPath, OnFastPath: o.OnFastPath}, o.Limits, o.Logger)
	gql.AroundResponses(o.Metrics.aroundResponses)
	cache := graph.NewResultCache(o.CacheTTL, resultCacheEntries, resultCacheBytes, o.Limits.Timeout)
	cache.Register(gql)
	if cache != nil {
		cache.OnHit = o.Metrics.observeHit
	}
	api := withCORS(withAuth(graph.WithBodyLimit(graph.WithTimeout(cache.Handler(gql), o.Limits.Timeout), o.Limits.MaxBodyBytes), o.Token, o.Auth), o.CORS)

	mux := http.NewServeMux()
	mux.Handle("POST /graphql", api)
	mux.Handle("OPTIONS /graphql", withCORS(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}), o.CORS))
	graphiql := http.Handler(web.GraphiQL())
	if o.NoGraphiQL {
		graphiql = http.NotFoundHandler()
	}
	// The pages follow the API's token rule: with --auth read, GraphiQL
	// and the explorer are closed like the API itself.
	mux.Handle("GET /graphql", withAuth(graphiql, o.Token, o.Auth))
	mux.Handle("GET /metrics", o.Metrics.handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeHealth(w, r.Context(), o.Health, http.StatusOK)
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		writeHealth(w, r.Context(), o.Health, http.StatusServiceUnavailable)
	})
	mux.Handle("GET /", withAuth(web.Handler(), o.Token, o.Auth))
	return mux
}

// defaultCacheTTL keeps dashboards that poll the same questions off Neo4j
// (see docs/BENCHMARKS.md); news changes over minutes, not seconds, and a
// mutation on the instance empties its cache.
const defaultCacheTTL = 5 * time.Second

// resultCacheEntries bounds the result cache: a dashboard's questions with
// a few parameters each fit many times over.
const resultCacheEntries = 10000

// resultCacheBytes bounds the memory the result cache holds (the answers'
// JSON); an answer over a sixteenth of it (16 MB) is not kept.
const resultCacheBytes = 256 << 20

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// writeHealth answers with Neo4j's version; when Neo4j does not answer it
// uses failStatus (200 for liveness, 503 for readiness).
func writeHealth(w http.ResponseWriter, ctx context.Context, h attache.HealthService, failStatus int) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	body := map[string]any{"status": "ok"}
	status := http.StatusOK
	info, err := h.ServerInfo(ctx)
	if err != nil {
		slog.Warn("health check: Neo4j does not answer", "err", err)
		body["status"] = "degraded"
		body["neo4j"] = map[string]any{"ok": false, "error": attache.ErrorMessage(err)}
		status = failStatus
	} else {
		body["neo4j"] = map[string]any{"ok": true, "version": info.Version, "edition": info.Edition}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}
