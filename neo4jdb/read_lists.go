package neo4jdb

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/attache-project/attache"
)

// Lists with keyset pagination. Each page asks for one item more than it
// returns to learn whether another page follows; a cursor is the sort key of
// the last item given, so rows inserted before it do not shift the next page.
// A list's statement is assembled from constant clauses chosen by which
// filters are set (the start clause is the most selective one, so Neo4j
// begins from an index); every value is a $parameter.

// Meeting list: start clauses, by the filter that narrows most.
const (
	meetingsFromCountry  = `MATCH (:Country {code: $startCountry})<-[:INVOLVED]-(m:Meeting)`
	meetingsFromOfficial = `MATCH (:Official {id: $official})-[:ATTENDED]->(m:Meeting)`
	meetingsFromIssue    = `MATCH (:Issue {id: $issue})<-[:DISCUSSED]-(m:Meeting)`
	meetingsFromHost     = `MATCH (:Country {code: $host})<-[:HELD_IN]-(m:Meeting)`
	meetingsFromAny      = "MATCH (ac:Country)<-[:INVOLVED]-(am:Meeting)\nWHERE ac.code IN $anyCountry\nWITH DISTINCT am AS m"
	meetingsFromAll      = `MATCH (m:Meeting)`
)

// Meeting list: conditions, one per filter.
const (
	meetingHasCountries = `ALL(code IN $countries WHERE EXISTS { (m)-[:INVOLVED]->(:Country {code: code}) })`
	// The states of a filter besides the one its start clause matched,
	// checked against the meeting's own few states (INVOLVED leads to a
	// state: no label check), where an EXISTS with an index seek per
	// state expanded into the state's many INVOLVED edges: 7 % fewer db
	// hits over the side-by-side benchmark's 44 pairs and years
	// (docs/BENCHMARKS.md, "The meetings question within 1.5×").
	meetingHasOtherCountries = `ALL(code IN $otherCountries WHERE code IN [(m)-[:INVOLVED]->(oc) | oc.code])`
	meetingHasAny            = `EXISTS { (m)-[:INVOLVED]->(c:Country) WHERE c.code IN $anyCountry }`
	meetingHasOfficial       = `EXISTS { (m)<-[:ATTENDED]-(:Official {id: $official}) }`
	meetingHasIssue          = `EXISTS { (m)-[:DISCUSSED]->(:Issue {id: $issue}) }`
	meetingHasHost           = `EXISTS { (m)-[:HELD_IN]->(:Country {code: $host}) }`
	meetingHasKind           = `m.kind IN $kinds`
	meetingHasStatus         = `m.status IN $statuses`
	meetingSince             = `(m.date >= $from OR m.date IN $fromSpans)`
	// A lower bound that is a year has no longer period sorting before
	// it: one range seek on the date index, not a union of two seeks.
	meetingSinceYear    = `m.date >= $from`
	meetingUntil        = `m.date <= $to`
	meetingBeforeCursor = `(k < $afterKey OR (k = $afterKey AND m.id < $afterID))`
	meetingAfterCursor  = `(k > $afterKey OR (k = $afterKey AND m.id > $afterID))`
)

// meetingQuery returns the MATCH and conditions of a meeting filter and
// its parameters.
func meetingQuery(f attache.MeetingFilter) (match string, conds []string, params map[string]any) {
	params = map[string]any{
		"countries": anyStrs(f.Countries), "anyCountry": anyStrs(f.AnyCountry),
		"official": optParam(f.Official), "issue": optParam(f.Issue), "host": optParam(f.HostCountry),
		"kinds": strsParam(f.Kinds), "statuses": strsParam(f.Statuses),
		"from": fromParam(f.From), "fromSpans": spansParam(f.From), "to": toParam(f.To), "startCountry": nil,
		"otherCountries": otherCountries(f.Countries),
	}
	started := ""
	switch {
	case len(f.Countries) > 0:
		match, started = meetingsFromCountry, "countries"
		params["startCountry"] = f.Countries[0]
	case f.Official != "":
		match, started = meetingsFromOfficial, "official"
	case f.Issue != "":
		match, started = meetingsFromIssue, "issue"
	case f.HostCountry != "":
		match, started = meetingsFromHost, "host"
	case len(f.AnyCountry) > 0:
		match, started = meetingsFromAny, "any"
	default:
		match = meetingsFromAll
	}
	conds = meetingConds(f, started)
	return match, conds, params
}

