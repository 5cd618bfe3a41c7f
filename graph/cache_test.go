package graph

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// answerOf is a stand-in for the GraphQL server: it answers every request
// with size bytes and says the answer may be cached, as Register's hook
// does for a read without errors.
func answerOf(size int, calls *atomic.Int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if note, ok := r.Context().Value(answerNoteKey{}).(*answerNote); ok {
			note.cacheable = true
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"data":"%s"}`, strings.Repeat("x", size-11))
	})
}

func ask(t *testing.T, h http.Handler, query string) int {
	t.Helper()
	body := fmt.Sprintf(`{"query":%q}`, query)
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !bytes.HasPrefix(rec.Body.Bytes(), []byte(`{"data":`)) {
		t.Fatalf("%s: %d %.60s", query, rec.Code, rec.Body.String())
	}
	return rec.Body.Len()
}

// The cache holds at most its byte budget, evicting the least recently
// used answers, and does not keep an answer over a sixteenth of it.
func TestResultCacheKeepsToItsBudget(t *testing.T) {
	const budget = 64 << 10
	for _, tt := range []struct {
		name      string
		size      int
		questions int
		maxKept   int64
	}{
		{"small answers", 1 << 10, 200, budget},
		{"answers of a sixteenth", budget / 16, 40, budget},
		{"answers too big to keep", budget/16 + 1, 5, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int64
			c := NewResultCache(time.Minute, 10000, budget, time.Second)
			h := c.Handler(answerOf(tt.size, &calls))
			for i := range tt.questions {
				if n := ask(t, h, fmt.Sprintf("{ q%d }", i)); n != tt.size {
					t.Fatalf("answer of %d bytes, want %d", n, tt.size)
				}
				if c.Bytes() > tt.maxKept {
					t.Fatalf("after %d questions the cache holds %d bytes, over %d", i+1, c.Bytes(), tt.maxKept)
				}
			}
			// The last question is still kept when it may be, and answered
			// from memory.
			before := calls.Load()
			ask(t, h, fmt.Sprintf("{ q%d }", tt.questions-1))
			if kept := calls.Load() == before; kept != (tt.maxKept > 0) {
				t.Errorf("last question answered from memory: %v, want %v", kept, tt.maxKept > 0)
			}
		})
	}
}

// The parsed-query cache holds at most its byte budget whatever the
// queries, and does not keep one over its item bound: 30 distinct 20 MB
// queries held 950 MB in gqlgen's entry-counted LRU.
func TestQueryCacheKeepsToItsBudget(t *testing.T) {
	const budget, item = 1 << 20, 64 << 10
	c := newBoundedCache(1000, budget, item, func(k string, v string) int64 { return int64(len(k) + len(v)) })
	ctx := context.Background()
	for i := range 200 {
		key := fmt.Sprintf("q%d %s", i, strings.Repeat("x", 30<<10))
		c.Add(ctx, key, "")
		if c.Bytes() > budget {
			t.Fatalf("after %d queries the cache holds %d bytes, over %d", i+1, c.Bytes(), budget)
		}
		if _, ok := c.Get(ctx, key); !ok {
			t.Fatalf("query %d, within the item bound, was not kept", i)
		}
	}
	huge := strings.Repeat("y", item+1)
	c.Add(ctx, huge, "")
	if _, ok := c.Get(ctx, huge); ok {
		t.Error("a query over the item bound was kept")
	}
	c.Add(ctx, "small", "")
	c.Add(ctx, "small", "") // a replaced entry's weight is not counted twice
	before := c.Bytes()
	c.Add(ctx, "small", "")
	if c.Bytes() != before {
		t.Errorf("re-adding an entry changed the weight from %d to %d", before, c.Bytes())
	}
}

// The field count spreads fragments where they are used, stops growing
// past the limit (a fragment bomb stands for 2^n fields) and survives
// cycles, which validation reports.
func TestCountFields(t *testing.T) {
	for _, tt := range []struct {
		query string
		want  int
	}{
		{`{ a b { c d } }`, 4},
		{`{ a ...F ...F } fragment F on Q { b c }`, 7}, // 1 + 2×2 spread + 2 in the definition
		{`{ a ... on Q { b } }`, 2},
		{`{ ...A } fragment A on Q { ...B } fragment B on Q { ...A x }`, 3},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		if got := countFields(doc, 1000); got != tt.want {
			t.Errorf("countFields(%s) = %d, want %d", tt.query, got, tt.want)
		}
	}
	var b strings.Builder
	b.WriteString("{ ...F0 } fragment F40 on Q { a }\n")
	for i := 39; i >= 0; i-- {
		fmt.Fprintf(&b, "fragment F%d on Q { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: b.String()})
	if err != nil {
		t.Fatal(err)
	}
	if got := countFields(doc, 1000); got != 1001 {
		t.Errorf("a fragment bomb counts %d, want the limit plus one", got)
	}
}
