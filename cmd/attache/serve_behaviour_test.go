package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

func strp(s string) *string { return &s }

// engagement builds one article reporting one meeting between an official
// of country a and one of country b on date, independent of the extractor.
func engagement(id, date, a, b string) *attache.Extraction {
	d := attache.Date(date)
	sentence := fmt.Sprintf("The president of %s met the foreign minister of %s on %s.", a, b, date)
	ev := []attache.Evidence{{Sentence: sentence, Start: 0, End: len(sentence)}}
	nameA, nameB := "Leader "+a, "Minister "+b
	return &attache.Extraction{
		Article:   attache.ArticleInfo{ID: id, Title: "Talks " + id, Published: d, TextHash: "hash-" + id, Outlet: "Test Wire"},
		CleanText: sentence,
		Officials: []attache.OfficialFact{
			{Name: nameA, Title: "President", Level: attache.LevelHeadOfState, Country: strp(a), Evidence: ev},
			{Name: nameB, Title: "Minister of Foreign Affairs", Level: attache.LevelMinister, Country: strp(b), Evidence: ev},
		},
		Countries: []attache.CountryFact{{Code: a, Evidence: ev}, {Code: b, Evidence: ev}},
		Meetings: []attache.EngagementFact{{
			Kind: attache.KindMeeting, Status: attache.StatusHeld, Date: &d, DatePrecision: d.Precision(),
			Participants: []string{nameA, nameB}, Countries: []string{a, b}, Issues: []string{"trade-investment"}, Evidence: ev,
		}},
		Issues: []attache.IssueFact{{ID: "trade-investment", Evidence: ev}},
	}
}

type meetingPage struct {
	Meetings struct {
		PageInfo struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct{ Node struct{ ID, Date string } }
	}
}

