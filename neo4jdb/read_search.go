package neo4jdb

import (
	"context"
	"strings"

	"github.com/attache-project/attache"
)

const querySearch = `
CALL db.index.fulltext.queryNodes('attache_search', $lucene, {limit: $first})
YIELD node, score
RETURN CASE
         WHEN node:Official THEN 'official'
         WHEN node:Country THEN 'country'
         WHEN node:Issue THEN 'issue'
         ELSE 'article'
       END AS kind,
       coalesce(node.id, node.code) AS id,
       coalesce(node.name, node.label, node.title, node.id, node.code) AS label,
       score
ORDER BY score DESC, id
`

// Search finds officials, countries, issues and articles whose names,
// aliases, titles, labels or codes hold the words of text, best first.
func (s *ReadStore) Search(ctx context.Context, text string, first int) ([]attache.SearchHit, error) {
	lucene := luceneQuery(text)
	if lucene == "" {
		return nil, attache.Errorf(attache.EINVALID, "search needs at least one letter or digit")
	}
	recs, err := s.run(ctx, "search", querySearch, map[string]any{"lucene": lucene, "first": first})
	if err != nil {
		return nil, err
	}
	hits := make([]attache.SearchHit, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("score")
		hits = append(hits, attache.SearchHit{Kind: rStr(rec, "kind"), ID: rStr(rec, "id"), Label: rStr(rec, "label"), Score: asFloat(v)})
	}
	return hits, nil
}

// MaxPathHops bounds connection paths: the search is breadth-first and its
// cost grows quickly with length.
const MaxPathHops = 10

// The hop bound of a variable-length pattern cannot be a parameter, so the
// statement searches up to MaxPathHops and keeps the paths only when they
// are within the caller's bound: the shortest are the shortest either way.
// Relationship types cannot be parameters either, hence two statements:
// through engagements only (Official-ATTENDED-Meeting-ATTENDED-Official…),
// or also through the states officials represent.
const (
	pathsThroughEngagements = `MATCH p = allShortestPaths((a)-[:ATTENDED*..10]-(b))`
	pathsThroughStates      = `MATCH p = allShortestPaths((a)-[:ATTENDED|REPRESENTS*..10]-(b))`
	pathsEnds               = `
MATCH (a:Official {id: $from})
MATCH (b:Official {id: $to})
`
	pathsReturn = `
WITH p
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | coalesce(n.id, n.code)] AS key
ORDER BY key
LIMIT $first
RETURN [n IN nodes(p) | {
         kind: CASE WHEN n:Official THEN 'official' WHEN n:Meeting THEN 'meeting' ELSE 'country' END,
         id: coalesce(n.id, n.code),
         name: coalesce(n.name, n.code),
         kind2: n.kind,
         date: n.date
       }] AS nodes,
       [r IN relationships(p) | type(r)] AS rels
`
)

// ShortestPaths links two officials through the meetings they attended
// (and the states they represent with q.ThroughStates): up to q.First
// paths of the shortest length, in a stable order.
func (s *ReadStore) ShortestPaths(ctx context.Context, q attache.PathQuery) ([]attache.Path, error) {
	match := pathsThroughEngagements
	if q.ThroughStates {
		match = pathsThroughStates
	}
	recs, err := s.run(ctx, "shortestPaths", pathsEnds+match+pathsReturn,
		map[string]any{"from": q.FromID, "to": q.ToID, "maxHops": q.MaxHops, "first": max(q.First, 1)})
	if err != nil {
		return nil, err
	}
	paths := make([]attache.Path, 0, len(recs))
	for _, rec := range recs {
		paths = append(paths, pathFrom(rList(rec, "nodes"), asStrs(rList(rec, "rels"))))
	}
	return paths, nil
}

func pathFrom(nodes []any, rels []string) attache.Path {
	var path attache.Path
	for i, n := range nodes {
		m := asMap(n)
		step := attache.PathStep{Kind: asStr(m["kind"]), ID: asStr(m["id"]), Label: asStr(m["name"])}
		if step.Kind == "meeting" {
			step.Label = strings.TrimSpace(asStr(m["kind2"]) + " " + asStr(m["date"]))
		}
		if i < len(rels) {
			step.Relationship = rels[i]
		}
		path.Steps = append(path.Steps, step)
	}
	return path
}

// queryCounts reads Neo4j's count store: constant time whatever the size.
const queryCounts = `
RETURN COUNT { (:Article) } AS Article,
       COUNT { (:Official) } AS Official,
       COUNT { (:Country) } AS Country,
       COUNT { (:Meeting) } AS Meeting,
       COUNT { (:Issue) } AS Issue,
       COUNT { ()-[:REPORTS]->() } AS REPORTS,
       COUNT { ()-[:MENTIONS]->() } AS MENTIONS,
       COUNT { ()-[:ATTENDED]->() } AS ATTENDED,
       COUNT { ()-[:REPRESENTS]->() } AS REPRESENTS,
       COUNT { ()-[:INVOLVED]->() } AS INVOLVED,
       COUNT { ()-[:HELD_IN]->() } AS HELD_IN,
       COUNT { ()-[:DISCUSSED]->() } AS DISCUSSED
`

var (
	statsLabels = []string{"Article", "Official", "Country", "Meeting", "Issue"}
	statsTypes  = []string{"REPORTS", "MENTIONS", "ATTENDED", "REPRESENTS", "INVOLVED", "HELD_IN", "DISCUSSED"}
)

// Stats counts the nodes of each label and relationships of each type of
// the data model.
func (s *ReadStore) Stats(ctx context.Context) (attache.Stats, error) {
	recs, err := s.run(ctx, "stats", queryCounts, nil)
	if err != nil {
		return attache.Stats{}, err
	}
	st := attache.Stats{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	if len(recs) == 0 {
		return st, nil
	}
	for _, l := range statsLabels {
		st.Nodes[l] = int64(rInt(recs[0], l))
	}
	for _, t := range statsTypes {
		st.Relationships[t] = int64(rInt(recs[0], t))
	}
	return st, nil
}
