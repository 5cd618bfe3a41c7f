package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The side-by-side benchmark of docs/BENCHMARKS.md (scripts/bench-api.sh,
// `make bench-api`): the five questions of TestAPIBenchmark asked of
// Attaché (in process, result cache off, every statement counted), of
// @neo4j/graphql (bench/neo4j-graphql, a Node server the script starts) and
// as the best hand-written Cypher through the Go driver, over one graph;
// the hand-written statement runs twice, through ExecuteQuery (a managed
// transaction: BEGIN, RUN and PULL, then COMMIT, two round trips) and as an
// auto-commit transaction (RUN and PULL, one round trip, as Attaché's reads).
// It first checks that Attaché and the library give the same answer for
// every argument set, then runs each question at each client count for
// ATTACHE_SBS_DURATION, the three targets interleaved round by round, and
// prints requests/s, their ratio, mean latency and (in the last columns)
// every target's p50 and p99 latency. It runs only when
// ATTACHE_SBS_NEO4J and ATTACHE_SBS_LIBRARY are set:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 ATTACHE_SBS_LIBRARY=http://127.0.0.1:4097/graphql \
//	  go test ./cmd/attache -run TestAPISideBySide -v -timeout 2h
//
// ATTACHE_SBS_CLIENTS (default "1 4 32"), ATTACHE_SBS_DURATION (default
// 10s per cell and round), ATTACHE_SBS_ROUNDS (default 3) and
// ATTACHE_SBS_ONLY (the questions whose name contains it) change the run;
// ATTACHE_SBS_LABEL=1 labels the server's CPU samples (see labelled) and
// each target's client side (labelledAsk).
func TestAPISideBySide(t *testing.T) {
	uri, libURL := os.Getenv("ATTACHE_SBS_NEO4J"), os.Getenv("ATTACHE_SBS_LIBRARY")
	if uri == "" || libURL == "" {
		t.Skip("set ATTACHE_SBS_NEO4J and ATTACHE_SBS_LIBRARY (scripts/bench-api.sh does)")
	}
	duration, err := time.ParseDuration(envOr("ATTACHE_SBS_DURATION", "10s"))
	if err != nil {
		t.Fatalf("ATTACHE_SBS_DURATION: %v", err)
	}
	rounds := mustAtoi(envOr("ATTACHE_SBS_ROUNDS", "3"))
	var clients []int
	for _, f := range strings.Fields(envOr("ATTACHE_SBS_CLIENTS", "1 4 32")) {
		clients = append(clients, mustAtoi(f))
	}

	ctx := context.Background()
	db, driver, database := openBenchGraph(t, ctx, uri)

	var statements atomic.Int64
	tuneGC(os.Getenv) // as `attache serve` runs
	srv := httptest.NewServer(labelled(newAPIHandler(apiOptions{
		Read:   neo4jdb.NewReadStore(db, func(string, time.Duration, error) { statements.Add(1) }),
		Health: healthService{db: db}, Auth: authMutations, Limits: graph.DefaultLimits,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), CacheTTL: 0,
	}), os.Getenv("ATTACHE_SBS_LABEL") != ""))
	defer srv.Close()
	api := &testAPI{URL: srv.URL}

	questions := sideBySideQuestions(benchParameters(t, api))
	if only := os.Getenv("ATTACHE_SBS_ONLY"); only != "" {
		// One question while working on it: the names containing only.
		questions = slices.DeleteFunc(questions, func(q sbsQuestion) bool { return !strings.Contains(q.name, only) })
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	var table strings.Builder
	table.WriteString("| question | argument sets | same answers | Attaché statements per request |\n| --- | ---: | ---: | ---: |\n")
	for _, q := range questions {
		before := statements.Load()
		same := checkSameAnswers(t, client, srv.URL+"/graphql", libURL, q)
		fmt.Fprintf(&table, "| %s | %d | %d | %.2f |\n", q.name, len(q.args), same,
			float64(statements.Load()-before)/float64(len(q.args)))
	}
	t.Logf("answers checked:\n%s", table.String())

	targets := []sbsTarget{
		{"attache", func(a sbsArgs) error { return postOK(client, srv.URL+"/graphql", a.attache) }},
		{"library", func(a sbsArgs) error { return postOK(client, libURL, a.library) }},
		{"cypher", func(a sbsArgs) error {
			_, err := neo4j.ExecuteQuery(ctx, driver, a.cypher, a.params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithReadersRouting(), neo4j.ExecuteQueryWithDatabase(database))
			return err
		}},
		// The same statement as an auto-commit transaction (one round
		// trip, no COMMIT), as Attaché's reads run since h-fast3.
		{"cypher auto-commit", autoCommitRead(ctx, driver, database)},
	}
	if os.Getenv("ATTACHE_SBS_LABEL") != "" {
		for i := range targets {
			targets[i].ask = labelledAsk(targets[i].name, targets[i].ask)
		}
	}
	table.Reset()
	table.WriteString("| question | clients | Attaché req/s | library req/s | Attaché / library | Cypher req/s | Attaché mean ms | library mean ms | Cypher mean ms | Attaché / Cypher mean | auto-commit Cypher mean ms | Attaché / auto-commit Cypher mean | errors |" +
		" Attaché p50 ms | Attaché p99 ms | library p50 ms | library p99 ms | Cypher p50 ms | Cypher p99 ms | auto-commit Cypher p50 ms | auto-commit Cypher p99 ms |\n")
	table.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" +
		" ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, q := range questions {
		for _, c := range clients {
			res := make([]sbsResult, len(targets))
			for r := 0; r < rounds; r++ {
				for i := range targets {
					k := (i + r) % len(targets) // each round starts with another target
					res[k].add(drive(targets[k].ask, q.args, c, duration))
				}
			}
			a, l, cy, ac := res[0], res[1], res[2], res[3]
			fmt.Fprintf(&table, "| %s | %d | %.0f | %.0f | %.2f | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f | %d |",
				q.name, c, a.rate(), l.rate(), a.rate()/l.rate(), cy.rate(), a.meanMS(), l.meanMS(), cy.meanMS(),
				a.meanMS()/cy.meanMS(), ac.meanMS(), a.meanMS()/ac.meanMS(), a.errors+l.errors+cy.errors+ac.errors)
			for _, r := range []sbsResult{a, l, cy, ac} {
				fmt.Fprintf(&table, " %.1f | %.1f |", r.percentileMS(0.50), r.percentileMS(0.99))
			}
			table.WriteString("\n")
			t.Logf("%s at %d clients done (Attaché: %d requests; library %d, Cypher %d, auto-commit Cypher %d)",
				q.name, c, a.requests, l.requests, cy.requests, ac.requests)
		}
	}
	t.Logf("%d round(s) of %s per cell, targets interleaved, result cache off:\n%s", rounds, duration, table.String())
}

