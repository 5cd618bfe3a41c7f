package neo4jdb

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/identity"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Meetings. Every article's account of an engagement is a REPORTS edge that
// carries what that article says (kind, status, date, place, participants,
// countries, issues). A save re-clusters every group of meetings it touches
// (same kind class, same states) from all the group's reports, in a fixed
// order (clusterGroup), and the Meeting node and its ATTENDED, INVOLVED,
// HELD_IN and DISCUSSED edges are recomputed from all its reports, so the
// meetings depend on which articles are stored, never on their order, and
// conflicting details stay on the reports.
//
// A meeting's id is "<class>:<countries>:<date>", e.g.
// "meeting:PE-US:2005-08-18": the kind-compatibility class, the sorted codes
// of the states taking part (or "~" and a hash of the participants when no
// state is known), and the best date its reports give ("undated" if none).

// queryGroupReports reads every meeting of the given groups (kind class
// and set of states) with every report of each: a save re-clusters the
// whole group from all its reports, so the result is the same whatever
// order the reports arrived in. The meetings come group by group, in the
// order of $groups (g: its index), so the save clusters each group as soon
// as it is read and holds one group's reports at a time. A report is its
// elementId (so the write can move it to another meeting), its article's
// id and publication, and what the clustering and the meeting's aggregate
// use of it: not its states, which are the group's (reportGroup), nor its
// evidence sentence. The properties are read as map projections of the
// article and the edge, which Neo4j reads in one access per entity: a
// property at a time cost 2.3 times the db hits (147 k against 65 k for
// 600 groups of a 20,000-article graph). The maps' values are sent as
// one flat list per report (storedReport reads it by position), not the
// maps themselves: the driver decoded two maps and their eleven keys for
// each report of every group a save touched, the largest part of the
// garbage the group reads made.
const queryGroupReports = `
UNWIND range(0, size($groups) - 1) AS g
WITH g, $groups[g] AS group
MATCH (m:Meeting {countryKey: group.countryKey})
WHERE m.id STARTS WITH group.class
RETURN g,
       m.id AS id,
       COLLECT {
         MATCH (a:Article)-[r:REPORTS]->(m)
         WITH r, a {.id, .published} AS article,
              r {.kind, .status, .date, .city, .heldIn, .participants, .issues, .start, .end} AS p
         RETURN [elementId(r), article.id, article.published, p.kind, p.status, p.date, p.city, p.heldIn,
                 p.participants, p.issues, p.start, p.end]
       } AS reports
ORDER BY g, id
`

// queryMergeMeetings creates the meetings a re-clustering names anew.
const queryMergeMeetings = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.countryKey = row.countryKey
`

// queryMoveReports moves stored reports to the meeting their group's
// clustering gives them, with all their properties.
const queryMoveReports = `
UNWIND $rows AS row
MATCH (a:Article)-[old:REPORTS]->(:Meeting)
WHERE elementId(old) = row.rel
MATCH (m:Meeting {id: row.to})
CREATE (a)-[r:REPORTS]->(m)
SET r = properties(old)
DELETE old
`

// queryReportMeetings writes the batch's reports, at most one per article
// and meeting (memMeeting). Like queryMentionOfficials it CREATEs: a saved
// article has no REPORTS edge left at that point.
const queryReportMeetings = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (m:Meeting {id: row.id})
CREATE (a)-[r:REPORTS]->(m)
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

// queryDeleteMeetings deletes the meetings a re-clustering no longer
// names; their reports have moved by then.
const queryDeleteMeetings = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
DETACH DELETE m
`

