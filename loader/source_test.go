package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func collect(t *testing.T, paths []string, stdin string) (ids []string, errs []string) {
	t.Helper()
	err := ReadSources(context.Background(), paths, strings.NewReader(stdin), func(it Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
		} else {
			ids = append(ids, it.Article.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("ReadSources: %v", err)
	}
	return ids, errs
}

func TestReadSourcesFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":         "Title A\n\nBody of A.",
		"sub/b.html":    "<html><body><p>B</p></body></html>",
		"sub/c.jsonl":   `{"id":"c1","title":"C1","published":"2005-08-18","text":"Body C1"}` + "\n\n" + `{"id":"c2","text":"Body C2"}` + "\n",
		"ignored.pdf":   "%PDF",
		"empty.txt":     "  \n",
		"binary.txt":    "abc\x00def",
		"latin1.txt":    "caf\xe9",
		"sub/bad.jsonl": `{"id":"ok","text":"fine"}` + "\n" + `{"id":` + "\n" + `{"id":"nt"}` + "\n" + `{"id":"d","published":"18 Aug","text":"x"}` + "\n",
	})
	ids, errs := collect(t, []string{dir}, "")
	wantIDs := []string{"a", "b", "ok", "c1", "c2"}
	if strings.Join(ids, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("ids = %v, want %v", ids, wantIDs)
	}
	wantErrs := []string{
		"binary.txt: binary content (NUL byte), not a text article",
		"empty.txt: empty article",
		"latin1.txt: invalid UTF-8",
		"bad.jsonl:2: not a JSON object",
		`bad.jsonl:3: no "text"`,
		`bad.jsonl:4: published "18 Aug" is not a date`,
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d of them", errs, len(wantErrs))
	}
	for i, want := range wantErrs {
		if !strings.Contains(errs[i], want) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], want)
		}
	}
}

func TestReadSourcesStdinAndMissing(t *testing.T) {
	ids, errs := collect(t, []string{"-", "/no/such/file.txt"}, `{"id":"s1","text":"from stdin"}`)
	if strings.Join(ids, ",") != "s1" {
		t.Errorf("ids = %v", ids)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "/no/such/file.txt: cannot read: no such file or directory") {
		t.Errorf("errs = %q", errs)
	}
}

func TestReadSourcesMetadata(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"x.jsonl": `{"id":"x","title":"T","url":"http://u","outlet":"O","published":"2005-08","text":"body","license":"ignored"}`,
		"y.txt":   "\n  Headline here  \nbody\n",
	})
	var got []Item
	if err := ReadSources(context.Background(), []string{filepath.Join(dir, "x.jsonl"), filepath.Join(dir, "y.txt")}, nil, func(it Item) error {
		got = append(got, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	x := got[0].Article
	if x.Title != "T" || x.URL != "http://u" || x.Outlet != "O" || x.Published != "2005-08" || x.Text != "body" || !strings.HasSuffix(x.Source, "x.jsonl:1") {
		t.Errorf("jsonl article = %+v", x)
	}
	if y := got[1].Article; y.Title != "Headline here" || y.ID != "y" {
		t.Errorf("txt article = %+v", y)
	}
}

func TestReadSourcesLongLine(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("a", MaxArticleBytes+10) + `"}`
	dir := writeFiles(t, map[string]string{"big.jsonl": long + "\n" + `{"id":"after","text":"still read"}` + "\n"})
	ids, errs := collect(t, []string{dir}, "")
	if strings.Join(ids, ",") != "after" {
		t.Errorf("ids = %v, want the row after the long one", ids)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "big.jsonl:1: article is larger than the limit") {
		t.Errorf("errs = %q", errs)
	}
}

func TestReadSourcesStopsWhenEmitFails(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "a", "b.txt": "b"})
	stop := errors.New("stop")
	n := 0
	err := ReadSources(context.Background(), []string{dir}, nil, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d items, want stop after 1", err, n)
	}
}

func FuzzParseRow(f *testing.F) {
	f.Add([]byte(`{"id":"x","text":"body","published":"2005-08-18"}`))
	f.Add([]byte(`{"text":null}`))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		it := parseRow("f.jsonl", 1, raw, nil)
		if (it.Err == nil) == (it.Article.Text == "") {
			t.Fatalf("row %q: want exactly one of an article or an error, got %+v", raw, it)
		}
	})
}

