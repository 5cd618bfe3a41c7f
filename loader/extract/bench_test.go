package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// scalingArticle is n bytes of invented wire copy: datelines, officials,
// countries and issues in short sentences, as in a very long real article.
func scalingArticle(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "WASHINGTON, March %d, 2010 – Secretary of State Jane Roe%d met with Foreign Minister Ali Sani%d of Niger and Peruvian President Alonso Rivas%d here today. "+
			"They discussed trade, drug trafficking and the peacekeeping mission in the Congo, the secretary said. The talks will resume in %d.\n\n", i%28+1, i%40, i%40, i%7, 2011+i%5)
	}
	return b.String()[:n]
}

// scalingLine is about n bytes on one line without a sentence end: one
// "sentence" of n/6 tokens full of meeting verbs, titles and countries.
func scalingLine(n int) string {
	const unit = "the minister met the president and discussed trade with Peru and Chile and "
	return strings.Repeat(unit, n/len(unit))
}

// BenchmarkExtractScaling extracts a 1 MB and a 10 MB article and a 1 MB
// line without a full stop; MB/s should stay about the same across the
// three (linear time), whatever the machine's speed.
func BenchmarkExtractScaling(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		text string
	}{
		{"1MB", scalingArticle(1 << 20)},
		{"10MB", scalingArticle(10 << 20)},
		{"1MB-line", scalingLine(1 << 20)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := x.Extract(attache.Article{ID: "big", Text: bc.text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
