package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/introspection"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// hangBound catches a request that hangs; it is no speed target (the
// refusals below take milliseconds, see the logged times).
const hangBound = 5 * time.Second

// syncBuffer collects a server's log lines from its goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func withLog(buf *syncBuffer) apiOption {
	return func(o *apiOptions) { o.Logger = slog.New(slog.NewTextHandler(buf, nil)) }
}

// streamBody streams n bytes of a body: prefix, then fill repeated, then
// suffix, without holding it in memory.
func streamBody(prefix, fill, suffix string, n int64) io.Reader {
	body := n - int64(len(prefix)+len(suffix))
	return io.MultiReader(strings.NewReader(prefix), io.LimitReader(repeatReader(fill), body), strings.NewReader(suffix))
}

type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

// postRaw sends a body as it is, streamed, and decodes the answer; a
// transport error (the server closing a body it refused to read) is
// returned, not fatal.
func postRaw(t *testing.T, url string, body io.Reader, contentType string) (gqlResponse, time.Duration, error) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return gqlResponse{}, time.Since(start), err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := gqlResponse{Status: resp.StatusCode, Raw: string(raw)}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON (%d): %.300s", resp.StatusCode, raw)
	}
	return out, time.Since(start), nil
}

func query(q string) string {
	b, _ := json.Marshal(map[string]string{"query": q})
	return string(b)
}

// Hostile requests that pinned a core for minutes or grew the server by
// gigabytes are refused at once with a GraphQL error and a code.
func TestHostileRequestsAreRefusedQuickly(t *testing.T) {
	db := neo4jtest.Open(t)
	api := startAPI(t, db)
	const stats = `stats { nodes { type count } relationships { type count } } `
	for _, tt := range []struct {
		name   string
		body   func() io.Reader
		status int
		code   string
		msg    string
	}{
		{"16,000 × __typename", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat("__typename ", 16000) + "}")) },
			http.StatusUnprocessableEntity, attache.EINVALID, "tokens"},
		{"10,000 × __typename, under the token limit", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat("__typename ", 10000) + "}")) },
			http.StatusUnprocessableEntity, attache.EINVALID, "fields"},
		{"16,000 × stats{…}", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat(stats, 16000) + "}")) },
			http.StatusUnprocessableEntity, attache.EINVALID, "tokens"},
		{"1,000 × stats{…}", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat(stats, 1000) + "}")) },
			http.StatusUnprocessableEntity, attache.EINVALID, "fields"},
		{"200 × stats{…}", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat(stats, 200) + "}")) },
			http.StatusUnprocessableEntity, attache.EINVALID, "fields"},
		// Just under the limits: validation is quick, the answer normal.
		{"990 × __typename", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat("__typename ", 990) + "}")) },
			http.StatusOK, "", ""},
		{"140 × stats{…}", func() io.Reader { return strings.NewReader(query("{ " + strings.Repeat(stats, 140) + "}")) },
			http.StatusOK, "", ""},
		{"fragments spread 2^30 times", func() io.Reader { return strings.NewReader(query(fragmentBomb(30))) },
			http.StatusUnprocessableEntity, attache.EINVALID, "fields"},
		{"5 MB of __typename", func() io.Reader { return streamBody(`{"query":"{ `, "__typename ", ` }"}`, 5<<20) },
			http.StatusRequestEntityTooLarge, attache.EINVALID, "over 1048576 bytes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, took, err := postRaw(t, api.URL, tt.body(), "application/json")
			if err != nil {
				t.Fatalf("no answer after %s: %v", took, err)
			}
			t.Logf("%d %.300s in %s", resp.Status, strings.TrimSpace(resp.Raw), took)
			if took > hangBound {
				t.Errorf("took %s", took)
			}
			if tt.code == "" {
				if resp.Status != tt.status || len(resp.Errors) > 0 {
					t.Errorf("got %d %.300s, want %d without errors", resp.Status, resp.Raw, tt.status)
				}
				return
			}
			if resp.Status != tt.status || len(resp.Errors) != 1 || resp.Errors[0].Code() != tt.code || !strings.Contains(resp.Errors[0].Message, tt.msg) {
				t.Errorf("got %d %s, want %d with a %s error about %q", resp.Status, resp.Raw, tt.status, tt.code, tt.msg)
			}
		})
	}

	t.Run("400 MB body, streamed", func(t *testing.T) {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		resp, took, err := postRaw(t, api.URL, streamBody(`{"query":"{ `, "__typename ", ` }"}`, 400<<20), "application/json")
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		t.Logf("answer after %s (transport error: %v): %d %s; heap grew %d MB", took, err, resp.Status, strings.TrimSpace(resp.Raw), grew>>20)
		if took > hangBound {
			t.Errorf("took %s", took)
		}
		// The client may see the connection closed before it reads the
		// answer; when it reads one, it is the refusal.
		if err == nil && (resp.Status != http.StatusRequestEntityTooLarge || resp.Errors[0].Code() != attache.EINVALID) {
			t.Errorf("got %d %s", resp.Status, resp.Raw)
		}
		if grew > 64<<20 {
			t.Errorf("the heap grew by %d MB for a refused body", grew>>20)
		}
	})

	t.Run("distinct large queries do not accumulate", func(t *testing.T) {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for i := range 60 {
			// A valid query of 900 KB: one huge argument.
			q := fmt.Sprintf(`{ s%d: search(text: "%s") { id } }`, i, strings.Repeat("word ", 180000))
			resp, took, err := postRaw(t, api.URL, strings.NewReader(query(q)), "application/json")
			if err != nil || took > hangBound || len(resp.Errors) == 0 || resp.Errors[0].Code() != attache.EINVALID {
				t.Fatalf("query %d: %v after %s: %.300s", i, err, took, resp.Raw)
			}
		}
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		t.Logf("60 distinct 900 KB queries: heap grew %d MB", grew>>20)
		if grew > 20<<20 {
			t.Errorf("60 distinct 900 KB queries left the heap %d MB larger", grew>>20)
		}
	})
}

