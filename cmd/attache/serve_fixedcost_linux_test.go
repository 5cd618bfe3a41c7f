package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
)

// TestAPIFixedCost measures what a request costs the Go process beyond
// the hand-written statement, at one client: for each question of the
// side-by-side benchmark, n requests over HTTP (client and server in this
// process, as TestAPISideBySide runs them), n through the handler alone
// (no HTTP: a recorder), and n hand-written auto-commit statements, twice
// in turn, with the allocations, bytes allocated and process CPU (user
// and system) per request. CPU and allocations barely depend on what else
// the machine runs, where wall time does:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 ATTACHE_FIXEDCOST_N=3000 ATTACHE_SBS_ONLY=counterparts \
//	  go test ./cmd/attache -run '^TestAPIFixedCost$' -v
//
// ATTACHE_FIXEDCOST_KIND (http, handler or autocommit) runs one kind, for
// a CPU profile of it alone (-cpuprofile).
func TestAPIFixedCost(t *testing.T) {
	uri := os.Getenv("ATTACHE_SBS_NEO4J")
	if uri == "" {
		t.Skip("set ATTACHE_SBS_NEO4J to the Neo4j holding the benchmark graph")
	}
	n := mustAtoi(envOr("ATTACHE_FIXEDCOST_N", "500"))
	ctx := context.Background()
	db, driver, database := openBenchGraph(t, ctx, uri)
	tuneGC(os.Getenv)
	h := newAPIHandler(apiOptions{
		Read:   neo4jdb.NewReadStore(db, nil),
		Health: healthService{db: db}, Auth: authMutations, Limits: graph.DefaultLimits,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), CacheTTL: 0,
	})
	srv := httptest.NewServer(h)
	defer srv.Close()
	questions := sideBySideQuestions(benchParameters(t, &testAPI{URL: srv.URL}))
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	ac := autoCommitRead(ctx, driver, database)
	for _, q := range questions {
		if o := os.Getenv("ATTACHE_SBS_ONLY"); o != "" && !strings.Contains(q.name, o) {
			continue
		}
		kinds := []struct {
			name string
			f    func(a sbsArgs) error
		}{
			{"http", func(a sbsArgs) error { return postOK(client, srv.URL+"/graphql", a.attache) }},
			{"handler", func(a sbsArgs) error {
				req := httptest.NewRequest("POST", "/graphql", bytes.NewReader(a.attache))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != 200 {
					return fmt.Errorf("status %d: %.300s", w.Code, w.Body)
				}
				return nil
			}},
			{"autocommit", ac},
		}
		for pass := 0; pass < 2; pass++ {
			for _, k := range kinds {
				if o := os.Getenv("ATTACHE_FIXEDCOST_KIND"); o != "" && o != k.name {
					continue
				}
				runtime.GC()
				var m0, m1 runtime.MemStats
				runtime.ReadMemStats(&m0)
				c0 := processCPU()
				w0 := time.Now()
				for i := 0; i < n; i++ {
					if err := k.f(q.args[i%len(q.args)]); err != nil {
						t.Fatal(err)
					}
				}
				wall := time.Since(w0)
				c1 := processCPU()
				runtime.ReadMemStats(&m1)
				t.Logf("%s %-10s allocations per request %6.0f, KB %6.1f, process CPU ms %.3f, wall ms %.3f", q.name, k.name,
					float64(m1.Mallocs-m0.Mallocs)/float64(n), float64(m1.TotalAlloc-m0.TotalAlloc)/1024/float64(n),
					float64(c1-c0)/1e6/float64(n), float64(wall)/1e6/float64(n))
			}
		}
	}
}
