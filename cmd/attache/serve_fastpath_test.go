package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// TestFastPathAnswersAsGenerated asks the same questions of two servers over
// one loaded graph, one with the fast path (graph/fastpath.go) and one with
// gqlgen's generated executor only, and requires byte-equal responses:
// every argument set of the side-by-side benchmark, then variants that use
// aliases, fragments, inline fragments, @skip/@include with variables,
// __typename, partial and wider selections, pagination with after cursors,
// several root fields, fields the fast path leaves to the generated
// executor, and bad arguments (whose errors the generated executor gives).
func TestFastPathAnswersAsGenerated(t *testing.T) {
	db := neo4jtest.Open(t)
	loadCLI(t, corpus(t, 400, 1)) // the graph to read; its load is not under test

	var answered, fellBack atomic.Int64
	fast := startAPI(t, db, func(o *apiOptions) {
		o.OnFastPath = func(ok bool) {
			if ok {
				answered.Add(1)
			} else {
				fellBack.Add(1)
			}
		}
	})
	generated := startAPI(t, db, func(o *apiOptions) { o.NoFastPath = true })

	p := benchParameters(t, fast)
	n := 0
	for _, q := range sideBySideQuestions(p) {
		fastBefore, generatedBefore, answeredBefore := fast.Statements.Load(), generated.Statements.Load(), answered.Load()
		for _, a := range q.args {
			requireSameResponse(t, q.name, fast.URL, generated.URL, a.attache)
			n++
		}
		// Every question of the benchmark is the fast path's to answer.
		if got := answered.Load() - answeredBefore; got != int64(len(q.args)) {
			t.Errorf("%s: the fast path answered %d of %d requests", q.name, got, len(q.args))
		}
		// The fast path must not cost more round trips than it saves, and
		// folds a state with its partners and timeline, and an official
		// with its counterparts, into one statement per request.
		f, g := fast.Statements.Load()-fastBefore, generated.Statements.Load()-generatedBefore
		if f > g {
			t.Errorf("%s: %d statements on the fast path, %d through the generated executor", q.name, f, g)
		}
		if foldedQuestions[q.name] && f != int64(len(q.args)) {
			t.Errorf("%s: %d statements on the fast path for %d requests, want one each", q.name, f, len(q.args))
		}
		t.Logf("%s: %d requests, %d statements on the fast path, %d through the generated executor", q.name, len(q.args), f, g)
	}
	t.Logf("%d argument sets of the side-by-side benchmark answered the same", n)
	if answered.Load() < int64(len(p.countries)+len(p.pairs)) {
		t.Errorf("the fast path answered %d of the %d officialsWhoMet and meetings questions", answered.Load(), len(p.countries)+len(p.pairs))
	}

	before := answered.Load()
	for _, c := range p.countries {
		for _, v := range whoMetVariants {
			requireSameResponse(t, v.name, fast.URL, generated.URL, gqlBody(v.query, v.vars(c)))
		}
		requireSamePages(t, fast.URL, generated.URL, pagedWhoMet, map[string]any{"c": c}, "officialsWhoMet")
	}
	for _, pr := range p.pairs {
		vars := map[string]any{"a": pr[0], "b": pr[1], "y": pr[2]}
		for _, v := range meetingsVariants {
			requireSameResponse(t, v.name, fast.URL, generated.URL, gqlBody(v.query, vars))
		}
		requireSamePages(t, fast.URL, generated.URL, pagedMeetings, vars, "meetings")
	}
	for _, v := range badArguments {
		resp := requireSameResponse(t, v.name, fast.URL, generated.URL, gqlBody(v.query, v.vars(p.countries[0])))
		if !bytes.Contains(resp, []byte(`"errors"`)) {
			t.Errorf("%s: no error in %s", v.name, resp)
		}
	}
	if answered.Load() == before {
		t.Error("the fast path answered none of the variants")
	}
	requireRootVariants(t, fast, generated, p, func() int64 { return answered.Load() + fellBack.Load() })
	t.Logf("fast path: %d answered, %d left to the generated executor", answered.Load(), fellBack.Load())
}

type queryVariant struct {
	name  string
	query string
	vars  func(country string) map[string]any
}

