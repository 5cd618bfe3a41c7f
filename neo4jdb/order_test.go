package neo4jdb_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// ambiguous returns articles whose meetings the greedy matching of one
// report at a time resolved differently in different orders: a month and
// an undated report that fit two meetings of one month, an article whose
// undated headline and dated body name different people, and reports
// without states tied only by a shared participant. The people are
// invented.
func ambiguous() []*attache.Extraction {
	brandt := official("Ines Brandt", "DE", "Federal Foreign Minister", attache.LevelMinister)
	armand := official("Luc Armand", "FR", "Minister for Europe and Foreign Affairs", attache.LevelMinister)
	vasseur := official("Claire Vasseur", "FR", "Minister Delegate", attache.LevelDeputy)
	quillon := attache.OfficialFact{Name: "Mara Quillon", Title: "Secretary-General", Level: attache.LevelIntlOrganization,
		Organization: "United Nations", Evidence: ev("Secretary-General Mara Quillon spoke.", 0)}
	lask := attache.OfficialFact{Name: "Teodor Lask", Title: "Chairperson", Level: attache.LevelIntlOrganization,
		Organization: "African Union", Evidence: ev("Chairperson Teodor Lask spoke.", 0)}
	frde := []string{"FR", "DE"}
	gbno := []string{"GB", "NO"}
	peter := official("Peter Harlan", "GB", "Foreign Secretary", attache.LevelMinister)
	headline := meeting(attache.KindMeeting, attache.StatusHeld, "", []string{"Ines Brandt"}, frde)
	headline.Evidence = ev("Brandt in talks.", 0)
	body := meeting(attache.KindMeeting, attache.StatusHeld, "2024-05-20", []string{"Claire Vasseur"}, frde)
	body.Evidence = ev("Vasseur met her counterpart on May 20.", 40)
	return []*attache.Extraction{
		article("o1", "2024-05-03", []attache.OfficialFact{brandt, armand},
			meeting(attache.KindTalks, attache.StatusHeld, "2024-05-02", []string{"Ines Brandt", "Luc Armand"}, frde)),
		article("o2", "2024-05-21", []attache.OfficialFact{brandt, vasseur},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-05-20", []string{"Ines Brandt", "Claire Vasseur"}, frde)),
		article("o3", "2024-05-25", nil,
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-05", nil, frde)),
		article("o4", "2024-05-22", []attache.OfficialFact{brandt, vasseur}, headline, body),
		article("o5", "2024-06-01", []attache.OfficialFact{brandt},
			meeting(attache.KindMeeting, attache.StatusHeld, "", []string{"Ines Brandt"}, frde)),
		article("o6", "2024-04-28", []attache.OfficialFact{brandt, armand},
			meeting(attache.KindMeeting, attache.StatusScheduled, "2024-05-02", []string{"Luc Armand"}, frde)),
		article("u1", "2024-07-02", []attache.OfficialFact{quillon, lask},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-07-01", []string{"Mara Quillon", "Teodor Lask"}, nil)),
		article("u2", "2024-07-09", []attache.OfficialFact{quillon},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-07", []string{"Mara Quillon"}, nil)),
		article("u3", "2024-07-10", nil,
			meeting(attache.KindMeeting, attache.StatusHeld, "", nil, nil)),
		// A one-word name, the only fuller name with it, then a namesake:
		// "Harlan" alone is nobody in particular in the end, whatever
		// came first; within an article it is its fuller name.
		article("h1", "2024-08-01", []attache.OfficialFact{peter},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-07-30", []string{"Peter Harlan"}, gbno)),
		article("h2", "2024-08-03", []attache.OfficialFact{official("Harlan", "GB", "", "")},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-07", []string{"Harlan"}, gbno)),
		article("h3", "2024-08-05", []attache.OfficialFact{official("Susan Harlan", "GB", "Ambassador", attache.LevelAmbassador)}),
		article("h4", "2024-08-06", []attache.OfficialFact{peter, official("Harlan", "GB", "", "")},
			meeting(attache.KindMeeting, attache.StatusHeld, "2024-07-30", []string{"Harlan"}, gbno)),
	}
}

// TestSavesInAnyOrderMatchSequential saves one set of extractions one by
// one, then in shuffled orders cut into batches of random sizes, then from
// several goroutines at once: every dump must be that of the first save.
func TestSavesInAnyOrderMatchSequential(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	docs := append(append(corpus(), ambiguous()...), synthetic(40)...)
	save(t, db, docs...)
	want := dump(t, db)

	batches := func(seed int64) [][]*attache.Extraction {
		return randomBatches(rand.New(rand.NewSource(seed)), docs, 7)
	}
	for seed := range int64(4) {
		t.Run(fmt.Sprintf("shuffled, seed %d", seed), func(t *testing.T) {
			wipe(t, db)
			for _, b := range batches(seed) {
				if _, err := db.SaveExtractions(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			if got := dump(t, db); got != want {
				t.Errorf("another order gives another graph:\n%s", neo4jtest.DumpDiff(want, got, 0))
			}
		})
	}
	for seed := range int64(4) {
		t.Run(fmt.Sprintf("four goroutines, seed %d", seed), func(t *testing.T) {
			wipe(t, db)
			// Every batch twice: two writers race to save the same articles.
			all := batches(100 + seed)
			all = append(all, batches(200+seed)...)
			saveConcurrently(t, db, 4, all)
			if got := dump(t, db); got != want {
				t.Errorf("concurrent saves give another graph:\n%s", neo4jtest.DumpDiff(want, got, 0))
			}
		})
	}
}

// TestOneWordNamesAreOrderFree checks where a one-word name ends once a
// second official with that last name appears: on its own node in every
// order, and on the fuller name its own article gives.
func TestOneWordNamesAreOrderFree(t *testing.T) {
	db := neo4jtest.Open(t)
	var docs []*attache.Extraction
	for _, d := range ambiguous() {
		if strings.HasPrefix(d.Article.ID, "h") {
			docs = append(docs, d)
		}
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {2, 0, 1, 3}, {1, 0, 3, 2}, {3, 1, 2, 0}} {
		wipe(t, db)
		for _, i := range order {
			save(t, db, docs[i])
		}
		d := dump(t, db)
		for _, want := range []string{
			`(:Article {id: "h2"})-[:MENTIONS {aliases: [], country: "GB", end: 14, evidence: " Harlan spoke.", name: "Harlan", start: 0}]->(:Official {id: "GB:harlan"})`,
			`(:Official {id: "GB:harlan"})-[:ATTENDED {}]->(:Meeting {id: "meeting:GB-NO:2024-07"})`,
			`(:Article {id: "h4"})-[:MENTIONS {aliases: ["Harlan"], country: "GB"`,
			`]->(:Official {id: "GB:harlan peter"})`,
		} {
			if !strings.Contains(d, want) {
				t.Errorf("order %v: graph lacks %s\n%s", order, want, d)
			}
		}
	}
}
