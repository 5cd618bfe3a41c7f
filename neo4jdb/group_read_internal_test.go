package neo4jdb

import (
	"reflect"
	"strings"
	"testing"
)

// A stored report comes as one list: its elementId, its article's id and
// publication, then its edge's properties; its states are its group's,
// which the read no longer returns per report.
func TestStoredReportReadsTheFieldsInOrder(t *testing.T) {
	g := meetingGroupKey{Class: "meeting:", CountryKey: "NE-NO"}
	list := []any{"rel-1", "a1", "2024-05-11", "talks", "held", "2024-05-10", "Niamey", "NE",
		[]any{"NE:ali sani", "NO:kari berg"}, []any{"trade"}, int64(12), int64(80)}
	got, err := storedReport(list, "meeting:NE-NO:2024-05-10", groupCountries(g))
	if err != nil {
		t.Fatal(err)
	}
	want := meetingReport{
		Article: "a1", Published: "2024-05-11", Kind: "talks", Status: "held", Date: "2024-05-10",
		City: "Niamey", HeldIn: "NE", Participants: []string{"NE:ali sani", "NO:kari berg"},
		Countries: []string{"NE", "NO"}, Issues: []string{"trade"}, Evidence: evidence{Start: 12, End: 80},
		Rel: "rel-1", Stored: "meeting:NE-NO:2024-05-10",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("storedReport =\n%+v\nwant\n%+v", got, want)
	}
	if reportGroup(got) != g {
		t.Errorf("the report's group is %v, want %v", reportGroup(got), g)
	}
	// Absent properties come as nulls: empty, never nil lists.
	nulls := []any{"rel-2", "a2", nil, "call", nil, nil, nil, nil, nil, nil, nil, nil}
	got, err = storedReport(nulls, "call:~0a1b2c:undated", groupCountries(meetingGroupKey{Class: "call:"}))
	if err != nil {
		t.Fatal(err)
	}
	if got.Participants == nil || got.Issues == nil || got.Countries == nil || len(got.Countries) != 0 {
		t.Errorf("null lists read as %#v, %#v, %#v; want empty lists", got.Participants, got.Issues, got.Countries)
	}
	if _, err := storedReport(list[:11], "meeting:NE-NO:2024-05-10", groupCountries(g)); err == nil ||
		!strings.Contains(err.Error(), "meeting:NE-NO:2024-05-10") {
		t.Errorf("a short list gave %v, want an error naming the meeting", err)
	}
}
