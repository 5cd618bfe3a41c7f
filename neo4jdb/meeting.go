package neo4jdb

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/attache-project/attache"
)

// Meetings. Every article's account of an engagement is a REPORTS edge that
// carries what that article says (kind, status, date, place, participants,
// countries, issues). The Meeting node and its ATTENDED, INVOLVED, HELD_IN
// and DISCUSSED edges are recomputed from all its reports after each save,
// so two articles about one engagement give one Meeting whatever their
// order, and conflicting details stay on the reports.
//
// A meeting's id is "<class>:<countries>:<date>", e.g.
// "meeting:PE-US:2005-08-18": the kind-compatibility class, the sorted codes
// of the states taking part (or "~" and a hash of the participants when no
// state is known), and the best date its reports give ("undated" if none).

const queryMeetingCandidates = `
MATCH (m:Meeting {countryKey: $countryKey})
WHERE m.id STARTS WITH $class
OPTIONAL MATCH (o:Official)-[:ATTENDED]->(m)
RETURN m.id AS id, m.date AS date, collect(o.id) AS participants
ORDER BY id
`

const queryReportMeeting = `
MATCH (a:Article {id: $article})
MERGE (m:Meeting {id: $id})
ON CREATE SET m.countryKey = $countryKey
MERGE (a)-[r:REPORTS]->(m)
SET r.evidence = $evidence,
    r.start = $start,
    r.end = $end,
    r.kind = $kind,
    r.status = $status,
    r.date = $date,
    r.city = $city,
    r.heldIn = $heldIn,
    r.participants = $participants,
    r.countries = $countries,
    r.issues = $issues
`

const queryMeetingReports = `
MATCH (a:Article)-[r:REPORTS]->(m:Meeting {id: $id})
RETURN a.id AS article,
       a.published AS published,
       r.kind AS kind,
       r.status AS status,
       r.date AS date,
       r.city AS city,
       r.heldIn AS heldIn,
       r.participants AS participants,
       r.countries AS countries,
       r.issues AS issues
`

const queryDeleteMeeting = `
MATCH (m:Meeting {id: $id})
DETACH DELETE m
`

const queryMeetingExists = `
MATCH (m:Meeting {id: $id})
RETURN m.id AS id
`

const querySetMeeting = `
MATCH (m:Meeting {id: $id})
SET m.id = $newId,
    m.kind = $kind,
    m.status = $status,
    m.date = $date,
    m.datePrecision = $datePrecision,
    m.dates = $dates,
    m.city = $city,
    m.countryKey = $countryKey
`

// querySyncMeetingEdges makes the meeting's ATTENDED, INVOLVED, HELD_IN
// and DISCUSSED edges exactly those its reports give.
const querySyncMeetingEdges = `
MATCH (m:Meeting {id: $id})
CALL (m) {
  MATCH (o:Official)-[old:ATTENDED]->(m)
  WHERE NOT o.id IN $participants
  DELETE old
}
CALL (m) {
  MATCH (m)-[old:INVOLVED]->(c:Country)
  WHERE NOT c.code IN $countries
  DELETE old
}
CALL (m) {
  MATCH (m)-[old:HELD_IN]->(c:Country)
  WHERE NOT c.code IN $venues
  DELETE old
}
CALL (m) {
  MATCH (m)-[old:DISCUSSED]->(i:Issue)
  WHERE NOT i.id IN $issues
  DELETE old
}
CALL (m) {
  UNWIND $participants AS key
  MATCH (o:Official {id: key})
  MERGE (o)-[:ATTENDED]->(m)
}
CALL (m) {
  UNWIND $countries AS key
  MATCH (c:Country {code: key})
  MERGE (m)-[:INVOLVED]->(c)
}
CALL (m) {
  UNWIND $venues AS key
  MATCH (c:Country {code: key})
  MERGE (m)-[:HELD_IN]->(c)
}
CALL (m) {
  UNWIND $issues AS key
  MATCH (i:Issue {id: key})
  MERGE (m)-[:DISCUSSED]->(i)
}
`

