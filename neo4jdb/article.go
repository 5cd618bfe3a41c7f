package neo4jdb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
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
         RETURN [m.id, m.countryKey]
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

// queryLock takes write locks that last until the transaction ends, in
// the order of $keys: it creates a Lock node under its unique key and
// deletes it at once. A concurrent transaction that wants the same key
// waits on the constraint's index entry until this one commits or rolls
// back, and nothing stays in the graph. Locks are named "group:<class>:
// <states>" (a meeting group), "name:<state>:<last name>" (officials who
// may be one person) and "person:<person key>". The DELETE takes the
// node's write lock even if a Lock node were ever left behind, so the
// SET that used to precede it (a property write per key) is not needed.
const queryLock = `
UNWIND $keys AS key
MERGE (l:Lock {key: key})
WITH l
DELETE l
`

// queryLockArticles takes the locks of a batch's articles, in the order
// of $articles, and then those of $keys as queryLock does. An article is
// locked on its own node rather than on a Lock node: MERGE waits on the
// article_id constraint's index entry as it would on a Lock's, and the
// node of a new article is the one mergeArticles writes later in the
// same transaction, so a batch no longer creates and deletes a Lock node
// per article (500 of the 1,500-2,500 keys of a batch's first lock
// statement). A stored article's node is written to (a property set and
// removed) so that the lock is a write lock. changedPlans tells the node
// of a new article, which has no text hash and no facts yet, from a
// stored one.
const queryLockArticles = `
CALL () {
  UNWIND $articles AS id
  MERGE (a:Article {id: id})
  SET a._lock = true
  REMOVE a._lock
}
CALL () {
  UNWIND $keys AS key
  MERGE (l:Lock {key: key})
  WITH l
  DELETE l
}
`

var _ attache.Store = (*DB)(nil)

// testHook, when set by a test, runs between the steps of the write
// transaction, so a test can make the transaction fail half-way.
var testHook func(ctx context.Context, tx neo4j.ManagedTransaction, step string) error

// SaveExtraction writes one article and everything extracted from it in one
// write transaction: all of it or nothing. An article already stored with
// the same text hash is left alone (Changed is false). Officials and
// meetings are merged with those of other articles (see docs/GRAPH_MODEL.md);
// the result does not depend on the order in which articles are saved, nor
// on concurrent saves. It is SaveExtractions with a batch of one.
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
// (apart from the rare absorptions and unfoldings of one-word names
// described in docs/GRAPH_MODEL.md), which is what makes large loads fast. The graph's
// counters of the whole batch are reported on its first changed article.
func (db *DB) SaveExtractions(ctx context.Context, docs []*attache.Extraction) ([]attache.SaveResult, error) {
	planned := make([]any, len(docs))
	for i, doc := range docs {
		planned[i] = db.PlanExtraction(doc)
	}
	return db.SavePlanned(ctx, docs, planned)
}

// plannedDoc is an extraction checked and turned into the rows the save
// sends (newPlan), or the reason it could not be.
type plannedDoc struct {
	plan *plan
	err  error
}

// PlanExtraction does the part of saving an extraction that reads nothing
// stored: it checks it and turns it into rows. It is pure and safe to call
// from any goroutine, so the loader plans each article on the extraction
// workers, beside the writes, instead of between two transactions (a
// save's Go code and Neo4j's statements otherwise take turns). The result
// is for SavePlanned.
func (db *DB) PlanExtraction(doc *attache.Extraction) any {
	p, err := newPlan(doc)
	return plannedDoc{plan: p, err: err}
}

// SavePlanned is SaveExtractions(docs), given PlanExtraction of each doc:
// the same transaction, results and errors.
func (db *DB) SavePlanned(ctx context.Context, docs []*attache.Extraction, planned []any) ([]attache.SaveResult, error) {
	if len(planned) != len(docs) {
		return nil, fmt.Errorf("save planned articles: %d plans for %d articles", len(planned), len(docs))
	}
	plans := make([]*plan, len(docs))
	for i, x := range planned {
		pd, ok := x.(plannedDoc)
		if !ok {
			return nil, fmt.Errorf("save planned articles: %T is not what PlanExtraction returns", x)
		}
		if pd.err != nil {
			return nil, pd.err
		}
		plans[i] = pd.plan
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
	var failed error // the last attempt's error, with the step that failed
	res, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) ([]attache.SaveResult, error) {
		failed = nil
		w := &txWriter{ctx: ctx, tx: tx}
		res, err := w.saveAllWithTexts(plans, docs)
		if err != nil {
			failed = err
			return nil, driverError(err)
		}
		return res, nil
	})
	if err != nil {
		if failed != nil && failed.Error() != err.Error() {
			err = &stepError{msg: failed.Error(), err: err}
		}
		return nil, db.storeError(what, err)
	}
	return res, nil
}

