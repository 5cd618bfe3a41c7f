package neo4jdb

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// clustersText writes a clustering as "id: article article ..." lines,
// sorted, to compare clusterings.
func clustersText(ms []*memMeeting) string {
	var lines []string
	for _, m := range ms {
		var arts []string
		for _, r := range m.reports {
			arts = append(arts, fmt.Sprintf("%s@%d", r.Article, r.Evidence.Start))
		}
		slices.Sort(arts)
		lines = append(lines, m.id+": "+strings.Join(arts, " "))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// The clustering of a group is a function of its reports: any order of
// the same reports gives the same meetings with the same ids, and an
// article never has two reports on one meeting.
func TestClusterGroupIgnoresOrder(t *testing.T) {
	cl := []string{"CL", "US"}
	report := func(article, published, date string, start int, participants ...string) meetingReport {
		return meetingReport{Article: article, Published: published, Kind: "meeting", Status: "held", Date: date,
			Countries: cl, Participants: nonNil(participants), Issues: []string{}, Evidence: evidence{Start: start}}
	}
	reports := []meetingReport{
		report("a1", "2024-03-15", "2024-03-14", 0, "US:a", "CL:b"),
		report("a2", "2024-03-30", "2024-03-29", 0, "US:a", "CL:c"),
		report("a3", "2024-03-25", "2024-03", 0),             // a month: the day reported before it
		report("a4", "2024-03-31", "", 0, "US:a"),            // fits both: the latest before its article
		report("a5", "2024-03-16", "", 0, "CL:b"),            // one fits when it comes
		report("a6", "2024-03-31", "2024-03-29", 40, "CL:c"), // a4's article is another
		report("a6", "2024-03-31", "2024-03-29", 90, "CL:q"), // another meeting of a6 that day
		report("a7", "2024-03-01", "2024-03-14", 0, "US:a"),  // a preview before the readout
	}
	g := meetingGroupKey{Class: "meeting:", CountryKey: "CL-US"}
	want := clustersText(clusterGroup(g, slices.Clone(reports)))
	for _, m := range clusterGroup(g, slices.Clone(reports)) {
		seen := map[string]bool{}
		for _, r := range m.reports {
			if seen[r.Article] {
				t.Errorf("meeting %s holds two reports of %s", m.id, r.Article)
			}
			seen[r.Article] = true
		}
	}
	for seed := range int64(50) {
		shuffled := slices.Clone(reports)
		rand.New(rand.NewSource(seed)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := clustersText(clusterGroup(g, shuffled)); got != want {
			t.Fatalf("seed %d: another order gives another clustering:\n%s\nwant\n%s", seed, got, want)
		}
	}
	for _, line := range []string{
		"meeting:CL-US:2024-03-14: a1@0 a3@0 a5@0 a7@0",
		"meeting:CL-US:2024-03-29: a2@0 a4@0 a6@40",
		"meeting:CL-US:2024-03-29~2: a6@90",
	} {
		if !strings.Contains(want+"\n", line+"\n") {
			t.Errorf("clustering lacks %q:\n%s", line, want)
		}
	}
}
