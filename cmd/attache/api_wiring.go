package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/loader"
)

// ingester runs the API's ingestArticle mutation through the loader's own
// path, so an article ingested over HTTP is stored exactly as `attache load`
// would store it.
type ingester struct {
	x     loader.Extractor
	store attache.Store
}

func (i ingester) Ingest(ctx context.Context, a attache.Article) (attache.IngestResult, error) {
	doc, res, err := loader.Ingest(ctx, i.x, i.store, a)
	if err != nil {
		return attache.IngestResult{}, err
	}
	out := attache.IngestResult{ArticleID: res.ArticleID, Changed: res.Changed}
	if out.ArticleID == "" && doc != nil {
		out.ArticleID = doc.Article.ID
	}
	if doc != nil {
		out.Meetings = doc.Meetings
	}
	return out, nil
}

// apiMetrics are the Prometheus series of `attache serve`.
type apiMetrics struct {
	registry   *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	queries    *prometheus.HistogramVec
	queryFails *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

// maxOperationNames bounds the operation label: clients choose operation
// names, and each new one would otherwise be a new series.
const maxOperationNames = 200

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func newAPIMetrics() *apiMetrics {
	m := &apiMetrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "attache_graphql_requests_total",
			Help: "GraphQL operations served, by operation name and outcome (ok or the first error code).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "attache_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL operation, by operation name.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation"}),
		queries: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "attache_neo4j_query_duration_seconds",
			Help:    "Time of one read statement in Neo4j, by statement name.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"query"}),
		queryFails: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "attache_neo4j_query_errors_total",
			Help: "Read statements that failed, by statement name and error code.",
		}, []string{"query", "code"}),
		names: map[string]bool{},
	}
	m.registry.MustRegister(m.requests, m.latency, m.queries, m.queryFails,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observeQuery is the store's QueryObserver.
func (m *apiMetrics) observeQuery(name string, elapsed time.Duration, err error) {
	m.queries.WithLabelValues(name).Observe(elapsed.Seconds())
	if err != nil {
		m.queryFails.WithLabelValues(name, attache.ErrorCode(err)).Inc()
	}
}

func (m *apiMetrics) label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}

// aroundResponses records each operation's latency and outcome.
func (m *apiMetrics) aroundResponses(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	name := "anonymous"
	if graphql.HasOperationContext(ctx) {
		opCtx := graphql.GetOperationContext(ctx)
		op := opCtx.OperationName
		if op == "" && opCtx.Operation != nil {
			op = opCtx.Operation.Name
		}
		name = m.label(op)
	}
	outcome := "ok"
	if resp != nil && len(resp.Errors) > 0 {
		outcome = "error"
		if c, ok := resp.Errors[0].Extensions["code"].(string); ok {
			outcome = c
		}
	}
	m.observe(name, outcome, time.Since(start))
	return resp
}

// observe records one request of an operation (already a label).
func (m *apiMetrics) observe(name, outcome string, elapsed time.Duration) {
	m.requests.WithLabelValues(name, outcome).Inc()
	m.latency.WithLabelValues(name).Observe(elapsed.Seconds())
}

// observeHit records an answer the result cache served from memory.
func (m *apiMetrics) observeHit(operation string, elapsed time.Duration) {
	m.observe(m.label(operation), "ok", elapsed)
}

func (m *apiMetrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// authMode says what the API token guards.
type authMode string

const (
	authMutations authMode = "mutations" // reads open, mutations need the token
	authRead      authMode = "read"      // every request needs the token
)

// withAuth checks `Authorization: Bearer <token>`: a request with the right
// token is marked authenticated for the mutation; with authRead, a request
// without it is refused. A wrong token is always refused, so a misconfigured
// client learns at once.
func withAuth(next http.Handler, token string, mode authMode) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		header := r.Header.Get("Authorization")
		switch {
		case header == "" && mode == authRead:
			writeGraphQLError(w, http.StatusUnauthorized, attache.EUNAUTHORIZED,
				"this server needs the header Authorization: Bearer <ATTACHE_API_TOKEN>")
			return
		case header == "":
		case token == "" || !bearerMatches(header, token):
			writeGraphQLError(w, http.StatusUnauthorized, attache.EUNAUTHORIZED, "the API token is wrong")
			return
		default:
			r = r.WithContext(graph.WithAuthenticated(r.Context()))
		}
		next.ServeHTTP(w, r)
	})
}

func bearerMatches(header, token string) bool {
	const prefix = "Bearer "
	if len(header) <= len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(header[len(prefix):])), []byte(token)) == 1
}

// writeGraphQLError answers with a GraphQL response that holds one error.
func writeGraphQLError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="attache"`)
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": message, "extensions": map[string]any{"code": code}}},
	})
}

// withCORS lets dashboards on the listed origins ("*" for any) call the API
// from a browser, answering preflight requests itself.
func withCORS(next http.Handler, origins []string) http.Handler {
	if len(origins) == 0 {
		return next
	}
	any, allowed := false, map[string]bool{}
	for _, o := range origins {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		if o == "*" {
			any = true
		} else if o != "" {
			allowed[o] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		h := w.Header()
		h.Add("Vary", "Origin")
		if origin != "" && (any || allowed[origin]) {
			h.Set("Access-Control-Allow-Origin", origin)
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
				h.Set("Access-Control-Max-Age", strconv.Itoa(600))
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
