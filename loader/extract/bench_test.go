package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-project/attache"
)

// corpusPath is the shared corpus, beside the module's checkout.
var corpusPath = filepath.Join("..", "..", "..", "shared", "corpus", "articles.jsonl")

func loadCorpus(b *testing.B) []attache.Article {
	arts, err := readCorpus()
	if err != nil {
		b.Skipf("corpus not readable at %s (the shared folder is beside the checkout): %v", corpusPath, err)
	}
	return arts
}

// readCorpus reads the shared corpus's articles.
func readCorpus() ([]attache.Article, error) {
	f, err := os.Open(corpusPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []attache.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var row struct {
			ID, Text                      string
			Title, Outlet, URL, Published *string
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		s := func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		}
		out = append(out, attache.Article{ID: row.ID, Text: row.Text, Title: s(row.Title), Outlet: s(row.Outlet), URL: s(row.URL), Published: attache.Date(s(row.Published))})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return out, nil
}

// BenchmarkExtractCorpus extracts every corpus article once per iteration
// and reports articles per second and allocations per article; b.SetBytes
// makes MB/s the text throughput.
func BenchmarkExtractCorpus(b *testing.B) {
	arts := loadCorpus(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	n := float64(b.N * len(arts))
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNew is the one-time cost of parsing the reference data.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
