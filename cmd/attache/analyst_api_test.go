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
		Meetings struct{ Edges []struct{ Node struct{ Countries []struct{ Code string } } } }
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

var _ = fmt.Sprintf
