package neo4jdb

import (
	"context"
	"fmt"
	"strings"

	"github.com/attache-project/attache"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Article queries and SaveExtraction, which writes one article's facts in
// one transaction.

const queryArticlesState = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id,
       a.textHash AS textHash,
       COLLECT {
         MATCH (a)-[:REPORTS]->(m:Meeting)
         RETURN m.id
       } AS meetings,
       COLLECT {
         MATCH (a)-[:MENTIONS]->(o:Official)
         RETURN o.id
       } AS officials,
       COLLECT {
         MATCH (a)-[r:REPORTS|MENTIONS]->(n)
         UNWIND coalesce(r.countries, []) + [r.heldIn, r.country, n.code] AS code
         WITH code
         WHERE code IS NOT NULL
         RETURN DISTINCT code
       } AS countries,
       COLLECT {
         MATCH (a)-[r:REPORTS|MENTIONS]->(n)
         UNWIND coalesce(r.issues, []) + [CASE WHEN n:Issue THEN n.id END] AS issue
         WITH issue
         WHERE issue IS NOT NULL
         RETURN DISTINCT issue
       } AS issues
`

// Countries and unlabelled issues that only the old text of an article
// brought in go with it, so a revised article leaves the graph a fresh
// load of it would give. Taxonomy issues (with a label) stay.
const queryDeleteOrphanCountries = `
UNWIND $codes AS code
MATCH (c:Country {code: code})
WHERE NOT (c)--()
DELETE c
`

const queryDeleteOrphanIssues = `
UNWIND $ids AS id
MATCH (i:Issue {id: id})
WHERE NOT (i)--()
  AND i.label IS NULL
DELETE i
`

// An article whose text changed is re-extracted from scratch: its reports
// and mentions go, and the meetings and officials they fed are recomputed.
const queryDetachArticleFacts = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[r:REPORTS|MENTIONS]->()
DELETE r
`

const queryMergeArticles = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.outlet = row.outlet,
    a.published = row.published,
    a.textHash = row.textHash,
    a.ingestedAt = datetime()
`

var _ attache.Store = (*DB)(nil)

// testHook, when set by a test, runs between the steps of the write
// transaction, so a test can make the transaction fail half-way.
var testHook func(ctx context.Context, tx neo4j.ManagedTransaction, step string) error

// SaveExtraction writes one article and everything extracted from it in one
// write transaction: all of it or nothing. An article already stored with
// the same text hash is left alone (Changed is false). Officials and
// meetings are merged with those of other articles (see docs/GRAPH_MODEL.md);
// the result does not depend on the order in which articles are saved, apart
// from the ambiguous cases the model describes. It is SaveExtractions with a
// batch of one.
func (db *DB) SaveExtraction(ctx context.Context, doc *attache.Extraction) (attache.SaveResult, error) {
	res, err := db.SaveExtractions(ctx, []*attache.Extraction{doc})
	if err != nil {
		return attache.SaveResult{}, err
	}
	return res[0], nil
}

// SaveExtractions writes a batch of articles in one write transaction, all
// or nothing, with the same outcome as saving them one after the other with
// SaveExtraction. The number of statements does not grow with the batch
// (apart from the rare renames and absorptions described in
// docs/GRAPH_MODEL.md), which is what makes large loads fast. The graph's
// counters of the whole batch are reported on its first changed article.
func (db *DB) SaveExtractions(ctx context.Context, docs []*attache.Extraction) ([]attache.SaveResult, error) {
	plans := make([]*plan, len(docs))
	for i, doc := range docs {
		p, err := newPlan(doc)
		if err != nil {
			return nil, err
		}
		plans[i] = p
	}
	if len(plans) == 0 {
		return nil, nil
	}
	what := "save article " + plans[0].article.ID
	if len(plans) > 1 {
		what = fmt.Sprintf("save %d articles from %s", len(plans), plans[0].article.ID)
	}
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) ([]attache.SaveResult, error) {
		w := &txWriter{ctx: ctx, tx: tx}
		return w.saveAllWithTexts(plans, docs)
	})
	if err != nil {
		return nil, db.storeError(what, err)
	}
	return res, nil
}

// txWriter runs the statements of one save and adds up their counters.
// A fresh one is made for every attempt of the transaction function.
type txWriter struct {
	ctx    context.Context
	tx     neo4j.ManagedTransaction
	counts attache.SaveResult
	// stale holds meetings whose participants changed under them.
	stale map[string]bool
}

func (w *txWriter) run(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := w.tx.Run(w.ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	records, err := res.Collect(w.ctx)
	if err != nil {
		return nil, err
	}
	summary, err := res.Consume(w.ctx)
	if err != nil {
		return nil, err
	}
	c := summary.Counters()
	w.counts.NodesCreated += c.NodesCreated()
	w.counts.RelationshipsCreated += c.RelationshipsCreated()
	w.counts.PropertiesSet += c.PropertiesSet()
	return records, nil
}

func (w *txWriter) step(name string) error {
	if testHook != nil {
		return testHook(w.ctx, w.tx, name)
	}
	return nil
}

// saveAll saves the plans in order. An article named twice in a batch is
// saved twice, as one after the other would, so the batch is cut before
// each repeated id into parts that each hold an article once.
func (w *txWriter) saveAll(plans []*plan) ([]attache.SaveResult, error) {
	results := make([]attache.SaveResult, len(plans))
	for start := 0; start < len(plans); {
		end := start
		seen := map[string]bool{}
		for end < len(plans) && !seen[plans[end].article.ID] {
			seen[plans[end].article.ID] = true
			end++
		}
		w.counts = attache.SaveResult{}
		w.stale = nil
		changed, err := w.savePart(plans[start:end])
		if err != nil {
			return nil, err
		}
		first := true
		for i := start; i < end; i++ {
			results[i].ArticleID = plans[i].article.ID
			results[i].Changed = changed[i-start]
			if results[i].Changed && first {
				first = false
				results[i].NodesCreated = w.counts.NodesCreated
				results[i].RelationshipsCreated = w.counts.RelationshipsCreated
				results[i].PropertiesSet = w.counts.PropertiesSet
			}
		}
		start = end
	}
	return results, nil
}

// articleState is what a stored article fed before its text changed.
type articleState struct {
	TextHash                               string
	Meetings, Officials, Countries, Issues []string
}

// savePart saves articles with distinct ids; it says which changed.
func (w *txWriter) savePart(all []*plan) ([]bool, error) {
	ids := make([]string, len(all))
	for i, p := range all {
		ids[i] = p.article.ID
	}
	recs, err := w.run(queryArticlesState, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	stored := map[string]articleState{}
	for _, rec := range recs {
		stored[str(rec, "id")] = articleState{
			TextHash: str(rec, "textHash"), Meetings: strs(rec, "meetings"), Officials: strs(rec, "officials"),
			Countries: strs(rec, "countries"), Issues: strs(rec, "issues"),
		}
	}
	changed := make([]bool, len(all))
	var plans []*plan
	var detach, oldMeetings, oldOfficials, oldCountries, oldIssues []string
	for i, p := range all {
		old, ok := stored[p.article.ID]
		if ok && p.article.TextHash != "" && old.TextHash == p.article.TextHash {
			continue // same text: unchanged, nothing written
		}
		changed[i] = true
		plans = append(plans, p)
		if ok {
			detach = append(detach, p.article.ID)
			oldMeetings = append(oldMeetings, old.Meetings...)
			oldOfficials = append(oldOfficials, old.Officials...)
			oldCountries = append(oldCountries, old.Countries...)
			oldIssues = append(oldIssues, old.Issues...)
		}
	}
	if len(plans) == 0 {
		return changed, nil
	}
	if len(detach) > 0 {
		if _, err := w.run(queryDetachArticleFacts, map[string]any{"ids": detach}); err != nil {
			return nil, fmt.Errorf("detach old facts: %w", err)
		}
	}

	// Countries first, in code order: their locks serialise the meeting
	// matching of concurrent saves that involve the same states.
	if err := w.mergeCountries(plans); err != nil {
		return nil, err
	}
	rows := make([]map[string]any, len(plans))
	for i, p := range plans {
		a := p.article
		rows[i] = map[string]any{
			"id": a.ID, "title": nullable(a.Title), "url": nullable(a.URL), "outlet": nullable(a.Outlet),
			"published": nullable(a.Published), "textHash": nullable(a.TextHash),
		}
	}
	if _, err := w.run(queryMergeArticles, map[string]any{"rows": rows}); err != nil {
		return nil, fmt.Errorf("merge articles: %w", err)
	}
	if err := w.step("article"); err != nil {
		return nil, err
	}
	if err := w.mentionCountries(plans); err != nil {
		return nil, err
	}
	if err := w.mergeIssues(plans); err != nil {
		return nil, err
	}
	officials, err := w.saveOfficials(plans)
	if err != nil {
		return nil, err
	}
	if err := w.step("officials"); err != nil {
		return nil, err
	}
	touched, err := w.saveMeetings(plans, officials.ids)
	if err != nil {
		return nil, err
	}
	if err := w.step("meetings"); err != nil {
		return nil, err
	}

	// What the old texts of the articles fed and the new ones do not.
	for id := range w.stale {
		oldMeetings = append(oldMeetings, id)
	}
	for _, id := range distinct(oldMeetings, strings.TrimSpace) {
		if !touched[id] {
			if _, err := w.refreshMeeting(id); err != nil {
				return nil, err
			}
		}
	}
	// Officials whose mentions were removed or moved are recomputed from
	// all of them; the others take the batch's new mentions in.
	recompute := distinct(append(oldOfficials, officials.absorbed...), strings.TrimSpace)
	for _, id := range recompute {
		delete(officials.added, id)
	}
	if err := w.refreshOfficials(recompute); err != nil {
		return nil, err
	}
	if err := w.foldOfficials(officials.added); err != nil {
		return nil, err
	}
	if len(oldCountries) > 0 {
		if _, err := w.run(queryDeleteOrphanCountries, map[string]any{"codes": distinct(oldCountries, strings.TrimSpace)}); err != nil {
			return nil, fmt.Errorf("delete countries no article mentions: %w", err)
		}
	}
	if len(oldIssues) > 0 {
		if _, err := w.run(queryDeleteOrphanIssues, map[string]any{"ids": distinct(oldIssues, strings.TrimSpace)}); err != nil {
			return nil, fmt.Errorf("delete issues no article mentions: %w", err)
		}
	}
	return changed, nil
}

// strs reads a list-of-strings field of a record.
func strs(rec *neo4j.Record, key string) []string {
	v, _ := rec.Get(key)
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
