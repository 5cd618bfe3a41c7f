package neo4jdb

import (
	"context"
	"sort"
	"strings"

	"github.com/attache-project/attache"
)

// Nodes by key and their neighbours, for many parents in one statement:
// the API's dataloaders gather the keys of one level of a query and ask once.

// officialProjection is the map an official is read as; {v} is the
// variable bound to the Official node (a literal name, never user input).
const officialProjection = `{id: {v}.id, name: {v}.name, aliases: {v}.aliases, title: {v}.title, level: {v}.level, organization: {v}.organization, country: head([({v})-[:REPRESENTS]->(rc:Country) | [rc.code, rc.name]])}`

// issueProjection reads an issue with its counts, which are degree lookups.
const issueProjection = `{id: {v}.id, label: {v}.label, description: {v}.description, meetings: COUNT { ({v})<-[:DISCUSSED]-(:Meeting) }, articles: COUNT { ({v})<-[:MENTIONS]-(:Article) }}`

const meetingProjection = `{id: {v}.id, kind: {v}.kind, status: {v}.status, date: {v}.date, datePrecision: {v}.datePrecision, city: {v}.city, host: head([({v})-[:HELD_IN]->(hc:Country) | [hc.code, hc.name]]), countries: [({v})-[:INVOLVED]->(ic:Country) | {code: ic.code, name: ic.name}]}`

const articleProjection = `{id: {v}.id, title: {v}.title, url: {v}.url, outlet: {v}.outlet, published: {v}.published}`

// as binds a projection to a variable name.
func as(projection, variable string) string {
	return strings.ReplaceAll(projection, "{v}", variable)
}

func officialFrom(v any) attache.OfficialView {
	m := asMap(v)
	code, name := codeAndName(m["country"])
	return attache.OfficialView{
		ID: asStr(m["id"]), Name: asStr(m["name"]), Aliases: asStrs(m["aliases"]), Title: asStr(m["title"]),
		Level: attache.Level(asStr(m["level"])), CountryCode: code, CountryName: name, Organization: asStr(m["organization"]),
	}
}

// codeAndName reads a [code, name] pair; a missing name is the code.
func codeAndName(v any) (code, name string) {
	l, _ := v.([]any)
	if len(l) == 2 {
		code, name = asStr(l[0]), asStr(l[1])
	}
	if name == "" {
		name = code
	}
	return code, name
}

func issueFrom(v any) attache.IssueView {
	m := asMap(v)
	label := asStr(m["label"])
	if label == "" {
		label = asStr(m["id"])
	}
	return attache.IssueView{ID: asStr(m["id"]), Label: label, Description: asStr(m["description"]),
		MeetingCount: asInt(m["meetings"]), ArticleCount: asInt(m["articles"])}
}

func meetingFrom(v any) attache.MeetingView {
	m := asMap(v)
	date := attache.Date(asStr(m["date"]))
	prec := attache.DatePrecision(asStr(m["datePrecision"]))
	if prec == "" {
		prec = date.Precision()
	}
	out := attache.MeetingView{ID: asStr(m["id"]), Kind: attache.MeetingKind(asStr(m["kind"])),
		Status: attache.MeetingStatus(asStr(m["status"])), Date: date, DatePrecision: prec,
		City: asStr(m["city"]), Countries: listOf(countryFrom)(m["countries"])}
	sort.Slice(out.Countries, func(i, j int) bool { return out.Countries[i].Name < out.Countries[j].Name })
	out.HostCode, out.HostName = codeAndName(m["host"])
	return out
}

func articleFrom(v any) attache.ArticleInfo {
	m := asMap(v)
	return attache.ArticleInfo{ID: asStr(m["id"]), Title: asStr(m["title"]), URL: asStr(m["url"]),
		Outlet: asStr(m["outlet"]), Published: attache.Date(asStr(m["published"]))}
}

func countryFrom(v any) attache.Country {
	m := asMap(v)
	name := asStr(m["name"])
	if name == "" {
		name = asStr(m["code"])
	}
	return attache.Country{Code: asStr(m["code"]), Name: name}
}

