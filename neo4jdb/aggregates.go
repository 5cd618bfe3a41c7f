package neo4jdb

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

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
// lock; and within a group, an edge's value depends only on the meetings
// that count in it. So the save updates, in its own transaction, exactly
// the edges that the meetings it rewrites or deletes counted in before
// and that the meetings it writes count in after (touchedAggregates),
// computing their values from the group's clustering in Go; the
// aggregates stay equal to a recomputation from scratch
// (TestAggregatesEqualRecomputation), at a cost that follows what the
// save changes, not the size of its groups. An official deleted by a save
// takes its MET edges with it (DETACH DELETE). RebuildAggregates, which
// has no clustering, rewrites whole groups in Cypher
// (queryRewriteAggregates).

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

// saveAggregates brings the aggregates of the groups the save
// re-clustered up to date. It runs after the meetings and officials are
// written and before orphaned countries are deleted (a country's aggregate
// edges go with its last meeting). The groups' clusters (w.clusters, from
// saveMeetings) already hold every meeting of each group with its date,
// participants and states, so the edges are computed here instead of by
// walking the meetings in Cypher; only the edges the save's meeting
// writes touched (w.touched) are read and computed, and only those that
// differ from the stored ones are written (groupAggregates,
// diffAggregates): for a save that adds a few meetings to a large group,
// a few edges instead of all of the group's. A dirty group without a clustering (a rebuild)
// is rewritten in Cypher. Its statements are left out of the save's
// counters, which tell what the save wrote of the articles' facts.
func (w *txWriter) saveAggregates() error {
	if len(w.dirty) == 0 {
		return nil
	}
	var computed, other []meetingGroupKey
	for _, g := range sortedGroupKeys(w.dirty) {
		if _, ok := w.clusters[g]; ok {
			computed = append(computed, g)
		} else {
			other = append(other, g)
		}
	}
	if err := w.writeComputedAggregates(computed); err != nil {
		return fmt.Errorf("update the aggregates of %d meeting groups: %w", len(computed), err)
	}
	if len(other) == 0 {
		return nil
	}
	if _, err := w.runUncounted(queryRewriteAggregates, map[string]any{"groups": groupRows(other)}); err != nil {
		return fmt.Errorf("rewrite the aggregates of %d meeting groups: %w", len(other), err)
	}
	return nil
}

// runUncounted runs a statement whose counters are not the save's.
func (w *txWriter) runUncounted(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	records, _, err := w.runSummarised(cypher, params)
	return records, err
}

