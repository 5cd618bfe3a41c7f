package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// realCorpus is the shared corpus of real articles, outside the module.
const realCorpus = "../../../shared/corpus/articles.jsonl"

// invariant is a question about the loaded graph whose answer must be
// empty: each row it returns is a violation, described by its columns.
type invariant struct {
	name, cypher string
}

// The general rules of identity, as an analyst would check them on the
// graph of real news. They name no person: they hold for every node.
var invariants = []invariant{
	{"two Official nodes of one person key (one person split by name forms or states)", `
MATCH (o:Official)
WHERE o.personKey IS NOT NULL
WITH o.personKey AS key, collect(o.id) AS ids
WHERE size(ids) > 1
RETURN key, ids`},
	{"a meeting whose reports' articles were published more than the horizon apart", `
MATCH (a:Article)-[:REPORTS]->(m:Meeting)<-[:REPORTS]-(b:Article)
WHERE a.published IS NOT NULL AND b.published IS NOT NULL
  AND date(b.published) > date(a.published) + duration({days: 366})
RETURN m.id AS meeting, a.id AS first, a.published AS firstPublished, b.id AS last, b.published AS lastPublished`},
	{"a meeting that holds a report of a cancelled engagement from an article more than the horizon from its date", `
MATCH (a:Article)-[r:REPORTS {status: 'cancelled'}]->(m:Meeting)
WHERE a.published IS NOT NULL AND m.date IS NOT NULL
  AND (date(a.published) > date(m.date) + duration({days: 366})
       OR date(m.date) > date(a.published) + duration({days: 366}))
RETURN m.id AS meeting, m.date AS date, a.id AS article, a.published AS published`},
	{"a meeting that joins a report naming only officials no other report of it names", `
MATCH (a:Article)-[r:REPORTS]->(m:Meeting)
WHERE size(r.participants) > 0
WITH m, a, r, COLLECT {
  MATCH (b:Article)-[s:REPORTS]->(m)
  WHERE b <> a
  UNWIND s.participants AS p
  RETURN p
} AS others
WHERE size(others) > 0 AND none(p IN r.participants WHERE p IN others)
RETURN m.id AS meeting, a.id AS article, r.participants AS named, others`},
	{"a held meeting dated after the publication of every article that reports it", `
MATCH (m:Meeting {status: 'held'})
WHERE m.date IS NOT NULL
  AND all(a IN COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a }
          WHERE a.published IS NOT NULL AND date(a.published) < date(m.date))
RETURN m.id AS meeting, m.date AS date`},
	{"a consort, heir or prince at the level of a head of state", `
MATCH (o:Official {level: 'head_of_state'})
WHERE toLower(o.title) =~ '.*\\b(consort|crown prince|crown princess|heir|prince|princess)\\b.*'
RETURN o.id AS official, o.title AS title`},
	{"a national security adviser below minister level", `
MATCH (o:Official)
WHERE toLower(o.title) =~ '.*national security advis[eo]r.*'
  AND NOT toLower(o.title) =~ '.*\\b(deputy|assistant)\\b.*'
  AND o.level <> 'minister'
RETURN o.id AS official, o.title AS title, o.level AS level`},
	{"an Issue without a label", `
MATCH (i:Issue)
WHERE i.label IS NULL OR trim(i.label) = ''
RETURN i.id AS issue`},
}

// TestRealCorpusInvariants loads the shared corpus of real articles with
// the project's examples and checks that the graph breaks none of the
// general rules of identity (invariants): no person split in two nodes, no
// meeting across years or across different people, no meeting held after
// every article that reports it, levels by the guidelines, every issue
// labelled. It is skipped when the corpus is not beside the module.
func TestRealCorpusInvariants(t *testing.T) {
	if _, err := os.Stat(realCorpus); err != nil {
		t.Skipf("the real corpus is not at %s (%v); this test needs the shared folder beside the worktree", realCorpus, err)
	}
	neo4jtest.Open(t)
	load(t, realCorpus, "../../examples/articles")
	ctx := context.Background()
	cfg, _ := neo4jtest.Config()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	for _, inv := range invariants {
		res, err := neo4j.ExecuteQuery(ctx, driver, inv.cypher, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithReadersRouting(), neo4j.ExecuteQueryWithDatabase(cmp.Or(cfg.Database, "neo4j")))
		if err != nil {
			t.Fatalf("%s: %v", inv.name, err)
		}
		for _, rec := range res.Records {
			t.Errorf("%s: %s", inv.name, recordText(rec))
		}
	}
}

// recordText writes a record as "key=value" pairs.
func recordText(rec *neo4j.Record) string {
	parts := make([]string, len(rec.Keys))
	for i, k := range rec.Keys {
		parts[i] = fmt.Sprintf("%s=%v", k, rec.Values[i])
	}
	return strings.Join(parts, " ")
}
