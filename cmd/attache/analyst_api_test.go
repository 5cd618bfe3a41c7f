package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// Meetings dated by year or month match every range they overlap, in each
// place the API takes a range; a range that ends before it starts is an
// error, not an empty answer.
func TestPartialDatesMatchTheRangesTheyOverlap(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db,
		engagement("year", "2005", "PE", "FR"),
		engagement("month", "2005-11", "PE", "DE"),
		engagement("day", "2005-11-20", "PE", "IT"),
		engagement("before", "2005-10-31", "PE", "ES"),
		engagement("after", "2005-12-01", "PE", "BR"),
	)
	api := startAPI(t, db)
	const want = "DE,FR,IT"
	vars := map[string]any{"from": "2005-11-01", "to": "2005-11-30"}

	var list struct {
		Meetings struct {
			Edges []struct {
				Node struct{ Countries []struct{ Code string } }
			}
		}
	}
	api.mustData(t, `query($from: Date, $to: Date) { meetings(first: 50, filter: {anyCountry: ["PE"], from: $from, to: $to}) { edges { node { countries { code } } } } }`, vars, &list)
	var got []string
	for _, e := range list.Meetings.Edges {
		for _, c := range e.Node.Countries {
			if c.Code != "PE" {
				got = append(got, c.Code)
			}
		}
	}
	slices.Sort(got)
	if strings.Join(got, ",") != want {
		t.Errorf("meetings in November 2005: partners %v, want %s", got, want)
	}

	var partners struct {
		Country struct {
			Partners []struct{ Country struct{ Code string } }
			Timeline []struct {
				Period       string
				MeetingCount int
			}
		}
	}
	api.mustData(t, `query($from: Date, $to: Date) { country(code: "PE") { partners(from: $from, to: $to) { country { code } } timeline(granularity: YEAR, from: $from, to: $to) { period meetingCount } } }`, vars, &partners)
	got = nil
	for _, p := range partners.Country.Partners {
		got = append(got, p.Country.Code)
	}
	slices.Sort(got)
	if strings.Join(got, ",") != want {
		t.Errorf("partners in November 2005: %v, want %s", got, want)
	}
	if tl := partners.Country.Timeline; len(tl) != 1 || tl[0].Period != "2005" || tl[0].MeetingCount != 3 {
		t.Errorf("timeline of November 2005 = %+v, want 2005: 3", tl)
	}

	var who struct {
		OfficialsWhoMet struct{ TotalCount int }
	}
	api.mustData(t, `query($from: Date, $to: Date) { officialsWhoMet(country: "PE", from: $from, to: $to) { totalCount } }`, vars, &who)
	if who.OfficialsWhoMet.TotalCount != 3 {
		t.Errorf("officials who met Peru in November 2005: %d, want 3", who.OfficialsWhoMet.TotalCount)
	}

	for _, q := range []string{
		`{ meetings(filter: {from: "2006", to: "2005-12-31"}) { totalCount } }`,
		`{ country(code: "PE") { partners(from: "2005-12", to: "2005-11") { meetingCount } } }`,
		`{ country(code: "PE") { timeline(from: "2005-11-02", to: "2005-11-01") { period } } }`,
		`{ officialsWhoMet(country: "PE", from: "2007", to: "2006") { totalCount } }`,
		`{ articles(filter: {from: "2007", to: "2006"}) { totalCount } }`,
	} {
		resp := api.post(t, q, nil)
		if len(resp.Errors) == 0 || resp.Errors[0].Code() != attache.EINVALID || !strings.Contains(resp.Errors[0].Message, "later than") {
			t.Errorf("%s: want %s 'later than', got %s", q, attache.EINVALID, resp.Raw)
		}
	}
	// A range within one month of a meeting dated by that month is valid.
	api.mustData(t, `{ meetings(filter: {from: "2005-11", to: "2005"}) { totalCount } }`, nil, nil)
}

