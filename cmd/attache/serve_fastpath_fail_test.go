package main

import (
	"bytes"
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// failingRead is the store whose reads of the five side-by-side questions
// fail (as a Neo4j error or a timeout reaches the resolvers), counting
// every failed trip; everything else reads the graph.
type failingRead struct {
	*neo4jdb.ReadStore
	err   error
	trips *atomic.Int64
}

func (f failingRead) fail() error {
	f.trips.Add(1)
	return f.err
}

func (f failingRead) OfficialsWhoMet(context.Context, attache.WhoMetQuery, attache.PageArgs) (attache.Page[attache.OfficialMet], error) {
	return attache.Page[attache.OfficialMet]{}, f.fail()
}

func (f failingRead) OfficialsWhoMetWithReports(context.Context, attache.WhoMetQuery, attache.PageArgs) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	return attache.Page[attache.OfficialMet]{}, nil, f.fail()
}

func (f failingRead) OfficialsWhoMetSelected(context.Context, attache.WhoMetQuery, attache.PageArgs, []string) (attache.Page[attache.OfficialMet], map[string][]attache.Report, error) {
	return attache.Page[attache.OfficialMet]{}, nil, f.fail()
}

func (f failingRead) ListMeetingsCountedWithParticipants(context.Context, attache.MeetingFilter, attache.MeetingOrder, attache.PageArgs) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	return attache.Page[attache.MeetingView]{}, 0, nil, f.fail()
}

func (f failingRead) ListMeetingsCountedSelected(context.Context, attache.MeetingFilter, attache.MeetingOrder, attache.PageArgs, []string) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	return attache.Page[attache.MeetingView]{}, 0, nil, f.fail()
}

func (f failingRead) Countries(context.Context, []string) (map[string]attache.Country, error) {
	return nil, f.fail()
}

func (f failingRead) CountryWithLists(context.Context, string, int, attache.Date, attache.Date, attache.Granularity, attache.Date, attache.Date) (attache.Country, []attache.Partner, []attache.TimelineBucket, bool, error) {
	return attache.Country{}, nil, nil, false, f.fail()
}

func (f failingRead) Officials(context.Context, []string) (map[string]attache.OfficialView, error) {
	return nil, f.fail()
}

func (f failingRead) OfficialWithCounterparts(context.Context, string, *int) (attache.OfficialView, []attache.Counterpart, bool, error) {
	return attache.OfficialView{}, nil, false, f.fail()
}

func (f failingRead) OfficialWithCounterpartsSelected(context.Context, string, *int, []string) (attache.OfficialView, []attache.Counterpart, bool, error) {
	return attache.OfficialView{}, nil, false, f.fail()
}

// A fast-path request whose store read fails is answered once, with the
// error the generated executor gives (byte-equal), not asked again of the
// generated executor; an unknown code, id or name costs one statement; a
// state named by its name is answered on the fast path.
func TestFastPathAnswersFailuresOnce(t *testing.T) {
	db := neo4jtest.Open(t)
	loadCLI(t, corpus(t, 400, 1)) // the graph to read; its load is not under test
	healthy := startAPI(t, db)
	p := benchParameters(t, healthy)
	questions := sideBySideQuestions(p)

	for _, failure := range []error{
		&attache.Error{Code: attache.EINTERNAL, Message: "Neo4j failed", Err: context.Canceled},
		&attache.Error{Code: attache.ETIMEOUT, Message: "the query took too long", Err: context.DeadlineExceeded},
	} {
		var fastTrips, generatedTrips atomic.Int64
		var answered atomic.Int64
		fast := startAPI(t, db, func(o *apiOptions) {
			o.Read = failingRead{ReadStore: o.Read.(*neo4jdb.ReadStore), err: failure, trips: &fastTrips}
			o.OnFastPath = func(ok bool) {
				if ok {
					answered.Add(1)
				}
			}
		})
		generated := startAPI(t, db, func(o *apiOptions) {
			o.Read = failingRead{ReadStore: o.Read.(*neo4jdb.ReadStore), err: failure, trips: &generatedTrips}
			o.NoFastPath = true
		})
		for _, q := range questions[:4] { // search reads no node
			fastTrips.Store(0)
			answered.Store(0)
			for _, a := range q.args[:5] {
				resp := requireSameResponse(t, q.name, fast.URL, generated.URL, a.attache)
				if !bytes.Contains(resp, []byte(`"errors"`)) {
					t.Fatalf("%s: no error in %s", q.name, resp)
				}
			}
			if n := fastTrips.Load(); n != 5 {
				t.Errorf("%v, %s: %d failed store trips on the fast path for 5 requests, want one each", failure, q.name, n)
			}
			if n := answered.Load(); n != 5 {
				t.Errorf("%v, %s: the fast path answered %d of 5 failures itself", failure, q.name, n)
			}
		}
	}

	generated := startAPI(t, db, func(o *apiOptions) { o.NoFastPath = true })
	name := countryName(t, healthy, p.countries[0])
	for _, v := range []struct {
		name, query string
		vars        map[string]any
		statements  int64
	}{
		{"unknown code", `{ country(code: "QQ") { name partners { meetingCount } } }`, nil, 1},
		{"unknown code beside __typename", `{ __typename c: country(code: "qq") { code } }`, nil, 1},
		{"unknown id", `{ official(id: "XX:nobody at all") { name counterparts { meetingCount } } }`, nil, 1},
		{"a name that is none", `{ country(code: "Atlantis of the Deep") { name timeline { period } } }`, nil, 1},
		{"a state by its name, plain fields", `query C($n: ID!) { country(code: $n) { code name } }`, map[string]any{"n": name}, 1},
		// The lexicon's aliases know the generated states' names: no
		// statement resolves them.
		{"a state by its name, with its lists", `query C($n: ID!) { country(code: $n) { name partners(first: 3) { meetingCount country { code } } timeline { period meetingCount } } }`,
			map[string]any{"n": name}, 1},
		{"an unknown id and a known state", `query C($c: ID!) { official(id: "XX:nobody") { name } country(code: $c) { name } }`,
			map[string]any{"c": p.countries[0]}, 2},
		{"meetings of an unknown state", `{ meetings(filter: {countries: ["Atlantis of the Deep"]}) { totalCount } }`, nil, 1},
	} {
		before := healthy.Statements.Load()
		requireSameResponse(t, v.name, healthy.URL, generated.URL, gqlBody(v.query, v.vars))
		if n := healthy.Statements.Load() - before; n != v.statements {
			t.Errorf("%s: %d statements on the fast path, want %d", v.name, n, v.statements)
		}
	}
}

// countryName is the name of the state with code code, as the API gives it.
func countryName(t *testing.T, api *testAPI, code string) string {
	t.Helper()
	r := api.post(t, `query C($c: ID!) { country(code: $c) { name } }`, map[string]any{"c": code})
	var data struct{ Country struct{ Name string } }
	if err := json.Unmarshal(r.Data, &data); err != nil || data.Country.Name == "" || data.Country.Name == code {
		t.Fatalf("no name for %s: %s", code, r.Raw)
	}
	return data.Country.Name
}
