package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
)

// The API benchmark of docs/BENCHMARKS.md: five analyst queries, each
// driven by wrk (Debian's package) at 32 concurrent connections for a
// while, against a server on a graph loaded from generated articles. It
// runs only when ATTACHE_BENCH_NEO4J names that graph's server, because it
// takes minutes and reads a graph the other tests would wipe:
//
//	attache gen -n 10000 -o corpus.jsonl
//	NEO4J_URI=bolt://127.0.0.1:7698 attache load corpus.jsonl
//	ATTACHE_BENCH_NEO4J=bolt://127.0.0.1:7698 go test ./cmd/attache -run TestAPIBenchmark -v -timeout 30m
//
// ATTACHE_BENCH_DURATION (default 60s) and ATTACHE_BENCH_CONNECTIONS
// (default 32) change the load; ATTACHE_BENCH_CACHE_TTL sets the result
// cache's TTL (default that of `attache serve`, 0 turns it off, so every
// request reaches Neo4j); ATTACHE_BENCH_ONLY names the one query to run
// (e.g. officialsWhoMet, with -cpuprofile); ATTACHE_BENCH_NO_FAST_PATH=1
// sends every query through gqlgen's generated executor (graph/fastpath.go),
// to measure the fast path against it; ATTACHE_BENCH_URL aims at a running
// `attache serve` instead of an in-process server.
func TestAPIBenchmark(t *testing.T) {
	uri := os.Getenv("ATTACHE_BENCH_NEO4J")
	if uri == "" {
		t.Skip("set ATTACHE_BENCH_NEO4J to the Neo4j holding the benchmark graph")
	}
	wrk, err := exec.LookPath("wrk")
	if err != nil {
		t.Skip("the benchmark needs wrk (apt-get install wrk)")
	}
	duration := envOr("ATTACHE_BENCH_DURATION", "60s")
	connections := envOr("ATTACHE_BENCH_CONNECTIONS", "32")

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	cfg.URI = uri
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(context.Background())

	cacheTTL := defaultCacheTTL // as `attache serve` runs
	if v := os.Getenv("ATTACHE_BENCH_CACHE_TTL"); v != "" {
		if cacheTTL, err = time.ParseDuration(v); err != nil {
			t.Fatalf("ATTACHE_BENCH_CACHE_TTL: %v", err)
		}
	}
	url := os.Getenv("ATTACHE_BENCH_URL")
	api := &testAPI{URL: url}
	if url == "" {
		tuneGC(os.Getenv) // as `attache serve` runs
		srv := httptest.NewServer(newAPIHandler(apiOptions{
			Read: neo4jdb.NewReadStore(db, nil), Health: healthService{db: db}, Auth: authMutations,
			Limits: graph.DefaultLimits, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
			CacheTTL: cacheTTL, NoFastPath: os.Getenv("ATTACHE_BENCH_NO_FAST_PATH") == "1",
		}))
		defer srv.Close()
		api.URL = srv.URL
	}

	params := benchParameters(t, api)
	var stats struct {
		Stats struct {
			Nodes, Relationships []struct {
				Type  string
				Count int
			}
		}
	}
	api.mustData(t, `{ stats { nodes { type count } relationships { type count } } }`, nil, &stats)
	t.Logf("graph: %+v", stats.Stats)

	dir := t.TempDir()
	var table strings.Builder
	table.WriteString("| query | requests/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |\n")
	only := os.Getenv("ATTACHE_BENCH_ONLY") // one query, e.g. to profile it
	for _, q := range benchQueries(params) {
		if only != "" && q.name != only {
			continue
		}
		script := filepath.Join(dir, q.name+".lua")
		if err := os.WriteFile(script, []byte(wrkScript(q.bodies)), 0o644); err != nil {
			t.Fatal(err)
		}
		// Every body must answer without errors before it is measured.
		for _, b := range q.bodies {
			var req struct {
				Query     string         `json:"query"`
				Variables map[string]any `json:"variables"`
			}
			_ = json.Unmarshal([]byte(b), &req)
			api.mustData(t, req.Query, req.Variables, nil)
		}
		out, err := exec.Command(wrk, "-t"+strconv.Itoa(min(2, mustAtoi(connections))), "-c"+connections, "-d"+duration, "--timeout", "5s", "-s", script, api.URL+"/graphql").CombinedOutput()
		if err != nil {
			t.Fatalf("wrk: %v\n%s", err, out)
		}
		r := parseWrk(t, string(out))
		errorsTotal := r.GraphQLErrors + r.SocketErrors + r.Non2xx
		fmt.Fprintf(&table, "| %s | %.0f | %.1f | %.1f | %d |\n", q.name, float64(r.Requests)/(float64(r.DurationUS)/1e6),
			float64(r.P50US)/1000, float64(r.P99US)/1000, errorsTotal)
		if errorsTotal > 0 {
			t.Errorf("%s: %d errors (%d GraphQL, %d socket, %d non-2xx)", q.name, errorsTotal, r.GraphQLErrors, r.SocketErrors, r.Non2xx)
		}
	}
	t.Logf("%d connections, %s per query, result cache %v:\n%s", mustAtoi(connections), duration, cacheTTL, table.String())
}

