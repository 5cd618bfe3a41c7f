package graph

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
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