// runSummarised runs a statement in the save's transaction and returns
// its records and summary.
func (w *txWriter) runSummarised(cypher string, params map[string]any) ([]*neo4j.Record, neo4j.ResultSummary, error) {
	res, err := w.tx.Run(w.ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	records, err := res.Collect(w.ctx)
	if err != nil {
		return nil, nil, err
	}
	summary, err := res.Consume(w.ctx)
	return records, summary, err
}

// runEach runs a statement in the save's transaction and calls do for
// each record as it streams in, so the records are not all held at once.
func (w *txWriter) runEach(cypher string, params map[string]any, do func(*neo4j.Record) error) error {
	res, err := w.tx.Run(w.ctx, cypher, params)
	if err != nil {
		return err
	}
	for res.Next(w.ctx) {
		if err := do(res.Record()); err != nil {
			return err
		}
	}
	if err := res.Err(); err != nil {
		return err
	}
	_, err = res.Consume(w.ctx)
	return err
}

// queryUpsertAggregates makes the aggregate edges of the given keys what
// the save computed, in one statement: each key's stored edges are
// sought as before in the relationship indexes (met_group;
// engaged_group_period and active_group_period for a dated period,
// engaged_group and active_group for an undated one), rather than by
// expanding from the endpoints, since a state's node holds thousands of
// ENGAGED and ACTIVE edges; a MET key's two officials are sought by id and
// its group's edges compared with them by elementId, which reads no
// property. A key with a count (meetings not null) keeps one edge, set
// only when its counts differ, and gets one created when it has none; a
// key without one, and the extra edges of a key stored twice, are deleted.
// This was a read of the stored edges' counts into the loader, a diff
// there and a write by elementId: two statements per save, and the
// records and the diff's maps were the loader's largest holder at the
// peak of a 30,000-article load (docs/BENCHMARKS.md, "One statement for
// the aggregate edges"). The edges of a group are only ever written under
// its lock, so a retried transaction, which starts again from the
// committed graph, computes the same rows.
const queryUpsertAggregates = `
CALL () {
  UNWIND $met AS k
  MATCH (a:Official {id: k.a})
  MATCH (b:Official {id: k.b})
  CALL (a, b, k) {
    MATCH (x)-[e:MET]->(y)
    USING INDEX e:MET(group)
    WHERE e.group = k.group AND elementId(x) = elementId(a) AND elementId(y) = elementId(b)
    RETURN collect(e) AS es
  }` + upsertKeep + `
    CREATE (a)-[:MET {group: k.group, meetings: k.meetings, first: k.first, last: k.last}]->(b))
}
CALL () {
  UNWIND $engagedDated AS k
  MATCH (a:Country {code: k.a})
  MATCH (b:Country {code: k.b})
  CALL (a, b, k) {
    MATCH (x)-[e:ENGAGED]->(y)
    USING INDEX e:ENGAGED(group, period)
    WHERE e.group = k.group AND e.period = k.period AND elementId(x) = elementId(a) AND elementId(y) = elementId(b)
    RETURN collect(e) AS es
  }` + upsertKeep + `
    CREATE (a)-[:ENGAGED {group: k.group, period: k.period, meetings: k.meetings, first: k.first, last: k.last}]->(b))
}
CALL () {
  UNWIND $engagedUndated AS k
  MATCH (a:Country {code: k.a})
  MATCH (b:Country {code: k.b})
  CALL (a, b, k) {
    MATCH (x)-[e:ENGAGED]->(y)
    USING INDEX e:ENGAGED(group)
    WHERE e.group = k.group AND e.period IS NULL AND elementId(x) = elementId(a) AND elementId(y) = elementId(b)
    RETURN collect(e) AS es
  }` + upsertKeep + `
    CREATE (a)-[:ENGAGED {group: k.group, meetings: k.meetings, first: k.first, last: k.last}]->(b))
}
CALL () {
  UNWIND $activeDated AS k
  MATCH (a:Country {code: k.a})
  CALL (a, k) {
    MATCH (x)-[e:ACTIVE]->(y)
    USING INDEX e:ACTIVE(group, period)
    WHERE e.group = k.group AND e.period = k.period AND elementId(x) = elementId(a) AND elementId(y) = elementId(a)
    RETURN collect(e) AS es
  }` + upsertKeep + `
    CREATE (a)-[:ACTIVE {group: k.group, period: k.period, meetings: k.meetings, first: k.first, last: k.last}]->(a))
}
CALL () {
  UNWIND $activeUndated AS k
  MATCH (a:Country {code: k.a})
  CALL (a, k) {
    MATCH (x)-[e:ACTIVE]->(y)
    USING INDEX e:ACTIVE(group)
    WHERE e.group = k.group AND e.period IS NULL AND elementId(x) = elementId(a) AND elementId(y) = elementId(a)
    RETURN collect(e) AS es
  }` + upsertKeep + `
    CREATE (a)-[:ACTIVE {group: k.group, meetings: k.meetings, first: k.first, last: k.last}]->(a))
}
`

// upsertKeep is the write of one key of queryUpsertAggregates, given its
// stored edges es: the extra edges, or all when the key no longer counts
// a meeting, deleted; the one kept set when its counts differ; one
// created when there is none (the CREATE that follows closes it).
const upsertKeep = `
  FOREACH (e IN CASE WHEN k.meetings IS NULL THEN es ELSE tail(es) END | DELETE e)
  FOREACH (e IN CASE WHEN k.meetings IS NULL THEN [] ELSE [e IN es[0..1]
      WHERE e.meetings <> k.meetings OR coalesce(e.first, '') <> coalesce(k.first, '')
         OR coalesce(e.last, '') <> coalesce(k.last, '')] END |
    SET e.meetings = k.meetings, e.first = k.first, e.last = k.last)
  FOREACH (_ IN CASE WHEN k.meetings IS NOT NULL AND size(es) = 0 THEN [1] ELSE [] END |`

// aggregateEdge is one MET, ENGAGED or ACTIVE edge: its endpoints (ids or
// codes; B is A for ACTIVE), group, period ("" when undated), count and
// date span ("" when no meeting of it is dated).
type aggregateEdge struct {
	Type, A, B, Group, Period string
	Meetings                  int64
	First, Last               string
}

// edgeKey names an aggregate edge apart from what it counts. It is a map
// key as it is: a key string made of its fields was an allocation per
// touched edge, and the touched edges were the largest holder of the
// loader's heap at a 30,000-article load's peak.
type edgeKey struct {
	Type, A, B, Group, Period string
}

func (e aggregateEdge) key() edgeKey {
	return edgeKey{Type: e.Type, A: e.A, B: e.B, Group: e.Group, Period: e.Period}
}

// sortedEdgeKeys gives the keys in one order, field by field, so that
// every save meets the edges it writes in the same order.
func sortedEdgeKeys(m map[edgeKey]bool) []edgeKey {
	keys := make([]edgeKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y edgeKey) int {
		return cmp.Or(cmp.Compare(x.Type, y.Type), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B),
			cmp.Compare(x.Group, y.Group), cmp.Compare(x.Period, y.Period))
	})
	return keys
}