type benchQuery struct {
	name   string
	bodies []string
}

type benchParams struct {
	countries []string    // states with meetings
	pairs     [][3]string // two states that met, and a year they met
	officials []string    // officials with counterparts
	words     []string    // search words
}

// benchParameters picks arguments that have answers, from the graph itself,
// so that every request does real work.
func benchParameters(t *testing.T, api *testAPI) benchParams {
	var data struct {
		Countries struct {
			Edges []struct {
				Node struct {
					Code     string
					Partners []struct {
						Country   struct{ Code string }
						FirstDate string
					}
					Leaders []struct{ ID, Name string }
				}
			}
		}
	}
	api.mustData(t, `{ countries(first: 100) { edges { node { code partners(first: 1) { country { code } firstDate } leaders { id name } } } } }`, nil, &data)
	var p benchParams
	for _, e := range data.Countries.Edges {
		n := e.Node
		if len(n.Partners) == 0 || len(n.Leaders) == 0 {
			continue
		}
		p.countries = append(p.countries, n.Code)
		if fd := n.Partners[0].FirstDate; len(fd) >= 4 {
			p.pairs = append(p.pairs, [3]string{n.Code, n.Partners[0].Country.Code, fd[:4]})
		}
		p.officials = append(p.officials, n.Leaders[0].ID)
		if f := strings.Fields(n.Leaders[0].Name); len(f) > 0 {
			p.words = append(p.words, f[len(f)-1])
		}
	}
	if len(p.countries) < 5 || len(p.pairs) < 5 {
		t.Fatalf("the graph has too few engagements for the benchmark: %+v", p)
	}
	return p
}

func benchQueries(p benchParams) []benchQuery {
	body := func(query string, vars map[string]any) string {
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		return string(b)
	}
	var qs [5]benchQuery
	qs[0].name, qs[1].name, qs[2].name, qs[3].name, qs[4].name =
		"officialsWhoMet", "meetings by two countries and a year", "country partners and timeline", "official counterparts", "search"
	for _, c := range p.countries {
		qs[0].bodies = append(qs[0].bodies, body(`query WhoMet($c: ID!) { officialsWhoMet(country: $c, first: 20) { edges { node { official { id name title country { name } } counterparts { name title } meetingCount firstDate lastDate meetings { id kind date reports { evidence article { id title url } } } } } } }`, map[string]any{"c": c}))
		qs[2].bodies = append(qs[2].bodies, body(`query Partners($c: ID!) { country(code: $c) { name partners(first: 20) { country { code name } meetingCount firstDate lastDate } timeline(granularity: YEAR) { period meetingCount } } }`, map[string]any{"c": c}))
	}
	for _, pr := range p.pairs {
		qs[1].bodies = append(qs[1].bodies, body(`query Meetings($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$a, $b], from: $y, to: $y}, first: 20) { totalCount edges { cursor node { id kind status date participants { name } countries { code } } } } }`, map[string]any{"a": pr[0], "b": pr[1], "y": pr[2]}))
	}
	for _, o := range p.officials {
		qs[3].bodies = append(qs[3].bodies, body(`query Counterparts($id: ID!) { official(id: $id) { name counterparts(first: 10) { official { id name title country { name } } meetingCount firstDate lastDate } } }`, map[string]any{"id": o}))
	}
	for _, w := range p.words {
		qs[4].bodies = append(qs[4].bodies, body(`query Search($q: String!) { search(text: $q, first: 10) { kind id label score } }`, map[string]any{"q": w}))
	}
	return qs[:]
}

// wrkScript sends the bodies in turn and counts responses that are not a
// clean GraphQL answer; done() prints one parsable line.
func wrkScript(bodies []string) string {
	var b strings.Builder
	b.WriteString("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nlocal bodies = {\n")
	for _, body := range bodies {
		fmt.Fprintf(&b, "  %q,\n", body)
	}
	b.WriteString(`}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = math.random(#bodies); gqlerrors = 0 end
function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then gqlerrors = gqlerrors + 1 end
end
function done(summary, latency, requests)
  local gql = 0
  for _, t in ipairs(threads) do gql = gql + t:get("gqlerrors") end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), gql, e.connect + e.read + e.write + e.timeout, e.status))
end
`)
	return b.String()
}

type wrkResult struct {
	Requests, DurationUS, P50US, P99US, GraphQLErrors, SocketErrors, Non2xx int64
}

func parseWrk(t *testing.T, out string) wrkResult {
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 8 && f[0] == "RESULT" {
			var n [7]int64
			for i := range n {
				v, err := strconv.ParseFloat(f[i+1], 64)
				if err != nil {
					t.Fatalf("wrk result %q: %v", sc.Text(), err)
				}
				n[i] = int64(v)
			}
			return wrkResult{n[0], n[1], n[2], n[3], n[4], n[5], n[6]}
		}
	}
	t.Fatalf("no result line in wrk's output:\n%s", out)
	return wrkResult{}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
