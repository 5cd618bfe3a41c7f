package neo4jdb

import (
	"context"
	"strings"

	"github.com/attache-project/attache"
)

// The officialsWhoMet statement as it was up to 2026-12-07 (every match
// sorted by meeting before grouping, labels checked on every row), kept
// as the reference the current statement must answer like.
const (
	referenceWhoMetMatch = `
MATCH (c:Country {code: $country})
WITH c, [(c)<-[:REPRESENTS]-(x:Official) | x] AS own
MATCH (c)<-[r:REPRESENTS]-(l:Official)
WHERE NOT $leadersOnly
   OR coalesce(r.level, l.level) IN $leaderLevels
MATCH (l)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(f:Official)
WHERE ($from IS NULL OR m.date >= $from OR m.date IN $fromSpans)
  AND ($to IS NULL OR m.date <= $to)
  AND NOT f IN own
`
	referenceWhoMetPage = `
WITH f, l, m
ORDER BY coalesce(m.date, '') DESC, m.id
WITH f, collect(DISTINCT l) AS ls, collect(DISTINCT m) AS ms, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
WITH f, ls, ms, n, firstDate, lastDate, coalesce(f.name, '') AS k
WHERE $afterN IS NULL
   OR n < $afterN
   OR (n = $afterN AND (k > $afterKey OR (k = $afterKey AND f.id > $afterID)))
ORDER BY n DESC, k, f.id
LIMIT $limit
`
)

// ReferenceOfficialsWhoMet is OfficialsWhoMet answered by the reference
// statement.
func (s *ReadStore) ReferenceOfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs) (attache.Page[attache.OfficialMet], error) {
	cypher := strings.Replace(queryOfficialsWhoMet, whoMetMatch+whoMetPage, referenceWhoMetMatch+referenceWhoMetPage, 1)
	page, _, err := s.runWhoMet(ctx, q, p, "referenceOfficialsWhoMet", cypher, false)
	return page, err
}

// ReferenceCountOfficialsWhoMet is the reference statement's count.
func (s *ReadStore) ReferenceCountOfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery) (int, error) {
	recs, err := s.run(ctx, "referenceCountOfficialsWhoMet", referenceWhoMetMatch+"RETURN count(DISTINCT f) AS n\n", whoMetParams(q))
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}
