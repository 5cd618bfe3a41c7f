package graph

import (
	"bytes"
	"context"
	"log/slog"
	"math"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// The fast path answers the questions analysts ask most (officialsWhoMet,
// meetings) without gqlgen's generated executor. gqlgen 0.17.98 marshals
// every element of a list of objects in a goroutine of its own and every
// resolver field in another (MarshalSliceConcurrently, ResolveConcurrently):
// for one officialsWhoMet answer that is some 350 goroutines, their stack
// growth and their allocations, about half of the request's Go CPU, and no
// configuration turns it off. The fast path runs after gqlgen has parsed,
// validated and checked the operation (limits, complexity, depth and APQ
// stay where they are), calls the same root resolvers with the same
// arguments, and writes the answer straight to JSON in one goroutine with
// gqlgen's own scalar marshallers. It takes an operation only when every
// field it selects is one it knows (fastTypes); anything else (other root
// fields, resolver fields with arguments, @defer, a mutation) and any error
// goes to the generated executor unchanged, so errors keep their shape.

// fastTypes lists, per GraphQL type, the fields the fast path writes and
// the type of each field's value ("" for a scalar or enum). Fields with
// arguments are absent on purpose: their resolvers run only in the
// generated executor.
var fastTypes = map[string]map[string]string{
	"Query": {"officialsWhoMet": "OfficialMetConnection", "meetings": "MeetingConnection",
		"country": "Country", "official": "Official", "search": "SearchHit"},
	"OfficialMetConnection": {"edges": "OfficialMetEdge", "pageInfo": "PageInfo", "totalCount": ""},
	"OfficialMetEdge":       {"cursor": "", "node": "OfficialMet"},
	"OfficialMet": {"official": "Official", "counterparts": "Official", "meetings": "Meeting",
		"meetingCount": "", "firstDate": "", "lastDate": ""},
	"MeetingConnection": {"edges": "MeetingEdge", "pageInfo": "PageInfo", "totalCount": ""},
	"MeetingEdge":       {"cursor": "", "node": "Meeting"},
	"PageInfo":          {"hasNextPage": "", "hasPreviousPage": "", "startCursor": "", "endCursor": ""},
	"Official": {"id": "", "name": "", "aliases": "", "title": "", "level": "", "country": "Country",
		"organization": ""},
	"Country": {"code": "", "name": ""},
	"Meeting": {"id": "", "kind": "", "status": "", "date": "", "datePrecision": "",
		"participants": "Official", "countries": "Country", "reports": "Report"},
	"Report":  {"article": "Article", "evidence": "", "start": "", "end": ""},
	"Article": {"id": "", "title": "", "url": "", "outlet": "", "published": ""},
	// Reached only below the root fields country and official (rootLists).
	"Partner":        {"country": "Country", "meetingCount": "", "firstDate": "", "lastDate": ""},
	"TimelineBucket": {"period": "", "meetingCount": ""},
	"Counterpart":    {"official": "Official", "meetingCount": "", "firstDate": "", "lastDate": ""},
	// A hit's node (official, country, issue, article) is a loader's
	// work: left to the generated executor.
	"SearchHit": {"kind": "", "id": "", "label": "", "score": ""},
}

// rootLists are the lists with arguments the fast path reads together with
// the node of the root fields country and official, in one statement
// (rootFolder), by the type of the node; each at most once per node.
var rootLists = map[string]map[string]string{
	"Country":  {"partners": "Partner", "timeline": "TimelineBucket"},
	"Official": {"counterparts": "Counterpart"},
}

// The enums' GraphQL names, as the generated code writes them.
var (
	levelNames     = marshalOLevel2ᚖgithubᚗcomᚋattacheᚑprojectᚋattacheᚐLevel
	kindNames      = marshalNMeetingKind2githubᚗcomᚋattacheᚑprojectᚋattacheᚐMeetingKind
	statusNames    = marshalNMeetingStatus2githubᚗcomᚋattacheᚑprojectᚋattacheᚐMeetingStatus
	precisionNames = marshalODatePrecision2ᚖgithubᚗcomᚋattacheᚑprojectᚋattacheᚐDatePrecision
)

// fastSchema is the generated schema with the fast path in front of its
// query execution.
type fastSchema struct {
	graphql.ExecutableSchema
	generated *executableSchema
	r         *Resolver
	breaker   *storeBreaker
	prepared  preparedOps
}

// withFastPath wraps es; es must be the generated schema.
func withFastPath(es graphql.ExecutableSchema, r *Resolver, breaker *storeBreaker) graphql.ExecutableSchema {
	generated, ok := es.(*executableSchema)
	if !ok {
		return es
	}
	return &fastSchema{ExecutableSchema: es, generated: generated, r: r, breaker: breaker}
}

// Exec answers a supported query on the fast path and anything else, or
// anything the fast path cannot answer, with the generated executor.
func (s *fastSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	opCtx := graphql.GetOperationContext(ctx)
	if s.r.NoFastPath || opCtx.Operation.Operation != ast.Query || (s.breaker != nil && s.breaker.down()) {
		return s.ExecutableSchema.Exec(ctx)
	}
	prep := s.prepared.get(opCtx)
	if prep != nil && !prep.fast || prep == nil && !fastSupported(opCtx, opCtx.Operation.SelectionSet, "Query") {
		return s.ExecutableSchema.Exec(ctx)
	}
	done := false
	return func(rctx context.Context) *graphql.Response {
		if done {
			return nil
		}
		done = true
		data, ok := s.answer(rctx, opCtx, prep)
		if s.r.OnFastPath != nil {
			s.r.OnFastPath(ok)
		}
		if ok {
			return &graphql.Response{Data: data}
		}
		return s.ExecutableSchema.Exec(ctx)(rctx)
	}
}

// fastSupported tells whether every field selected below sel, on an object
// of type typeName, is one the fast path writes. CollectFields applies
// fragments, inline fragments, @skip and @include with the variables.
func fastSupported(opCtx *graphql.OperationContext, sel ast.SelectionSet, typeName string) bool {
	known := fastTypes[typeName]
	for _, f := range graphql.CollectFields(opCtx, sel, []string{typeName}) {
		if len(f.Deferrables) > 0 {
			return false
		}
		if f.Name == "__typename" {
			continue
		}
		child, ok := known[f.Name]
		if !ok || (typeName != "Query" && len(f.Arguments) > 0) {
			return false
		}
		if typeName == "Query" && rootLists[child] != nil {
			if !rootSupported(opCtx, f.Selections, child) {
				return false
			}
			continue
		}
		if child != "" && !fastSupported(opCtx, f.Selections, child) {
			return false
		}
	}
	return true
}

// rootSupported tells whether the selection of a root country or official
// asks only for plain fields the fast path writes and for each of the
// node's rootLists at most once (two aliases with their own arguments
// would need a statement each).
func rootSupported(opCtx *graphql.OperationContext, sel ast.SelectionSet, typeName string) bool {
	seen := map[string]bool{}
	for _, f := range graphql.CollectFields(opCtx, sel, []string{typeName}) {
		if len(f.Deferrables) > 0 {
			return false
		}
		if f.Name == "__typename" {
			continue
		}
		child, list := rootLists[typeName][f.Name]
		if !list {
			var ok bool
			child, ok = fastTypes[typeName][f.Name]
			if !ok || len(f.Arguments) > 0 {
				return false
			}
		} else if seen[f.Name] {
			return false
		}
		seen[f.Name] = true
		if child != "" && !fastSupported(opCtx, f.Selections, child) {
			return false
		}
	}
	return true
}

// fastWriter writes one answer; ok turns false at the first thing it
// cannot write the way the generated executor would.
type fastWriter struct {
	ctx      context.Context
	opCtx    *graphql.OperationContext
	r        *Resolver
	buf      bytes.Buffer
	ok       bool
	failures []rootFailure
	// fields keeps the fields collected from each selection set: one
	// officialsWhoMet answer writes some thousand objects from a dozen
	// selection sets, and collecting them again for every object was a
	// tenth of its Go CPU.
	fields map[fieldsKey][]graphql.CollectedField
	// known are the fields a former request of the same prepared
	// operation collected (read-only, shared); prep is that operation,
	// nil when it is prepared afresh for each request.
	known map[fieldsKey][]graphql.CollectedField
	prep  *preparedOp
}

// fieldsKey names a selection set by its first element's address and its
// length (the map holds the address, so it is not reused while the
// request lasts) and the type of the object it selects from.
type fieldsKey struct {
	first    *ast.Selection
	n        int
	typeName string
}

// collect is graphql.CollectFields, once per selection set and type in a
// request: the variables that decide @skip and @include do not change
// within it.
func (w *fastWriter) collect(sel ast.SelectionSet, typeName string) []graphql.CollectedField {
	if len(sel) == 0 {
		return graphql.CollectFields(w.opCtx, sel, []string{typeName})
	}
	k := fieldsKey{first: &sel[0], n: len(sel), typeName: typeName}
	if fields, ok := w.known[k]; ok {
		return fields
	}
	if fields, ok := w.fields[k]; ok {
		return fields
	}
	fields := graphql.CollectFields(w.opCtx, sel, []string{typeName})
	if w.fields == nil {
		w.fields = map[fieldsKey][]graphql.CollectedField{}
	}
	w.fields[k] = fields
	return fields
}

// rootFailure is the error of a root field's resolver: the answer reports
// it as the generated executor would, rather than asking the store again.
type rootFailure struct {
	field graphql.CollectedField
	args  map[string]any
	err   error
}

// rootFailed records err, the error of the root field f's resolver or
// statement, and writes the field's value: null.
func (w *fastWriter) rootFailed(f graphql.CollectedField, args map[string]any, err error) {
	w.failures = append(w.failures, rootFailure{field: f, args: args, err: err})
	w.buf.WriteString("null")
}

// reportFailures adds the root fields' errors to the response as gqlgen's
// ResolveField does (the error presenter sees the field's path; the
// location is the field's), and tells whether one of the fields is
// non-null, which makes the whole data null.
func (w *fastWriter) reportFailures() (nullData bool) {
	for _, fl := range w.failures {
		ctx := w.rootContext(fl.field, fl.args)
		w.opCtx.Error(ctx, graphql.AddFieldLocationToError(ctx, fl.err))
		if fl.field.Definition != nil && fl.field.Definition.Type.NonNull {
			nullData = true
		}
	}
	return nullData
}

func (s *fastSchema) answer(ctx context.Context, opCtx *graphql.OperationContext, prep *preparedOp) (data []byte, ok bool) {
	w := &fastWriter{ctx: ctx, opCtx: opCtx, r: s.r, ok: true, prep: prep}
	if prep != nil {
		if fields := prep.fields.Load(); fields != nil {
			w.known = *fields
		}
	}
	defer func() {
		// The generated executor answers instead, and its recover
		// function reports the panic if it happens there too.
		if v := recover(); v != nil {
			slog.Default().Warn("fast path panicked; the generated executor answers", "panic", v)
			data, ok = nil, false
		}
	}()
	ec := newExecutionContext(opCtx, s.generated, nil)
	w.object(opCtx.Operation.SelectionSet, "Query", func(f graphql.CollectedField) {
		switch f.Name {
		case "officialsWhoMet":
			w.officialsWhoMet(ec, f)
		case "meetings":
			w.meetings(ec, f)
		case "country":
			w.rootCountry(ec, f)
		case "official":
			w.rootOfficial(ec, f)
		case "search":
			w.search(ec, f)
		}
	})
	if w.ok && len(w.failures) > 0 && w.reportFailures() {
		return []byte("null"), true
	}
	w.keepFields()
	return w.buf.Bytes(), w.ok
}

// object writes the fields of one object in the order selected, under
// their aliases; field writes the value of each field but __typename.
func (w *fastWriter) object(sel ast.SelectionSet, typeName string, field func(graphql.CollectedField)) {
	w.buf.WriteByte('{')
	for i, f := range w.collect(sel, typeName) {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.str(f.Alias)
		w.buf.WriteByte(':')
		if f.Name == "__typename" {
			w.str(typeName)
			continue
		}
		field(f)
	}
	w.buf.WriteByte('}')
}

// The scalars the fast path writes most go straight into the buffer, as
// gqlgen's marshallers write them but without a closure and an interface
// call per value (a few thousand per officialsWhoMet answer);
// TestFastWriterScalarsAsGqlgen holds them to gqlgen's bytes.

// str writes s quoted as graphql.MarshalString does, then escaped as
// writeResponse's json.HTMLEscape would: control characters, '\\' and '"'
// as gqlgen escapes them, '<', '>', '&', U+2028 and U+2029 as HTMLEscape
// does, everything else (other UTF-8, even invalid bytes) as it is. An
// answer of the fast path then has nothing left for writeResponse to
// escape, and goes out without a copy (it was 6 % of officialsWhoMet's Go
// CPU: titles and URLs hold '&'); the bytes sent are the same. Every byte
// it escapes is ASCII or starts U+2028/U+2029, so walking bytes is walking
// runes here.
func (w *fastWriter) str(s string) {
	w.buf.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' && c != '<' && c != '>' && c != '&' && c != 0xE2 {
			continue
		}
		if c == 0xE2 && !lineOrParagraphSeparator(s, i) {
			continue
		}
		w.buf.WriteString(s[start:i])
		switch c {
		case '\t':
			w.buf.WriteString(`\t`)
		case '\r':
			w.buf.WriteString(`\r`)
		case '\n':
			w.buf.WriteString(`\n`)
		case '\\':
			w.buf.WriteString(`\\`)
		case '"':
			w.buf.WriteString(`\"`)
		case '<', '>', '&':
			// HTMLEscape's lower-case hex.
			w.buf.WriteString(`\u00`)
			w.buf.WriteByte(lowerHexDigits[c>>4])
			w.buf.WriteByte(lowerHexDigits[c&0xf])
		case 0xE2:
			w.buf.WriteString(`\u202`)
			w.buf.WriteByte(lowerHexDigits[s[i+2]&0xf])
			i += 2
		default:
			w.buf.WriteString(`\u00`)
			w.buf.WriteByte(hexDigits[c>>4])
			w.buf.WriteByte(hexDigits[c&0xf])
		}
		start = i + 1
	}
	w.buf.WriteString(s[start:])
	w.buf.WriteByte('"')
}

