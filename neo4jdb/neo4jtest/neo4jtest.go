// Package neo4jtest connects integration tests to the shared Neo4j server.
// Community edition has one database, so tests of every package take turns:
// each holds a cross-process lock for its whole run and starts and ends with
// an empty graph (the schema stays).
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb"
)

// RequireEnv, set to 1 (as `make test` does), turns a missing server from a
// skipped test into a failed one.
const RequireEnv = "ATTACHE_REQUIRE_NEO4J"

// Open returns a store on an empty graph that the test has to itself until
// it ends. Without a server it skips the test, or fails it when RequireEnv=1.
func Open(t testing.TB) *neo4jdb.DB {
	t.Helper()
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	lock(t, cfg.URI)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("Neo4j is required (%s=1): %v", RequireEnv, err)
		}
		t.Skipf("skipping: no Neo4j for integration tests: %v", err)
	}
	if err := db.DeleteAll(ctx); err != nil {
		_ = db.Close(ctx)
		t.Fatalf("wipe the graph before the test: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if err := db.DeleteAll(ctx); err != nil {
			t.Errorf("wipe the graph after the test: %v", err)
		}
		if err := db.Close(ctx); err != nil {
			t.Errorf("close Neo4j: %v", err)
		}
	})
	return db
}

// The lock is held once per process: tests of one package take turns on a
// mutex, and a test (or its subtest) that opens the store again while it
// holds the lock goes on instead of waiting for itself.
var (
	mu     sync.Mutex
	turn   = sync.NewCond(&mu)
	holder string // name of the test holding the lock, "" when free
	depth  int
	held   *os.File
)

// lock takes an exclusive flock on a file named after the server, released
// when the test ends. Cleanups run last-in first-out, so the lock is held
// until the graph has been wiped.
func lock(t testing.TB, uri string) {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	for holder != "" && t.Name() != holder && !strings.HasPrefix(t.Name(), holder+"/") {
		turn.Wait()
	}
	if holder == "" {
		f, err := flock(t, uri)
		if err != nil {
			t.Fatal(err)
		}
		holder, held = t.Name(), f
	}
	depth++
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if depth--; depth == 0 {
			_ = syscall.Flock(int(held.Fd()), syscall.LOCK_UN)
			held.Close()
			holder, held = "", nil
			turn.Broadcast()
		}
	})
}

// flock waits for the cross-process lock, saying so when another process
// keeps it for a while.
func flock(t testing.TB, uri string) (*os.File, error) {
	name := "attache-neo4j-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, uri) + ".lock"
	f, err := os.OpenFile(filepath.Join(os.TempDir(), name), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return nil, fmt.Errorf("open the Neo4j test lock: %w", err)
	}
	start := time.Now()
	warned := false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("take the Neo4j test lock %s: %w", f.Name(), err)
		}
		if !warned && time.Since(start) > 10*time.Second {
			warned = true
			t.Logf("waiting for %s: another test process is using Neo4j", f.Name())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