// driverError is the error the driver itself raised inside err, which the
// transaction function wraps with the step that failed ("read articles:
// ..."): the driver decides whether to retry by the type of the error it
// gets back (a lost connection is recognised only unwrapped), so the
// transaction function returns its own error to it. Errors of the store's
// own (bad input) are returned as they are.
func driverError(err error) error {
	var dbErr *neo4j.Neo4jError
	var connErr *neo4j.ConnectivityError
	var netErr net.Error
	switch {
	case errors.As(err, &dbErr):
		return dbErr
	case errors.As(err, &connErr):
		return connErr
	case errors.Is(err, io.EOF):
		return io.EOF
	case errors.As(err, &netErr):
		return netErr
	}
	return err
}

// stepError gives the driver's final error the message of the step that
// failed; errors.As and errors.Is see the driver's error.
type stepError struct {
	msg string
	err error
}

func (e *stepError) Error() string { return e.msg }
func (e *stepError) Unwrap() error { return e.err }

// txWriter runs the statements of one save and adds up their counters.
// A fresh one is made for every attempt of the transaction function.
type txWriter struct {
	ctx    context.Context
	tx     neo4j.ManagedTransaction
	counts attache.SaveResult
	// locked holds the lock keys this transaction holds.
	locked map[string]bool
	// dirty holds the meeting groups to re-cluster before the save ends;
	// stale the stored meetings whose reports changed under them.
	dirty map[meetingGroupKey]bool
	stale map[string]bool
	// clusters holds the meetings saveMeetings clustered the dirty
	// groups into, from which the aggregates are computed.
	clusters map[meetingGroupKey][]*memMeeting
	// touched holds the keys of the aggregate edges the save's meeting
	// writes may change (touchedAggregates).
	touched map[edgeKey]bool
	// persons is what the save read of its person keys first
	// (toStoredPersons), so mergeStates reads only the keys that may move.
	persons personsRead
	// detached holds the officials whose mentions the part's revised
	// articles lost before saveOfficials: their nodes' claims are stale
	// until the part recomputes them (personsStored).
	detached []string
}

func (w *txWriter) run(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	records, summary, err := w.runSummarised(cypher, params)
	if err != nil {
		return nil, err
	}
	c := summary.Counters()
	w.counts.NodesCreated += c.NodesCreated()
	w.counts.RelationshipsCreated += c.RelationshipsCreated()
	w.counts.PropertiesSet += c.PropertiesSet()
	return records, nil
}

// lock takes the write locks named by keys (see queryLock) that this
// transaction does not hold yet, in byte order, so that transactions that
// lock in one call never wait on each other in a cycle. Its statement is
// left out of the save's counters.
func (w *txWriter) lock(keys []string) error {
	return w.lockArticles(nil, keys)
}

// lockArticles locks the nodes of articles (queryLockArticles), in the
// order given, and then keys as lock does, in one statement. Every save
// locks its articles first and only there, so the order of all its locks
// is the same in every transaction: articles by id, then keys in byte
// order (the "article:<id>" keys they replace sorted first as well).
func (w *txWriter) lockArticles(articles, keys []string) error {
	var todo []string
	for _, k := range keys {
		if len(k) > maxLockKey {
			sum := sha256.Sum256([]byte(k))
			k = "sha256:" + hex.EncodeToString(sum[:])
		}
		if !w.locked[k] {
			todo = append(todo, k)
		}
	}
	if len(todo) == 0 && len(articles) == 0 {
		return nil
	}
	todo = distinct(todo, func(s string) string { return s })
	cypher, params := queryLock, map[string]any{"keys": todo}
	if len(articles) > 0 {
		cypher, params["articles"] = queryLockArticles, articles
	}
	res, err := w.tx.Run(w.ctx, cypher, params)
	if err == nil {
		_, err = res.Consume(w.ctx)
	}
	if err != nil {
		return fmt.Errorf("lock %d articles and %d keys: %w", len(articles), len(todo), err)
	}
	if w.locked == nil {
		w.locked = map[string]bool{}
	}
	for _, k := range todo {
		w.locked[k] = true
	}
	return nil
}

