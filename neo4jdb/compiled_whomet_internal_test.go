package neo4jdb

import (
	"strings"
	"testing"
)

// The compiled officialsWhoMet statement reads what the paths name and
// nothing the analysts' question leaves out; unknown paths are refused.
func TestCompiledWhoMetProjectsOnlyTheSelectedFields(t *testing.T) {
	question := []string{"official.id", "official.name", "official.title", "official.country",
		"counterparts.id", "counterparts.name", "counterparts.title", "meetings", "meetings.id", "meetings.kind",
		"meetings.date", "meetings.reports", "meetings.reports.evidence", "meetings.reports.article.id",
		"meetings.reports.article.title", "meetings.reports.article.url"}
	tests := []struct {
		name        string
		paths       []string
		has, hasNot []string
		reports     bool
	}{
		{"the benchmark's question", question,
			[]string{"[r:REPORTS]", "evidence: r.evidence", "url: a.url", "title: f.title", "[rc.code, rc.name]"},
			[]string{"HELD_IN", "INVOLVED", "aliases", "organization", "outlet", "start: r.start", "status"}, true},
		{"counts only", []string{"official.id"},
			[]string{"[] AS counterparts", "[] AS meetings", "{id: f.id} AS official"}, []string{"REPORTS", "REPRESENTS]->(rc"}, false},
		{"meetings' states and precision, no reports", []string{"meetings", "meetings.countries", "meetings.datePrecision"},
			[]string{"INVOLVED", "datePrecision: x.datePrecision", "date: x.date"}, []string{"REPORTS", "HELD_IN"}, false},
		{"reports without fields", []string{"meetings.reports"}, []string{"RETURN {} }"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := whoMetStatement(tt.paths)
			if err != nil {
				t.Fatal(err)
			}
			if c.reports != tt.reports {
				t.Errorf("reports = %v, want %v", c.reports, tt.reports)
			}
			if !strings.HasPrefix(c.cypher, whoMetMatch+whoMetPage) {
				t.Errorf("the statement does not match and page as OfficialsWhoMet does:\n%s", c.cypher)
			}
			for _, s := range tt.has {
				if !strings.Contains(c.cypher, s) {
					t.Errorf("the statement lacks %q:\n%s", s, c.cypher)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(c.cypher, s) {
					t.Errorf("the statement reads %q, which was not asked for:\n%s", s, c.cypher)
				}
			}
		})
	}
	for _, bad := range [][]string{{"official.password"}, {"meetings.host"}, {"meetings.reports.article.text"}, {"x"}, {"meetings.reports.article"}} {
		if _, err := whoMetStatement(bad); err == nil {
			t.Errorf("paths %q compiled; want an error", bad)
		}
	}
}