// meetingReport is one article's account of a meeting.
type meetingReport struct {
	Article, Published               string
	Kind, Status, Date, City, HeldIn string
	Participants, Countries, Issues  []string
	Evidence                         evidence
}

// kindClass groups the kinds that can describe one engagement: a summit
// may be reported as a meeting or as talks, but a call is never a visit.
func kindClass(kind string) string {
	switch attache.MeetingKind(kind) {
	case attache.KindCall:
		return "call"
	case attache.KindVisit:
		return "visit"
	}
	return "meeting"
}

// kindRank breaks ties between kinds reported equally often: the more
// specific wins.
var kindRank = map[string]int{"summit": 5, "talks": 4, "meeting": 3, "visit": 2, "call": 1}

// meetingGroup is the middle of a meeting's id: the states taking part;
// without states, a hash of the participants; without either, a hash of
// the reporting articles, since nothing else could tie such a report to
// another article's.
func meetingGroup(countries, participants, articles []string) string {
	if len(countries) > 0 {
		return strings.Join(countries, "-")
	}
	basis := "participants\n" + strings.Join(participants, "\n")
	if len(participants) == 0 {
		basis = "articles\n" + strings.Join(articles, "\n")
	}
	sum := sha256.Sum256([]byte(basis))
	return "~" + hex.EncodeToString(sum[:6])
}

func meetingID(class string, countries, participants, articles []string, date string) string {
	if date == "" {
		date = "undated"
	}
	return class + ":" + meetingGroup(countries, participants, articles) + ":" + date
}

// candidate is a stored meeting an incoming report may describe.
type candidate struct {
	ID, Date     string
	Participants []string
}

// chooseMeeting picks the stored meeting a report describes, or returns
// own (the report's own key) when none fits. A candidate fits when its date
// range overlaps the report's and, when both name participants, they share
// one (always required when no state is known). The same key wins, then the
// most precise date, then the earliest. An undated report joins a meeting
// only when exactly one fits.
func chooseMeeting(own, date string, participants []string, countryless bool, cands []candidate) string {
	var fits []candidate
	for _, c := range cands {
		if c.ID == own {
			return own
		}
		if !datesOverlap(attache.Date(date), attache.Date(c.Date)) {
			continue
		}
		shared := intersects(participants, c.Participants)
		if !shared && (countryless || (len(participants) > 0 && len(c.Participants) > 0)) {
			continue
		}
		fits = append(fits, c)
	}
	if len(fits) == 0 || (date == "" && len(fits) > 1) {
		return own
	}
	sort.Slice(fits, func(i, j int) bool {
		pi, pj := precisionRank(fits[i].Date), precisionRank(fits[j].Date)
		if pi != pj {
			return pi > pj
		}
		if fits[i].Date != fits[j].Date {
			return fits[i].Date < fits[j].Date
		}
		return fits[i].ID < fits[j].ID
	})
	return fits[0].ID
}

func precisionRank(d string) int {
	switch attache.Date(d).Precision() {
	case attache.DateDay:
		return 3
	case attache.DateMonth:
		return 2
	case attache.DateYear:
		return 1
	}
	return 0
}