// otherCountries are the states of a filter other than the first, which
// the country start clause matches.
func otherCountries(codes []string) []any {
	out := []any{}
	for _, c := range codes[min(1, len(codes)):] {
		if c != codes[0] && !slices.Contains(out, any(c)) {
			out = append(out, c)
		}
	}
	return out
}

// meetingConds are the conditions of a filter, less the one its start
// clause already ensures ("" when the start ensures none).
func meetingConds(f attache.MeetingFilter, started string) (conds []string) {
	switch {
	case started == "countries" && len(otherCountries(f.Countries)) > 0:
		// The start clause matched the first state; checking it again per
		// meeting cost an EXISTS for every meeting in the date range.
		conds = append(conds, meetingHasOtherCountries)
	case started != "countries" && len(f.Countries) > 0:
		conds = append(conds, meetingHasCountries)
	}
	if len(f.AnyCountry) > 0 && started != "any" {
		conds = append(conds, meetingHasAny)
	}
	if f.Official != "" && started != "official" {
		conds = append(conds, meetingHasOfficial)
	}
	if f.Issue != "" && started != "issue" {
		conds = append(conds, meetingHasIssue)
	}
	if f.HostCountry != "" && started != "host" {
		conds = append(conds, meetingHasHost)
	}
	if len(f.Kinds) > 0 {
		conds = append(conds, meetingHasKind)
	}
	if len(f.Statuses) > 0 {
		conds = append(conds, meetingHasStatus)
	}
	switch {
	case f.From != "" && len(spansParam(f.From)) == 0:
		conds = append(conds, meetingSinceYear)
	case f.From != "":
		conds = append(conds, meetingSince)
	}
	if f.To != "" {
		conds = append(conds, meetingUntil)
	}
	return conds
}

// where joins conditions into a WHERE clause, or nothing.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, "\n  AND ") + "\n"
}

// ListMeetings pages through the meetings matching f. Undated meetings come
// last in both orders.
func (s *ReadStore) ListMeetings(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (attache.Page[attache.MeetingView], error) {
	var page attache.Page[attache.MeetingView]
	tag := listTag("meetings", f, order)
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return page, err
	}
	match, conds, params := meetingQuery(f)
	sortKey, direction, keyset := `coalesce(m.date, '')`, "DESC", meetingBeforeCursor
	if order == attache.OldestFirst {
		sortKey, direction, keyset = `coalesce(m.date, '~')`, "ASC", meetingAfterCursor
	}
	cypher := match + "\n" + where(conds) +
		"WITH m, " + sortKey + " AS k\n"
	if c != nil {
		cypher += "WHERE " + keyset + "\n"
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
	}
	cypher += "ORDER BY k " + direction + ", m.id " + direction + "\n" +
		"LIMIT $limit\n" +
		"RETURN k, " + as(meetingProjection, "m") + " AS item\n"
	params["limit"] = p.First + 1
	recs, err := s.run(ctx, "listMeetings", cypher, params)
	if err != nil {
		return page, err
	}
	for i, rec := range recs {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		v, _ := rec.Get("item")
		m := meetingFrom(v)
		page.Edges = append(page.Edges, attache.Edge[attache.MeetingView]{Node: m, Cursor: encodeCursor(tag, rStr(rec, "k"), m.ID)})
	}
	return page, nil
}