// querySetMeetings writes the aggregate of meetings and makes their
// ATTENDED, INVOLVED, HELD_IN and DISCUSSED edges exactly those their
// reports give. The meeting's edges of the four types are read in one
// expansion (a meeting has too few edges to be stored by type, so each
// expansion walks all of them, REPORTS included): those to keys no longer
// listed are deleted, the others kept as "TYPE:key", and only the listed
// keys without an edge are written. A MERGE per key, which checked each
// one against both ends (an Expand(Into)), cost more than half of the
// statement's db hits, for edges nearly all there already. The lists are
// distinct, so a key gets one edge.
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
  MATCH (m)-[e:ATTENDED|INVOLVED|HELD_IN|DISCUSSED]-(n)
  WITH e, type(e) AS t, coalesce(n.id, n.code) AS key, row
  WITH e, t + ':' + key AS edge,
       NOT key IN CASE t
         WHEN 'ATTENDED' THEN row.participants
         WHEN 'INVOLVED' THEN row.countries
         WHEN 'HELD_IN' THEN row.venues
         ELSE row.issues
       END AS gone
  FOREACH (x IN CASE WHEN gone THEN [e] ELSE [] END | DELETE x)
  RETURN collect(CASE WHEN gone THEN null ELSE edge END) AS have
}
CALL (m, row, have) {
  UNWIND row.participants AS key
  WITH m, key
  WHERE NOT 'ATTENDED:' + key IN have
  MATCH (o:Official {id: key})
  CREATE (o)-[:ATTENDED]->(m)
}
CALL (m, row, have) {
  UNWIND row.countries AS key
  WITH m, key
  WHERE NOT 'INVOLVED:' + key IN have
  MATCH (c:Country {code: key})
  CREATE (m)-[:INVOLVED]->(c)
}
CALL (m, row, have) {
  UNWIND row.venues AS key
  WITH m, key
  WHERE NOT 'HELD_IN:' + key IN have
  MATCH (c:Country {code: key})
  CREATE (m)-[:HELD_IN]->(c)
}
CALL (m, row, have) {
  UNWIND row.issues AS key
  WITH m, key
  WHERE NOT 'DISCUSSED:' + key IN have
  MATCH (i:Issue {id: key})
  CREATE (m)-[:DISCUSSED]->(i)
}
`

// meetingReport is one article's account of a meeting.
type meetingReport struct {
	Article, Published               string
	Kind, Status, Date, City, HeldIn string
	Participants, Countries, Issues  []string
	Evidence                         evidence
	// Rel is the stored REPORTS edge (its elementId) and Stored the
	// meeting it points to; both "" for a report of the batch.
	Rel, Stored string
}

// kindClass is the class of a kind, as the first part of a meeting id
// (identity.JoinClass: "meeting" or "call").
func kindClass(kind string) string {
	return string(identity.JoinClass(attache.MeetingKind(kind)))
}

// precisionRank ranks a date by how much of it is known.
func precisionRank(d string) int { return attache.Date(d).Precision().Rank() }

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

// account is what the joining rules (identity.ChooseMeeting) see of a report.
func (r meetingReport) account() identity.Account {
	return identity.Account{
		Date: attache.Date(r.Date), Published: attache.Date(r.Published),
		Status: attache.MeetingStatus(r.Status), City: r.City, Participants: r.Participants,
	}
}

// meetingState is what a Meeting node and its edges hold.
type meetingState struct {
	Kind, Status, Date, City, HeldIn string
	Dates                            []string
	Participants, Countries, Issues  []string
	Articles                         []string // the reporting articles' ids
	// Window is where its reports place the engagement together;
	// Published spans its reports' publication dates.
	Window, Published identity.Window
}

// aggregateMeeting combines the reports of a meeting. Kind: the most
// reported (ties to the more specific). Status: held or cancelled, as the
// latest article that says either, over scheduled. Date: the most precise,
// then the most reported, then the earliest; every reported date is kept in
// dates. Place: the most reported. Participants, countries, issues: union.
// It sorts rs by publication.
func aggregateMeeting(rs []meetingReport) meetingState {
	s := joinedMeeting(rs)
	kinds, venues := map[string]int{}, map[string]int{}
	var dates, issues []string
	for _, r := range rs {
		kinds[r.Kind]++
		dates = append(dates, r.Date)
		if r.HeldIn != "" {
			venues[r.HeldIn]++
		}
		issues = append(issues, r.Issues...)
	}
	s.Kind = mostFrequent(kinds, func(a, b string) bool {
		if ra, rb := attache.MeetingKind(a).Rank(), attache.MeetingKind(b).Rank(); ra != rb {
			return ra > rb
		}
		return a < b
	})
	ident := func(x string) string { return x }
	s.Dates = nonNil(distinct(dates, ident))
	s.HeldIn = mostFrequent(venues, func(a, b string) bool { return a < b })
	s.Issues = nonNil(distinct(issues, ident))
	s.Status = meetingStatus(rs, s.Date)
	return s
}

// joinedMeeting is the part of a meeting's aggregate that the clustering
// reads (clusterGroup: the joining rules' candidate and the meeting's id)
// and the aggregate edges count: its reporting articles, date, city,
// participants, states, window and publication span, as aggregateMeeting
// gives them. The clustering recomputes it each time a report joins the
// meeting; the kind, status, venue, issues and dates it would not read
// are left for the meetings the save rewrites. It sorts rs by publication.
func joinedMeeting(rs []meetingReport) meetingState {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Published != rs[j].Published {
			return rs[i].Published < rs[j].Published
		}
		return rs[i].Article < rs[j].Article
	})
	var s meetingState
	dates, cities := map[string]int{}, map[string]int{}
	var participants, countries []string
	for _, r := range rs {
		s.Articles = append(s.Articles, r.Article)
		if r.Date != "" {
			dates[r.Date]++
		}
		if r.City != "" {
			cities[r.City]++
		}
		participants = append(participants, r.Participants...)
		countries = append(countries, r.Countries...)
	}
	for d, n := range dates {
		if s.Date == "" || precisionRank(d) > precisionRank(s.Date) ||
			precisionRank(d) == precisionRank(s.Date) && (n > dates[s.Date] || n == dates[s.Date] && d < s.Date) {
			s.Date = d
		}
	}
	s.City = mostFrequent(cities, func(a, b string) bool { return a < b })
	ident := func(x string) string { return x }
	s.Participants = nonNil(distinct(participants, ident))
	s.Countries = nonNil(distinct(countries, ident))
	sort.Strings(s.Articles)
	s.Window, s.Published = identity.Unbounded, identity.Unbounded
	for _, r := range rs {
		s.Window = s.Window.Intersect(identity.WindowOf(r.account()))
		s.Published = s.Published.Span(attache.Date(r.Published))
	}
	return s
}

// meetingStatus is held or cancelled as the latest-published report that
// says either, over scheduled; a report saying held counts only if its
// article was published on or after the meeting's date (identity.HeldBy),
// so a meeting dated after every article that reports it is scheduled.
// rs are in publication order.
func meetingStatus(rs []meetingReport, date string) string {
	status := ""
	for _, r := range rs {
		said := r.Status
		if said == string(attache.StatusHeld) && !identity.HeldBy(r.account(), attache.Date(date)) {
			said = string(attache.StatusScheduled)
		}
		switch {
		case said == string(attache.StatusHeld) || said == string(attache.StatusCancelled):
			status = said
		case status == "" || status == string(attache.StatusScheduled):
			if said != "" {
				status = said
			}
		}
	}
	return status
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

// meetingGroupKey names the meetings a report may join: same kind class
// ("meeting:", "call:"), same states. Every meeting and every
// report belongs to exactly one group, so a group can be re-clustered on
// its own.
type meetingGroupKey struct{ Class, CountryKey string }

// lockKey names the group's write lock (see txWriter.lock).
func (g meetingGroupKey) lockKey() string { return "group:" + g.Class + g.CountryKey }

func reportGroup(r meetingReport) meetingGroupKey {
	return meetingGroupKey{Class: kindClass(r.Kind) + ":", CountryKey: strings.Join(r.Countries, "-")}
}

// storedMeetingGroup is the group of a stored meeting, from its id (whose
// class comes first) and its countryKey.
func storedMeetingGroup(id, countryKey string) meetingGroupKey {
	class, _, _ := strings.Cut(id, ":")
	return meetingGroupKey{Class: class + ":", CountryKey: countryKey}
}

// memMeeting is a meeting as a clustering builds it: its id and its
// reports, at most one per article.
type memMeeting struct {
	id      string
	reports []meetingReport
	state   *meetingState // cached aggregate; nil when reports changed
	join    *meetingState // cached joinedMeeting, the same
	// counts is what the aggregate edges read of the aggregate, kept
	// alone once the reports are dropped (compactClusters).
	counts *meetingCounts
}

// keepClusterAggregates makes compactClusters keep each meeting's whole
// aggregate, as it did before: the tests load a corpus both ways and
// compare the graphs.
var keepClusterAggregates = false

// meetingCounts is what a meeting gives the aggregate edges: its date,
// its participants and its states.
type meetingCounts struct {
	date                    string
	participants, countries []string
}

// counted is the meeting's meetingCounts.
func (m *memMeeting) counted() meetingCounts {
	if m.counts != nil {
		return *m.counts
	}
	s := m.joined()
	return meetingCounts{date: s.Date, participants: s.Participants, countries: s.Countries}
}

// joined is the meeting's joinedMeeting (its whole aggregate when that is
// at hand, of which it is a part).
func (m *memMeeting) joined() meetingState {
	if m.state != nil {
		return *m.state
	}
	if m.join == nil {
		s := joinedMeeting(m.reports)
		m.join = &s
	}
	return *m.join
}

func (m *memMeeting) aggregate() meetingState {
	if m.state == nil {
		// aggregateMeeting sorts the reports by publication and article,
		// the order clusterGroup adds them in (one per article), so the
		// meeting's own list is sorted in place rather than copied for
		// each report added; nothing reads that order but the rows of
		// planGroupWrites, whose order the graph does not keep.
		s := aggregateMeeting(m.reports)
		m.state = &s
	}
	return *m.state
}

func (m *memMeeting) add(r meetingReport) {
	m.state, m.join = nil, nil
	m.reports = append(m.reports, r)
}

func (m *memMeeting) hasArticle(article string) bool {
	for _, r := range m.reports {
		if r.Article == article {
			return true
		}
	}
	return false
}

func findMeeting(ms []*memMeeting, id string) *memMeeting {
	for _, m := range ms {
		if m.id == id {
			return m
		}
	}
	return nil
}

// freeID is id, or when a meeting of ms holds it already, id with the
// first free suffix "~2", "~3"...: two engagements of one article on the
// same day between the same states keep two meetings.
func freeID(ms []*memMeeting, id string) string {
	if findMeeting(ms, id) == nil {
		return id
	}
	for n := 2; ; n++ {
		if alt := fmt.Sprintf("%s~%d", id, n); findMeeting(ms, alt) == nil {
			return alt
		}
	}
}

// articleReports turns an article's accounts of engagements into its
// reports: accounts of one group that identity.ChooseMeeting puts together (the
// headline and the body on one meeting) are merged, in the extractor's
// order and looking only at the article itself, so an article's reports
// do not depend on what else is stored. Each report becomes one REPORTS
// edge.
func articleReports(p *plan, officialIDs []string) []meetingReport {
	byGroup := map[meetingGroupKey][]*memMeeting{}
	var order []*memMeeting
	for _, row := range p.meetings {
		r := meetingReport{
			Article: p.article.ID, Published: p.article.Published, Kind: row.Kind, Status: row.Status,
			Date: row.Date, City: row.City, HeldIn: row.HeldIn, Countries: nonNil(row.Countries),
			Issues: nonNil(row.Issues), Evidence: row.Evidence,
		}
		var ps []string
		for _, i := range row.Participants {
			ps = append(ps, officialIDs[i])
		}
		r.Participants = nonNil(distinct(ps, func(x string) string { return x }))
		g := reportGroup(r)
		own := meetingID(strings.TrimSuffix(g.Class, ":"), r.Countries, r.Participants, []string{r.Article}, r.Date)
		mine := byGroup[g]
		cands := make([]identity.Candidate, len(mine))
		for i, m := range mine {
			first := m.reports[0]
			cands[i] = identity.Candidate{ID: m.id, Date: attache.Date(first.Date), City: first.City, Window: identity.WindowOf(first.account()),
				Participants: first.Participants, Published: identity.Unbounded.Span(attache.Date(first.Published))}
		}
		if m := findMeeting(mine, identity.ChooseMeeting(own, r.account(), len(r.Countries) == 0, cands)); m != nil {
			m.reports[0] = mergeReports(m.reports[0], r)
			m.id = meetingID(strings.TrimSuffix(g.Class, ":"), m.reports[0].Countries, m.reports[0].Participants, []string{r.Article}, m.reports[0].Date)
			continue
		}
		m := &memMeeting{id: own, reports: []meetingReport{r}}
		byGroup[g] = append(mine, m)
		order = append(order, m)
	}
	out := make([]meetingReport, len(order))
	for i, m := range order {
		out[i] = m.reports[0]
	}
	return out
}

// reportBefore is the order in which a group's reports are clustered:
// by publication, article and place in the article, then by content, so
// the clustering is a function of the set of reports alone.
func reportBefore(a, b meetingReport) bool {
	switch {
	case a.Published != b.Published:
		return a.Published < b.Published
	case a.Article != b.Article:
		return a.Article < b.Article
	case a.Evidence.Start != b.Evidence.Start:
		return a.Evidence.Start < b.Evidence.Start
	case a.Evidence.End != b.Evidence.End:
		return a.Evidence.End < b.Evidence.End
	case a.Date != b.Date:
		return a.Date < b.Date
	case a.Kind != b.Kind:
		return a.Kind < b.Kind
	case a.Status != b.Status:
		return a.Status < b.Status
	}
	return strings.Join(a.Participants, "\n") < strings.Join(b.Participants, "\n")
}

// clusterGroup sorts a group's reports (reportBefore) and takes them one
// by one, as loading the articles in that order would: each joins the
// meeting identity.ChooseMeeting picks among those built so far that hold no
// report of its article yet, or starts one. A meeting's id follows its
// best date unless another meeting holds that id. The result depends only
// on the set of reports, never on the order they were saved in.
func clusterGroup(g meetingGroupKey, reports []meetingReport) []*memMeeting {
	sort.SliceStable(reports, func(i, j int) bool { return reportBefore(reports[i], reports[j]) })
	class := strings.TrimSuffix(g.Class, ":")
	var ms []*memMeeting
	// One candidate list for the whole group, refilled for each report
	// (ChooseMeeting keeps none of it): a list per report was the
	// clustering's largest garbage, as long as the group's meetings for
	// each of its reports (308 MB of 7.2 GB allocated up to the heap's peak
	// of a 30,000-article load).
	var cands []identity.Candidate
	for _, r := range reports {
		own := meetingID(class, r.Countries, r.Participants, []string{r.Article}, r.Date)
		cands = cands[:0]
		for _, m := range ms {
			if !m.hasArticle(r.Article) {
				s := m.joined()
				cands = append(cands, identity.Candidate{ID: m.id, Date: attache.Date(s.Date), City: s.City, Window: s.Window,
					Participants: s.Participants, Published: s.Published})
			}
		}
		m := findMeeting(ms, identity.ChooseMeeting(own, r.account(), len(r.Countries) == 0, cands))
		if m == nil || m.hasArticle(r.Article) {
			m = &memMeeting{id: freeID(ms, own)}
			ms = append(ms, m)
		}
		m.add(r)
		s := m.joined()
		if newID := meetingID(class, s.Countries, s.Participants, s.Articles, s.Date); newID != m.id && findMeeting(ms, newID) == nil {
			m.id = newID
		}
	}
	return ms
}

// storedGroup is what a group holds in the graph: its meetings' ids and
// their reports.
type storedGroup struct {
	ids     []string
	reports []meetingReport
}

// saveMeetings writes the batch's reports and re-clusters every group
// they or the save's other changes (dirty) touch from all its reports,
// then rewrites those groups' meetings: the graph is then that of any
// order of saves, one by one, batched or concurrent. The groups are
// locked (txWriter.lock) before anything of them is read. Each group is
// clustered and planned as soon as its stored meetings are read, and only
// its meetings' aggregates are kept after (compactClusters), so the
// loader holds one group's reports at a time rather than all of the
// batch's groups'.
func (w *txWriter) saveMeetings(plans []*plan, officialIDs [][]string) error {
	fresh := map[meetingGroupKey][]meetingReport{}
	for pi, p := range plans {
		for _, r := range articleReports(p, officialIDs[pi]) {
			g := reportGroup(r)
			fresh[g] = append(fresh[g], r)
			w.markDirty(g)
		}
	}
	if len(w.dirty) == 0 {
		return nil
	}
	keys := sortedGroupKeys(w.dirty)
	if err := w.lockGroups(keys); err != nil {
		return err
	}
	var out groupWrites
	w.clusters = map[meetingGroupKey][]*memMeeting{}
	err := w.eachStoredGroup(keys, func(g meetingGroupKey, sg storedGroup) {
		ms := clusterGroup(g, append(sg.reports, fresh[g]...))
		w.planGroupWrites(g, sg, ms, &out)
		w.clusters[g] = compactClusters(ms)
	})
	if err != nil {
		return err
	}
	return w.writeGroups(&out)
}

// compactClusters drops the reports of a group's clustered meetings once
// their writes are planned, keeping of each meeting's aggregate only what
// the aggregate edges (groupAggregates, touchedAggregates) read of it:
// its date, participants and states. The save keeps every meeting of
// every group it touched until its aggregates are written, which is most
// of the graph's meetings for a batch of 500 articles; the reporting
// articles' ids, the dates, issues, place and windows each meeting kept
// before were the largest part of that, and grew with the corpus.
func compactClusters(ms []*memMeeting) []*memMeeting {
	for _, m := range ms {
		if keepClusterAggregates { // as before the counts alone were kept
			m.aggregate()
			m.reports = nil
			continue
		}
		c := m.counted()
		m.counts, m.state, m.join, m.reports = &c, nil, nil, nil
	}
	return ms
}

func sortedGroupKeys(set map[meetingGroupKey]bool) []meetingGroupKey {
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
	return keys
}

// markDirty notes a group to re-cluster before the save ends.
func (w *txWriter) markDirty(g meetingGroupKey) {
	if w.dirty == nil {
		w.dirty = map[meetingGroupKey]bool{}
	}
	w.dirty[g] = true
}

// lockGroups takes the write locks of meeting groups, in order.
func (w *txWriter) lockGroups(groups []meetingGroupKey) error {
	keys := make([]string, len(groups))
	for i, g := range groups {
		keys[i] = g.lockKey()
	}
	return w.lock(keys)
}

// eachStoredGroup reads every stored meeting of the groups keys with its
// reports and calls do for each group in the order of keys, one group at
// a time as the records stream in (a group without stored meetings with
// an empty storedGroup), so no more than one group's reports are held.
// do must not keep the group's reports past its return.
func (w *txWriter) eachStoredGroup(keys []meetingGroupKey, do func(meetingGroupKey, storedGroup)) error {
	params := make([]map[string]any, len(keys))
	for i, g := range keys {
		params[i] = map[string]any{"class": g.Class, "countryKey": g.CountryKey}
	}
	// The reports of one group are read into one buffer, reused for the
	// next group once do has returned (do keeps no report: a clustered
	// meeting copies them), so the read does not allocate each group's
	// reports anew as their slice grows: 226 MB of the 7.2 GB allocated up
	// to the heap's peak of a 30,000-article load.
	next, current := 0, storedGroup{}
	var countries []string // of the group keys[countriesOf]
	countriesOf := 0
	flushTo := func(upTo int) { // calls do for the groups before upTo
		for ; next < upTo; next++ {
			do(keys[next], current)
			current = storedGroup{reports: current.reports[:0]}
		}
	}
	err := w.runEach(queryGroupReports, map[string]any{"groups": params}, func(rec *neo4j.Record) error {
		v, _ := rec.Get("g")
		i, ok := v.(int64)
		if !ok || int(i) < next || int(i) >= len(keys) {
			return fmt.Errorf("a meeting of group %v out of order (at group %d of %d)", v, next, len(keys))
		}
		flushTo(int(i))
		id := str(rec, "id")
		current.ids = append(current.ids, id)
		v, _ = rec.Get("reports")
		list, _ := v.([]any)
		if countries == nil || countriesOf != int(i) {
			countries, countriesOf = groupCountries(keys[i]), int(i)
		}
		for _, x := range list {
			r, err := storedReport(x, id, countries)
			if err != nil {
				return err
			}
			current.reports = append(current.reports, r)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the meetings of the batch's groups: %w", err)
	}
	flushTo(len(keys))
	return nil
}

// storedReport turns one report of queryGroupReports (its elementId, its
// article's id and publication, then the edge's kind, status, date, city,
// heldIn, participants, issues, start and end) into a meetingReport of
// meeting id, whose states are countries, its group's (groupCountries):
// one slice shared by the group's reports, which nothing appends to.
func storedReport(x any, id string, countries []string) (meetingReport, error) {
	f, _ := x.([]any)
	if len(f) != 12 {
		return meetingReport{}, fmt.Errorf("meeting %s: a report of %d fields, want 12", id, len(f))
	}
	s := func(i int) string { v, _ := f[i].(string); return v }
	n := func(i int) int { v, _ := f[i].(int64); return int(v) }
	return meetingReport{
		Article: s(1), Published: s(2), Kind: s(3), Status: s(4), Date: s(5), City: s(6), HeldIn: s(7),
		Participants: listStrs(f[8]), Countries: countries, Issues: listStrs(f[9]),
		Evidence: evidence{Start: n(10), End: n(11)},
		Rel:      s(0), Stored: id,
	}, nil
}

// listStrs is a list of strings a query returned (empty, never nil, for a
// null).
func listStrs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// groupCountries are the states of every report of group g: a report's
// group is the join of its states (reportGroup).
func groupCountries(g meetingGroupKey) []string {
	if g.CountryKey == "" {
		return []string{}
	}
	return strings.Split(g.CountryKey, "-")
}

// groupWrites are the rows of the statements that rewrite re-clustered
// groups.
type groupWrites struct {
	create, moves, reports, sets []map[string]any
	remove                       []string
	// rewritten are the stored meetings the rows delete or rewrite, and
	// changed the clustered meetings they write: the aggregate edges
	// that may change are those of these meetings (touchedAggregates).
	rewritten []groupMeeting
	changed   []groupCluster
}

// groupMeeting is a stored meeting of a group, groupCluster a clustered one.
type groupMeeting struct {
	group meetingGroupKey
	id    string
}

type groupCluster struct {
	group   meetingGroupKey
	meeting *memMeeting
}

// writeGroups makes the graph hold the clusters, as planned by
// planGroupWrites: new meetings created, stored reports moved to their
// cluster's meeting, the batch's reports written, meetings no cluster
// names deleted, and the aggregate of every meeting whose reports changed
// rewritten. Six statements per batch (the first reads what the rewritten
// meetings count in the aggregates).
func (w *txWriter) writeGroups(out *groupWrites) error {
	// Before the meetings are rewritten: what they gave the aggregates.
	touched, err := w.touchedAggregates(out.rewritten, out.changed)
	if err != nil {
		return err
	}
	w.touched = touched
	steps := []struct {
		what, cypher string
		params       map[string]any
	}{
		{"create meetings", queryMergeMeetings, map[string]any{"rows": nonNilRows(out.create)}},
		{"move reports", queryMoveReports, map[string]any{"rows": nonNilRows(out.moves)}},
		{"report meetings", queryReportMeetings, map[string]any{"rows": nonNilRows(out.reports)}},
		{"delete meetings no report names", queryDeleteMeetings, map[string]any{"ids": nonNil(out.remove)}},
		{"set meetings", querySetMeetings, map[string]any{"rows": nonNilRows(out.sets)}},
	}
	for _, s := range steps {
		if _, err := w.run(s.cypher, s.params); err != nil {
			return fmt.Errorf("%s: %w", s.what, err)
		}
	}
	return nil
}

// planGroupWrites adds the rows that turn one stored group into its
// clusters. A meeting is rewritten when it is new, gained, lost or kept
// a report whose participants changed (stale), or holds a new report.
func (w *txWriter) planGroupWrites(g meetingGroupKey, sg storedGroup, ms []*memMeeting, out *groupWrites) {
	storedIDs := map[string]bool{}
	for _, id := range sg.ids {
		storedIDs[id] = true
	}
	changed := map[string]bool{}
	for _, m := range ms {
		if !storedIDs[m.id] || w.stale[m.id] {
			changed[m.id] = true
		}
		for _, r := range m.reports {
			if r.Rel == "" || r.Stored != m.id || w.stale[r.Stored] {
				changed[m.id] = true
				changed[r.Stored] = true // the meeting it left, if it stays
			}
		}
	}
	kept := map[string]bool{}
	for _, m := range ms {
		kept[m.id] = true
	}
	for _, id := range sg.ids {
		if !kept[id] {
			out.remove = append(out.remove, id)
		}
		if !kept[id] || changed[id] {
			out.rewritten = append(out.rewritten, groupMeeting{group: g, id: id})
		}
	}
	for _, m := range ms {
		countryKey := strings.Join(m.joined().Countries, "-")
		if !storedIDs[m.id] {
			out.create = append(out.create, map[string]any{"id": m.id, "countryKey": countryKey})
		}
		for _, r := range m.reports {
			switch {
			case r.Rel == "":
				out.reports = append(out.reports, r.Evidence.params(map[string]any{
					"article": r.Article, "id": m.id,
					"kind": nullable(r.Kind), "status": nullable(r.Status), "date": nullable(r.Date),
					"city": nullable(r.City), "heldIn": nullable(r.HeldIn),
					"participants": r.Participants, "countries": r.Countries, "issues": r.Issues,
				}))
			case r.Stored != m.id:
				out.moves = append(out.moves, map[string]any{"rel": r.Rel, "to": m.id})
			}
		}
		if !changed[m.id] {
			continue
		}
		out.changed = append(out.changed, groupCluster{group: g, meeting: m})
		s := m.aggregate() // whole, for the meetings rewritten only
		var venues []string
		if s.HeldIn != "" {
			venues = []string{s.HeldIn}
		}
		out.sets = append(out.sets, map[string]any{
			"id": m.id, "kind": nullable(s.Kind), "status": nullable(s.Status),
			"date": nullable(s.Date), "datePrecision": nullable(string(attache.Date(s.Date).Precision())),
			"dates": s.Dates, "city": nullable(s.City), "countryKey": countryKey,
			"participants": s.Participants, "countries": s.Countries, "venues": nonNil(venues), "issues": s.Issues,
		})
	}
}

// markStale notes a stored meeting whose reports changed under it (their
// participants, or an article's reports removed): its group is
// re-clustered and it is rewritten.
func (w *txWriter) markStale(id, countryKey string) {
	if w.stale == nil {
		w.stale = map[string]bool{}
	}
	w.stale[id] = true
	w.markDirty(storedMeetingGroup(id, countryKey))
}
