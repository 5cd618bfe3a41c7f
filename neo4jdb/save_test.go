package neo4jdb_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The people in these documents are invented; none is in the corpus.

func sp(s string) *string { return &s }

func dp(d string) *attache.Date { x := attache.Date(d); return &x }

func ev(sentence string, start int) []attache.Evidence {
	return []attache.Evidence{{Sentence: sentence, Start: start, End: start + len(sentence)}}
}

func official(name, country, title string, level attache.Level, aliases ...string) attache.OfficialFact {
	return attache.OfficialFact{Name: name, Aliases: aliases, Title: title, Level: level, Country: sp(country),
		Evidence: ev(title+" "+name+" spoke.", 0)}
}

func meeting(kind attache.MeetingKind, status attache.MeetingStatus, date string, participants, countries []string) attache.EngagementFact {
	m := attache.EngagementFact{Kind: kind, Status: status, Participants: participants, Countries: countries,
		Evidence: ev(fmt.Sprintf("%v met on %s.", participants, date), 10)}
	if date != "" {
		m.Date = dp(date)
	}
	return m
}

func article(id, published string, officials []attache.OfficialFact, meetings ...attache.EngagementFact) *attache.Extraction {
	doc := &attache.Extraction{
		Article:   attache.ArticleInfo{ID: id, Title: "Title of " + id, Outlet: "Test Wire", Published: attache.Date(published), TextHash: "hash-" + id},
		Officials: officials,
		Meetings:  meetings,
	}
	seen := map[string]bool{}
	for _, m := range meetings {
		for _, c := range m.Countries {
			if !seen[c] {
				seen[c] = true
				doc.Countries = append(doc.Countries, attache.CountryFact{Code: c, Name: "Country " + c, Evidence: ev("In "+c+".", 20)})
			}
		}
		for _, is := range m.Issues {
			doc.Issues = append(doc.Issues, attache.IssueFact{ID: is, Evidence: ev("About "+is+".", 30)})
		}
	}
	return doc
}

// The documents of the merging tests: two articles on one meeting between
// the US and Chile, worded differently and dated to different precision,
// a third article about another meeting, and a one-word name.
func corpus() []*attache.Extraction {
	held := meeting(attache.KindTalks, attache.StatusHeld, "2024-03-14",
		[]string{"Antonia J. Velmont", "Ramon Ostrova"}, []string{"US", "CL"})
	held.Location = &attache.Location{City: sp("Santiago"), Country: sp("CL")}
	held.Issues = []string{"trade"}
	preview := meeting(attache.KindMeeting, attache.StatusScheduled, "2024-03",
		[]string{"Antonia Velmont"}, []string{"CL", "US"})
	preview.Issues = []string{"security"}
	other := meeting(attache.KindCall, attache.StatusHeld, "2024-04-02",
		[]string{"Velmont", "Peter Harlan"}, []string{"US", "GB"})
	return []*attache.Extraction{
		article("a1", "2024-03-15", []attache.OfficialFact{
			official("Antonia J. Velmont", "US", "Secretary of State", attache.LevelMinister, "Velmont"),
			official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
		}, held),
		article("a2", "2024-03-01", []attache.OfficialFact{
			official("Antonia Velmont", "US", "Secretary of State", attache.LevelMinister, "Secretary Velmont"),
		}, preview),
		article("a3", "2024-04-03", []attache.OfficialFact{
			official("Velmont", "US", "Secretary of State", attache.LevelMinister),
			official("Peter Harlan", "GB", "Foreign Secretary", attache.LevelMinister),
		}, other),
	}
}

func save(t *testing.T, db *neo4jdb.DB, docs ...*attache.Extraction) {
	t.Helper()
	for _, d := range docs {
		if _, err := db.SaveExtraction(context.Background(), d); err != nil {
			t.Fatalf("save %s: %v", d.Article.ID, err)
		}
	}
}

