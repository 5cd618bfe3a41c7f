package main

import (
	"strings"
	"testing"

	"github.com/attache-project/attache/loader"
)

// The summary's graph counters are those of each write, which vary with
// where batches end; the line says so, so that two loads are not compared
// by them (a benchmark once took different counters for different graphs).
// scripts/bench-load.sh reads the numbers from the line's start.
func TestLoadSummarySaysWhatTheCountersCount(t *testing.T) {
	tests := []struct {
		name   string
		dryRun bool
		want   []string
		not    []string
	}{
		{"a load", false, []string{
			"graph: 12 nodes and 34 relationships created, 56 properties set",
			"also what later writes replaced: not the graph's size",
		}, nil},
		{"a dry run writes nothing", true, nil, []string{"graph:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			printSummary(&b, loader.Summary{Read: 3, Loaded: 3, NodesCreated: 12, RelationshipsCreated: 34, PropertiesSet: 56}, tt.dryRun)
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("summary lacks %q:\n%s", w, b.String())
				}
			}
			for _, n := range tt.not {
				if strings.Contains(b.String(), n) {
					t.Errorf("summary has %q:\n%s", n, b.String())
				}
			}
		})
	}
}
