package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// examplesDir holds the project's own sample articles.
var examplesDir = filepath.Join("..", "..", "examples", "articles")

// exampleArticles reads the samples: .txt (first line the title), .html
// (the whole page) and the rows of articles.jsonl.
func exampleArticles(t *testing.T) []attache.Article {
	t.Helper()
	var out []attache.Article
	files, _ := filepath.Glob(filepath.Join(examplesDir, "*"))
	if len(files) == 0 {
		t.Skipf("no sample articles in %s", examplesDir)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		switch filepath.Ext(f) {
		case ".txt":
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			title, body, _ := strings.Cut(string(b), "\n")
			out = append(out, attache.Article{ID: id, Title: strings.TrimSpace(title), Text: body})
		case ".html":
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, attache.Article{ID: id, Text: string(b)})
		case ".jsonl":
			fh, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(fh)
			sc.Buffer(make([]byte, 1<<20), 16<<20)
			for sc.Scan() {
				if len(bytes.TrimSpace(sc.Bytes())) == 0 {
					continue
				}
				var a attache.Article
				if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				out = append(out, a)
			}
			fh.Close()
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// TestGolden extracts every sample article and compares the JSON with
// testdata/golden/ID.json; go test -run TestGolden -update rewrites them,
// and the diff is what a reviewer reads.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	for _, a := range exampleArticles(t) {
		t.Run(a.ID, func(t *testing.T) {
			e := extractText(t, x, a)
			checkInvariants(t, e)
			got, err := json.MarshalIndent(e, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", a.ID+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; review with -update and git diff", a.ID, path)
			}
		})
	}
}
