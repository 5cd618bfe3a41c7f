package neo4jdb_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// CountryWithLists and OfficialWithCounterparts read a node and its lists
// in one statement; their answers must be those of the separate reads the
// loaders make (Countries, Partners, Timeline; Officials, Counterparts),
// for ranges read from the aggregates and ranges bounded by the day that
// read the meetings, for lists not asked for and for unknown keys.
func TestFoldedReadsEqualSeparateReads(t *testing.T) {
	db := neo4jtest.Open(t)
	wipe(t, db)
	save(t, db, append(corpus(), synthetic(40)...)...)
	rs := neo4jdb.NewReadStore(db, nil)
	ctx := context.Background()

	ranges := [][2]attache.Date{{"", ""}, {"2024-03", ""}, {"", "2024-06"}, {"2024", "2024"}, {"2024-03-05", ""}, {"", "2024-05-20"}}
	for _, code := range []string{"US", "CL", "DE", "FR", "GB", "NO", "KE", "ZZ"} {
		for _, r := range ranges {
			for _, first := range []int{-1, 0, 2, 20} {
				for _, g := range []attache.Granularity{"", attache.ByYear, attache.ByMonth} {
					name := fmt.Sprintf("%s %v first %d %q", code, r, first, g)
					requireCountryFolded(t, ctx, rs, name, code, r, first, g)
				}
			}
		}
	}

	ids, err := neo4jdb.OfficialIDs(ctx, db)
	if err != nil || len(ids) == 0 {
		t.Fatalf("official ids: %v, %v", ids, err)
	}
	for _, id := range append(ids, "XX:nobody") {
		for _, first := range []int{-1, 0, 1, 10} {
			requireOfficialFolded(t, ctx, rs, id, first)
		}
	}
}

func requireCountryFolded(t *testing.T, ctx context.Context, rs *neo4jdb.ReadStore, name, code string, r [2]attache.Date, first int, g attache.Granularity) {
	t.Helper()
	c, ps, ts, found, err := rs.CountryWithLists(ctx, code, first, r[0], r[1], g, r[0], r[1])
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	cs, err := rs.Countries(ctx, []string{code})
	if err != nil {
		t.Fatal(err)
	}
	want, ok := cs[code]
	if found != ok || c != want {
		t.Fatalf("%s: country %+v %v, want %+v %v", name, c, found, want, ok)
	}
	if !found {
		return
	}
	var wantPs []attache.Partner
	if first >= 0 {
		all, err := rs.Partners(ctx, []string{code}, r[0], r[1], first)
		if err != nil {
			t.Fatal(err)
		}
		wantPs = all[code]
	}
	var wantTs []attache.TimelineBucket
	if g != "" {
		if wantTs, err = rs.Timeline(ctx, code, g, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	if len(ps)+len(wantPs) > 0 && !reflect.DeepEqual(ps, wantPs) {
		t.Fatalf("%s: partners\ngot  %+v\nwant %+v", name, ps, wantPs)
	}
	if len(ts)+len(wantTs) > 0 && !reflect.DeepEqual(ts, wantTs) {
		t.Fatalf("%s: timeline\ngot  %+v\nwant %+v", name, ts, wantTs)
	}
}

func requireOfficialFolded(t *testing.T, ctx context.Context, rs *neo4jdb.ReadStore, id string, first int) {
	t.Helper()
	var firstArg *int
	if first >= 0 {
		firstArg = &first
	}
	o, cps, found, err := rs.OfficialWithCounterparts(ctx, id, firstArg)
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	// Selecting every field reads what the full projection reads.
	var every []string
	for _, f := range []string{"id", "name", "aliases", "title", "level", "organization", "country"} {
		every = append(every, f, "counterparts.official."+f)
	}
	so, scps, sfound, err := rs.OfficialWithCounterpartsSelected(ctx, id, firstArg, every)
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	if sfound != found || !reflect.DeepEqual(so, o) || !reflect.DeepEqual(scps, cps) {
		t.Fatalf("%s first %d: selected\ngot  %+v %+v %v\nwant %+v %+v %v", id, first, so, scps, sfound, o, cps, found)
	}
	os, err := rs.Officials(ctx, []string{id})
	if err != nil {
		t.Fatal(err)
	}
	want, ok := os[id]
	if found != ok || !reflect.DeepEqual(o, want) {
		t.Fatalf("%s: official %+v %v, want %+v %v", id, o, found, want, ok)
	}
	if !found || first < 0 {
		if len(cps) > 0 {
			t.Fatalf("%s: counterparts read though not asked for: %+v", id, cps)
		}
		return
	}
	all, err := rs.Counterparts(ctx, []string{id}, first)
	if err != nil {
		t.Fatal(err)
	}
	if len(cps)+len(all[id]) > 0 && !reflect.DeepEqual(cps, all[id]) {
		t.Fatalf("%s first %d: counterparts\ngot  %+v\nwant %+v", id, first, cps, all[id])
	}
}
