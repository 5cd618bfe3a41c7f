package neo4jdb

import (
	"maps"
	"strings"

	"github.com/attache-project/attache"
)

// The rows statement of officialsWhoMet (VisitOfficialsWhoMet) returns
// each node as a list of its selected fields' values, in the order of
// their sorted names, rather than as a map: the record then carries no
// key per field per node (a report's "evidence", "article", "title",
// "url" and "id" for each of the page's hundred-odd reports) and the
// driver builds a slice, not a Go map, per node. The names go with the
// rows (attache.WhoMetNames). A state is a [code, name] pair; a meeting's
// reports are one of its fields.

// rowMeetingFragments are meetingFragments with a meeting's states as
// pairs and its reports (compiled per selection) left out.
var rowMeetingFragments = func() map[string]string {
	m := maps.Clone(meetingFragments)
	m["countries"] = `countries: [({v})-[:INVOLVED]->(ic) | [ic.code, ic.name]]`
	return m
}()

// compileWhoMetRows is compileWhoMet for the rows statement.
func compileWhoMetRows(paths []string) (whoMetCompiled, error) {
	sel, err := splitWhoMetPaths(paths)
	if err != nil {
		return whoMetCompiled{}, err
	}
	names := &attache.WhoMetNames{}
	var official string
	official, names.Official = projectList(officialFragments, append(sel.official, "id"), "f", nil)
	counterparts := "[]"
	if len(sel.counterpart) > 0 {
		var counterpart string
		counterpart, names.Counterpart = projectList(officialFragments, sel.counterpart, "x", nil)
		counterparts = "[x IN ls | " + counterpart + "]"
	}
	meetings := "[]"
	if sel.meetings {
		extra := map[string]string{}
		if sel.reports {
			var report string
			report, names.Report, names.Article = reportList(sel)
			extra["reports"] = strings.Replace(whoMetReportsFragment, "{report}", report, 1)
		}
		var meeting string
		meeting, names.Meeting = projectList(rowMeetingFragments, append(sel.meeting, "id"), "x", extra)
		meetings = "[x IN ms | " + meeting + "]"
	}
	cypher := whoMetMatch + whoMetPage + "RETURN n, k,\n       " + official + " AS official,\n       " +
		counterparts + " AS counterparts,\n       " + meetings + " AS meetings,\n       firstDate,\n       lastDate\n"
	return whoMetCompiled{cypher: cypher, reports: sel.reports, names: names}, nil
}

// reportList is a report's list projection, with the names of its fields
// and of its article's.
func reportList(sel whoMetSelection) (cypher string, names, article []string) {
	extra := map[string]string{}
	if len(sel.article) > 0 {
		extra["article"], article = projectList(articleFragments, sel.article, "a", nil)
	}
	cypher, names = projectList(reportFragments, sel.report, "r", extra)
	return cypher, names, article
}

// projectList is the list projection of fields (each once, sorted by
// name) and of extra's expressions, named by their keys; names are the
// names in the list's order. A fragment's expression is what follows its
// name ("name: {v}.name").
func projectList(fragments map[string]string, fields []string, variable string, extra map[string]string) (string, []string) {
	all := append([]string(nil), fields...)
	for name := range extra {
		all = append(all, name)
	}
	names := uniqueSorted(all)
	exprs := make([]string, 0, len(names))
	for _, name := range names {
		expr, ok := extra[name]
		if !ok {
			_, expr, _ = strings.Cut(as(fragments[name], variable), ": ")
		}
		exprs = append(exprs, expr)
	}
	return "[" + strings.Join(exprs, ", ") + "]", names
}
