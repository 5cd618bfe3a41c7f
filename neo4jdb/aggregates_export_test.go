package neo4jdb

import (
	"context"
	"fmt"
	"slices"
)

// The aggregates recomputed from scratch from the meetings, without the
// groups the save works by (a meeting's group is computed from its id and
// countryKey here), and as stored: one line per edge.
const (
	queryRecomputedMet = `
MATCH (a:Official)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Official)
WHERE a.id < b.id
WITH a, b, split(m.id, ':')[0] + ':' + coalesce(m.countryKey, '') AS g, count(m) AS n, min(m.date) AS first, max(m.date) AS last
RETURN 'MET ' + a.id + ' ' + b.id + ' ' + g + ' ' + n + ' ' + coalesce(first, '-') + ' ' + coalesce(last, '-') AS line
`
	queryStoredMet = `
MATCH (a:Official)-[e:MET]->(b:Official)
RETURN 'MET ' + a.id + ' ' + b.id + ' ' + e.group + ' ' + e.meetings + ' ' + coalesce(e.first, '-') + ' ' + coalesce(e.last, '-') AS line
`
	queryRecomputedEngaged = `
MATCH (a:Country)<-[:INVOLVED]-(m:Meeting)-[:INVOLVED]->(b:Country)
WHERE a.code < b.code
WITH a, b, split(m.id, ':')[0] + ':' + coalesce(m.countryKey, '') AS g, CASE WHEN m.date IS NULL THEN '' ELSE substring(m.date, 0, 7) END AS period,
     count(m) AS n, min(m.date) AS first, max(m.date) AS last
RETURN 'ENGAGED ' + a.code + ' ' + b.code + ' ' + g + ' ' + period + ' ' + n + ' ' + coalesce(first, '-') + ' ' + coalesce(last, '-') AS line
`
	queryStoredEngaged = `
MATCH (a:Country)-[e:ENGAGED]->(b:Country)
RETURN 'ENGAGED ' + a.code + ' ' + b.code + ' ' + e.group + ' ' + coalesce(e.period, '') + ' ' + e.meetings + ' ' + coalesce(e.first, '-') + ' ' + coalesce(e.last, '-') AS line
`
	queryRecomputedActive = `
MATCH (m:Meeting)-[:INVOLVED]->(c:Country)
WITH c, split(m.id, ':')[0] + ':' + coalesce(m.countryKey, '') AS g, CASE WHEN m.date IS NULL THEN '' ELSE substring(m.date, 0, 7) END AS period,
     count(m) AS n, min(m.date) AS first, max(m.date) AS last
RETURN 'ACTIVE ' + c.code + ' ' + g + ' ' + period + ' ' + n + ' ' + coalesce(first, '-') + ' ' + coalesce(last, '-') AS line
`
	queryStoredActive = `
MATCH (c:Country)-[e:ACTIVE]->(x:Country)
RETURN 'ACTIVE ' + c.code + CASE WHEN x <> c THEN ' to ' + x.code ELSE '' END + ' ' + e.group + ' ' + coalesce(e.period, '') + ' ' + e.meetings + ' ' + coalesce(e.first, '-') + ' ' + coalesce(e.last, '-') AS line
`
)

func (db *DB) lines(ctx context.Context, cypher string) ([]string, error) {
	res, err := db.query(ctx, cypher, nil, read)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(res.Records))
	for _, rec := range res.Records {
		out = append(out, str(rec, "line"))
	}
	slices.Sort(out)
	return out, nil
}

// Aggregates returns the stored aggregates and their recomputation from
// the meetings, as sorted lines.
func Aggregates(ctx context.Context, db *DB) (stored, recomputed []string, err error) {
	for _, q := range [][2]string{
		{queryStoredMet, queryRecomputedMet},
		{queryStoredEngaged, queryRecomputedEngaged},
		{queryStoredActive, queryRecomputedActive},
	} {
		s, err := db.lines(ctx, q[0])
		if err != nil {
			return nil, nil, fmt.Errorf("read stored aggregates: %w", err)
		}
		r, err := db.lines(ctx, q[1])
		if err != nil {
			return nil, nil, fmt.Errorf("recompute aggregates: %w", err)
		}
		stored, recomputed = append(stored, s...), append(recomputed, r...)
	}
	return stored, recomputed, nil
}

// DropAggregates deletes every aggregate edge, as in a graph written
// before they existed.
func DropAggregates(ctx context.Context, db *DB) error {
	_, err := db.query(ctx, `MATCH ()-[e:MET|ENGAGED|ACTIVE]->() DELETE e`, nil, write)
	return err
}

// ReadFromMeetings makes the reads that use the aggregates read the
// meetings instead, until restore is called.
func ReadFromMeetings() (restore func()) {
	readAggregates = false
	return func() { readAggregates = true }
}

// OfficialIDs lists the ids of every official.
func OfficialIDs(ctx context.Context, db *DB) ([]string, error) {
	return db.lines(ctx, `MATCH (o:Official) RETURN o.id AS line`)
}