// CountMeetings counts the meetings matching f.
func (s *ReadStore) CountMeetings(ctx context.Context, f attache.MeetingFilter) (int, error) {
	match, conds, params := meetingQuery(f)
	recs, err := s.run(ctx, "countMeetings", match+"\n"+where(conds)+"RETURN count(DISTINCT m) AS n\n", params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}

// Keyset conditions on a meeting m of a collected list, whose sort key is
// recomputed from m (the list statements' k).
const (
	meetingBeforeCursorIn = `(coalesce(m.date, '') < $afterKey OR (coalesce(m.date, '') = $afterKey AND m.id < $afterID))`
	meetingAfterCursorIn  = `(coalesce(m.date, '~') > $afterKey OR (coalesce(m.date, '~') = $afterKey AND m.id > $afterID))`
)

// ListMeetingsCounted is ListMeetings and CountMeetings in one statement:
// the filter (its EXISTS checks per meeting) is evaluated once, for the
// count, and the page is cut from the same sorted matches. It suits a
// filter that narrows the meetings (it sorts them all, where ListMeetings
// keeps only the top of the list), so without a start clause it falls
// back on the two statements.
func (s *ReadStore) ListMeetingsCounted(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (attache.Page[attache.MeetingView], int, error) {
	page, n, _, err := s.listMeetingsCounted(ctx, f, order, p, countedMeetings{name: "listMeetingsCounted", item: as(meetingProjection, "m")})
	return page, n, err
}

// ListMeetingsCountedWithParticipants is ListMeetingsCounted that also
// reads the page's participants, by meeting id, as MeetingParticipants
// does (by name), in the same statement when the filter starts from an
// index: the analysts' list of meetings with who attended costs one
// statement, not two.
func (s *ReadStore) ListMeetingsCountedWithParticipants(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	return s.listMeetingsCounted(ctx, f, order, p, countedMeetings{name: "listMeetingsCountedParticipants",
		item: as(meetingProjection, "m"), participants: meetingParticipantsFragment})
}

// countedMeetings is what a counted page of meetings projects: the
// statement's name for the log, each meeting's map projection of m, and
// its participants' COLLECT subquery ("" for none).
type countedMeetings struct {
	name, item, participants string
}

// meetingParticipantsFragment reads a meeting's participants in the order
// of queryMeetingParticipants.
var meetingParticipantsFragment = `COLLECT { MATCH (m)<-[:ATTENDED]-(o:Official) WITH o ORDER BY o.name, o.id RETURN ` +
	as(officialProjection, "o") + ` }`

func (s *ReadStore) listMeetingsCounted(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs, proj countedMeetings) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	withParticipants := proj.participants != ""
	match, conds, params := meetingQuery(f)
	if match == meetingsFromAll {
		return s.listAndCountMeetings(ctx, f, order, p, withParticipants)
	}
	var page attache.Page[attache.MeetingView]
	tag := listTag("meetings", f, order)
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return page, 0, nil, err
	}
	sortKey, direction, keyset := `coalesce(m.date, '')`, "DESC", meetingBeforeCursorIn
	if order == attache.OldestFirst {
		sortKey, direction, keyset = `coalesce(m.date, '~')`, "ASC", meetingAfterCursorIn
	}
	// A first page (most requests) has no cursor to test each meeting
	// against; a later page keeps only the meetings after its cursor.
	page0 := "ms"
	if c != nil {
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
		page0 = "[m IN ms WHERE " + keyset + "]"
	}
	params["limit"] = p.First + 1
	participants := ""
	if withParticipants {
		participants = ", participants: " + proj.participants
	}
	cypher := match + "\n" + where(conds) +
		"WITH m ORDER BY " + sortKey + " " + direction + ", m.id " + direction + "\n" +
		"WITH collect(DISTINCT m) AS ms\n" +
		"RETURN size(ms) AS total, [m IN " + page0 + "[0..$limit] | {k: " + sortKey + ", item: " + proj.item + participants + "}] AS page\n"
	recs, err := s.run(ctx, proj.name, cypher, params)
	if err != nil || len(recs) == 0 {
		return page, 0, nil, err
	}
	var byMeeting map[string][]attache.OfficialView
	if withParticipants {
		byMeeting = map[string][]attache.OfficialView{}
	}
	for i, v := range rList(recs[0], "page") {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		x := asMap(v)
		m := meetingFrom(x["item"])
		page.Edges = append(page.Edges, attache.Edge[attache.MeetingView]{Node: m, Cursor: encodeCursor(tag, asStr(x["k"]), m.ID)})
		if withParticipants {
			byMeeting[m.ID] = listOf(officialFrom)(x["participants"])
		}
	}
	return page, rInt(recs[0], "total"), byMeeting, nil
}

// listAndCountMeetings answers a filter with no start clause in its own
// statements: the page, the count and, when asked, the participants.
func (s *ReadStore) listAndCountMeetings(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs, withParticipants bool) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	page, err := s.ListMeetings(ctx, f, order, p)
	if err != nil {
		return page, 0, nil, err
	}
	n, err := s.CountMeetings(ctx, f)
	if err != nil || !withParticipants {
		return page, n, nil, err
	}
	ids := make([]string, len(page.Edges))
	for i, e := range page.Edges {
		ids[i] = e.Node.ID
	}
	byMeeting, err := s.MeetingParticipants(ctx, ids)
	return page, n, byMeeting, err
}

