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

// PartnerSeries lists the states code met most often in the period, with
// their engagements per year or month, oldest first.
func (s *ReadStore) PartnerSeries(ctx context.Context, code string, g attache.Granularity, from, to attache.Date, first int) ([]attache.PartnerSeries, error) {
	length := 4
	if g == attache.ByMonth {
		length = 7
	}
	recs, err := s.run(ctx, "partnerSeries", queryPartnerSeries, map[string]any{"code": code, "length": length,
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
