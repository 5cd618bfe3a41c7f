package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
)

func statsCommand() *command {
	return &command{
		Name:    "stats",
		Summary: "count the graph's nodes by label and relationships by type",
		Usage: `Usage: attache stats [flags]

Counts what the graph holds: nodes by label and relationships by type (the
precomputed aggregates MET, ENGAGED and ACTIVE left out), as the API's
stats query does. Unlike the counters a load prints, which add up what
each write created, also what later writes replaced, these are the graph's
size.`,
		Run: runStats,
	}
}

func runStats(ctx context.Context, app *App, args []string) error {
	fs := newFlagSet(app, "stats", statsCommand().Usage)
	neo4jConfig := neo4jFlags(fs, app)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: stats takes no arguments", errUsage)
	}
	db, err := neo4jdb.Open(ctx, neo4jConfig())
	if err != nil {
		return err
	}
	defer db.Close(context.Background())
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	printStats(app.Stdout, s)
	return nil
}

// printStats writes the totals on the first line ("graph: N nodes and M
// relationships"), then one line per label and type, sorted.
func printStats(w io.Writer, s attache.Stats) {
	total := func(m map[string]int64) (n int64) {
		for _, c := range m {
			n += c
		}
		return n
	}
	fmt.Fprintf(w, "graph: %d nodes and %d relationships\n", total(s.Nodes), total(s.Relationships))
	for _, k := range slices.Sorted(maps.Keys(s.Nodes)) {
		fmt.Fprintf(w, "node %s %d\n", k, s.Nodes[k])
	}
	for _, k := range slices.Sorted(maps.Keys(s.Relationships)) {
		fmt.Fprintf(w, "relationship %s %d\n", k, s.Relationships[k])
	}
}