// lineOrParagraphSeparator tells whether s holds U+2028 or U+2029 at i
// (E2 80 A8 or E2 80 A9), which json.HTMLEscape escapes.
func lineOrParagraphSeparator(s string, i int) bool {
	return i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8
}

const lowerHexDigits = "0123456789abcdef"

const hexDigits = "0123456789ABCDEF"

func (w *fastWriter) integer(n int) {
	w.buf.Write(strconv.AppendInt(w.buf.AvailableBuffer(), int64(n), 10))
}

func (w *fastWriter) boolean(b bool) { w.buf.WriteString(strconv.FormatBool(b)) }

// date writes a Date as model.MarshalDate does: null when empty, else
// strconv.Quote of it.
func (w *fastWriter) date(d attache.Date) {
	if d == "" {
		w.buf.WriteString("null")
		return
	}
	w.buf.Write(strconv.AppendQuote(w.buf.AvailableBuffer(), string(d)))
}

// named writes an enum value by its GraphQL name, as the generated code
// does (a value without one is written as ""); a nullable enum whose value
// is the zero value is null, as its resolver answers.
func named[T comparable](w *fastWriter, names map[T]string, v T, nullable bool) {
	var zero T
	if nullable && v == zero {
		w.buf.WriteString("null")
		return
	}
	w.str(names[v])
}

