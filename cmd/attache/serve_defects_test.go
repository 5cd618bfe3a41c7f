package main

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// Search text is bounded before Lucene sees it: a word of 1,500 letters
// was an internal error ("input automaton is too large").
func TestLongSearchIsBadUserInput(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("s1", "2010-01-01", "PE", "US"))
	api := startAPI(t, db)
	word := strings.Repeat("a", 1500)
	for _, q := range []string{
		`query($s: String!) { search(text: $s) { id } }`,
		`query($s: String) { officials(filter: {search: $s}) { totalCount } }`,
		`query($s: String) { articles(filter: {search: $s}) { totalCount } }`,
	} {
		resp := api.post(t, q, map[string]any{"s": word})
		if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID || !strings.Contains(resp.Errors[0].Message, "the limit is 200") {
			t.Errorf("%s with 1,500 letters: %.300s", q, resp.Raw)
		}
		t.Logf("%.200s", resp.Raw)
		// Just under the bound, one long word is an ordinary search.
		if resp := api.post(t, q, map[string]any{"s": strings.Repeat("b", 200)}); len(resp.Errors) > 0 {
			t.Errorf("%s with a word of 200 letters: %.300s", q, resp.Raw)
		}
	}
}

// An official's connection to themselves has no hops; Neo4j's shortestPath
// refused it and the API answered INTERNAL.
func TestConnectionToThemselvesIsZeroHops(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, engagement("c1", "2010-01-01", "PE", "US"))
	api := startAPI(t, db)
	var got struct {
		Connection struct {
			Hops  int
			Steps []struct{ Kind, ID, Label string }
		}
	}
	api.mustData(t, `{ connection(from: "PE:leader pe", to: "PE:leader pe") { hops steps { kind id label } } }`, nil, &got)
	c := got.Connection
	if c.Hops != 0 || len(c.Steps) != 1 || c.Steps[0].ID != "PE:leader pe" || c.Steps[0].Kind != "OFFICIAL" || c.Steps[0].Label != "Leader PE" {
		t.Errorf("connection to themselves = %+v, want zero hops and the official", c)
	}
	resp := api.post(t, `{ connection(from: "XX:nobody", to: "XX:nobody") { hops } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.ENOTFOUND {
		t.Errorf("connection of an unknown official to themselves: %s", resp.Raw)
	}
}

// A NOT_FOUND message quotes the start of the id, not all 40 KB of it.
func TestNotFoundMessagesAreShort(t *testing.T) {
	db := neo4jtest.Open(t)
	api := startAPI(t, db)
	id := strings.Repeat("x", 40<<10)
	for _, q := range []string{
		`query($s: ID!) { official(id: $s) { id } }`,
		`query($s: ID!) { meeting(id: $s) { id } }`,
		`query($s: ID!) { issue(id: $s) { id } }`,
		`query($s: ID!) { article(id: $s) { id } }`,
		`query($s: ID!) { country(code: $s) { code } }`,
		`query($s: ID!) { connection(from: $s, to: $s) { hops } }`,
	} {
		resp := api.post(t, q, map[string]any{"s": id})
		if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.ENOTFOUND {
			t.Errorf("%s: %.300s", q, resp.Raw)
			continue
		}
		if len(resp.Raw) > 400 {
			t.Errorf("%s: a %d-byte answer for a %d-byte id: %.300s", q, len(resp.Raw), len(id), resp.Raw)
		}
		t.Logf("%s", resp.Raw)
	}
}

// With --auth read GraphiQL and the explorer need the token like the API;
// --graphiql=false and --introspection=false turn those off.
func TestAuthReadClosesPagesAndFlagsTurnThemOff(t *testing.T) {
	db := neo4jtest.Open(t)
	const token = "s3cret-token"
	get := func(url string, headers ...string) int {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		for i := 0; i+1 < len(headers); i += 2 {
			req.Header.Set(headers[i], headers[i+1])
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	closed := startAPI(t, db, func(o *apiOptions) { o.Token, o.Auth = token, authRead })
	for _, page := range []string{"/graphql", "/"} {
		if code := get(closed.URL + page); code != http.StatusUnauthorized {
			t.Errorf("--auth read: GET %s without the token answers %d", page, code)
		}
		if code := get(closed.URL+page, "Authorization", "Bearer "+token); code != http.StatusOK {
			t.Errorf("--auth read: GET %s with the token answers %d", page, code)
		}
	}
	for _, probe := range []string{"/healthz", "/metrics"} {
		if code := get(closed.URL + probe); code != http.StatusOK {
			t.Errorf("--auth read: GET %s answers %d, want the probe open", probe, code)
		}
	}

	open := startAPI(t, db)
	if code := get(open.URL + "/graphql"); code != http.StatusOK {
		t.Errorf("GraphiQL by default: %d", code)
	}
	const introspection = `{ __schema { queryType { name } } }`
	if resp := open.post(t, introspection, nil); len(resp.Errors) > 0 {
		t.Errorf("introspection by default: %s", resp.Raw)
	}
	off := startAPI(t, db, func(o *apiOptions) { o.NoGraphiQL, o.Limits.NoIntrospection = true, true })
	if code := get(off.URL + "/graphql"); code != http.StatusNotFound {
		t.Errorf("--graphiql=false: GET /graphql answers %d", code)
	}
	for _, q := range []string{introspection, `{ __type(name: "Meeting") { name } }`, `{ ... on Query { __schema { types { name } } } }`} {
		resp := off.post(t, q, nil)
		if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID || !strings.Contains(resp.Errors[0].Message, "introspection") {
			t.Errorf("--introspection=false: %s answers %s", q, resp.Raw)
		}
	}
	if resp := off.post(t, `{ __typename stats { nodes { type } } }`, nil); len(resp.Errors) > 0 {
		t.Errorf("--introspection=false refuses an ordinary query: %s", resp.Raw)
	}
}

// The listening server bounds slow and idle connections, and `serve
// --help` documents the new flags.
func TestServeBoundsConnectionsAndDocumentsFlags(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), graph.DefaultLimits)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout < graph.DefaultLimits.Timeout || srv.IdleTimeout <= 0 || srv.MaxHeaderBytes <= 0 {
		t.Errorf("server without bounds: header %s, read %s, idle %s, header bytes %d",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.IdleTimeout, srv.MaxHeaderBytes)
	}
	code, stdout, stderr := run(t, context.Background(), nil, "serve", "--help")
	for _, flag := range []string{"--introspection", "--graphiql", "--max-body", "--max-tokens", "--max-fields"} {
		if !strings.Contains(stdout+stderr, flag) {
			t.Errorf("serve --help (exit %d) does not mention %s", code, flag)
		}
	}
}