func reportFrom(v any) attache.Report {
	m := asMap(v)
	return attache.Report{Article: articleFrom(m["article"]), Evidence: asStr(m["evidence"]),
		Start: asInt(m["start"]), End: asInt(m["end"])}
}

// keyed runs a statement that returns one row per key with its value in
// "item", and maps keys to values.
func keyed[T any](ctx context.Context, s *ReadStore, name, cypher string, params map[string]any, conv func(any) T) (map[string]T, error) {
	recs, err := s.run(ctx, name, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]T, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("item")
		out[rStr(rec, "key")] = conv(v)
	}
	return out, nil
}

// listOf converts a list of maps.
func listOf[T any](conv func(any) T) func(any) []T {
	return func(v any) []T {
		l, _ := v.([]any)
		out := make([]T, 0, len(l))
		for _, x := range l {
			out = append(out, conv(x))
		}
		return out
	}
}

var queryOfficialsByID = `
UNWIND $ids AS key
MATCH (o:Official {id: key})
RETURN key, ` + as(officialProjection, "o") + ` AS item
`

// Officials reads officials by id.
func (s *ReadStore) Officials(ctx context.Context, ids []string) (map[string]attache.OfficialView, error) {
	return keyed(ctx, s, "officials", queryOfficialsByID, map[string]any{"ids": anyStrs(ids)}, officialFrom)
}

const queryCountriesByCode = `
UNWIND $codes AS key
MATCH (c:Country {code: key})
RETURN key, {code: c.code, name: c.name} AS item
`

// Countries reads states by ISO code.
func (s *ReadStore) Countries(ctx context.Context, codes []string) (map[string]attache.Country, error) {
	return keyed(ctx, s, "countries", queryCountriesByCode, map[string]any{"codes": anyStrs(codes)}, countryFrom)
}

var queryMeetingsByID = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})
RETURN key, ` + as(meetingProjection, "m") + ` AS item
`

// Meetings reads engagements by id.
func (s *ReadStore) Meetings(ctx context.Context, ids []string) (map[string]attache.MeetingView, error) {
	return keyed(ctx, s, "meetings", queryMeetingsByID, map[string]any{"ids": anyStrs(ids)}, meetingFrom)
}

var queryIssuesByID = `
UNWIND $ids AS key
MATCH (i:Issue {id: key})
RETURN key, ` + as(issueProjection, "i") + ` AS item
`

// Issues reads issues by id, with their counts.
func (s *ReadStore) Issues(ctx context.Context, ids []string) (map[string]attache.IssueView, error) {
	return keyed(ctx, s, "issues", queryIssuesByID, map[string]any{"ids": anyStrs(ids)}, issueFrom)
}

var queryArticlesByID = `
UNWIND $ids AS key
MATCH (a:Article {id: key})
RETURN key, ` + as(articleProjection, "a") + ` AS item
`

// Articles reads articles by id.
func (s *ReadStore) Articles(ctx context.Context, ids []string) (map[string]attache.ArticleInfo, error) {
	return keyed(ctx, s, "articles", queryArticlesByID, map[string]any{"ids": anyStrs(ids)}, articleFrom)
}

const queryResolveCountry = `
MATCH (c:Country)
WHERE c.code = toUpper($text)
   OR toLower(c.name) = toLower($text)
RETURN c.code AS code, c.name AS name
ORDER BY CASE WHEN c.code = toUpper($text) THEN 0 ELSE 1 END
LIMIT 1
`

// ResolveCountry finds a state by ISO code (any case) or by name.
func (s *ReadStore) ResolveCountry(ctx context.Context, codeOrName string) (attache.Country, error) {
	text := strings.TrimSpace(codeOrName)
	if text == "" {
		return attache.Country{}, attache.Errorf(attache.EINVALID, "name a country by ISO code or name")
	}
	recs, err := s.run(ctx, "resolveCountry", queryResolveCountry, map[string]any{"text": text})
	if err != nil {
		return attache.Country{}, err
	}
	if len(recs) == 0 {
		return attache.Country{}, attache.Errorf(attache.ENOTFOUND, "no country %q in the graph", truncate(text, 60))
	}
	return attache.Country{Code: rStr(recs[0], "code"), Name: rStr(recs[0], "name")}, nil
}

var queryMeetingParticipants = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})<-[:ATTENDED]-(o:Official)
WITH key, o
ORDER BY o.name, o.id
RETURN key, collect(` + as(officialProjection, "o") + `) AS item
`