func (w *fastWriter) optionalString(p *string) {
	if p == nil {
		w.buf.WriteString("null")
		return
	}
	w.str(*p)
}

// list writes n elements with each.
func (w *fastWriter) list(n int, each func(i int)) {
	w.buf.WriteByte('[')
	for i := range n {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		each(i)
	}
	w.buf.WriteByte(']')
}

// rootContext is the context a root resolver sees in the generated
// executor: its field, with arguments, so asksFor can look below it.
func (w *fastWriter) rootContext(f graphql.CollectedField, args map[string]any) context.Context {
	return graphql.WithFieldContext(w.ctx, &graphql.FieldContext{Object: "Query", Field: f, Args: args,
		IsMethod: true, IsResolver: true})
}

func (w *fastWriter) officialsWhoMet(ec *executionContext, f graphql.CollectedField) {
	args, err := ec.field_Query_officialsWhoMet_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
	if err != nil {
		w.ok = false
		return
	}
	if w.whoMetFromRows(f, args) {
		return
	}
	// The resolver reads only the fields this answer writes.
	sel := &selection{paths: w.rootPaths(f, func() []string { return whoMetPaths(w.opCtx, f.Selections) })}
	ctx := withSelection(w.rootContext(f, args), sel)
	conn, err := w.r.Query().OfficialsWhoMet(ctx, args["country"].(string), args["leadersOnly"].(*bool),
		args["from"].(*attache.Date), args["to"].(*attache.Date), args["first"].(*int), args["after"].(*string))
	if err != nil {
		w.rootFailed(f, args, err)
		return
	}
	if conn == nil {
		w.ok = false
		return
	}
	w.object(f.Selections, "OfficialMetConnection", func(g graphql.CollectedField) {
		switch g.Name {
		case "edges":
			lists := w.whoMetMeetingLists(g.Selections, conn.Edges, sel.reports)
			w.list(len(conn.Edges), func(i int) { w.officialMetEdge(g.Selections, conn.Edges[i], lists) })
		case "pageInfo":
			w.pageInfo(g.Selections, conn.PageInfo)
		case "totalCount":
			w.count(ctx, conn.Count)
		}
	})
}

