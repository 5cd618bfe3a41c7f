package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/attache-project/attache"
)

// postTransport is gqlgen's POST transport made safe for hostile callers:
// the body is decoded strictly (a malformed one is the caller's error, not
// an internal one), the query is parsed with a token limit and its fields
// counted before gqlgen validates it (validation is quadratic in the
// fields of a selection set, so only a bounded query reaches it),
// validation runs under the request's deadline, and a request whose
// deadline passes answers with a TIMEOUT error instead of gqlgen's `null`.
type postTransport struct {
	limits Limits
	logger *slog.Logger
	// parsed is gqlgen's query cache: a query in it was prechecked,
	// parsed and validated under these limits before, so it is neither
	// prechecked nor validated again. Nil checks every query.
	parsed *boundedCache[*ast.QueryDocument]
}

var _ graphql.Transport = postTransport{}

// Supports takes every POST, so that a wrong content type gets a GraphQL
// error with a code rather than gqlgen's bare "transport not supported".
func (t postTransport) Supports(r *http.Request) bool {
	return r.Method == http.MethodPost && r.Header.Get("Upgrade") == ""
}

// refusal is a request turned away before gqlgen sees it; log holds
// bounded detail for the server's log line.
type refusal struct {
	status int
	code   string
	msg    string
	log    []any
}

func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	w.Header().Set("Content-Type", "application/json")
	start := graphql.Now()
	params, size, ref := t.decode(r)
	cached := ref == nil && t.cached(params.Query)
	if ref == nil && !cached {
		ref = t.precheck(params.Query)
	}
	if ref != nil {
		t.refuse(ctx, w, exec, *ref)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	opCtx, errs := t.prepare(ctx, exec, params, cached && size <= maxInlinePrepare)
	if errs != nil {
		w.WriteHeader(statusFor(errs))
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, opCtx)
	resp := responses(ctx)
	if resp == nil {
		// gqlgen gives no answer once the deadline has passed.
		t.logger.Warn("request abandoned at its deadline", "operation", params.OperationName, "err", context.Cause(ctx))
		resp = exec.DispatchError(ctx, gqlerror.List{timeoutError()})
	}
	writeResponse(w, resp)
}

// cached tells whether query is one gqlgen has parsed and validated
// before (the empty query of a persisted one is not).
func (t postTransport) cached(query string) bool {
	if t.parsed == nil || query == "" {
		return false
	}
	_, ok := t.parsed.Get(context.Background(), query)
	return ok
}

// maxInlinePrepare bounds the body of a request whose cached query is
// prepared without a goroutine of its own: what is left to do then
// (coercing the variables, the depth and complexity checks) grows with the
// variables, and a small body keeps it in microseconds.
const maxInlinePrepare = 16 << 10

// decode reads the body, bounded by the server's body limit, into params
// (decodeBody); size is the body's length.
func (t postTransport) decode(r *http.Request) (params *graphql.RawParams, size int, ref *refusal) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil, 0, &refusal{status: http.StatusUnsupportedMediaType, code: attache.EINVALID,
			msg: "POST /graphql takes Content-Type: application/json", log: []any{"content_type", excerpt(r.Header.Get("Content-Type"), 100)}}
	}
	body, err := io.ReadAll(r.Body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, 0, &refusal{status: http.StatusRequestEntityTooLarge, code: attache.EINVALID,
			msg: fmt.Sprintf("the request body is over %d bytes, the server's limit", tooLarge.Limit)}
	case err != nil:
		// The client was too slow or went away: the read deadline passed.
		return nil, 0, &refusal{status: http.StatusRequestTimeout, code: attache.ETIMEOUT,
			msg: "the request body did not arrive in time", log: []any{"err", err, "read", len(body)}}
	}
	params, err = decodeBody(body)
	switch {
	case errors.Is(err, errMoreThanOneValue):
		return nil, 0, &refusal{status: http.StatusBadRequest, code: attache.EINVALID, msg: "the request body holds more than one JSON value",
			log: []any{"bytes", len(body), "excerpt", excerpt(string(body), maxLoggedBody)}}
	case err != nil:
		return nil, 0, &refusal{status: http.StatusBadRequest, code: attache.EINVALID,
			msg: "the request body is not a GraphQL request (a JSON object with a string \"query\", an optional object \"variables\" and string \"operationName\"): " + decodeReason(err),
			log: []any{"err", excerpt(err.Error(), 200), "bytes", len(body), "excerpt", excerpt(string(body), maxLoggedBody)}}
	}
	return params, len(body), nil
}

