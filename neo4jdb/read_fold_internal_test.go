package neo4jdb

import (
	"strings"
	"testing"
)

// The folded statement is built by replacing the meetings projection of
// queryOfficialsWhoMet; if that text changes, the replacement must not
// silently give the statement without reports.
func TestWhoMetReportsStatementFoldsReports(t *testing.T) {
	if queryOfficialsWhoMetReports == queryOfficialsWhoMet || !strings.Contains(queryOfficialsWhoMetReports, "[r:REPORTS]") {
		t.Fatalf("queryOfficialsWhoMetReports does not read reports:\n%s", queryOfficialsWhoMetReports)
	}
}