func dump(t *testing.T, db *neo4jdb.DB) string {
	t.Helper()
	d, err := db.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func count(t *testing.T, db *neo4jdb.DB) attache.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func wipe(t *testing.T, db *neo4jdb.DB) {
	t.Helper()
	if err := db.DeleteAll(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("graph differs from %s (run with -update to accept):\n%s", path, neo4jtest.DumpDiff(string(want), got, 0))
	}
}

func TestSaveTwiceIsUnchanged(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	doc := corpus()[0]
	first, err := db.SaveExtraction(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !first.Changed || first.ArticleID != "a1" || first.NodesCreated == 0 || first.RelationshipsCreated == 0 {
		t.Errorf("first save = %+v, want a changed article with nodes and relationships", first)
	}
	before := dump(t, db)
	second, err := db.SaveExtraction(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if second.Changed || second.NodesCreated+second.RelationshipsCreated+second.PropertiesSet != 0 {
		t.Errorf("second save = %+v, want unchanged and nothing written", second)
	}
	if after := dump(t, db); after != before {
		t.Errorf("saving twice changed the graph:\n%s", neo4jtest.DumpDiff(before, after, 0))
	}
}

func TestCrossArticleMergingIsOrderFree(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := corpus()
	save(t, db, docs...)
	want := dump(t, db)
	golden(t, "corpus.dump", want)

	s := count(t, db)
	if s.Nodes["Meeting"] != 2 || s.Relationships["REPORTS"] != 3 {
		t.Errorf("stats = %+v; want 2 meetings (the talks reported twice, the call) and 3 reports", s)
	}
	for _, line := range []string{
		`(:Meeting {city: "Santiago", countryKey: "CL-US", date: "2024-03-14", datePrecision: "day", dates: ["2024-03","2024-03-14"], id: "meeting:CL-US:2024-03-14", kind: "talks", status: "held"})`,
		`(:Article {id: "a2"})-[:REPORTS`,
	} {
		if !strings.Contains(want, line) {
			t.Errorf("graph lacks %s", line)
		}
	}

	orders := [][]int{{2, 1, 0}, {1, 2, 0}, {0, 2, 1}}
	for _, order := range orders {
		wipe(t, db)
		for _, i := range order {
			save(t, db, docs[i])
		}
		if got := dump(t, db); got != want {
			t.Errorf("order %v gives another graph:\n%s", order, neo4jtest.DumpDiff(want, got, 0))
		}
	}
}

// A graph written before officials were folded incrementally (no keys of
// their title and level, no dates on the node) takes new articles as if
// it had been written by this version: such officials are recomputed from
// all their mentions.
func TestOfficialsOfAnEarlierVersionAreRecomputed(t *testing.T) {
	db := neo4jtest.Open(t)
	// An earlier article that names every official of the corpus with
	// another title: folded into an official whose stored title has no
	// key, it would wrongly take over.
	docs := append(corpus(), article("a0", "2024-02-01", []attache.OfficialFact{
		official("Antonia Velmont", "US", "Senator", attache.LevelOther),
		official("Ramon Ostrova", "CL", "Ambassador", attache.LevelAmbassador),
		official("Peter Harlan", "GB", "Minister of State", attache.LevelDeputy),
	}))
	save(t, db, docs...)
	want := dump(t, db)

	wipe(t, db)
	save(t, db, docs[:3]...)
	if err := neo4jdb.ForgetOfficialKeys(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	save(t, db, docs[3])
	if got := dump(t, db); got != want {
		t.Errorf("an earlier version's officials, then another article, give another graph:\n%s", neo4jtest.DumpDiff(want, got, 0))
	}
}

func TestOfficialResolution(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := []*attache.Extraction{
		article("r1", "2024-01-01", []attache.OfficialFact{official("Antonia J. Velmont", "US", "Secretary of State", attache.LevelMinister)}),
		article("r2", "2024-01-02", []attache.OfficialFact{official("Antonia Velmont", "US", "", "")}),
		article("r3", "2024-01-03", []attache.OfficialFact{official("Velmont", "US", "Secretary of State", attache.LevelMinister)}),
		// Same surname, other first names: two people.
		article("r4", "2024-01-04", []attache.OfficialFact{
			official("Peter Harlan", "GB", "Foreign Secretary", attache.LevelMinister),
			official("Susan Harlan", "GB", "Ambassador", attache.LevelAmbassador),
		}),
		// Ambiguous one-word name: its own node.
		article("r5", "2024-01-05", []attache.OfficialFact{official("Harlan", "GB", "", "")}),
		// Same name, another state: the article got the state wrong; the
		// state most mentions claim stands, the claim stays on its edge.
		article("r6", "2024-01-06", []attache.OfficialFact{official("Antonia Velmont", "CA", "", "")}),
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {2, 1, 0, 5, 4, 3}} {
		wipe(t, db)
		for _, i := range order {
			save(t, db, docs[i])
		}
		d := dump(t, db)
		if n := count(t, db).Nodes["Official"]; n != 4 {
			t.Errorf("order %v: %d officials, want 4:\n%s", order, n, d)
		}
		for _, want := range []string{
			`(:Official {aliases: ["Antonia Velmont","Velmont"], claims: ["CA=1","US=3"], firstSeen: "2024-01-01", id: "US:antonia velmont", lastSeen: "2024-01-06", level: "minister", levelKey: "1 2024-01-03 r3", name: "Antonia J. Velmont", nameTail: "US:velmont", personKey: "antonia velmont", title: "Secretary of State", titleKey: "2024-01-03 r3"})`,
			`(:Article {id: "r6"})-[:MENTIONS {aliases: [], country: "CA"`,
			`(:Official {id: "GB:harlan peter"`,
			`(:Official {id: "GB:harlan susan"`,
			`(:Official {id: "GB:harlan"`,
			`(:Article {id: "r3"})-[:MENTIONS`,
		} {
			if !strings.Contains(d, want) {
				t.Errorf("order %v: graph lacks %s", order, want)
			}
		}
	}
}

func TestFailedSaveLeavesNothing(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	for _, step := range []string{"article", "officials", "meetings"} {
		restore := neo4jdb.SetTestHook(func(ctx context.Context, tx neo4j.ManagedTransaction, at string) error {
			if at != step {
				return nil
			}
			// A map is not a valid property value: Neo4j refuses the write.
			res, err := tx.Run(ctx, "CREATE (x:Broken {value: $value})", map[string]any{"value": map[string]any{"a": 1}})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			return err
		})
		_, err := db.SaveExtraction(ctx, corpus()[0])
		restore()
		var neoErr *neo4j.Neo4jError
		if !errors.As(err, &neoErr) {
			t.Errorf("failing after %s: error %v, want Neo4j's refusal", step, err)
		}
		if d := dump(t, db); d != "\n" {
			t.Errorf("failing after %s left a graph:\n%s", step, d)
		}
	}
	// And the same document saves once the fault is gone.
	save(t, db, corpus()[0])
}

func TestChangedArticleReplacesItsFacts(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := corpus()
	revised := article("a1", "2024-03-15", []attache.OfficialFact{
		official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
		official("Ines Brandt", "DE", "Federal Chancellor", attache.LevelHeadOfGovernment),
	}, meeting(attache.KindVisit, attache.StatusHeld, "2024-03-14", []string{"Ines Brandt", "Ramon Ostrova"}, []string{"DE", "CL"}))
	revised.Article.TextHash = "hash-a1-revised"

	save(t, db, docs[1], docs[2], revised)
	want := dump(t, db)
	wipe(t, db)
	save(t, db, docs...)
	res, err := db.SaveExtraction(context.Background(), revised)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed {
		t.Errorf("revised article reported unchanged")
	}
	if got := dump(t, db); got != want {
		t.Errorf("revising a1 differs from loading its revision fresh:\n%s", neo4jtest.DumpDiff(want, got, 0))
	}
}

func TestConcurrentSavesMatchSequential(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	// Many overlapping documents: the corpus three times over under other
	// ids, so workers race on the same meetings, officials and countries.
	var docs []*attache.Extraction
	for copyN := range 4 {
		for _, d := range corpus() {
			d.Article.ID = fmt.Sprintf("%s-%d", d.Article.ID, copyN)
			d.Article.TextHash = "hash-" + d.Article.ID
			docs = append(docs, d)
		}
	}
	save(t, db, docs...)
	want := dump(t, db)

	for round := range 3 {
		wipe(t, db)
		shuffled := append([]*attache.Extraction(nil), docs...)
		rand.New(rand.NewSource(int64(round))).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		work := make(chan *attache.Extraction)
		var wg sync.WaitGroup
		errs := make(chan error, len(docs))
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for d := range work {
					if _, err := db.SaveExtraction(ctx, d); err != nil {
						errs <- err
					}
				}
			}()
		}
		for _, d := range shuffled {
			work <- d
		}
		close(work)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("round %d: %v", round, err)
		}
		if got := dump(t, db); got != want {
			t.Errorf("round %d: concurrent load differs from sequential:\n%s", round, neo4jtest.DumpDiff(want, got, 0))
		}
	}
}

func TestSaveRejectsBadInput(t *testing.T) {
	db := neo4jtest.Open(t)
	for _, doc := range []*attache.Extraction{
		nil,
		{},
		{Article: attache.ArticleInfo{ID: "x"}, Countries: []attache.CountryFact{{Name: "Nowhere"}}},
		{Article: attache.ArticleInfo{ID: "x"}, Officials: []attache.OfficialFact{{Name: "..."}}},
		// Meetings are matched by their dates' prefixes: a date must be one.
		{Article: attache.ArticleInfo{ID: "x"}, Meetings: []attache.EngagementFact{{Kind: attache.KindMeeting, Date: dp("last Tuesday")}}},
		{Article: attache.ArticleInfo{ID: "x"}, Meetings: []attache.EngagementFact{{Kind: attache.KindMeeting, Date: dp("2024-13")}}},
	} {
		if _, err := db.SaveExtraction(context.Background(), doc); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("SaveExtraction(%+v) = %v, want EINVALID", doc, err)
		}
	}
}

