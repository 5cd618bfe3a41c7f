package neo4jdb_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// synthetic returns n articles over a small world of states and invented
// officials, so meetings and officials recur across articles as in news.
func synthetic(n int) []*attache.Extraction {
	states := []string{"US", "CL", "GB", "FR", "DE", "JP", "BR", "IN", "ZA", "KE"}
	var docs []*attache.Extraction
	for i := range n {
		a, b := states[i%len(states)], states[(i*3+1)%len(states)]
		if a == b {
			b = states[(i+1)%len(states)]
		}
		pa := fmt.Sprintf("Minister%s Alpha%d", a, i%3)
		pb := fmt.Sprintf("Minister%s Beta%d", b, i%2)
		day := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%5)
		date := day
		if i%4 == 0 {
			date = day[:7]
		}
		m := meeting(attache.KindMeeting, attache.StatusHeld, date, []string{pa, pb}, []string{a, b})
		m.Issues = []string{"trade", fmt.Sprintf("issue-%d", i%7)}
		docs = append(docs, article(fmt.Sprintf("s%04d", i), day, []attache.OfficialFact{
			official(pa, a, "Minister of Foreign Affairs", attache.LevelMinister),
			official(pb, b, "Minister of Foreign Affairs", attache.LevelMinister),
		}, m))
	}
	return docs
}

func BenchmarkSaveExtraction(b *testing.B) {
	db := neo4jtest.Open(b)
	ctx := context.Background()
	docs := synthetic(b.N)
	b.ResetTimer()
	for _, d := range docs {
		if _, err := db.SaveExtraction(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveExtractionFourWriters(b *testing.B) {
	db := neo4jtest.Open(b)
	ctx := context.Background()
	docs := synthetic(b.N)
	work := make(chan *attache.Extraction)
	var wg sync.WaitGroup
	b.ResetTimer()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range work {
				if _, err := db.SaveExtraction(ctx, d); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for _, d := range docs {
		work <- d
	}
	close(work)
	wg.Wait()
}
