package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/attache-project/attache"
)

// TestTraceArticle prints the engagement stage's working for one corpus
// article (a debugging aid: ATTACHE_TRACE_ID=NNN go test -run TestTraceArticle -v;
// ATTACHE_TRACE_FILE names another articles.jsonl).
func TestTraceArticle(t *testing.T) {
	id := os.Getenv("ATTACHE_TRACE_ID")
	if id == "" {
		t.Skip("ATTACHE_TRACE_ID not set")
	}
	path := "../../../shared/corpus/articles.jsonl"
	if p := os.Getenv("ATTACHE_TRACE_FILE"); p != "" {
		path = p // a held-out split's articles.jsonl
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	x := newExtractor(t)
	x.trace = func(format string, args ...any) { t.Logf(format, args...) }
	for sc.Scan() {
		var a attache.Article
		var raw struct {
			ID, Text, Title string
			Outlet          *string
			Published       *string
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil || raw.ID != id {
			continue
		}
		a.ID, a.Text, a.Title = raw.ID, raw.Text, raw.Title
		if raw.Outlet != nil {
			a.Outlet = *raw.Outlet
		}
		if raw.Published != nil {
			a.Published = attache.Date(*raw.Published)
		}
		extractText(t, x, a)
	}
}