// meet builds one article reporting a meeting of two invented officials,
// a of state ca and b of state cb, independent of the extractor.
func meet(id, date, a, ca, b, cb string) *attache.Extraction {
	x := engagement(id, date, ca, cb)
	sentence := fmt.Sprintf("%s met %s on %s.", a, b, date)
	ev := []attache.Evidence{{Sentence: sentence, Start: 0, End: len(sentence)}}
	x.CleanText = sentence
	x.Officials[0].Name, x.Officials[0].Evidence = a, ev
	x.Officials[1].Name, x.Officials[1].Evidence = b, ev
	x.Meetings[0].Participants, x.Meetings[0].Evidence = []string{a, b}, ev
	return x
}

// Names are accepted wherever an official's id is, resolved as search does,
// and common aliases wherever a country is; an ambiguous name lists its
// candidates and an unknown one is NOT_FOUND, never an empty answer.
func TestNamesWhereverIDs(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db,
		meet("n1", "2010-01-01", "Rosa Quintana", "PE", "Ellen Marsh", "US"),
		meet("n2", "2010-02-01", "John Harlow", "US", "Peter Wyatt", "GB"),
		meet("n3", "2011-03-01", "John Harlow", "US", "Peter Wyatt", "GB"),
		meet("n4", "2011-04-01", "Anna Harlow", "FR", "Rosa Quintana", "PE"),
	)
	api := startAPI(t, db)

	for _, alias := range []string{"USA", "U.S.", "us", "United States of America", "America"} {
		var c struct{ Country struct{ Code string } }
		api.mustData(t, `query($c: ID!) { country(code: $c) { code } }`, map[string]any{"c": alias}, &c)
		if c.Country.Code != "US" {
			t.Errorf("country(%q) = %q, want US", alias, c.Country.Code)
		}
	}
	for _, alias := range []string{"UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "gb"} {
		var m struct{ Meetings struct{ TotalCount int } }
		api.mustData(t, `query($c: ID!) { meetings(filter: {countries: [$c, "USA"]}) { totalCount } }`, map[string]any{"c": alias}, &m)
		if m.Meetings.TotalCount != 2 {
			t.Errorf("meetings of %q and the USA: %d, want 2", alias, m.Meetings.TotalCount)
		}
	}

	var byName struct{ Meetings struct{ TotalCount int } }
	api.mustData(t, `{ meetings(filter: {official: "Peter Wyatt"}) { totalCount } }`, nil, &byName)
	if byName.Meetings.TotalCount != 2 {
		t.Errorf("meetings of the official named Peter Wyatt: %d, want 2", byName.Meetings.TotalCount)
	}

	for _, tt := range []struct{ name, query, code string }{
		{"ambiguous official in a filter", `{ meetings(filter: {official: "Harlow"}) { totalCount } }`, attache.EINVALID},
		{"unknown official in a filter", `{ meetings(filter: {official: "Nobody Atall"}) { totalCount } }`, attache.ENOTFOUND},
		{"ambiguous end of a path", `{ connection(from: "Harlow", to: "Rosa Quintana") { hops } }`, attache.EINVALID},
		{"unknown end of a path", `{ connection(from: "Rosa Quintana", to: "Nobody Atall") { hops } }`, attache.ENOTFOUND},
		{"unknown country", `{ country(code: "Atlantis") { code } }`, attache.ENOTFOUND},
	} {
		resp := api.post(t, tt.query, nil)
		if len(resp.Errors) == 0 || resp.Errors[0].Code() != tt.code {
			t.Errorf("%s: want %s, got %s", tt.name, tt.code, resp.Raw)
			continue
		}
		msg := resp.Errors[0].Message
		if tt.code == attache.EINVALID && !(strings.Contains(msg, "John Harlow (") && strings.Contains(msg, "Anna Harlow (")) {
			t.Errorf("%s: the error does not list both candidates: %s", tt.name, msg)
		}
		if tt.code == attache.ENOTFOUND && !strings.Contains(msg, "Nobody Atall") && !strings.Contains(msg, "Atlantis") {
			t.Errorf("%s: the error does not name what was asked: %s", tt.name, msg)
		}
	}
}

