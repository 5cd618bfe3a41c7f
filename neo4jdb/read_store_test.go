package neo4jdb

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

func TestLuceneQueryKeepsOnlyWords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"toledo", "+(toledo OR toledo*)"},
		{"Alejandro Tol", "+alejandro +(tol OR tol*)"},
		{`"}) MATCH (n) DETACH DELETE n //`, "+match +n +detach +delete +(n OR n*)"},
		{`*:* OR name:x~2 AND [a TO z]`, "+or +name +x +2 +and +a +to +(z OR z*)"},
		{"Sánchez-Cerén", "+sánchez +(cerén OR cerén*)"},
		{"  '`\\ ", ""},
	} {
		if got := luceneQuery(tt.in); got != tt.want {
			t.Errorf("luceneQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := luceneQuery(strings.Repeat("é", 1500)); got != "+("+strings.Repeat("é", 64)+" OR "+strings.Repeat("é", 64)+"*)" {
		t.Errorf("a word of 1,500 letters gives %q, want it cut to 64", got)
	}
	if got := luceneQuery(strings.Repeat("a ", 50)); strings.Count(got, "+") != 8 {
		t.Errorf("a long text gives %d clauses, want at most 8", strings.Count(got, "+"))
	}
}

func TestCursorRoundTripAndForgery(t *testing.T) {
	tag := listTag("officialsWhoMet", attache.WhoMetQuery{Country: "PE"})
	c := encodeCursor(tag, 3, "2005-08-18", "meeting:PE-US:2005-08-18")
	got, err := decodeCursor(c, tag, "nss")
	if err != nil || got.int(0) != 3 || got.str(1) != "2005-08-18" || got.str(2) != "meeting:PE-US:2005-08-18" {
		t.Fatalf("decodeCursor(encodeCursor(...)) = %v, %v", got, err)
	}
	for _, tt := range []struct{ name, cursor string }{
		{"not base64", "%%%"},
		{"not JSON", "bm90IGpzb24"},
		{"too few values", encodeCursor(tag, "a", "b")},
		{"Cypher", "'}) MATCH (n) DETACH DELETE n //"},
		{"another list", encodeCursor(listTag("officials", attache.OfficialFilter{}), 3, "2005-08-18", "x")},
		{"another filter", encodeCursor(listTag("officialsWhoMet", attache.WhoMetQuery{Country: "US"}), 3, "2005-08-18", "x")},
		{"no tag", "WzMsIjIwMDUiLCJ4Il0"}, // [3,"2005","x"]
		{"a string for a number", encodeCursor(tag, "3", "2005-08-18", "x")},
		{"an object for a string", encodeCursor(tag, 3, map[string]any{"a": 1}, "x")},
		{"null for a string", encodeCursor(tag, 3, nil, "x")},
	} {
		if _, err := decodeCursor(tt.cursor, tag, "nss"); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("%s: decodeCursor(%q) = %v, want BAD_USER_INPUT", tt.name, tt.cursor, err)
		}
	}
	if c, err := decodeCursor("", tag, "ss"); c != nil || err != nil {
		t.Errorf("an empty cursor is the start of the list, got %v, %v", c, err)
	}
}

func TestDateBoundsIncludeTheWholePeriod(t *testing.T) {
	to := toParam("2005").(string)
	for _, d := range []string{"2005", "2005-01", "2005-12-31"} {
		if !(d <= to) || !(d >= fromParam("2005").(string)) {
			t.Errorf("%s is not within 2005..2005", d)
		}
	}
	if "2006-01-01" <= to {
		t.Errorf("2006-01-01 is within to: 2005")
	}
	if fromParam("") != nil || toParam("") != nil {
		t.Error("an empty bound must be null")
	}
}

func TestMeetingQueryStartsFromTheMostSelectiveFilter(t *testing.T) {
	for _, tt := range []struct {
		f     attache.MeetingFilter
		start string
	}{
		{attache.MeetingFilter{Countries: []string{"PE", "US"}, Official: "x"}, meetingsFromCountry},
		{attache.MeetingFilter{Official: "x", Issue: "y"}, meetingsFromOfficial},
		{attache.MeetingFilter{Issue: "y", HostCountry: "PE"}, meetingsFromIssue},
		{attache.MeetingFilter{HostCountry: "PE"}, meetingsFromHost},
		{attache.MeetingFilter{AnyCountry: []string{"PE"}}, meetingsFromAny},
		{attache.MeetingFilter{From: "2005"}, meetingsFromAll},
	} {
		match, conds, params := meetingQuery(tt.f)
		if match != tt.start {
			t.Errorf("%+v starts with %q, want %q", tt.f, match, tt.start)
		}
		for _, c := range conds {
			if strings.ContainsAny(c, `'"`) {
				t.Errorf("condition %q holds a literal", c)
			}
		}
		if params["startCountry"] != nil && params["startCountry"] != tt.f.Countries[0] {
			t.Errorf("start country %v", params["startCountry"])
		}
	}
}

// A meeting dated by year or month overlaps a range that starts inside its
// span: the lower bound accepts the periods enclosing its first day.
func TestPartialDatesOverlapTheLowerBound(t *testing.T) {
	from := attache.Date("2005-11-15")
	since := func(d string) bool {
		if d >= fromParam(from).(string) {
			return true
		}
		for _, s := range spansParam(from) {
			if s == d {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		date string
		want bool
	}{
		{"2005", true}, {"2005-11", true}, {"2005-11-15", true}, {"2006", true},
		{"2005-11-14", false}, {"2005-10", false}, {"2004", false},
	} {
		if got := since(tt.date); got != tt.want {
			t.Errorf("%s on or after %s: got %v, want %v", tt.date, from, got, tt.want)
		}
	}
	if got := spansParam("2005"); len(got) != 0 {
		t.Errorf("a year has no enclosing period, got %v", got)
	}
}

// encodeCursor writes json.Marshal's bytes, by hand or through it.
func TestEncodeCursorIsJSONMarshal(t *testing.T) {
	for _, values := range [][]any{
		{}, {3, "2005-08-18", "meeting:PE-US:2005-08-18"}, {int64(-7), ""}, {"Bogotá"}, {`say "x"`}, {"a<b>&c"},
		{"tab\there"}, {"\x7f"}, {1.5, "x"}, {nil}, {"back\\slash"}, {map[string]any{"a": 1}},
	} {
		want, err := json.Marshal(append([]any{"list.tag"}, values...))
		if err != nil {
			t.Fatal(err)
		}
		got, err := base64.RawURLEncoding.DecodeString(encodeCursor("list.tag", values...))
		if err != nil || string(got) != string(want) {
			t.Errorf("encodeCursor(%v) = %s, %v; want %s", values, got, err, want)
		}
	}
}