// MeetingParticipants lists who attended each meeting, by name.
func (s *ReadStore) MeetingParticipants(ctx context.Context, ids []string) (map[string][]attache.OfficialView, error) {
	return keyed(ctx, s, "meetingParticipants", queryMeetingParticipants, map[string]any{"ids": anyStrs(ids)}, listOf(officialFrom))
}

const queryMeetingCountries = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})-[:INVOLVED]->(c:Country)
WITH key, c
ORDER BY c.name, c.code
RETURN key, collect({code: c.code, name: c.name}) AS item
`

// MeetingCountries lists the states that took part in each meeting.
func (s *ReadStore) MeetingCountries(ctx context.Context, ids []string) (map[string][]attache.Country, error) {
	return keyed(ctx, s, "meetingCountries", queryMeetingCountries, map[string]any{"ids": anyStrs(ids)}, listOf(countryFrom))
}

var queryMeetingIssues = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})-[:DISCUSSED]->(i:Issue)
WITH key, i
ORDER BY i.id
RETURN key, collect(` + as(issueProjection, "i") + `) AS item
`

// MeetingIssues lists the issues each meeting discussed.
func (s *ReadStore) MeetingIssues(ctx context.Context, ids []string) (map[string][]attache.IssueView, error) {
	return keyed(ctx, s, "meetingIssues", queryMeetingIssues, map[string]any{"ids": anyStrs(ids)}, listOf(issueFrom))
}

var queryMeetingReportsRead = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})<-[r:REPORTS]-(a:Article)
WITH key, r, a
ORDER BY a.published DESC, a.id
RETURN key, collect({article: ` + as(articleProjection, "a") + `, evidence: r.evidence, start: r.start, end: r.end}) AS item
`

// MeetingReports lists the articles reporting each meeting with their
// sentences, newest article first.
func (s *ReadStore) MeetingReports(ctx context.Context, ids []string) (map[string][]attache.Report, error) {
	return keyed(ctx, s, "meetingReports", queryMeetingReportsRead, map[string]any{"ids": anyStrs(ids)}, listOf(reportFrom))
}

const queryOfficialRoles = `
UNWIND $ids AS key
MATCH (o:Official {id: key})-[r:REPRESENTS]->(c:Country)
WITH key, r, c
ORDER BY r.lastSeen DESC, c.code
RETURN key, collect({country: c.code, title: r.title, level: r.level, firstSeen: r.firstSeen, lastSeen: r.lastSeen}) AS item
`

// OfficialRoles lists each official's offices, latest first.
func (s *ReadStore) OfficialRoles(ctx context.Context, ids []string) (map[string][]attache.Role, error) {
	return keyed(ctx, s, "officialRoles", queryOfficialRoles, map[string]any{"ids": anyStrs(ids)}, listOf(func(v any) attache.Role {
		m := asMap(v)
		return attache.Role{CountryCode: asStr(m["country"]), Title: asStr(m["title"]), Level: attache.Level(asStr(m["level"])),
			FirstSeen: attache.Date(asStr(m["firstSeen"])), LastSeen: attache.Date(asStr(m["lastSeen"]))}
	}))
}

var queryOfficialMentionsRead = `
UNWIND $ids AS key
MATCH (o:Official {id: key})<-[r:MENTIONS]-(a:Article)
WITH key, r, a
ORDER BY a.published DESC, a.id
WITH key, collect({article: ` + as(articleProjection, "a") + `, evidence: r.evidence, start: r.start, end: r.end}) AS all
RETURN key, all[0..$first] AS item
`

// OfficialMentions lists where articles mention each official, newest first.
func (s *ReadStore) OfficialMentions(ctx context.Context, ids []string, first int) (map[string][]attache.Report, error) {
	return keyed(ctx, s, "officialMentions", queryOfficialMentionsRead, map[string]any{"ids": anyStrs(ids), "first": first}, listOf(reportFrom))
}

// Counterparts are the other participants of an official's meetings who do
// not serve the same state. Their counts and dates are read from the MET
// aggregates (aggregates.go), one edge per pair and meeting group, instead
// of from every meeting.
const (
	counterpartsStart = `
