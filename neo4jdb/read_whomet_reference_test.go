package neo4jdb_test

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// officialsWhoMet's statement orders and reads only the page's meetings
// and counterparts, without label checks; every page, cursor, count and
// meeting list must be the reference statement's (the one that sorted
// every match). Counterparts are compared as sets: two of the state's
// officials at the same meeting come in either order in both statements.
// With ATTACHE_SBS_NEO4J it reads that loaded graph instead (nothing is
// written), every state of it:
//
//	ATTACHE_SBS_NEO4J=bolt://127.0.0.1:7697 go test ./neo4jdb -run WhoMetAnswersAsTheReference -v
func TestWhoMetAnswersAsTheReference(t *testing.T) {
	ctx := context.Background()
	rs, codes := whoMetReferenceGraph(t)
	queries := func(c string) []attache.WhoMetQuery {
		return []attache.WhoMetQuery{
			{Country: c}, {Country: c, LeadersOnly: true}, {Country: c, From: "2024-04"},
			{Country: c, LeadersOnly: true, From: "2023", To: "2024-06-30"},
		}
	}
	for _, c := range codes {
		for _, q := range queries(c) {
			pages := comparePages(ctx, t, rs, q, 7)
			n, err := rs.CountOfficialsWhoMet(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			want, err := rs.ReferenceCountOfficialsWhoMet(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if n != want {
				t.Fatalf("%+v: count %d, reference %d", q, n, want)
			}
			if pages == 0 {
				t.Fatalf("%+v: no page", q)
			}
		}
	}
}

// comparePages pages through q, first officials at a time, comparing each
// page with the reference's; it returns the pages read.
func comparePages(ctx context.Context, t *testing.T, rs *neo4jdb.ReadStore, q attache.WhoMetQuery, first int) int {
	t.Helper()
	p := attache.PageArgs{First: first}
	for i := 1; ; i++ {
		got, err := rs.OfficialsWhoMet(ctx, q, p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := rs.ReferenceOfficialsWhoMet(ctx, q, p)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := counterpartsAsSets(got), counterpartsAsSets(want); !reflect.DeepEqual(g, w) {
			t.Fatalf("%+v page %d:\ngot  %+v\nwant %+v", q, i, g, w)
		}
		if !got.HasNextPage || i == 20 {
			return i
		}
		p.After = got.Edges[len(got.Edges)-1].Cursor
	}
}

func counterpartsAsSets(p attache.Page[attache.OfficialMet]) attache.Page[attache.OfficialMet] {
	for i := range p.Edges {
		cs := slices.Clone(p.Edges[i].Node.Counterparts)
		slices.SortFunc(cs, func(a, b attache.OfficialView) int { return strings.Compare(a.ID, b.ID) })
		p.Edges[i].Node.Counterparts = cs
	}
	return p
}

// whoMetReferenceGraph is the graph ATTACHE_SBS_NEO4J names with its
// states, or the test server with a small corpus where one foreign
// official meets two of a state's officials at once and apart.
func whoMetReferenceGraph(t *testing.T) (*neo4jdb.ReadStore, []string) {
	t.Helper()
	ctx := context.Background()
	if uri := os.Getenv("ATTACHE_SBS_NEO4J"); uri != "" {
		cfg := neo4jdb.ConfigFromEnv(os.Getenv)
		cfg.URI = uri
		db, err := neo4jdb.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close(ctx) })
		rs := neo4jdb.NewReadStore(db, nil)
		page, err := rs.ListCountries(ctx, attache.PageArgs{First: 500})
		if err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, e := range page.Edges {
			codes = append(codes, e.Node.Code)
		}
		return rs, codes
	}
	db := neo4jtest.Open(t)
	wipe(t, db)
	save(t, db, corpus()...)
	save(t, db, overlapCorpus()...)
	return neo4jdb.NewReadStore(db, nil), []string{"US", "CL", "GB", "FR"}
}

// overlapCorpus: FR's president and foreign minister meet the same GB
// official together and apart, and CL's and GB's officials on other days.
func overlapCorpus() []*attache.Extraction {
	people := []attache.OfficialFact{
		official("Claire Domont", "FR", "President", attache.LevelHeadOfState),
		official("Henri Valcour", "FR", "Minister of Foreign Affairs", attache.LevelMinister),
		official("Peter Harlan", "GB", "Foreign Secretary", attache.LevelMinister),
		official("Ramon Ostrova", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}
	var docs []*attache.Extraction
	for i, m := range []struct {
		date  string
		names []string
		with  string
	}{
		{"2024-05-02", []string{"Claire Domont", "Henri Valcour", "Peter Harlan"}, "GB"},
		{"2024-06-11", []string{"Henri Valcour", "Peter Harlan"}, "GB"},
		{"2023-09", []string{"Claire Domont", "Peter Harlan"}, "GB"},
		{"", []string{"Henri Valcour", "Ramon Ostrova"}, "CL"},
		{"2024-05-02", []string{"Claire Domont", "Ramon Ostrova"}, "CL"},
	} {
		kind := []attache.MeetingKind{attache.KindTalks, attache.KindCall, attache.KindVisit}[i%3]
		docs = append(docs, article(fmt.Sprintf("o%d", i), "2024-07-01", people,
			meeting(kind, attache.StatusHeld, m.date, m.names, []string{"FR", m.with})))
	}
	return docs
}
