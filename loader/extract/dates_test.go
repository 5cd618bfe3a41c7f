package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestFindDates(t *testing.T) {
	p := newDateParser()
	ref := date{2019, 7, 10} // a Wednesday
	tests := []dateCase{
		{"They met today.", []string{"2019-07-10"}},
		{"They met yesterday.", []string{"2019-07-09"}},
		{"They met on Sunday.", []string{"2019-07-07"}},
		{"They will meet next Monday.", []string{"2019-07-15"}},
		{"They met on Aug. 17.", []string{"2019-08-17"}},
		{"They met on June 2.", []string{"2019-06-02"}},
		{"They met on March 12, 2021.", []string{"2021-03-12"}},
		{"They met on 6 January, 2025.", []string{"2025-01-06"}},
		{"The forum ran between 7-9 December.", []string{"2019-12-07"}},
		{"They met June 29-30.", []string{"2019-06-29"}},
		{"The talks will resume in 2023.", []string{"2023"}},
		{"It happened in September 2000.", []string{"2000-09"}},
		{"The next round is next year.", []string{"2020"}},
		{"Planned for October or November of 2005.", []string{"2005"}},
		{"The deal must be signed by 2022.", nil},
		{"Theresa May resigned.", nil},
		{"The 1970s-era equipment.", nil},
		{"In the June visit.", []string{"2019-06"}},
		{"They met last month.", []string{"2019-06"}},
		{"She will visit later this month.", []string{"2019-07"}},
		{"He travels there next month.", []string{"2019-08"}},
		{"They met last week.", []string{"2019-07"}},              // July 1-7
		{"He will travel in the coming weeks.", []string{"2019"}}, // runs into August
		{"They will meet in the coming days.", []string{"2019-07"}},
		{"They met on March 20 last year.", []string{"2018-03-20"}},
		{"The visit is planned for this fall.", []string{"2019"}},
		{"They met last summer.", []string{"2018"}},
		{"The leaders meet this weekend.", []string{"2019-07-13"}}, // from a Wednesday
		{"They met last weekend.", []string{"2019-07-06"}},
		{"The summit gets under way in Niamey Saturday.", []string{"2019-07-13"}},
		{"The talks open on Wednesday.", []string{"2019-07-10"}}, // the day itself
		{"The minister arrives in Cotonou Monday.", []string{"2019-07-15"}},
		{"They met last Wednesday.", []string{"2019-07-03"}},
		{"They met on Wednesday.", []string{"2019-07-10"}},
		{"Prime Minister Jan Peter Sani met the press.", nil},
		{"They met in Sept. and again in October.", []string{"2019-09", "2019-10"}},
		{"The talks will begin Friday.", []string{"2019-07-12"}},
		{"The talks, which began Monday, ended.", []string{"2019-07-08"}},
		{"They are meeting in Accra on Friday.", []string{"2019-07-12"}},
		{"They met on 1 and 2 July.", []string{"2019-07-01"}},
		{"The envoy returns at the end of the month.", []string{"2019-07"}},
		{"They met this past weekend.", []string{"2019-07-06"}},
		{"On Friday, the ministers will meet in Lome.", []string{"2019-07-12"}},
		{"Friday, the envoy is meeting the president.", []string{"2019-07-12"}},
		{"On Monday, the ministers met in Lome.", []string{"2019-07-08"}},
		{"On Monday, the ministry announced that talks will open.", nil}, // the statement's day, left out
		{"They met at the weekend.", []string{"2019-07-06"}},
		{"They will meet on the weekend.", []string{"2019-07-13"}},
		{"They met on the weekend of 6 July.", []string{"2019-07-06"}},
		{"Over the weekend, the ministers met in Lome.", []string{"2019-07-06"}},
		{"Over the weekend, the ministers will meet in Lome.", []string{"2019-07-13"}},
		{"They met this past Monday.", []string{"2019-07-08"}},
		{"They spoke this past Wednesday.", []string{"2019-07-03"}},
		{"They met this past week.", []string{"2019-07"}},
		{"In the past week they met twice.", nil},
		{"They met late last night.", []string{"2019-07-09"}},
		{"They spoke the day before yesterday.", []string{"2019-07-08"}},
		{"They met on the last night of the summit.", nil},
		{"The accord was signed on 7/15/2019.", []string{"2019-07-15"}},
		{"They met on 25/06/2019 in Lome.", []string{"2019-06-25"}},
		{"They met on 3/4/2019.", []string{"2019"}}, // day and month order unknown
		{"The envoy will return in late summer.", []string{"2019"}},
		{"They will meet in the spring.", []string{"2020"}},
		{"They met in early spring in Lome.", []string{"2019"}},
		{"They met in the autumn.", []string{"2018"}},
		{"They will meet in mid-autumn.", []string{"2019"}},
		{"A summer of talks.", nil},
		{"They met on Wednesday of last week.", []string{"2019-07-03"}},
		{"They meet on Friday of next week.", []string{"2019-07-19"}},
		{"The talks open Tuesday next week.", []string{"2019-07-16"}},
		{"They met Monday this week.", []string{"2019-07-08"}},
		{"He will arrive on Sunday of this week.", []string{"2019-07-14"}},
		{"They will meet on the 15th.", []string{"2019-07-15"}},
		{"They met on the 3rd in Lome.", []string{"2019-07-03"}},
		{"They will meet on the 2nd, an aide said.", []string{"2019-08-02"}},
		{"They met on the 28th.", []string{"2019-06-28"}},
		{"The summit is on the 3rd of next month.", []string{"2019-08-03"}},
		{"They marked on the 15th anniversary of the accord.", nil},
		{"They will meet on the 31st.", []string{"2019-07-31"}},
		{"He ended his four-day trip on Friday.", []string{"2019-07-02"}},
		{"The mission concluded yesterday.", []string{"2019-07"}},
		{"Her trip to Lome ended on July 2.", []string{"2019-07"}},
		{"Her trip to Lome ends on July 12.", []string{"2019-07-12"}}, // still to come: the day tells the status
		{"They concluded an agreement on Monday.", []string{"2019-07-08"}},
		{"A summit is due at the start of the year.", []string{"2019"}},
		{"The talks resume in the middle of the week.", []string{"2019-07"}},
		{"They met in the first week of June.", []string{"2019-06"}},
		{"They met on the last weekend of June.", []string{"2019-06"}},
		{"Leaders gather at the turn of the year.", nil},
		{"The forum runs 8, 9 and 10 October 2020.", []string{"2020-10-08"}},
		{"Talks were held on the 3rd and 4th of June.", []string{"2019-06-03"}},
		{"Rounds 3 and 4 were held in Lome.", nil},
		{"He named 3 and 4 of the 12 ministers.", nil},
		{"The forum takes place on Saturday.", []string{"2019-07-13"}},
		{"She's visiting Lome on Thursday.", []string{"2019-07-11"}},
		{"He was visiting Lome on Monday.", []string{"2019-07-08"}},
		{"Nothing is happening until Friday, he said on Monday.", []string{"2019-07-12", "2019-07-08"}},
	}
	checkFindDates(t, p, ref, tests)
}

