package neo4jdb

import (
	"context"
	"os"
	"testing"

	"github.com/attache-project/attache"
)

// BenchmarkWhoMetRecords runs officialsWhoMet's statement for the
// side-by-side benchmark's selection, as views (maps) and as rows
// (lists), over every state of a loaded graph, and reports the records'
// size as Bolt's PackStream encodes them. It reads the graph
// ATTACHE_SBS_NEO4J names and writes nothing:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 go test ./neo4jdb -run '^$' -bench WhoMetRecords -benchtime 440x
func BenchmarkWhoMetRecords(b *testing.B) {
	uri := os.Getenv("ATTACHE_SBS_NEO4J")
	if uri == "" {
		b.Skip("set ATTACHE_SBS_NEO4J to the Neo4j holding the benchmark graph")
	}
	ctx := context.Background()
	cfg := ConfigFromEnv(os.Getenv)
	cfg.URI = uri
	db, err := Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close(ctx)
	s := NewReadStore(db, nil)
	recs, err := s.run(ctx, "codes", "MATCH (c:Country) RETURN c.code AS code ORDER BY code", nil)
	if err != nil || len(recs) == 0 {
		b.Fatalf("no states: %v", err)
	}
	var codes []string
	for _, r := range recs {
		codes = append(codes, rStr(r, "code"))
	}
	// The paths the fast path compiles for TestAPIBenchmark's officialsWhoMet.
	paths := []string{"official.id", "official.name", "official.title", "official.country",
		"counterparts.id", "counterparts.name", "counterparts.title", "meetings", "meetings.id", "meetings.kind",
		"meetings.date", "meetings.reports", "meetings.reports.evidence", "meetings.reports.article.id",
		"meetings.reports.article.title", "meetings.reports.article.url"}
	views, err := whoMetStatement(paths)
	if err != nil {
		b.Fatal(err)
	}
	rows, err := whoMetRowsStatement(paths)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, cypher string }{{"views", views.cypher}, {"rows", rows.cypher}} {
		b.Run(c.name, func(b *testing.B) {
			size := 0
			for i := range b.N {
				_, params, err := whoMetPageParams(attache.WhoMetQuery{Country: codes[i%len(codes)], LeadersOnly: true},
					attache.PageArgs{First: 20})
				if err != nil {
					b.Fatal(err)
				}
				recs, err := s.run(ctx, c.name, c.cypher, params)
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range recs {
					size += packedSize(r.Values)
				}
			}
			b.ReportMetric(float64(size)/float64(b.N), "record-bytes/op")
		})
	}
}

// packedSize is the size of v as PackStream encodes it (Bolt's values:
// nil, bool, int64, float64, string, list, map).
func packedSize(v any) int {
	switch x := v.(type) {
	case int64:
		switch {
		case -16 <= x && x < 128:
			return 1
		case -128 <= x && x < 128:
			return 2
		case -32768 <= x && x < 32768:
			return 3
		case -1<<31 <= x && x < 1<<31:
			return 5
		}
		return 9
	case float64:
		return 9
	case string:
		return sizeHeader(len(x)) + len(x)
	case []any:
		n := sizeHeader(len(x))
		for _, e := range x {
			n += packedSize(e)
		}
		return n
	case map[string]any:
		n := sizeHeader(len(x))
		for k, e := range x {
			n += sizeHeader(len(k)) + len(k) + packedSize(e)
		}
		return n
	}
	return 1 // nil, bool
}

// sizeHeader is the marker and length bytes of a string, list or map of n.
func sizeHeader(n int) int {
	switch {
	case n < 16:
		return 1
	case n < 256:
		return 2
	case n < 65536:
		return 3
	}
	return 5
}