type pathsAnswer struct {
	Connections []struct {
		Hops  int
		Steps []struct{ Kind, ID, Label, Relationship string }
	}
}

func (p pathsAnswer) describe() []string {
	var out []string
	for _, c := range p.Connections {
		var ids []string
		for _, s := range c.Steps {
			ids = append(ids, s.ID)
		}
		out = append(out, fmt.Sprintf("%d:%s", c.Hops, strings.Join(ids, ">")))
	}
	return out
}

// Paths go through engagements by default, through states only when asked,
// and several shortest paths come back when there are several.
func TestPathsThroughEngagements(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db,
		meet("p1", "2010-01-01", "Rosa Quintana", "PE", "Ellen Marsh", "US"),
		meet("p2", "2010-02-01", "John Harlow", "US", "Peter Wyatt", "GB"),
		meet("p3", "2011-02-01", "John Harlow", "US", "Peter Wyatt", "GB"),
		meet("p4", "2010-03-01", "John Harlow", "US", "Claire Dumont", "FR"),
	)
	api := startAPI(t, db)
	const q = `query($from: ID!, $to: ID!, $states: Boolean, $first: Int) {
	  connections(from: $from, to: $to, throughStates: $states, first: $first) { hops steps { kind id label relationship } } }`

	// Ellen Marsh and John Harlow serve one state but never shared an
	// engagement: no path through engagements, one through the state.
	var none pathsAnswer
	api.mustData(t, q, map[string]any{"from": "Rosa Quintana", "to": "Peter Wyatt"}, &none)
	if len(none.Connections) != 0 {
		t.Errorf("through engagements only: %v, want no path", none.describe())
	}
	var viaState pathsAnswer
	api.mustData(t, q, map[string]any{"from": "Rosa Quintana", "to": "Peter Wyatt", "states": true, "first": 1}, &viaState)
	if d := viaState.describe(); len(d) != 1 || !strings.Contains(d[0], ">US>") || viaState.Connections[0].Hops != 6 {
		t.Errorf("through states: %v, want one path of 6 hops through the United States", d)
	}

	var two pathsAnswer
	api.mustData(t, q, map[string]any{"from": "Peter Wyatt", "to": "Claire Dumont", "first": 5}, &two)
	d := two.describe()
	if len(d) != 2 {
		t.Fatalf("paths from Peter Wyatt to Claire Dumont: %v, want 2 (one per meeting with John Harlow)", d)
	}
	for _, c := range two.Connections {
		if c.Hops != 4 {
			t.Errorf("path of %d hops, want 4: %v", c.Hops, d)
		}
		for _, s := range c.Steps {
			if s.Kind == "COUNTRY" || (s.Relationship != "" && s.Relationship != "ATTENDED") {
				t.Errorf("a default path leaves the engagements: %v", d)
			}
		}
	}
	if d[0] == d[1] {
		t.Errorf("the two paths are the same: %v", d)
	}

	var one struct{ Connection struct{ Hops int } }
	api.mustData(t, `{ connection(from: "Peter Wyatt", to: "Claire Dumont") { hops } }`, nil, &one)
	if one.Connection.Hops != 4 {
		t.Errorf("connection by names: %d hops, want 4", one.Connection.Hops)
	}
}

