package main

import (
	"bytes"
	"strings"
	"testing"
)

// foldedQuestions are the side-by-side questions the fast path answers in
// one statement per request.
var foldedQuestions = map[string]bool{"officialsWhoMet": true, "meetings by two states and a year": true,
	"country partners and timeline": true, "official counterparts": true, "search": true}

// rootVariant is a question about one state or one official; folded tells
// whether the fast path answers it in exactly one statement (otherwise it
// is left to the generated executor, or asks two root fields).
type rootVariant struct {
	name   string
	query  string
	vars   func(key string) map[string]any
	folded bool
}

func keyVars(extra map[string]any) func(string) map[string]any {
	return func(k string) map[string]any {
		out := map[string]any{"k": k}
		for name, v := range extra {
			out[name] = v
		}
		return out
	}
}

var countryVariants = []rootVariant{
	{"country: everything, aliases, fragments, @include, __typename",
		`query C($k: ID!, $t: Boolean!) { __typename s: country(code: $k) { __typename ...on Country { code } n: name
		   p: partners(first: 5) { __typename country { __typename code name } meetingCount firstDate lastDate }
		   timeline(granularity: MONTH) @include(if: $t) { __typename period meetingCount } } }`,
		keyVars(map[string]any{"t": true}), true},
	{"country: timeline skipped, fragment spread",
		`query C($k: ID!, $t: Boolean!) { country(code: $k) { ...P timeline @skip(if: $t) { period } } }
		 fragment P on Country { name partners { meetingCount country { code } } }`,
		keyVars(map[string]any{"t": true}), true},
	{"country: plain fields only", `query C($k: ID!) { country(code: $k) { code name } }`, keyVars(nil), true},
	{"country: lists whose elements ask only for __typename",
		`query C($k: ID!) { country(code: $k) { partners { __typename } timeline { __typename } } }`, keyVars(nil), true},
	{"country: ranges known to the month read the aggregates",
		`query C($k: ID!) { country(code: $k) { partners(from: "2024-02", to: "2025", first: 50) { country { code } meetingCount firstDate lastDate }
		   timeline(granularity: MONTH, from: "2024", to: "2025-06") { period meetingCount } } }`, keyVars(nil), true},
	{"country: ranges bounded by the day read the meetings",
		`query C($k: ID!) { country(code: $k) { partners(from: "2024-03-05", to: "2025-06-30") { country { code } meetingCount firstDate lastDate }
		   timeline(granularity: MONTH, from: "2024-01-15") { period meetingCount } } }`, keyVars(nil), true},
	{"country: from a day only", `query C($k: ID!) { country(code: $k) { timeline(to: "2025-02-20") { period meetingCount } } }`, keyVars(nil), true},
	{"country: code in lower case",
		`query C($k: ID!) { country(code: $k) { code partners(first: 2) { country { name } } } }`,
		func(k string) map[string]any { return map[string]any{"k": " " + strings.ToLower(k) + " "} }, true},
	{"country: two aliases of partners (left to the generated executor)",
		`query C($k: ID!) { country(code: $k) { a: partners(first: 1) { meetingCount } b: partners(first: 3) { meetingCount } } }`, keyVars(nil), false},
	{"country: a list the fast path does not read (left to the generated executor)",
		`query C($k: ID!) { country(code: $k) { name leaders { id } partners { meetingCount } } }`, keyVars(nil), false},
	{"country: partners below a partner's country (left to the generated executor)",
		`query C($k: ID!) { country(code: $k) { partners(first: 2) { country { partners(first: 1) { meetingCount } } } } }`, keyVars(nil), false},
}

var officialVariants = []rootVariant{
	{"official: everything, aliases, fragments, __typename",
		`query O($k: ID!) { __typename o: official(id: $k) { __typename id name aliases title level organization country { code name }
		   ... on Official { cs: counterparts(first: 3) { __typename official { ...F } meetingCount firstDate lastDate } } } }
		 fragment F on Official { id name title level country { name } }`, keyVars(nil), true},
	{"official: counterparts skipped",
		`query O($k: ID!, $s: Boolean!) { official(id: $k) { name counterparts @skip(if: $s) { meetingCount } } }`,
		keyVars(map[string]any{"s": true}), true},
	{"official: counterparts included, default first",
		`query O($k: ID!, $s: Boolean!) { official(id: $k) { counterparts @include(if: $s) { meetingCount official { id } } } }`,
		keyVars(map[string]any{"s": true}), true},
	{"official: the same counterparts in two fragments, merged",
		`query O($k: ID!) { official(id: $k) { counterparts(first: 2) { meetingCount } ... on Official { counterparts(first: 2) { official { id } } } } }`,
		keyVars(nil), true},
	{"official: plain fields only", `query O($k: ID!) { official(id: $k) { id title } }`, keyVars(nil), true},
	{"official: a field with arguments the fast path does not read (left to the generated executor)",
		`query O($k: ID!) { official(id: $k) { name counterparts { meetingCount } mentions(first: 1) { evidence } } }`, keyVars(nil), false},
}

