package neo4jdb

import (
	"context"

	"github.com/attache-project/attache"
)

// A state with its partners and timeline, and an official with its
// counterparts, each in one statement. Through the loaders the question
// "country(code) { partners timeline }" costs three round trips (the
// state, then its partners, then its timeline) and "official(id) {
// counterparts }" two, each list waiting for a loader window; here the node
// is matched once and its lists read from the same aggregates (or, for
// ranges bounded by the day, the same meetings) by COLLECT subqueries in
// the order of Partners, Timeline and Counterparts. The statements are put
// together from the named fragments below only.

// Partners and timeline of the matched state c, from the aggregates and
// from the meetings (see bucketed); the same filters and order as
// queryPartners(Aggregated) and queryTimeline(Aggregated). No label
// checks: ENGAGED joins two states and INVOLVED leads from a meeting to a
// state, and a check costs a db hit per edge of the state.
const (
	foldedPartnersAggregated = `COLLECT {
  MATCH (c)-[e:ENGAGED]-(p)
  WHERE ($pFrom IS NULL OR e.period >= $pFrom OR e.period IN $pFromSpans)
    AND ($pTo IS NULL OR e.period <= $pTo)
  WITH p, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
  ORDER BY n DESC, p.name, p.code
  LIMIT $pFirst
  RETURN {code: p.code, name: p.name, n: n, firstDate: firstDate, lastDate: lastDate} }`
	foldedPartnersFromMeetings = `COLLECT {
  MATCH (c)<-[:INVOLVED]-(m)-[:INVOLVED]->(p)
  WHERE ($pFrom IS NULL OR m.date >= $pFrom OR m.date IN $pFromSpans)
    AND ($pTo IS NULL OR m.date <= $pTo)
  WITH p, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
  ORDER BY n DESC, p.name, p.code
  LIMIT $pFirst
  RETURN {code: p.code, name: p.name, n: n, firstDate: firstDate, lastDate: lastDate} }`
	foldedTimelineAggregated = `COLLECT {
  MATCH (c)-[e:ACTIVE]->(c)
  WHERE e.period IS NOT NULL
    AND size(e.period) >= $tLength
    AND ($tFrom IS NULL OR e.period >= $tFrom OR e.period IN $tFromSpans)
    AND ($tTo IS NULL OR e.period <= $tTo)
  WITH substring(e.period, 0, $tLength) AS period, sum(e.meetings) AS n
  ORDER BY period
  RETURN {period: period, n: n} }`
	foldedTimelineFromMeetings = `COLLECT {
  MATCH (c)<-[:INVOLVED]-(m:Meeting)
  WHERE m.date IS NOT NULL
    AND size(m.date) >= $tLength
    AND ($tFrom IS NULL OR m.date >= $tFrom OR m.date IN $tFromSpans)
    AND ($tTo IS NULL OR m.date <= $tTo)
  WITH substring(m.date, 0, $tLength) AS period, count(DISTINCT m) AS n
  ORDER BY period
  RETURN {period: period, n: n} }`
	foldedNone = `[]`

	foldedCountryStart = `
MATCH (c:Country {code: $code})
RETURN {code: c.code, name: c.name} AS country, `
	foldedCountryEnd = ` AS partners, `
)

// Counterparts of the matched official me, who is not one of compatriots;
// the same order as queryCounterparts(FromMeetings). No label checks: the
// relationship types imply them (REPRESENTS from an official to a state,
// MET between officials, ATTENDED from an official to a meeting), and
// checking them cost a db hit per counterpart.
var (
	foldedOfficialStart = `
MATCH (me:Official {id: $id})
WITH me, [(me)-[:REPRESENTS]->()<-[:REPRESENTS]-(x) | x] AS compatriots
RETURN ` + as(officialProjection, "me") + ` AS official, `
	foldedCounterpartsAggregated = `COLLECT {
  MATCH (me)-[e:MET]-(o)
  WHERE NOT o IN compatriots
  WITH o, sum(e.meetings) AS n, min(e.first) AS firstDate, max(e.last) AS lastDate
  ORDER BY n DESC, o.name, o.id
  LIMIT $first
  RETURN {official: ` + as(officialProjection, "o") + `, n: n, firstDate: firstDate, lastDate: lastDate} }`
	foldedCounterpartsFromMeetings = `COLLECT {
  MATCH (me)-[:ATTENDED]->(m)<-[:ATTENDED]-(o)
  WHERE o <> me
    AND NOT o IN compatriots
  WITH o, count(DISTINCT m) AS n, min(m.date) AS firstDate, max(m.date) AS lastDate
  ORDER BY n DESC, o.name, o.id
  LIMIT $first
  RETURN {official: ` + as(officialProjection, "o") + `, n: n, firstDate: firstDate, lastDate: lastDate} }`
)