// datesOverlap says whether two dates may name the same day; an unknown
// date may name any.
func datesOverlap(a, b attache.Date) bool {
	af, al, aok := a.Range()
	bf, bl, bok := b.Range()
	if !aok || !bok {
		return true
	}
	return !af.After(bl) && !bf.After(al)
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// meetingState is what a Meeting node and its edges hold.
type meetingState struct {
	Kind, Status, Date, City, HeldIn string
	Dates                            []string
	Participants, Countries, Issues  []string
	Articles                         []string // the reporting articles' ids
}

// aggregateMeeting combines the reports of a meeting. Kind: the most
// reported (ties to the more specific). Status: held or cancelled, as the
// latest article that says either, over scheduled. Date: the most precise,
// then the most reported, then the earliest; every reported date is kept in
// dates. Place: the most reported. Participants, countries, issues: union.
func aggregateMeeting(rs []meetingReport) meetingState {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Published != rs[j].Published {
			return rs[i].Published < rs[j].Published
		}
		return rs[i].Article < rs[j].Article
	})
	var s meetingState
	kinds, dates, cities, venues := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	var participants, countries, issues []string
	for _, r := range rs {
		s.Articles = append(s.Articles, r.Article)
		kinds[r.Kind]++
		if r.Date != "" {
			dates[r.Date]++
		}
		if r.City != "" {
			cities[r.City]++
		}
		if r.HeldIn != "" {
			venues[r.HeldIn]++
		}
		switch {
		case r.Status == string(attache.StatusHeld) || r.Status == string(attache.StatusCancelled):
			s.Status = r.Status
		case s.Status == "" || s.Status == string(attache.StatusScheduled):
			if r.Status != "" {
				s.Status = r.Status
			}
		}
		participants = append(participants, r.Participants...)
		countries = append(countries, r.Countries...)
		issues = append(issues, r.Issues...)
	}
	s.Kind = mostFrequent(kinds, func(a, b string) bool {
		if kindRank[a] != kindRank[b] {
			return kindRank[a] > kindRank[b]
		}
		return a < b
	})
	for d, n := range dates {
		if s.Date == "" || precisionRank(d) > precisionRank(s.Date) ||
			precisionRank(d) == precisionRank(s.Date) && (n > dates[s.Date] || n == dates[s.Date] && d < s.Date) {
			s.Date = d
		}
	}
	for d := range dates {
		s.Dates = append(s.Dates, d)
	}
	sort.Strings(s.Dates)
	s.City = mostFrequent(cities, func(a, b string) bool { return a < b })
	s.HeldIn = mostFrequent(venues, func(a, b string) bool { return a < b })
	ident := func(x string) string { return x }
	s.Participants = nonNil(distinct(participants, ident))
	s.Countries = nonNil(distinct(countries, ident))
	s.Issues = nonNil(distinct(issues, ident))
	s.Dates = nonNil(s.Dates)
	sort.Strings(s.Articles)
	return s
}