// Every issue of a meeting carries the sentence that supports it, and the
// article's cleaned text is served so the sentence can be read in context:
// its offsets point into that text.
func TestIssueEvidenceAndArticleText(t *testing.T) {
	db := neo4jtest.Open(t)
	x := meet("ev1", "2012-05-04", "Ali Sani", "NE", "Rosa Quintana", "PE")
	first := "Foreign Minister Ali Sani of Niger met Señora Rosa Quintana in Lima on Friday. "
	second := "The two discussed a new trade agreement and investment in mining."
	x.CleanText = first + second
	meetingEv := attache.Evidence{Sentence: first[:len(first)-1], Start: 0, End: len(first) - 1}
	issueEv := attache.Evidence{Sentence: second, Start: len(first), End: len(first) + len(second)}
	x.Meetings[0].Evidence = []attache.Evidence{meetingEv}
	x.Issues = []attache.IssueFact{{ID: "trade-investment", Evidence: []attache.Evidence{issueEv}}}

	// Stored first without its text (as before texts were kept), then
	// loaded again unchanged: the text is filled in.
	withoutText := *x
	withoutText.CleanText = ""
	save(t, db, &withoutText)
	api := startAPI(t, db)
	var before struct{ Article struct{ Text *string } }
	api.mustData(t, `{ article(id: "ev1") { text } }`, nil, &before)
	if before.Article.Text != nil {
		t.Fatalf("an article saved without text has text %q", *before.Article.Text)
	}
	save(t, db, x)

	var got struct {
		Meetings struct {
			Edges []struct {
				Node struct {
					IssueEvidence []struct {
						Issue    struct{ ID string }
						Evidence []struct {
							Evidence   string
							Start, End int
							Article    struct {
								ID   string
								Text string
							}
						}
					}
				}
			}
		}
	}
	api.mustData(t, `{ meetings(filter: {countries: ["Niger"]}) { edges { node { issueEvidence { issue { id } evidence { evidence start end article { id text } } } } } } }`, nil, &got)
	if len(got.Meetings.Edges) != 1 {
		t.Fatalf("meetings of Niger: %d, want 1", len(got.Meetings.Edges))
	}
	issues := got.Meetings.Edges[0].Node.IssueEvidence
	if len(issues) != 1 || issues[0].Issue.ID != "trade-investment" || len(issues[0].Evidence) != 1 {
		t.Fatalf("issue evidence = %+v, want trade-investment with one sentence", issues)
	}
	ev := issues[0].Evidence[0]
	if ev.Evidence != second {
		t.Errorf("evidence %q, want %q", ev.Evidence, second)
	}
	if ev.Article.Text != x.CleanText {
		t.Fatalf("article text %q, want the cleaned text", ev.Article.Text)
	}
	if ev.Start < 0 || ev.End > len(ev.Article.Text) || ev.Article.Text[ev.Start:ev.End] != ev.Evidence {
		t.Errorf("offsets %d..%d do not point at the sentence in the text", ev.Start, ev.End)
	}
}

// A request the server refuses (too deep, too complex, not valid) is not
// an HTTP 200 with the error hidden in the body, where a client that checks
// the status (GraphiQL's schema fetch, a browser test) would not notice.
func TestRefusedRequestsAreNotOK(t *testing.T) {
	db := neo4jtest.Open(t)
	api := startAPI(t, db)
	for _, tt := range []struct{ name, query string }{
		{"too deep", `{ meetings { edges { node { participants { country { officials { edges { node { meetings { edges { node { countries { name } } } } } } } } } } } } }`},
		{"too complex", `{ meetings(first: 100) { edges { node { participants { meetings(first: 100) { edges { node { countries { partners(first: 100) { country { name } } } } } } } } } } }`},
		{"unknown field", `{ nonsense }`},
		{"syntax", `{ meetings( }`},
	} {
		resp := api.post(t, tt.query, nil)
		if len(resp.Errors) == 0 {
			t.Errorf("%s: no error: %s", tt.name, resp.Raw)
			continue
		}
		if resp.Status < 400 || resp.Status >= 500 {
			t.Errorf("%s: HTTP %d, want a 4xx status (%s)", tt.name, resp.Status, resp.Errors[0].Message)
		}
	}
}