// TestSideBySidePercentiles pins the nearest-rank percentiles the table's
// last columns print.
func TestSideBySidePercentiles(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		latencies []time.Duration
		q, want   float64
	}{
		{"none", nil, 0.99, 0},
		{"one", ms(7), 0.5, 7},
		{"p50 of four is the second", ms(4, 1, 3, 2), 0.5, 2},
		{"p99 of a hundred is the 99th", append(ms(make([]int, 98)...), ms(5, 9)...), 0.99, 5},
		{"p99 of ten is the largest", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.99, 10},
	} {
		if got := (sbsResult{latencies: tc.latencies}).percentileMS(tc.q); got != tc.want {
			t.Errorf("%s: p%.0f = %v, want %v", tc.name, tc.q*100, got, tc.want)
		}
	}
}

// labelled marks the server's work with the pprof label side=server when
// on, so that a CPU profile of the run (scripts/bench-api.sh with
// CPUPROFILE) tells the server's Go CPU from the client's, the library
// target's and the hand-written statements' in the same process:
// `go tool pprof -tags` gives it, and the "done" lines the requests.
func labelled(h http.Handler, on bool) http.Handler {
	if !on {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pprof.Do(r.Context(), pprof.Labels("side", "server"), func(ctx context.Context) { h.ServeHTTP(w, r.WithContext(ctx)) })
	})
}