// mostFrequent returns the key with the highest count, ties to before.
func mostFrequent(counts map[string]int, before func(a, b string) bool) string {
	best, n := "", 0
	for k, c := range counts {
		if c > n || (c == n && before(k, best)) {
			best, n = k, c
		}
	}
	return best
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// mergeReports folds two accounts of one meeting in the same article.
func mergeReports(a, b meetingReport) meetingReport {
	if precisionRank(b.Date) > precisionRank(a.Date) {
		a.Date = b.Date
	}
	if a.Status == "" || a.Status == string(attache.StatusScheduled) {
		if b.Status != "" {
			a.Status = b.Status
		}
	}
	if a.City == "" {
		a.City = b.City
	}
	if a.HeldIn == "" {
		a.HeldIn = b.HeldIn
	}
	ident := func(x string) string { return x }
	a.Participants = nonNil(distinct(append(a.Participants, b.Participants...), ident))
	a.Countries = nonNil(distinct(append(a.Countries, b.Countries...), ident))
	a.Issues = nonNil(distinct(append(a.Issues, b.Issues...), ident))
	if earlier(b.Evidence, a.Evidence) {
		a.Evidence = b.Evidence
	}
	return a
}

// saveMeetings matches each engagement of the article to a stored meeting
// or creates one, writes the article's REPORTS edge and recomputes the
// meeting. It returns the ids of the meetings the article now reports.
func (w *txWriter) saveMeetings(article string, rows []meetingRow, officialIDs []string) (map[string]bool, error) {
	reports := map[string]meetingReport{}
	for _, row := range rows {
		r := meetingReport{
			Article: article, Kind: row.Kind, Status: row.Status, Date: row.Date, City: row.City,
			HeldIn: row.HeldIn, Countries: nonNil(row.Countries), Issues: nonNil(row.Issues), Evidence: row.Evidence,
		}
		var ps []string
		for _, i := range row.Participants {
			ps = append(ps, officialIDs[i])
		}
		r.Participants = nonNil(distinct(ps, func(x string) string { return x }))

		class := kindClass(r.Kind)
		countryKey := strings.Join(r.Countries, "-")
		own := meetingID(class, r.Countries, r.Participants, []string{article}, r.Date)
		recs, err := w.run(queryMeetingCandidates, map[string]any{"countryKey": countryKey, "class": class + ":"})
		if err != nil {
			return nil, fmt.Errorf("find meetings like %s: %w", own, err)
		}
		cands := make([]candidate, len(recs))
		for i, rec := range recs {
			cands[i] = candidate{ID: str(rec, "id"), Date: str(rec, "date"), Participants: strs(rec, "participants")}
		}
		id := chooseMeeting(own, r.Date, r.Participants, len(r.Countries) == 0, cands)
		if prev, ok := reports[id]; ok {
			r = mergeReports(prev, r)
		}
		if _, err := w.run(queryReportMeeting, r.Evidence.params(map[string]any{
			"article": article, "id": id, "countryKey": countryKey,
			"kind": nullable(r.Kind), "status": nullable(r.Status), "date": nullable(r.Date),
			"city": nullable(r.City), "heldIn": nullable(r.HeldIn),
			"participants": r.Participants, "countries": r.Countries, "issues": r.Issues,
		})); err != nil {
			return nil, fmt.Errorf("report meeting %s: %w", id, err)
		}
		newID, err := w.refreshMeeting(id)
		if err != nil {
			return nil, err
		}
		delete(reports, id)
		reports[newID] = r
	}
	touched := map[string]bool{}
	for id := range reports {
		touched[id] = true
	}
	return touched, nil
}

// refreshMeeting recomputes a meeting from its reports, renames it when its
// best date changed, and deletes it when no article reports it any more. It
// returns the meeting's id afterwards ("" if deleted).
func (w *txWriter) refreshMeeting(id string) (string, error) {
	recs, err := w.run(queryMeetingReports, map[string]any{"id": id})
	if err != nil {
		return "", fmt.Errorf("read reports of %s: %w", id, err)
	}
	if len(recs) == 0 {
		if _, err := w.run(queryDeleteMeeting, map[string]any{"id": id}); err != nil {
			return "", fmt.Errorf("delete unreported meeting %s: %w", id, err)
		}
		return "", nil
	}
	rs := make([]meetingReport, len(recs))
	for i, rec := range recs {
		rs[i] = meetingReport{
			Article: str(rec, "article"), Published: str(rec, "published"), Kind: str(rec, "kind"),
			Status: str(rec, "status"), Date: str(rec, "date"), City: str(rec, "city"), HeldIn: str(rec, "heldIn"),
			Participants: strs(rec, "participants"), Countries: strs(rec, "countries"), Issues: strs(rec, "issues"),
		}
	}
	s := aggregateMeeting(rs)
	newID := meetingID(kindClass(s.Kind), s.Countries, s.Participants, s.Articles, s.Date)
	if newID != id {
		taken, err := w.run(queryMeetingExists, map[string]any{"id": newID})
		if err != nil {
			return "", fmt.Errorf("check meeting id %s: %w", newID, err)
		}
		if len(taken) > 0 {
			newID = id // another meeting holds the key; keep ours
		}
	}
	if _, err := w.run(querySetMeeting, map[string]any{
		"id": id, "newId": newID, "kind": nullable(s.Kind), "status": nullable(s.Status),
		"date": nullable(s.Date), "datePrecision": nullable(string(attache.Date(s.Date).Precision())),
		"dates": s.Dates, "city": nullable(s.City), "countryKey": strings.Join(s.Countries, "-"),
	}); err != nil {
		return "", fmt.Errorf("set meeting %s: %w", id, err)
	}
	var venues []string
	if s.HeldIn != "" {
		venues = []string{s.HeldIn}
	}
	if _, err := w.run(querySyncMeetingEdges, map[string]any{
		"id": newID, "participants": s.Participants, "countries": s.Countries,
		"venues": nonNil(venues), "issues": s.Issues,
	}); err != nil {
		return "", fmt.Errorf("set edges of meeting %s: %w", newID, err)
	}
	return newID, nil
}

// markStale notes a meeting to recompute before the transaction ends.
func (w *txWriter) markStale(id string) {
	if w.stale == nil {
		w.stale = map[string]bool{}
	}
	w.stale[id] = true
}
