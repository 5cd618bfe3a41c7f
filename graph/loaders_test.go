package graph

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"
)

// recordingFetch returns a fetch that records each batch of keys it gets.
func recordingFetch() (func(context.Context, []string) ([]string, []error), func() [][]string) {
	var mu sync.Mutex
	var batches [][]string
	fetch := func(_ context.Context, keys []string) ([]string, []error) {
		mu.Lock()
		defer mu.Unlock()
		batches = append(batches, slices.Clone(keys))
		values := make([]string, len(keys))
		for i, k := range keys {
			values[i] = "value of " + k
		}
		return values, make([]error, len(keys))
	}
	return fetch, func() [][]string {
		mu.Lock()
		defer mu.Unlock()
		slices.SortFunc(batches, slices.Compare)
		return batches
	}
}

// A lookup whose object is not an element of a list fetches its key at
// once: with an hour's batching wait it still answers. Elements of a list
// are batched together (the batch is full at two keys, so the test does
// not wait either).
func TestLoaderSkipsTheWaitWithoutSiblings(t *testing.T) {
	fetch, batches := recordingFetch()
	l := newLoader(fetch, dataloadgen.WithWait(time.Hour), dataloadgen.WithBatchCapacity(2))

	root := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{})
	single := graphql.WithFieldContext(root, &graphql.FieldContext{})
	if v, err := l.Load(single, "a"); err != nil || v != "value of a" {
		t.Fatalf("Load outside a list = %q, %v", v, err)
	}

	var wg sync.WaitGroup
	for i, key := range []string{"b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			element := graphql.WithFieldContext(root, &graphql.FieldContext{Index: &i})
			child := graphql.WithFieldContext(element, &graphql.FieldContext{})
			if v, err := l.Load(child, key); err != nil || v != "value of "+key {
				t.Errorf("Load in a list = %q, %v", v, err)
			}
		}()
	}
	wg.Wait()
	got := batches()
	want := [][]string{{"a"}, {"b", "c"}}
	if len(got) == 2 {
		slices.Sort(got[1])
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("batches %q, want %q", got, want)
	}
}
