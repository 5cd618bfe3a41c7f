package identity

import (
	"slices"
	"time"

	"github.com/attache-project/attache"
)

// Horizon bounds how far from its article's publication an engagement that
// the article leaves undated may lie: a report of a held engagement refers
// to something in the year before its article, a scheduled one to
// something in the year after. News that tells of an older engagement
// dates it; one that does not is about recent events.
const Horizon = 366 * 24 * time.Hour

// Slack is how many days apart two dated accounts of one engagement may
// be when they name a common participant and no different cities: reports
// misplace a weekday by a week ("on Monday" read as the past Monday
// instead of the coming one) or a day (time zones, "yesterday" in a
// story filed after midnight). Engagements of the same officials between
// the same states a week apart in the same city are rare; in different
// cities they are kept apart.
const Slack = 7

// Account is what the joining rules need of one article's account of an
// engagement: its date (possibly empty), its article's publication date,
// the status it reports and the officials it names (their graph ids).
type Account struct {
	Date, Published attache.Date
	Status          attache.MeetingStatus
	City            string
	Participants    []string
}

// Window is the span of days an engagement may lie in. Unbounded windows
// (an undated account without a publication date) fit anything.
type Window struct {
	First, Last time.Time
	Bounded     bool
}

// Unbounded is the window of an engagement nothing dates.
var Unbounded = Window{}

// Overlaps says whether two windows share a day.
func (w Window) Overlaps(o Window) bool {
	if !w.Bounded || !o.Bounded {
		return true
	}
	return !w.First.After(o.Last) && !o.First.After(w.Last)
}

// Intersect narrows w by o; when they do not meet (reports that disagree),
// w is kept, so a meeting's window never becomes empty.
func (w Window) Intersect(o Window) Window {
	switch {
	case !o.Bounded:
		return w
	case !w.Bounded:
		return o
	case !w.Overlaps(o):
		return w
	}
	if o.First.After(w.First) {
		w.First = o.First
	}
	if o.Last.Before(w.Last) {
		w.Last = o.Last
	}
	return w
}

// WindowOf is the span an account places its engagement in: a dated
// account its date's days; an undated one the Horizon before its
// article's publication when it reports a held engagement, after it when a
// scheduled one, and either side when it says neither (a cancellation may
// be of a past plan or of a future one).
func WindowOf(a Account) Window {
	if first, last, ok := a.Date.Range(); ok {
		return Window{First: first, Last: last, Bounded: true}
	}
	first, last, ok := a.Published.Range()
	if !ok {
		return Unbounded
	}
	switch a.Status {
	case attache.StatusHeld:
		return Window{First: first.Add(-Horizon), Last: last, Bounded: true}
	case attache.StatusScheduled:
		return Window{First: first, Last: last.Add(Horizon), Bounded: true}
	}
	return Window{First: first.Add(-Horizon), Last: last.Add(Horizon), Bounded: true}
}

// Candidate is a meeting an account may join: its id, its best date, the
// window its accounts allow (the intersection of their WindowOf), the
// union of the officials they name and the span of its accounts'
// publication dates (Published; unbounded when none is known).
type Candidate struct {
	ID           string
	Date         attache.Date
	City         string
	Window       Window
	Participants []string
	Published    Window
}

// Span widens w to cover the days of the date d (a publication date); an
// unbounded w becomes d's days. A date that is not one leaves w as it is.
func (w Window) Span(d attache.Date) Window {
	first, last, ok := d.Range()
	switch {
	case !ok:
		return w
	case !w.Bounded:
		return Window{First: first, Last: last, Bounded: true}
	}
	if first.Before(w.First) {
		w.First = first
	}
	if last.After(w.Last) {
		w.Last = last
	}
	return w
}

// publishedNear says whether the account's article was published within
// the Horizon of every article that reports the candidate: news of one
// engagement comes out within a year of it, so accounts published years
// apart are of different engagements, even when a coarse date ("in 2022")
// or no date at all would let them meet.
func publishedNear(a Account, c Candidate) bool {
	first, last, ok := a.Published.Range()
	if !ok || !c.Published.Bounded {
		return true
	}
	return !first.After(c.Published.First.Add(Horizon)) && !last.Before(c.Published.Last.Add(-Horizon))
}

// daysApart is the number of days between two dates' ranges: 0 when they
// overlap or either is unknown.
func daysApart(a, b attache.Date) int {
	af, al, aok := a.Range()
	bf, bl, bok := b.Range()
	switch {
	case !aok || !bok:
		return 0
	case al.Before(bf):
		return int(bf.Sub(al).Hours() / 24)
	case bl.Before(af):
		return int(af.Sub(bl).Hours() / 24)
	}
	return 0
}