func TestTaxonomyIssuesKeepTheirLabels(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	if err := db.SaveIssues(ctx, []attache.Issue{{ID: "trade", Label: "Trade and investment"}}); err != nil {
		t.Fatal(err)
	}
	doc := corpus()[0] // discusses trade
	save(t, db, doc)
	revised := article("a1", "2024-03-15", nil)
	revised.Article.TextHash = "hash-a1-revised"
	save(t, db, revised)
	d := dump(t, db)
	if !strings.Contains(d, `(:Issue {id: "trade", label: "Trade and investment"})`) {
		t.Errorf("the taxonomy issue went with the article that discussed it:\n%s", d)
	}
	if strings.Contains(d, ":Meeting") || strings.Contains(d, ":Official") {
		t.Errorf("the revised article's old facts stayed:\n%s", d)
	}
	if err := db.SaveIssues(ctx, []attache.Issue{{Label: "no id"}}); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("SaveIssues without an id = %v, want EINVALID", err)
	}
}

// SaveExtractions gives the graph that saving its articles one by one
// gives, wherever the batches are cut, and a batch that names an article
// twice or comes again changes nothing more.
func TestBatchedSavesMatchSequential(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	docs := append(corpus(), synthetic(40)...)
	save(t, db, docs...)
	want := dump(t, db)

	for _, size := range []int{2, 7, len(docs)} {
		wipe(t, db)
		for start := 0; start < len(docs); start += size {
			part := docs[start:min(start+size, len(docs))]
			res, err := db.SaveExtractions(ctx, part)
			if err != nil {
				t.Fatalf("batches of %d: %v", size, err)
			}
			if len(res) != len(part) {
				t.Fatalf("batches of %d: %d results for %d articles", size, len(res), len(part))
			}
			for i, r := range res {
				if r.ArticleID != part[i].Article.ID || !r.Changed {
					t.Errorf("batches of %d: result %d = %+v; want %s changed", size, i, r, part[i].Article.ID)
				}
			}
		}
		if got := dump(t, db); got != want {
			t.Errorf("batches of %d give another graph than one by one:\n%s", size, neo4jtest.DumpDiff(want, got, 0))
		}
	}

	again := append([]*attache.Extraction{docs[3]}, docs...)
	res, err := db.SaveExtractions(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Changed {
			t.Errorf("saving a stored article again in a batch: result %d (%s) changed", i, r.ArticleID)
		}
	}
	if got := dump(t, db); got != want {
		t.Errorf("a repeated batch changed the graph:\n%s", neo4jtest.DumpDiff(want, got, 0))
	}
}