// Nested meeting lists: one statement for the meetings of many parents,
// each parent's page cut inside its own subquery.
var meetingScopeStarts = map[attache.MeetingScope]string{
	attache.ScopeOfficial: `MATCH (:Official {id: sid})-[:ATTENDED]->(m:Meeting)`,
	attache.ScopeCountry:  `MATCH (:Country {code: sid})<-[:INVOLVED]-(m:Meeting)`,
	attache.ScopeIssue:    `MATCH (:Issue {id: sid})<-[:DISCUSSED]-(m:Meeting)`,
}

func scopeStart(scope attache.MeetingScope) (string, error) {
	start, ok := meetingScopeStarts[scope]
	if !ok {
		return "", attache.Errorf(attache.EINVALID, "meetings cannot belong to a %q", scope)
	}
	return start, nil
}

// ListMeetingsOf pages through the meetings of each parent.
func (s *ReadStore) ListMeetingsOf(ctx context.Context, scope attache.MeetingScope, ids []string, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs) (map[string]attache.Page[attache.MeetingView], error) {
	start, err := scopeStart(scope)
	if err != nil {
		return nil, err
	}
	tag := listTag("meetingsOf", scope, f, order)
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return nil, err
	}
	_, _, params := meetingQuery(f)
	conds := meetingConds(f, "")
	sortKey, direction, keyset := `coalesce(m.date, '')`, "DESC", meetingBeforeCursor
	if order == attache.OldestFirst {
		sortKey, direction, keyset = `coalesce(m.date, '~')`, "ASC", meetingAfterCursor
	}
	cypher := "UNWIND $scopeIDs AS sid\nCALL {\n  WITH sid\n  " + start + "\n  " + where(conds) +
		"  WITH m, " + sortKey + " AS k\n"
	if c != nil {
		cypher += "  WHERE " + keyset + "\n"
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
	}
	cypher += "  ORDER BY k " + direction + ", m.id " + direction + "\n" +
		"  LIMIT $limit\n" +
		"  RETURN m, k\n}\n" +
		"RETURN sid AS key, collect({k: k, item: " + as(meetingProjection, "m") + "}) AS item\n"
	params["scopeIDs"], params["limit"] = anyStrs(ids), p.First+1
	recs, err := s.run(ctx, "listMeetingsOf", cypher, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]attache.Page[attache.MeetingView], len(ids))
	for _, rec := range recs {
		var page attache.Page[attache.MeetingView]
		rows := rList(rec, "item")
		type row struct {
			k string
			m attache.MeetingView
		}
		sorted := make([]row, 0, len(rows))
		for _, r := range rows {
			m := asMap(r)
			sorted = append(sorted, row{asStr(m["k"]), meetingFrom(m["item"])})
		}
		// collect() need not keep the subquery's order; restore it.
		sort.Slice(sorted, func(i, j int) bool {
			a, b := sorted[i], sorted[j]
			if a.k != b.k {
				return (a.k > b.k) == (direction == "DESC")
			}
			return (a.m.ID > b.m.ID) == (direction == "DESC")
		})
		for i, r := range sorted {
			if i == p.First {
				page.HasNextPage = true
				break
			}
			page.Edges = append(page.Edges, attache.Edge[attache.MeetingView]{Node: r.m, Cursor: encodeCursor(tag, r.k, r.m.ID)})
		}
		out[rStr(rec, "key")] = page
	}
	return out, nil
}

// CountMeetingsOf counts the meetings of each parent.
func (s *ReadStore) CountMeetingsOf(ctx context.Context, scope attache.MeetingScope, ids []string, f attache.MeetingFilter) (map[string]int, error) {
	start, err := scopeStart(scope)
	if err != nil {
		return nil, err
	}
	_, _, params := meetingQuery(f)
	params["scopeIDs"] = anyStrs(ids)
	cypher := "UNWIND $scopeIDs AS sid\nCALL {\n  WITH sid\n  " + start + "\n  " + where(meetingConds(f, "")) +
		"  RETURN count(DISTINCT m) AS n\n}\nRETURN sid AS key, n\n"
	recs, err := s.run(ctx, "countMeetingsOf", cypher, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(recs))
	for _, rec := range recs {
		out[rStr(rec, "key")] = rInt(rec, "n")
	}
	return out, nil
}

