package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
)

// boundedCache is gqlgen's query cache (parsed documents, persisted
// queries) bounded in bytes as well as in entries: gqlgen's own LRU counts
// entries only, so a thousand distinct megabyte queries would hold
// gigabytes. A value's weight is the length of its key and of its text
// times a factor for what parsing builds from it; an item heavier than
// maxItem is not kept at all.
type boundedCache[T any] struct {
	mu       sync.Mutex
	entries  *lru.Cache[string, T]
	weight   func(key string, v T) int64
	size     int64
	maxBytes int64
	maxItem  int64
}

var _ graphql.Cache[string] = (*boundedCache[string])(nil)

func newBoundedCache[T any](entries int, maxBytes, maxItem int64, weight func(string, T) int64) *boundedCache[T] {
	c := &boundedCache[T]{weight: weight, maxBytes: maxBytes, maxItem: maxItem}
	var err error
	c.entries, err = lru.NewWithEvict(entries, func(k string, v T) { c.size -= c.weight(k, v) })
	if err != nil {
		panic("query cache: " + err.Error()) // only for entries <= 0, a programming error
	}
	return c
}

func (c *boundedCache[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.entries.Get(key)
}

func (c *boundedCache[T]) Add(_ context.Context, key string, v T) {
	w := c.weight(key, v)
	if w > c.maxItem {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries.Remove(key) // the old value's weight leaves with it
	c.entries.Add(key, v)
	c.size += w
	for c.size > c.maxBytes {
		if _, _, ok := c.entries.RemoveOldest(); !ok {
			break
		}
	}
}

// Bytes reports the weight the cache holds.
func (c *boundedCache[T]) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// astFactor bounds the memory of a parsed document per byte of query
// text: parsing took 12 heap bytes per byte for the introspection query,
// 25 for a nested meetings query and 27 for a hundred aliased stats
// (gqlparser v2.5.64); the document also keeps the text, counted once as
// the key.
const astFactor = 30

// Budgets of the query caches: a dashboard's queries are a few hundred
// bytes each, so thousands fit; a query over maxCachedQuery is parsed
// anew each time rather than evicting them all.
const (
	queryCacheEntries = 1000
	queryCacheBytes   = 64 << 20
	maxCachedQuery    = 64 << 10
)
