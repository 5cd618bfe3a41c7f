package neo4jdb

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/attache-project/attache"
)

// Compiled officialsWhoMet: the statement projects only the fields the
// GraphQL query selects. The fixed projections of queryOfficialsWhoMet read
// every official's aliases, level and organisation and every meeting's
// host, city and states (HELD_IN, INVOLVED) whatever the question; for the
// analysts' usual question that is over half the statement's db hits and
// of the records the driver decodes. The statement is put together from the
// named fragments below, never from caller text: a field path that names no
// fragment is refused.

// whoMetFragments are the map projection entries of each selectable field,
// by GraphQL field path below OfficialMet ("official.title",
// "meetings.reports.article.url"); {v} is the node's variable.
var (
	officialFragments = map[string]string{
		"id": `id: {v}.id`, "name": `name: {v}.name`, "aliases": `aliases: {v}.aliases`, "title": `title: {v}.title`,
		"level": `level: {v}.level`, "organization": `organization: {v}.organization`,
		// REPRESENTS leads to a state: no label check.
		"country": `country: head([({v})-[:REPRESENTS]->(rc) | [rc.code, rc.name]])`,
	}
	meetingFragments = map[string]string{
		"id": `id: {v}.id`, "kind": `kind: {v}.kind`, "status": `status: {v}.status`, "date": `date: {v}.date`,
		"datePrecision": `datePrecision: {v}.datePrecision`,
		// INVOLVED leads to a state: no label check.
		"countries": `countries: [({v})-[:INVOLVED]->(ic) | {code: ic.code, name: ic.name}]`,
	}
	reportFragments  = map[string]string{"evidence": `evidence: r.evidence`, "start": `start: r.start`, "end": `end: r.end`}
	articleFragments = map[string]string{
		"id": `id: {v}.id`, "title": `title: {v}.title`, "url": `url: {v}.url`, "outlet": `outlet: {v}.outlet`,
		"published": `published: {v}.published`,
	}
)

// whoMetReportsFragment reads a meeting's reports, newest first, as
// MeetingReports does; {report} is the report's projection.
const whoMetReportsFragment = `COLLECT {
         MATCH (x)<-[r:REPORTS]-(a)
         WITH r, a ORDER BY a.published DESC, a.id
         RETURN {report} }`

// compiledWhoMet caches the statements compiled, by their sorted field
// paths. Clients send a handful of shapes; the cache stops growing at
// maxCompiledWhoMet, after which new shapes are compiled each time.
var compiledWhoMet = struct {
	sync.RWMutex
	m map[string]whoMetCompiled
}{m: map[string]whoMetCompiled{}}

const maxCompiledWhoMet = 256

// OfficialsWhoMetSelected is OfficialsWhoMetWithReports reading only the
// fields named by paths below OfficialMet: "official.<field>",
// "counterparts.<field>", "meetings.<field>", "meetings.reports.<field>"
// and "meetings.reports.article.<field>" ("meetings" and
// "meetings.reports" alone ask for the lists with their ids only). The
// page's cursors, order and count are those of OfficialsWhoMet; fields not
// named are left zero. Reports come by meeting id when asked for.
func (s *ReadStore) OfficialsWhoMetSelected(ctx context.Context, q attache.WhoMetQuery, p attache.PageArgs, paths []string) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	c, err := whoMetStatement(paths)
	if err != nil {
		return attache.Page[attache.OfficialMet]{}, nil, err
	}
	return s.runWhoMet(ctx, q, p, "officialsWhoMetSelected", c.cypher, c.reports)
}

type whoMetCompiled struct {
	cypher  string
	reports bool
	// names name the fields of the rows statement's lists.
	names *attache.WhoMetNames
}

// whoMetStatement returns the compiled statement for paths, from the cache
// when it holds it.
func whoMetStatement(paths []string) (whoMetCompiled, error) {
	return cachedWhoMet(paths, false)
}

// whoMetRowsStatement is whoMetStatement for VisitOfficialsWhoMet.
func whoMetRowsStatement(paths []string) (whoMetCompiled, error) {
	return cachedWhoMet(paths, true)
}

