package neo4jdb

import (
	"strings"
	"testing"
)

// The statement of VisitOfficialsWhoMet has the shape attache.
// OfficialMetRow documents: a meeting's reports are a field of the
// meeting, a state is a node; and it is cached apart from the views'
// statement for the same paths.
func TestWhoMetRowsStatementShape(t *testing.T) {
	paths := []string{"official.id", "official.country", "counterparts.id", "counterparts.country",
		"meetings", "meetings.kind", "meetings.reports", "meetings.reports.evidence", "meetings.reports.article.url"}
	rows, err := whoMetRowsStatement(paths)
	if err != nil {
		t.Fatal(err)
	}
	views, err := whoMetStatement(paths)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, cypher, want string
		present            bool
	}{
		{"rows: reports inside the meeting", rows.cypher, "kind: x.kind, reports: COLLECT {", true},
		{"rows: no meeting wrapper", rows.cypher, "{meeting: ", false},
		{"rows: a state as a node", rows.cypher, "| {code: rc.code, name: rc.name}])", true},
		{"rows: no state as a pair", rows.cypher, "[rc.code, rc.name]", false},
		{"views: the meeting wrapper", views.cypher, "{meeting: ", true},
		{"views: a state as a pair", views.cypher, "[rc.code, rc.name]", true},
	} {
		if strings.Contains(tt.cypher, tt.want) != tt.present {
			t.Errorf("%s: %q present = %v, want %v in\n%s", tt.name, tt.want, !tt.present, tt.present, tt.cypher)
		}
	}
	if !rows.reports || !strings.HasPrefix(rows.cypher, whoMetMatch+whoMetPage) {
		t.Errorf("rows statement: reports %v, or not the views' match and page:\n%s", rows.reports, rows.cypher)
	}
}
