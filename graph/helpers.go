package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// DefaultMaxPageSize bounds `first` when the Resolver sets no bound.
const DefaultMaxPageSize = 100

// MaxSearchLength bounds search text in characters: Lucene builds an
// automaton per word, and one of a thousand letters is "too large" for it.
const MaxSearchLength = 200

// checkSearch refuses search text longer than MaxSearchLength.
func checkSearch(text string) error {
	if n := utf8.RuneCountInString(text); n > MaxSearchLength {
		return attache.Errorf(attache.EINVALID, "the search text has %d characters; the limit is %d", n, MaxSearchLength)
	}
	return nil
}

// MaxFilterCountries bounds the countries a meeting filter names.
const MaxFilterCountries = 50

// pageArgs checks `first` and `after` of a list.
func (r *Resolver) pageArgs(first *int, after *string) (attache.PageArgs, error) {
	limit := r.MaxPageSize
	if limit <= 0 {
		limit = DefaultMaxPageSize
	}
	p := attache.PageArgs{First: 20}
	if first != nil {
		p.First = *first
	}
	if p.First < 1 || p.First > limit {
		return p, attache.Errorf(attache.EINVALID, "first must be between 1 and %d, not %d", limit, p.First)
	}
	if after != nil {
		p.After = *after
	}
	return p, nil
}

// size checks the `first` of a short, unpaginated list.
func (r *Resolver) size(first *int, def int) (int, error) {
	p, err := r.pageArgs(orDefault(first, def), nil)
	return p.First, err
}

func orDefault(p *int, def int) *int {
	if p == nil {
		return &def
	}
	return p
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// countryCode turns an ISO code (any case), a name or a common alias
// ("USA", "UK") into a code. An alias is looked up first, since "UK" is two
// letters but not GB's code; other two letters are taken as a code without
// asking the database.
func (r *Resolver) countryCode(ctx context.Context, codeOrName string) (string, error) {
	text := strings.TrimSpace(codeOrName)
	if code, ok := r.countryAlias(text); ok {
		return code, nil
	}
	if len(text) == 2 {
		return strings.ToUpper(text), nil
	}
	c, err := r.Read.ResolveCountry(ctx, text)
	if err != nil {
		return "", err
	}
	return c.Code, nil
}

func (r *Resolver) countryCodes(ctx context.Context, list []string) ([]string, error) {
	out := make([]string, 0, len(list))
	for _, c := range list {
		code, err := r.countryCode(ctx, c)
		if err != nil {
			return nil, err
		}
		out = append(out, code)
	}
	return out, nil
}

// checkRange refuses a range whose start is after its end: comparing the
// first day of from with the last day of to, so "from: 2005-11, to: 2005"
// is a valid range and "from: 2006, to: 2005-12-31" is not. An empty range
// would otherwise answer with silent emptiness.
func checkRange(from, to *attache.Date) error {
	f, t := deref(from), deref(to)
	if f == "" || t == "" {
		return nil
	}
	if string(f) > string(t)+"~" {
		return attache.Errorf(attache.EINVALID, "from (%s) is later than to (%s)", f, t)
	}
	return nil
}

// meetingFilter converts the GraphQL filter, resolving country names.
func (r *Resolver) meetingFilter(ctx context.Context, f *model.MeetingFilter) (attache.MeetingFilter, error) {
	var out attache.MeetingFilter
	if f == nil {
		return out, nil
	}
	if err := checkRange(f.From, f.To); err != nil {
		return out, err
	}
	if n := len(f.Countries) + len(f.AnyCountry); n > MaxFilterCountries {
		// Each name costs a lookup: a long list would run thousands.
		return out, attache.Errorf(attache.EINVALID, "a meeting filter names %d countries; the limit is %d", n, MaxFilterCountries)
	}
	var err error
	if out.Countries, err = r.countryCodes(ctx, f.Countries); err != nil {
		return out, err
	}
	if out.AnyCountry, err = r.countryCodes(ctx, f.AnyCountry); err != nil {
		return out, err
	}
	if f.HostCountry != nil {
		if out.HostCountry, err = r.countryCode(ctx, *f.HostCountry); err != nil {
			return out, err
		}
	}
	if f.Official != nil {
		if out.Official, err = r.officialID(ctx, *f.Official); err != nil {
			return out, err
		}
	}
	out.Issue = deref(f.Issue)
	out.Kinds, out.Statuses = f.Kind, f.Status
	out.From, out.To = deref(f.From), deref(f.To)
	return out, nil
}

func pageInfo(hasNext bool, after string, startCursor, endCursor string) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: hasNext, HasPreviousPage: after != ""}
	if startCursor != "" {
		info.StartCursor, info.EndCursor = &startCursor, &endCursor
	}
	return info
}

