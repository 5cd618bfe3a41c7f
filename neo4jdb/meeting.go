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

// queryMeetingGroups reads the meetings a batch's reports may join: those
// of each kind class and set of states whose date may be one of the
// reports' dates, with every report of each, so the matching runs in
// memory as if the articles were saved one by one. Dates are YYYY,
// YYYY-MM or YYYY-MM-DD, so two may name the same day exactly when one
// starts with the other. A group with an undated report reads all its
// meetings, since such a report joins a meeting only when exactly one
// fits. The meetings whose id is a report's own key come too, whatever
// their date: a meeting keeps its id when the id of its new best date was
// taken. Reading by date keeps what a batch reads bounded as the graph
// grows.
const queryMeetingGroups = `
UNWIND $groups AS g
MATCH (m:Meeting {countryKey: g.countryKey})
WHERE m.id STARTS WITH g.class
  AND (g.anyDate
       OR m.date IS NULL
       OR any(d IN g.dates WHERE m.date STARTS WITH d OR d STARTS WITH m.date)
       OR m.id IN g.ids)
RETURN g.class AS class,
       g.countryKey AS countryKey,
       m.id AS id,
       COLLECT {
         MATCH (a:Article)-[r:REPORTS]->(m)
         RETURN {
           article: a.id,
           published: a.published,
           kind: r.kind,
           status: r.status,
           date: r.date,
           city: r.city,
           heldIn: r.heldIn,
           participants: r.participants,
           countries: r.countries,
           issues: r.issues
         }
       } AS reports
ORDER BY id
`

// queryRenameMeetings gives meetings the id of their best date; a batch
// renames through temporary ids so two renames cannot collide.
const queryRenameMeetings = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.from})
SET m.id = row.to
`

const queryReportMeetings = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.countryKey = row.countryKey
MERGE (a)-[r:REPORTS]->(m)
SET r.evidence = row.evidence,
    r.start = row.start,
    r.end = row.end,
    r.kind = row.kind,
    r.status = row.status,
    r.date = row.date,
    r.city = row.city,
    r.heldIn = row.heldIn,
    r.participants = row.participants,
    r.countries = row.countries,
    r.issues = row.issues
`

// querySetMeetings writes the aggregate of meetings and makes their
// ATTENDED, INVOLVED, HELD_IN and DISCUSSED edges exactly those their
// reports give.
const querySetMeetings = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
SET m.kind = row.kind,
    m.status = row.status,
    m.date = row.date,
    m.datePrecision = row.datePrecision,
    m.dates = row.dates,
    m.city = row.city,
    m.countryKey = row.countryKey
WITH m, row
CALL (m, row) {
  MATCH (o:Official)-[old:ATTENDED]->(m)
  WHERE NOT o.id IN row.participants
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:INVOLVED]->(c:Country)
  WHERE NOT c.code IN row.countries
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:HELD_IN]->(c:Country)
  WHERE NOT c.code IN row.venues
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:DISCUSSED]->(i:Issue)
  WHERE NOT i.id IN row.issues
  DELETE old
}
CALL (m, row) {
  UNWIND row.participants AS key
  MATCH (o:Official {id: key})
  MERGE (o)-[:ATTENDED]->(m)
}
CALL (m, row) {
  UNWIND row.countries AS key
  MATCH (c:Country {code: key})
  MERGE (m)-[:INVOLVED]->(c)
}
CALL (m, row) {
  UNWIND row.venues AS key
  MATCH (c:Country {code: key})
  MERGE (m)-[:HELD_IN]->(c)
}
CALL (m, row) {
  UNWIND row.issues AS key
  MATCH (i:Issue {id: key})
  MERGE (m)-[:DISCUSSED]->(i)
}
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
	Fresh                            bool // from the batch being saved
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

// meetingGroupKey names the meetings a report may join: same kind class,
// same states.
type meetingGroupKey struct{ Class, CountryKey string }

// memMeeting is a meeting as the batch sees it: its stored id ("" if the
// batch creates it), its id now, and its reports, one per article.
type memMeeting struct {
	stored, id string
	reports    []meetingReport
	touched    bool
	state      *meetingState // cached aggregate; nil when reports changed
}

func (m *memMeeting) aggregate() meetingState {
	if m.state == nil {
		rs := append([]meetingReport(nil), m.reports...)
		s := aggregateMeeting(rs)
		m.state = &s
	}
	return *m.state
}

