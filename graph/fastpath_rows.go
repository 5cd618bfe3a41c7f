package graph

import (
	"bytes"
	"context"
	"sort"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/attache-project/attache"
)

// officialsWhoMet written from the store's rows: the read store hands each
// official on the page to the writer as its record holds it
// (attache.WhoMetVisitor), and the writer writes the edges as they come,
// so no OfficialMet, MeetingView or Report is built for an answer that is
// written once and dropped. The rows carry the fields the compiled
// statement read; what the views' constructors normalise (a state's name
// that defaults to its code, a meeting's precision to its date's, its
// states by name) is normalised here, as TestFastPathAnswersAsGenerated
// holds it.

// whoMetVisitorStore is a ReadService that hands officialsWhoMet's rows to
// a visitor (neo4jdb's ReadStore).
type whoMetVisitorStore interface {
	VisitOfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, paths []string, v attache.WhoMetVisitor) (bool, error)
}

// whoMetFromRows answers officialsWhoMet from the store's rows, when the
// store can hand them and the selection asks nothing of meetings'
// participants (their own statement); ok is false otherwise, and nothing
// is written.
func (w *fastWriter) whoMetFromRows(f graphql.CollectedField, args map[string]any) (ok bool) {
	store, ok := w.r.Read.(whoMetVisitorStore)
	if !ok || w.whoMetAsksParticipants(f.Selections) {
		return false
	}
	ctx := w.rootContext(f, args)
	q, err := w.r.whoMetQuery(ctx, args["country"].(string), args["leadersOnly"].(*bool), args["from"].(*attache.Date), args["to"].(*attache.Date))
	if err != nil {
		w.rootFailed(f, args, err)
		return true
	}
	p, err := w.r.pageArgs(args["first"].(*int), args["after"].(*string))
	if err != nil {
		w.rootFailed(f, args, err)
		return true
	}
	rows := &whoMetRows{w: w, edges: map[string]*bytes.Buffer{}}
	for _, g := range w.collect(f.Selections, "OfficialMetConnection") {
		if g.Name == "edges" {
			rows.fields = append(rows.fields, g)
			rows.edges[g.Alias] = &bytes.Buffer{}
		}
	}
	paths := w.rootPaths(f, func() []string { return whoMetPaths(w.opCtx, f.Selections) })
	hasNext, err := store.VisitOfficialsWhoMet(ctx, q, p, paths, rows)
	if err != nil {
		w.rootFailed(f, args, err)
		return true
	}
	info := pageInfo(hasNext, p.After, rows.start, rows.end)
	w.object(f.Selections, "OfficialMetConnection", func(g graphql.CollectedField) {
		switch g.Name {
		case "edges":
			w.buf.WriteByte('[')
			w.buf.Write(rows.edges[g.Alias].Bytes())
			w.buf.WriteByte(']')
		case "pageInfo":
			w.pageInfo(g.Selections, info)
		case "totalCount":
			n, err := w.r.Read.CountOfficialsWhoMet(ctx, q)
			if err != nil {
				w.ok = false
				return
			}
			w.integer(n)
		}
	})
	return true
}

// whoMetAsksParticipants tells whether an officialsWhoMet selection asks
// for its meetings' participants.
func (w *fastWriter) whoMetAsksParticipants(conn ast.SelectionSet) bool {
	for _, edges := range w.collect(conn, "OfficialMetConnection") {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range w.collect(edges.Selections, "OfficialMetEdge") {
			if node.Name != "node" {
				continue
			}
			for _, m := range w.collect(node.Selections, "OfficialMet") {
				if m.Name != "meetings" {
					continue
				}
				for _, g := range w.collect(m.Selections, "Meeting") {
					if g.Name == "participants" {
						return true
					}
				}
			}
		}
	}
	return false
}

// whoMetRows is the writer as the store's visitor: it writes each row as an
// edge of every edges field selected (by alias), for the connection to
// take in the selection's order once the page is read.
type whoMetRows struct {
	w          *fastWriter
	fields     []graphql.CollectedField
	edges      map[string]*bytes.Buffer
	n          int
	start, end string
}

func (rows *whoMetRows) VisitOfficialMet(row *attache.OfficialMetRow) {
	if rows.n == 0 {
		rows.start = row.Cursor
	}
	rows.end = row.Cursor
	rows.n++
	w := rows.w
	answer := w.buf
	for _, g := range rows.fields {
		edges := rows.edges[g.Alias]
		w.buf = *edges
		if rows.n > 1 {
			w.buf.WriteByte(',')
		}
		w.object(g.Selections, "OfficialMetEdge", func(h graphql.CollectedField) {
			switch h.Name {
			case "cursor":
				w.str(row.Cursor)
			case "node":
				w.officialMetRow(h.Selections, row)
			}
		})
		*edges = w.buf
	}
	w.buf = answer
}

