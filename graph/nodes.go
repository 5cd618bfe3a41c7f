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

// loadArticle loads the article of a report or mention.
func (l *Loaders) loadArticle(ctx context.Context, id string) (*attache.ArticleInfo, error) {
	a, err := loadOne(ctx, l.Article, id)
	if err == nil && a == nil {
		// The article was deleted between two statements; keep its id.
		a = &attache.ArticleInfo{ID: id}
	}
	return a, err
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