// A state that an article names only as an engagement's venue or party
// (no country mention) still gets its name, from the extraction's
// StateNames.
func TestVenueStatesAreNamed(t *testing.T) {
	db := neo4jtest.Open(t)
	m := meeting(attache.KindMeeting, attache.StatusHeld, "2024-05-02",
		[]string{"Antonia J. Velmont", "Ramon Ostrova"}, []string{"US", "CL", "NO"})
	m.Location = &attache.Location{City: sp("Brussels"), Country: sp("BE")}
	doc := article("v1", "2024-05-03", []attache.OfficialFact{
		official("Antonia J. Velmont", "US", "Secretary of State", attache.LevelMinister),
		official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}, m)
	doc.Countries = doc.Countries[:2] // the article never names Norway
	doc.StateNames = map[string]string{"BE": "Belgium", "NO": "Norway", "US": "United States"}
	save(t, db, doc)
	d := dump(t, db)
	for _, want := range []string{
		`(:Country {code: "BE", name: "Belgium"})`,
		`(:Country {code: "NO", name: "Norway"})`,
		`(:Country {code: "CL", name: "Country CL"})`, // the mention's name stands
	} {
		if !strings.Contains(d, want) {
			t.Errorf("graph lacks %s:\n%s", want, d)
		}
	}
}