// labelledAsk marks a target's client-side work with the pprof label
// target=name (the driver's reader goroutines inherit it), so that the
// hand-written statement's Go CPU per request can be set beside the
// server's and the HTTP client's in one profile.
func labelledAsk(name string, ask func(sbsArgs) error) func(sbsArgs) error {
	return func(a sbsArgs) (err error) {
		pprof.Do(context.Background(), pprof.Labels("target", name), func(context.Context) { err = ask(a) })
		return err
	}
}

// sbsArgs is one argument set of a question: the request to Attaché, the
// request to the library, and the hand-written statement.
type sbsArgs struct {
	attache, library []byte
	cypher           string
	params           map[string]any
}

type sbsQuestion struct {
	name string
	args []sbsArgs
	// attacheAnswer and libraryAnswer take the data of a response to the
	// shape both share.
	attacheAnswer, libraryAnswer func(data map[string]any) any
}

type sbsTarget struct {
	name string
	ask  func(sbsArgs) error
}

type sbsResult struct {
	requests, errors int
	busy             time.Duration // summed latency of the requests
	wall             time.Duration
	// latencies are every request's, for the percentiles: a mean hides
	// the tail the p99 target is about.
	latencies []time.Duration
}

func (r *sbsResult) add(o sbsResult) {
	r.requests += o.requests
	r.errors += o.errors
	r.busy += o.busy
	r.wall += o.wall
	r.latencies = append(r.latencies, o.latencies...)
}

// percentileMS is the q-quantile (0 < q ≤ 1) of the latencies in ms, by
// the nearest-rank method: the smallest latency that at least q of the
// requests did not exceed.
func (r sbsResult) percentileMS(q float64) float64 {
	if len(r.latencies) == 0 {
		return 0
	}
	sorted := slices.Clone(r.latencies)
	slices.Sort(sorted)
	rank := int(math.Ceil(q*float64(len(sorted)))) - 1
	return float64(sorted[min(max(rank, 0), len(sorted)-1)].Microseconds()) / 1000
}

func (r sbsResult) rate() float64 { return float64(r.requests) / r.wall.Seconds() }

func (r sbsResult) meanMS() float64 {
	return float64(r.busy.Microseconds()) / 1000 / float64(max(1, r.requests))
}

// drive asks with n clients for d, each cycling through the argument sets.
func drive(ask func(sbsArgs) error, args []sbsArgs, n int, d time.Duration) sbsResult {
	var mu sync.Mutex
	var total sbsResult
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(d)
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var own sbsResult
			for i := c; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				if err := ask(args[i%len(args)]); err != nil {
					own.errors++
				}
				took := time.Since(t0)
				own.busy += took
				own.latencies = append(own.latencies, took)
				own.requests++
			}
			mu.Lock()
			total.add(own)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	total.wall = time.Since(start)
	return total
}

// postOK posts a GraphQL body and fails on a transport error, a status
// other than 200, a body that is not valid JSON or a response with errors.
// It is the timed request of every GraphQL server, so it reads and
// validates every byte of the answer but builds no Go map of it: the
// Cypher side's timing ends with the driver's records, and a map of a
// 50 KB answer costs the Go client about a millisecond that neither server
// spends (checkSameAnswers compares the decoded answers, untimed).
func postOK(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 || len(out.Data) == 0 {
		return fmt.Errorf("status %d, %v: %.300s", resp.StatusCode, err, raw)
	}
	return nil
}