func (w *fastWriter) meetings(ec *executionContext, f graphql.CollectedField) {
	args, err := ec.field_Query_meetings_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
	if err != nil {
		w.ok = false
		return
	}
	ctx := w.rootContext(f, args)
	var conn *model.MeetingConnection
	var participants map[string][]attache.OfficialView
	if selector, ok := w.r.Read.(meetingsSelector); ok && asksFor(ctx, "totalCount") {
		// The page, its count and its participants in one statement
		// that reads only the fields this answer writes.
		conn, participants, err = w.r.meetingsSelected(ctx, selector, args["filter"].(*model.MeetingFilter),
			args["orderBy"].(*attache.MeetingOrder), args["first"].(*int), args["after"].(*string), w.rootPaths(f, func() []string { return meetingPaths(w.opCtx, f.Selections) }))
	} else {
		conn, err = w.r.Query().Meetings(ctx, args["filter"].(*model.MeetingFilter), args["orderBy"].(*attache.MeetingOrder),
			args["first"].(*int), args["after"].(*string))
	}
	if err != nil {
		w.rootFailed(f, args, err)
		return
	}
	if conn == nil {
		w.ok = false
		return
	}
	w.object(f.Selections, "MeetingConnection", func(g graphql.CollectedField) {
		switch g.Name {
		case "edges":
			nodes := make([]attache.MeetingView, len(conn.Edges))
			for i, e := range conn.Edges {
				nodes[i] = *e.Node
			}
			lists := w.meetingLists(nodesSelection(w.opCtx, g.Selections, "MeetingEdge"), nodes, meetingLists{participants: participants})
			w.list(len(conn.Edges), func(i int) {
				e := conn.Edges[i]
				w.object(g.Selections, "MeetingEdge", func(h graphql.CollectedField) {
					switch h.Name {
					case "cursor":
						w.str(e.Cursor)
					case "node":
						w.meeting(h.Selections, e.Node, lists)
					}
				})
			})
		case "pageInfo":
			w.pageInfo(g.Selections, conn.PageInfo)
		case "totalCount":
			w.count(ctx, conn.Count)
		}
	})
}

// nodesSelection merges the selections of an edge's node fields, which
// decide what the list of nodes needs read.
func nodesSelection(opCtx *graphql.OperationContext, edge ast.SelectionSet, edgeType string) ast.SelectionSet {
	var out ast.SelectionSet
	for _, f := range graphql.CollectFields(opCtx, edge, []string{edgeType}) {
		if f.Name == "node" {
			out = append(out, f.Selections...)
		}
	}
	return out
}

func (w *fastWriter) count(ctx context.Context, count model.Counter) {
	n, err := count(ctx)
	if err != nil {
		w.ok = false
		return
	}
	w.integer(n)
}

func (w *fastWriter) pageInfo(sel ast.SelectionSet, p *model.PageInfo) {
	w.object(sel, "PageInfo", func(f graphql.CollectedField) {
		switch f.Name {
		case "hasNextPage":
			w.boolean(p.HasNextPage)
		case "hasPreviousPage":
			w.boolean(p.HasPreviousPage)
		case "startCursor":
			w.optionalString(p.StartCursor)
		case "endCursor":
			w.optionalString(p.EndCursor)
		}
	})
}

// whoMetMeetingLists reads the lists asked of the meetings of every
// official on the page together, as the loaders batch them in the
// generated executor.
func (w *fastWriter) whoMetMeetingLists(edgeSel ast.SelectionSet, edges []*model.OfficialMetEdge, reports map[string][]attache.Report) meetingLists {
	var sel ast.SelectionSet
	for _, f := range graphql.CollectFields(w.opCtx, nodesSelection(w.opCtx, edgeSel, "OfficialMetEdge"), []string{"OfficialMet"}) {
		if f.Name == "meetings" {
			sel = append(sel, f.Selections...)
		}
	}
	var meetings []attache.MeetingView
	for _, e := range edges {
		meetings = append(meetings, e.Node.Meetings...)
	}
	return w.meetingLists(sel, meetings, meetingLists{reports: reports})
}