// A group's reports are clustered in order of publication: an undated
// report of a held engagement joins the latest meeting before its article
// within the horizon (identity.Horizon), and stays apart when none is;
// a month or a year joins the day it contains. The
// result is the same saved one by one, in one batch or in reverse.
func TestMeetingsAreFoundByDate(t *testing.T) {
	db := neo4jtest.Open(t)
	people := []string{"Antonia Velmont", "Ramon Ostrova"}
	officials := []attache.OfficialFact{
		official("Antonia Velmont", "US", "Secretary of State", attache.LevelMinister),
		official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}
	talks := func(date string) attache.EngagementFact {
		return meeting(attache.KindTalks, attache.StatusHeld, date, people, []string{"CL", "US"})
	}
	docs := []*attache.Extraction{
		article("d1", "2024-03-15", officials, talks("2024-03-14")),
		article("d2", "2024-12-30", officials, talks("2024")),       // the year of d1's day
		article("d3", "2024-03-20", officials, talks("")),           // undated: the only meeting reported before
		article("d4", "2024-06-02", officials, talks("2023-05")),    // another year: another meeting
		article("d5", "2024-06-10", officials, talks("2023-05-09")), // a day of d4's month
		article("d6", "2025-01-02", officials, talks("")),           // undated: 2023-05-09 is more than a year before
		article("d7", "2027-01-02", officials, talks("")),           // undated, nothing in the year before: its own
	}
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	for _, how := range []string{"one by one", "batched", "reversed"} {
		wipe(t, db)
		switch how {
		case "batched":
			if _, err := db.SaveExtractions(context.Background(), docs); err != nil {
				t.Fatal(err)
			}
		case "reversed":
			save(t, db, reversed...)
		default:
			save(t, db, docs...)
		}
		d := dump(t, db)
		if n := count(t, db).Nodes["Meeting"]; n != 3 {
			t.Errorf("%s: %d meetings, want 3:\n%s", how, n, d)
		}
		for _, want := range []string{
			`(:Article {id: "d2"})-[:REPORTS`,
			`]->(:Meeting {id: "meeting:CL-US:2024-03-14"})`,
			`(:Article {id: "d4"})-[:REPORTS {`,
			`(:Article {id: "d5"})-[:REPORTS {`,
			`]->(:Meeting {id: "meeting:CL-US:2023-05-09"})`,
			`(:Article {id: "d7"})-[:REPORTS {`,
			`]->(:Meeting {id: "meeting:CL-US:undated"})`,
		} {
			if !strings.Contains(d, want) {
				t.Errorf("%s: graph lacks %s", how, want)
			}
		}
		for _, a := range []string{"d1", "d2", "d3", "d6"} {
			if !regexp.MustCompile(`\(:Article \{id: "` + a + `"\}\)-\[:REPORTS \{[^}]*\}\]->\(:Meeting \{id: "meeting:CL-US:2024-03-14"\}\)`).MatchString(d) {
				t.Errorf("%s: %s does not report the meeting of 2024-03-14:\n%s", how, a, d)
			}
		}
	}
}
