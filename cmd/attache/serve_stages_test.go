package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
)

// TestAPIStages finds where the wall time of one request goes at one
// client, for the five questions of the side-by-side benchmark, next to the
// best hand-written Cypher (auto-commit, one round trip) for the same
// arguments, the two alternated request by request. Each Attaché request
// is stamped at the client (sent, body read, body validated), at the
// handler's entry and return, when the statement starts and ends (the read
// store's observer) and when the answer's first byte is written:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 go test ./cmd/attache -run TestAPIStages -v
//
// ATTACHE_STAGES_N (default 1000) requests per question and target;
// ATTACHE_SBS_ONLY as in TestAPISideBySide. docs/BENCHMARKS.md records it.
func TestAPIStages(t *testing.T) {
	uri := os.Getenv("ATTACHE_SBS_NEO4J")
	if uri == "" {
		t.Skip("set ATTACHE_SBS_NEO4J to the Neo4j holding the benchmark graph")
	}
	n := mustAtoi(envOr("ATTACHE_STAGES_N", "1000"))
	ctx := context.Background()
	db, driver, database := openBenchGraph(t, ctx, uri)

	clock := &stageClock{}
	tuneGC(os.Getenv) // as `attache serve` runs
	handler := newAPIHandler(apiOptions{
		Read:   neo4jdb.NewReadStore(db, clock.statement),
		Health: healthService{db: db}, Auth: authMutations, Limits: graph.DefaultLimits,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), CacheTTL: 0,
	})
	srv := httptest.NewServer(clock.wrap(handler))
	defer srv.Close()
	questions := sideBySideQuestions(benchParameters(t, &testAPI{URL: srv.URL}))
	if only := os.Getenv("ATTACHE_SBS_ONLY"); only != "" {
		questions = slices.DeleteFunc(questions, func(q sbsQuestion) bool { return !strings.Contains(q.name, only) })
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	autoCommit := autoCommitRead(ctx, driver, database)

	var table strings.Builder
	table.WriteString("| question | client → handler | handler → statement | statement | statement → answer written | answer written → handler returns | handler returns → body read | body validated | Attaché total | hand-written auto-commit | Attaché / hand-written | medians: Attaché / hand-written | answer bytes | new connections |\n")
	table.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, q := range questions {
		var sum stageTimes
		var cypher time.Duration
		var bytesTotal, fresh int
		// Medians too: on a shared machine a few requests that waited
		// for a core move the means by more than the differences sought.
		totals, cyphers := make([]time.Duration, 0, n), make([]time.Duration, 0, n)
		for i := range n {
			a := q.args[i%len(q.args)]
			handWritten := func() {
				t0 := time.Now()
				if err := autoCommit(a); err != nil {
					t.Fatalf("%s: hand-written: %v", q.name, err)
				}
				took := time.Since(t0)
				cypher += took
				cyphers = append(cyphers, took)
			}
			if i%2 == 1 { // each target goes first half the time
				handWritten()
			}
			st, size, reused, err := clock.ask(client, srv.URL+"/graphql", a.attache)
			if err != nil {
				t.Fatalf("%s: %v", q.name, err)
			}
			sum.add(st)
			totals = append(totals, st.total())
			bytesTotal += size
			if !reused {
				fresh++
			}
			if i%2 == 0 {
				handWritten()
			}
		}
		ms := func(d time.Duration) string { return fmt.Sprintf("%.3f", float64(d.Microseconds())/1000/float64(n)) }
		total := sum.total()
		slices.Sort(totals)
		slices.Sort(cyphers)
		medA, medC := totals[n/2], cyphers[n/2]
		fmt.Fprintf(&table, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.3f / %.3f = %.2f | %d | %d |\n", q.name,
			ms(sum.toHandler), ms(sum.toStatement), ms(sum.statement), ms(sum.toAnswer), ms(sum.toReturn),
			ms(sum.toBody), ms(sum.validate), ms(total), ms(cypher), float64(total)/float64(cypher),
			float64(medA.Microseconds())/1000, float64(medC.Microseconds())/1000, float64(medA)/float64(medC), bytesTotal/n, fresh)
	}
	t.Logf("%d requests per question and target at 1 client, alternated, mean ms per request:\n%s", n, table.String())
}

// stageTimes are the stages of one request, or their sums.
type stageTimes struct {
	toHandler, toStatement, statement, toAnswer, toReturn, toBody, validate time.Duration
}

func (s *stageTimes) add(o stageTimes) {
	s.toHandler += o.toHandler
	s.toStatement += o.toStatement
	s.statement += o.statement
	s.toAnswer += o.toAnswer
	s.toReturn += o.toReturn
	s.toBody += o.toBody
	s.validate += o.validate
}

func (s stageTimes) total() time.Duration {
	return s.toHandler + s.toStatement + s.statement + s.toAnswer + s.toReturn + s.toBody + s.validate
}

// stageClock stamps one request at a time (one client).
type stageClock struct {
	mu                                    sync.Mutex
	enter, stmtStart, stmtEnd, write, ret time.Time
	statements                            int
}

func (c *stageClock) statement(_ string, elapsed time.Duration, _ error) {
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stmtStart, c.stmtEnd = now.Add(-elapsed), now
	c.statements++
}

func (c *stageClock) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		c.mu.Lock()
		c.enter, c.write = now, time.Time{}
		c.mu.Unlock()
		next.ServeHTTP(&firstWrite{ResponseWriter: w, clock: c}, r)
		now = time.Now()
		c.mu.Lock()
		c.ret = now
		c.mu.Unlock()
	})
}

// firstWrite stamps the first write of the answer.
type firstWrite struct {
	http.ResponseWriter
	clock *stageClock
}

func (w *firstWrite) Write(b []byte) (int, error) {
	now := time.Now()
	w.clock.mu.Lock()
	if w.clock.write.IsZero() {
		w.clock.write = now
	}
	w.clock.mu.Unlock()
	return w.ResponseWriter.Write(b)
}

// ask posts body as postOK does and returns the request's stages, the
// answer's size and whether the connection was a reused one.
func (c *stageClock) ask(client *http.Client, url string, body []byte) (stageTimes, int, bool, error) {
	reused := false
	trace := &httptrace.ClientTrace{GotConn: func(i httptrace.GotConnInfo) { reused = i.Reused }}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace), http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return stageTimes{}, 0, false, err
	}
	req.Header.Set("Content-Type", "application/json")
	c.mu.Lock()
	before := c.statements
	c.mu.Unlock()
	t0 := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return stageTimes{}, 0, false, err
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	read := time.Now()
	if err != nil {
		return stageTimes{}, 0, false, err
	}
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return stageTimes{}, 0, false, fmt.Errorf("status %d, %v: %.300s", resp.StatusCode, err, raw)
	}
	done := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.statements != before+1 {
		return stageTimes{}, 0, false, fmt.Errorf("%d statements for one request", c.statements-before)
	}
	return stageTimes{
		toHandler: c.enter.Sub(t0), toStatement: c.stmtStart.Sub(c.enter), statement: c.stmtEnd.Sub(c.stmtStart),
		toAnswer: c.write.Sub(c.stmtEnd), toReturn: c.ret.Sub(c.write), toBody: read.Sub(c.ret), validate: done.Sub(read),
	}, len(raw), reused, nil
}