// The statements, by which lists they read and where from.
var (
	queryFoldedCountry = func() map[[2]string]string {
		out := map[[2]string]string{}
		for _, p := range []string{foldedNone, foldedPartnersAggregated, foldedPartnersFromMeetings} {
			for _, t := range []string{foldedNone, foldedTimelineAggregated, foldedTimelineFromMeetings} {
				out[[2]string{p, t}] = foldedCountryStart + p + foldedCountryEnd + t + ` AS timeline`
			}
		}
		return out
	}()
	queryFoldedOfficial = map[string]string{
		foldedNone:                     foldedOfficialStart + foldedNone + ` AS counterparts`,
		foldedCounterpartsAggregated:   foldedOfficialStart + foldedCounterpartsAggregated + ` AS counterparts`,
		foldedCounterpartsFromMeetings: foldedOfficialStart + foldedCounterpartsFromMeetings + ` AS counterparts`,
	}
)

// CountryWithLists reads the state with ISO code code and, when asked, its
// partners (as Partners: a first of 0 or more asks for them) and timeline
// (as Timeline: a granularity asks for it), in one statement; found is
// false when there is no such state. The graph package names no neo4jdb
// type, hence the plain arguments.
func (s *ReadStore) CountryWithLists(ctx context.Context, code string, partnersFirst int, partnersFrom, partnersTo attache.Date,
	timeline attache.Granularity, timelineFrom, timelineTo attache.Date) (c attache.Country, ps []attache.Partner, ts []attache.TimelineBucket, found bool, err error) {
	params := map[string]any{"code": code}
	key := [2]string{foldedNone, foldedNone}
	if partnersFirst >= 0 {
		key[0] = foldedPartnersFromMeetings
		if bucketed(partnersFrom, partnersTo) {
			key[0] = foldedPartnersAggregated
		}
		params["pFrom"], params["pFromSpans"], params["pTo"] = fromParam(partnersFrom), spansParam(partnersFrom), toParam(partnersTo)
		params["pFirst"] = partnersFirst
	}
	if timeline != "" {
		key[1] = foldedTimelineFromMeetings
		if bucketed(timelineFrom, timelineTo) {
			key[1] = foldedTimelineAggregated
		}
		length := 4
		if timeline == attache.ByMonth {
			length = 7
		}
		params["tLength"] = length
		params["tFrom"], params["tFromSpans"], params["tTo"] = fromParam(timelineFrom), spansParam(timelineFrom), toParam(timelineTo)
	}
	recs, err := s.run(ctx, "countryWithLists", queryFoldedCountry[key], params)
	if err != nil || len(recs) == 0 {
		return c, nil, nil, false, err
	}
	v, _ := recs[0].Get("country")
	c = countryFrom(v)
	v, _ = recs[0].Get("partners")
	ps = listOf(partnerFrom)(v)
	v, _ = recs[0].Get("timeline")
	ts = listOf(func(v any) attache.TimelineBucket {
		m := asMap(v)
		return attache.TimelineBucket{Period: asStr(m["period"]), MeetingCount: asInt(m["n"])}
	})(v)
	return c, ps, ts, true, nil
}

// OfficialWithCounterparts reads the official with id id and, when first
// is not nil, its first counterparts (as Counterparts), in one statement;
// found is false when there is no such official.
func (s *ReadStore) OfficialWithCounterparts(ctx context.Context, id string, first *int) (o attache.OfficialView, cs []attache.Counterpart, found bool, err error) {
	return s.officialWithCounterparts(ctx, "officialWithCounterparts", id, first, queryFoldedOfficial)
}

// officialWithCounterparts runs the statement of queries for the lists
// asked for (by the key of queryFoldedOfficial).
func (s *ReadStore) officialWithCounterparts(ctx context.Context, name, id string, first *int, queries map[string]string) (o attache.OfficialView, cs []attache.Counterpart, found bool, err error) {
	params := map[string]any{"id": id}
	key := foldedNone
	if first != nil {
		key = foldedCounterpartsFromMeetings
		if readAggregates {
			key = foldedCounterpartsAggregated
		}
		params["first"] = *first
	}
	recs, err := s.run(ctx, name, queries[key], params)
	if err != nil || len(recs) == 0 {
		return o, nil, false, err
	}
	v, _ := recs[0].Get("official")
	o = officialFrom(v)
	v, _ = recs[0].Get("counterparts")
	return o, listOf(counterpartFrom)(v), true, nil
}

func partnerFrom(v any) attache.Partner {
	m := asMap(v)
	return attache.Partner{Country: countryFrom(m), MeetingCount: asInt(m["n"]),
		FirstDate: attache.Date(asStr(m["firstDate"])), LastDate: attache.Date(asStr(m["lastDate"]))}
}

func counterpartFrom(v any) attache.Counterpart {
	m := asMap(v)
	return attache.Counterpart{Official: officialFrom(m["official"]), MeetingCount: asInt(m["n"]),
		FirstDate: attache.Date(asStr(m["firstDate"])), LastDate: attache.Date(asStr(m["lastDate"]))}
}
