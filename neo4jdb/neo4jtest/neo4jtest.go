// Package neo4jtest connects integration tests to the shared Neo4j server.
// Community edition has one database, so tests of every package take turns:
// each holds a cross-process lock for its whole run and starts and ends with
// an empty graph (the schema stays).
package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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

// lock takes an exclusive flock on a file named after the server, released
// when the test ends. Cleanups run last-in first-out, so the lock is held
// until the graph has been wiped.
func lock(t testing.TB, uri string) {
	t.Helper()
	name := "attache-neo4j-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, uri) + ".lock"
	f, err := os.OpenFile(filepath.Join(os.TempDir(), name), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("open the Neo4j test lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("take the Neo4j test lock %s: %v", f.Name(), err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
