package graph

import (
	"reflect"
	"testing"
)

// Bodies as clients send them (the side-by-side benchmark's five
// questions, an APQ request, GraphiQL's) and bodies that are not quite
// requests: the fuzz target's seeds, and the table of TestDecodeBody.
var bodySeeds = []string{
	`{"query":"query WhoMet($c: ID!) { officialsWhoMet(country: $c, first: 20) { edges { node { official { id name } meetingCount } } } }","variables":{"c":"NE"}}`,
	`{"query":"query Meetings($a: ID!, $b: ID!, $y: Date) { meetings(filter: {countries: [$a, $b], from: $y, to: $y}, first: 20) { totalCount edges { cursor node { id kind status date participants { name } countries { code } } } } }","variables":{"a":"NE","b":"ML","y":"2001"}}`,
	`{"query":"query Partners($c: ID!) { country(code: $c) { name partners(first: 20) { country { code name } meetingCount } timeline(granularity: YEAR) { period meetingCount } } }","variables":{"c":"NE"}}`,
	`{"query":"query Counterparts($id: ID!) { official(id: $id) { name counterparts(first: 10) { official { id name } meetingCount } } }","variables":{"id":"NE:ali sani"}}`,
	`{"query":"query Search($q: String!) { search(text: $q, first: 10) { kind id label score } }","variables":{"q":"Ali Sani"},"operationName":"Search"}`,
	`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}},"variables":{"first":3}}`,
	`{"query":"{ __typename }","variables":null,"operationName":null}`,
	`{"query":"{ a }","variables":{"n":1.50,"big":12345678901234567890,"neg":-0,"e":1e3,"nested":{"l":[1,"x",null,true]}}}`,
	` { "query" : "{ a }" , "other" : [1, {"x": "}"}] , "variables" : { } } `,
	`{"query":"{ \"escaped\" \u00e9 }"}`,
	`{"QUERY":"{ a }","OperationName":"A"}`,
	`{"query":"{ a }","query":"{ b }"}`,
	"{\"query\":\"\xff invalid utf-8\"}",
	`{"\u0071uery":"{ a }"}`,
	`{"query":"{ a }"} {"query":"{ b }"}`,
	`{"query":"{ a }"} x`,
	`{"query":1}`,
	`{"variables":[1]}`,
	`{"variables":"x"}`,
	`{"extensions":1}`,
	`[]`,
	`"query"`,
	`null`,
	``,
	`   `,
	`{"query":"{ a }"`,
	`{"query":"{ a }",}`,
	`{}`,
}

// decodeBody gives what encoding/json gave (decodeBodyReflect): the same
// params, the same errors.
func TestDecodeBody(t *testing.T) {
	for _, body := range bodySeeds {
		checkDecodeBody(t, []byte(body))
	}
	// The usual bodies take the fast way.
	for _, body := range bodySeeds[:9] {
		if _, ok := decodeBodyFast([]byte(body)); !ok {
			t.Errorf("%s: left to encoding/json", body)
		}
	}
}

func checkDecodeBody(t *testing.T, body []byte) {
	t.Helper()
	got, gotErr := decodeBody(body)
	want, wantErr := decodeBodyReflect(body)
	if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("%q: error %v, encoding/json's %v", body, gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: %#v, encoding/json's %#v", body, got, want)
	}
}

// go test ./graph -run '^$' -fuzz FuzzDecodeBody -fuzztime 60s
func FuzzDecodeBody(f *testing.F) {
	for _, body := range bodySeeds {
		f.Add([]byte(body))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkDecodeBody(t, body)
	})
}
