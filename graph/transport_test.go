package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A query gqlgen has parsed and validated is neither prechecked nor
// validated again; one the transport refused never reaches gqlgen's cache,
// so asking it again is refused again. One that passed validation but is
// too deep or too complex is in gqlgen's cache and prepared for the fast
// path, and is refused again on every try all the same.
func TestTransportChecksEachQueryTextOnce(t *testing.T) {
	limits := DefaultLimits
	limits.MaxFields = 3
	limits.MaxDepth = 2
	limits.MaxComplexity = 50
	srv := NewServer(&Resolver{}, limits, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ask := func(query string) (int, string) {
		body := `{"query":` + strconv.Quote(query) + `}`
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	for _, tt := range []struct {
		name, query string
		status      int
		answer      string
	}{
		{"within the limits", `{ __typename a: __typename }`, http.StatusOK, `{"data":{"__typename":"Query","a":"Query"}}`},
		{"over the field limit", `{ __typename a: __typename b: __typename c: __typename }`, http.StatusUnprocessableEntity, "more than 3 fields"},
		{"not valid", `{ nosuchfield }`, http.StatusUnprocessableEntity, "nosuchfield"},
		{"too deep", `{ officialsWhoMet(country: "NE") { edges { cursor } } }`, http.StatusUnprocessableEntity, "nests 3 levels deep"},
		{"too complex", `{ meetings(first: 100) { totalCount } }`, http.StatusUnprocessableEntity, "complexity is 101"},
	} {
		for i := range 3 {
			status, answer := ask(tt.query)
			if status != tt.status || !strings.Contains(answer, tt.answer) {
				t.Errorf("%s, request %d: %d %s, want %d with %q", tt.name, i+1, status, answer, tt.status, tt.answer)
			}
		}
	}
}

func TestTransportCachedIsGqlgensCache(t *testing.T) {
	parsed := newBoundedCache(10, 1<<20, 1<<20, func(q string, _ *ast.QueryDocument) int64 { return int64(len(q)) })
	tr := postTransport{limits: DefaultLimits, parsed: parsed}
	if tr.cached("{ a }") || tr.cached("") {
		t.Fatal("an empty cache holds a query")
	}
	parsed.Add(t.Context(), "{ a }", nil)
	if !tr.cached("{ a }") {
		t.Error("a query in gqlgen's cache is not seen as checked")
	}
	if (postTransport{}).cached("{ a }") {
		t.Error("a transport without a cache skips the checks")
	}
}

// writeResponse writes an answer with nothing to escape as it is and
// escapes one with HTML characters as json.HTMLEscape does.
func TestWriteResponseEscapesAsHTMLEscape(t *testing.T) {
	for _, data := range []string{
		`{"a":"plain"}`,
		`{"a":"x < y > z & w"}`,
		"{\"a\":\"line\u2028sep\u2029para\"}",
		"{\"a\":\"\u00e2\u20ac other 0xE2 runes: \u2030 \u2122\"}",
		`{"a":"<script>"}`,
	} {
		var got bytes.Buffer
		writeResponse(&got, &graphql.Response{Data: []byte(data)})
		var want bytes.Buffer
		want.WriteString(`{"data":`)
		json.HTMLEscape(&want, []byte(data))
		want.WriteString(`}`)
		if got.String() != want.String() {
			t.Errorf("writeResponse(%s) = %s, want %s", data, got.String(), want.String())
		}
	}
}

// Answers are sent with their length, whatever their size: one over
// net/http's 2 KB buffer would otherwise go out chunked.
func TestAnswersCarryTheirLength(t *testing.T) {
	srv := httptest.NewServer(NewServer(&Resolver{}, DefaultLimits, slog.New(slog.NewTextHandler(io.Discard, nil))))
	defer srv.Close()
	for _, tt := range []struct{ name, body string }{
		{"small answer", `{"query":"{ __typename }"}`},
		{"answer over 2 KB", `{"query":"{ __schema { types { name description fields { name description } } } }"}`},
		{"refused query", `{"query":"{ nope }"}`},
	} {
		resp, err := http.Post(srv.URL, "application/json", strings.NewReader(tt.body))
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.ContentLength != int64(len(body)) || len(resp.TransferEncoding) > 0 {
			t.Errorf("%s: Content-Length %d, Transfer-Encoding %v for a body of %d bytes", tt.name, resp.ContentLength, resp.TransferEncoding, len(body))
		}
		if tt.name == "answer over 2 KB" && len(body) <= 2048 {
			t.Errorf("%s: only %d bytes, the case needs more than 2048", tt.name, len(body))
		}
	}
}