// maxLockKey keeps lock keys well within what an index entry may hold;
// longer keys (from very long ids) are hashed.
const maxLockKey = 512

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
	// Every article of the batch is locked first, before its stored state
	// is read: a concurrent save of the same article waits, then finds it
	// saved (unchanged) instead of saving it again over the first. The
	// groups and names the new texts may change are locked in the same
	// statement (one lock statement per batch instead of one per part and
	// one for the articles); only the groups of meetings a revised article
	// reported before are left to savePart, once its stored state is read.
	articles := make([]string, len(plans))
	for i, p := range plans {
		articles[i] = p.article.ID
	}
	if err := w.lockArticles(distinct(articles, func(s string) string { return s }), saveLocks(plans, nil)); err != nil {
		return nil, err
	}
	// A test sees here each attempt of the transaction once it holds
	// these locks (TestRevisionLocksTheGroupsItLeavesBeforeDetaching).
	if err := w.step("locked"); err != nil {
		return nil, err
	}
	for start := 0; start < len(plans); {
		end := start
		seen := map[string]bool{}
		for end < len(plans) && !seen[plans[end].article.ID] {
			seen[plans[end].article.ID] = true
			end++
		}
		w.counts = attache.SaveResult{}
		w.dirty, w.stale, w.clusters, w.touched = nil, nil, nil, nil
		w.persons = personsRead{}
		w.detached = nil
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
	TextHash                     string
	Officials, Countries, Issues []string
	// Meetings are the meetings the article reports, id and countryKey.
	Meetings [][2]string
}

// lockedOnly says that the node is only what queryLockArticles made of a
// new article: no text hash and no facts. Taking it for a new article
// leaves the graph as taking it for a stored one would (detaching no
// facts changes nothing) without a detach statement for every new
// article of a batch.
func (st articleState) lockedOnly() bool {
	return st.TextHash == "" && len(st.Meetings)+len(st.Officials)+len(st.Countries)+len(st.Issues) == 0
}

// revision is what the stored versions of a part's changed articles fed:
// their facts go before the new text is saved.
type revision struct {
	detach, officials, countries, issues []string
	meetings                             [][2]string // id, countryKey
}

// changedPlans reads the stored state of a part's articles and returns
// which changed (a new article, or another text) and what their old texts
// fed.
func (w *txWriter) changedPlans(all []*plan) ([]bool, []*plan, revision, error) {
	var old revision
	ids := make([]string, len(all))
	for i, p := range all {
		ids[i] = p.article.ID
	}
	recs, err := w.run(queryArticlesState, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, old, fmt.Errorf("read articles: %w", err)
	}
	stored := map[string]articleState{}
	for _, rec := range recs {
		st := articleState{
			TextHash: str(rec, "textHash"), Meetings: pairs(rec, "meetings"), Officials: strs(rec, "officials"),
			Countries: strs(rec, "countries"), Issues: strs(rec, "issues"),
		}
		if st.lockedOnly() {
			// The node the lock created is the article's: counted as
			// mergeArticles counted its creation before (a node and
			// its id), so the save's counters are what they were.
			w.counts.NodesCreated++
			w.counts.PropertiesSet++
			continue
		}
		stored[str(rec, "id")] = st
	}
	changed := make([]bool, len(all))
	var plans []*plan
	for i, p := range all {
		st, ok := stored[p.article.ID]
		if ok && p.article.TextHash != "" && st.TextHash == p.article.TextHash {
			continue // same text: unchanged, nothing written
		}
		changed[i] = true
		plans = append(plans, p)
		if ok {
			old.detach = append(old.detach, p.article.ID)
			old.meetings = append(old.meetings, st.Meetings...)
			old.officials = append(old.officials, st.Officials...)
			old.countries = append(old.countries, st.Countries...)
			old.issues = append(old.issues, st.Issues...)
		}
	}
	return changed, plans, old, nil
}