// fragmentBomb is a query whose fragments each spread the previous one
// twice: n fragments stand for 2^n fields.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("{ stats { ...F0 } }\nfragment Fbase on Stats { __typename }\n")
	b.WriteString("fragment F" + fmt.Sprint(n) + " on Stats { ...Fbase ...Fbase }\n")
	for i := n - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "fragment F%d on Stats { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	return b.String()
}

// A request whose deadline passes during validation answers TIMEOUT, not
// HTTP 200 with the body `null`, and the server says so in its log.
func TestValidationPastTheDeadlineAnswersTimeout(t *testing.T) {
	db := neo4jtest.Open(t)
	var logs syncBuffer
	api := startAPI(t, db, withLog(&logs), func(o *apiOptions) {
		// Without the field limit validation of this query takes seconds.
		o.Limits.MaxFields, o.Limits.MaxTokens, o.Limits.Timeout = 0, 0, 200*time.Millisecond
	})
	resp, took, err := postRaw(t, api.URL, strings.NewReader(query("{ "+strings.Repeat("__typename ", 5000)+"}")), "application/json")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d %s after %s", resp.Status, strings.TrimSpace(resp.Raw), took)
	if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.ETIMEOUT {
		t.Errorf("want one TIMEOUT error, got %d %s", resp.Status, resp.Raw)
	}
	if took > hangBound {
		t.Errorf("took %s", took)
	}
	if !strings.Contains(logs.String(), "deadline") {
		t.Errorf("nothing logged about the deadline:\n%s", logs.String())
	}
}

// A client that sends its headers and then the body slowly, or not at all,
// loses the connection at the request's deadline instead of holding it.
func TestSlowBodyLosesItsConnection(t *testing.T) {
	db := neo4jtest.Open(t)
	api := startAPI(t, db, func(o *apiOptions) { o.Limits.Timeout = time.Second })
	conn, err := net.Dial("tcp", strings.TrimPrefix(api.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":")
	start := time.Now()
	_ = conn.SetReadDeadline(time.Now().Add(hangBound + time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	took := time.Since(start)
	if err != nil {
		t.Logf("connection closed after %s: %v", took, err)
	} else {
		raw, _ := io.ReadAll(resp.Body)
		t.Logf("%d %s after %s", resp.StatusCode, strings.TrimSpace(string(raw)), took)
		if !strings.Contains(string(raw), attache.ETIMEOUT) {
			t.Errorf("answer without TIMEOUT: %s", raw)
		}
	}
	if took > hangBound {
		t.Errorf("the slow body held its connection for %s", took)
	}
}

// Bodies that are not GraphQL requests are the caller's error, and the log
// holds an excerpt of them, never the whole body.
func TestUndecodableBodiesAreBadUserInput(t *testing.T) {
	db := neo4jtest.Open(t)
	var logs syncBuffer
	api := startAPI(t, db, withLog(&logs))
	long := strings.Repeat("x", 900<<10)
	for _, tt := range []struct{ name, body, msg string }{
		{"empty body", "", "empty"},
		{"query a number", `{"query": 42}`, `"query" is a JSON number`},
		{"variables a list", `{"query": "{ stats { nodes { type } } }", "variables": [1, 2]}`, `"variables" is a JSON array`},
		{"a long body that is not JSON", `{"query": "` + long, "not a GraphQL request"},
		{"a long query that is a number list", `{"query": [` + strings.Repeat("1,", 400<<10) + `1]}`, `"query" is a JSON array`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, _, err := postRaw(t, api.URL, strings.NewReader(tt.body), "application/json")
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != http.StatusBadRequest || len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID ||
				!strings.Contains(resp.Errors[0].Message, tt.msg) {
				t.Errorf("got %d %.400s, want 400 BAD_USER_INPUT with %q", resp.Status, resp.Raw, tt.msg)
			}
			t.Logf("%d %.300s", resp.Status, resp.Raw)
		})
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if len(line) > 2000 {
			t.Errorf("a log line of %d bytes: %.200s…", len(line), line)
		}
		if strings.Contains(line, "level=ERROR") {
			t.Errorf("a caller's mistake logged as an error: %.300s", line)
		}
	}
	resp, _, _ := postRaw(t, api.URL, strings.NewReader(`query=%7B%7D`), "application/x-www-form-urlencoded")
	if resp.Status != http.StatusUnsupportedMediaType || len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID {
		t.Errorf("a form body: %d %s", resp.Status, resp.Raw)
	}
}

// The limits leave room for the full introspection query GraphiQL sends.
func TestIntrospectionFitsTheLimits(t *testing.T) {
	db := neo4jtest.Open(t)
	api := startAPI(t, db)
	resp := api.post(t, introspection.Query, nil)
	if len(resp.Errors) > 0 || !strings.Contains(resp.Raw, `"__schema"`) {
		t.Errorf("the introspection query: %.300s", resp.Raw)
	}
}