// Keyset cursors: rows inserted between two pages neither repeat an item
// of the first page nor hide one that sorts after the cursor.
func TestPaginationWithInsertsBetweenPages(t *testing.T) {
	db := neo4jtest.Open(t)
	partners := []string{"FR", "DE", "IT", "ES", "BR", "AR", "CL"}
	for i, p := range partners {
		save(t, db, engagement(fmt.Sprintf("a%d", i), fmt.Sprintf("2010-0%d-10", i+1), "PE", p))
	}
	api := startAPI(t, db)
	const q = `query($after: String) { meetings(first: 3, after: $after, filter: {anyCountry: ["PE"]}) { pageInfo { hasNextPage endCursor } edges { node { id date } } } }`

	var p1 meetingPage
	api.mustData(t, q, nil, &p1)
	dates := func(p meetingPage) []string {
		var out []string
		for _, e := range p.Meetings.Edges {
			out = append(out, e.Node.Date)
		}
		return out
	}
	if got := strings.Join(dates(p1), ","); got != "2010-07-10,2010-06-10,2010-05-10" || !p1.Meetings.PageInfo.HasNextPage {
		t.Fatalf("page 1 = %s (next %v)", got, p1.Meetings.PageInfo.HasNextPage)
	}
	// A newer meeting (before the cursor) and one that sorts into the
	// unseen part of the list arrive between the two requests.
	save(t, db, engagement("new-newest", "2010-12-01", "PE", "MX"), engagement("new-middle", "2010-04-20", "PE", "CO"))

	var p2 meetingPage
	api.mustData(t, q, map[string]any{"after": p1.Meetings.PageInfo.EndCursor}, &p2)
	if got := strings.Join(dates(p2), ","); got != "2010-04-20,2010-04-10,2010-03-10" {
		t.Errorf("page 2 after inserts = %s, want 2010-04-20,2010-04-10,2010-03-10", got)
	}
	var p3 meetingPage
	api.mustData(t, q, map[string]any{"after": p2.Meetings.PageInfo.EndCursor}, &p3)
	if got := strings.Join(dates(p3), ","); got != "2010-02-10,2010-01-10" || p3.Meetings.PageInfo.HasNextPage {
		t.Errorf("page 3 = %s (next %v), want the last two and no next page", got, p3.Meetings.PageInfo.HasNextPage)
	}

	// The same holds for officials (by name) and articles (newest first).
	const oq = `query($after: String) { officials(first: 2, after: $after) { pageInfo { endCursor } edges { node { name } } } }`
	var o1 struct {
		Officials struct {
			PageInfo struct{ EndCursor string }
			Edges    []struct{ Node struct{ Name string } }
		}
	}
	api.mustData(t, oq, nil, &o1)
	save(t, db, engagement("new-aa", "2011-01-01", "AD", "AE")) // "Leader AD" sorts before the cursor
	var o2 struct {
		Officials struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	api.mustData(t, oq, map[string]any{"after": o1.Officials.PageInfo.EndCursor}, &o2)
	if o1.Officials.Edges[1].Node.Name >= o2.Officials.Edges[0].Node.Name {
		t.Errorf("officials page 2 starts at %q, not after %q", o2.Officials.Edges[0].Node.Name, o1.Officials.Edges[1].Node.Name)
	}
}

// countingQuery is meetings → participants → country → partners: four
// levels of lists under one another.
const countingQuery = `query($n: Int) {
  meetings(first: $n) {
    edges { node { id participants { name country { code partners(first: 5) { country { name } meetingCount } } } } }
  }
}`

// Round trips grow with the query's depth, not with the number of results.
func TestRoundTripsBoundedByDepth(t *testing.T) {
	db := neo4jtest.Open(t)
	partners := []string{"FR", "DE", "IT", "ES", "BR", "AR", "CL", "MX", "CO", "EC", "BO", "UY"}
	for i, p := range partners {
		save(t, db, engagement(fmt.Sprintf("r%d", i), fmt.Sprintf("2012-%02d-01", i+1), "PE", p))
	}
	api := startAPI(t, db)
	// The loaders batch what arrives within a 2 ms window, so a machine
	// starved of CPU (a -race build beside other work) can split one
	// level's batch in two. The design's bound is the fewest statements
	// over three tries of the same request.
	statements := func(query string, vars map[string]any) (int64, int) {
		fewest, rows := int64(-1), 0
		for range 3 {
			before := api.Statements.Load()
			resp := api.post(t, query, vars)
			if len(resp.Errors) > 0 {
				t.Fatalf("errors: %s", resp.Raw)
			}
			if n := api.Statements.Load() - before; fewest < 0 || n < fewest {
				fewest = n
			}
			rows = strings.Count(resp.Raw, `"meetingCount"`)
		}
		return fewest, rows
	}
	one, r1 := statements(countingQuery, map[string]any{"n": 1})
	twelve, r12 := statements(countingQuery, map[string]any{"n": 12})
	t.Logf("meetings→participants→country→partners: %d statements for 1 meeting (%d partner rows), %d for 12 meetings (%d partner rows)", one, r1, twelve, r12)
	if twelve != one {
		t.Errorf("12 meetings took %d statements, 1 meeting %d: round trips grow with results", twelve, one)
	}
	if twelve > 4 {
		t.Errorf("%d statements for a 4-level query, want at most 4 (one per level)", twelve)
	}
	shallow, _ := statements(`{ meetings(first: 12) { edges { node { id participants { name } } } } }`, nil)
	if shallow >= twelve {
		t.Errorf("a shallower query took %d statements, the deeper %d", shallow, twelve)
	}
	t.Logf("meetings→participants: %d statements for 12 meetings", shallow)

	// Nested connections: every official's meetings, with counts, in one
	// statement per level whatever the number of officials.
	const nested = `query($n: Int) { officials(first: $n) { edges { node { name meetings(first: 2) { totalCount pageInfo { hasNextPage } edges { node { date } } } } } } }`
	few, _ := statements(nested, map[string]any{"n": 1})
	var data struct {
		Officials struct {
			Edges []struct {
				Node struct {
					Name     string
					Meetings struct {
						TotalCount int
						PageInfo   struct{ HasNextPage bool }
						Edges      []struct{ Node struct{ Date string } }
					}
				}
			}
		}
	}
	many, _ := statements(nested, map[string]any{"n": 13})
	api.mustData(t, nested, map[string]any{"n": 13}, &data)
	t.Logf("officials→meetings(totalCount): %d statements for 1 official, %d for 13", few, many)
	if many != few || many > 3 {
		t.Errorf("nested meeting lists took %d statements for 13 officials and %d for 1, want the same and at most 3", many, few)
	}
	for _, e := range data.Officials.Edges {
		m := e.Node.Meetings
		if e.Node.Name == "Leader PE" {
			if m.TotalCount != 12 || !m.PageInfo.HasNextPage || len(m.Edges) != 2 || m.Edges[0].Node.Date != "2012-12-01" || m.Edges[1].Node.Date != "2012-11-01" {
				t.Errorf("Leader PE's meetings: %+v", m)
			}
		} else if m.TotalCount != 1 || len(m.Edges) != 1 || m.PageInfo.HasNextPage {
			t.Errorf("%s's meetings: %+v", e.Node.Name, m)
		}
	}
}

// injections are strings that would change a query built by concatenation.
var injections = []string{
	`'`, `"`, "`", `\`, `'}) MATCH (n) DETACH DELETE n //`, `"}) MATCH (n) DETACH DELETE n //`,
	"`}) MATCH (n) DETACH DELETE n //", `x' OR 1=1 --`, `$ids`, `*:*`, `) OR (`, `name:*`, "\x00", `}}}{{{`,
}

// Every string argument takes user values as parameters only: feeding
// injection-like strings through each leaves the graph as it was.
func TestInjectionThroughEveryStringArgument(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("i1", "2010-01-01", "PE", "US"), engagement("i2", "2011-02-02", "PE", "FR"))
	api := startAPI(t, db)
	stats := func() string {
		resp := api.post(t, `{ stats { nodes { type count } relationships { type count } } }`, nil)
		return string(resp.Data)
	}
	before := stats()
	queries := []string{
		`query($s: String!) { official(id: $s) { id } }`,
		`query($s: String!) { meeting(id: $s) { id } }`,
		`query($s: String!) { issue(id: $s) { id } }`,
		`query($s: String!) { article(id: $s) { id } }`,
		`query($s: ID!) { country(code: $s) { code } }`,
		`query($s: ID!) { officialsWhoMet(country: $s) { totalCount } }`,
		`query($s: String!) { search(text: $s) { id } }`,
		`query($s: ID!) { connection(from: $s, to: $s) { hops } }`,
		`query($s: ID!) { connection(from: "PE:leader pe", to: $s) { hops } }`,
		`query($s: String) { officials(filter: {search: $s}) { totalCount edges { node { id } } } }`,
		`query($s: ID) { officials(filter: {country: $s}) { totalCount } }`,
		`query($s: String) { articles(filter: {outlet: $s}) { totalCount edges { node { id } } } }`,
		`query($s: String) { articles(filter: {search: $s}) { totalCount } }`,
		`query($s: ID) { meetings(filter: {official: $s}) { totalCount edges { node { id } } } }`,
		`query($s: ID) { meetings(filter: {issue: $s}) { totalCount } }`,
		`query($s: ID!) { meetings(filter: {countries: [$s, "PE"]}) { totalCount } }`,
		`query($s: ID!) { meetings(filter: {anyCountry: [$s]}) { totalCount } }`,
		`query($s: ID) { meetings(filter: {hostCountry: $s}) { totalCount } }`,
		`query($s: String) { meetings(after: $s) { totalCount } }`,
		`query($s: String) { officials(after: $s) { totalCount } }`,
		`query($s: String) { countries(after: $s) { totalCount } }`,
		`query($s: String) { articles(after: $s) { totalCount } }`,
		`query($s: String) { officialsWhoMet(country: "PE", after: $s) { totalCount } }`,
		`query($s: String) { country(code: "PE") { meetings(after: $s) { totalCount } officials(after: $s) { totalCount } officialsWhoMet(after: $s) { totalCount } } }`,
		`query($s: Date) { meetings(filter: {from: $s, to: $s}) { totalCount } }`,
	}
	for _, q := range queries {
		for _, s := range injections {
			resp := api.post(t, q, map[string]any{"s": s})
			for _, e := range resp.Errors {
				if e.Code() == attache.EINTERNAL {
					t.Errorf("%s with %q: internal error %s", q, s, resp.Raw)
				}
				if strings.Contains(e.Message, "MATCH") && !strings.Contains(s, "MATCH") {
					t.Errorf("%s with %q: error shows Cypher: %s", q, s, e.Message)
				}
			}
		}
	}
	if after := stats(); after != before {
		t.Errorf("the graph changed:\nbefore %s\nafter  %s", before, after)
	}
}

