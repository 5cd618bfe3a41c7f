package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
)

// UseResultCache answers a read operation that an identical one (same
// document, operation and variables) answered without errors less than ttl
// ago from memory, without asking Neo4j. It suits dashboards that poll the
// same questions; the price is that an answer may be up to twice ttl old
// (an expired answer is served while one request refreshes it), also on the
// instance that ingested a new article. Each instance keeps its own
// cache, so instances stay interchangeable behind a load balancer. Register
// it after any middleware that should see cached answers too (metrics).
func UseResultCache(srv *handler.Server, ttl time.Duration, entries int) {
	if ttl <= 0 || entries <= 0 {
		return
	}
	c := &resultCache{ttl: ttl, entries: lru.New[cachedResult](entries), inFlight: map[string]*flight{}}
	srv.AroundResponses(c.around)
}

type cachedResult struct {
	data    json.RawMessage
	expires time.Time
}

// resultCache is an LRU of answers with two protections against a
// stampede when an answer expires under load: while one request
// recomputes an expired answer, the others get the previous one (for up to
// another ttl), and when there is no answer at all only one request per key
// asks Neo4j while the others wait for it.
type resultCache struct {
	ttl     time.Duration
	entries *lru.LRU[cachedResult] // safe for concurrent use

	mu       sync.Mutex
	inFlight map[string]*flight // keys being computed
}

type flight struct {
	done chan struct{}
	resp *graphql.Response
}

func (c *resultCache) around(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	op := graphql.GetOperationContext(ctx)
	if op.Operation == nil || op.Operation.Operation != ast.Query {
		return next(ctx)
	}
	key, ok := cacheKey(op)
	if !ok {
		return next(ctx)
	}
	now := time.Now()
	hit, found := c.entries.Get(ctx, key)
	if found && now.Before(hit.expires) {
		return &graphql.Response{Data: hit.data}
	}
	stale := found && now.Before(hit.expires.Add(c.ttl))

	c.mu.Lock()
	if f, busy := c.inFlight[key]; busy {
		c.mu.Unlock()
		if stale {
			return &graphql.Response{Data: hit.data}
		}
		select {
		case <-f.done:
			if f.resp != nil && len(f.resp.Errors) == 0 {
				return &graphql.Response{Data: f.resp.Data}
			}
			return next(ctx) // the other request failed; try for ourselves
		case <-ctx.Done():
			return next(ctx)
		}
	}
	f := &flight{done: make(chan struct{})}
	c.inFlight[key] = f
	c.mu.Unlock()

	defer func() {
		c.mu.Lock()
		delete(c.inFlight, key)
		c.mu.Unlock()
		close(f.done)
	}()
	f.resp = next(ctx)
	if f.resp != nil && len(f.resp.Errors) == 0 && f.resp.Data != nil {
		c.entries.Add(ctx, key, cachedResult{data: f.resp.Data, expires: time.Now().Add(c.ttl)})
	}
	return f.resp
}

// cacheKey hashes what decides an answer: the document, the operation and
// the variables (encoded with sorted keys).
func cacheKey(op *graphql.OperationContext) (string, bool) {
	vars, err := json.Marshal(op.Variables)
	if err != nil {
		return "", false
	}
	h := sha256.New()
	h.Write([]byte(op.RawQuery))
	h.Write([]byte{0})
	h.Write([]byte(op.OperationName))
	h.Write([]byte{0})
	h.Write(vars)
	return string(h.Sum(nil)), true
}