func shareOne(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// Fits says whether an account may describe the candidate meeting: their
// dates may name one day (or, when they name a common participant and no
// different cities, lie at most Slack days apart), the candidate lies where
// the account places its engagement, its article was published within the
// Horizon of every article reporting the candidate, and the two do not name only
// different officials (two accounts whose named participants are disjoint
// are two meetings, even on one day between the same states). Without a
// state to tie them, an account and a meeting must share a participant.
func Fits(a Account, stateless bool, c Candidate) bool {
	if !placedNear(a, c) || !publishedNear(a, c) {
		return false
	}
	if len(a.Participants) == 0 || len(c.Participants) == 0 {
		return !stateless && a.Date.Overlaps(c.Date)
	}
	if !shareOne(a.Participants, c.Participants) {
		return false
	}
	if a.Date.Overlaps(c.Date) {
		return true
	}
	return (a.City == "" || c.City == "" || a.City == c.City) && daysApart(a.Date, c.Date) <= Slack
}

// placedNear says whether the candidate lies where the account places its
// engagement: an undated account's window must hold the candidate's date
// (when it has one) and meet the window of the candidate's reports; a
// dated account's date, give or take Slack days, must meet that window.
func placedNear(a Account, c Candidate) bool {
	w := WindowOf(a)
	if a.Date == "" {
		dated := WindowOf(Account{Date: c.Date})
		return w.Overlaps(dated) && w.Overlaps(c.Window)
	}
	slack := time.Duration(Slack) * 24 * time.Hour
	w.First, w.Last = w.First.Add(-slack), w.Last.Add(slack)
	return w.Overlaps(c.Window)
}

// ChooseMeeting picks the meeting an account joins among cands, or returns
// "" when none fits (Fits): the account then starts a meeting of its own,
// under its own key own unless a meeting that does not fit holds it. Of several that fit,
// those that name one of the account's officials come first (namingOneOf);
// of those, the one with the account's own key wins, then the nearest date (one
// that overlaps the account's first), then the most precise, then the
// earliest, then the smallest id. An undated account that fits
// several dated meetings joins the one nearest its article's publication
// on the side its status points to (the latest before a held one, the
// earliest after a scheduled one); when that does not single one out it
// joins none.
func ChooseMeeting(own string, a Account, stateless bool, cands []Candidate) string {
	var fits []Candidate
	for _, c := range cands {
		if Fits(a, stateless, c) {
			fits = append(fits, c)
		}
	}
	fits = namingOneOf(a, fits)
	if len(fits) == 0 {
		return ""
	}
	for _, c := range fits {
		if c.ID == own {
			return own
		}
	}
	if a.Date == "" && len(fits) > 1 {
		return nearest(a, fits)
	}
	slices.SortFunc(fits, func(x, y Candidate) int {
		if dx, dy := daysApart(a.Date, x.Date), daysApart(a.Date, y.Date); dx != dy {
			return dx - dy
		}
		if px, py := x.Date.Precision().Rank(), y.Date.Precision().Rank(); px != py {
			return py - px
		}
		if x.Date != y.Date {
			return compareStrings(string(x.Date), string(y.Date))
		}
		return compareStrings(x.ID, y.ID)
	})
	return fits[0].ID
}

// namingOneOf keeps, of the meetings an account fits, those that name one
// of the officials it names, when there are such: a meeting whose reports
// name nobody (an article's stray account of the day) fits by its date
// alone, and should not take the account from the meeting of the same
// people a day away.
func namingOneOf(a Account, fits []Candidate) []Candidate {
	var shared []Candidate
	for _, c := range fits {
		if shareOne(a.Participants, c.Participants) {
			shared = append(shared, c)
		}
	}
	if len(shared) == 0 {
		return fits
	}
	return shared
}

// nearest is, of the meetings an undated account fits, the one whose date
// is nearest its article's publication on the side its status points to;
// "" when the account says nothing of its time, when an undated meeting
// is among them, or when two are equally near.
func nearest(a Account, fits []Candidate) string {
	if a.Published == "" || (a.Status != attache.StatusHeld && a.Status != attache.StatusScheduled) {
		return ""
	}
	best, tie := "", false
	var bestDate attache.Date
	for _, c := range fits {
		if c.Date == "" {
			return ""
		}
		closer := best == "" ||
			(a.Status == attache.StatusHeld && c.Date > bestDate) ||
			(a.Status == attache.StatusScheduled && c.Date < bestDate)
		switch {
		case closer:
			best, bestDate, tie = c.ID, c.Date, false
		case c.Date == bestDate:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// HeldBy says whether an account can tell that its meeting took place: it
// reports it held and its article was published on or after the meeting's
// date (a "held" account of a meeting dated after its own publication is
// the extractor's mistake about tense, or a plan). An undated meeting, or
// an account without a publication date, is taken at its word.
func HeldBy(a Account, meetingDate attache.Date) bool {
	if a.Status != attache.StatusHeld {
		return false
	}
	first, _, ok := meetingDate.Range()
	_, published, pok := a.Published.Range()
	if !ok || !pok {
		return true
	}
	return !published.Before(first)
}
