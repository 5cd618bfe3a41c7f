package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// ResultCache answers a read that an identical one (same document,
// operation, variables and extensions) answered without errors less than
// ttl ago from memory: the stored HTTP body, without parsing, validating,
// executing or encoding anything, and without asking Neo4j. It suits
// dashboards that poll the same questions.
//
// An expired answer is still served, for up to another ttl, while one
// background request refreshes it, so a question asked steadily never
// waits for Neo4j after its first answer; answers may therefore be older
// than ttl by the time one refresh takes. When there is no answer at all,
// only one request per key asks Neo4j while the others wait for it. A
// mutation that succeeds on this instance empties the cache, so a client
// that ingests an article sees it at once; other instances see it within
// ttl. Each instance keeps its own cache, so instances stay
// interchangeable behind a load balancer.
type ResultCache struct {
	ttl, refreshTimeout time.Duration
	entries             *lru.Cache[string, cachedAnswer] // safe for concurrent use
	// size is the bytes of the answers held; adding one evicts the least
	// recently used until it is within maxBytes.
	size     atomic.Int64
	maxBytes int64
	// generation counts the mutations that succeeded; answers of an
	// earlier generation are not served.
	generation atomic.Uint64

	mu       sync.Mutex
	inFlight map[string]*flight // keys being computed

	// refreshing holds a token per background refresh running, so
	// refreshes never take more than maxRefreshes of the server's cores
	// and Neo4j connections from the requests being answered.
	refreshing chan struct{}

	// OnHit, when set, is told of every answer served from memory, with
	// the operation's name, for metrics.
	OnHit func(operation string, elapsed time.Duration)
}

// maxRefreshes bounds the background refreshes running at once.
const maxRefreshes = 2

// maxCachedRequest is the largest request body the cache looks at; larger
// ones go straight through.
const maxCachedRequest = 1 << 20

// NewResultCache returns a cache of up to entries answers and maxBytes of
// them, each kept for ttl, or nil (no cache) when ttl, entries or maxBytes
// is not positive. An answer larger than a sixteenth of maxBytes is not
// kept, so one huge answer cannot empty the cache. refreshTimeout bounds a
// background refresh, as the request timeout bounds a request.
func NewResultCache(ttl time.Duration, entries int, maxBytes int64, refreshTimeout time.Duration) *ResultCache {
	if ttl <= 0 || entries <= 0 || maxBytes <= 0 {
		return nil
	}
	if refreshTimeout <= 0 {
		refreshTimeout = DefaultLimits.Timeout
	}
	c := &ResultCache{ttl: ttl, refreshTimeout: refreshTimeout,
		inFlight: map[string]*flight{}, refreshing: make(chan struct{}, maxRefreshes)}
	c.maxBytes = maxBytes
	var err error
	c.entries, err = lru.NewWithEvict(entries, func(_ string, a cachedAnswer) { c.size.Add(-int64(len(a.body))) })
	if err != nil {
		panic("result cache: " + err.Error()) // only for a size that is not positive, excluded above
	}
	return c
}

// Bytes reports the size of the answers the cache holds.
func (c *ResultCache) Bytes() int64 { return c.size.Load() }

// add keeps an answer within the cache's budget.
func (c *ResultCache) add(key string, a cachedAnswer) {
	n := int64(len(a.body))
	if n > c.maxBytes/16 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries.Remove(key) // a refreshed answer replaces the old one's bytes
	c.entries.Add(key, a)
	c.size.Add(n)
	for c.size.Load() > c.maxBytes {
		if _, _, ok := c.entries.RemoveOldest(); !ok {
			break
		}
	}
}

type cachedAnswer struct {
	body        []byte
	contentType string
	operation   string
	expires     time.Time
	generation  uint64
}

type flight struct {
	done   chan struct{}
	answer *cachedAnswer // nil when the answer may not be cached
}

// answerNote is how the GraphQL server tells the cache, through the
// request's context, whether the answer it wrote may be cached.
type answerNote struct {
	cacheable bool
	operation string
}

type answerNoteKey struct{}