// connection converts a page into a connection's edges and page info.
func connection[T any, E any](page attache.Page[T], p attache.PageArgs, edge func(cursor string, node *T) E) ([]E, *model.PageInfo) {
	edges := make([]E, 0, len(page.Edges))
	var start, end string
	for i := range page.Edges {
		e := page.Edges[i]
		edges = append(edges, edge(e.Cursor, &e.Node))
		if i == 0 {
			start = e.Cursor
		}
		end = e.Cursor
	}
	return edges, pageInfo(page.HasNextPage, p.After, start, end)
}

func (r *Resolver) meetingConnection(ctx context.Context, f attache.MeetingFilter, order *attache.MeetingOrder, p attache.PageArgs) (*model.MeetingConnection, error) {
	o := attache.NewestFirst
	if order != nil {
		o = *order
	}
	if folded, ok := r.Read.(meetingsParticipantsCounter); ok && asksFor(ctx, "totalCount") &&
		asksFor(ctx, "edges", "node", "participants") {
		page, total, participants, err := folded.ListMeetingsCountedWithParticipants(ctx, f, o, p)
		if err != nil {
			return nil, err
		}
		// The meetings' participants resolvers find them in the loader.
		l := r.loaders(ctx)
		for id, ps := range participants {
			l.MeetingParticipants.Prime(id, ps)
		}
		edges, info := connection(page, p, func(c string, n *attache.MeetingView) *model.MeetingEdge {
			return &model.MeetingEdge{Cursor: c, Node: n}
		})
		return &model.MeetingConnection{Edges: edges, PageInfo: info, Count: func(context.Context) (int, error) {
			return total, nil
		}}, nil
	}
	if counted, ok := r.Read.(meetingsCounter); ok && asksFor(ctx, "totalCount") {
		page, total, err := counted.ListMeetingsCounted(ctx, f, o, p)
		if err != nil {
			return nil, err
		}
		edges, info := connection(page, p, func(c string, n *attache.MeetingView) *model.MeetingEdge {
			return &model.MeetingEdge{Cursor: c, Node: n}
		})
		return &model.MeetingConnection{Edges: edges, PageInfo: info, Count: func(context.Context) (int, error) {
			return total, nil
		}}, nil
	}
	page, err := r.Read.ListMeetings(ctx, f, o, p)
	if err != nil {
		return nil, err
	}
	edges, info := connection(page, p, func(c string, n *attache.MeetingView) *model.MeetingEdge {
		return &model.MeetingEdge{Cursor: c, Node: n}
	})
	return &model.MeetingConnection{Edges: edges, PageInfo: info, Count: func(ctx context.Context) (int, error) {
		return r.Read.CountMeetings(ctx, f)
	}}, nil
}

// meetingsSelected answers meetings as the resolver does, reading the
// page, its count and (when paths ask for them) its participants in one
// statement that projects only the fields named by paths; the
// participants are returned by meeting id, not primed in the loader,
// whose other users may ask more of an official.
func (r *Resolver) meetingsSelected(ctx context.Context, selector meetingsSelector, filter *model.MeetingFilter, orderBy *attache.MeetingOrder,
	first *int, after *string, paths []string) (*model.MeetingConnection, map[string][]attache.OfficialView, error) {
	p, err := r.pageArgs(first, after)
	if err != nil {
		return nil, nil, err
	}
	f, err := r.meetingFilter(ctx, filter)
	if err != nil {
		return nil, nil, err
	}
	o := attache.NewestFirst
	if orderBy != nil {
		o = *orderBy
	}
	page, total, participants, err := selector.ListMeetingsCountedSelected(ctx, f, o, p, paths)
	if err != nil {
		return nil, nil, err
	}
	edges, info := connection(page, p, func(c string, n *attache.MeetingView) *model.MeetingEdge {
		return &model.MeetingEdge{Cursor: c, Node: n}
	})
	return &model.MeetingConnection{Edges: edges, PageInfo: info, Count: func(context.Context) (int, error) {
		return total, nil
	}}, participants, nil
}