// savePart saves articles with distinct ids; it says which changed.
func (w *txWriter) savePart(all []*plan) ([]bool, error) {
	changed, plans, old, err := w.changedPlans(all)
	if err != nil {
		return nil, err
	}
	if len(plans) == 0 {
		return changed, nil
	}
	// The meeting groups and names the save may change, locked before any
	// of them is read, in one call: their order is then the same in every
	// transaction.
	if err := w.lock(saveLocks(plans, old.meetings)); err != nil {
		return nil, err
	}
	for _, m := range old.meetings {
		w.markStale(m[0], m[1])
	}
	if len(old.detach) > 0 {
		if _, err := w.run(queryDetachArticleFacts, map[string]any{"ids": old.detach}); err != nil {
			return nil, fmt.Errorf("detach old facts: %w", err)
		}
		w.detached = distinct(old.officials, strings.TrimSpace)
	}

	// Countries, in code order, then officials: locked after the groups
	// and names, in the same order in every save.
	if err := w.mergeCountries(plans); err != nil {
		return nil, err
	}
	if err := w.mergeArticles(plans); err != nil {
		return nil, err
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
	if err := w.saveMeetings(plans, officials.ids); err != nil {
		return nil, err
	}
	if err := w.step("meetings"); err != nil {
		return nil, err
	}

	// Officials whose mentions were removed or moved are recomputed from
	// all of them; the others take the batch's new mentions in.
	recompute := distinct(append(old.officials, officials.absorbed...), strings.TrimSpace)
	for _, id := range recompute {
		delete(officials.added, id)
	}
	if err := w.refreshOfficials(recompute); err != nil {
		return nil, err
	}
	if err := w.foldOfficials(officials.added); err != nil {
		return nil, err
	}
	if err := w.saveAggregates(); err != nil {
		return nil, err
	}
	if err := w.deleteOrphans(old); err != nil {
		return nil, err
	}
	return changed, nil
}

// deleteOrphans deletes the countries and issues that the revised
// articles mentioned before and no article mentions now.
func (w *txWriter) deleteOrphans(old revision) error {
	if len(old.countries) > 0 {
		if _, err := w.run(queryDeleteOrphanCountries, map[string]any{"codes": distinct(old.countries, strings.TrimSpace)}); err != nil {
			return fmt.Errorf("delete countries no article mentions: %w", err)
		}
	}
	if len(old.issues) > 0 {
		if _, err := w.run(queryDeleteOrphanIssues, map[string]any{"ids": distinct(old.issues, strings.TrimSpace)}); err != nil {
			return fmt.Errorf("delete issues no article mentions: %w", err)
		}
	}
	return nil
}

func (w *txWriter) mergeArticles(plans []*plan) error {
	rows := make([]map[string]any, len(plans))
	for i, p := range plans {
		a := p.article
		rows[i] = map[string]any{
			"id": a.ID, "title": nullable(a.Title), "url": nullable(a.URL), "outlet": nullable(a.Outlet),
			"published": nullable(a.Published), "textHash": nullable(a.TextHash),
		}
	}
	if _, err := w.run(queryMergeArticles, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("merge articles: %w", err)
	}
	return nil
}

// saveLocks names the locks a save takes after its articles': the
// meeting groups of its reports and of the meetings its articles reported
// before, and the first and last words of its officials' names (a
// one-word name is resolved to, and absorbed into, a fuller name that
// begins or ends with it), and the person keys of its officials of states
// (the nodes of one person under several states are merged).
func saveLocks(plans []*plan, oldMeetings [][2]string) []string {
	var keys []string
	for _, m := range oldMeetings {
		keys = append(keys, storedMeetingGroup(m[0], m[1]).lockKey())
	}
	for _, p := range plans {
		for _, row := range p.meetings {
			keys = append(keys, meetingGroupKey{Class: kindClass(row.Kind) + ":", CountryKey: strings.Join(row.Countries, "-")}.lockKey())
		}
		for _, o := range p.officials {
			for _, word := range nameEnds(o.Tokens) {
				keys = append(keys, "name:"+o.Prefix+":"+word)
			}
		}
		for _, k := range personKeys([]*plan{p}) {
			keys = append(keys, "person:"+k)
		}
	}
	return distinct(keys, func(s string) string { return s })
}

// pairs reads a list of two-string lists of a record.
func pairs(rec *neo4j.Record, key string) [][2]string {
	v, _ := rec.Get(key)
	list, _ := v.([]any)
	out := make([][2]string, 0, len(list))
	for _, x := range list {
		pair, _ := x.([]any)
		if len(pair) == 2 {
			a, _ := pair[0].(string)
			b, _ := pair[1].(string)
			out = append(out, [2]string{a, b})
		}
	}
	return out
}

// strs reads a list-of-strings field of a record.
func strs(rec *neo4j.Record, key string) []string {
	v, _ := rec.Get(key)
	return listStrs(v)
}