func (w *fastWriter) officialMetEdge(sel ast.SelectionSet, e *model.OfficialMetEdge, lists meetingLists) {
	w.object(sel, "OfficialMetEdge", func(f graphql.CollectedField) {
		switch f.Name {
		case "cursor":
			w.str(e.Cursor)
		case "node":
			w.officialMet(f.Selections, e.Node, lists)
		}
	})
}

func (w *fastWriter) officialMet(sel ast.SelectionSet, m *attache.OfficialMet, lists meetingLists) {
	w.object(sel, "OfficialMet", func(f graphql.CollectedField) {
		switch f.Name {
		case "official":
			w.official(f.Selections, &m.Official)
		case "counterparts":
			w.list(len(m.Counterparts), func(i int) { w.official(f.Selections, &m.Counterparts[i]) })
		case "meetings":
			w.list(len(m.Meetings), func(i int) { w.meeting(f.Selections, &m.Meetings[i], lists) })
		case "meetingCount":
			w.integer(m.MeetingCount)
		case "firstDate":
			w.date(m.FirstDate)
		case "lastDate":
			w.date(m.LastDate)
		}
	})
}

func (w *fastWriter) official(sel ast.SelectionSet, o *attache.OfficialView) {
	w.object(sel, "Official", func(f graphql.CollectedField) { w.officialField(f, o) })
}

// officialField writes one plain field of an official.
func (w *fastWriter) officialField(f graphql.CollectedField, o *attache.OfficialView) {
	switch f.Name {
	case "id":
		w.str(o.ID)
	case "name":
		w.str(o.Name)
	case "aliases":
		w.list(len(o.Aliases), func(i int) { w.str(o.Aliases[i]) })
	case "title":
		w.str(o.Title)
	case "level":
		named(w, levelNames, o.Level, true)
	case "country":
		w.country(f.Selections, known(o.CountryCode, o.CountryName))
	case "organization":
		w.str(o.Organization)
	}
}

func (w *fastWriter) country(sel ast.SelectionSet, c *attache.Country) {
	if c == nil {
		w.buf.WriteString("null")
		return
	}
	w.object(sel, "Country", func(f graphql.CollectedField) {
		switch f.Name {
		case "code":
			w.str(c.Code)
		case "name":
			w.str(c.Name)
		}
	})
}

// meetingLists are the lists of a page of meetings, read for the whole
// page at once, by meeting id.
type meetingLists struct {
	participants map[string][]attache.OfficialView
	countries    map[string][]attache.Country
	reports      map[string][]attache.Report
}

// meetingLists reads the lists the selection asks of meetings in one
// statement per list, less those given (read with the page, with only the
// fields this answer writes). Lists primed by the generated resolvers come
// from the loaders' caches; states missing from the page are fetched
// without the loader's batching wait.
func (w *fastWriter) meetingLists(sel ast.SelectionSet, meetings []attache.MeetingView, given meetingLists) meetingLists {
	out := given
	if len(meetings) == 0 || !w.ok {
		return out
	}
	ids := make([]string, len(meetings))
	for i := range meetings {
		ids[i] = meetings[i].ID
	}
	// The request's loaders are made when a list must be read: a page
	// that brought its lists along (the compiled statements' usual case)
	// needs none, and making them was a sixth of a meetings request's
	// allocations.
	var l *Loaders
	loaders := func() *Loaders {
		if l == nil {
			l = w.r.loaders(w.ctx)
		}
		return l
	}
	for _, f := range graphql.CollectFields(w.opCtx, sel, []string{"Meeting"}) {
		switch {
		case f.Name == "participants" && out.participants == nil:
			// Primed by meetings when it read them with the page.
			out.participants = cachedOrFetched(w, loaders().MeetingParticipants, ids)
		case f.Name == "countries" && out.countries == nil:
			// Most pages bring their meetings' states along.
			out.countries = map[string][]attache.Country{}
			if missing := withoutCountries(meetings); len(missing) > 0 {
				out.countries = fetchAll(w, loaders().MeetingCountries, missing)
			}
		case f.Name == "reports" && out.reports == nil:
			out.reports = cachedOrFetched(w, loaders().MeetingReports, ids)
		}
	}
	return out
}

// withoutCountries are the ids of the meetings read without their states.
func withoutCountries(meetings []attache.MeetingView) []string {
	var ids []string
	for i := range meetings {
		if meetings[i].Countries == nil {
			ids = append(ids, meetings[i].ID)
		}
	}
	return ids
}

// fetchAll reads the values of keys in one call of the loader's fetch.
func fetchAll[V any](w *fastWriter, l *loader[string, V], keys []string) map[string]V {
	keys = uniq(keys)
	if len(keys) == 0 {
		return map[string]V{}
	}
	values, errs := l.fetch(w.ctx, keys)
	out := make(map[string]V, len(keys))
	for i, k := range keys {
		if errs != nil && errs[i] != nil {
			w.ok = false
			return out
		}
		out[k] = values[i]
	}
	return out
}

// cachedOrFetched reads keys through the loader, whose cache holds what
// the root resolver primed; keys it lacks are fetched together.
func cachedOrFetched[V any](w *fastWriter, l *loader[string, V], keys []string) map[string]V {
	keys = uniq(keys)
	values, err := l.Loader.LoadAll(w.ctx, keys)
	out := make(map[string]V, len(keys))
	if err != nil {
		w.ok = false
		return out
	}
	for i, k := range keys {
		out[k] = values[i]
	}
	return out
}

