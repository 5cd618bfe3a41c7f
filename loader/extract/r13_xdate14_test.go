package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// TestMonthDayListsAndWeekdayNotes: a date that a month heads takes the
// further days of its list ("July 7 and 8") and a weekday in parentheses
// after a day ("June 20 (Sat)") into its mention, so that what follows the
// mention (the comma of a fronted date, a range, a year) is read as the
// date's. The first day dates the engagement.
func TestMonthDayListsAndWeekdayNotes(t *testing.T) {
	p := newDateParser()
	ref := date{2010, 6, 22}
	checkFindDates(t, p, ref, []dateCase{
		{"On July 7 and 8, the Minister for Foreign Affairs visited Lisbon.", []string{"2010-07-07"}},
		{"The envoys met in Accra on May 3, 4 and 5, 2009 for the review.", []string{"2009-05-03"}},
		{"On June 20 (Sat), the minister held a meeting with his counterpart.", []string{"2010-06-20"}},
		{"The forum was held on October 5 (Wed.), marking its tenth year.", []string{"2010-10-05"}},
		{"The minister visited the region from January 11 (Sun) to 17 (Sat).", []string{"2010-01-11"}},
		// Not a list of days: a count after "and", or a day far from the first.
		{"He met officials on May 5 and 3 other delegations.", []string{"2010-05-05"}},
		{"The talks on March 2 and 30 ministers from the region.", []string{"2010-03-02"}},
	})
	cases := []struct {
		text string
		last int
	}{
		{"On July 7 and 8, the minister visited Lisbon.", 8},
		{"The minister visited the region from January 11 (Sun) to 17 (Sat).", 17},
		{"The ministers met on May 3, 4 and 5 in Accra.", 5},
		{"He met officials on May 5 and 3 other delegations.", 0},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		dms := p.findDates(toks, ref)
		if len(dms) != 1 || dms[0].lastDay != tc.last {
			t.Errorf("%q: got %+v, want one mention with last day %d", tc.text, dms, tc.last)
		}
	}
}

// TestFrontedDayListAndWeekdayNote: a fronted date with a list of days or
// a weekday note before its comma dates the sentence's engagements by its
// first day, not by the publication date; days told after an engagement
// ("the summit to be held on May 3 and 4, N said he would attend") are
// its own, not a stay's that an attendance verb would make a month.
func TestFrontedDayListAndWeekdayNote(t *testing.T) {
	x := newExtractor(t)
	cases := []struct{ published, text string }{
		{"2010-06-22", "On June 20 (Sat), Foreign Minister Taro Ikeda of Japan, who is visiting the Republic of Korea, held a meeting with Korean Foreign Minister Kim Min-jae in Seoul."},
		{"2010-06-22", "On June 20 and 21, Foreign Minister Taro Ikeda of Japan held a meeting with Korean Foreign Minister Kim Min-jae in Seoul."},
	}
	for _, tc := range cases {
		e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date(tc.published), Text: tc.text})
		wantSummary(t, e, tc.text, []string{"meeting held 2010-06-20"})
	}
	text := "Concerning the summit of the leaders of Japan, China and the Republic of Korea to be held in Hanoi on December 15 and 16, Foreign Minister Taro Ikeda conveyed the Prime Minister's intention to attend."
	e := extractText(t, x, attache.Article{ID: "t", Published: "2010-12-07", Text: text})
	for _, m := range e.Meetings {
		if m.Date == nil || *m.Date != "2010-12-15" {
			t.Errorf("%q: got %v, want the summit on its first day", text, engagementSummary(e))
		}
	}
}

// TestMoveGoalDatesTheMovedEngagement: the goal of a move verb ("put off
// until early next month", "postponed to late June") dates the engagement
// the verb's clause is about, the last one named before it, however long
// the clause between them ("which had been planned for next week") and
// though a topic noun after it ("because of the budget session") stands
// nearer; words that narrow the period ("early", "the end of") stand
// between the verb and the date mention.
func TestMoveGoalDatesTheMovedEngagement(t *testing.T) {
	toks := func(s string) []token { return tokenize(s, 0, len(s), nil) }
	for _, tc := range []struct {
		text string
		at   string
		want bool
	}{
		{"The visit has been put off until early next month.", "next", true},
		{"The talks were postponed to the end of June.", "June", true},
		{"The talks were postponed to late June.", "June", true},
		{"The minister spoke early next month.", "next", false},
	} {
		ts := toks(tc.text)
		k := -1
		for i, tok := range ts {
			if tok.text == tc.at {
				k = i
			}
		}
		if got := rescheduledTo(ts, k); got != tc.want {
			t.Errorf("%q at %q: got %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
	x := newExtractor(t)
	text := "Meanwhile, South Korean President Han Min-su's trip to Laos and Cambodia, which had been planned for next week, has been put off until early next month because of the schedule of the National Assembly's budget session, the presidential office said."
	e := extractText(t, x, attache.Article{ID: "t", Published: "2007-11-16", Text: text})
	got := engagementSummary(e)
	if !slices.Contains(got, "visit scheduled 2007-12") || slices.Contains(got, "visit scheduled 2007-11") {
		t.Errorf("%q: got %v, want the trip early next month", text, got)
	}
}