func (m *memMeeting) setReport(r meetingReport) {
	m.state = nil
	m.touched = true
	for i := range m.reports {
		if m.reports[i].Article == r.Article {
			m.reports[i] = r
			return
		}
	}
	m.reports = append(m.reports, r)
}

// saveMeetings matches each engagement of the batch's articles to a stored
// meeting, one created earlier in the batch, or a new one, in article
// order, exactly as saving the articles one by one would; then writes the
// reports and the meetings they changed in a constant number of
// statements. It returns the ids (stored and new) of the meetings written.
func (w *txWriter) saveMeetings(plans []*plan, officialIDs [][]string) (map[string]bool, error) {
	type pending struct {
		report meetingReport
		group  meetingGroupKey
	}
	var all [][]pending
	groupSet := map[meetingGroupKey]*groupDates{}
	for pi, p := range plans {
		var rs []pending
		for _, row := range p.meetings {
			r := meetingReport{
				Article: p.article.ID, Published: p.article.Published, Kind: row.Kind, Status: row.Status,
				Date: row.Date, City: row.City, HeldIn: row.HeldIn, Countries: nonNil(row.Countries),
				Issues: nonNil(row.Issues), Evidence: row.Evidence, Fresh: true,
			}
			var ps []string
			for _, i := range row.Participants {
				ps = append(ps, officialIDs[pi][i])
			}
			r.Participants = nonNil(distinct(ps, func(x string) string { return x }))
			g := meetingGroupKey{Class: kindClass(r.Kind) + ":", CountryKey: strings.Join(r.Countries, "-")}
			if groupSet[g] == nil {
				groupSet[g] = &groupDates{dates: map[string]bool{}, ids: map[string]bool{}}
			}
			if r.Date == "" {
				groupSet[g].any = true
			} else {
				groupSet[g].dates[r.Date] = true
			}
			groupSet[g].ids[meetingID(strings.TrimSuffix(g.Class, ":"), r.Countries, r.Participants, []string{r.Article}, r.Date)] = true
			rs = append(rs, pending{report: r, group: g})
		}
		all = append(all, rs)
	}
	if len(groupSet) == 0 {
		return map[string]bool{}, nil
	}

	groups, err := w.readMeetingGroups(groupSet)
	if err != nil {
		return nil, err
	}
	for _, rs := range all {
		byID := map[string]*memMeeting{} // this article's reports so far
		for _, pr := range rs {
			r, g := pr.report, pr.group
			members := groups[g]
			own := meetingID(strings.TrimSuffix(g.Class, ":"), r.Countries, r.Participants, []string{r.Article}, r.Date)
			cands := make([]candidate, 0, len(members))
			for _, m := range members {
				if len(m.reports) == 0 {
					continue // its only article is being revised
				}
				s := m.aggregate()
				cands = append(cands, candidate{ID: m.id, Date: s.Date, Participants: s.Participants})
			}
			id := chooseMeeting(own, r.Date, r.Participants, len(r.Countries) == 0, cands)
			if prev, ok := byID[id]; ok {
				for _, pr := range prev.reports {
					if pr.Article == r.Article {
						r = mergeReports(pr, r)
					}
				}
			}
			m := findMeeting(members, id)
			if m == nil {
				m = &memMeeting{id: id}
				groups[g] = append(groups[g], m)
			}
			delete(byID, m.id)
			m.setReport(r)
			s := m.aggregate()
			if newID := meetingID(kindClass(s.Kind), s.Countries, s.Participants, s.Articles, s.Date); newID != m.id && findMeeting(groups[g], newID) == nil {
				m.id = newID
			}
			byID[m.id] = m
		}
	}
	return w.writeMeetings(groups)
}

func findMeeting(ms []*memMeeting, id string) *memMeeting {
	for _, m := range ms {
		if m.id == id {
			return m
		}
	}
	return nil
}

// groupDates are the dates of a batch's reports in one meeting group (any
// when one of them is undated) and the reports' own meeting ids.
type groupDates struct {
	any        bool
	dates, ids map[string]bool
}