func postData(client *http.Client, url string, body []byte) (map[string]any, error) {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var out struct {
		Data   map[string]any  `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return nil, fmt.Errorf("status %d, %v: %.300s", resp.StatusCode, err, raw)
	}
	return out.Data, nil
}

// checkSameAnswers asks both servers every argument set and returns how
// many gave the same answer, reporting the first difference.
func checkSameAnswers(t *testing.T, client *http.Client, attacheURL, libURL string, q sbsQuestion) int {
	t.Helper()
	same := 0
	for _, a := range q.args {
		ad, err := postData(client, attacheURL, a.attache)
		if err != nil {
			t.Fatalf("%s: Attaché: %v", q.name, err)
		}
		ld, err := postData(client, libURL, a.library)
		if err != nil {
			t.Fatalf("%s: library: %v", q.name, err)
		}
		got, want := canonical(q.attacheAnswer(ad), 0), canonical(q.libraryAnswer(ld), 0)
		if reflect.DeepEqual(got, want) {
			same++
			continue
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("%s: answers differ for %s\nAttaché: %.2000s\nlibrary: %.2000s", q.name, a.attache, gj, wj)
	}
	return same
}

// canonical makes two answers comparable: enum values in lower case (the
// library returns the stored text), lists below the top level in a fixed
// order (their order is unspecified in the schema, e.g. a meeting's
// participants), the top-level list in its answered order.
func canonical(v any, depth int) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			if s, ok := e.(string); ok && (k == "kind" || k == "status") {
				e = strings.ToLower(s)
			}
			out[k] = canonical(e, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = canonical(e, depth+1)
		}
		if depth > 1 {
			slices.SortFunc(out, func(a, b any) int {
				aj, _ := json.Marshal(a)
				bj, _ := json.Marshal(b)
				return bytes.Compare(aj, bj)
			})
		}
		return out
	}
	return v
}

func field(v any, path ...string) any {
	for _, p := range path {
		m, _ := v.(map[string]any)
		v = m[p]
	}
	return v
}

// nodes turns a connection's edges into the list of their nodes.
func nodes(edges any) []any {
	list, _ := edges.([]any)
	out := make([]any, 0, len(list))
	for _, e := range list {
		out = append(out, field(e, "node"))
	}
	return out
}

func gqlBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// The library's statements of typedefs.graphql and the best hand-written
// Cypher: only the fields asked for, nested lists as pattern or COLLECT
// subqueries, one statement per question. Partners, timeline and
// counterparts read the precomputed aggregates Attaché keeps in the graph
// (neo4jdb/aggregates.go), as Attaché does; the library's @cypher fields
// walk the meetings, as a user of the library has no such edges unless
// they write and maintain them. officialsWhoMet keeps the state's side to
// its leaders (heads of state and government, ministers), as Attaché's
// default leadersOnly does: on 3,000 articles no other official made the
// first 20, on 10,000 deputy ministers did and 39 of 44 answers differed.
const (
	sbsWhoMetCypher = `
MATCH (c:Country {code: $country})
WITH c, [(c)<-[:REPRESENTS]-(x:Official) | x] AS own
MATCH (c)<-[r:REPRESENTS]-(l:Official)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(f:Official)
WHERE coalesce(r.level, l.level) IN ['head_of_state', 'head_of_government', 'minister']
  AND NOT f IN own
WITH f, l, m
ORDER BY coalesce(m.date, '') DESC, m.id
WITH f, collect(DISTINCT l) AS ls, collect(DISTINCT m) AS ms, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
ORDER BY n DESC, coalesce(f.name, ''), f.id
LIMIT $first
RETURN {
  official: {id: f.id, name: f.name, title: f.title, country: head([(f)-[:REPRESENTS]->(rc) | {name: rc.name}])},
  counterparts: [x IN ls | {name: x.name, title: x.title}],
  meetingCount: n, firstDate: firstDate, lastDate: lastDate,
  meetings: [x IN ms | {id: x.id, kind: x.kind, date: x.date,
    reports: COLLECT { MATCH (x)<-[r:REPORTS]-(a) WITH r, a ORDER BY a.published DESC, a.id
                       RETURN {evidence: r.evidence, article: {id: a.id, title: a.title, url: a.url}} }}]
} AS item`
	sbsMeetingsCypher = `
MATCH (:Country {code: $a})<-[:INVOLVED]-(m:Meeting)
WHERE m.date >= $from AND m.date <= $to
  AND EXISTS { (m)-[:INVOLVED]->(:Country {code: $b}) }
WITH m ORDER BY m.date DESC, m.id DESC
WITH collect(m) AS ms
RETURN size(ms) AS totalCount,
       [m IN ms[0..20] | {id: m.id, kind: m.kind, status: m.status, date: m.date,
        participants: [(m)<-[:ATTENDED]-(o) | {name: o.name}],
        countries: [(m)-[:INVOLVED]->(c) | {code: c.code}]}] AS edges`
	sbsPartnersCypher = `
MATCH (c:Country {code: $country})
RETURN c.name AS name,
  COLLECT { MATCH (c)-[e:ENGAGED]-(p)
            WITH p, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
            ORDER BY n DESC, p.name, p.code LIMIT 20
            RETURN {country: {code: p.code, name: p.name}, meetingCount: n, firstDate: firstDate, lastDate: lastDate} } AS partners,
  COLLECT { MATCH (c)-[e:ACTIVE]->(c) WHERE e.period IS NOT NULL
            WITH substring(e.period, 0, 4) AS period, sum(e.meetings) AS n ORDER BY period
            RETURN {period: period, meetingCount: n} } AS timeline`
	sbsCounterpartsCypher = `
MATCH (me:Official {id: $official})
WITH me, [(me)-[:REPRESENTS]->()<-[:REPRESENTS]-(x) | x] AS compatriots
RETURN me.name AS name, COLLECT {
  MATCH (me)-[e:MET]-(o)
  WHERE NOT o IN compatriots
  WITH o, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
  ORDER BY n DESC, o.name, o.id LIMIT 10
  RETURN {official: {id: o.id, name: o.name, title: o.title, country: head([(o)-[:REPRESENTS]->(rc) | {name: rc.name}])},
          meetingCount: n, firstDate: firstDate, lastDate: lastDate} } AS counterparts`
	sbsSearchCypher = `
CALL db.index.fulltext.queryNodes('attache_search', $lucene, {limit: 10})
YIELD node, score
RETURN CASE WHEN node:Official THEN 'official' WHEN node:Country THEN 'country' WHEN node:Issue THEN 'issue' ELSE 'article' END AS kind,
       coalesce(node.id, node.code) AS id, coalesce(node.name, node.label, node.title, node.id, node.code) AS label, score
ORDER BY score DESC, id`
)

// sideBySideQuestions builds the five questions of TestAPIBenchmark for the
// three targets, with the arguments benchParameters found.
func sideBySideQuestions(p benchParams) []sbsQuestion {
	whoMet := sbsQuestion{name: "officialsWhoMet",
		attacheAnswer: func(d map[string]any) any { return nodes(field(d, "officialsWhoMet", "edges")) },
		libraryAnswer: func(d map[string]any) any { return field(d, "officialsWhoMet") }}
	meetings := sbsQuestion{name: "meetings by two states and a year",
		attacheAnswer: func(d map[string]any) any {
			return map[string]any{"total": field(d, "meetings", "totalCount"), "nodes": nodes(field(d, "meetings", "edges"))}
		},
		libraryAnswer: func(d map[string]any) any {
			return map[string]any{"total": field(d, "meetingsConnection", "totalCount"), "nodes": nodes(field(d, "meetingsConnection", "edges"))}
		}}
	partners := sbsQuestion{name: "country partners and timeline",
		attacheAnswer: func(d map[string]any) any { return field(d, "country") },
		libraryAnswer: func(d map[string]any) any {
			cs, _ := field(d, "countries").([]any)
			if len(cs) != 1 {
				return nil
			}
			return map[string]any{"name": field(cs[0], "name"), "partners": field(d, "partners"), "timeline": field(d, "timeline")}
		}}
	counterparts := sbsQuestion{name: "official counterparts",
		attacheAnswer: func(d map[string]any) any { return field(d, "official") },
		libraryAnswer: func(d map[string]any) any {
			os, _ := field(d, "officials").([]any)
			if len(os) != 1 {
				return nil
			}
			return map[string]any{"name": field(os[0], "name"), "counterparts": field(d, "counterparts")}
		}}
	search := sbsQuestion{name: "search",
		attacheAnswer: func(d map[string]any) any { return field(d, "search") },
		libraryAnswer: func(d map[string]any) any { return field(d, "search") }}

	const (
		libWhoMet       = `query WhoMet($c: ID!) { officialsWhoMet(country: $c, first: 20) { official { id name title country { name } } counterparts { name title } meetingCount firstDate lastDate meetings { id kind date reports { evidence article { id title url } } } } }`
		libMeetings     = `query Meetings($a: ID!, $b: ID!, $from: String!, $to: String!) { meetingsConnection(first: 20, where: {AND: [{countries: {some: {code: {eq: $a}}}}, {countries: {some: {code: {eq: $b}}}}, {date: {gte: $from}}, {date: {lte: $to}}]}, sort: [{date: DESC}, {id: DESC}]) { totalCount edges { node { id kind status date participants { name } countries { code } } } } }`
		libPartners     = `query Partners($c: ID!) { countries(where: {code: {eq: $c}}) { name } partners(country: $c, first: 20) { country { code name } meetingCount firstDate lastDate } timeline(country: $c) { period meetingCount } }`
		libCounterparts = `query Counterparts($id: ID!) { officials(where: {id: {eq: $id}}) { name } counterparts(official: $id, first: 10) { official { id name title country { name } } meetingCount firstDate lastDate } }`
		libSearch       = `query Search($q: String!) { search(lucene: $q, first: 10) { kind id label score } }`
	)
	attache := benchQueries(p) // the bodies of TestAPIBenchmark, in the same order
	for i, c := range p.countries {
		whoMet.args = append(whoMet.args, sbsArgs{attache: []byte(attache[0].bodies[i]),
			library: gqlBody(libWhoMet, map[string]any{"c": c}), cypher: sbsWhoMetCypher, params: map[string]any{"country": c, "first": 20}})
		partners.args = append(partners.args, sbsArgs{attache: []byte(attache[2].bodies[i]),
			library: gqlBody(libPartners, map[string]any{"c": c}), cypher: sbsPartnersCypher, params: map[string]any{"country": c}})
	}
	for i, pr := range p.pairs {
		meetings.args = append(meetings.args, sbsArgs{attache: []byte(attache[1].bodies[i]),
			library: gqlBody(libMeetings, map[string]any{"a": pr[0], "b": pr[1], "from": pr[2], "to": pr[2] + "~"}),
			cypher:  sbsMeetingsCypher, params: map[string]any{"a": pr[0], "b": pr[1], "from": pr[2], "to": pr[2] + "~"}})
	}
	for i, o := range p.officials {
		counterparts.args = append(counterparts.args, sbsArgs{attache: []byte(attache[3].bodies[i]),
			library: gqlBody(libCounterparts, map[string]any{"id": o}), cypher: sbsCounterpartsCypher, params: map[string]any{"official": o}})
	}
	for i, w := range p.words {
		w = strings.ToLower(w) // the Lucene query Attaché builds for one word
		lucene := "+(" + w + " OR " + w + "*)"
		search.args = append(search.args, sbsArgs{attache: []byte(attache[4].bodies[i]),
			library: gqlBody(libSearch, map[string]any{"q": lucene}), cypher: sbsSearchCypher, params: map[string]any{"lucene": lucene}})
	}
	return []sbsQuestion{whoMet, meetings, partners, counterparts, search}
}

// openBenchGraph opens the store and a bare driver (for the hand-written
// Cypher) on the benchmark graph at uri, both closed when the test ends,
// and names the database the hand-written statements read.
func openBenchGraph(t *testing.T, ctx context.Context, uri string) (*neo4jdb.DB, neo4j.DriverWithContext, string) {
	t.Helper()
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	cfg.URI = uri
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { driver.Close(context.Background()) })
	return db, driver, cmp.Or(cfg.Database, "neo4j")
}

// autoCommitRead runs a question's hand-written statement as an auto-commit
// read (one round trip, no COMMIT), as Attaché's reads run since h-fast3,
// and reads every record.
func autoCommitRead(ctx context.Context, driver neo4j.DriverWithContext, database string) func(sbsArgs) error {
	return func(a sbsArgs) error {
		session := driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead,
			DatabaseName: database, FetchSize: neo4j.FetchAll})
		defer session.Close(ctx)
		res, err := session.Run(ctx, a.cypher, a.params)
		if err == nil {
			_, err = res.Collect(ctx)
		}
		return err
	}
}
