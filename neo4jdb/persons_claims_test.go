package neo4jdb_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// TestPersonClaimsCountedEqualEveryMention: the claims the save reads of
// a person key, now counted per state in Cypher, are those it read from a
// record of every mention, on a graph where people are mentioned under
// several states, under none, and by many articles; and so are the claims
// the nodes hold, which a save reads first (queryPersonsStoredClaims).
func TestPersonClaimsCountedEqualEveryMention(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	wipe(t, db)
	docs := append(append(corpus(), ambiguous()...), synthetic(60)...)
	for i, country := range []string{"NE", "NE", "NE", "ML", "", "NE", "ML"} {
		sani := official("Ali Sani", country, "Foreign Minister", attache.LevelMinister)
		berg := official("Kari Berg", "NO", "Foreign Minister", attache.LevelMinister)
		docs = append(docs, article(fmt.Sprintf("claims-%d", i), fmt.Sprintf("2024-05-%02d", 10+i),
			[]attache.OfficialFact{sani, berg},
			meeting(attache.KindTalks, attache.StatusHeld, fmt.Sprintf("2024-05-%02d", 9+i),
				[]string{"Ali Sani", "Kari Berg"}, []string{"NE", "NO"})))
	}
	// Then claims-0 revised to claim ML, in a batch with a new article
	// naming the same person: the save reads the person's claims after
	// detaching the old text's mention, so it must count them, not take
	// the node's.
	revised := article("claims-0", "2024-05-10", []attache.OfficialFact{
		official("Ali Sani", "ML", "Foreign Minister", attache.LevelMinister),
		official("Kari Berg", "NO", "Foreign Minister", attache.LevelMinister)},
		meeting(attache.KindTalks, attache.StatusHeld, "2024-05-09", []string{"Ali Sani", "Kari Berg"}, []string{"ML", "NO"}))
	revised.Article.TextHash = "hash-claims-0-revised"
	later := article("claims-9", "2024-05-30", []attache.OfficialFact{
		official("Ali Sani", "ML", "Foreign Minister", attache.LevelMinister)},
		meeting(attache.KindTalks, attache.StatusHeld, "2024-05-29", []string{"Ali Sani"}, []string{"ML", "NO"}))
	for _, b := range [][]*attache.Extraction{docs[:len(docs)/2], docs[len(docs)/2:], {revised, later}} {
		if _, err := db.SaveExtractions(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	counted, every, stored, err := neo4jdb.PersonClaims(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(counted) == 0 {
		t.Fatal("no person key in the graph")
	}
	if !reflect.DeepEqual(counted, every) {
		t.Errorf("claims counted in Cypher:\n%v\nfrom every mention:\n%v", counted, every)
	}
	if !reflect.DeepEqual(stored, every) {
		t.Errorf("claims the nodes hold:\n%v\nfrom every mention:\n%v", stored, every)
	}
	if got := counted["ali sani"]; len(got) == 0 || got[len(got)-1] == "[]" {
		t.Errorf("ali sani's claims = %v, want claims of two states", got)
	}
	t.Logf("%d person keys; ali sani: %v", len(counted), counted["ali sani"])
}
