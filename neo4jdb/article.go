package neo4jdb

import (
	"context"
	"fmt"
	"sort"

	"github.com/attache-project/attache"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Article queries and SaveExtraction, which writes one article's facts in
// one transaction.

const queryArticleState = `
MATCH (a:Article {id: $id})
RETURN a.textHash AS textHash,
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
MATCH (a:Article {id: $id})-[r:REPORTS|MENTIONS]->()
DELETE r
`

const queryMergeArticle = `
MERGE (a:Article {id: $id})
SET a.title = $title,
    a.url = $url,
    a.outlet = $outlet,
    a.published = $published,
    a.textHash = $textHash,
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
// from the ambiguous cases the model describes.
func (db *DB) SaveExtraction(ctx context.Context, doc *attache.Extraction) (attache.SaveResult, error) {
	p, err := newPlan(doc)
	if err != nil {
		return attache.SaveResult{}, err
	}
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (attache.SaveResult, error) {
		w := &txWriter{ctx: ctx, tx: tx, result: attache.SaveResult{ArticleID: p.article.ID}}
		if err := w.save(p); err != nil {
			return attache.SaveResult{}, err
		}
		return w.result, nil
	})
	if err != nil {
		return attache.SaveResult{}, db.storeError("save article "+p.article.ID, err)
	}
	return res, nil
}

// txWriter runs the statements of one save and adds up their counters.
// A fresh one is made for every attempt of the transaction function.
type txWriter struct {
	ctx    context.Context
	tx     neo4j.ManagedTransaction
	result attache.SaveResult
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
	w.result.NodesCreated += c.NodesCreated()
	w.result.RelationshipsCreated += c.RelationshipsCreated()
	w.result.PropertiesSet += c.PropertiesSet()
	return records, nil
}

func (w *txWriter) step(name string) error {
	if testHook != nil {
		return testHook(w.ctx, w.tx, name)
	}
	return nil
}

func (w *txWriter) save(p *plan) error {
	a := p.article
	recs, err := w.run(queryArticleState, map[string]any{"id": a.ID})
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	var oldMeetings, oldOfficials, oldCountries, oldIssues []string
	if len(recs) > 0 {
		if a.TextHash != "" && str(recs[0], "textHash") == a.TextHash {
			return nil // same text: unchanged, nothing written
		}
		oldMeetings, oldOfficials = strs(recs[0], "meetings"), strs(recs[0], "officials")
		oldCountries, oldIssues = strs(recs[0], "countries"), strs(recs[0], "issues")
		if _, err := w.run(queryDetachArticleFacts, map[string]any{"id": a.ID}); err != nil {
			return fmt.Errorf("detach old facts: %w", err)
		}
	}
	w.result.Changed = true

	// Countries first, in code order: their locks serialise the meeting
	// matching of concurrent saves that involve the same states.
	if err := w.mergeCountries(p.countries); err != nil {
		return err
	}
	if _, err := w.run(queryMergeArticle, map[string]any{
		"id": a.ID, "title": nullable(a.Title), "url": nullable(a.URL), "outlet": nullable(a.Outlet),
		"published": nullable(a.Published), "textHash": nullable(a.TextHash),
	}); err != nil {
		return fmt.Errorf("merge article: %w", err)
	}
	if err := w.step("article"); err != nil {
		return err
	}
	if err := w.mentionCountries(a.ID, p.countryMentions); err != nil {
		return err
	}
	if err := w.mergeIssues(a.ID, p.issues, p.issueMentions); err != nil {
		return err
	}
	ids, err := w.saveOfficials(a, p.officials)
	if err != nil {
		return err
	}
	if err := w.step("officials"); err != nil {
		return err
	}
	touched, err := w.saveMeetings(a.ID, p.meetings, ids)
	if err != nil {
		return err
	}
	if err := w.step("meetings"); err != nil {
		return err
	}

	// What the old text of the article fed and the new one does not.
	for id := range w.stale {
		oldMeetings = append(oldMeetings, id)
	}
	sort.Strings(oldMeetings)
	for _, id := range oldMeetings {
		if !touched[id] {
			if _, err := w.refreshMeeting(id); err != nil {
				return err
			}
		}
	}
	sort.Strings(oldOfficials)
	for _, id := range oldOfficials {
		if err := w.refreshOfficial(id); err != nil {
			return err
		}
	}
	if len(oldCountries) > 0 {
		if _, err := w.run(queryDeleteOrphanCountries, map[string]any{"codes": oldCountries}); err != nil {
			return fmt.Errorf("delete countries no article mentions: %w", err)
		}
	}
	if len(oldIssues) > 0 {
		if _, err := w.run(queryDeleteOrphanIssues, map[string]any{"ids": oldIssues}); err != nil {
			return fmt.Errorf("delete issues no article mentions: %w", err)
		}
	}
	return nil
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
