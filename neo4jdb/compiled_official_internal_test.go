package neo4jdb

import (
	"strings"
	"testing"
)

// The compiled official(id) statements read what the paths name, for
// every list shape; unknown paths are refused.
func TestCompiledOfficialProjectsOnlyTheSelectedFields(t *testing.T) {
	question := []string{"name", "counterparts.official.id", "counterparts.official.name",
		"counterparts.official.title", "counterparts.official.country"}
	queries, err := officialStatements(question)
	if err != nil {
		t.Fatal(err)
	}
	for key, cypher := range queries {
		for _, s := range []string{"{id: me.id, name: me.name} AS official"} {
			if !strings.Contains(cypher, s) {
				t.Errorf("%.30q: the statement lacks %q:\n%s", key, s, cypher)
			}
		}
		for _, s := range []string{"aliases", "organization", "level"} {
			if strings.Contains(cypher, s) {
				t.Errorf("%.30q: the statement reads %q, which was not asked for:\n%s", key, s, cypher)
			}
		}
		if key != foldedNone && !strings.Contains(cypher, "official: {country: head([(o)-[:REPRESENTS]->(rc) | [rc.code, rc.name]]), id: o.id, name: o.name, title: o.title}") {
			t.Errorf("%.30q: the counterparts' projection is not the one asked for:\n%s", key, cypher)
		}
	}
	for _, bad := range [][]string{{"password"}, {"counterparts.official.secret"}, {"counterparts"}, {"counterparts.meetingCount"}} {
		if _, err := officialStatements(bad); err == nil {
			t.Errorf("paths %q compiled; want an error", bad)
		}
	}
}