UNWIND $ids AS key
MATCH (me:Official {id: key})
WITH key, me, [(me)-[:REPRESENTS]->(:Country)<-[:REPRESENTS]-(x:Official) | x] AS compatriots`
	counterpartsAggregated = `
MATCH (me)-[e:MET]-(o:Official)
WHERE NOT o IN compatriots
WITH key, o, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate`
	// The statement before the aggregates, kept to prove them
	// (TestAggregatedReadsEqualMeetingReads).
	counterpartsFromMeetings = `
MATCH (me)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Official)
WHERE o <> me
  AND NOT o IN compatriots
WITH key, o, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate`
)

var counterpartsEnd = `
ORDER BY n DESC, o.name, o.id
WITH key, collect({official: ` + as(officialProjection, "o") + `, n: n, firstDate: firstDate, lastDate: lastDate}) AS all
RETURN key, all[0..$first] AS item
`

var (
	queryCounterparts             = counterpartsStart + counterpartsAggregated + counterpartsEnd
	queryCounterpartsFromMeetings = counterpartsStart + counterpartsFromMeetings + counterpartsEnd
)

// Counterparts lists the foreign officials each official met most often.
func (s *ReadStore) Counterparts(ctx context.Context, ids []string, first int) (map[string][]attache.Counterpart, error) {
	cypher := queryCounterparts
	if !readAggregates {
		cypher = queryCounterpartsFromMeetings
	}
	return keyed(ctx, s, "counterparts", cypher, map[string]any{"ids": anyStrs(ids), "first": first}, listOf(func(v any) attache.Counterpart {
		m := asMap(v)
		return attache.Counterpart{Official: officialFrom(m["official"]), MeetingCount: asInt(m["n"]),
			FirstDate: attache.Date(asStr(m["firstDate"])), LastDate: attache.Date(asStr(m["lastDate"]))}
	}))
}

func issueCountFrom(v any) attache.IssueCount {
	m := asMap(v)
	return attache.IssueCount{Issue: issueFrom(m["issue"]), Count: asInt(m["n"])}
}

var queryOfficialIssues = `
UNWIND $ids AS key
MATCH (o:Official {id: key})-[:ATTENDED]->(m:Meeting)-[:DISCUSSED]->(i:Issue)
WITH key, i, count(DISTINCT m) AS n
ORDER BY n DESC, i.id
WITH key, collect({issue: ` + as(issueProjection, "i") + `, n: n}) AS all
RETURN key, all[0..$first] AS item
`

// OfficialIssues lists the issues of each official's meetings by frequency.
func (s *ReadStore) OfficialIssues(ctx context.Context, ids []string, first int) (map[string][]attache.IssueCount, error) {
	return keyed(ctx, s, "officialIssues", queryOfficialIssues, map[string]any{"ids": anyStrs(ids), "first": first}, listOf(issueCountFrom))
}

var queryCountryLeaders = `
UNWIND $codes AS key
MATCH (c:Country {code: key})<-[r:REPRESENTS]-(o:Official)
WHERE coalesce(r.level, o.level) IN $leaderLevels
WITH key, o, CASE coalesce(r.level, o.level) WHEN 'head_of_state' THEN 0 WHEN 'head_of_government' THEN 1 ELSE 2 END AS rank
ORDER BY rank, o.name, o.id
RETURN key, collect(` + as(officialProjection, "o") + `) AS item
`

// CountryLeaders lists each state's heads of state and government and
// ministers, by rank then name.
func (s *ReadStore) CountryLeaders(ctx context.Context, codes []string) (map[string][]attache.OfficialView, error) {
	return keyed(ctx, s, "countryLeaders", queryCountryLeaders, map[string]any{"codes": anyStrs(codes), "leaderLevels": leaderLevels}, listOf(officialFrom))
}

const queryPartners = `
UNWIND $codes AS key
MATCH (c:Country {code: key})<-[:INVOLVED]-(m:Meeting)-[:INVOLVED]->(p:Country)
WHERE ($from IS NULL OR m.date >= $from OR m.date IN $fromSpans)
  AND ($to IS NULL OR m.date <= $to)
