package main

import (
	"context"
	"testing"

	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// Opening the store labels every policy issue from the taxonomy, so the API
// shows labels instead of ids and search finds issues by their words.
func TestLoadLabelsIssuesAndSearchFindsThem(t *testing.T) {
	db := neo4jtest.Open(t)
	load(t, "../../examples/articles")
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tax := x.Taxonomy()
	ids := make([]string, len(tax))
	for i, is := range tax {
		ids[i] = is.ID
	}
	ctx := context.Background()
	read := neo4jdb.NewReadStore(db, nil)
	got, err := read.Issues(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, is := range tax {
		v, ok := got[is.ID]
		if !ok || v.Label != is.Label || v.Description != is.Description {
			t.Errorf("issue %s: stored %+v (found %v), want label %q", is.ID, v, ok, is.Label)
		}
	}
	hits, err := read.Search(ctx, tax[0].Label, 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range hits {
		found = found || (h.Kind == "issue" && h.ID == tax[0].ID && h.Label == tax[0].Label)
	}
	if !found {
		t.Errorf("search %q found %+v, not the issue %s", tax[0].Label, hits, tax[0].ID)
	}
}