// meetingsCounter is a ReadService that can page through meetings and
// count them in one statement, evaluating the filter once (neo4jdb's
// ReadStore can).
type meetingsCounter interface {
	ListMeetingsCounted(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (attache.Page[attache.MeetingView], int, error)
}

// meetingsParticipantsCounter is a meetingsCounter that reads the page's
// participants in the same statement.
type meetingsParticipantsCounter interface {
	ListMeetingsCountedWithParticipants(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error)
}

// whoMetReporter is a ReadService that can read the officials who met a
// state with their meetings' reports in one statement.
type whoMetReporter interface {
	OfficialsWhoMetWithReports(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error)
}

// whoMetSelector is a ReadService that reads officialsWhoMet projecting
// only the fields a query selects, named by their paths below OfficialMet
// (neo4jdb's ReadStore compiles the statement from them).
type whoMetSelector interface {
	OfficialsWhoMetSelected(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, paths []string) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error)
}

// asksFor tells whether the query selects the field at path below the
// field being resolved (a connection's totalCount; edges, node, meetings,
// reports).
func asksFor(ctx context.Context, path ...string) bool {
	if graphql.GetFieldContext(ctx) == nil {
		return false
	}
	op := graphql.GetOperationContext(ctx)
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for i, name := range path {
		j := slices.IndexFunc(fields, func(f graphql.CollectedField) bool { return f.Name == name })
		if j < 0 {
			return false
		}
		if i < len(path)-1 {
			fields = graphql.CollectFields(op, fields[j].Selections, nil)
		}
	}
	return true
}

// meetingsOf is the meetings field of an official, country or issue. The
// meeting lists of all parents at one level of a query are fetched
// together, so a list of 20 officials with their meetings costs one
// statement for the meetings (and one for their counts), not 20.
func (r *Resolver) meetingsOf(ctx context.Context, scope attache.MeetingScope, id string, filter *model.MeetingFilter, orderBy *attache.MeetingOrder, first *int, after *string) (*model.MeetingConnection, error) {
	p, err := r.pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	f, err := r.meetingFilter(ctx, filter)
	if err != nil {
		return nil, err
	}
	order := attache.NewestFirst
	if orderBy != nil {
		order = *orderBy
	}
	encoded, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("encode a meeting filter: %w", err)
	}
	key := meetingsOfKey{Scope: scope, ID: id, Filter: string(encoded), Order: order, First: p.First, After: p.After}
	page, err := r.loaders(ctx).MeetingsOf.Load(ctx, key)
	if err != nil {
		return nil, err
	}
	edges, info := connection(page, p, func(c string, n *attache.MeetingView) *model.MeetingEdge {
		return &model.MeetingEdge{Cursor: c, Node: n}
	})
	countKey := key
	countKey.Order, countKey.First, countKey.After = "", 0, ""
	return &model.MeetingConnection{Edges: edges, PageInfo: info, Count: func(ctx context.Context) (int, error) {
		return r.loaders(ctx).MeetingCountsOf.Load(ctx, countKey)
	}}, nil
}

func (r *Resolver) officialConnection(ctx context.Context, f attache.OfficialFilter, first *int, after *string) (*model.OfficialConnection, error) {
	p, err := r.pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	page, err := r.Read.ListOfficials(ctx, f, p)
	if err != nil {
		return nil, err
	}
	edges, info := connection(page, p, func(c string, n *attache.OfficialView) *model.OfficialEdge {
		return &model.OfficialEdge{Cursor: c, Node: n}
	})
	return &model.OfficialConnection{Edges: edges, PageInfo: info, Count: func(ctx context.Context) (int, error) {
		return r.Read.CountOfficials(ctx, f)
	}}, nil
}