// Standard input that stays open and silent does not keep ReadSources from
// returning once the context is cancelled.
func TestReadSourcesStopsOnCancelWhileStdinIsIdle(t *testing.T) {
	idle, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancelCause(context.Background())
	stopped := errors.New("stopped by the test")
	done := make(chan error, 1)
	go func() {
		done <- ReadSources(ctx, []string{"-"}, idle, func(Item) error { return nil })
	}()
	cancel(stopped)
	select {
	case err := <-done:
		if !errors.Is(err, stopped) {
			t.Errorf("err = %v, want the context's cause", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("ReadSources still waits on an idle stdin after cancellation")
	}
}

// A second article with an id already read, in the same file or another, is
// reported with both places; the first is kept. Articles without an id are
// never duplicates here.
func TestReadSourcesReportsDuplicateIDs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.jsonl":     `{"id":"x","text":"first x"}` + "\n" + `{"text":"no id"}` + "\n" + `{"id":"x","text":"second x"}` + "\n" + `{"text":"no id"}` + "\n",
		"b/dup.txt":   "same name in two folders",
		"c/dup.txt":   "the other one",
		"d/other.txt": "not a duplicate",
	})
	var texts, errs []string
	err := ReadSources(context.Background(), []string{dir, "-"}, strings.NewReader(`{"id":"x","text":"third x"}`), func(it Item) error {
		if it.Err != nil {
			var dup *DuplicateError
			if !errors.As(it.Err, &dup) {
				t.Errorf("error %v is not a *DuplicateError", it.Err)
			}
			errs = append(errs, strings.TrimPrefix(it.Err.Error(), dir+"/"))
		} else {
			texts = append(texts, it.Article.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "first x,no id,no id,same name in two folders,not a duplicate"; strings.Join(texts, ",") != want {
		t.Errorf("articles = %q, want %q", strings.Join(texts, ","), want)
	}
	want := []string{
		`a.jsonl:3: article id "x" was already read at ` + dir + `/a.jsonl:1; this one is skipped`,
		`c/dup.txt: article id "dup" was already read at ` + dir + `/b/dup.txt; this one is skipped`,
		`-:1: article id "x" was already read at ` + dir + `/a.jsonl:1; this one is skipped`,
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("duplicates:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
}

// TestDuplicateNamesWhereTheFirstWasRead: the seen ids keep a place as a
// shared path and a line, and give back the Source the first article had,
// whatever it looked like.
func TestDuplicateNamesWhereTheFirstWasRead(t *testing.T) {
	for _, source := range []string{
		"corpus.jsonl:12", "/data/a b/feed.jsonl:1", "-:7", "articles/one.txt", "odd:name.txt",
		"ends:0", "ends:012", "ends:-3", "ends:", "c:\\feeds\\x.jsonl:40", "",
		"huge.jsonl:1099511627775", "huger.jsonl:1099511627776", "huge.jsonl:99999999999999999999",
	} {
		seen := newIDs()
		first := Item{Article: attache.Article{ID: "a1", Source: source}}
		if got := seen.check(first); got.Err != nil {
			t.Fatalf("%q: the first article gave %v", source, got.Err)
		}
		dup := seen.check(Item{Article: attache.Article{ID: "a1", Source: "later.jsonl:3"}})
		var de *DuplicateError
		if !errors.As(dup.Err, &de) || de.First != source || de.Source != "later.jsonl:3" {
			t.Errorf("%q: duplicate gave %v, want First %q", source, dup.Err, source)
		}
	}
	seen := newIDs()
	for i := range 3 {
		seen.check(Item{Article: attache.Article{ID: fmt.Sprint(i), Source: fmt.Sprintf("feed.jsonl:%d", i+1)}})
	}
	if len(seen.files) != 1 {
		t.Errorf("three rows of one file kept %d paths, want 1", len(seen.files))
	}
}

// TestSeenIDsKeepDistinctIDsApart: ids that differ in one byte, or only
// in length, are never taken for one another (their digests differ), and
// each duplicate names its own first place.
func TestSeenIDsKeepDistinctIDsApart(t *testing.T) {
	seen := newIDs()
	var all []string
	for i := range 20000 {
		all = append(all, fmt.Sprintf("synth-%06d", i), fmt.Sprintf("synth-%06d ", i), fmt.Sprintf("Synth-%06d", i))
	}
	for i, id := range all {
		if got := seen.check(Item{Article: attache.Article{ID: id, Source: fmt.Sprintf("c.jsonl:%d", i+1)}}); got.Err != nil {
			t.Fatalf("%q taken for a duplicate: %v", id, got.Err)
		}
	}
	for _, i := range []int{0, 1, 2, 31337, len(all) - 1} {
		dup := seen.check(Item{Article: attache.Article{ID: all[i], Source: "again.jsonl:1"}})
		var de *DuplicateError
		if want := fmt.Sprintf("c.jsonl:%d", i+1); !errors.As(dup.Err, &de) || de.First != want {
			t.Errorf("%q again: %v, want first read at %s", all[i], dup.Err, want)
		}
	}
}
