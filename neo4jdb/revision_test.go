package neo4jdb_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The documents of the revision tests: talks between the US and Chile
// reported by a1, and a1's revision, which reports a visit between
// Germany and France instead, with none of the same officials.
func talksUSCL() (officials []attache.OfficialFact, talks attache.EngagementFact) {
	talks = meeting(attache.KindTalks, attache.StatusHeld, "2024-03-14",
		[]string{"Antonia J. Velmont", "Ramon Ostrova"}, []string{"US", "CL"})
	talks.Location = &attache.Location{City: sp("Santiago"), Country: sp("CL")}
	return []attache.OfficialFact{
		official("Antonia J. Velmont", "US", "Secretary of State", attache.LevelMinister),
		official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}, talks
}

func revisedElsewhere() *attache.Extraction {
	doc := article("a1", "2024-03-15", []attache.OfficialFact{
		official("Ines Brandt", "DE", "Federal Chancellor", attache.LevelHeadOfGovernment),
		official("Lucien Marchal", "FR", "President", attache.LevelHeadOfState),
	}, meeting(attache.KindVisit, attache.StatusHeld, "2024-03-14", []string{"Ines Brandt", "Lucien Marchal"}, []string{"DE", "FR"}))
	doc.Article.TextHash = "hash-a1-revised"
	return doc
}

// saverKey names, in a save's context, which save of the test it is, so
// the test hook (which sees every save's transaction) tells them apart.
type saverKey struct{}

// A revision takes the locks of the meeting groups its old text reported
// (savePart's lock) before it writes anything, so a concurrent save of a
// new report in such a group waits for it before it writes anything
// either. The race is built, not hoped for: the revision of a1 (from the
// US-Chile talks to a German-French visit) stops once it has written its
// countries, and b1's save, which reports the same talks and names
// Germany, starts; a1 goes on once b1 holds its locks, or after 3 s (b1
// waits for the talks' group). Without the early lock, b1 takes the
// talks' group and then waits for Germany, which a1 has written; a1 then
// waits for the group (saveMeetings locks it only then), and Neo4j ends
// the deadlock by failing one of them, which the driver retries: each
// save's transaction must run once. The graph must be that of saving them
// one by one.
func TestRevisionLocksTheGroupsItLeavesBeforeDetaching(t *testing.T) {
	db := neo4jtest.Open(t)
	usCL, talks := talksUSCL()
	before, revised := article("a1", "2024-03-15", usCL, talks), revisedElsewhere()
	other := article("b1", "2024-03-16", usCL, talks)
	other.Countries = append(other.Countries, attache.CountryFact{Code: "DE", Name: "Country DE", Evidence: ev("In DE.", 40)})
	save(t, db, before, revised, other)
	want := dump(t, db)
	wipe(t, db)
	save(t, db, before)

	var mu sync.Mutex
	attempts := map[string]int{}
	revising := make(chan struct{})    // a1's first attempt has written its countries
	otherLocked := make(chan struct{}) // b1 holds its locks
	var closeOther sync.Once
	var waited time.Duration
	restore := neo4jdb.SetTestHook(func(ctx context.Context, _ neo4j.ManagedTransaction, step string) error {
		who, _ := ctx.Value(saverKey{}).(string)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case step == "locked":
			attempts[who]++
			if who == "b1" {
				closeOther.Do(func() { close(otherLocked) })
			}
		case step == "article" && who == "a1" && attempts[who] == 1:
			close(revising)
			start := time.Now()
			mu.Unlock()
			select { // b1 cannot hold its locks while a1 holds the group's
			case <-otherLocked:
			case <-time.After(3 * time.Second):
			}
			mu.Lock()
			waited = time.Since(start)
		}
		return nil
	})
	defer restore()

	errs := make(chan error, 2)
	var wg sync.WaitGroup
	saveAs := func(doc *attache.Extraction) {
		defer wg.Done()
		ctx := context.WithValue(context.Background(), saverKey{}, doc.Article.ID)
		if _, err := db.SaveExtraction(ctx, doc); err != nil {
			errs <- err
		}
	}
	wg.Add(2)
	go saveAs(revised)
	<-revising
	go saveAs(other)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	t.Logf("a1 stopped %s for b1; attempts %v", waited.Round(time.Millisecond), attempts)
	for _, who := range []string{"a1", "b1"} {
		if attempts[who] != 1 {
			t.Errorf("the save of %s ran its transaction %d times, want once (a deadlock, retried)", who, attempts[who])
		}
	}
	if got := dump(t, db); got != want {
		t.Errorf("the revision beside a new report differs from saving them one by one:\n%s", neo4jtest.DumpDiff(want, got, 0))
	}
}

// A revision marks the stored meetings its old text reported as stale,
// so that their groups are re-clustered and they are rewritten from the
// reports that remain (or deleted when none does), even when no new
// report lands in their group. Each case saves before, then the revision
// of a1, and compares the graph and its aggregates with saving after
// alone.
func TestRevisionRewritesTheMeetingsItLeaves(t *testing.T) {
	db := neo4jtest.Open(t)
	usCL, talks := talksUSCL()
	// a2 reports the same talks as scheduled, without the city: the
	// talks as a2 alone tells them are not the talks as a1 and a2 do.
	preview := meeting(attache.KindTalks, attache.StatusScheduled, "2024-03-14",
		[]string{"Antonia J. Velmont", "Ramon Ostrova"}, []string{"US", "CL"})
	a2 := article("a2", "2024-03-10", usCL, preview)
	a1 := article("a1", "2024-03-15", usCL, talks)
	// Still naming both states: a revision keeps the names of states its
	// officials belong to, which a fresh save of a text that does not name
	// them lacks (not what this test is about).
	withoutMeetings := article("a1", "2024-03-15", usCL)
	withoutMeetings.Countries = a1.Countries
	withoutMeetings.Article.TextHash = "hash-a1-revised"
	later := talks
	later.Date = dp("2024-05-20")
	movedLater := article("a1", "2024-03-15", usCL, later)
	movedLater.Article.TextHash = "hash-a1-revised"

	cases := []struct {
		name          string
		before, after []*attache.Extraction
	}{
		{"its only report removed: the meeting goes", []*attache.Extraction{a1}, []*attache.Extraction{withoutMeetings}},
		{"its report moved to another group", []*attache.Extraction{a1, a2}, []*attache.Extraction{a2, revisedElsewhere()}},
		{"its report removed, another stays", []*attache.Extraction{a1, a2}, []*attache.Extraction{a2, withoutMeetings}},
		{"its report moved within the group", []*attache.Extraction{a1, a2}, []*attache.Extraction{a2, movedLater}},
	}
	ctx := context.Background()
	graph := func() (string, []string) {
		stored, _, err := neo4jdb.Aggregates(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		return dump(t, db), stored
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wipe(t, db)
			save(t, db, c.after...)
			want, wantAggregates := graph()
			wipe(t, db)
			save(t, db, c.before...)
			save(t, db, c.after[len(c.after)-1]) // the revision of a1
			got, gotAggregates := graph()
			if got != want {
				t.Errorf("revising a1 differs from saving the revision fresh:\n%s", neo4jtest.DumpDiff(want, got, 0))
			}
			if !slices.Equal(gotAggregates, wantAggregates) {
				t.Errorf("the aggregates after revising a1 differ from a fresh save's:\n%s",
					neo4jtest.DumpDiff(joinLines(wantAggregates), joinLines(gotAggregates), 0))
			}
		})
	}
}

func joinLines(l []string) string {
	return strings.Join(l, "\n") + "\n"
}