// Errors carry extensions.code and no internals; limits give clear errors.
func TestErrorsAndLimits(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("e1", "2010-01-01", "PE", "US"))
	api := startAPI(t, db)
	for _, tt := range []struct{ name, query, code, message string }{
		{"unknown official", `{ official(id: "XX:nobody") { id } }`, attache.ENOTFOUND, "no official"},
		{"unknown country name", `{ country(code: "Atlantis") { code } }`, attache.ENOTFOUND, "Atlantis"},
		{"unknown country code", `{ country(code: "QQ") { code } }`, attache.ENOTFOUND, "QQ"},
		{"page too large", `{ meetings(first: 1000) { totalCount } }`, attache.EINVALID, "first must be between 1 and 100"},
		{"page of zero", `{ officials(first: 0) { totalCount } }`, attache.EINVALID, "first must be"},
		{"forged cursor", `{ meetings(after: "bm90IGEgY3Vyc29y") { totalCount } }`, attache.EINVALID, "cursor"},
		{"bad date", `{ meetings(filter: {from: "last year"}) { totalCount } }`, attache.EINVALID, "not a Date"},
		{"bad hops", `{ connection(from: "a", to: "b", maxHops: 50) { hops } }`, attache.EINVALID, "maxHops"},
		{"empty search", `{ search(text: "  ") { id } }`, attache.EINVALID, "letter or digit"},
		{"syntax", `{ meetings( }`, attache.EINVALID, ""},
		{"unknown field", `{ nonsense }`, attache.EINVALID, "nonsense"},
		{"too deep", `{ meetings { edges { node { participants { country { officials { edges { node { meetings { edges { node { countries { name } } } } } } } } } } } } }`, attache.EINVALID, "levels deep"},
		{"too complex", `{ meetings(first: 100) { edges { node { participants { meetings(first: 100) { edges { node { countries { partners(first: 100) { country { name } } } } } } } } } } }`, attache.EINVALID, "complexity"},
		{"mutations off", `mutation { ingestArticle(input: {text: "x"}) { articleId } }`, attache.EUNAUTHORIZED, "ATTACHE_API_TOKEN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, tt.query, nil)
			if len(resp.Errors) == 0 {
				t.Fatalf("no error: %s", resp.Raw)
			}
			e := resp.Errors[0]
			if e.Code() != tt.code || !strings.Contains(e.Message, tt.message) {
				t.Errorf("error %s %q, want %s with %q", e.Code(), e.Message, tt.code, tt.message)
			}
			if strings.Contains(resp.Raw, "goroutine") || strings.Contains(resp.Raw, "neo4j") || strings.Contains(resp.Raw, ".go:") {
				t.Errorf("response leaks internals: %s", resp.Raw)
			}
		})
	}

	t.Run("timeout bounds the request", func(t *testing.T) {
		// The dataloader gathers keys for longer than the request may take.
		slow := startAPI(t, db, func(o *apiOptions) { o.Limits.Timeout = time.Millisecond })
		resp := slow.post(t, `{ official(id: "PE:leader pe") { name meetings { totalCount } } }`, nil)
		if len(resp.Errors) == 0 || resp.Errors[0].Code() != attache.ETIMEOUT {
			t.Errorf("want TIMEOUT, got %s", resp.Raw)
		}
	})

	t.Run("Neo4j transaction timeout", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		rs := neo4jdb.NewReadStore(db, nil)
		time.Sleep(60 * time.Millisecond)
		_, err := rs.Stats(ctx)
		if attache.ErrorCode(err) != attache.ETIMEOUT {
			t.Errorf("an expired request gives %v, want TIMEOUT", err)
		}
	})
}