func uniq(keys []string) []string {
	seen := make(map[string]bool, len(keys))
	out := keys[:0:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (w *fastWriter) meeting(sel ast.SelectionSet, m *attache.MeetingView, lists meetingLists) {
	w.object(sel, "Meeting", func(f graphql.CollectedField) {
		switch f.Name {
		case "id":
			w.str(m.ID)
		case "kind":
			named(w, kindNames, m.Kind, false)
		case "status":
			named(w, statusNames, m.Status, false)
		case "date":
			w.date(m.Date)
		case "datePrecision":
			named(w, precisionNames, m.DatePrecision, true)
		case "participants":
			ps := lists.participants[m.ID]
			w.list(len(ps), func(i int) { w.official(f.Selections, &ps[i]) })
		case "countries":
			cs := m.Countries
			if cs == nil {
				cs = lists.countries[m.ID]
			}
			w.list(len(cs), func(i int) { w.country(f.Selections, &cs[i]) })
		case "reports":
			rs := lists.reports[m.ID]
			w.list(len(rs), func(i int) { w.report(f.Selections, &rs[i]) })
		}
	})
}

func (w *fastWriter) report(sel ast.SelectionSet, r *attache.Report) {
	w.object(sel, "Report", func(f graphql.CollectedField) {
		switch f.Name {
		case "article":
			w.article(f.Selections, &r.Article)
		case "evidence":
			w.str(r.Evidence)
		case "start":
			w.integer(r.Start)
		case "end":
			w.integer(r.End)
		}
	})
}

func (w *fastWriter) article(sel ast.SelectionSet, a *attache.ArticleInfo) {
	w.object(sel, "Article", func(f graphql.CollectedField) {
		switch f.Name {
		case "id":
			w.str(a.ID)
		case "title":
			w.str(a.Title)
		case "url":
			w.str(a.URL)
		case "outlet":
			w.str(a.Outlet)
		case "published":
			w.date(a.Published)
		}
	})
}

type selectionKey struct{}

// selection is what the fast path tells the officialsWhoMet resolver: the
// fields below OfficialMet it will write (whoMetPaths); and what the
// resolver hands back: the reports read with the page, by meeting id.
type selection struct {
	paths   []string
	reports map[string][]attache.Report
}

// withSelection puts sel in the context of the officialsWhoMet resolver.
func withSelection(ctx context.Context, sel *selection) context.Context {
	return context.WithValue(ctx, selectionKey{}, sel)
}

// selectionOf is the selection withSelection set; nil in the generated
// executor.
func selectionOf(ctx context.Context) *selection {
	sel, _ := ctx.Value(selectionKey{}).(*selection)
	return sel
}

// selectedPaths are the paths of the selection; nil in the generated
// executor.
func selectedPaths(ctx context.Context) []string {
	if sel := selectionOf(ctx); sel != nil {
		return sel.paths
	}
	return nil
}

// whoMetPaths names the fields an officialsWhoMet selection asks of its
// nodes, as paths below OfficialMet ("official.title", "meetings.reports.
// article.url"): what the compiled statement projects. Meetings'
// participants come from their own statement, and meetingCount, firstDate
// and lastDate are always read.
func whoMetPaths(opCtx *graphql.OperationContext, conn ast.SelectionSet) []string {
	paths := []string{"official.id"}
	collect := func(sel ast.SelectionSet, typeName string) []graphql.CollectedField {
		return graphql.CollectFields(opCtx, sel, []string{typeName})
	}
	var add func(prefix string, sel ast.SelectionSet, typeName string)
	add = func(prefix string, sel ast.SelectionSet, typeName string) {
		for _, f := range collect(sel, typeName) {
			child := fastTypes[typeName][f.Name]
			switch {
			case f.Name == "__typename" || f.Name == "participants":
			case child == "" || f.Name == "country" || f.Name == "countries":
				paths = append(paths, prefix+f.Name)
			default: // reports, and a report's article
				if f.Name == "reports" {
					paths = append(paths, prefix+f.Name)
				}
				add(prefix+f.Name+".", f.Selections, child)
			}
		}
	}
	for _, edges := range collect(conn, "OfficialMetConnection") {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range collect(edges.Selections, "OfficialMetEdge") {
			if node.Name != "node" {
				continue
			}
			for _, f := range collect(node.Selections, "OfficialMet") {
				switch f.Name {
				case "official", "counterparts", "meetings":
					// A list's elements must be read even when only their
					// __typename is asked for.
					switch f.Name {
					case "meetings":
						paths = append(paths, "meetings")
					case "counterparts":
						paths = append(paths, "counterparts.id")
					}
					add(f.Name+".", f.Selections, fastTypes["OfficialMet"][f.Name])
				}
			}
		}
	}
	return paths
}

// rootFolder reads a root node with the lists asked of it in one statement
// (neo4jdb/compiled_root.go); a first below 0 or an empty granularity
// leaves a list unread, and found is false when there is no such node.
type rootFolder interface {
	CountryWithLists(ctx context.Context, code string, partnersFirst int, partnersFrom, partnersTo attache.Date,
		timeline attache.Granularity, timelineFrom, timelineTo attache.Date) (attache.Country, []attache.Partner, []attache.TimelineBucket, bool, error)
	OfficialWithCounterpartsSelected(ctx context.Context, id string, first *int, paths []string) (attache.OfficialView, []attache.Counterpart, bool, error)
}

// countryLists are the arguments of a root country's partners and
// timeline, checked as their resolvers check them.
type countryLists struct {
	partnersFirst            int
	partnersFrom, partnersTo attache.Date
	timeline                 attache.Granularity
	timelineFrom, timelineTo attache.Date
}

// countryListArgs parses the arguments of the lists selected below a root
// country; ok is false when one is bad, for the generated executor to
// report.
func (w *fastWriter) countryListArgs(ec *executionContext, sel ast.SelectionSet) (l countryLists, ok bool) {
	l.partnersFirst = -1
	for _, f := range graphql.CollectFields(w.opCtx, sel, []string{"Country"}) {
		switch f.Name {
		case "partners":
			args, err := ec.field_Country_partners_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
			if err != nil {
				return l, false
			}
			from, to := args["from"].(*attache.Date), args["to"].(*attache.Date)
			n, err := w.r.size(args["first"].(*int), 20)
			if err != nil || checkRange(from, to) != nil {
				return l, false
			}
			l.partnersFirst, l.partnersFrom, l.partnersTo = n, deref(from), deref(to)
		case "timeline":
			args, err := ec.field_Country_timeline_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
			if err != nil {
				return l, false
			}
			from, to := args["from"].(*attache.Date), args["to"].(*attache.Date)
			if checkRange(from, to) != nil {
				return l, false
			}
			l.timeline, l.timelineFrom, l.timelineTo = attache.ByYear, deref(from), deref(to)
			if g := args["granularity"].(*attache.Granularity); g != nil {
				l.timeline = *g
			}
		}
	}
	return l, true
}

// rootCountry answers country(code) named by an ISO code (or an alias of
// one), with its partners and timeline, in one statement; named by a name,
// the name is resolved first, as the resolver does. An unknown code or
// name and a store error are answered as the resolver's error; bad
// arguments of the lists are left to the generated executor, which
// reports them below the country.
func (w *fastWriter) rootCountry(ec *executionContext, f graphql.CollectedField) {
	folder, ok := w.r.Read.(rootFolder)
	if !ok || !w.ok {
		w.ok = false
		return
	}
	args, err := ec.field_Query_country_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
	if err != nil {
		w.ok = false
		return
	}
	// As the country resolver picks the lookup by code.
	text := strings.TrimSpace(args["code"].(string))
	if alias, ok := w.r.countryAlias(text); ok {
		text = alias
	}
	l, ok := w.countryListArgs(ec, f.Selections)
	if !ok {
		w.ok = false
		return
	}
	c, partners, timeline, err := w.countryWithLists(folder, text, l)
	if err != nil {
		w.rootFailed(f, args, err)
		return
	}
	w.object(f.Selections, "Country", func(g graphql.CollectedField) {
		switch g.Name {
		case "code":
			w.str(c.Code)
		case "name":
			w.str(c.Name)
		case "partners":
			w.list(len(partners), func(i int) { w.partner(g.Selections, &partners[i]) })
		case "timeline":
			w.list(len(timeline), func(i int) { w.timelineBucket(g.Selections, &timeline[i]) })
		}
	})
}

// countryWithLists reads the country named by text (a code, or a name to
// resolve first, as the country resolver does) with the lists l asks for.
// A name and no list cost the resolving statement only.
func (w *fastWriter) countryWithLists(folder rootFolder, text string, l countryLists) (attache.Country, []attache.Partner, []attache.TimelineBucket, error) {
	code := strings.ToUpper(text)
	var resolved *attache.Country
	if len(text) != 2 {
		c, err := w.r.Read.ResolveCountry(w.ctx, text)
		if err != nil {
			return c, nil, nil, err
		}
		if l.partnersFirst < 0 && l.timeline == "" {
			return c, nil, nil, nil
		}
		code, resolved = c.Code, &c
	}
	c, partners, timeline, found, err := folder.CountryWithLists(w.ctx, code,
		l.partnersFirst, l.partnersFrom, l.partnersTo, l.timeline, l.timelineFrom, l.timelineTo)
	switch {
	case err != nil:
		return c, nil, nil, err
	case resolved != nil:
		// The resolver answers the country it resolved, whose lists
		// are empty if it is gone since.
		return *resolved, partners, timeline, nil
	case !found:
		return c, nil, nil, notFound("country", code)
	}
	return c, partners, timeline, nil
}

// rootOfficial answers official(id) with its counterparts in one
// statement; an unknown id and a store error are answered as the
// resolver's error, bad arguments of the counterparts left to the
// generated executor.
func (w *fastWriter) rootOfficial(ec *executionContext, f graphql.CollectedField) {
	folder, ok := w.r.Read.(rootFolder)
	if !ok || !w.ok {
		w.ok = false
		return
	}
	args, err := ec.field_Query_official_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
	if err != nil {
		w.ok = false
		return
	}
	var first *int
	for _, g := range graphql.CollectFields(w.opCtx, f.Selections, []string{"Official"}) {
		if g.Name != "counterparts" {
			continue
		}
		cargs, err := ec.field_Official_counterparts_args(w.ctx, g.ArgumentMap(w.opCtx.Variables))
		if err != nil {
			w.ok = false
			return
		}
		n, err := w.r.size(cargs["first"].(*int), 10)
		if err != nil {
			w.ok = false
			return
		}
		first = &n
	}
	o, counterparts, found, err := folder.OfficialWithCounterpartsSelected(w.ctx, args["id"].(string), first, w.rootPaths(f, func() []string { return w.officialPaths(f.Selections) }))
	if err == nil && !found {
		err = notFound("official", args["id"].(string))
	}
	if err != nil {
		w.rootFailed(f, args, err)
		return
	}
	w.object(f.Selections, "Official", func(g graphql.CollectedField) {
		if g.Name == "counterparts" {
			w.list(len(counterparts), func(i int) { w.counterpart(g.Selections, &counterparts[i]) })
			return
		}
		w.officialField(g, &o)
	})
}

// search answers search(text, first) through its resolver, which checks
// the arguments as in the generated executor; its error is the root
// field's.
func (w *fastWriter) search(ec *executionContext, f graphql.CollectedField) {
	args, err := ec.field_Query_search_args(w.ctx, f.ArgumentMap(w.opCtx.Variables))
	if err != nil {
		w.ok = false
		return
	}
	ctx := w.rootContext(f, args)
	hits, err := w.r.Query().Search(ctx, args["text"].(string), args["first"].(*int))
	if err != nil {
		w.rootFailed(f, args, err)
		return
	}
	w.list(len(hits), func(i int) { w.searchHit(ctx, f.Selections, hits[i]) })
}

func (w *fastWriter) searchHit(ctx context.Context, sel ast.SelectionSet, h *attache.SearchHit) {
	w.object(sel, "SearchHit", func(f graphql.CollectedField) {
		switch f.Name {
		case "kind":
			kind, err := w.r.SearchHit().Kind(ctx, h)
			if err != nil {
				w.ok = false
				return
			}
			kind.MarshalGQL(&w.buf)
		case "id":
			w.str(h.ID)
		case "label":
			w.str(h.Label)
		case "score":
			// gqlgen's own marshaller: %g, and an error (the generated
			// executor's to give) for what JSON cannot hold.
			if math.IsInf(h.Score, 0) || math.IsNaN(h.Score) {
				w.ok = false
				return
			}
			_ = graphql.MarshalFloatContext(h.Score).MarshalGQLContext(ctx, &w.buf)
		}
	})
}

func (w *fastWriter) partner(sel ast.SelectionSet, p *attache.Partner) {
	w.object(sel, "Partner", func(f graphql.CollectedField) {
		switch f.Name {
		case "country":
			w.country(f.Selections, &p.Country)
		case "meetingCount":
			w.integer(p.MeetingCount)
		case "firstDate":
			w.date(p.FirstDate)
		case "lastDate":
			w.date(p.LastDate)
		}
	})
}

func (w *fastWriter) timelineBucket(sel ast.SelectionSet, b *attache.TimelineBucket) {
	w.object(sel, "TimelineBucket", func(f graphql.CollectedField) {
		switch f.Name {
		case "period":
			w.str(b.Period)
		case "meetingCount":
			w.integer(b.MeetingCount)
		}
	})
}

func (w *fastWriter) counterpart(sel ast.SelectionSet, c *attache.Counterpart) {
	w.object(sel, "Counterpart", func(f graphql.CollectedField) {
		switch f.Name {
		case "official":
			w.official(f.Selections, &c.Official)
		case "meetingCount":
			w.integer(c.MeetingCount)
		case "firstDate":
			w.date(c.FirstDate)
		case "lastDate":
			w.date(c.LastDate)
		}
	})
}

// meetingsSelector is a ReadService that reads a counted page of meetings
// projecting only the fields a query selects, named by their paths below
// Meeting (neo4jdb's ReadStore compiles the projection from them).
type meetingsSelector interface {
	ListMeetingsCountedSelected(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs,
		paths []string) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error)
}

// meetingPaths names the fields a meetings selection asks of its nodes, as
// paths below Meeting ("kind", "participants.name"): what the compiled
// projection reads. Reports come from their own statement.
func meetingPaths(opCtx *graphql.OperationContext, conn ast.SelectionSet) []string {
	var paths []string
	for _, edges := range graphql.CollectFields(opCtx, conn, []string{"MeetingConnection"}) {
		if edges.Name != "edges" {
			continue
		}
		for _, f := range graphql.CollectFields(opCtx, nodesSelection(opCtx, edges.Selections, "MeetingEdge"), []string{"Meeting"}) {
			switch f.Name {
			case "__typename", "reports":
			case "participants":
				// The list is read even when only its __typename is asked.
				paths = append(paths, "participants")
				for _, g := range graphql.CollectFields(opCtx, f.Selections, []string{"Official"}) {
					if g.Name != "__typename" {
						paths = append(paths, "participants."+g.Name)
					}
				}
			default:
				paths = append(paths, f.Name)
			}
		}
	}
	return paths
}

// officialPaths names the fields a root official's selection asks of it
// and of its counterparts' officials ("name", "counterparts.official.
// title"): what the compiled statement projects.
func (w *fastWriter) officialPaths(sel ast.SelectionSet) []string {
	var paths []string
	collect := func(sel ast.SelectionSet, typeName string) []graphql.CollectedField {
		return graphql.CollectFields(w.opCtx, sel, []string{typeName})
	}
	for _, f := range collect(sel, "Official") {
		switch f.Name {
		case "__typename":
		case "counterparts":
			for _, g := range collect(f.Selections, "Counterpart") {
				if g.Name != "official" {
					continue
				}
				for _, h := range collect(g.Selections, "Official") {
					if h.Name != "__typename" {
						paths = append(paths, "counterparts.official."+h.Name)
					}
				}
			}
		default:
			paths = append(paths, f.Name)
		}
	}
	return paths
}