WITH key, p, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
ORDER BY n DESC, p.name, p.code
WITH key, collect({code: p.code, name: p.name, n: n, firstDate: firstDate, lastDate: lastDate}) AS all
RETURN key, all[0..$first] AS item
`

// queryPartnersAggregated is queryPartners read from the ENGAGED
// aggregates, whose periods stand for their meetings' dates (see
// bucketed).
const queryPartnersAggregated = `
UNWIND $codes AS key
MATCH (c:Country {code: key})-[e:ENGAGED]-(p:Country)
WHERE ($from IS NULL OR e.period >= $from OR e.period IN $fromSpans)
  AND ($to IS NULL OR e.period <= $to)
WITH key, p, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
ORDER BY n DESC, p.name, p.code
WITH key, collect({code: p.code, name: p.name, n: n, firstDate: firstDate, lastDate: lastDate}) AS all
RETURN key, all[0..$first] AS item
`

// bucketed tells whether a date range can be read from the aggregates'
// monthly periods: a bound known to the year or month holds for all the
// dates of a period ("2024-03", or "2024" for dates known to the year
// only) or for none, so the period can be filtered in their place. A
// bound to the day may cut a month; such ranges read the meetings.
func bucketed(from, to attache.Date) bool {
	return readAggregates && len(from) <= len("2006-01") && len(to) <= len("2006-01")
}

// readAggregates is false only in tests that compare the aggregated reads
// with the reads from the meetings.
var readAggregates = true

// Partners lists the states each state met most often in the period.
func (s *ReadStore) Partners(ctx context.Context, codes []string, from, to attache.Date, first int) (map[string][]attache.Partner, error) {
	cypher := queryPartners
	if bucketed(from, to) {
		cypher = queryPartnersAggregated
	}
	return keyed(ctx, s, "partners", cypher, map[string]any{"codes": anyStrs(codes), "from": fromParam(from), "fromSpans": spansParam(from), "to": toParam(to), "first": first},
		listOf(func(v any) attache.Partner {
			m := asMap(v)
			return attache.Partner{Country: countryFrom(m), MeetingCount: asInt(m["n"]),
				FirstDate: attache.Date(asStr(m["firstDate"])), LastDate: attache.Date(asStr(m["lastDate"]))}
		}))
}

var queryCountryIssues = `
UNWIND $codes AS key
MATCH (c:Country {code: key})<-[:INVOLVED]-(m:Meeting)-[:DISCUSSED]->(i:Issue)
WITH key, i, count(DISTINCT m) AS n
ORDER BY n DESC, i.id
WITH key, collect({issue: ` + as(issueProjection, "i") + `, n: n}) AS all
RETURN key, all[0..$first] AS item
`

// CountryIssues lists the issues of each state's meetings by frequency.
func (s *ReadStore) CountryIssues(ctx context.Context, codes []string, first int) (map[string][]attache.IssueCount, error) {
	return keyed(ctx, s, "countryIssues", queryCountryIssues, map[string]any{"codes": anyStrs(codes), "first": first}, listOf(issueCountFrom))
}

const queryArticleLinks = `
UNWIND $ids AS key
MATCH (a:Article {id: key})
RETURN key, {
  meetings: [(a)-[:REPORTS]->(m:Meeting) | m.id],
  officials: [(a)-[:MENTIONS]->(o:Official) | o.id],
  countries: [(a)-[:MENTIONS]->(c:Country) | c.code],
  issues: [(a)-[:MENTIONS]->(i:Issue) | i.id]
} AS item
`

// ArticleLinks lists what each article reports and mentions.
func (s *ReadStore) ArticleLinks(ctx context.Context, ids []string) (map[string]attache.ArticleLinks, error) {
	return keyed(ctx, s, "articleLinks", queryArticleLinks, map[string]any{"ids": anyStrs(ids)}, func(v any) attache.ArticleLinks {
		m := asMap(v)
		return attache.ArticleLinks{MeetingIDs: asStrs(m["meetings"]), OfficialIDs: asStrs(m["officials"]),
			CountryCodes: asStrs(m["countries"]), IssueIDs: asStrs(m["issues"])}
	})
}

const queryIssueCountries = `
MATCH (:Issue {id: $id})<-[:DISCUSSED]-(m:Meeting)-[:INVOLVED]->(c:Country)
WITH c, count(DISTINCT m) AS n
ORDER BY n DESC, c.name
LIMIT $first
RETURN {code: c.code, name: c.name} AS item
`

// IssueCountries lists the states whose meetings discussed the issue most.
func (s *ReadStore) IssueCountries(ctx context.Context, id string, first int) ([]attache.Country, error) {
	recs, err := s.run(ctx, "issueCountries", queryIssueCountries, map[string]any{"id": id, "first": first})
	if err != nil {
		return nil, err
	}
	out := make([]attache.Country, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("item")
		out = append(out, countryFrom(v))
	}
	return out, nil
}

var queryIssueOfficials = `
MATCH (:Issue {id: $id})<-[:DISCUSSED]-(m:Meeting)<-[:ATTENDED]-(o:Official)
WITH o, count(DISTINCT m) AS n
ORDER BY n DESC, o.name, o.id
LIMIT $first
RETURN ` + as(officialProjection, "o") + ` AS item
`

// IssueOfficials lists the officials whose meetings discussed the issue most.
func (s *ReadStore) IssueOfficials(ctx context.Context, id string, first int) ([]attache.OfficialView, error) {
	recs, err := s.run(ctx, "issueOfficials", queryIssueOfficials, map[string]any{"id": id, "first": first})
	if err != nil {
		return nil, err
	}
	out := make([]attache.OfficialView, 0, len(recs))
	for _, rec := range recs {
		v, _ := rec.Get("item")
		out = append(out, officialFrom(v))
	}
	return out, nil
}

const queryTimeline = `
MATCH (:Country {code: $code})<-[:INVOLVED]-(m:Meeting)
WHERE m.date IS NOT NULL
  AND size(m.date) >= $length
  AND ($from IS NULL OR m.date >= $from OR m.date IN $fromSpans)
  AND ($to IS NULL OR m.date <= $to)
