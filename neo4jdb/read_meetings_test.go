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
				requireParticipantsFolded(t, rs, f, order, p, want, wantN)
				if !want.HasNextPage {
					break
				}
				after = want.Edges[len(want.Edges)-1].Cursor
			}
		}
	}
}

// requireParticipantsFolded checks ListMeetingsCountedWithParticipants: the
// same page and count, and each meeting's participants as
// MeetingParticipants reads them (a meeting without any has an empty list).
func requireParticipantsFolded(t *testing.T, rs *neo4jdb.ReadStore, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs, want attache.Page[attache.MeetingView], wantN int) {
	t.Helper()
	ctx := context.Background()
	got, n, participants, err := rs.ListMeetingsCountedWithParticipants(ctx, f, order, p)
	if err != nil {
		t.Fatalf("%+v %s: %v", f, order, err)
	}
	if n != wantN || !reflect.DeepEqual(got, want) {
		t.Fatalf("with participants, %+v %s after %q:\ngot  %d %+v\nwant %d %+v", f, order, p.After, n, got, wantN, want)
	}
	ids := make([]string, len(want.Edges))
	for i, e := range want.Edges {
		ids[i] = e.Node.ID
	}
	separate, err := rs.MeetingParticipants(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		g, w := participants[id], separate[id]
		if len(g) == 0 && len(w) == 0 {
			continue
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%+v %s: participants of %s\ngot  %+v\nwant %+v", f, order, id, g, w)
		}
	}
	if len(participants) != len(ids) && f.Countries != nil {
		t.Errorf("%+v %s: participants for %d meetings of %d", f, order, len(participants), len(ids))
	}
	requireSelectedFolded(t, rs, f, order, p, want, wantN, separate)
}

// requireSelectedFolded checks ListMeetingsCountedSelected with every field
// it can read: the page, count and participants of the full projection,
// less the host and city it does not read.
func requireSelectedFolded(t *testing.T, rs *neo4jdb.ReadStore, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs,
	want attache.Page[attache.MeetingView], wantN int, participants map[string][]attache.OfficialView) {
	t.Helper()
	paths := []string{"id", "kind", "status", "date", "datePrecision", "countries", "participants"}
	for _, field := range []string{"id", "name", "aliases", "title", "level", "organization", "country"} {
		paths = append(paths, "participants."+field)
	}
	got, n, byMeeting, err := rs.ListMeetingsCountedSelected(context.Background(), f, order, p, paths)
	if err != nil {
		t.Fatalf("%+v %s: %v", f, order, err)
	}
	// A filter with no start clause falls back on the full projection.
	for _, page := range []attache.Page[attache.MeetingView]{want, got} {
		for i := range page.Edges {
			page.Edges[i].Node.City, page.Edges[i].Node.HostCode, page.Edges[i].Node.HostName = "", "", ""
		}
	}
	if n != wantN || !reflect.DeepEqual(got, want) {
		t.Fatalf("selected, %+v %s after %q:\ngot  %d %+v\nwant %d %+v", f, order, p.After, n, got, wantN, want)
	}
	for _, e := range want.Edges {
		g, w := byMeeting[e.Node.ID], participants[e.Node.ID]
		if (len(g) != 0 || len(w) != 0) && !reflect.DeepEqual(g, w) {
			t.Errorf("selected, %+v %s: participants of %s\ngot  %+v\nwant %+v", f, order, e.Node.ID, g, w)
		}
	}
}

// The countries filter starting from its first state checks only the
// others per meeting, and a year's lower bound seeks the date index once;
// the meetings found must be the same: repeated states, a state given
// twice, a year and a month as bounds, and a meeting dated by its year
// only (which a month's lower bound still overlaps).
func TestMeetingsByStatesAndDates(t *testing.T) {
	db := neo4jtest.Open(t)
	wipe(t, db)
	people := []attache.OfficialFact{
		official("Ali Sani", "NE", "Foreign Minister", attache.LevelMinister),
		official("Mara Kint", "PE", "Minister of Foreign Affairs", attache.LevelMinister),
		official("Ivo Dren", "BO", "Foreign Minister", attache.LevelMinister),
	}
	pair, three := []string{"Ali Sani", "Mara Kint"}, []string{"Ali Sani", "Mara Kint", "Ivo Dren"}
	save(t, db,
		article("s1", "2024-05-03", people, meeting(attache.KindTalks, attache.StatusHeld, "2024-05-02", pair, []string{"NE", "PE"})),
		article("s2", "2024-09-01", people, meeting(attache.KindCall, attache.StatusHeld, "2024", pair, []string{"NE", "PE"})),
		article("s3", "2023-02-10", people, meeting(attache.KindVisit, attache.StatusHeld, "2023-02-09", three, []string{"NE", "PE", "BO"})),
		article("s4", "2024-03-10", people, meeting(attache.KindVisit, attache.StatusHeld, "2024-03-09", []string{"Ivo Dren", "Ali Sani"}, []string{"NE", "BO"})),
	)
	rs := neo4jdb.NewReadStore(db, nil)
	for _, tc := range []struct {
		f    attache.MeetingFilter
		want int
	}{
		{attache.MeetingFilter{Countries: []string{"NE", "PE"}}, 3},
		{attache.MeetingFilter{Countries: []string{"NE", "NE"}}, 4},
		{attache.MeetingFilter{Countries: []string{"NE", "PE", "PE"}}, 3},
		{attache.MeetingFilter{Countries: []string{"PE", "NE", "BO"}}, 1},
		{attache.MeetingFilter{Countries: []string{"NE", "PE"}, From: "2024", To: "2024"}, 2},
		{attache.MeetingFilter{Countries: []string{"PE", "NE"}, From: "2024-05", To: "2024"}, 2},
		{attache.MeetingFilter{Countries: []string{"NE", "PE"}, From: "2024-05-03"}, 1},
		{attache.MeetingFilter{Countries: []string{"NE"}, From: "2023", To: "2023"}, 1},
		{attache.MeetingFilter{Countries: []string{"BO", "PE"}, From: "2024"}, 0},
	} {
		n, err := rs.CountMeetings(context.Background(), tc.f)
		if err != nil {
			t.Fatal(err)
		}
		_, counted, err := rs.ListMeetingsCounted(context.Background(), tc.f, attache.NewestFirst, attache.PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if n != tc.want || counted != tc.want {
			t.Errorf("%+v: %d and %d meetings, want %d", tc.f, n, counted, tc.want)
		}
	}
}