// readMeetingGroups reads the stored meetings of the groups that the
// reports' dates may join, with their reports. The meetings it leaves out
// cannot fit any report of the batch: a meeting's date changes only when a
// report joins it, and then to that report's date.
func (w *txWriter) readMeetingGroups(set map[meetingGroupKey]*groupDates) (map[meetingGroupKey][]*memMeeting, error) {
	keys := make([]meetingGroupKey, 0, len(set))
	for g := range set {
		keys = append(keys, g)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].CountryKey != keys[j].CountryKey {
			return keys[i].CountryKey < keys[j].CountryKey
		}
		return keys[i].Class < keys[j].Class
	})
	params := make([]map[string]any, len(keys))
	for i, g := range keys {
		d := set[g]
		params[i] = map[string]any{"class": g.Class, "countryKey": g.CountryKey, "anyDate": d.any, "dates": sortedKeys(d.dates), "ids": sortedKeys(d.ids)}
	}
	recs, err := w.run(queryMeetingGroups, map[string]any{"groups": params})
	if err != nil {
		return nil, fmt.Errorf("find meetings the batch may report: %w", err)
	}
	groups := map[meetingGroupKey][]*memMeeting{}
	for _, rec := range recs {
		g := meetingGroupKey{Class: str(rec, "class"), CountryKey: str(rec, "countryKey")}
		m := &memMeeting{stored: str(rec, "id"), id: str(rec, "id")}
		v, _ := rec.Get("reports")
		list, _ := v.([]any)
		for _, x := range list {
			r, _ := x.(map[string]any)
			m.reports = append(m.reports, meetingReport{
				Article: mapStr(r, "article"), Published: mapStr(r, "published"), Kind: mapStr(r, "kind"),
				Status: mapStr(r, "status"), Date: mapStr(r, "date"), City: mapStr(r, "city"), HeldIn: mapStr(r, "heldIn"),
				Participants: mapStrs(r, "participants"), Countries: mapStrs(r, "countries"), Issues: mapStrs(r, "issues"),
			})
		}
		groups[g] = append(groups[g], m)
	}
	return groups, nil
}

// writeMeetings renames the stored meetings whose best date changed, writes
// the batch's reports and the aggregates of the meetings they joined.
func (w *txWriter) writeMeetings(groups map[meetingGroupKey][]*memMeeting) (map[string]bool, error) {
	touched := map[string]bool{}
	var changed []*memMeeting
	for _, ms := range groups {
		for _, m := range ms {
			if m.touched {
				changed = append(changed, m)
			}
		}
	}
	sort.Slice(changed, func(i, j int) bool { return changed[i].id < changed[j].id })
	var renames, unrenames []map[string]any
	for _, m := range changed {
		touched[m.id] = true
		if m.stored != "" {
			touched[m.stored] = true
			if m.stored != m.id {
				tmp := "~renaming:" + m.id
				renames = append(renames, map[string]any{"from": m.stored, "to": tmp})
				unrenames = append(unrenames, map[string]any{"from": tmp, "to": m.id})
			}
		}
	}
	if len(renames) > 0 {
		if _, err := w.run(queryRenameMeetings, map[string]any{"rows": renames}); err != nil {
			return nil, fmt.Errorf("rename meetings: %w", err)
		}
		if _, err := w.run(queryRenameMeetings, map[string]any{"rows": unrenames}); err != nil {
			return nil, fmt.Errorf("rename meetings: %w", err)
		}
	}
	var reports, sets []map[string]any
	for _, m := range changed {
		s := m.aggregate()
		countryKey := strings.Join(s.Countries, "-")
		for _, r := range m.reports {
			if !r.Fresh {
				continue // another article's, stored already
			}
			reports = append(reports, r.Evidence.params(map[string]any{
				"article": r.Article, "id": m.id, "countryKey": countryKey,
				"kind": nullable(r.Kind), "status": nullable(r.Status), "date": nullable(r.Date),
				"city": nullable(r.City), "heldIn": nullable(r.HeldIn),
				"participants": r.Participants, "countries": r.Countries, "issues": r.Issues,
			}))
		}
		var venues []string
		if s.HeldIn != "" {
			venues = []string{s.HeldIn}
		}
		sets = append(sets, map[string]any{
			"id": m.id, "kind": nullable(s.Kind), "status": nullable(s.Status),
			"date": nullable(s.Date), "datePrecision": nullable(string(attache.Date(s.Date).Precision())),
			"dates": s.Dates, "city": nullable(s.City), "countryKey": countryKey,
			"participants": s.Participants, "countries": s.Countries, "venues": nonNil(venues), "issues": s.Issues,
		})
	}
	if _, err := w.run(queryReportMeetings, map[string]any{"rows": nonNilRows(reports)}); err != nil {
		return nil, fmt.Errorf("report meetings: %w", err)
	}
	if _, err := w.run(querySetMeetings, map[string]any{"rows": nonNilRows(sets)}); err != nil {
		return nil, fmt.Errorf("set meetings: %w", err)
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
