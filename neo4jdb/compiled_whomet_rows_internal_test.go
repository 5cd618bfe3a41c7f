package neo4jdb

import (
	"fmt"
	"strings"
	"testing"
)

// The statement of VisitOfficialsWhoMet has the shape attache.
// OfficialMetRow documents: each node a list of its fields sorted by name,
// a meeting's reports one of them, a state a [code, name] pair; and it is
// cached apart from the views' statement for the same paths.
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
		{"rows: the official as a list", rows.cypher, "[head([(f)-[:REPRESENTS]->(rc) | [rc.code, rc.name]]), f.id] AS official", true},
		{"rows: reports inside the meeting", rows.cypher, "[x IN ms | [x.id, x.kind, COLLECT {", true},
		{"rows: a report and its article as lists", rows.cypher, "RETURN [[a.url], r.evidence] }", true},
		{"rows: no map", rows.cypher[strings.LastIndex(rows.cypher, "RETURN n, k"):], ": ", false},
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
	got := fmt.Sprint(*rows.names)
	want := "{[country id] [country id] [id kind reports] [article evidence] [url]}"
	if got != want {
		t.Errorf("rows statement's names %s, want %s", got, want)
	}
}