// TestPartOfPeriod: "later this year", "earlier this week" keep the part
// of the period on one side of the reference day; the finest unit certain
// for it may be finer than the period's.
func TestPartOfPeriod(t *testing.T) {
	p := newDateParser()
	tests := []struct {
		ref  date
		text string
		want []string
	}{
		{date{2019, 12, 4}, "The envoy will return later this year.", []string{"2019-12"}},
		{date{2019, 7, 10}, "The envoy will return later this year.", []string{"2019"}},
		{date{2020, 1, 20}, "They met earlier this year in Lome.", []string{"2020-01"}},
		{date{2019, 7, 31}, "They met earlier this week.", []string{"2019-07"}},  // Mon 29 to Wed 31
		{date{2019, 7, 31}, "They will meet later this week.", []string{"2019"}}, // to Fri 2 August
		{date{2019, 7, 29}, "They will meet this week.", []string{"2019"}},       // the whole week crosses
		{date{2019, 8, 1}, "Talks resume later this week.", []string{"2019-08"}}, // Thu 1 to Fri 2
	}
	for _, tc := range tests {
		checkFindDates(t, p, tc.ref, []dateCase{{tc.text, tc.want}})
	}
}

func TestRelativeDatesWithoutReference(t *testing.T) {
	p := newDateParser()
	toks := tokenize("They met today and on Tuesday.", 0, 30, nil)
	for _, dm := range p.findDates(toks, date{}) {
		if dm.value.known() {
			t.Errorf("resolved %v without a reference date", dm.value)
		}
	}
}