// Official list.
const (
	officialsFromSearch  = "CALL db.index.fulltext.queryNodes('attache_search', $lucene) YIELD node AS o\nWITH o\nWHERE o:Official"
	officialsFromCountry = `MATCH (:Country {code: $country})<-[:REPRESENTS]-(o:Official)`
	officialsFromAll     = `MATCH (o:Official)`
	officialHasCountry   = `EXISTS { (o)-[:REPRESENTS]->(:Country {code: $country}) }`
	officialHasLevel     = `o.level IN $levels`
	officialAfterCursor  = `(k > $afterKey OR (k = $afterKey AND o.id > $afterID))`
)

func officialQuery(f attache.OfficialFilter) (match string, conds []string, params map[string]any, err error) {
	params = map[string]any{"country": optParam(f.Country), "levels": strsParam(f.Levels)}
	switch {
	case strings.TrimSpace(f.Search) != "":
		lucene := luceneQuery(f.Search)
		if lucene == "" {
			return "", nil, nil, attache.Errorf(attache.EINVALID, "search needs at least one letter or digit")
		}
		params["lucene"] = lucene
		match = officialsFromSearch
		if f.Country != "" {
			conds = append(conds, officialHasCountry)
		}
	case f.Country != "":
		match = officialsFromCountry
	default:
		match = officialsFromAll
	}
	if len(f.Levels) > 0 {
		conds = append(conds, officialHasLevel)
	}
	if match == officialsFromSearch && len(conds) > 0 {
		// The start clause already has a WHERE; continue it.
		match += "\n  AND " + strings.Join(conds, "\n  AND ")
		conds = nil
	}
	return match, conds, params, nil
}

// ListOfficials pages through the officials matching f, by name.
func (s *ReadStore) ListOfficials(ctx context.Context, f attache.OfficialFilter, p attache.PageArgs) (attache.Page[attache.OfficialView], error) {
	var page attache.Page[attache.OfficialView]
	tag := listTag("officials", f)
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return page, err
	}
	match, conds, params, err := officialQuery(f)
	if err != nil {
		return page, err
	}
	cypher := match + "\n" + where(conds) + "WITH DISTINCT o, coalesce(o.name, '') AS k\n"
	if c != nil {
		cypher += "WHERE " + officialAfterCursor + "\n"
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
	}
	cypher += "ORDER BY k, o.id\nLIMIT $limit\nRETURN k, " + as(officialProjection, "o") + " AS item\n"
	params["limit"] = p.First + 1
	recs, err := s.run(ctx, "listOfficials", cypher, params)
	if err != nil {
		return page, err
	}
	for i, rec := range recs {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		v, _ := rec.Get("item")
		o := officialFrom(v)
		page.Edges = append(page.Edges, attache.Edge[attache.OfficialView]{Node: o, Cursor: encodeCursor(tag, rStr(rec, "k"), o.ID)})
	}
	return page, nil
}

// CountOfficials counts the officials matching f.
func (s *ReadStore) CountOfficials(ctx context.Context, f attache.OfficialFilter) (int, error) {
	match, conds, params, err := officialQuery(f)
	if err != nil {
		return 0, err
	}
	recs, err := s.run(ctx, "countOfficials", match+"\n"+where(conds)+"RETURN count(DISTINCT o) AS n\n", params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}

const queryListCountries = `
MATCH (c:Country)
WITH c, coalesce(c.name, c.code) AS k
WHERE $afterKey IS NULL
   OR k > $afterKey
   OR (k = $afterKey AND c.code > $afterID)
ORDER BY k, c.code
LIMIT $limit
RETURN k, {code: c.code, name: c.name} AS item
`

// ListCountries pages through the states by name.
func (s *ReadStore) ListCountries(ctx context.Context, p attache.PageArgs) (attache.Page[attache.Country], error) {
	var page attache.Page[attache.Country]
	tag := listTag("countries")
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return page, err
	}
	params := map[string]any{"afterKey": nil, "afterID": nil, "limit": p.First + 1}
	if c != nil {
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
	}
	recs, err := s.run(ctx, "listCountries", queryListCountries, params)
	if err != nil {
		return page, err
	}
	for i, rec := range recs {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		v, _ := rec.Get("item")
		co := countryFrom(v)
		page.Edges = append(page.Edges, attache.Edge[attache.Country]{Node: co, Cursor: encodeCursor(tag, rStr(rec, "k"), co.Code)})
	}
	return page, nil
}

