// Package neo4jtest connects integration tests to the Neo4j server they were
// pointed at, and to no other: ATTACHE_TEST_NEO4J_URI names it (`make test`
// starts a throwaway server of its own and sets it). The default address and
// NEO4J_URI, where a user's graph lives, are never used. Community edition
// has one database, so tests of every package take turns: each holds a
// cross-process lock for its whole run and starts and ends with an empty
// graph (the schema stays).
//
// A graph is wiped only if it carries the test marker (an index named
// MarkerIndex, which survives the wipes) or is empty, in which case the
// marker is set: a server holding someone's data is refused, not emptied.
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

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/attache-project/attache/neo4jdb"
)

// URIEnv names the server integration tests may wipe.
const URIEnv = "ATTACHE_TEST_NEO4J_URI"

// RequireEnv, set to 1 (as `make test` does), turns a missing server from a
// skipped test into a failed one.
const RequireEnv = "ATTACHE_REQUIRE_NEO4J"

// MarkerIndex is the index whose presence says "this database belongs to
// the tests". It lives in the schema, which DeleteAll keeps.
const MarkerIndex = "attache_test_marker"

// Config returns the test server's configuration: the URI from URIEnv only,
// credentials and database as NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE
// say. ok is false when URIEnv is unset.
func Config() (cfg neo4jdb.Config, ok bool) {
	uri := strings.TrimSpace(os.Getenv(URIEnv))
	cfg = neo4jdb.ConfigFromEnv(func(k string) string {
		if k == "NEO4J_URI" {
			return uri
		}
		return os.Getenv(k)
	})
	return cfg, uri != ""
}

// Open returns a store on an empty graph that the test has to itself until
// it ends. Without a server named by URIEnv, or with -short, it skips the
// test (fails it when RequireEnv=1 and -short is not given).
func Open(t testing.TB) *neo4jdb.DB {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping a test that needs Neo4j")
	}
	cfg, ok := Config()
	if !ok {
		unavailable(t, fmt.Sprintf("%s is not set; point it at a Neo4j the tests may wipe (make test starts one)", URIEnv))
	}
	// Commands the test runs, in process or as child processes, read
	// NEO4J_URI: they must reach the test server, never the user's.
	if err := os.Setenv("NEO4J_URI", cfg.URI); err != nil {
		t.Fatal(err)
	}
	lock(t, cfg.URI)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		unavailable(t, err.Error())
	}
	if err := claim(ctx, cfg); err != nil {
		_ = db.Close(ctx)
		t.Fatal(err)
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

func unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("Neo4j is required (%s=1): %s", RequireEnv, why)
	}
	t.Skipf("skipping: no Neo4j for integration tests: %s", why)
}

const (
	queryMarker     = `SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n`
	queryNodeCount  = `MATCH (n) RETURN count(n) AS n`
	querySetMarker  = `CREATE INDEX ` + MarkerIndex + ` IF NOT EXISTS FOR (n:AttacheTestMarker) ON (n.id)`
	queryDropMarker = `DROP INDEX ` + MarkerIndex + ` IF EXISTS`
)

// claim makes sure the database may be wiped: it carries the marker, or it
// is empty and gets the marker now. Anything else is someone's graph.
func claim(ctx context.Context, cfg neo4jdb.Config) error {
	marked, nodes, err := inspect(ctx, cfg)
	if err != nil {
		return err
	}
	if marked {
		return nil
	}
	if nodes > 0 {
		return fmt.Errorf("refusing to wipe the graph at %s: it holds %d nodes and no test marker (index %q), so it is not a test database; "+
			"point %s at a server for tests (make test starts one), or empty this one yourself if it really is disposable",
			cfg.URI, nodes, MarkerIndex, URIEnv)
	}
	return run(ctx, cfg, querySetMarker)
}

// inspect reports whether the database carries the marker and how many
// nodes it holds.
func inspect(ctx context.Context, cfg neo4jdb.Config) (marked bool, nodes int64, err error) {
	err = withSession(ctx, cfg, func(s neo4j.SessionWithContext) error {
		m, err := single(ctx, s, queryMarker, map[string]any{"name": MarkerIndex})
		if err != nil {
			return err
		}
		n, err := single(ctx, s, queryNodeCount, nil)
		marked, nodes = m > 0, n
		return err
	})
	return marked, nodes, err
}

// Unmark removes the marker, so that the tests refuse the database until it
// is empty again. For the marker's own test.
func Unmark(ctx context.Context) error {
	cfg, ok := Config()
	if !ok {
		return fmt.Errorf("%s is not set", URIEnv)
	}
	return run(ctx, cfg, queryDropMarker)
}

func run(ctx context.Context, cfg neo4jdb.Config, cypher string) error {
	return withSession(ctx, cfg, func(s neo4j.SessionWithContext) error {
		_, err := s.Run(ctx, cypher, nil)
		if err != nil {
			return fmt.Errorf("neo4jtest: %s: %w", cypher, err)
		}
		return nil
	})
}

func single(ctx context.Context, s neo4j.SessionWithContext, cypher string, params map[string]any) (int64, error) {
	res, err := s.Run(ctx, cypher, params)
	if err != nil {
		return 0, fmt.Errorf("neo4jtest: %s: %w", cypher, err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, fmt.Errorf("neo4jtest: %s: %w", cypher, err)
	}
	n, _, err := neo4j.GetRecordValue[int64](rec, "n")
	return n, err
}

func withSession(ctx context.Context, cfg neo4jdb.Config, f func(neo4j.SessionWithContext) error) error {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return fmt.Errorf("neo4jtest: connect to %s: %w", cfg.URI, err)
	}
	defer driver.Close(ctx)
	s := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer s.Close(ctx)
	return f(s)
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
