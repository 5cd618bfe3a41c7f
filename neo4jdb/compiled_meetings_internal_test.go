package neo4jdb

import (
	"strings"
	"testing"
)

// The compiled meetings projection reads what the paths name and nothing
// the analysts' question leaves out; unknown paths are refused.
func TestCompiledMeetingsProjectsOnlyTheSelectedFields(t *testing.T) {
	tests := []struct {
		name                     string
		paths                    []string
		item, participants       []string
		itemNot, participantsNot []string
		wantParticipants         bool
	}{
		{"the benchmark's question", []string{"id", "kind", "status", "date", "participants", "participants.name", "countries"},
			[]string{"id: m.id", "kind: m.kind", "status: m.status", "date: m.date", "INVOLVED"}, []string{"name: o.name", "ORDER BY o.name, o.id"},
			[]string{"HELD_IN", "city", "datePrecision"}, []string{"aliases", "REPRESENTS", "organization", "level"}, true},
		{"ids only", nil, []string{"{id: m.id}"}, nil, []string{"INVOLVED", "kind"}, nil, false},
		{"participants' __typename only", []string{"participants"}, []string{"{id: m.id}"}, []string{"RETURN {} }"}, nil, nil, true},
		{"precision reads its date", []string{"datePrecision"}, []string{"date: m.date", "datePrecision: m.datePrecision"}, nil, nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := meetingsStatement(tt.paths)
			if err != nil {
				t.Fatal(err)
			}
			if (c.participants != "") != tt.wantParticipants {
				t.Errorf("participants %q, want them: %v", c.participants, tt.wantParticipants)
			}
			check := func(text string, has, hasNot []string) {
				for _, s := range has {
					if !strings.Contains(text, s) {
						t.Errorf("%q lacks %q", text, s)
					}
				}
				for _, s := range hasNot {
					if strings.Contains(text, s) {
						t.Errorf("%q reads %q, which was not asked for", text, s)
					}
				}
			}
			check(c.item, tt.item, tt.itemNot)
			check(c.participants, tt.participants, tt.participantsNot)
		})
	}
	for _, bad := range [][]string{{"host"}, {"city"}, {"participants.password"}, {"reports"}, {"countries.code"}, {"participants.country.name"}} {
		if _, err := meetingsStatement(bad); err == nil {
			t.Errorf("paths %q compiled; want an error", bad)
		}
	}
}