var searchVariants = []rootVariant{
	{"search: every plain field, aliases, fragments, __typename",
		`query S($k: String!) { __typename hits: search(text: $k, first: 4) { __typename k: kind ...H ... on SearchHit { score } } }
		 fragment H on SearchHit { id label }`, keyVars(nil), true},
	{"search: default first, @skip", `query S($k: String!, $s: Boolean!) { search(text: $k) { id score @skip(if: $s) } }`,
		keyVars(map[string]any{"s": true}), true},
	{"search: a prefix in upper case", `query S($k: String!) { search(text: $k, first: 3) { kind id label } }`,
		func(k string) map[string]any { return map[string]any{"k": strings.ToUpper(k[:min(3, len(k))])} }, true},
	{"search: two aliases", `query S($k: String!) { a: search(text: $k, first: 1) { id } b: search(text: $k, first: 2) { label } }`,
		keyVars(nil), false},
	{"search: a hit's node (left to the generated executor)",
		`query S($k: String!) { search(text: $k, first: 3) { id official { id name } country { code } } }`, keyVars(nil), false},
}

// rootBadArguments are questions whose answer is an error or null; the
// fast path leaves them all to the generated executor.
var rootBadArguments = []queryVariant{
	{"country: unknown code", `{ country(code: "QQ") { name partners { meetingCount } } }`, countryVars(nil)},
	{"country: by a name that is none", `{ country(code: "Atlantis of the Deep") { name timeline { period } } }`, countryVars(nil)},
	{"country: partners first negative", `query C($c: ID!) { country(code: $c) { partners(first: -1) { meetingCount } } }`, countryVars(nil)},
	{"country: timeline from after to", `query C($c: ID!) { country(code: $c) { timeline(from: "2020", to: "2019") { period } } }`, countryVars(nil)},
	{"country: partners a bad date", `query C($c: ID!, $d: Date) { country(code: $c) { partners(from: $d) { meetingCount } } }`,
		countryVars(map[string]any{"d": "2024-13-45"})},
	{"official: unknown id", `{ official(id: "XX:nobody at all") { name counterparts { meetingCount } } }`, countryVars(nil)},
	{"official: counterparts first too large", `{ official(id: "XX:nobody") { counterparts(first: 100000) { meetingCount } } }`, countryVars(nil)},
	{"search: empty text", `{ search(text: "  ") { id } }`, countryVars(nil)},
	{"search: first negative", `{ search(text: "minister", first: -2) { id } }`, countryVars(nil)},
	{"search: first too large", `{ search(text: "minister", first: 100000) { id score } }`, countryVars(nil)},
	{"search: failing with a non-null sibling", `query S($c: ID!) { search(text: "") { id } country(code: $c) { name } }`, countryVars(nil)},
}

// requireRootVariants asks the country and official variants for every
// state and official of the benchmark, and the bad arguments, of both
// servers: byte-equal answers, and one statement per folded request.
// attempts counts the requests the fast path tried to answer.
func requireRootVariants(t *testing.T, fast, generated *testAPI, p benchParams, attempts func() int64) {
	t.Helper()
	ask := func(vs []rootVariant, keys []string) {
		for _, v := range vs {
			fastBefore, generatedBefore, tried := fast.Statements.Load(), generated.Statements.Load(), attempts()
			for _, k := range keys {
				requireSameResponse(t, v.name, fast.URL, generated.URL, gqlBody(v.query, v.vars(k)))
			}
			f, g := fast.Statements.Load()-fastBefore, generated.Statements.Load()-generatedBefore
			// A variant the fast path never tried runs the generated
			// executor on both servers, whose loaders batch by a time
			// window: their counts may differ by a split batch.
			if f > g && attempts() > tried {
				t.Errorf("%s: %d statements on the fast path, %d through the generated executor", v.name, f, g)
			}
			if v.folded && f != int64(len(keys)) {
				t.Errorf("%s: %d statements on the fast path for %d requests, want one each", v.name, f, len(keys))
			}
		}
	}
	ask(countryVariants, p.countries)
	ask(officialVariants, p.officials)
	ask(searchVariants, p.words)
	for _, v := range rootBadArguments {
		resp := requireSameResponse(t, v.name, fast.URL, generated.URL, gqlBody(v.query, v.vars(p.countries[0])))
		if !bytes.Contains(resp, []byte(`"errors"`)) {
			t.Errorf("%s: no error in %s", v.name, resp)
		}
	}
}
