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
	all := map[edgeKey]bool{}
	for _, m := range ms {
		s := m.aggregate()
		meetingEdges("meeting:NE-NO", s.Date, s.Participants, s.Countries, func(e aggregateEdge) { all[e.key()] = true })
	}
	got := map[edgeKey]aggregateEdge{}
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
	only := map[edgeKey]bool{want[0].key(): true}
	got = map[edgeKey]aggregateEdge{}
	groupAggregates(g, ms, only, got)
	if len(got) != 1 || got[want[0].key()] != want[0] {
		t.Errorf("restricted to the MET edge: %+v", got)
	}
}

// TestUpsertRowsCarryEachTouchedKey: every touched key gets one row, in
// the list of its type and datedness, with the counts wanted, or none
// when no meeting counts in it any more (the statement then deletes its
// edges); an undated edge's period and dates are null.
func TestUpsertRowsCarryEachTouchedKey(t *testing.T) {
	edge := func(typ, a, b, period string, n int64, first, last string) aggregateEdge {
		return aggregateEdge{Type: typ, A: a, B: b, Group: "meeting:NE-NO", Period: period, Meetings: n, First: first, Last: last}
	}
	tests := []struct {
		name     string
		touched  aggregateEdge
		want     *aggregateEdge
		list     string
		meetings any
		period   any
		first    any
	}{
		{"MET kept", edge("MET", "x", "y", "", 0, "", ""), &aggregateEdge{Meetings: 2, First: "2024-01-01", Last: "2024-02-01"}, "met", int64(2), nil, "2024-01-01"},
		{"MET gone", edge("MET", "x", "z", "", 0, "", ""), nil, "met", nil, nil, nil},
		{"ENGAGED dated", edge("ENGAGED", "NE", "NO", "2024-01", 0, "", ""), &aggregateEdge{Meetings: 1, First: "2024-01-05", Last: "2024-01-05"}, "engagedDated", int64(1), "2024-01", "2024-01-05"},
		{"ENGAGED undated", edge("ENGAGED", "NE", "NO", "", 0, "", ""), &aggregateEdge{Meetings: 3}, "engagedUndated", int64(3), nil, nil},
		{"ACTIVE dated, gone", edge("ACTIVE", "NE", "NE", "2024-01", 0, "", ""), nil, "activeDated", nil, "2024-01", nil},
		{"ACTIVE undated", edge("ACTIVE", "NO", "NO", "", 0, "", ""), &aggregateEdge{Meetings: 1}, "activeUndated", int64(1), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			touched := map[edgeKey]bool{tt.touched.key(): true}
			want := map[edgeKey]aggregateEdge{}
			if tt.want != nil {
				w := tt.touched
				w.Meetings, w.First, w.Last = tt.want.Meetings, tt.want.First, tt.want.Last
				want[w.key()] = w
			}
			params := upsertRows(touched, want)
			if len(params) != len(upsertLists) {
				t.Fatalf("params %v, want every list of %v", params, upsertLists)
			}
			for _, list := range upsertLists {
				rows := params[list].([]map[string]any)
				if list != tt.list {
					if len(rows) != 0 {
						t.Errorf("list %s = %v, want empty", list, rows)
					}
					continue
				}
				if len(rows) != 1 {
					t.Fatalf("list %s = %v, want one row", list, rows)
				}
				r := rows[0]
				if r["a"] != tt.touched.A || r["b"] != tt.touched.B || r["group"] != tt.touched.Group ||
					r["period"] != tt.period || r["meetings"] != tt.meetings || r["first"] != tt.first {
					t.Errorf("row %v, want meetings %v, period %v, first %v", r, tt.meetings, tt.period, tt.first)
				}
			}
		})
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

// TestSortedEdgeKeysFieldByField: the touched keys come out in one order,
// type first, then the endpoints, group and period, whatever the map's.
func TestSortedEdgeKeysFieldByField(t *testing.T) {
	keys := []edgeKey{
		{Type: "MET", A: "x", B: "y", Group: "meeting:NE-NO"},
		{Type: "ACTIVE", A: "NO", B: "NO", Group: "meeting:NE-NO", Period: "2024-01"},
		{Type: "ACTIVE", A: "NE", B: "NE", Group: "meeting:NE-NO", Period: "2024-02"},
		{Type: "ACTIVE", A: "NE", B: "NE", Group: "meeting:NE-NO", Period: "2024-01"},
		{Type: "ACTIVE", A: "NE", B: "NE", Group: "meeting:NE-NO"},
		{Type: "ENGAGED", A: "NE", B: "NO", Group: "call:NE-NO", Period: "2024-01"},
	}
	want := []edgeKey{keys[4], keys[3], keys[2], keys[1], keys[5], keys[0]}
	for range 5 {
		set := map[edgeKey]bool{}
		for _, k := range keys {
			set[k] = true
		}
		if got := sortedEdgeKeys(set); !reflect.DeepEqual(got, want) {
			t.Fatalf("sortedEdgeKeys = %v, want %v", got, want)
		}
	}
}