// decodeReason says what was wrong with a body in words about the request,
// not about Go types.
func decodeReason(err error) string {
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty"
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return fmt.Sprintf("%q is a JSON %s", typeErr.Field, typeErr.Value)
	case errors.As(err, &typeErr):
		return fmt.Sprintf("the body is a JSON %s", typeErr.Value)
	default:
		return excerpt(err.Error(), 200)
	}
}

// maxLoggedBody bounds the part of a bad body that goes to the log.
const maxLoggedBody = 256

// excerpt cuts s to at most n bytes (on a rune boundary) and marks the cut.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// precheck parses the query with the token limit and counts its fields,
// fragments spread out, so that validation (quadratic in the fields of a
// selection set) only ever sees a query it checks in milliseconds. An
// empty query passes: a persisted query's hash stands for one that passed.
func (t postTransport) precheck(query string) *refusal {
	if query == "" {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, t.limits.MaxTokens)
	if err != nil {
		msg := err.Error()
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && strings.HasPrefix(gqlErr.Message, "exceeded token limit") {
			msg = fmt.Sprintf("the query has more than %d tokens, the server's limit", t.limits.MaxTokens)
		}
		return &refusal{status: http.StatusUnprocessableEntity, code: attache.EINVALID, msg: excerpt(msg, 300), log: []any{"bytes", len(query)}}
	}
	if n := countFields(doc, t.limits.MaxFields); t.limits.MaxFields > 0 && n > t.limits.MaxFields {
		return &refusal{status: http.StatusUnprocessableEntity, code: attache.EINVALID,
			msg: fmt.Sprintf("the query selects more than %d fields (fragments counted where they are spread), the server's limit", t.limits.MaxFields),
			log: []any{"bytes", len(query)}}
	}
	return nil
}

// prepare parses and validates the request in gqlgen under the request's
// deadline: when the deadline passes first, the request answers TIMEOUT
// at once (the bounded work left finishes in the background). inline
// prepares a query gqlgen has validated before, with small variables, in
// this goroutine: the goroutine and its hand-over cost more than the
// little work left.
func (t postTransport) prepare(ctx context.Context, exec graphql.GraphExecutor, params *graphql.RawParams, inline bool) (*graphql.OperationContext, gqlerror.List) {
	if inline {
		return exec.CreateOperationContext(ctx, params)
	}
	type prepared struct {
		opCtx *graphql.OperationContext
		errs  gqlerror.List
	}
	done := make(chan prepared, 1)
	begin := time.Now()
	go func() {
		opCtx, errs := exec.CreateOperationContext(ctx, params)
		done <- prepared{opCtx, errs}
	}()
	select {
	case p := <-done:
		return p.opCtx, p.errs
	case <-ctx.Done():
		t.logger.Error("validation did not finish before the request's deadline", "after", time.Since(begin),
			"bytes", len(params.Query), "operation", excerpt(params.OperationName, 64))
		return nil, gqlerror.List{timeoutError()}
	}
}

func timeoutError() *gqlerror.Error {
	err := gqlerror.Errorf("the request took too long")
	setCode(err, attache.ETIMEOUT)
	return err
}

// refuse answers a request turned away before gqlgen, through gqlgen's
// error path so that metrics count it like any other error.
func (t postTransport) refuse(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, ref refusal) {
	t.logger.Info("request refused", append([]any{"status", ref.status, "code", ref.code, "reason", ref.msg}, ref.log...)...)
	err := gqlerror.Errorf("%s", ref.msg)
	setCode(err, ref.code)
	w.WriteHeader(ref.status)
	writeResponse(w, exec.DispatchError(ctx, gqlerror.List{err}))
}

// statusFor is the status of a request refused before it runs: 422 for a
// query that does not parse or validate (gqlgen's status) and for one the
// server's own limits turn away (too deep, too complex, introspection off),
// which gqlgen would answer with 200 and the error only in the body, where
// a client checking the status (GraphiQL's schema fetch) does not see it.
func statusFor(errs gqlerror.List) int {
	if errcode.GetErrorKind(errs) == errcode.KindProtocol {
		return http.StatusUnprocessableEntity
	}
	for _, e := range errs {
		if code, _ := e.Extensions["code"].(string); code == attache.EINVALID {
			return http.StatusUnprocessableEntity
		}
	}
	return http.StatusOK
}