// A state's partners over time: the most met first, each with its
// engagements per year, partial dates in the buckets they belong to.
func TestPartnersOverTime(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db,
		engagement("s1", "2004-03-01", "PE", "US"),
		engagement("s2", "2005", "PE", "US"),
		engagement("s3", "2006-02-10", "PE", "US"),
		engagement("s4", "2005-06-02", "PE", "CL"),
		engagement("s5", "2007-01-09", "PE", "BR"),
	)
	api := startAPI(t, db)
	var got struct {
		Country struct {
			PartnersOverTime []struct {
				Country      struct{ Code string }
				MeetingCount int
				Buckets      []struct {
					Period       string
					MeetingCount int
				}
			}
		}
	}
	api.mustData(t, `{ country(code: "Peru") { partnersOverTime(by: YEAR, from: "2004-06", to: "2006", first: 5) { country { code } meetingCount buckets { period meetingCount } } } }`, nil, &got)
	var lines []string
	for _, s := range got.Country.PartnersOverTime {
		var bs []string
		for _, b := range s.Buckets {
			bs = append(bs, fmt.Sprintf("%s=%d", b.Period, b.MeetingCount))
		}
		lines = append(lines, fmt.Sprintf("%s %d [%s]", s.Country.Code, s.MeetingCount, strings.Join(bs, " ")))
	}
	want := []string{"US 2 [2005=1 2006=1]", "CL 1 [2005=1]"}
	if !slices.Equal(lines, want) {
		t.Errorf("partners of Peru from June 2004 to 2006 by year: %q, want %q", lines, want)
	}
	resp := api.post(t, `{ country(code: "PE") { partnersOverTime(from: "2006", to: "2005") { meetingCount } } }`, nil)
	if len(resp.Errors) == 0 || resp.Errors[0].Code() != attache.EINVALID {
		t.Errorf("from after to: want %s, got %s", attache.EINVALID, resp.Raw)
	}
}

// The country-to-country summary weighs each pair of states by the
// engagements they shared in the period, and drills down to them.
func TestCountryLinks(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db,
		engagement("l1", "2010-01-05", "PE", "US"),
		engagement("l2", "2010-03-05", "US", "PE"),
		engagement("l3", "2011", "PE", "US"),
		engagement("l4", "2010-06-01", "US", "GB"),
		engagement("l5", "2012-06-01", "FR", "DE"),
	)
	api := startAPI(t, db)
	describe := func(query string, vars map[string]any) []string {
		var got struct {
			CountryLinks []struct {
				A, B                struct{ Code string }
				MeetingCount        int
				FirstDate, LastDate string
			}
		}
		api.mustData(t, query, vars, &got)
		var out []string
		for _, l := range got.CountryLinks {
			out = append(out, fmt.Sprintf("%s-%s %d %s..%s", l.A.Code, l.B.Code, l.MeetingCount, l.FirstDate, l.LastDate))
		}
		return out
	}
	const q = `query($c: [ID!], $from: Date, $to: Date) { countryLinks(countries: $c, from: $from, to: $to) { a { code } b { code } meetingCount firstDate lastDate } }`
	if got, want := describe(q, nil), []string{"PE-US 3 2010-01-05..2011", "DE-FR 1 2012-06-01..2012-06-01", "GB-US 1 2010-06-01..2010-06-01"}; !slices.Equal(got, want) {
		t.Errorf("all pairs: %q, want %q", got, want)
	}
	if got, want := describe(q, map[string]any{"c": []string{"USA"}, "from": "2010-02", "to": "2010"}), []string{"GB-US 1 2010-06-01..2010-06-01", "PE-US 1 2010-03-05..2010-03-05"}; !slices.Equal(got, want) {
		t.Errorf("pairs of the USA from February 2010 to the end of 2010: %q, want %q", got, want)
	}
	var drill struct{ Meetings struct{ TotalCount int } }
	api.mustData(t, `{ meetings(filter: {countries: ["PE", "US"], from: "2010", to: "2011"}) { totalCount } }`, nil, &drill)
	if drill.Meetings.TotalCount != 3 {
		t.Errorf("drilling down to Peru and the USA: %d meetings, want 3", drill.Meetings.TotalCount)
	}
}