func countryVars(extra map[string]any) func(string) map[string]any {
	return func(c string) map[string]any {
		out := map[string]any{"c": c}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
}

const whoMetEverything = `
fragment Met on OfficialMet {
  __typename
  official { ... on Official { id name aliases title level organization country { __typename code name } } }
  counterparts { id level country { code } }
  meetingCount firstDate lastDate
  meetings { __typename id kind status date datePrecision participants { id name } countries { code name }
    reports @include(if: $reports) { start end evidence article { id title url outlet published __typename } } }
}`

var whoMetVariants = []queryVariant{
	{"whoMet: everything the fast path knows, fragments, @include and @skip",
		`query W($c: ID!, $reports: Boolean!, $count: Boolean!) { __typename w: officialsWhoMet(country: $c, first: 4) {
		   __typename total: totalCount @skip(if: $count) pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
		   edges { __typename cursor node { ...Met } } } }` + whoMetEverything,
		countryVars(map[string]any{"reports": true, "count": false})},
	{"whoMet: without reports, count skipped",
		`query W($c: ID!, $reports: Boolean!, $count: Boolean!) { officialsWhoMet(country: $c, leadersOnly: false) {
		   totalCount @skip(if: $count) edges { node { ...Met } } } }` + whoMetEverything,
		countryVars(map[string]any{"reports": false, "count": true})},
	{"whoMet: aliases, repeated fields merged, inline fragments, field order",
		`query W($c: ID!) { b: officialsWhoMet(country: $c, first: 2) { edges { n: node { lastDate x: meetingCount
		   official { name } ... on OfficialMet { official { id } meetings { date id } } } cursor } }
		   a: officialsWhoMet(country: $c, first: 1, from: "2000", to: "2030-12") { pageInfo { endCursor } } }`,
		countryVars(nil)},
	{"whoMet: lists whose elements ask only for __typename",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 3) { edges { node { counterparts { __typename }
		   meetings { __typename reports { __typename article { __typename } } } } } } }`, countryVars(nil)},
	{"whoMet: dates and precision without the meetings' ids",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 3) { edges { node { meetings { datePrecision } official { country { code } } } } } }`,
		countryVars(nil)},
	{"whoMet: partial selection",
		`query W($c: ID!) { officialsWhoMet(country: $c) { edges { node { meetingCount } } } }`, countryVars(nil)},
	{"whoMet and meetings in one query",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 2) { edges { node { official { id } } } }
		   meetings(filter: {countries: [$c]}, first: 3) { totalCount edges { node { id participants { name } } } } }`,
		countryVars(nil)},
	{"whoMet beside a field the fast path leaves to the generated executor",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 2) { edges { node { official { id } } } }
		   country(code: $c) { name leaders { id } } }`, countryVars(nil)},
	{"whoMet beside a country with its partners",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 2) { edges { node { official { id } } } }
		   country(code: $c) { name partners(first: 3) { meetingCount } } }`, countryVars(nil)},
	{"whoMet with a nested field that has arguments",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 2) { edges { node { official { id counterparts(first: 2) { meetingCount } } } } } }`,
		countryVars(nil)},
	{"whoMet with a field the fast path does not know",
		`query W($c: ID!) { officialsWhoMet(country: $c, first: 2) { edges { node { meetings { id host { code } location { city } } } } } }`,
		countryVars(nil)},
}

var meetingsVariants = []queryVariant{
	{"meetings: everything the fast path knows, oldest first",
		`query M($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$a, $b], from: $y, to: $y}, orderBy: DATE_ASC, first: 5) {
		   __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
		   edges { __typename cursor node { __typename id kind status date datePrecision
		     participants { id name aliases title level organization country { code name } }
		     countries { code name } reports { evidence start end article { id title url outlet published } } } } } }`, nil},
	{"meetings: without a count, aliased, fragment on the edge",
		`query M($a: ID!, $b: ID!, $y: Date) { m: meetings(filter: {countries: [$a], from: $y}, first: 7) {
		   e: edges { ...E } } } fragment E on MeetingEdge { node { i: id d: date } c: cursor }`, nil},
	{"meetings: participants' __typename only, a precision without its date",
		`query M($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$a, $b], to: $y}, first: 6) {
		   totalCount edges { node { datePrecision participants { __typename } } } } }`, nil},
	{"meetings: two aliases of the edges asking different fields of the participants",
		`query M($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$b, $a, $b], from: $y}, first: 4) {
		   totalCount a: edges { node { id participants { name } } } b: edges { cursor node { kind participants { title country { code } } } } } }`, nil},
	{"meetings and officialsWhoMet asking different fields of the same meetings' lists",
		`query M($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$a], anyCountry: [$b, $a], to: $y}, first: 5) {
		   totalCount edges { node { id participants { id } reports { evidence } } } }
		   officialsWhoMet(country: $a, first: 3) { edges { node { meetings { id participants { name title } reports { start article { title } } } } } } }`, nil},
	{"officialsWhoMet, then meetings, asking different fields of the same meetings' reports",
		`query M($a: ID!, $b: ID!, $y: Date) { officialsWhoMet(country: $a, first: 3) { edges { node { meetings { id reports { start } } } } }
		   meetings(filter: {countries: [$a], anyCountry: [$b, $a], to: $y}, first: 5) { totalCount edges { node { id reports { evidence article { url } } } } } }`, nil},
	{"meetings: any of two states",
		`query M($a: ID!, $b: ID!, $y: Date) { meetings(filter: {anyCountry: [$a, $b], to: $y}, first: 3) {
		   totalCount edges { node { id countries { code } } } } }`, nil},
}

