package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// The analysts' questions over HTTP against a server on the real Neo4j,
// loaded with the project's example articles through the loader.
func TestAPIEndToEndOnExamples(t *testing.T) {
	db := neo4jtest.Open(t)
	loadExamples(t, db)
	api := startAPI(t, db)

	t.Run("the Peru question, with evidence sentences", func(t *testing.T) {
		var data struct {
			OfficialsWhoMet struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Official     struct{ ID, Name string }
						Counterparts []struct{ Name, Title string }
						MeetingCount int
						FirstDate    string
						Meetings     []struct {
							Date    string
							Reports []struct {
								Evidence string
								Article  struct{ ID, URL string }
							}
						}
					}
				}
			}
		}
		api.mustData(t, peruQuery, nil, &data)
		res := data.OfficialsWhoMet
		if res.TotalCount == 0 || len(res.Edges) == 0 {
			t.Fatalf("nobody met Peru's leaders in 2005: %+v", res)
		}
		var rumsfeld bool
		for _, e := range res.Edges {
			n := e.Node
			if !strings.Contains(n.Official.Name, "Rumsfeld") {
				continue
			}
			rumsfeld = true
			names := ""
			for _, c := range n.Counterparts {
				names += c.Name + ";"
			}
			if !strings.Contains(names, "Toledo") {
				t.Errorf("Rumsfeld's counterparts %q lack Toledo", names)
			}
			if !strings.HasPrefix(n.FirstDate, "2005") || n.MeetingCount < 1 {
				t.Errorf("Rumsfeld met %d times from %q", n.MeetingCount, n.FirstDate)
			}
			evidence := 0
			for _, m := range n.Meetings {
				for _, r := range m.Reports {
					if r.Evidence != "" && r.Article.ID != "" {
						evidence++
					}
				}
			}
			if evidence == 0 {
				t.Errorf("no evidence sentence for Rumsfeld's meetings: %+v", n.Meetings)
			}
		}
		if !rumsfeld {
			t.Errorf("Rumsfeld is not among the officials who met Peru's leaders: %+v", res.Edges)
		}
	})

	t.Run("each query answers", func(t *testing.T) {
		for _, tt := range []struct{ name, query, want string }{
			{"meetings", `{ meetings(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind status date datePrecision location { city country { code } } participants { name } countries { code } host { code } issues { id } reports { evidence start end article { id } } } } } }`, `"kind":`},
			{"meetings by two countries and a year", `{ meetings(filter: {countries: ["US", "Peru"], from: "2005", to: "2005"}) { edges { node { id date countries { code } } } } }`, `"PE"`},
			{"meeting", `{ meeting(id: "meeting:PE-US:2005-08-18") { id participants { name } } }`, `Toledo`},
			{"official", `{ official(id: "PE:alejandro toledo") { name title level country { name } roles { title country { code } } counterparts { official { name } meetingCount } issues { issue { id } count } mentions(first: 1) { evidence article { title } } meetings { totalCount edges { node { id } } } } }`, `"Peru"`},
			{"officials", `{ officials(filter: {country: "PE", level: [HEAD_OF_STATE, MINISTER]}) { totalCount edges { node { name level } } } }`, `Toledo`},
			{"officials search", `{ officials(filter: {search: "rumsfeld"}) { edges { node { id name } } } }`, `Rumsfeld`},
			{"country by name", `{ country(code: "Peru") { code name leaders { name } officials { totalCount } meetings { totalCount } partners(from: "2005", to: "2005") { country { code } meetingCount firstDate lastDate } issues { issue { id } count } timeline(granularity: MONTH) { period meetingCount } officialsWhoMet { totalCount } } }`, `"code":"PE"`},
			{"country by code in lower case", `{ country(code: "us") { name } }`, `United States`},
			{"countries", `{ countries(first: 3) { totalCount pageInfo { hasNextPage } edges { node { code name } } } }`, `"hasNextPage":true`},
			{"issue", `{ issue(id: "defense-cooperation") { id label meetingCount articleCount meetings { edges { node { id } } } countries { code } officials { name } } }`, `defense-cooperation`},
			{"issues", `{ issues { id label meetingCount articleCount } }`, `"meetingCount"`},
			{"article", `{ article(id: "sample-002") { id title url outlet published meetings { id } officials { name } countries { code } issues { id } } }`, `Andean Dispatch`},
			{"articles", `{ articles(filter: {outlet: "Attaché Sample Wire", from: "2005"}, first: 2) { totalCount edges { node { id published } } } }`, `"totalCount"`},
			{"articles search", `{ articles(filter: {search: "Rumsfeld"}) { edges { node { id } } } }`, `sample-00`},
			{"search", `{ search(text: "toledo", first: 5) { kind id label score official { name } article { id } } }`, `"OFFICIAL"`},
			{"search prefix", `{ search(text: "Rumsf") { kind label } }`, `Rumsfeld`},
			{"connection", `{ connection(from: "US:donald rumsfeld", to: "PE:alejandro toledo") { hops steps { kind id label relationship official { name } meeting { date } country { code } } } }`, `"hops":2`},
			{"stats", `{ stats { nodes { type count } relationships { type count } } }`, `"Meeting"`},
			{"health", `{ health { ok neo4jVersion } }`, `"ok":true`},
		} {
			t.Run(tt.name, func(t *testing.T) {
				resp := api.post(t, tt.query, nil)
				if len(resp.Errors) > 0 {
					t.Fatalf("errors: %s", resp.Raw)
				}
				if !strings.Contains(resp.Raw, tt.want) {
					t.Errorf("response lacks %s:\n%s", tt.want, resp.Raw)
				}
			})
		}
	})

	t.Run("the explorer's queries", func(t *testing.T) {
		// The queries of web/src/api.js, which the explorer sends as they are.
		const official = `id name title level organization aliases country { code name }`
		const meeting = `id kind status date datePrecision location { city country { code name } } host { code name }
			participants { ` + official + ` } countries { code name } issues { id label }
			reports { evidence article { id title url outlet published } }`
		for _, tt := range []struct {
			name, query string
			vars        map[string]any
		}{
			{"Search", `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { kind id label score official { id title country { code name } } country { code name } issue { id label } article { id title published } } }`, map[string]any{"text": "peru", "first": 8}},
			{"Meetings", `query Meetings($filter: MeetingFilter, $first: Int) { meetings(filter: $filter, first: $first) { totalCount edges { node { ` + meeting + ` } } } }`, map[string]any{"filter": map[string]any{"countries": []string{"PE"}, "kind": []string{"TALKS"}, "from": "2005"}, "first": 50}},
			{"Meeting", `query Meeting($id: ID!) { meeting(id: $id) { ` + meeting + ` } }`, map[string]any{"id": "meeting:PE-US:2005-08-18"}},
			{"Article", `query Article($id: ID!) { article(id: $id) { id title url outlet published meetings { ` + meeting + ` } } }`, map[string]any{"id": "sample-001"}},
			{"Official", `query Official($id: ID!) { official(id: $id) { ` + official + ` roles { title level firstSeen lastSeen country { code name } } counterparts(first: 10) { meetingCount firstDate lastDate official { id name country { code name } } } issues(first: 10) { count issue { id label } } } }`, map[string]any{"id": "PE:alejandro toledo"}},
			{"Country", `query Country($code: ID!, $granularity: Granularity, $from: Date, $to: Date) { country(code: $code) { code name leaders { ` + official + ` } partners(from: $from, to: $to, first: 15) { meetingCount firstDate lastDate country { code name } } timeline(granularity: $granularity, from: $from, to: $to) { period meetingCount } officialsWhoMet(from: $from, to: $to, first: 15) { edges { node { meetingCount firstDate lastDate official { ` + official + ` } counterparts { id name } } } } } }`, map[string]any{"code": "PE", "granularity": "YEAR"}},
			{"Issue", `query Issue($id: ID!) { issue(id: $id) { id label description meetingCount articleCount } }`, map[string]any{"id": "counternarcotics"}},
			{"Issues", `query Issues { issues { id label meetingCount } }`, nil},
			{"Connection", `query Connection($from: ID!, $to: ID!) { connection(from: $from, to: $to) { hops steps { kind id label relationship official { ` + official + ` } meeting { ` + meeting + ` } country { code name } } } }`, map[string]any{"from": "US:donald rumsfeld", "to": "PE:alejandro toledo"}},
		} {
			before := api.Statements.Load()
			resp := api.post(t, tt.query, tt.vars)
			if len(resp.Errors) > 0 || !strings.Contains(resp.Raw, `"data":{"`) {
				t.Errorf("%s: %s", tt.name, resp.Raw)
			}
			t.Logf("%s: %d statements", tt.name, api.Statements.Load()-before)
		}
	})

	t.Run("HTTP surface", func(t *testing.T) {
		for _, tt := range []struct {
			method, path string
			headers      []string
			status       int
			want         string
		}{
			{"GET", "/healthz", nil, 200, `"version"`},
			{"GET", "/readyz", nil, 200, `"ok":true`},
			{"GET", "/metrics", nil, 200, "attache_neo4j_query_duration_seconds"},
			{"GET", "/graphql", nil, 200, "<html"},
			{"GET", "/", nil, 200, "<html"},
		} {
			req, _ := http.NewRequest(tt.method, api.URL+tt.path, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.Contains(strings.ToLower(string(body)), strings.ToLower(tt.want)) {
				t.Errorf("%s %s: %d, want %d with %q:\n%.300s", tt.method, tt.path, resp.StatusCode, tt.status, tt.want, body)
			}
		}
	})

	t.Run("metrics count operations", func(t *testing.T) {
		api.post(t, `query PeruQuestion { country(code: "PE") { name } }`, nil)
		resp, err := http.Get(api.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{`attache_graphql_requests_total{operation="PeruQuestion",outcome="ok"} 1`, `attache_graphql_request_duration_seconds_bucket{operation="PeruQuestion"`} {
			if !strings.Contains(string(body), want) {
				t.Errorf("metrics lack %s", want)
			}
		}
	})
}

// peruQuery is the question of the README: which officials met with Peru's
// leaders in 2005, and what says so.
const peruQuery = `{
  officialsWhoMet(country: "Peru", from: "2005", to: "2005") {
    totalCount
    edges {
      node {
        official { id name title country { name } }
        counterparts { name title }
        meetingCount
        firstDate
        lastDate
        meetings {
          kind
          status
          date
          location { city }
          reports { evidence article { id title url outlet } }
        }
      }
    }
  }
}`
