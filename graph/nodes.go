package graph

import (
	"context"
	"sort"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// MaxPathHops bounds the connection query's maxHops: a breadth-first search
// grows quickly with length.
const MaxPathHops = 10

// mustFind turns a loaded node into a pointer; NOT_FOUND stays an error, for
// top-level lookups where the client named the node.
func mustFind[V any](v V, err error) (*V, error) {
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// known is a country the store sent with its parent, so showing it costs
// no lookup; nil when there is none.
func known(code, name string) *attache.Country {
	if code == "" {
		return nil
	}
	return &attache.Country{Code: code, Name: name}
}

// counts lists a count map by name.
func counts(m map[string]int64) []*model.Count {
	out := make([]*model.Count, 0, len(m))
	for k, v := range m {
		out = append(out, &model.Count{Type: k, Count: int(v)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Type < out[j].Type })
	return out
}

// findNow looks one node up at once: a root field (official(id:),
// country(code:), meeting(id:)) has no siblings to batch with, so going
// through its loader would only add the loader's wait to every request.
// A key with no node is NOT_FOUND, as through the loader.
func findNow[V any](ctx context.Context, fetch func(context.Context, []string) (map[string]V, error), key, what string) (*V, error) {
	found, err := fetch(ctx, []string{key})
	if err != nil {
		return nil, err
	}
	v, ok := found[key]
	if !ok {
		return nil, notFound(what, key)
	}
	return &v, nil
}

// notFound is the error of a lookup of one node by its key.
func notFound(what, key string) error {
	return attache.Errorf(attache.ENOTFOUND, "no %s %q", what, excerpt(key, maxQuotedID))
}
