package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
)

// UseResultCache answers a read operation that an identical one (same
// document, operation and variables) answered without errors less than ttl
// ago from memory, without asking Neo4j. It suits dashboards that poll the
// same questions; the price is that an answer may be up to ttl old, also on
// the instance that ingested a new article. Each instance keeps its own
// cache, so instances stay interchangeable behind a load balancer. Register
// it after any middleware that should see cached answers too (metrics).
func UseResultCache(srv *handler.Server, ttl time.Duration, entries int) {
	if ttl <= 0 || entries <= 0 {
		return
	}
	c := &resultCache{ttl: ttl, entries: lru.New[cachedResult](entries)}
	srv.AroundResponses(c.around)
}

type cachedResult struct {
	data    json.RawMessage
	expires time.Time
}

type resultCache struct {
	ttl     time.Duration
	entries *lru.LRU[cachedResult] // safe for concurrent use
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
	if hit, found := c.entries.Get(ctx, key); found && time.Now().Before(hit.expires) {
		return &graphql.Response{Data: hit.data}
	}
	resp := next(ctx)
	if resp != nil && len(resp.Errors) == 0 && resp.Data != nil {
		c.entries.Add(ctx, key, cachedResult{data: resp.Data, expires: time.Now().Add(c.ttl)})
	}
	return resp
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
