package neo4jtest

import (
	"context"
	"os"
	"strings"
	"testing"
)

// A database that holds nodes and no marker is someone's graph: claim
// refuses it and leaves every node in place.
func TestRefusesAGraphWithoutTheMarker(t *testing.T) {
	Open(t) // holds the lock, marks and empties the test database
	ctx := context.Background()
	cfg, _ := Config()
	if err := Unmark(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // leave the database as the other tests expect it
		if err := run(ctx, cfg, `MATCH (n:SomeonesData) DETACH DELETE n`); err != nil {
			t.Error(err)
		}
		if err := claim(ctx, cfg); err != nil {
			t.Error(err)
		}
	})
	if err := run(ctx, cfg, `CREATE (:SomeonesData {name: 'a decade of news'})`); err != nil {
		t.Fatal(err)
	}
	err := claim(ctx, cfg)
	if err == nil || !strings.Contains(err.Error(), "refusing to wipe the graph at "+cfg.URI) || !strings.Contains(err.Error(), URIEnv) {
		t.Fatalf("claim on an unmarked graph with data gave %v", err)
	}
	t.Logf("refused: %v", err)
	marked, nodes, err := inspect(ctx, cfg)
	if err != nil || marked || nodes != 1 {
		t.Fatalf("after the refusal: marked %v, %d nodes, %v; want the data untouched and unmarked", marked, nodes, err)
	}
}

// Without the variable no server is contacted, whatever NEO4J_URI says:
// the test is skipped (RequireEnv unset) before any connection.
func TestNoServerWithoutTheVariable(t *testing.T) {
	t.Setenv(URIEnv, "")
	t.Setenv(RequireEnv, "")
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1") // a user's server would be here
	ran := false
	t.Run("inner", func(t *testing.T) {
		Open(t)
		ran = true
	})
	if ran {
		t.Fatal("Open went on without " + URIEnv)
	}
	if _, ok := Config(); ok {
		t.Fatal("Config reported a server")
	}
	if got := os.Getenv("NEO4J_URI"); got != "bolt://127.0.0.1:1" {
		t.Fatalf("NEO4J_URI changed to %q", got)
	}
}