// whoMetQuery checks officialsWhoMet's arguments, the range first and the
// country second, and is the query they ask; the resolver and the fast
// path's writer from rows both take it from here, so they refuse the same
// arguments with the same error.
func (r *Resolver) whoMetQuery(ctx context.Context, country string, leadersOnly *bool, from, to *attache.Date) (attache.WhoMetQuery, error) {
	if err := checkRange(from, to); err != nil {
		return attache.WhoMetQuery{}, err
	}
	code, err := r.countryCode(ctx, country)
	if err != nil {
		return attache.WhoMetQuery{}, err
	}
	return attache.WhoMetQuery{Country: code, LeadersOnly: leadersOnly == nil || *leadersOnly, From: deref(from), To: deref(to)}, nil
}

func (r *Resolver) whoMetConnection(ctx context.Context, q attache.WhoMetQuery, first *int, after *string) (*model.OfficialMetConnection, error) {
	p, err := r.pageArgs(first, after)
	if err != nil {
		return nil, err
	}
	read := func(p attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
		page, err := r.Read.OfficialsWhoMet(ctx, q, p)
		return page, nil, err
	}
	if selector, ok := r.Read.(whoMetSelector); ok && selectedPaths(ctx) != nil {
		read = func(p attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
			return selector.OfficialsWhoMetSelected(ctx, q, p, selectedPaths(ctx))
		}
	} else if folded, ok := r.Read.(whoMetReporter); ok && asksFor(ctx, "edges", "node", "meetings", "reports") {
		read = func(p attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
			return folded.OfficialsWhoMetWithReports(ctx, q, p)
		}
	}
	return r.whoMetPage(ctx, q, p, read)
}

// whoMetPage reads a page of officialsWhoMet with read and makes it a
// connection; the reports read with it go to the loader, where the
// meetings' reports resolvers find them.
func (r *Resolver) whoMetPage(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs,
	read func(attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error)) (*model.OfficialMetConnection, error) {
	page, reports, err := read(p)
	if err != nil {
		return nil, err
	}
	if sel := selectionOf(ctx); sel != nil {
		// Read with only the fields the fast path writes: for it alone,
		// not for the loader, whose other users may ask more of a report.
		sel.reports = reports
	} else {
		l := r.loaders(ctx)
		for id, rs := range reports {
			l.MeetingReports.Prime(id, rs)
		}
	}
	edges, info := connection(page, p, func(c string, n *attache.OfficialMet) *model.OfficialMetEdge {
		return &model.OfficialMetEdge{Cursor: c, Node: n}
	})
	return &model.OfficialMetConnection{Edges: edges, PageInfo: info, Count: func(ctx context.Context) (int, error) {
		return r.Read.CountOfficialsWhoMet(ctx, q)
	}}, nil
}

// pointers turns a slice of values into the slice of pointers gqlgen wants.
func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

// loadAll loads keys through a loader in one batch and drops keys that
// vanished between two statements (a concurrent write) rather than failing.
func loadAll[V any](ctx context.Context, l *dataloadgen.Loader[string, V], keys []string) ([]*V, error) {
	thunks := make([]func() (V, error), len(keys))
	for i, k := range keys {
		thunks[i] = l.LoadThunk(ctx, k)
	}
	out := make([]*V, 0, len(keys))
	for _, thunk := range thunks {
		v, err := thunk()
		if err != nil {
			if attache.ErrorCode(err) == attache.ENOTFOUND {
				continue
			}
			return nil, err
		}
		out = append(out, &v)
	}
	return out, nil
}

// loadOne loads one node; a missing one is null, not an error.
func loadOne[V any](ctx context.Context, l *dataloadgen.Loader[string, V], key string) (*V, error) {
	if key == "" {
		return nil, nil
	}
	v, err := l.Load(ctx, key)
	if err != nil {
		if attache.ErrorCode(err) == attache.ENOTFOUND {
			return nil, nil
		}
		return nil, err
	}
	return &v, nil
}