WITH substring(m.date, 0, $length) AS period, count(DISTINCT m) AS n
ORDER BY period
RETURN period, n
`

// queryTimelineAggregated is queryTimeline read from the ACTIVE
// aggregates (see bucketed).
const queryTimelineAggregated = `
MATCH (c:Country {code: $code})-[e:ACTIVE]->(c)
WHERE e.period IS NOT NULL
  AND size(e.period) >= $length
  AND ($from IS NULL OR e.period >= $from OR e.period IN $fromSpans)
  AND ($to IS NULL OR e.period <= $to)
WITH substring(e.period, 0, $length) AS period, sum(e.meetings) AS n
ORDER BY period
RETURN period, n
`

// Timeline counts a state's meetings per year or month, oldest first.
func (s *ReadStore) Timeline(ctx context.Context, code string, g attache.Granularity, from, to attache.Date) ([]attache.TimelineBucket, error) {
	length := 4
	if g == attache.ByMonth {
		length = 7
	}
	cypher := queryTimeline
	if bucketed(from, to) {
		cypher = queryTimelineAggregated
	}
	recs, err := s.run(ctx, "timeline", cypher, map[string]any{"code": code, "length": length, "from": fromParam(from), "fromSpans": spansParam(from), "to": toParam(to)})
	if err != nil {
		return nil, err
	}
	out := make([]attache.TimelineBucket, 0, len(recs))
	for _, rec := range recs {
		out = append(out, attache.TimelineBucket{Period: rStr(rec, "period"), MeetingCount: rInt(rec, "n")})
	}
	return out, nil
}