const queryCountCountries = `
MATCH (c:Country)
RETURN count(c) AS n
`

// CountCountries counts the states in the graph.
func (s *ReadStore) CountCountries(ctx context.Context) (int, error) {
	recs, err := s.run(ctx, "countCountries", queryCountCountries, nil)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}

// Article list.
const (
	articlesFromSearch  = "CALL db.index.fulltext.queryNodes('attache_search', $lucene) YIELD node AS a\nWITH a\nWHERE a:Article"
	articlesFromAll     = `MATCH (a:Article)`
	articleHasOutlet    = `a.outlet = $outlet`
	articleSince        = `(a.published >= $from OR a.published IN $fromSpans)`
	articleUntil        = `a.published <= $to`
	articleBeforeCursor = `(k < $afterKey OR (k = $afterKey AND a.id < $afterID))`
)

func articleQuery(f attache.ArticleFilter) (match string, conds []string, params map[string]any, err error) {
	params = map[string]any{"outlet": optParam(f.Outlet), "from": fromParam(f.From), "fromSpans": spansParam(f.From), "to": toParam(f.To)}
	match = articlesFromAll
	if strings.TrimSpace(f.Search) != "" {
		lucene := luceneQuery(f.Search)
		if lucene == "" {
			return "", nil, nil, attache.Errorf(attache.EINVALID, "search needs at least one letter or digit")
		}
		params["lucene"] = lucene
		match = articlesFromSearch
	}
	if f.Outlet != "" {
		conds = append(conds, articleHasOutlet)
	}
	if f.From != "" {
		conds = append(conds, articleSince)
	}
	if f.To != "" {
		conds = append(conds, articleUntil)
	}
	if match == articlesFromSearch && len(conds) > 0 {
		match += "\n  AND " + strings.Join(conds, "\n  AND ")
		conds = nil
	}
	return match, conds, params, nil
}

// ListArticles pages through the articles matching f, newest first.
func (s *ReadStore) ListArticles(ctx context.Context, f attache.ArticleFilter, p attache.PageArgs) (attache.Page[attache.ArticleInfo], error) {
	var page attache.Page[attache.ArticleInfo]
	tag := listTag("articles", f)
	c, err := decodeCursor(p.After, tag, "ss")
	if err != nil {
		return page, err
	}
	match, conds, params, err := articleQuery(f)
	if err != nil {
		return page, err
	}
	cypher := match + "\n" + where(conds) + "WITH a, coalesce(a.published, '') AS k\n"
	if c != nil {
		cypher += "WHERE " + articleBeforeCursor + "\n"
		params["afterKey"], params["afterID"] = c.str(0), c.str(1)
	}
	cypher += "ORDER BY k DESC, a.id DESC\nLIMIT $limit\nRETURN k, " + as(articleProjection, "a") + " AS item\n"
	params["limit"] = p.First + 1
	recs, err := s.run(ctx, "listArticles", cypher, params)
	if err != nil {
		return page, err
	}
	for i, rec := range recs {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		v, _ := rec.Get("item")
		a := articleFrom(v)
		page.Edges = append(page.Edges, attache.Edge[attache.ArticleInfo]{Node: a, Cursor: encodeCursor(tag, rStr(rec, "k"), a.ID)})
	}
	return page, nil
}

