package neo4jdb

import (
	"context"

	"github.com/attache-project/attache"
)

const queryNodeCounts = `
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
`

// The precomputed aggregates (aggregates.go) are not counted: they are
// derived from the rest of the graph.
const queryRelationshipCounts = `
MATCH ()-[r]->()
WHERE NOT type(r) IN $derived
RETURN type(r) AS type, count(*) AS n
`

// Stats counts nodes by label and relationships by type.
func (db *DB) Stats(ctx context.Context) (attache.Stats, error) {
	s := attache.Stats{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	for _, q := range []struct {
		cypher, key string
		params      map[string]any
		into        map[string]int64
	}{
		{queryNodeCounts, "label", nil, s.Nodes},
		{queryRelationshipCounts, "type", map[string]any{"derived": aggregateTypes}, s.Relationships},
	} {
		res, err := db.query(ctx, q.cypher, q.params, read)
		if err != nil {
			return attache.Stats{}, db.storeError("count the graph", err)
		}
		for _, rec := range res.Records {
			n, _ := rec.Get("n")
			count, _ := n.(int64)
			q.into[str(rec, q.key)] = count
		}
	}
	return s, nil
}
