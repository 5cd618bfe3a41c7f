package neo4jdb_test

import (
	"context"
	"errors"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want neo4jdb.Config
	}{
		{"defaults", nil, neo4jdb.Config{URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: "attache-local", ConnectTimeout: 5 * time.Second}},
		{"all set", map[string]string{
			"NEO4J_URI": "neo4j://db:7687", "NEO4J_USER": "u", "NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "graph",
		}, neo4jdb.Config{URI: "neo4j://db:7687", User: "u", Password: "p", Database: "graph", ConnectTimeout: 5 * time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := neo4jdb.ConfigFromEnv(func(k string) string { return tt.env[k] })
			if got != tt.want {
				t.Errorf("ConfigFromEnv = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// closedPort returns an address where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestOpenClosedPortFailsFastAndSaysWhatToDo(t *testing.T) {
	uri := "bolt://" + closedPort(t)
	start := time.Now()
	_, err := neo4jdb.Open(context.Background(), neo4jdb.Config{URI: uri, User: "neo4j", Password: "x", ConnectTimeout: 2 * time.Second})
	elapsed := time.Since(start)
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
	var e *attache.Error
	if !errors.As(err, &e) || e.Code != attache.EUNAVAILABLE {
		t.Fatalf("error %v is not an EUNAVAILABLE *attache.Error", err)
	}
	want := "cannot reach Neo4j at " + uri + " (connection refused); start one with 'make neo4j' or set NEO4J_URI"
	if e.Message != want {
		t.Errorf("message = %q, want %q", e.Message, want)
	}
	if elapsed > 10*time.Second {
		t.Errorf("Open took %s to fail, want a few seconds", elapsed)
	}
	t.Logf("closed port reported after %s", elapsed)
}

// A server that accepts connections and never answers must not hold Open
// past its connect timeout.
func TestOpenSilentServerTimesOut(t *testing.T) {
	uri := neo4jdb.SilentBoltServer(t)
	start := time.Now()
	_, err := neo4jdb.Open(context.Background(), neo4jdb.Config{URI: uri, User: "neo4j", Password: "x", ConnectTimeout: time.Second})
	elapsed := time.Since(start)
	if attache.ErrorCode(err) != attache.EUNAVAILABLE || !strings.Contains(attache.ErrorMessage(err), "cannot reach Neo4j at "+uri) {
		t.Errorf("silent server gave %v", err)
	}
	if elapsed > 10*time.Second {
		t.Errorf("Open took %s against a silent server with a 1s timeout", elapsed)
	}
	t.Logf("silent server reported after %s: %s", elapsed, attache.ErrorMessage(err))
}

func TestOpenWrongPassword(t *testing.T) {
	neo4jtest.Open(t) // skips without a server
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	cfg.Password = "not-the-password"
	_, err := neo4jdb.Open(context.Background(), cfg)
	if err == nil {
		t.Fatal("Open with a wrong password succeeded")
	}
	if attache.ErrorCode(err) != attache.EUNAVAILABLE || !strings.Contains(attache.ErrorMessage(err), "refused the credentials") {
		t.Errorf("wrong password gave %v", err)
	}
}

func TestServerInfoAndPing(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	version, edition, err := db.ServerInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(version, "5.") || edition == "" {
		t.Errorf("ServerInfo = %q, %q; want a 5.x version and an edition", version, edition)
	}
	t.Logf("Neo4j %s %s", version, edition)
	if err := db.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

func TestApplySchemaTwiceChangesNothing(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	before, err := db.SchemaNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"article_id", "official_id", "country_code", "meeting_id", "issue_id", "attache_search", "meeting_date"} {
		if !slices.Contains(before, want) {
			t.Errorf("schema lacks %s; have %v", want, before)
		}
	}
	if err := db.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := db.SchemaNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(before, after) {
		t.Errorf("applying the schema again changed it:\nbefore %v\nafter  %v", before, after)
	}
}