// meetingEdges calls edge with the key of every aggregate edge one
// meeting of group counts in: every pair of participants (lesser id
// first, as queryRewriteAggregates), every pair of states with the
// period of its date, every state with that period.
func meetingEdges(group, date string, participants, countries []string, edge func(aggregateEdge)) {
	period := date[:min(7, len(date))]
	for i, a := range participants {
		for _, b := range participants[i+1:] {
			edge(aggregateEdge{Type: "MET", A: a, B: b, Group: group})
		}
	}
	for i, a := range countries {
		for _, b := range countries[i+1:] {
			edge(aggregateEdge{Type: "ENGAGED", A: a, B: b, Group: group, Period: period})
		}
		edge(aggregateEdge{Type: "ACTIVE", A: a, B: a, Group: group, Period: period})
	}
}

// groupAggregates computes the aggregate edges of one group from its
// clustered meetings, as queryRewriteAggregates does from the stored
// ones, each with the number of meetings and their least and greatest
// dates; only the edges whose keys are in only are kept.
func groupAggregates(g meetingGroupKey, ms []*memMeeting, only map[edgeKey]bool, into map[edgeKey]aggregateEdge) {
	for _, m := range ms {
		s := m.counted()
		meetingEdges(g.Class+g.CountryKey, s.date, s.participants, s.countries, func(e aggregateEdge) {
			k := e.key()
			if !only[k] {
				return
			}
			if old, ok := into[k]; ok {
				e = old
			}
			e.Meetings++
			if s.date != "" && (e.First == "" || s.date < e.First) {
				e.First = s.date
			}
			if s.date > e.Last {
				e.Last = s.date
			}
			into[k] = e
		})
	}
}

// queryMeetingsCounted reads what stored meetings give the aggregates:
// their date, attendees and states, in one expansion per meeting (a
// meeting's few edges are not stored by type, so each expansion walks
// all of them); meetingCounted sorts them apart.
const queryMeetingsCounted = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m.id AS id,
       m.date AS date,
       COLLECT {
         MATCH (m)-[e:ATTENDED|INVOLVED]-(n)
         RETURN [type(e), coalesce(n.id, n.code)]
       } AS edges