func (w *fastWriter) officialMetRow(sel ast.SelectionSet, row *attache.OfficialMetRow) {
	w.object(sel, "OfficialMet", func(f graphql.CollectedField) {
		switch f.Name {
		case "official":
			w.officialFields(f.Selections, row.Official)
		case "counterparts":
			names := row.Names.Counterpart
			w.list(len(row.Counterparts), func(i int) { w.officialFields(f.Selections, attache.FieldsOf(row.Counterparts[i], names)) })
		case "meetings":
			w.list(len(row.Meetings), func(i int) {
				w.meetingFields(f.Selections, attache.FieldsOf(row.Meetings[i], row.Names.Meeting), row.Names)
			})
		case "meetingCount":
			w.integer(row.MeetingCount)
		case "firstDate":
			w.date(row.FirstDate)
		case "lastDate":
			w.date(row.LastDate)
		}
	})
}

// officialFields writes an official as officialField writes its view.
func (w *fastWriter) officialFields(sel ast.SelectionSet, o attache.Fields) {
	w.object(sel, "Official", func(f graphql.CollectedField) {
		switch f.Name {
		case "id", "name", "title", "organization":
			w.str(o.Str(f.Name))
		case "aliases":
			// As the view keeps them: the strings of the list.
			w.buf.WriteByte('[')
			n := 0
			for _, a := range o.List("aliases") {
				if s, ok := a.(string); ok {
					if n > 0 {
						w.buf.WriteByte(',')
					}
					w.str(s)
					n++
				}
			}
			w.buf.WriteByte(']')
		case "level":
			named(w, levelNames, attache.Level(o.Str("level")), true)
		case "country":
			c := statePair(o.List("country"))
			w.country(f.Selections, known(c.Code, c.Name))
		}
	})
}

// statePair is a state read as a [code, name] pair, its name its code when
// it has none, as the views read it; the zero Country when v is no pair.
func statePair(v []any) attache.Country {
	var c attache.Country
	if len(v) == 2 {
		c.Code, _ = v[0].(string)
		c.Name, _ = v[1].(string)
	}
	if c.Name == "" {
		c.Name = c.Code
	}
	return c
}

// meetingFields writes a meeting as meeting writes its view.
func (w *fastWriter) meetingFields(sel ast.SelectionSet, m attache.Fields, names *attache.WhoMetNames) {
	w.object(sel, "Meeting", func(f graphql.CollectedField) {
		switch f.Name {
		case "id":
			w.str(m.Str("id"))
		case "kind":
			named(w, kindNames, attache.MeetingKind(m.Str("kind")), false)
		case "status":
			named(w, statusNames, attache.MeetingStatus(m.Str("status")), false)
		case "date":
			w.date(attache.Date(m.Str("date")))
		case "datePrecision":
			prec := attache.DatePrecision(m.Str("datePrecision"))
			if prec == "" {
				prec = attache.Date(m.Str("date")).Precision()
			}
			named(w, precisionNames, prec, true)
		case "countries":
			cs := countriesByName(m.List("countries"))
			w.list(len(cs), func(i int) { w.country(f.Selections, &cs[i]) })
		case "reports":
			rs := m.List("reports")
			w.list(len(rs), func(i int) { w.reportFields(f.Selections, attache.FieldsOf(rs[i], names.Report), names.Article) })
		default: // participants: whoMetFromRows does not take them
			w.ok = false
		}
	})
}

// countriesByName are a meeting's states sorted as its view sorts them.
func countriesByName(l []any) []attache.Country {
	out := make([]attache.Country, len(l))
	for i, v := range l {
		pair, _ := v.([]any)
		out[i] = statePair(pair)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (w *fastWriter) reportFields(sel ast.SelectionSet, r attache.Fields, article []string) {
	w.object(sel, "Report", func(f graphql.CollectedField) {
		switch f.Name {
		case "article":
			w.articleFields(f.Selections, r.Node("article", article))
		case "evidence":
			w.str(r.Str("evidence"))
		case "start", "end":
			w.integer(r.Int(f.Name))
		}
	})
}

func (w *fastWriter) articleFields(sel ast.SelectionSet, a attache.Fields) {
	w.object(sel, "Article", func(f graphql.CollectedField) {
		switch f.Name {
		case "id", "title", "url", "outlet":
			w.str(a.Str(f.Name))
		case "published":
			w.date(attache.Date(a.Str("published")))
		}
	})
}
