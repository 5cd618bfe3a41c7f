package loader

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/attache-project/attache"
)

// planningStore records how each batch reached it: planned by the
// extraction workers (SavePlanned) or not (SaveExtractions), and the
// plans it was given. A plan is the article's id; planning fails for
// the ids in refuse, as a store refuses bad input.
type planningStore struct {
	mu      sync.Mutex
	refuse  map[string]bool
	planned [][]string // each SavePlanned call's plans
	whole   int        // SaveExtractions calls
	single  []string   // SaveExtraction calls
}

var errRefused = errors.New("refused")

func (s *planningStore) PlanExtraction(doc *attache.Extraction) any {
	if s.refuse[doc.Article.ID] {
		return errRefused
	}
	return "plan:" + doc.Article.ID
}

func (s *planningStore) SavePlanned(_ context.Context, docs []*attache.Extraction, plans []any) ([]attache.SaveResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var got []string
	for i, p := range plans {
		if err, ok := p.(error); ok {
			return nil, err
		}
		if p != "plan:"+docs[i].Article.ID {
			return nil, fmt.Errorf("plan %v given with article %s", p, docs[i].Article.ID)
		}
		got = append(got, p.(string))
	}
	s.planned = append(s.planned, got)
	res := make([]attache.SaveResult, len(docs))
	for i, d := range docs {
		res[i] = attache.SaveResult{ArticleID: d.Article.ID, Changed: true}
	}
	return res, nil
}

func (s *planningStore) SaveExtractions(ctx context.Context, docs []*attache.Extraction) ([]attache.SaveResult, error) {
	s.mu.Lock()
	s.whole++
	s.mu.Unlock()
	return nil, errors.New("SaveExtractions called although every article was planned")
}

func (s *planningStore) SaveExtraction(_ context.Context, doc *attache.Extraction) (attache.SaveResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.refuse[doc.Article.ID] {
		return attache.SaveResult{}, errRefused
	}
	s.single = append(s.single, doc.Article.ID)
	return attache.SaveResult{ArticleID: doc.Article.ID, Changed: true}, nil
}

// idExtractor extracts an article as its id alone.
type idExtractor struct{}

func (idExtractor) Extract(a attache.Article) (*attache.Extraction, error) {
	return &attache.Extraction{Article: attache.ArticleInfo{ID: a.ID}}, nil
}

// TestPlannedBatchesReachTheStoreWithTheirPlans: with a PlanningStore,
// each batch is saved from the plans the extraction workers made of its
// own articles, in reading order (a batch of one is saved alone, as
// before); a batch the store refuses is saved
// article by article, so the bad article fails alone; a dry run plans
// nothing.
func TestPlannedBatchesReachTheStoreWithTheirPlans(t *testing.T) {
	for _, tc := range []struct {
		name       string
		refuse     map[string]bool
		dryRun     bool
		wantPlans  [][]string
		wantSingle []string
		wantLoaded int
	}{
		{name: "all planned", wantPlans: [][]string{{"plan:a1", "plan:a2"}, {"plan:a3", "plan:a4"}}, wantSingle: []string{"a5"}, wantLoaded: 5},
		{name: "a refused article", refuse: map[string]bool{"a2": true},
			wantPlans: [][]string{{"plan:a3", "plan:a4"}}, wantSingle: []string{"a1", "a5"}, wantLoaded: 4},
		{name: "dry run", dryRun: true, wantLoaded: 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := &planningStore{refuse: tc.refuse}
			stdin := ""
			for i := 1; i <= 5; i++ {
				stdin += fmt.Sprintf(`{"id":"a%d","text":"text %d"}`+"\n", i, i)
			}
			sum, err := Load(context.Background(), []string{"-"}, strings.NewReader(stdin), idExtractor{}, store,
				Options{BatchSize: 2, Workers: 2, DryRun: tc.dryRun})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(store.planned, tc.wantPlans) || !reflect.DeepEqual(store.single, tc.wantSingle) || store.whole != 0 {
				t.Errorf("planned %v, one by one %v, whole batches %d; want %v, %v, 0",
					store.planned, store.single, store.whole, tc.wantPlans, tc.wantSingle)
			}
			if sum.Loaded != tc.wantLoaded {
				t.Errorf("loaded %d, want %d", sum.Loaded, tc.wantLoaded)
			}
		})
	}
}