`

// meetingCounted splits queryMeetingsCounted's edges into the sorted ids
// of the attendees and codes of the states.
func meetingCounted(rec *neo4j.Record) (participants, countries []string) {
	participants, countries = []string{}, []string{}
	for _, pair := range pairs(rec, "edges") {
		if pair[0] == "ATTENDED" {
			participants = append(participants, pair[1])
		} else {
			countries = append(countries, pair[1])
		}
	}
	sort.Strings(participants)
	sort.Strings(countries)
	return participants, countries
}

// touchedAggregates names the aggregate edges a save's meeting writes may
// change: those the rewritten or deleted stored meetings count in now
// (read before they are rewritten) and those the written meetings will
// count in. Every other edge of the groups counts only meetings the save
// leaves as they are, so it keeps its value: the aggregates cost what the
// save changes, not what the groups hold.
func (w *txWriter) touchedAggregates(rewritten []groupMeeting, changed []groupCluster) (map[edgeKey]bool, error) {
	touched := map[edgeKey]bool{}
	add := func(e aggregateEdge) { touched[e.key()] = true }
	for _, c := range changed {
		s := c.meeting.counted()
		meetingEdges(c.group.Class+c.group.CountryKey, s.date, s.participants, s.countries, add)
	}
	if len(rewritten) == 0 {
		return touched, nil
	}
	ids := make([]string, len(rewritten))
	groupOf := map[string]meetingGroupKey{}
	for i, m := range rewritten {
		ids[i] = m.id
		groupOf[m.id] = m.group
	}
	recs, err := w.runUncounted(queryMeetingsCounted, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read the meetings the save rewrites: %w", err)
	}
	for _, rec := range recs {
		g := groupOf[str(rec, "id")]
		participants, countries := meetingCounted(rec)
		meetingEdges(g.Class+g.CountryKey, str(rec, "date"), participants, countries, add)
	}
	return touched, nil
}

// writeComputedAggregates makes the aggregate edges the save touched
// (w.touched) those the groups' clusters give, in one statement that
// writes only what differs (queryUpsertAggregates).
func (w *txWriter) writeComputedAggregates(groups []meetingGroupKey) error {
	if len(groups) == 0 || len(w.touched) == 0 {
		return nil
	}
	want := map[edgeKey]aggregateEdge{}
	for _, g := range groups {
		groupAggregates(g, w.clusters[g], w.touched, want)
	}
	params := upsertRows(w.touched, want)
	// The keys and counts are in the rows now: let them go while the
	// statement runs.
	w.touched, want = nil, nil
	_, err := w.runUncounted(queryUpsertAggregates, params)
	return err
}

// upsertRows gives the parameters of queryUpsertAggregates: one row per
// touched key, in key order (so concurrent saves meet the edges in one
// order), in the list of its type and whether it is dated, with the
// counts wanted or, for a key no meeting counts in any more, none.
func upsertRows(touched map[edgeKey]bool, want map[edgeKey]aggregateEdge) map[string]any {
	lists := map[string][]map[string]any{}
	for _, list := range upsertLists {
		lists[list] = []map[string]any{}
	}
	for _, k := range sortedEdgeKeys(touched) {
		row := map[string]any{"a": k.A, "b": k.B, "group": k.Group, "period": nullable(k.Period),
			"meetings": nil, "first": nil, "last": nil}
		if v, ok := want[k]; ok {
			row["meetings"], row["first"], row["last"] = v.Meetings, nullable(v.First), nullable(v.Last)
		}
		list := upsertList(k)
		lists[list] = append(lists[list], row)
	}
	params := make(map[string]any, len(lists))
	for list, rows := range lists {
		params[list] = rows
	}
	return params
}

// upsertLists are queryUpsertAggregates's parameters.
var upsertLists = []string{"met", "engagedDated", "engagedUndated", "activeDated", "activeUndated"}

// upsertList names the parameter of queryUpsertAggregates an edge's key
// goes in: each is sought through its own index.
func upsertList(e edgeKey) string {
	switch {
	case e.Type == "MET":
		return "met"
	case e.Type == "ENGAGED" && e.Period != "":
		return "engagedDated"
	case e.Type == "ENGAGED":
		return "engagedUndated"
	case e.Period != "":
		return "activeDated"
	}
	return "activeUndated"
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
