package neo4jdb_test

import (
	"context"
	"strings"
	"testing"

	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// A graph written before officials had a nameTail: opening it gives every
// official of two words or more the tail a save gives it (nameTailOfID,
// the rule's one home) and none to the one-word ones, so the graph is the
// one the current version writes; opening it again changes nothing.
func TestOpenBackfillsNameTailsOfAGraphWrittenWithout(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	save(t, db, romanisedCorpus()...)
	want := dump(t, db)
	if !strings.Contains(want, `nameTail: "NE:alsani"`) {
		t.Fatalf("the saved graph lacks the tail of a two-word name:\n%s", want)
	}
	if err := neo4jdb.ForgetNameTails(ctx, db); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, db); strings.Contains(got, "nameTail") {
		t.Fatalf("the tails were not removed:\n%s", got)
	}
	for range 2 {
		if err := db.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, db); got != want {
			t.Fatalf("the backfilled graph differs from the graph a save writes:\n%s", neo4jtest.DumpDiff(want, got, 20))
		}
	}
}
