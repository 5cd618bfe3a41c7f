package neo4jdb

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/attache-project/attache"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ReadStore is the API's read side over a DB: every method runs exactly one
// Cypher statement in a read-routed managed transaction, so a Neo4j
// cluster's followers and read replicas serve it, and the number of
// statements a request runs equals the number of ReadStore calls it makes.
type ReadStore struct {
	db      *DB
	observe func(name string, elapsed time.Duration, err error)
	// trace, when set, sees every statement and the parameters sent
	// with it (TraceStatements).
	trace func(cypher string, params map[string]any)
}

// TraceStatements has f called with every statement the store runs and
// the parameters it sends, before it runs: benchmarks run Attaché's own
// statements outside the server with it. Call it before the store is
// used.
func (s *ReadStore) TraceStatements(f func(cypher string, params map[string]any)) {
	s.trace = f
}

// QueryObserver is told about every read statement: the method's name, how
// long it took and its error; it feeds metrics and the round-trip test.
type QueryObserver func(name string, elapsed time.Duration, err error)

// NewReadStore returns the read side of db; observe may be nil.
func NewReadStore(db *DB, observe QueryObserver) *ReadStore {
	return &ReadStore{db: db, observe: observe}
}

var _ attache.ReadService = (*ReadStore)(nil)

// minTxTimeout keeps a nearly expired request from asking Neo4j for a
// timeout it rejects (a zero timeout means "none").
const minTxTimeout = 10 * time.Millisecond

// run executes one read statement as an auto-commit transaction, retried
// as a managed transaction would be (autoCommitRead). The context's
// deadline also becomes the transaction's timeout on the server, so a
// request that gives up does not leave its query running in Neo4j.
func (s *ReadStore) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	start := time.Now()
	params = usedParams(cypher, params)
	if s.trace != nil {
		s.trace(cypher, params)
	}
	records, _, err := newReadRetry(s.db.cfg.MaxRetryTime).do(ctx, func() ([]*neo4j.Record, error) {
		var timeout time.Duration
		if deadline, ok := ctx.Deadline(); ok {
			timeout = max(time.Until(deadline), minTxTimeout)
		}
		return s.db.autoCommitRead(ctx, cypher, params, timeout)
	})
	if err != nil && connectivityFailure(err) {
		// Neo4j is gone: the read was retried until the deadline or
		// the retry limit, and waiting longer would not help.
		err = s.db.unavailable(err)
	} else if ctxErr := ctx.Err(); ctxErr != nil {
		// The driver reports an expired context in several ways (a
		// connectivity error among them); the cause is the deadline.
		err = &attache.Error{Code: attache.ETIMEOUT, Message: "the query took too long", Err: errors.Join(ctxErr, err)}
	} else if err != nil {
		err = s.readError(name, err)
	}
	if s.observe != nil {
		s.observe(name, time.Since(start), err)
	}
	if err != nil {
		return nil, err
	}
	return records, nil
}

// connectivityFailure reports whether err is the driver failing to reach
// Neo4j, also when its retries ran out on connectivity errors. The driver
// also reports an expired context as a connectivity error: that one is the
// request's deadline, not Neo4j's absence.
func connectivityFailure(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) {
		return conn.Inner == nil || !isContextError(conn.Inner)
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if connectivityFailure(e) {
				return true
			}
		}
	}
	return false
}

// isContextError reports an error that is, or quotes, the context's end
// (the driver does not always wrap it).
func isContextError(err error) bool {
	msg := err.Error()
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		strings.Contains(msg, context.DeadlineExceeded.Error()) || strings.Contains(msg, context.Canceled.Error())
}

// readError classifies a failed read: a server-side transaction timeout is
// a timeout like a cancelled context.
func (s *ReadStore) readError(name string, err error) error {
	var neoErr *neo4j.Neo4jError
	if errors.As(err, &neoErr) && (strings.Contains(neoErr.Code, "TransactionTimedOut") ||
		strings.Contains(neoErr.Code, "Transaction.Terminated") || strings.Contains(neoErr.Code, "TransactionTerminated")) {
		return &attache.Error{Code: attache.ETIMEOUT, Message: "the query took too long", Err: err}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &attache.Error{Code: attache.ETIMEOUT, Message: "the query took too long", Err: err}
	}
	return s.db.storeError("read "+name, err)
}

// cursor is the sort key of a list item, opaque to clients. It also
// carries its list's tag, so a cursor given out by one list (or by the same
// list under another filter or order) is refused by the others.
type cursor []any

// listTag names a list and what selects and orders its items; the parent
// of a nested list is not part of it, since one request pages all the
// parents of a level with one cursor.
func listTag(list string, selection ...any) string {
	data, err := json.Marshal(selection)
	if err != nil {
		data = []byte(fmt.Sprint(selection...)) // filters are plain values
	}
	sum := sha256.Sum256(append([]byte(list+"\x00"), data...))
	return list + "." + base64.RawURLEncoding.EncodeToString(sum[:6])
}

