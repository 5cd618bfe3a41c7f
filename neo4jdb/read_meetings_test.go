package neo4jdb_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// ListMeetingsCounted evaluates a filter once for the page and the count;
// its answer must be that of ListMeetings and CountMeetings, page by page,
// in both orders, for filters that start from an index and for none.
func TestListMeetingsCountedIsListAndCount(t *testing.T) {
	db := neo4jtest.Open(t)
	wipe(t, db)
	save(t, db, corpus()...)
	people := []attache.OfficialFact{
		official("Lina Parov", "US", "Secretary of State", attache.LevelMinister),
		official("Tomas Erlan", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}
	pair := []string{"Lina Parov", "Tomas Erlan"}
	save(t, db,
		article("w1", "2024-05-03", people, meeting(attache.KindTalks, attache.StatusHeld, "2024-05-02", pair, []string{"US", "CL"})),
		article("w2", "2024-06-01", people, meeting(attache.KindCall, attache.StatusHeld, "", pair, []string{"US", "CL"})),
		article("w3", "2023-02-10", people, meeting(attache.KindVisit, attache.StatusHeld, "2023-02-09", pair, []string{"US", "CL"})),
	)
	rs := neo4jdb.NewReadStore(db, nil)
	ctx := context.Background()
	for _, f := range []attache.MeetingFilter{
		{Countries: []string{"US", "CL"}},
		{Countries: []string{"CL", "US"}, From: "2024", To: "2024"},
		{Countries: []string{"US"}, Kinds: []attache.MeetingKind{attache.KindCall}},
		{Official: "US:lina parov"},
		{AnyCountry: []string{"GB", "CL"}},
		{Countries: []string{"US", "FR"}},
		{}, // no start clause: the two statements
	} {
		for _, order := range []attache.MeetingOrder{attache.NewestFirst, attache.OldestFirst} {
			wantN, err := rs.CountMeetings(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			after := ""
			for pages := 0; pages < 10; pages++ {
				p := attache.PageArgs{First: 2, After: after}
				want, err := rs.ListMeetings(ctx, f, order, p)
				if err != nil {
					t.Fatal(err)
				}
				got, n, err := rs.ListMeetingsCounted(ctx, f, order, p)
				if err != nil {
					t.Fatalf("%+v %s: %v", f, order, err)
				}
				if n != wantN || !reflect.DeepEqual(got, want) {
					t.Fatalf("%+v %s after %q:\ngot  %d %+v\nwant %d %+v", f, order, after, n, got, wantN, want)
				}
				if !want.HasNextPage {
					break
				}
				after = want.Edges[len(want.Edges)-1].Cursor
			}
		}
	}
}
