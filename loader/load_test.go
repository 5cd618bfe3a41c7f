package loader_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader"
	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// breaking extracts as usual but spoils the facts of the articles whose
// text holds "BREAK", so the store rejects them (an official without a
// name), as it would a fact that a future extractor got wrong.
type breaking struct{ x *extract.Extractor }

func (b breaking) Extract(a attache.Article) (*attache.Extraction, error) {
	doc, err := b.x.Extract(a)
	if err == nil && strings.Contains(a.Text, "BREAK") {
		doc.Officials = append(doc.Officials, attache.OfficialFact{Name: ""})
	}
	return doc, err
}

// One article the store rejects fails alone: with batches of many articles
// the loader saves the rest of a failed batch one by one, so the graph ends
// as loading every good article by itself leaves it.
func TestBadArticleInABatchFailsAlone(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	db := neo4jtest.Open(t)
	ctx := context.Background()
	const examples = "../examples/articles"

	alone, err := loader.Load(ctx, []string{examples}, nil, x, db, loader.Options{Writers: 1, BatchSize: 1})
	if err != nil || alone.Failed != 0 {
		t.Fatalf("clean load: %v, %+v", err, alone.Failures)
	}
	want, err := db.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}

	bad := `{"id": "bad-one", "title": "Broken", "text": "BREAK. The President of Chile met the President of Peru in Lima on Monday."}` + "\n"
	sum, err := loader.Load(ctx, []string{examples, "-"}, strings.NewReader(bad), breaking{x}, db,
		loader.Options{Writers: 1, BatchSize: 64})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || len(sum.Failures) != 1 || sum.Failures[0].Source != "-:1" {
		t.Fatalf("failures = %d %+v; want the stdin row alone", sum.Failed, sum.Failures)
	}
	if sum.Loaded != alone.Loaded {
		t.Errorf("loaded %d articles in batches with one bad; %d alone", sum.Loaded, alone.Loaded)
	}
	got, err := db.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("the graph after a batch with a bad article differs from loading the good ones alone")
	}
}

// failing extracts as usual, but returns an error for texts holding "FAIL"
// and panics on those holding "PANIC", as a buggy extractor might.
type failing struct{ x *extract.Extractor }

func (f failing) Extract(a attache.Article) (*attache.Extraction, error) {
	switch {
	case strings.Contains(a.Text, "PANIC"):
		var officials []attache.OfficialFact
		_ = officials[len(a.Text)] // index out of range
	case strings.Contains(a.Text, "FAIL"):
		return nil, errors.New("the text defeats the extractor")
	}
	return f.x.Extract(a)
}

// An article the extractor fails on, by an error or a panic, is reported
// with its file, line and id; the other articles are extracted and would
// be written.
func TestExtractionFailureIsReportedAndTheRestLoad(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	rows := `{"id":"good-1","text":"Foreign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru."}` + "\n" +
		`{"id":"bad-error","text":"FAIL. Foreign Minister Ali Sani of Niger."}` + "\n" +
		`{"id":"bad-panic","text":"PANIC. Foreign Minister Ana Reyes of Peru."}` + "\n" +
		`{"id":"good-2","text":"Foreign Minister Ana Reyes of Peru visited Niamey."}` + "\n"
	sum, err := loader.Load(context.Background(), []string{"-"}, strings.NewReader(rows), failing{x}, nil,
		loader.Options{DryRun: true, Workers: 2, BatchSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 4 || sum.Loaded != 2 || sum.Failed != 2 || len(sum.Failures) != 2 {
		t.Fatalf("summary %+v; want 4 read, 2 loaded, 2 failed", sum)
	}
	var got []string
	for _, f := range sum.Failures {
		got = append(got, f.Err.Error())
	}
	slices.Sort(got)
	want := []string{
		`-:2 (id "bad-error"): extracting: the text defeats the extractor`,
		`-:3 (id "bad-panic"): extracting: the extractor failed on this text: runtime error: index out of range`,
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("failure %d = %q, want it to start with %q", i, got[i], want[i])
		}
	}
}
