package neo4jdb_test

import (
	"context"
	"fmt"
	"math/rand"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// TestCountsAloneLeaveTheGraphAsWholeAggregates: a save that keeps only
// the date, participants and states of the meetings it clustered (what
// the aggregate edges read) writes the graph, aggregates included, that
// it wrote keeping each meeting's whole aggregate, over the same random
// batches of a corpus and revisions of a third of it.
func TestCountsAloneLeaveTheGraphAsWholeAggregates(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	docs := append(append(corpus(), ambiguous()...), synthetic(60)...)
	load := func(seed int64) (string, []string) {
		t.Helper()
		wipe(t, db)
		rng := rand.New(rand.NewSource(seed))
		var revised []*attache.Extraction
		for i, d := range docs {
			if rng.Intn(3) == 0 {
				revised = append(revised, revise(d, rng, i))
			}
		}
		for _, b := range append(randomBatches(rng, docs, 8), randomBatches(rng, revised, 8)...) {
			if _, err := db.SaveExtractions(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
		stored, _, err := neo4jdb.Aggregates(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		return dump(t, db), stored
	}
	for seed := range int64(2) {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			restore := neo4jdb.KeepClusterAggregates()
			wantDump, wantAggregates := load(seed)
			restore()
			gotDump, gotAggregates := load(seed)
			if gotDump != wantDump {
				t.Errorf("the graph differs:\n%s", neo4jtest.DumpDiff(wantDump, gotDump, 0))
			}
			if fmt.Sprint(gotAggregates) != fmt.Sprint(wantAggregates) {
				t.Errorf("the aggregates differ (%d edges, want %d)", len(gotAggregates), len(wantAggregates))
			}
			checkAggregates(t, db, "counts alone")
		})
	}
}
