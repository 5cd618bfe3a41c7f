package neo4jdb

import (
	"context"

	"github.com/attache-project/attache"
)

// Partners over time: a state's partners, most met first, each with the
// number of engagements per period. A meeting known only to a coarser
// precision than the buckets (a year, for monthly buckets) has no bucket
// and is left out, as on a timeline.
const queryPartnerSeries = `
MATCH (:Country {code: $code})<-[:INVOLVED]-(m:Meeting)-[:INVOLVED]->(p:Country)
WHERE m.date IS NOT NULL
  AND size(m.date) >= $length
  AND ($from IS NULL OR m.date >= $from OR m.date IN $fromSpans)
  AND ($to IS NULL OR m.date <= $to)
WITH p, substring(m.date, 0, $length) AS period, count(DISTINCT m) AS n
ORDER BY period
WITH p, collect({period: period, n: n}) AS buckets, sum(n) AS total
ORDER BY total DESC, p.name, p.code
LIMIT $first
RETURN p.code AS code, p.name AS name, total, buckets
`

// queryPartnerSeriesAggregated is queryPartnerSeries read from the
// ENGAGED aggregates (see bucketed).
const queryPartnerSeriesAggregated = `
MATCH (:Country {code: $code})-[e:ENGAGED]-(p:Country)
WHERE e.period IS NOT NULL
  AND size(e.period) >= $length
  AND ($from IS NULL OR e.period >= $from OR e.period IN $fromSpans)
  AND ($to IS NULL OR e.period <= $to)
WITH p, substring(e.period, 0, $length) AS period, sum(e.meetings) AS n
ORDER BY period
WITH p, collect({period: period, n: n}) AS buckets, sum(n) AS total
ORDER BY total DESC, p.name, p.code
LIMIT $first
RETURN p.code AS code, p.name AS name, total, buckets
`

// PartnerSeries lists the states code met most often in the period, with
// their engagements per year or month, oldest first.
func (s *ReadStore) PartnerSeries(ctx context.Context, code string, g attache.Granularity, from, to attache.Date, first int) ([]attache.PartnerSeries, error) {
	length := 4
	if g == attache.ByMonth {
		length = 7
	}
	cypher := queryPartnerSeries
	if bucketed(from, to) {
		cypher = queryPartnerSeriesAggregated
	}
	recs, err := s.run(ctx, "partnerSeries", cypher, map[string]any{"code": code, "length": length,
		"from": fromParam(from), "fromSpans": spansParam(from), "to": toParam(to), "first": first})
	if err != nil {
		return nil, err
	}
	out := make([]attache.PartnerSeries, 0, len(recs))
	for _, rec := range recs {
		ps := attache.PartnerSeries{Country: countryFrom(map[string]any{"code": rStr(rec, "code"), "name": rStr(rec, "name")}),
			MeetingCount: rInt(rec, "total")}
		for _, b := range rList(rec, "buckets") {
			m := asMap(b)
			ps.Buckets = append(ps.Buckets, attache.TimelineBucket{Period: asStr(m["period"]), MeetingCount: asInt(m["n"])})
		}
		out = append(out, ps)
	}
	return out, nil
}

// The country-to-country summary: pairs of states that took part in the
// same engagements, weighted by how many. From named states the statement
// starts at their index entries; without, it reads every meeting's states.
// A pair is counted once, with the state whose code sorts first as a.
const (
	linksFromStates = `
MATCH (c:Country)<-[:INVOLVED]-(m:Meeting)-[:INVOLVED]->(o:Country)
WHERE c.code IN $codes`
	linksFromAll = `
MATCH (c:Country)<-[:INVOLVED]-(m:Meeting)-[:INVOLVED]->(o:Country)
WHERE c.code < o.code`
	linksRest = `
  AND ($from IS NULL OR m.date >= $from OR m.date IN $fromSpans)
  AND ($to IS NULL OR m.date <= $to)
WITH CASE WHEN c.code < o.code THEN c ELSE o END AS a,
     CASE WHEN c.code < o.code THEN o ELSE c END AS b, m
WITH a, b, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
ORDER BY n DESC, a.code, b.code
LIMIT $first
RETURN a.code AS aCode, a.name AS aName, b.code AS bCode, b.name AS bName, n, firstDate, lastDate
`
)

// The same from the ENGAGED aggregates (see bucketed), whose edges go
// from the lesser code to the greater. From named states a pair of two of
// them is found from both ends, so its edges are taken once.
const (
	linksAggregatedFromStates = `
MATCH (c:Country)-[e:ENGAGED]-(:Country)
WHERE c.code IN $codes
WITH DISTINCT e
MATCH (a:Country)-[e]->(b:Country)`
	linksAggregatedFromAll = `
MATCH (a:Country)-[e:ENGAGED]->(b:Country)`
	linksAggregatedRest = `
WHERE ($from IS NULL OR e.period >= $from OR e.period IN $fromSpans)
  AND ($to IS NULL OR e.period <= $to)
WITH a, b, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
ORDER BY n DESC, a.code, b.code
LIMIT $first
RETURN a.code AS aCode, a.name AS aName, b.code AS bCode, b.name AS bName, n, firstDate, lastDate
`
)

// countryLinksQuery picks the statement of CountryLinks.
func countryLinksQuery(codes []string, from, to attache.Date) string {
	switch {
	case bucketed(from, to) && len(codes) > 0:
		return linksAggregatedFromStates + linksAggregatedRest
	case bucketed(from, to):
		return linksAggregatedFromAll + linksAggregatedRest
	case len(codes) > 0:
		return linksFromStates + linksRest
	}
	return linksFromAll + linksRest
}

// CountryLinks lists the pairs of states that shared the most engagements
// in the period (with codes, pairs with one of those states), heaviest
// first.
func (s *ReadStore) CountryLinks(ctx context.Context, codes []string, from, to attache.Date, first int) ([]attache.CountryLink, error) {
	recs, err := s.run(ctx, "countryLinks", countryLinksQuery(codes, from, to), map[string]any{"codes": anyStrs(codes),
		"from": fromParam(from), "fromSpans": spansParam(from), "to": toParam(to), "first": first})
	if err != nil {
		return nil, err
	}
	out := make([]attache.CountryLink, 0, len(recs))
	for _, rec := range recs {
		out = append(out, attache.CountryLink{
			A:            countryFrom(map[string]any{"code": rStr(rec, "aCode"), "name": rStr(rec, "aName")}),
			B:            countryFrom(map[string]any{"code": rStr(rec, "bCode"), "name": rStr(rec, "bName")}),
			MeetingCount: rInt(rec, "n"),
			FirstDate:    attache.Date(rStr(rec, "firstDate")),
			LastDate:     attache.Date(rStr(rec, "lastDate")),
		})
	}
	return out, nil
}