func TestLeadDateLineAndDateline(t *testing.T) {
	p := newDateParser()
	for line, want := range map[string]string{
		"Wednesday, July 10, 2019":  "2019-07-10",
		"December 2004":             "2004-12",
		"Aug. 18, 2005":             "2005-08-18",
		"Not a date line at all":    "",
		"DATE=12/9/98":              "1998-12-09",
		"DATE=03/04/2001":           "2001-03-04",
		"DATE=13/40/98":             "",
		"Published 3 March 2011":    "2011-03-03",
		"Updated on 4 May 2020":     "2020-05-04",
		"Release date: 03 Mar 2011": "2011-03-03",
		"(21 June 2016)":            "2016-06-21",
		"Posted by the Ministry":    "",
		"Tokyo, 3 March 2011":       "", // a headline with its place: placedDateLine's
	} {
		got, _ := p.leadDateLine(line)
		if got.String() != want {
			t.Errorf("leadDateLine(%q) = %q, want %q", line, got.String(), want)
		}
	}
	for line, want := range map[string]string{
		"Tokyo, 3 March 2011":             "2011-03-03",
		"Washington, D.C., March 3, 2011": "2011-03-03",
		"Brussels, 03/03/2011":            "2011-03-03",
		"Kremlin, Moscow":                 "",
		"Talks in Lome, June 2011":        "",
		"Accra, June 2011":                "", // no day: not the page's date
	} {
		got, _ := p.placedDateLine(line)
		if got.String() != want {
			t.Errorf("placedDateLine(%q) = %q, want %q", line, got.String(), want)
		}
	}
	tests := []struct {
		body, city, country, date string
	}{
		{"QUITO, Ecuador, Aug. 18, 2005 – Trade Minister ...", "Quito", "Ecuador", "2005-08-18"},
		{"NEW DELHI, India — The talks ...", "New Delhi", "India", ""},
		{"WASHINGTON – The secretary ...", "Washington", "", ""},
	}
	for _, tc := range tests {
		dl, n, ok := p.parseDateline(tc.body)
		if !ok || dl.city != tc.city || dl.country != tc.country || dl.date.String() != tc.date || n <= 0 {
			t.Errorf("parseDateline(%q) = %+v, %d, %v", tc.body, dl, n, ok)
		}
	}
	if _, _, ok := p.parseDateline("The minister met the president – and left."); ok {
		t.Error("a sentence with a dash read as a dateline")
	}
}

func TestSpanBeforePreviousSentence(t *testing.T) {
	tests := []struct {
		text string
		day  date
		want string // "" when no span or no sure month
	}{
		{"It comes a week after she attended a forum in Niamey.", date{2020, 12, 18}, "2020-12"},
		{"Two days before, she met the minister.", date{2020, 12, 18}, "2020-12"},
		{"It comes a week after she attended a forum in Niamey.", date{2020, 12, 6}, ""}, // may be November
		{"He attended a summit in Niamey.", date{2020, 12, 18}, "none"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		shift, ok := spanBefore(toks)
		if !ok {
			if tc.want != "none" {
				t.Errorf("%q: no span read", tc.text)
			}
			continue
		}
		got := coarseDay(tc.day, shift)
		if s := got.String(); got.known() && s != tc.want || !got.known() && tc.want != "" {
			t.Errorf("%q from %v: %v, want %q", tc.text, tc.day, got, tc.want)
		}
	}
}

// TestDateAfterPlace: the one reader of "place, date" lines that the
// headline's placed date and the body's dateline share.
func TestDateAfterPlace(t *testing.T) {
	p := newDateParser()
	tests := []struct {
		line         string // the line after its city
		maxRegions   int
		region, date string
		ok           bool
	}{
		{"Tokyo, 3 March 2011", 1, "", "2011-03-03", true},
		{"Washington, D.C., March 3, 2011", 1, "D.C.", "2011-03-03", true},
		{"QUITO, Ecuador, Aug. 18, 2005 (AFPS)", 2, "Ecuador", "2005-08-18", true},
		{"LUSAKA, Zambia, Aug. 18", 2, "Zambia", "08-18", true},
		{"Canberra, Australian Capital Territory, Australia, 4 May 2020", 1, "", "", false},
		{"Kremlin, Moscow", 1, "", "", false},
		{"Accra, 12 delegations, 3 March 2011", 2, "", "", false},
	}
	for _, tc := range tests {
		parts := strings.Split(tc.line, ",")
		pd, ok := p.dateAfterPlace(parts[1:], tc.maxRegions)
		got := pd.date.String()
		if pd.date.y == 0 && pd.date.m > 0 {
			got = fmt.Sprintf("%02d-%02d", pd.date.m, pd.date.d) // the year comes from the page
		}
		if ok != tc.ok || ok && (pd.region != tc.region || got != tc.date) {
			t.Errorf("dateAfterPlace(%q) = %+v, %v; want %q %q %v", tc.line, pd, ok, tc.region, tc.date, tc.ok)
		}
	}
}