// Register lets the cache learn from srv which answers are reads without
// errors and which mutations succeeded. Without it nothing is cached.
func (c *ResultCache) Register(srv *handler.Server) {
	if c == nil {
		return
	}
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if !graphql.HasOperationContext(ctx) {
			return resp
		}
		op := graphql.GetOperationContext(ctx)
		if op.Operation == nil || resp == nil || len(resp.Errors) > 0 {
			return resp
		}
		switch op.Operation.Operation {
		case ast.Mutation:
			c.generation.Add(1)
		case ast.Query:
			if note, ok := ctx.Value(answerNoteKey{}).(*answerNote); ok && resp.Data != nil {
				note.cacheable = true
				note.operation = op.OperationName
				if note.operation == "" {
					note.operation = op.Operation.Name
				}
			}
		}
		return resp
	})
}

// Handler serves the GraphQL POST requests it can from the cache and
// passes the others to next.
func (c *ResultCache) Handler(next http.Handler) http.Handler {
	if c == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		if r.Method != http.MethodPost || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxCachedRequest+1))
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), r.Body))
		if err != nil || len(body) > maxCachedRequest {
			next.ServeHTTP(w, r)
			return
		}
		key, ok := requestKey(body)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		gen := c.generation.Load()
		hit, found := c.entries.Get(key)
		found = found && hit.generation == gen
		now := time.Now()
		if found && now.Before(hit.expires) {
			c.serve(w, hit, start)
			return
		}
		stale := found && now.Before(hit.expires.Add(c.ttl))

		c.mu.Lock()
		if f, busy := c.inFlight[key]; busy {
			c.mu.Unlock()
			if stale {
				c.serve(w, hit, start)
				return
			}
			select {
			case <-f.done:
				if f.answer != nil {
					c.serve(w, *f.answer, start)
					return
				}
			case <-r.Context().Done():
			}
			next.ServeHTTP(w, r) // the other request's answer may not be cached
			return
		}
		f := &flight{done: make(chan struct{})}
		c.inFlight[key] = f
		c.mu.Unlock()

		if stale {
			// The client gets the expired answer now; the refresh outlives
			// the request, with its values but a deadline of its own.
			ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), c.refreshTimeout)
			refresh := r.Clone(ctx)
			refresh.Body = io.NopCloser(bytes.NewReader(body))
			go func() {
				defer cancel()
				c.refreshing <- struct{}{}
				defer func() { <-c.refreshing }()
				c.compute(next, refresh, key, gen, f)
			}()
			c.serve(w, hit, start)
			return
		}
		rec := c.compute(next, r, key, gen, f)
		rec.writeTo(w)
	})
}

// compute runs a request into a recorder, caches its answer when the
// GraphQL server said it may and no mutation succeeded meanwhile, and ends
// the key's flight.
func (c *ResultCache) compute(next http.Handler, r *http.Request, key string, gen uint64, f *flight) *recorder {
	defer func() {
		c.mu.Lock()
		delete(c.inFlight, key)
		c.mu.Unlock()
		close(f.done)
	}()
	note := &answerNote{}
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), answerNoteKey{}, note)))
	if note.cacheable && rec.status == http.StatusOK && c.generation.Load() == gen {
		// Answers cached together (a dashboard's first load) expire
		// apart, so their refreshes spread out instead of coming at once.
		ttl := c.ttl - time.Duration(rand.Int64N(int64(c.ttl)/5+1))
		a := cachedAnswer{body: rec.body.Bytes(), contentType: rec.header.Get("Content-Type"), operation: note.operation,
			expires: time.Now().Add(ttl), generation: gen}
		c.add(key, a)
		f.answer = &a // the requests waiting for it get it, kept or not
	}
	return rec
}

func (c *ResultCache) serve(w http.ResponseWriter, a cachedAnswer, start time.Time) {
	if a.contentType != "" {
		w.Header().Set("Content-Type", a.contentType)
	}
	_, _ = w.Write(a.body)
	if c.OnHit != nil {
		c.OnHit(a.operation, time.Since(start))
	}
}

// requestKey hashes what decides an answer: the document, the operation,
// the variables (re-encoded, so the order of their keys does not matter)
// and the extensions (a persisted query's hash).
func requestKey(body []byte) (string, bool) {
	var req struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return "", false
	}
	vars, err := json.Marshal(req.Variables)
	if err != nil {
		return "", false
	}
	ext, err := json.Marshal(req.Extensions)
	if err != nil {
		return "", false
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(req.Query), []byte(req.OperationName), vars, ext} {
		h.Write(part)
		h.Write([]byte{0})
	}
	return string(h.Sum(nil)), true
}

// recorder keeps a response to cache it and then write it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(status int)      { r.status = status }

func (r *recorder) writeTo(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	w.WriteHeader(r.status)
	_, _ = w.Write(r.body.Bytes())
}
