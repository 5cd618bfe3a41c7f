package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
)

// TestStatementExcess runs each question's hand-written statement, and
// Attaché's own for the same arguments, in variants that differ from the
// plain auto-commit read through a bare driver by one thing the server
// does differently (docs/BENCHMARKS.md, "The statement excess"), the
// variants in a random order for every argument set, and prints the mean
// and median per variant:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 go test ./cmd/attache -run TestStatementExcess -v
//
// ATTACHE_STAGES_N (default 1000) statements per question and variant;
// ATTACHE_EXCESS_VARIANTS (a comma-separated list of numbers from 0, the
// plain read) picks variants. Each cell is the statement's mean / median
// wall time (process CPU time of the whole variant: for those through
// HTTP, the request's too) in ms.
func TestStatementExcess(t *testing.T) {
	uri := os.Getenv("ATTACHE_SBS_NEO4J")
	if uri == "" {
		t.Skip("set ATTACHE_SBS_NEO4J to the Neo4j holding the benchmark graph")
	}
	n := mustAtoi(envOr("ATTACHE_STAGES_N", "1000"))
	ctx := context.Background()
	db, driver, database := openBenchGraph(t, ctx, uri)
	clock := &stageClock{}
	tuneGC(os.Getenv) // as `attache serve` runs
	plain := neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: database, FetchSize: neo4j.FetchAll}
	read := func(rctx context.Context, cfg neo4j.SessionConfig, txTimeout bool, a sbsArgs) error {
		session := driver.NewSession(rctx, cfg)
		defer session.Close(context.WithoutCancel(rctx))
		var conf []func(*neo4j.TransactionConfig)
		if txTimeout {
			conf = append(conf, neo4j.WithTxTimeout(10*time.Second))
		}
		res, err := session.Run(rctx, a.cypher, a.params, conf...)
		if err == nil {
			_, err = res.Collect(rctx)
		}
		return err
	}
	// /cypher runs the hand-written statement of the argument set the
	// test has put in handWritten on the handler's goroutine, behind the
	// API's request deadline, and reports its time in handWrittenTook.
	var handWritten sbsArgs
	var handWrittenTook time.Duration
	var handWrittenErr error
	cypherHandler := func(detach bool) http.Handler {
		return graph.WithTimeout(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rctx := r.Context()
			if detach {
				rctx = context.Background()
			}
			t0 := time.Now()
			handWrittenErr = read(rctx, plain, false, handWritten)
			handWrittenTook = time.Since(t0)
		}), graph.DefaultLimits.Timeout)
	}
	mux := http.NewServeMux()
	type captured struct {
		cypher string
		params map[string]any
	}
	var last captured
	store := neo4jdb.NewReadStore(db, clock.statement)
	store.TraceStatements(func(c string, p map[string]any) { last = captured{c, p} })
	mux.Handle("/graphql", newAPIHandler(apiOptions{
		Read: store, Health: healthService{db: db}, Auth: authMutations, Limits: graph.DefaultLimits,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	mux.Handle("/cypher", cypherHandler(false))
	mux.Handle("/cypher-detached", cypherHandler(true))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	questions := sideBySideQuestions(benchParameters(t, &testAPI{URL: srv.URL}))
	if only := os.Getenv("ATTACHE_SBS_ONLY"); only != "" {
		questions = slices.DeleteFunc(questions, func(q sbsQuestion) bool { return !strings.Contains(q.name, only) })
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	type variant struct {
		name string
		// run returns the statement's time alone.
		run func(a sbsArgs) (time.Duration, error)
	}
	onTest := func(cfg neo4j.SessionConfig, withDeadline, txTimeout bool) func(a sbsArgs) (time.Duration, error) {
		return func(a sbsArgs) (time.Duration, error) {
			rctx := ctx
			if withDeadline {
				var cancel context.CancelFunc
				rctx, cancel = context.WithTimeout(ctx, 10*time.Second)
				defer cancel()
			}
			t0 := time.Now()
			err := read(rctx, cfg, txTimeout, a)
			return time.Since(t0), err
		}
	}
	inHandler := func(path string) func(a sbsArgs) (time.Duration, error) {
		return func(a sbsArgs) (time.Duration, error) {
			handWritten = a
			resp, err := client.Post(srv.URL+path, "text/plain", nil)
			if err != nil {
				return 0, err
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			return handWrittenTook, handWrittenErr
		}
	}
	attacheStatement := func(a sbsArgs) (time.Duration, error) {
		st, _, _, err := clock.ask(client, srv.URL+"/graphql", a.attache)
		return st.statement, err
	}
	statements := map[string]captured{}
	for _, q := range questions {
		for _, a := range q.args {
			if _, err := attacheStatement(a); err != nil {
				t.Fatal(err)
			}
			statements[string(a.attache)] = last
			if os.Getenv("ATTACHE_EXCESS_DUMP") != "" {
				t.Logf("Attaché's statement for %s: %s\nparams %#v\nhand-written params %#v", a.attache, last.cypher, last.params, a.params)
			}
		}
	}
	asAttache := func(a sbsArgs) sbsArgs {
		c := statements[string(a.attache)]
		return sbsArgs{cypher: c.cypher, params: c.params}
	}
	// narrowed reads only the fields of a participant's state and of a
	// meeting's states that the questions ask.
	narrowed := func(a sbsArgs) sbsArgs {
		c := asAttache(a)
		c.cypher = strings.NewReplacer("[rc.code, rc.name]", "{name: rc.name}", "{code: ic.code, name: ic.name}", "{code: ic.code}").Replace(c.cypher)
		return c
	}
	attacheOnTest := func(a sbsArgs) (time.Duration, error) { return onTest(plain, false, false)(asAttache(a)) }
	attacheInHandler := func(a sbsArgs) (time.Duration, error) { return inHandler("/cypher")(asAttache(a)) }
	withBM := plain
	withBM.BookmarkManager = driver.ExecuteQueryBookmarkManager()
	noDB := plain
	noDB.DatabaseName = ""
	variants := []variant{
		{"plain (the hand-written target)", onTest(plain, false, false)},
		{"context with a deadline", onTest(plain, true, false)},
		{"bookmark manager", onTest(withBM, false, false)},
		{"database name left to the server", onTest(noDB, false, false)},
		{"transaction timeout", onTest(plain, false, true)},
		{"in a handler, request context", inHandler("/cypher")},
		{"in a handler, background context", inHandler("/cypher-detached")},
		{"Attaché's statement in the server", attacheStatement},
		{"Attaché's statement, plain read", attacheOnTest},
		{"Attaché's statement, plain read in a handler", attacheInHandler},
		{"Attaché's statement, states' fields narrowed, plain read", func(a sbsArgs) (time.Duration, error) { return onTest(plain, false, false)(narrowed(a)) }},
	}
	if pick := os.Getenv("ATTACHE_EXCESS_VARIANTS"); pick != "" {
		var chosen []variant
		for _, f := range strings.Split(pick, ",") {
			chosen = append(chosen, variants[mustAtoi(f)])
		}
		variants = chosen
	}
	var table strings.Builder
	table.WriteString("| question |")
	for _, v := range variants {
		table.WriteString(" " + v.name + " |")
	}
	table.WriteString("\n| --- |" + strings.Repeat(" ---: |", len(variants)) + "\n")
	for _, q := range questions {
		sums := make([]time.Duration, len(variants))
		cpu := make([]time.Duration, len(variants))
		all := make([][]time.Duration, len(variants))
		for i := range n {
			a := q.args[i%len(q.args)]
			// A random order each time: a variant that always followed
			// the same one would inherit its garbage to collect and its
			// warm caches.
			for _, j := range rand.Perm(len(variants)) {
				c0 := processCPU()
				took, err := variants[j].run(a)
				if err != nil {
					t.Fatalf("%s, %s: %v", q.name, variants[j].name, err)
				}
				sums[j] += took
				all[j] = append(all[j], took)
				cpu[j] += processCPU() - c0
			}
		}
		fmt.Fprintf(&table, "| %s |", q.name)
		for j, s := range sums {
			slices.Sort(all[j])
			fmt.Fprintf(&table, " %.3f / %.3f (%.3f) |", float64(s.Microseconds())/1000/float64(n),
				float64(all[j][len(all[j])/2].Microseconds())/1000, float64(cpu[j].Microseconds())/1000/float64(n))
		}
		table.WriteString("\n")
	}
	t.Logf("%d statements per question and variant, alternated, mean ms (process CPU ms):\n%s", n, table.String())
}

// processCPU is the CPU time the test process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