// CountArticles counts the articles matching f.
func (s *ReadStore) CountArticles(ctx context.Context, f attache.ArticleFilter) (int, error) {
	match, conds, params, err := articleQuery(f)
	if err != nil {
		return 0, err
	}
	recs, err := s.run(ctx, "countArticles", match+"\n"+where(conds)+"RETURN count(DISTINCT a) AS n\n", params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}

var queryListIssues = `
MATCH (i:Issue)
WITH ` + as(issueProjection, "i") + ` AS item
ORDER BY item.meetings DESC, item.id
RETURN item
`

// ListIssues lists the taxonomy, most discussed first.
func (s *ReadStore) ListIssues(ctx context.Context) ([]attache.IssueView, error) {
	recs, err := s.run(ctx, "listIssues", queryListIssues, nil)
	if err != nil {
		return nil, err
	}
	out := make([]attache.IssueView, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("item")
		out = append(out, issueFrom(v))
	}
	return out, nil
}

// Officials who met a state's officials: the state's (leading) officials,
// the meetings they attended in the period, the other participants who do
// not serve the state. Most meetings first, then by name.
// The state's officials are gathered once, so telling a foreign official
// from one of them is a list lookup rather than a relationship check per row.
// REPRESENTS leads from an official to a state and ATTENDED from an
// official to a meeting, so no label is checked: a check per row is a db
// hit per row, and the rows are every meeting of every leader of the
// state, which grow with the graph rather than with the answer. A
// meeting's date is read once per meeting a leader attended, not once per
// participant. The two MATCH clauses do not need relationship uniqueness
// between them: l serves the state and f does not, so they differ.
const whoMetMatch = `
MATCH (c:Country {code: $country})
WITH c, [(c)<-[:REPRESENTS]-(x) | x] AS own
MATCH (c)<-[r:REPRESENTS]-(l)
WHERE NOT $leadersOnly
   OR coalesce(r.level, l.level) IN $leaderLevels
MATCH (l)-[:ATTENDED]->(m)
WITH own, l, m, m.date AS d
WHERE ($from IS NULL OR d >= $from OR d IN $fromSpans)
  AND ($to IS NULL OR d <= $to)
MATCH (m)<-[:ATTENDED]-(f)
WHERE NOT f IN own
`

// whoMetPage groups the matches by foreign official and keeps one page.
// Only the page's officials have their meetings and counterparts put in
// order: sorting every match first (as the statement did up to
// 2026-12-07) sorted and read the id of every meeting of every leader,
// work that grows with the graph, to order lists of which the page keeps
// twenty. The pairs are the official's (counterpart, meeting) matches.
const whoMetPage = `
WITH f, collect([l, m]) AS pairs, count(DISTINCT m) AS n, min(d) AS firstDate, max(d) AS lastDate
WITH f, pairs, n, firstDate, lastDate, coalesce(f.name, '') AS k
WHERE $afterN IS NULL
   OR n < $afterN
   OR (n = $afterN AND (k > $afterKey OR (k = $afterKey AND f.id > $afterID)))
ORDER BY n DESC, k, f.id
LIMIT $limit
// coalesce: DESC alone puts undated meetings (nulls) first; MeetingOrder
// documents them last, as ListMeetings does. Counterparts come in the
// order of their latest meeting with the official, as before.
CALL (pairs) {
  UNWIND pairs AS p
  WITH p[0] AS l, p[1] AS m
  ORDER BY coalesce(m.date, '') DESC, m.id
  RETURN collect(DISTINCT l) AS ls, collect(DISTINCT m) AS ms
}
`

var queryOfficialsWhoMet = whoMetMatch + whoMetPage + `RETURN n, k,
       ` + as(officialProjection, "f") + ` AS official,
       [x IN ls | ` + as(officialProjection, "x") + `] AS counterparts,
       [x IN ms | ` + as(meetingProjection, "x") + `] AS meetings,
       firstDate,
       lastDate
`

// The same with each meeting's reports folded in (the articles reporting
// it with their sentences, newest first, as MeetingReports reads them), so
// a question that shows the evidence costs one statement, not two.
// REPORTS implies the Article label, so the pattern does not check it.
var queryOfficialsWhoMetReports = strings.Replace(queryOfficialsWhoMet,
	`[x IN ms | `+as(meetingProjection, "x")+`] AS meetings`,
	`[x IN ms | {meeting: `+as(meetingProjection, "x")+`, reports: COLLECT {
         MATCH (x)<-[r:REPORTS]-(a)
         WITH r, a ORDER BY a.published DESC, a.id
         RETURN {article: `+as(articleProjection, "a")+`, evidence: r.evidence, start: r.start, end: r.end} }}] AS meetings`, 1)

var queryCountOfficialsWhoMet = whoMetMatch + `
RETURN count(DISTINCT f) AS n
`

func whoMetParams(q attache.WhoMetQuery) map[string]any {
	return map[string]any{"country": q.Country, "leadersOnly": q.LeadersOnly, "leaderLevels": leaderLevels,
		"from": fromParam(q.From), "fromSpans": spansParam(q.From), "to": toParam(q.To)}
}

// OfficialsWhoMet pages through the foreign officials who met q.Country's
// officials (its leaders with q.LeadersOnly).
func (s *ReadStore) OfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs) (attache.Page[attache.OfficialMet], error) {
	page, _, err := s.officialsWhoMet(ctx, q, p, false)
	return page, err
}