// A cursor works only in the list (and filter and order) that gave it out;
// one from another list, or crafted, is BAD_USER_INPUT instead of a page
// from some arbitrary position.
func TestCursorsBelongToTheirList(t *testing.T) {
	db := neo4jtest.Open(t)
	for i, p := range []string{"FR", "DE", "IT"} {
		save(t, db, engagement("k"+p, "2010-0"+string(rune('1'+i))+"-10", "PE", p))
	}
	api := startAPI(t, db)
	endCursor := func(q string) string {
		var data map[string]struct{ PageInfo struct{ EndCursor string } }
		api.mustData(t, q, nil, &data)
		for _, v := range data {
			return v.PageInfo.EndCursor
		}
		return ""
	}
	meetings := endCursor(`{ meetings(first: 1) { pageInfo { endCursor } } }`)
	officials := endCursor(`{ officials(first: 1) { pageInfo { endCursor } } }`)
	countries := endCursor(`{ countries(first: 1) { pageInfo { endCursor } } }`)
	filtered := endCursor(`{ meetings(first: 1, filter: {anyCountry: ["FR"]}) { pageInfo { endCursor } } }`)
	// What a cursor looked like before it carried its list: two strings.
	crafted := "WyJ6enoiLCJ6enoiXQ" // ["zzz","zzz"]

	for _, tt := range []struct {
		name, query, cursor string
		ok                  bool
	}{
		{"own list", `query($c: String) { meetings(first: 1, after: $c) { totalCount } }`, meetings, true},
		{"meetings cursor in officials", `query($c: String) { officials(after: $c) { totalCount } }`, meetings, false},
		{"officials cursor in countries", `query($c: String) { countries(after: $c) { totalCount } }`, officials, false},
		{"countries cursor in articles", `query($c: String) { articles(after: $c) { totalCount } }`, countries, false},
		{"meetings cursor in a country's meetings", `query($c: String) { country(code: "PE") { meetings(after: $c) { totalCount } } }`, meetings, false},
		{"another filter", `query($c: String) { meetings(after: $c, filter: {anyCountry: ["DE"]}) { totalCount } }`, filtered, false},
		{"another order", `query($c: String) { meetings(after: $c, orderBy: DATE_ASC) { totalCount } }`, meetings, false},
		{"crafted", `query($c: String) { officials(after: $c) { totalCount } }`, crafted, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp := api.post(t, tt.query, map[string]any{"c": tt.cursor})
			if tt.ok {
				if len(resp.Errors) > 0 {
					t.Errorf("refused: %s", resp.Raw)
				}
				return
			}
			if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID || !strings.Contains(resp.Errors[0].Message, "cursor") {
				t.Errorf("want BAD_USER_INPUT about the cursor, got %s", resp.Raw)
			}
		})
	}
}

// A meeting filter names at most 50 countries: each name is a lookup, and
// a list of thousands ran thousands of statements until the timeout.
func TestMeetingFilterNamesFewCountries(t *testing.T) {
	db := neo4jtest.Open(t)
	loadExamples(t, db) // states with their names
	api := startAPI(t, db)
	names := make([]string, 3000)
	for i := range names {
		names[i] = "Peru"
	}
	if resp := api.post(t, `query($c: [ID!]) { meetings(filter: {anyCountry: $c}) { totalCount } }`, map[string]any{"c": names[:50]}); len(resp.Errors) > 0 {
		t.Errorf("50 country names: %.300s", resp.Raw)
	}
	before := api.Statements.Load()
	resp := api.post(t, `query($c: [ID!]) { meetings(filter: {anyCountry: $c}) { totalCount } }`, map[string]any{"c": names})
	if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EINVALID || !strings.Contains(resp.Errors[0].Message, "the limit is 50") {
		t.Errorf("3,000 country names: %.300s", resp.Raw)
	}
	if n := api.Statements.Load() - before; n > 0 {
		t.Errorf("3,000 country names ran %d statements", n)
	}
}
