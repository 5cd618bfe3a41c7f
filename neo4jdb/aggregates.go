package neo4jdb

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Precomputed aggregates. The questions that add up many meetings (an
// official's counterparts, a state's partners and timeline, the pairs of
// states that meet most) read relationships that already hold the counts
// instead of walking every meeting:
//
//	(:Official)-[:MET {group, meetings, first, last}]->(:Official)
//	(:Country)-[:ENGAGED {group, period, meetings, first, last}]->(:Country)
//	(:Country)-[:ACTIVE {group, period, meetings, first, last}]->(same Country)
//
// MET joins two officials who attended the same meetings (from the lesser
// id to the greater), ENGAGED two states that took part in the same
// meetings (from the lesser code), and ACTIVE, a loop, counts a state's
// own meetings (the timeline's buckets). period is the meeting date's
// first seven characters ("2024-03", or "2024" for a date known to the
// year, absent when undated, as the meeting's date is); first and last
// are the least and greatest meeting date.
//
// Each edge holds the meetings of one meeting group (kind class and set of
// states, see meetingGroupKey), named by group. A meeting belongs to one
// group, so summing a pair's edges over groups counts distinct meetings,
// and a group's edges depend only on the group's meetings and their
// ATTENDED and INVOLVED edges. Those change only when a save re-clusters
// the group (txWriter.dirty: new reports, revised articles, participants
// moved by folding or unfolding a name all mark it), under the group's
// lock; so the save rewrites the edges of exactly its dirty groups, from
// the meetings, in its own transaction, and the aggregates stay equal to a
// recomputation from scratch (TestAggregatesEqualRecomputation). An
// official deleted by a save takes its MET edges with it (DETACH DELETE).

// Relationship types of the aggregates, left out of Dump and Stats: they
// are derived from the rest of the graph.
var aggregateTypes = []string{"MET", "ENGAGED", "ACTIVE"}

// queryRewriteAggregates deletes the aggregate edges of each group and
// writes them again from the group's meetings. The edges of a group are
// only ever written under its lock, so deleting and creating them is the
// same as merging; a retried transaction starts again from the committed
// graph.
const queryRewriteAggregates = `
UNWIND $groups AS g
CALL (g) {
  MATCH ()-[e:MET {group: g.key}]->()
  DELETE e
}
CALL (g) {
  MATCH ()-[e:ENGAGED {group: g.key}]->()
  DELETE e
}
CALL (g) {
  MATCH ()-[e:ACTIVE {group: g.key}]->()
  DELETE e
}
CALL (g) {
  MATCH (m:Meeting {countryKey: g.countryKey})
  WHERE m.id STARTS WITH g.class
  MATCH (a:Official)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Official)
  WHERE a.id < b.id
  WITH a, b, count(m) AS n, min(m.date) AS first, max(m.date) AS last
  CREATE (a)-[:MET {group: g.key, meetings: n, first: first, last: last}]->(b)
}
CALL (g) {
  MATCH (m:Meeting {countryKey: g.countryKey})
  WHERE m.id STARTS WITH g.class
  MATCH (a:Country)<-[:INVOLVED]-(m)-[:INVOLVED]->(b:Country)
  WHERE a.code < b.code
  WITH a, b, left(m.date, 7) AS period, count(m) AS n, min(m.date) AS first, max(m.date) AS last
  CREATE (a)-[:ENGAGED {group: g.key, period: period, meetings: n, first: first, last: last}]->(b)
}
CALL (g) {
  MATCH (m:Meeting {countryKey: g.countryKey})
  WHERE m.id STARTS WITH g.class
  MATCH (m)-[:INVOLVED]->(c:Country)
  WITH c, left(m.date, 7) AS period, count(m) AS n, min(m.date) AS first, max(m.date) AS last
  CREATE (c)-[:ACTIVE {group: g.key, period: period, meetings: n, first: first, last: last}]->(c)
}
`

// groupRows are the parameters of queryRewriteAggregates for groups.
func groupRows(groups []meetingGroupKey) []map[string]any {
	rows := make([]map[string]any, len(groups))
	for i, g := range groups {
		rows[i] = map[string]any{"key": g.Class + g.CountryKey, "class": g.Class, "countryKey": g.CountryKey}
	}
	return rows
}

// saveAggregates rewrites the aggregates of the groups the save
// re-clustered. It runs after the meetings and officials are written and
// before orphaned countries are deleted (a country's aggregate edges go
// with its last meeting). Its statement is left out of the save's
// counters, which tell what the save wrote of the articles' facts.
func (w *txWriter) saveAggregates() error {
	if len(w.dirty) == 0 {
		return nil
	}
	res, err := w.tx.Run(w.ctx, queryRewriteAggregates, map[string]any{"groups": groupRows(sortedGroupKeys(w.dirty))})
	if err == nil {
		_, err = res.Consume(w.ctx)
	}
	if err != nil {
		return fmt.Errorf("rewrite the aggregates of %d meeting groups: %w", len(w.dirty), err)
	}
	return nil
}

// queryAllGroups lists every meeting group of the graph.
const queryAllGroups = `
MATCH (m:Meeting)
RETURN DISTINCT split(m.id, ':')[0] + ':' AS class,
       coalesce(m.countryKey, '') AS countryKey
ORDER BY countryKey, class
`

// rebuildBatch is how many groups one transaction of RebuildAggregates
// rewrites.
const rebuildBatch = 500

// RebuildAggregates rewrites the aggregates of every meeting group, for a
// graph written before they existed. Each batch of groups is rewritten
// under the groups' locks, so it may run beside loaders.
func (db *DB) RebuildAggregates(ctx context.Context) error {
	res, err := db.query(ctx, queryAllGroups, nil, read)
	if err != nil {
		return db.storeError("list meeting groups", err)
	}
	groups := make([]meetingGroupKey, 0, len(res.Records))
	for _, rec := range res.Records {
		groups = append(groups, meetingGroupKey{Class: str(rec, "class"), CountryKey: str(rec, "countryKey")})
	}
	for start := 0; start < len(groups); start += rebuildBatch {
		part := groups[start:min(start+rebuildBatch, len(groups))]
		if err := db.rewriteAggregates(ctx, part); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) rewriteAggregates(ctx context.Context, groups []meetingGroupKey) error {
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	// The result is a bool: the driver's generic helper cannot return a nil any.
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (bool, error) {
		w := &txWriter{ctx: ctx, tx: tx, dirty: map[meetingGroupKey]bool{}}
		for _, g := range groups {
			w.dirty[g] = true
		}
		if err := w.lockGroups(groups); err != nil {
			return false, driverError(err)
		}
		return true, driverError(w.saveAggregates())
	})
	if err != nil {
		return db.storeError(fmt.Sprintf("rebuild the aggregates of %d meeting groups", len(groups)), err)
	}
	return nil
}

// queryHasAggregates tells whether a graph with meetings has any
// aggregate edge (an empty graph needs none).
const queryHasAggregates = `
RETURN NOT EXISTS { MATCH (:Meeting) }
    OR EXISTS { MATCH ()-[:ACTIVE|MET]->() } AS ok
`

// EnsureAggregates rebuilds the aggregates of a graph written before they
// existed (meetings but no aggregate edge); it does nothing otherwise.
func (db *DB) EnsureAggregates(ctx context.Context) (rebuilt bool, err error) {
	res, err := db.query(ctx, queryHasAggregates, nil, read)
	if err != nil {
		return false, db.storeError("look for aggregates", err)
	}
	if len(res.Records) == 1 {
		if ok, _ := res.Records[0].Get("ok"); ok == true {
			return false, nil
		}
	}
	return true, db.RebuildAggregates(ctx)
}
