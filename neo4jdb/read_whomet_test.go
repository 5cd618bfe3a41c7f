package neo4jdb_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// MeetingOrder documents undated meetings last; an OfficialMet's meetings
// are newest first, and a meeting without a date comes after every dated
// one (ORDER BY … DESC alone would put it first: nulls sort high).
func TestOfficialsWhoMetListsUndatedMeetingsLast(t *testing.T) {
	db := neo4jtest.Open(t)
	wipe(t, db)
	people := []attache.OfficialFact{
		official("Lina Parov", "US", "Secretary of State", attache.LevelMinister),
		official("Tomas Erlan", "CL", "Minister of Foreign Affairs", attache.LevelMinister),
	}
	pair := []string{"Lina Parov", "Tomas Erlan"}
	// Three classes (talks, call, visit), so the undated call cannot be
	// clustered into a dated meeting.
	save(t, db,
		article("w1", "2024-05-03", people, meeting(attache.KindTalks, attache.StatusHeld, "2024-05-02", pair, []string{"US", "CL"})),
		article("w2", "2024-06-01", people, meeting(attache.KindCall, attache.StatusHeld, "", pair, []string{"US", "CL"})),
		article("w3", "2023-02-10", people, meeting(attache.KindVisit, attache.StatusHeld, "2023-02-09", pair, []string{"US", "CL"})),
	)
	page, err := neo4jdb.NewReadStore(db, nil).OfficialsWhoMet(context.Background(), attache.WhoMetQuery{Country: "US"}, attache.PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Edges) != 1 {
		t.Fatalf("got %d officials who met the US, want 1: %+v", len(page.Edges), page.Edges)
	}
	var dates []attache.Date
	for _, m := range page.Edges[0].Node.Meetings {
		dates = append(dates, m.Date)
	}
	want := []attache.Date{"2024-05-02", "2023-02-09", ""}
	if len(dates) != len(want) {
		t.Fatalf("meeting dates %q, want %q", dates, want)
	}
	for i := range want {
		if dates[i] != want[i] {
			t.Fatalf("meeting dates %q, want %q (undated last)", dates, want)
		}
	}
}

// OfficialsWhoMetWithReports reads each meeting's reports in the same
// statement; they must be what MeetingReports reads, and the page that of
// OfficialsWhoMet.
func TestOfficialsWhoMetWithReportsIsWhoMetAndReports(t *testing.T) {
	db := neo4jtest.Open(t)
	wipe(t, db)
	save(t, db, corpus()...)
	rs := neo4jdb.NewReadStore(db, nil)
	ctx := context.Background()
	for _, q := range []attache.WhoMetQuery{{Country: "US"}, {Country: "CL"}, {Country: "GB", LeadersOnly: true}, {Country: "US", From: "2024-04"}} {
		want, err := rs.OfficialsWhoMet(ctx, q, attache.PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		got, reports, err := rs.OfficialsWhoMetWithReports(ctx, q, attache.PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%+v: page\ngot  %+v\nwant %+v", q, got, want)
		}
		var ids []string
		for _, e := range want.Edges {
			for _, m := range e.Node.Meetings {
				ids = append(ids, m.ID)
			}
		}
		wantReports, err := rs.MeetingReports(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) > 0 && len(wantReports) == 0 {
			t.Fatalf("%+v: no reports to compare", q)
		}
		if !reflect.DeepEqual(reports, wantReports) {
			t.Fatalf("%+v: reports\ngot  %+v\nwant %+v", q, reports, wantReports)
		}
	}
}
