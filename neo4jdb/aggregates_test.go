package neo4jdb_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// revise returns another text of doc (same id, new hash): each of its
// meetings is dropped, moved to another date, given another state or
// another participant, or kept, at random; so a save of it removes,
// moves and re-clusters meetings and may delete officials and countries.
func revise(doc *attache.Extraction, rng *rand.Rand, n int) *attache.Extraction {
	var meetings []attache.EngagementFact
	officials := append([]attache.OfficialFact(nil), doc.Officials...)
	for _, m := range doc.Meetings {
		m.Participants = append([]string(nil), m.Participants...)
		m.Countries = append([]string(nil), m.Countries...)
		switch rng.Intn(5) {
		case 0:
			continue // dropped
		case 1:
			m.Date = dp(fmt.Sprintf("2023-%02d-%02d", 1+rng.Intn(12), 1+rng.Intn(28)))
		case 2:
			m.Countries = append(m.Countries, []string{"NO", "PE", "KE"}[rng.Intn(3)])
		case 3:
			name := fmt.Sprintf("Envoy Gamma%d", rng.Intn(3))
			m.Participants = append(m.Participants, name)
			officials = append(officials, official(name, "NO", "Special Envoy", attache.LevelOther))
		}
		meetings = append(meetings, m)
	}
	r := article(doc.Article.ID, string(doc.Article.Published), officials, meetings...)
	r.Article.TextHash = fmt.Sprintf("hash-%s-rev%d", doc.Article.ID, n)
	return r
}

