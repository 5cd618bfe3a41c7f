package neo4jdb

import (
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestGroupAggregatesCountPairsAndPeriods: the edges computed from a
// group's clusters count meetings per pair of participants, per pair of
// states and period, and per state and period, with their date span; an
// undated meeting counts without a period or dates.
func TestGroupAggregatesCountPairsAndPeriods(t *testing.T) {
	g := meetingGroupKey{Class: "meeting:", CountryKey: "NE-NO"}
	report := func(article, date string, participants ...string) meetingReport {
		return meetingReport{Article: article, Published: "2024-06-30", Kind: "meeting", Status: "held", Date: date,
			Countries: []string{"NE", "NO"}, Participants: participants}
	}
	ms := []*memMeeting{
		{id: "a", reports: []meetingReport{report("a1", "2024-03-02", "NE:ali sani", "NO:kari dahl")}},
		{id: "b", reports: []meetingReport{report("a2", "2024-03-20", "NE:ali sani", "NO:kari dahl")}},
		{id: "c", reports: []meetingReport{report("a3", "", "NE:ali sani", "NO:kari dahl")}},
	}
	all := map[string]aggregateEdge{}
	for _, m := range ms {
		s := m.aggregate()
		meetingEdges("meeting:NE-NO", s.Date, s.Participants, s.Countries, func(e aggregateEdge) { all[e.key()] = e })
	}
	got := map[string]aggregateEdge{}
	groupAggregates(g, ms, all, got)
	want := []aggregateEdge{
		{Type: "MET", A: "NE:ali sani", B: "NO:kari dahl", Group: "meeting:NE-NO", Meetings: 3, First: "2024-03-02", Last: "2024-03-20"},
		{Type: "ENGAGED", A: "NE", B: "NO", Group: "meeting:NE-NO", Period: "2024-03", Meetings: 2, First: "2024-03-02", Last: "2024-03-20"},
		{Type: "ENGAGED", A: "NE", B: "NO", Group: "meeting:NE-NO", Meetings: 1},
		{Type: "ACTIVE", A: "NE", B: "NE", Group: "meeting:NE-NO", Period: "2024-03", Meetings: 2, First: "2024-03-02", Last: "2024-03-20"},
		{Type: "ACTIVE", A: "NE", B: "NE", Group: "meeting:NE-NO", Meetings: 1},
		{Type: "ACTIVE", A: "NO", B: "NO", Group: "meeting:NE-NO", Period: "2024-03", Meetings: 2, First: "2024-03-02", Last: "2024-03-20"},
		{Type: "ACTIVE", A: "NO", B: "NO", Group: "meeting:NE-NO", Meetings: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d edges, want %d: %+v", len(got), len(want), got)
	}
	for _, e := range want {
		if got[e.key()] != e {
			t.Errorf("edge %s = %+v, want %+v", e.key(), got[e.key()], e)
		}
	}
	// Only the edges asked for are computed.
	only := map[string]aggregateEdge{want[0].key(): want[0]}
	got = map[string]aggregateEdge{}
	groupAggregates(g, ms, only, got)
	if len(got) != 1 || got[want[0].key()] != want[0] {
		t.Errorf("restricted to the MET edge: %+v", got)
	}
}

// TestDiffAggregatesWritesOnlyChanges: edges equal to the wanted ones are
// left alone, changed counts are set in place, edges no meeting gives
// (and duplicates of one key) are deleted, and new ones created.
func TestDiffAggregatesWritesOnlyChanges(t *testing.T) {
	edge := func(typ, a, b string, n int64) aggregateEdge {
		return aggregateEdge{Type: typ, A: a, B: b, Group: "meeting:NE-NO", Meetings: n, First: "2024-01-01", Last: "2024-02-01"}
	}
	kept, grown, gone, doubled := edge("MET", "x", "y", 1), edge("ACTIVE", "NE", "NE", 1), edge("MET", "x", "z", 1), edge("ENGAGED", "NE", "NO", 1)
	fresh := edge("MET", "y", "z", 2)
	have := map[string]aggregateEdge{kept.key(): kept, grown.key(): grown, gone.key(): gone, doubled.key(): doubled}
	rels := map[string][]string{kept.key(): {"r1"}, grown.key(): {"r2"}, gone.key(): {"r3"}, doubled.key(): {"r4", "r5"}}
	bigger := grown
	bigger.Meetings = 2
	want := map[string]aggregateEdge{kept.key(): kept, grown.key(): bigger, doubled.key(): doubled, fresh.key(): fresh}

	got := diffAggregates(have, rels, want)
	if !reflect.DeepEqual(got["deletes"], []string{"r4", "r5", "r3"}) && !reflect.DeepEqual(got["deletes"], []string{"r3", "r4", "r5"}) {
		t.Errorf("deletes = %v, want r3, r4, r5", got["deletes"])
	}
	if ups := got["updates"].([]map[string]any); len(ups) != 1 || ups[0]["rel"] != "r2" || ups[0]["meetings"] != int64(2) {
		t.Errorf("updates = %v, want r2 set to 2 meetings", ups)
	}
	met, engaged := got["met"].([]map[string]any), got["engaged"].([]map[string]any)
	if len(met) != 1 || met[0]["a"] != "y" || len(engaged) != 1 || engaged[0]["a"] != "NE" {
		t.Errorf("creates: met %v, engaged %v; want y-z and the doubled NE-NO again", met, engaged)
	}
	if d := diffAggregates(map[string]aggregateEdge{kept.key(): kept}, map[string][]string{kept.key(): {"r1"}},
		map[string]aggregateEdge{kept.key(): kept}); d != nil {
		t.Errorf("equal edges gave writes: %v", d)
	}
}

// TestMeetingCountedSplitsOneExpansion: the attendees and states of a
// rewritten meeting, read as one list of [type, key] pairs in any order,
// come out apart and sorted, as the two ordered COLLECTs they replace
// gave them; a meeting without edges gives empty lists, not nil.
func TestMeetingCountedSplitsOneExpansion(t *testing.T) {
	pair := func(typ, key string) any { return []any{typ, key} }
	tests := []struct {
		name                    string
		edges                   []any
		participants, countries []string
	}{
		{"mixed and unsorted", []any{pair("INVOLVED", "NO"), pair("ATTENDED", "NO:kari dahl"), pair("INVOLVED", "NE"), pair("ATTENDED", "NE:ali sani")},
			[]string{"NE:ali sani", "NO:kari dahl"}, []string{"NE", "NO"}},
		{"states only", []any{pair("INVOLVED", "NE")}, []string{}, []string{"NE"}},
		{"no edges", []any{}, []string{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &neo4j.Record{Keys: []string{"edges"}, Values: []any{tt.edges}}
			ps, cs := meetingCounted(rec)
			if !reflect.DeepEqual(ps, tt.participants) || !reflect.DeepEqual(cs, tt.countries) {
				t.Errorf("meetingCounted = %q, %q; want %q, %q", ps, cs, tt.participants, tt.countries)
			}
		})
	}
}