// cachedWhoMet returns the statement compileWhoMet compiles for paths,
// from the cache when it holds it.
func cachedWhoMet(paths []string, rows bool) (whoMetCompiled, error) {
	sorted := slices.Clone(paths)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	key := strings.Join(sorted, ",")
	if rows {
		key = "rows:" + key
	}
	compiledWhoMet.RLock()
	c, ok := compiledWhoMet.m[key]
	compiledWhoMet.RUnlock()
	if ok {
		return c, nil
	}
	compile := compileWhoMet
	if rows {
		compile = compileWhoMetRows
	}
	c, err := compile(sorted)
	if err != nil {
		return c, err
	}
	compiledWhoMet.Lock()
	if len(compiledWhoMet.m) < maxCompiledWhoMet {
		compiledWhoMet.m[key] = c
	}
	compiledWhoMet.Unlock()
	return c, nil
}

// whoMetSelection is a set of field paths split by the object they select on.
type whoMetSelection struct {
	official, counterpart, meeting, report, article []string
	meetings, reports                               bool
}

// splitWhoMetPaths sorts paths by object and refuses the unknown ones.
func splitWhoMetPaths(paths []string) (whoMetSelection, error) {
	var sel whoMetSelection
	for _, path := range paths {
		prefix, field, _ := strings.Cut(path, ".")
		var ok bool
		switch prefix {
		case "official":
			_, ok = officialFragments[field]
			sel.official = append(sel.official, field)
		case "counterparts":
			_, ok = officialFragments[field]
			sel.counterpart = append(sel.counterpart, field)
		case "meetings":
			sel.meetings = true
			ok, sel = splitMeetingPath(field, sel)
		}
		if !ok {
			return sel, fmt.Errorf("officialsWhoMet: no projection for the field %q", path)
		}
	}
	return sel, nil
}

func splitMeetingPath(field string, sel whoMetSelection) (bool, whoMetSelection) {
	var ok bool
	switch {
	case field == "":
		ok = true
	case field == "reports":
		sel.reports, ok = true, true
	case strings.HasPrefix(field, "reports.article."):
		f := strings.TrimPrefix(field, "reports.article.")
		_, ok = articleFragments[f]
		sel.reports, sel.article = true, append(sel.article, f)
	case strings.HasPrefix(field, "reports."):
		f := strings.TrimPrefix(field, "reports.")
		_, ok = reportFragments[f]
		sel.reports, sel.report = true, append(sel.report, f)
	default:
		_, ok = meetingFragments[field]
		sel.meeting = append(sel.meeting, field)
		if field == "datePrecision" {
			// A meeting's precision defaults to its date's.
			sel.meeting = append(sel.meeting, "date")
		}
	}
	return ok, sel
}

// compileWhoMet puts the statement together: whoMetMatch and whoMetPage as
// OfficialsWhoMet runs them, then a RETURN projecting the fields selected.
// Ids are always read: the cursor needs the official's, the reports their
// meeting's.
func compileWhoMet(paths []string) (whoMetCompiled, error) {
	sel, err := splitWhoMetPaths(paths)
	if err != nil {
		return whoMetCompiled{}, err
	}
	official := project(officialFragments, append(sel.official, "id"), "f")
	counterparts := "[]"
	if len(sel.counterpart) > 0 {
		counterparts = "[x IN ls | " + project(officialFragments, sel.counterpart, "x") + "]"
	}
	meetings := "[]"
	if sel.meetings {
		meeting := project(meetingFragments, append(sel.meeting, "id"), "x")
		if sel.reports {
			report := reportProjection(sel)
			meeting = "{meeting: " + meeting + ", reports: " + strings.Replace(whoMetReportsFragment, "{report}", report, 1) + "}"
		}
		meetings = "[x IN ms | " + meeting + "]"
	}
	cypher := whoMetMatch + whoMetPage + "RETURN n, k,\n       " + official + " AS official,\n       " +
		counterparts + " AS counterparts,\n       " + meetings + " AS meetings,\n       firstDate,\n       lastDate\n"
	return whoMetCompiled{cypher: cypher, reports: sel.reports}, nil
}

func reportProjection(sel whoMetSelection) string {
	entries := make([]string, 0, len(sel.report)+1)
	if len(sel.article) > 0 {
		entries = append(entries, "article: "+project(articleFragments, sel.article, "a"))
	}
	for _, f := range uniqueSorted(sel.report) {
		entries = append(entries, reportFragments[f])
	}
	return "{" + strings.Join(entries, ", ") + "}"
}

// project is the map projection of fields, each once, in a fixed order.
func project(fragments map[string]string, fields []string, variable string) string {
	entries := make([]string, 0, len(fields))
	for _, f := range uniqueSorted(fields) {
		entries = append(entries, as(fragments[f], variable))
	}
	return "{" + strings.Join(entries, ", ") + "}"
}

func uniqueSorted(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}