var badArguments = []queryVariant{
	{"whoMet: first 0", `query W($c: ID!) { officialsWhoMet(country: $c, first: 0) { edges { cursor } } }`, countryVars(nil)},
	{"whoMet: first too large", `query W($c: ID!) { officialsWhoMet(country: $c, first: 100000) { edges { cursor } } }`, countryVars(nil)},
	{"whoMet: unknown country", `{ officialsWhoMet(country: "Atlantis of the Deep") { edges { cursor } } }`, countryVars(nil)},
	{"whoMet: from after to", `query W($c: ID!) { officialsWhoMet(country: $c, from: "2020", to: "2019") { edges { cursor } } }`, countryVars(nil)},
	{"whoMet: a cursor that is not one", `query W($c: ID!) { officialsWhoMet(country: $c, after: "not-a-cursor") { edges { cursor } } }`, countryVars(nil)},
	{"whoMet: a bad date in a variable", `query W($c: ID!, $d: Date) { officialsWhoMet(country: $c, from: $d) { edges { cursor } } }`,
		countryVars(map[string]any{"d": "2024-13-45"})},
	{"meetings: first negative", `{ meetings(first: -1) { edges { cursor } } }`, countryVars(nil)},
	{"meetings: from after to", `{ meetings(filter: {from: "2020", to: "2019"}) { edges { cursor } } }`, countryVars(nil)},
	{"meetings: a cursor of another list", `query W($c: ID!) { meetings(after: "b2ZmaWNpYWxz") { edges { cursor } } }`, countryVars(nil)},
}

const (
	pagedWhoMet = `query P($c: ID!, $after: String) { officialsWhoMet(country: $c, first: 2, after: $after) {
	  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { official { id } meetingCount } } } }`
	pagedMeetings = `query P($a: ID!, $b: ID!, $y: Date, $after: String) { meetings(filter: {countries: [$a]}, first: 3, after: $after) {
	  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date } } } }`
)

// requireSamePages follows endCursor for up to four pages, asking both
// servers each page.
func requireSamePages(t *testing.T, fastURL, generatedURL, query string, vars map[string]any, root string) {
	t.Helper()
	for page := 0; page < 4; page++ {
		resp := requireSameResponse(t, root+" page", fastURL, generatedURL, gqlBody(query, vars))
		var r struct {
			Data map[string]struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
		if err := json.Unmarshal(resp, &r); err != nil {
			t.Fatalf("%s page %d: %v", root, page, err)
		}
		info := r.Data[root].PageInfo
		if !info.HasNextPage || info.EndCursor == nil {
			return
		}
		next := map[string]any{"after": *info.EndCursor}
		for k, v := range vars {
			if k != "after" {
				next[k] = v
			}
		}
		vars = next
	}
}

// requireSameResponse posts body to both servers and fails unless the
// status and the bodies are byte-equal; it returns the body.
func requireSameResponse(t *testing.T, what, fastURL, generatedURL string, body []byte) []byte {
	t.Helper()
	fs, fb := postBytes(t, fastURL, body)
	gs, gb := postBytes(t, generatedURL, body)
	if fs != gs || !bytes.Equal(fb, gb) {
		t.Fatalf("%s: the fast path answered differently\nrequest:   %s\nfast:      %d %s\ngenerated: %d %s", what, body, fs, fb, gs, gb)
	}
	return fb
}

func postBytes(t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}