func writeResponse(w io.Writer, resp *graphql.Response) {
	if onlyData(resp) {
		// gqlgen's executors (generated and fast path) write Data as
		// compact JSON; json.Marshal would validate and compact it again
		// (a seventh of officialsWhoMet's Go CPU) only to escape HTML
		// characters, which json.HTMLEscape does alone: same bytes. The
		// fast path's answers have none left to escape (fastWriter.str)
		// and are copied as they are. One Write: in pieces, net/http
		// sends a large answer in more chunks and packets.
		buf := answerBuffers.Get().(*bytes.Buffer)
		buf.Reset()
		buf.Grow(len(resp.Data) + len(dataPrefix) + len(dataSuffix))
		buf.Write(dataPrefix)
		if needsHTMLEscape(resp.Data) {
			json.HTMLEscape(buf, resp.Data)
		} else {
			buf.Write(resp.Data)
		}
		buf.Write(dataSuffix)
		setLength(w, buf.Len())
		_, _ = w.Write(buf.Bytes())
		if buf.Cap() <= maxPooledAnswer {
			answerBuffers.Put(buf)
		}
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`)
	}
	setLength(w, len(b))
	_, _ = w.Write(b)
}

// setLength gives an answer written in one piece its Content-Length.
// Without it net/http sends an answer over 2 KB (partners and timeline,
// officialsWhoMet) chunked: chunk headers and a last chunk to write, and
// the client reads until that last chunk instead of counting bytes. A
// writer whose header has gone out already ignores it.
func setLength(w io.Writer, n int) {
	if rw, ok := w.(http.ResponseWriter); ok {
		rw.Header().Set("Content-Length", strconv.Itoa(n))
	}
}

var dataPrefix, dataSuffix = []byte(`{"data":`), []byte(`}`)

// answerBuffers keep the buffers answers are put together in: an
// officialsWhoMet answer is some 50 KB, allocated and collected per
// request otherwise. A buffer over maxPooledAnswer is left to the
// collector, so one huge answer does not stay in memory.
var answerBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooledAnswer = 1 << 20

// needsHTMLEscape tells whether json.HTMLEscape would change b: it
// escapes '<', '>', '&', U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
func needsHTMLEscape(b []byte) bool {
	for _, c := range []byte{'<', '>', '&'} {
		if bytes.IndexByte(b, c) >= 0 {
			return true
		}
	}
	for i := bytes.IndexByte(b, 0xE2); i >= 0; {
		if i+2 < len(b) && b[i+1] == 0x80 && b[i+2]&^1 == 0xA8 {
			return true
		}
		next := bytes.IndexByte(b[i+1:], 0xE2)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// onlyData tells whether a response is data alone, as a successful
// query's is.
func onlyData(resp *graphql.Response) bool {
	return len(resp.Data) > 0 && len(resp.Errors) == 0 && resp.Label == "" && len(resp.Path) == 0 &&
		resp.HasNext == nil && len(resp.Extensions) == 0
}

// countFields counts the fields of every operation and fragment of doc,
// each fragment counted wherever it is spread, up to a little over limit:
// nested spreads can stand for exponentially many fields, and the count
// stops growing once it is over.
func countFields(doc *ast.QueryDocument, limit int) int {
	c := fieldCounter{doc: doc, limit: limit, memo: map[string]int{}, busy: map[string]bool{}}
	total := 0
	for _, op := range doc.Operations {
		total = c.add(total, c.set(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		total = c.add(total, c.fragment(f.Name))
	}
	return total
}

type fieldCounter struct {
	doc   *ast.QueryDocument
	limit int
	memo  map[string]int
	busy  map[string]bool // fragments being counted: a cycle counts once
}

// add sums saturating just over the limit, so no count overflows.
func (c *fieldCounter) add(a, b int) int {
	if c.limit > 0 && a+b > c.limit {
		return c.limit + 1
	}
	return a + b
}

func (c *fieldCounter) set(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = c.add(n, c.add(1, c.set(s.SelectionSet)))
		case *ast.InlineFragment:
			n = c.add(n, c.set(s.SelectionSet))
		case *ast.FragmentSpread:
			n = c.add(n, c.fragment(s.Name))
		}
	}
	return n
}

func (c *fieldCounter) fragment(name string) int {
	if n, ok := c.memo[name]; ok {
		return n
	}
	def := c.doc.Fragments.ForName(name)
	if def == nil || c.busy[name] {
		return 0 // validation reports unknown fragments and cycles
	}
	c.busy[name] = true
	n := c.set(def.SelectionSet)
	delete(c.busy, name)
	c.memo[name] = n
	return n
}