// OfficialsWhoMetWithReports is OfficialsWhoMet that also reads the
// reports of every meeting listed, by meeting id, in the same statement.
func (s *ReadStore) OfficialsWhoMetWithReports(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	return s.officialsWhoMet(ctx, q, p, true)
}

func (s *ReadStore) officialsWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, withReports bool) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	name, cypher := "officialsWhoMet", queryOfficialsWhoMet
	if withReports {
		name, cypher = "officialsWhoMetReports", queryOfficialsWhoMetReports
	}
	return s.runWhoMet(ctx, q, p, name, cypher, withReports)
}

// runWhoMet runs one of the officialsWhoMet statements for a page.
func (s *ReadStore) runWhoMet(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, name, cypher string, withReports bool) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	tag, params, err := whoMetPageParams(q, p)
	if err != nil {
		return attache.Page[attache.OfficialMet]{}, nil, err
	}
	recs, err := s.run(ctx, name, cypher, params)
	if err != nil {
		return attache.Page[attache.OfficialMet]{}, nil, err
	}
	page, reports := whoMetFrom(recs, p, tag, withReports)
	return page, reports, nil
}

// whoMetPageParams are the parameters of an officialsWhoMet statement for
// the page p, and the tag of its cursors; a cursor that is not the list's
// is an error.
func whoMetPageParams(q attache.WhoMetQuery, p attache.PageArgs) (string, map[string]any, error) {
	tag := listTag("officialsWhoMet", q)
	c, err := decodeCursor(p.After, tag, "nss")
	if err != nil {
		return tag, nil, err
	}
	params := whoMetParams(q)
	params["afterN"], params["afterKey"], params["afterID"] = nil, nil, nil
	if c != nil {
		params["afterN"], params["afterKey"], params["afterID"] = c.int(0), c.str(1), c.str(2)
	}
	params["limit"] = p.First + 1
	return tag, params, nil
}

// whoMetFrom decodes the records of an officialsWhoMet statement; with
// reports, each meeting comes as {meeting, reports}.
func whoMetFrom(recs []*neo4j.Record, p attache.PageArgs, tag string, withReports bool) (attache.Page[attache.OfficialMet], map[string][]attache.Report) {
	var page attache.Page[attache.OfficialMet]
	var reports map[string][]attache.Report
	if withReports {
		reports = map[string][]attache.Report{}
	}
	for i, rec := range recs {
		if i == p.First {
			page.HasNextPage = true
			break
		}
		off, _ := rec.Get("official")
		met := attache.OfficialMet{
			Official:     officialFrom(off),
			Counterparts: listOf(officialFrom)(rList(rec, "counterparts")),
			MeetingCount: rInt(rec, "n"),
			FirstDate:    attache.Date(rStr(rec, "firstDate")),
			LastDate:     attache.Date(rStr(rec, "lastDate")),
		}
		if withReports {
			met.Meetings = make([]attache.MeetingView, 0, len(rList(rec, "meetings")))
			for _, v := range rList(rec, "meetings") {
				x := asMap(v)
				m := meetingFrom(x["meeting"])
				met.Meetings = append(met.Meetings, m)
				reports[m.ID] = listOf(reportFrom)(x["reports"])
			}
		} else {
			met.Meetings = listOf(meetingFrom)(rList(rec, "meetings"))
		}
		page.Edges = append(page.Edges, attache.Edge[attache.OfficialMet]{Node: met,
			Cursor: encodeCursor(tag, met.MeetingCount, rStr(rec, "k"), met.Official.ID)})
	}
	return page, reports
}

// CountOfficialsWhoMet counts the officials OfficialsWhoMet lists.
func (s *ReadStore) CountOfficialsWhoMet(ctx context.Context, q attache.WhoMetQuery) (int, error) {
	recs, err := s.run(ctx, "countOfficialsWhoMet", queryCountOfficialsWhoMet, whoMetParams(q))
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return rInt(recs[0], "n"), nil
}