// checkAggregates fails the test if the stored aggregates differ from
// their recomputation from the meetings.
func checkAggregates(t *testing.T, db *neo4jdb.DB, when string) {
	t.Helper()
	stored, recomputed, err := neo4jdb.Aggregates(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if len(recomputed) == 0 {
		t.Fatalf("%s: no aggregates to compare", when)
	}
	got, want := strings.Join(stored, "\n")+"\n", strings.Join(recomputed, "\n")+"\n"
	if got != want {
		t.Errorf("%s: stored aggregates differ from a recomputation:\n%s", when, neo4jtest.DumpDiff(want, got, 0))
	}
}

// saveConcurrently saves batches with writers goroutines taking them in
// turn, so saves of overlapping articles race.
func saveConcurrently(t *testing.T, db *neo4jdb.DB, writers int, batches [][]*attache.Extraction) {
	t.Helper()
	work := make(chan []*attache.Extraction)
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				if _, err := db.SaveExtractions(context.Background(), b); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	for _, b := range batches {
		work <- b
	}
	close(work)
	wg.Wait()
}

// randomBatches cuts docs, shuffled, into batches of 1 to most.
func randomBatches(rng *rand.Rand, docs []*attache.Extraction, most int) [][]*attache.Extraction {
	order := append([]*attache.Extraction(nil), docs...)
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var out [][]*attache.Extraction
	for start := 0; start < len(order); {
		end := min(start+1+rng.Intn(most), len(order))
		out = append(out, order[start:end])
		start = end
	}
	return out
}

// TestAggregatesEqualRecomputation: after random loads in batches,
// re-loads of revised articles (meetings dropped, moved, re-clustered,
// officials and states added and removed), loads of the original texts
// again, and concurrent loads of all of it, the stored MET, ENGAGED and
// ACTIVE edges equal a recomputation from scratch from the meetings.
//
// 24 synthetic articles are enough: their ten pairs of states meet two or
// three times each, in different months, some dated to the month only,
// with recurring ministers, so every aggregate counts several meetings and
// every revision moves some; each seed cuts and revises them differently.
// The 60 there were before cost each seed two and a half times the saves
// (a save that updates the aggregates of only the first of its meeting
// groups, broken on purpose, fails every pass at 24).
func TestAggregatesEqualRecomputation(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	docs := append(append(corpus(), ambiguous()...), synthetic(24)...)

	for seed := range int64(3) {
		t.Run(fmt.Sprintf("sequential, seed %d", seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			wipe(t, db)
			for _, b := range randomBatches(rng, docs, 6) {
				if _, err := db.SaveExtractions(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			checkAggregates(t, db, "after the load")
			var revised []*attache.Extraction
			for i, d := range docs {
				if rng.Intn(3) == 0 {
					revised = append(revised, revise(d, rng, i))
				}
			}
			for _, b := range randomBatches(rng, revised, 6) {
				if _, err := db.SaveExtractions(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			checkAggregates(t, db, fmt.Sprintf("after %d revisions", len(revised)))
			for _, b := range randomBatches(rng, docs, 6) {
				if _, err := db.SaveExtractions(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			checkAggregates(t, db, "after the original texts again")
		})
	}
	t.Run("concurrent", func(t *testing.T) {
		rng := rand.New(rand.NewSource(7))
		wipe(t, db)
		var revised []*attache.Extraction
		for i, d := range docs {
			if i%2 == 0 {
				revised = append(revised, revise(d, rng, i))
			}
		}
		// Every article twice, and half of them revised, in racing batches.
		all := append(randomBatches(rng, docs, 6), randomBatches(rng, docs, 6)...)
		all = append(all, randomBatches(rng, revised, 6)...)
		saveConcurrently(t, db, 4, all)
		checkAggregates(t, db, "after concurrent loads")
	})
	t.Run("rebuilt", func(t *testing.T) {
		if err := neo4jdb.DropAggregates(ctx, db); err != nil {
			t.Fatal(err)
		}
		rebuilt, err := db.EnsureAggregates(ctx)
		if err != nil || !rebuilt {
			t.Fatalf("EnsureAggregates = %v, %v; want a rebuild", rebuilt, err)
		}
		checkAggregates(t, db, "after a rebuild")
		if rebuilt, err := db.EnsureAggregates(ctx); err != nil || rebuilt {
			t.Errorf("EnsureAggregates again = %v, %v; want nothing to do", rebuilt, err)
		}
	})
}

// TestAggregatedReadsEqualMeetingReads: every read that uses the
// aggregates gives what the same read gives from the meetings, over
// ranges open, bounded to the year and to the month, and both
// granularities.
func TestAggregatedReadsEqualMeetingReads(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	wipe(t, db)
	docs := append(append(corpus(), ambiguous()...), synthetic(60)...)
	rng := rand.New(rand.NewSource(3))
	for i, d := range docs[:20] {
		docs = append(docs, revise(d, rng, i))
	}
	save(t, db, docs...)
	rs := neo4jdb.NewReadStore(db, nil)
	ids, err := neo4jdb.OfficialIDs(ctx, db)
	if err != nil || len(ids) == 0 {
		t.Fatalf("official ids: %v, %v", ids, err)
	}
	codes := []string{"US", "CL", "DE", "FR", "GB", "NO", "KE"}
	ranges := [][2]attache.Date{{"", ""}, {"2024-03", ""}, {"", "2024-06"}, {"2024", "2024"}, {"2023-11", "2024-05"}, {"2024", ""}}

	// read runs every aggregated read and returns the results as text.
	read := func() string {
		var b strings.Builder
		out := func(what string, v any, err error) {
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			fmt.Fprintf(&b, "%s: %+v\n", what, v)
		}
		cps, err := rs.Counterparts(ctx, ids, 50)
		out("counterparts", cps, err)
		for _, r := range ranges {
			ps, err := rs.Partners(ctx, codes, r[0], r[1], 50)
			out(fmt.Sprintf("partners %v", r), ps, err)
			ls, err := rs.CountryLinks(ctx, nil, r[0], r[1], 50)
			out(fmt.Sprintf("links %v", r), ls, err)
			ls, err = rs.CountryLinks(ctx, codes[:3], r[0], r[1], 50)
			out(fmt.Sprintf("links of %v %v", codes[:3], r), ls, err)
			for _, code := range codes {
				for _, g := range []attache.Granularity{attache.ByYear, attache.ByMonth} {
					tl, err := rs.Timeline(ctx, code, g, r[0], r[1])
					out(fmt.Sprintf("timeline %s %v %v", code, g, r), tl, err)
					ser, err := rs.PartnerSeries(ctx, code, g, r[0], r[1], 50)
					out(fmt.Sprintf("series %s %v %v", code, g, r), ser, err)
				}
			}
		}
		return b.String()
	}
	aggregated := read()
	restore := neo4jdb.ReadFromMeetings()
	fromMeetings := read()
	restore()
	if aggregated != fromMeetings {
		t.Errorf("aggregated reads differ from the reads of the meetings:\n%s", neo4jtest.DumpDiff(fromMeetings, aggregated, 0))
	}
	if !strings.Contains(aggregated, "MeetingCount:") {
		t.Errorf("the reads found nothing to compare:\n%.2000s", aggregated)
	}
}
