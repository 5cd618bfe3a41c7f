package main

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

func TestPrintStatsTotalsThenSortedLines(t *testing.T) {
	tests := []struct {
		name  string
		stats attache.Stats
		want  string
	}{
		{"empty graph", attache.Stats{}, "graph: 0 nodes and 0 relationships\n"},
		{"labels and types sorted", attache.Stats{
			Nodes:         map[string]int64{"Official": 3, "Article": 2},
			Relationships: map[string]int64{"REPORTS": 4, "ATTENDED": 5},
		}, "graph: 5 nodes and 9 relationships\n" +
			"node Article 2\nnode Official 3\n" +
			"relationship ATTENDED 5\nrelationship REPORTS 4\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			printStats(&b, tc.stats)
			if b.String() != tc.want {
				t.Errorf("printStats:\n%s\nwant:\n%s", b.String(), tc.want)
			}
		})
	}
}
