package neo4jdb_test

import (
	"context"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// The invented officials of the re-keying test: a Russian minister whose
// given name one article romanises "Sergei" and another "Sergey", and a
// Nigerien minister written "el-Sani" in one and "al-Sani" in the other;
// a third article names the Russian by his family name only, which the
// earlier rules kept apart from the two fuller names they saw.
func romanisedCorpus() []*attache.Extraction {
	first := meeting(attache.KindTalks, attache.StatusHeld, "2024-05-10",
		[]string{"Sergei Tumanin", "Ahmed el-Sani"}, []string{"RU", "NE"})
	second := meeting(attache.KindMeeting, attache.StatusHeld, "2024-05-10",
		[]string{"Sergey Tumanin", "Ahmed al-Sani"}, []string{"NE", "RU"})
	call := meeting(attache.KindCall, attache.StatusHeld, "2024-06-02",
		[]string{"Tumanin", "Ahmed al-Sani"}, []string{"NE", "RU"})
	return []*attache.Extraction{
		article("r1", "2024-05-11", []attache.OfficialFact{
			official("Sergei Tumanin", "RU", "Foreign Minister", attache.LevelMinister),
			official("Ahmed el-Sani", "NE", "Foreign Minister", attache.LevelMinister),
		}, first),
		article("r2", "2024-05-12", []attache.OfficialFact{
			official("Sergey Tumanin", "RU", "Foreign Minister", attache.LevelMinister),
			official("Ahmed al-Sani", "NE", "Foreign Minister", attache.LevelMinister),
		}, second),
		article("r3", "2024-06-03", []attache.OfficialFact{
			official("Tumanin", "RU", "Foreign Minister", attache.LevelMinister),
			official("Ahmed al-Sani", "NE", "Foreign Minister", attache.LevelMinister),
		}, call),
	}
}

// A graph written before the rules of romanisation keyed "Sergei Tumanin"
// and "Sergey Tumanin" apart, and so kept "Tumanin" alone apart from both:
// opening it moves the first into the second and folds the one-word
// official in, meetings and all, so the graph is the one the current
// rules write; and
// opening it again, or opening a graph written now, changes nothing.
func TestOpenReKeysOfficialsOfEarlierRules(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	docs := romanisedCorpus()

	save(t, db, docs...)
	want := dump(t, db)
	if err := db.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, db); got != want {
		t.Fatalf("opening a graph of the current rules changed it:\n%s", neo4jtest.DumpDiff(want, got, 20))
	}

	wipe(t, db)
	save(t, db, docs[0])
	for from, to := range map[string]string{"RU:sergey tumanin": "RU:sergei tumanin", "NE:ahmed alsani": "NE:ahmed elsani"} {
		if err := neo4jdb.WriteOldKey(ctx, db, from, to); err != nil {
			t.Fatal(err)
		}
	}
	save(t, db, docs[1:]...)
	if s := count(t, db); s.Nodes["Official"] != 5 {
		t.Fatalf("the graph of the earlier rules has %d officials, want 5:\n%s", s.Nodes["Official"], dump(t, db))
	}
	for range 2 {
		if err := db.ApplySchema(ctx); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, db); got != want {
			t.Fatalf("the re-keyed graph differs from the graph the current rules write:\n%s", neo4jtest.DumpDiff(want, got, 20))
		}
	}
}