// Mutations need the token; --auth read closes reads too; CORS answers
// preflight requests for the configured origins only.
func TestAuthIngestAndCORS(t *testing.T) {
	db := neo4jtest.Open(t)
	const token = "s3cret-token"
	x := mustExtractor(t)
	api := startAPI(t, db, func(o *apiOptions) {
		o.Token, o.Ingest, o.CORS = token, ingester{x: x, store: db}, []string{"https://dash.example"}
	})
	const mutation = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { articleId changed article { id title } meetings { kind status date participants countries evidence } } }`
	input := map[string]any{"in": map[string]any{
		"id": "api-1", "title": "Toledo receives Rumsfeld", "outlet": "Test Wire", "published": "2005-08-19",
		"text": "LIMA, Peru, Aug. 18, 2005 — President Alejandro Toledo of Peru met U.S. Defense Secretary Donald Rumsfeld in Lima on Thursday to discuss counternarcotics cooperation.",
	}}

	resp := api.post(t, mutation, input)
	if len(resp.Errors) == 0 || resp.Errors[0].Code() != attache.EUNAUTHORIZED {
		t.Errorf("mutation without a token: %s", resp.Raw)
	}
	resp = api.post(t, mutation, input, "Authorization", "Bearer wrong")
	if resp.Status != http.StatusUnauthorized || resp.Errors[0].Code() != attache.EUNAUTHORIZED {
		t.Errorf("wrong token: %d %s", resp.Status, resp.Raw)
	}
	resp = api.post(t, mutation, input, "Authorization", "Bearer "+token)
	if len(resp.Errors) > 0 || !strings.Contains(resp.Raw, `"articleId":"api-1"`) || !strings.Contains(resp.Raw, `"changed":true`) {
		t.Fatalf("ingest: %s", resp.Raw)
	}
	if !strings.Contains(resp.Raw, "Toledo") {
		t.Errorf("ingest found no engagement with Toledo: %s", resp.Raw)
	}
	resp = api.post(t, mutation, input, "Authorization", "Bearer "+token)
	if !strings.Contains(resp.Raw, `"changed":false`) {
		t.Errorf("ingesting the same article again changed something: %s", resp.Raw)
	}
	// Reads stay open.
	if resp := api.post(t, `{ article(id: "api-1") { title } }`, nil); len(resp.Errors) > 0 {
		t.Errorf("read without token: %s", resp.Raw)
	}

	closed := startAPI(t, db, func(o *apiOptions) { o.Token, o.Auth = token, authRead })
	if resp := closed.post(t, `{ stats { nodes { type } } }`, nil); resp.Status != http.StatusUnauthorized || resp.Errors[0].Code() != attache.EUNAUTHORIZED {
		t.Errorf("--auth read without token: %d %s", resp.Status, resp.Raw)
	}
	if resp := closed.post(t, `{ stats { nodes { type } } }`, nil, "Authorization", "Bearer "+token); len(resp.Errors) > 0 {
		t.Errorf("--auth read with token: %s", resp.Raw)
	}

	for _, tt := range []struct {
		origin string
		allow  string
	}{{"https://dash.example", "https://dash.example"}, {"https://evil.example", ""}} {
		req, _ := http.NewRequest(http.MethodOptions, api.URL+"/graphql", nil)
		req.Header.Set("Origin", tt.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type, authorization")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get("Access-Control-Allow-Origin"); got != tt.allow {
			t.Errorf("preflight from %s: Allow-Origin %q, want %q", tt.origin, got, tt.allow)
		}
	}
}

// The result cache answers a repeated read from memory, never a mutation or
// an answer with errors.
func TestResultCache(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("c1", "2010-01-01", "PE", "US"))
	api := startAPI(t, db, func(o *apiOptions) { o.CacheTTL = time.Minute })
	const q = `query Partners($c: ID!) { country(code: $c) { name partners { country { code } meetingCount } } }`
	statements := func(query string, vars map[string]any) int64 {
		before := api.Statements.Load()
		api.post(t, query, vars)
		return api.Statements.Load() - before
	}
	if n := statements(q, map[string]any{"c": "PE"}); n == 0 {
		t.Fatal("the first query ran no statement")
	}
	if n := statements(q, map[string]any{"c": "PE"}); n != 0 {
		t.Errorf("a repeated query ran %d statements, want 0", n)
	}
	// Answers from memory count in the metrics like the others.
	res, err := http.Get(api.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if want := `attache_graphql_requests_total{operation="Partners",outcome="ok"} 2`; !strings.Contains(string(metrics), want) {
		t.Errorf("metrics lack %s:\n%s", want, metrics)
	}
	if n := statements(q, map[string]any{"c": "US"}); n == 0 {
		t.Error("other variables were answered from the cache")
	}
	// Concurrent misses of one key ask Neo4j once.
	const q2 = `query($c: ID!) { country(code: $c) { name issues { count } leaders { name } } }`
	before := api.Statements.Load()
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			api.post(t, q2, map[string]any{"c": "PE"})
		}()
	}
	wg.Wait()
	if n := api.Statements.Load() - before; n > 3 {
		t.Errorf("10 concurrent identical queries ran %d statements, want those of one (at most 3)", n)
	}

	const missing = `{ official(id: "nobody") { id } }`
	statements(missing, nil)
	if n := statements(missing, nil); n == 0 {
		t.Error("an answer with errors was cached")
	}
}

// An expired answer is served at once while a background request
// refreshes it; a mutation that succeeds empties the cache.
func TestResultCacheRefreshesAndForgets(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("c1", "2010-01-01", "PE", "US"))
	const token = "s3cret-token"
	const ttl = 2 * time.Second // long enough for a save on a slow machine
	api := startAPI(t, db, func(o *apiOptions) {
		o.CacheTTL, o.Token, o.Ingest = ttl, token, ingester{x: mustExtractor(t), store: db}
	})
	const q = `{ country(code: "PE") { partners { country { code } meetingCount } } }`
	count := func() string {
		resp := api.post(t, q, nil)
		if len(resp.Errors) > 0 {
			t.Fatalf("%s", resp.Raw)
		}
		return resp.Raw
	}
	if got := count(); !strings.Contains(got, `"meetingCount":1`) {
		t.Fatalf("first answer: %s", got)
	}

	// A second meeting, written behind the API's back, then the answer
	// expires: the next request still gets the old count, without
	// waiting, and a refresh follows.
	save(t, db, engagement("c2", "2011-01-01", "PE", "US"))
	time.Sleep(ttl + 100*time.Millisecond)
	before := api.Statements.Load()
	if got := count(); !strings.Contains(got, `"meetingCount":1`) {
		t.Errorf("an expired answer was not served while refreshing: %s", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for api.Statements.Load() == before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if api.Statements.Load() == before {
		t.Fatal("no background refresh of the expired answer")
	}
	var got string
	for time.Now().Before(deadline) {
		if got = count(); strings.Contains(got, `"meetingCount":2`) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(got, `"meetingCount":2`) {
		t.Errorf("the refreshed answer never came: %s", got)
	}

	// A mutation on this instance: the next read asks Neo4j.
	before = api.Statements.Load()
	count()
	if api.Statements.Load() != before {
		t.Fatal("a fresh answer was not served from the cache")
	}
	const mutation = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { articleId } }`
	resp := api.post(t, mutation, map[string]any{"in": map[string]any{"id": "api-2", "text": "President Alejandro Toledo of Peru met U.S. Defense Secretary Donald Rumsfeld in Lima on Thursday."}},
		"Authorization", "Bearer "+token)
	if len(resp.Errors) > 0 {
		t.Fatalf("ingest: %s", resp.Raw)
	}
	before = api.Statements.Load()
	count()
	if api.Statements.Load() == before {
		t.Error("a read after a mutation was answered from the cache")
	}
}