// encodeCursor is the base64 of the JSON array of tag and values. Cursors
// are made for every item of a page (json.Marshal of each was 2 % of an
// officialsWhoMet request's Go CPU), so the usual values (ints, and
// strings of printable ASCII with nothing JSON or HTML escapes) are written
// by hand, in json.Marshal's bytes; anything else goes through it.
func encodeCursor(tag string, values ...any) string {
	data, ok := appendCursorValue(append(make([]byte, 0, 96), '['), tag)
	for _, v := range values {
		if !ok {
			break
		}
		data = append(data, ',')
		data, ok = appendCursorValue(data, v)
	}
	if !ok {
		var err error
		if data, err = json.Marshal(append([]any{tag}, values...)); err != nil {
			return "" // values are strings and numbers
		}
	} else {
		data = append(data, ']')
	}
	return base64.RawURLEncoding.EncodeToString(data)
}

// appendCursorValue appends v as json.Marshal writes it, when it is an int
// or a string that needs no escaping; ok is false otherwise.
func appendCursorValue(b []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case int:
		return strconv.AppendInt(b, int64(x), 10), true
	case int64:
		return strconv.AppendInt(b, x, 10), true
	case string:
		for i := 0; i < len(x); i++ {
			if c := x[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return b, false
			}
		}
		b = append(b, '"')
		b = append(b, x...)
		return append(b, '"'), true
	}
	return b, false
}

// decodeCursor reads a cursor that encodeCursor made for the list tagged
// tag, whose values are of kinds: 's' a string, 'n' a number. "" is the
// start of the list.
func decodeCursor(s, tag, kinds string) (cursor, error) {
	if s == "" {
		return nil, nil
	}
	data, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(data, &c)
	}
	if err != nil || len(c) != len(kinds)+1 || c[0] != tag || !cursorKinds(c[1:], kinds) {
		return nil, attache.Errorf(attache.EINVALID, "the cursor %q is not one this list gave out", truncate(s, 40))
	}
	return c[1:], nil
}

func cursorKinds(values []any, kinds string) bool {
	for i, v := range values {
		switch v.(type) {
		case string:
			if kinds[i] != 's' {
				return false
			}
		case float64:
			if kinds[i] != 'n' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (c cursor) str(i int) string {
	s, _ := c[i].(string)
	return s
}

func (c cursor) int(i int) int64 {
	f, _ := c[i].(float64)
	return int64(f)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// Record readers that never fail: absent or null gives the zero value.

func rStr(rec *neo4j.Record, key string) string {
	v, _ := rec.Get(key)
	return asStr(v)
}

func rInt(rec *neo4j.Record, key string) int {
	v, _ := rec.Get(key)
	return asInt(v)
}

func rList(rec *neo4j.Record, key string) []any {
	v, _ := rec.Get(key)
	l, _ := v.([]any)
	return l
}

func asStr(v any) string {
	s, _ := v.(string)
	return s
}

func asInt(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

func asFloat(v any) float64 {
	switch n := v.(type) {
	case int64:
		return float64(n)
	case float64:
		return n
	}
	return 0
}

func asStrs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// Date bounds as parameters: "to: 2005" must include "2005-12-31", and dates
// compare as text, so the upper bound is the date followed by a character
// above every digit and the dash.
func fromParam(d attache.Date) any {
	if d == "" {
		return nil
	}
	return string(d)
}

// spansParam lists the periods that contain the first day of d but sort
// before it as text: a meeting dated "2005" or "2005-11" overlaps a range
// from "2005-11-15" on although "2005" < "2005-11-15". With it a lower bound
// reads `m.date >= $from OR m.date IN $fromSpans`, which still seeks the
// date index instead of computing a span per meeting.
func spansParam(d attache.Date) []any {
	s := string(d)
	out := []any{}
	for _, n := range []int{4, 7} {
		if len(s) > n {
			out = append(out, s[:n])
		}
	}
	return out
}

func toParam(d attache.Date) any {
	if d == "" {
		return nil
	}
	return string(d) + "~"
}

func optParam(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// maxSearchWord bounds each word of a full-text query, in letters.
const maxSearchWord = 64

// luceneQuery turns free text into a full-text query that cannot be a
// Lucene syntax error: the letters and digits of each word, every word
// required, the last one also as a prefix so the explorer can suggest as the
// analyst types. It returns "" when the text has no word.
func luceneQuery(text string) string {
	var words []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if r := []rune(w); len(r) > maxSearchWord {
			w = string(r[:maxSearchWord]) // a longer prefix query is "too large" for Lucene
		}
		words = append(words, strings.ToLower(w))
		if len(words) == 8 {
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	clauses := make([]string, 0, len(words))
	for _, w := range words[:len(words)-1] {
		clauses = append(clauses, "+"+w)
	}
	clauses = append(clauses, fmt.Sprintf("+(%s OR %s*)", last, last))
	return strings.Join(clauses, " ")
}

// Levels counted as a state's leaders, as graph values.
var leaderLevels = []any{
	string(attache.LevelHeadOfState), string(attache.LevelHeadOfGovernment), string(attache.LevelMinister),
}

func strsParam[T ~string](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func anyStrs(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
