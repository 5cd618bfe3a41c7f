package identity

import (
	"testing"

	"github.com/attache-project/attache"
)

// meetingOf builds a candidate from its accounts as the store does: the
// best date given, the window their accounts allow, their participants.
func meetingOf(id string, date attache.Date, accounts ...Account) Candidate {
	c := Candidate{ID: id, Date: date, Window: Unbounded}
	for _, a := range accounts {
		c.Window = c.Window.Intersect(WindowOf(a))
		c.Participants = append(c.Participants, a.Participants...)
		c.Published = c.Published.Span(a.Published)
	}
	return c
}

func TestChooseMeeting(t *testing.T) {
	held, sched, cancelled := attache.StatusHeld, attache.StatusScheduled, attache.StatusCancelled
	talks2025 := meetingOf("meeting:UA-US:2025-11-23", "2025-11-23",
		Account{Date: "2025-11-23", Published: "2025-11-24", Status: held, Participants: []string{"US:jane roe", "UA:ivan petrenko"}})
	fm := meetingOf("meeting:RU-US:2021-05-24", "2021-05-24",
		Account{Date: "2021-05-24", Published: "2021-05-25", Status: held, Participants: []string{"US:jane roe", "RU:oleg sidorov"}})
	march := meetingOf("meeting:FR-NE:2024-03-10", "2024-03-10",
		Account{Date: "2024-03-10", Published: "2024-03-11", Status: held, Participants: []string{"NE:ali sani"}})
	june := meetingOf("meeting:FR-NE:2024-06-02", "2024-06-02",
		Account{Date: "2024-06-02", Published: "2024-06-03", Status: held, Participants: []string{"NE:ali sani"}})
	tests := []struct {
		name      string
		own       string
		account   Account
		stateless bool
		cands     []Candidate
		want      string
	}{
		{"a cancelled meeting of 2019 does not join talks of 2025 between the same states",
			"meeting:UA-US:undated", Account{Published: "2019-09-01", Status: cancelled, Participants: []string{"US:john doe"}},
			false, []Candidate{talks2025}, "meeting:UA-US:undated"},
		{"an undated held report of 2021 does not join talks of 2025",
			"meeting:UA-US:undated", Account{Published: "2021-03-01", Status: held},
			false, []Candidate{talks2025}, "meeting:UA-US:undated"},
		{"an undated held report does not join a meeting dated after its article",
			"meeting:UA-US:undated", Account{Published: "2025-11-01", Status: held},
			false, []Candidate{talks2025}, "meeting:UA-US:undated"},
		{"a preview dated only by its year, published years before the summit's readouts, is another engagement",
			"meeting:RU-US:2021", Account{Date: "2021", Published: "2019-06-03", Status: sched},
			false, []Candidate{fm}, "meeting:RU-US:2021"},
		{"a preview dated only by its year joins the summit when published within the year before it",
			"meeting:RU-US:2021", Account{Date: "2021", Published: "2021-01-10", Status: sched},
			false, []Candidate{fm}, "meeting:RU-US:2021-05-24"},
		{"a report naming the visitor joins the visit a day away rather than a stray account of its own day that names nobody",
			"meeting:FR-NE:2024-03-11", Account{Date: "2024-03-11", Published: "2024-03-11", Status: held, Participants: []string{"NE:ali sani"}},
			false, []Candidate{march, meetingOf("meeting:FR-NE:2024-03-11", "2024-03-11", Account{Date: "2024-03-11", Published: "2024-03-11", Status: held})},
			"meeting:FR-NE:2024-03-10"},
		{"an undated preview joins the talks that follow within the year",
			"meeting:UA-US:undated", Account{Published: "2025-11-01", Status: sched},
			false, []Candidate{talks2025}, "meeting:UA-US:2025-11-23"},
		{"an undated readout joins the talks just before it",
			"meeting:UA-US:undated", Account{Published: "2025-11-25", Status: held, Participants: []string{"UA:ivan petrenko"}},
			false, []Candidate{talks2025}, "meeting:UA-US:2025-11-23"},
		{"national security advisers on the day of the foreign ministers' meeting are another meeting",
			"meeting:RU-US:2021-05-24~2", Account{Date: "2021-05-24", Published: "2021-05-25", Status: held, Participants: []string{"US:sam advisor", "RU:pavel advisor"}},
			false, []Candidate{fm}, "meeting:RU-US:2021-05-24~2"},
		{"a report naming one of the ministers joins them",
			"meeting:RU-US:2021-05", Account{Date: "2021-05", Published: "2021-05-30", Status: held, Participants: []string{"RU:oleg sidorov"}},
			false, []Candidate{fm}, "meeting:RU-US:2021-05-24"},
		{"an undated readout joins the latest meeting before its article",
			"meeting:FR-NE:undated", Account{Published: "2024-06-20", Status: held},
			false, []Candidate{march, june}, "meeting:FR-NE:2024-06-02"},
		{"an undated preview joins the earliest meeting after its article",
			"meeting:FR-NE:undated", Account{Published: "2024-03-01", Status: sched},
			false, []Candidate{june, march}, "meeting:FR-NE:2024-03-10"},
		{"an undated cancellation fitting two meetings joins neither",
			"meeting:FR-NE:undated", Account{Published: "2024-06-20", Status: cancelled},
			false, []Candidate{march, june}, "meeting:FR-NE:undated"},
		{"a month joins the day within it",
			"meeting:FR-NE:2024-03", Account{Date: "2024-03", Published: "2024-03-20", Status: held},
			false, []Candidate{march, june}, "meeting:FR-NE:2024-03-10"},
		{"without states a shared participant is required",
			"meeting:~a:2024-03-10", Account{Date: "2024-03-10", Published: "2024-03-11", Status: held},
			true, []Candidate{march}, "meeting:~a:2024-03-10"},
	}
	for _, tt := range tests {
		got := ChooseMeeting(tt.own, tt.account, tt.stateless, tt.cands)
		if got == "" {
			got = tt.own
		}
		if got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestHeldBy(t *testing.T) {
	tests := []struct {
		account Account
		date    attache.Date
		want    bool
	}{
		{Account{Status: attache.StatusHeld, Published: "2024-03-11"}, "2024-03-10", true},
		{Account{Status: attache.StatusHeld, Published: "2024-03-10"}, "2024-03-10", true},
		{Account{Status: attache.StatusHeld, Published: "2024-03-09"}, "2024-03-10", false},
		{Account{Status: attache.StatusHeld, Published: "2024-03-09"}, "2024-03", true},
		{Account{Status: attache.StatusHeld}, "2024-03-10", true},
		{Account{Status: attache.StatusScheduled, Published: "2024-03-11"}, "2024-03-10", false},
	}
	for _, tt := range tests {
		if got := HeldBy(tt.account, tt.date); got != tt.want {
			t.Errorf("HeldBy(%+v, %s) = %v, want %v", tt.account, tt.date, got, tt.want)
		}
	}
}

func TestWindowIntersectKeepsDisagreeingWindow(t *testing.T) {
	a := WindowOf(Account{Date: "2024-03"})
	b := WindowOf(Account{Date: "2025-01-02"})
	if got := a.Intersect(b); got != a {
		t.Errorf("intersecting disjoint windows gave %+v, want the first %+v", got, a)
	}
	if got := a.Intersect(WindowOf(Account{Date: "2024-03-05"})); got.First != got.Last {
		t.Errorf("a month narrowed by a day is %+v, want that day", got)
	}
}

// The rules the store applied before they moved here, kept as they were.
func TestChooseMeetingDatesAndParticipants(t *testing.T) {
	cands := []Candidate{
		{ID: "meeting:CL-US:2024-03-14", Date: "2024-03-14", Participants: []string{"US:a", "CL:b"}},
		{ID: "meeting:CL-US:2024-05", Date: "2024-05", Participants: []string{"US:a"}},
		{ID: "meeting:CL-US:undated", Date: "", Participants: []string{"US:z"}},
	}
	tests := []struct {
		name         string
		own, date    string
		participants []string
		countryless  bool
		want         string
	}{
		{"same key", "meeting:CL-US:2024-05", "2024-05", nil, false, "meeting:CL-US:2024-05"},
		{"coarser date joins finer", "meeting:CL-US:2024-03", "2024-03", []string{"US:a"}, false, "meeting:CL-US:2024-03-14"},
		{"year overlaps both, most precise wins", "meeting:CL-US:2024", "2024", []string{"US:a"}, false, "meeting:CL-US:2024-03-14"},
		{"the next day with a shared participant joins (Slack)", "meeting:CL-US:2024-03-15", "2024-03-15", []string{"US:a"}, false, "meeting:CL-US:2024-03-14"},
		{"ten days later is another meeting", "meeting:CL-US:2024-03-24", "2024-03-24", []string{"US:a"}, false, "meeting:CL-US:2024-03-24"},
		{"no shared participant", "meeting:CL-US:2024-03", "2024-03", []string{"US:q"}, false, "meeting:CL-US:2024-03"},
		{"undated with many fits stays apart", "meeting:CL-US:undated-x", "", []string{"US:a"}, false, "meeting:CL-US:undated-x"},
		{"countryless needs a shared participant", "meeting:~x:2024-05", "2024-05", nil, true, "meeting:~x:2024-05"},
	}
	for _, tt := range tests {
		a := Account{Date: attache.Date(tt.date), Participants: tt.participants}
		got := ChooseMeeting(tt.own, a, tt.countryless, cands)
		if got == "" {
			got = tt.own
		}
		if got != tt.want {
			t.Errorf("%s: ChooseMeeting = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestChooseMeetingSlack(t *testing.T) {
	held := attache.StatusHeld
	geneva := meetingOf("meeting:UA-US:2025-11-23", "2025-11-23",
		Account{Date: "2025-11-23", Published: "2025-11-24", Status: held, City: "Geneva", Participants: []string{"US:jane roe", "UA:ivan petrenko"}})
	geneva.City = "Geneva"
	tests := []struct {
		name    string
		account Account
		want    string
	}{
		{"a day off with a shared participant joins", Account{Date: "2025-11-24", Published: "2025-11-25", Status: held, Participants: []string{"US:jane roe"}}, geneva.ID},
		{"a week off with a shared participant joins", Account{Date: "2025-11-16", Published: "2025-11-25", Status: held, Participants: []string{"US:jane roe"}}, geneva.ID},
		{"a week off in another city is another round", Account{Date: "2025-11-30", Published: "2025-12-01", Status: held, City: "Miami", Participants: []string{"US:jane roe"}}, "own"},
		{"a day off without participants is another meeting", Account{Date: "2025-11-24", Published: "2025-11-25", Status: held}, "own"},
		{"nine days off is another meeting", Account{Date: "2025-12-02", Published: "2025-12-03", Status: held, Participants: []string{"US:jane roe"}}, "own"},
	}
	for _, tt := range tests {
		got := ChooseMeeting("own", tt.account, false, []Candidate{geneva})
		if got == "" {
			got = "own"
		}
		if got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}
