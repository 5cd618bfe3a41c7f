// Package attache holds Attaché's domain: the articles it reads, the officials,
// countries, engagements and policy issues it finds in them, the evidence that
// ties every fact to a sentence, and the interfaces through which the loader
// writes and the API reads. It imports only the standard library so that every
// other package can depend on it and it on none of them.
package attache

import "time"

// Level ranks an official's office; the API filters "leaders" by it.
type Level string

// The levels an official can hold, from the guidelines' list of who counts.
const (
	LevelHeadOfState      Level = "head_of_state"
	LevelHeadOfGovernment Level = "head_of_government"
	LevelMinister         Level = "minister"
	LevelDeputy           Level = "deputy"
	LevelAmbassador       Level = "ambassador"
	LevelMilitary         Level = "military"
	LevelLegislator       Level = "legislator"
	LevelIntlOrganization Level = "international_organization"
	LevelOther            Level = "other"
)

// Levels lists every level in rank order.
var Levels = []Level{
	LevelHeadOfState, LevelHeadOfGovernment, LevelMinister, LevelDeputy,
	LevelAmbassador, LevelMilitary, LevelLegislator, LevelIntlOrganization, LevelOther,
}

// IsLeader reports whether the level counts as one of a state's leaders:
// head of state, head of government or minister.
func (l Level) IsLeader() bool {
	return l == LevelHeadOfState || l == LevelHeadOfGovernment || l == LevelMinister
}

// MeetingKind is the form an engagement takes.
type MeetingKind string

// The kinds of engagement of the annotation guidelines.
const (
	KindMeeting MeetingKind = "meeting"
	KindVisit   MeetingKind = "visit"
	KindCall    MeetingKind = "call"
	KindSummit  MeetingKind = "summit"
	KindTalks   MeetingKind = "talks"
)

// MeetingKinds lists every kind.
var MeetingKinds = []MeetingKind{KindMeeting, KindVisit, KindCall, KindSummit, KindTalks}

// Rank orders the kinds from the least to the most specific: when accounts
// of one engagement name different kinds, the most specific is kept
// (a summit is a meeting; talks are a meeting with delegations; a call is
// no visit). Unknown kinds rank below all.
func (k MeetingKind) Rank() int {
	switch k {
	case KindSummit:
		return 5
	case KindTalks:
		return 4
	case KindCall:
		return 3
	case KindMeeting:
		return 2
	case KindVisit:
		return 1
	}
	return 0
}

// Class groups the kinds that may describe one engagement: a summit, talks
// and a meeting may be one event seen by different reporters, while a call
// is never a visit or a meeting in person.
func (k MeetingKind) Class() MeetingKind {
	switch k {
	case KindCall, KindVisit:
		return k
	}
	return KindMeeting
}

// MeetingStatus says whether an engagement took place.
type MeetingStatus string

// The statuses of an engagement relative to the article's date.
const (
	StatusHeld      MeetingStatus = "held"
	StatusScheduled MeetingStatus = "scheduled"
	StatusCancelled MeetingStatus = "cancelled"
)

// MeetingStatuses lists every status.
var MeetingStatuses = []MeetingStatus{StatusHeld, StatusScheduled, StatusCancelled}

// DatePrecision says how much of a date an article fixes.
type DatePrecision string

// Precisions of a date; DateNone when the article fixes no date.
const (
	DateNone  DatePrecision = ""
	DateYear  DatePrecision = "year"
	DateMonth DatePrecision = "month"
	DateDay   DatePrecision = "day"
)

// Rank orders the precisions: none 0, year 1, month 2, day 3.
func (p DatePrecision) Rank() int {
	switch p {
	case DateYear:
		return 1
	case DateMonth:
		return 2
	case DateDay:
		return 3
	}
	return 0
}

// Date is a calendar date known to a precision: "2005-08-18", "2005-08",
// "2005" or empty. It is kept as text because that is how analysts and the
// extraction format write it and because it sorts correctly as text.
type Date string

// Precision reports how much of the date is known.
func (d Date) Precision() DatePrecision {
	switch len(d) {
	case 10:
		return DateDay
	case 7:
		return DateMonth
	case 4:
		return DateYear
	default:
		return DateNone
	}
}

// Range returns the first and last day the date may stand for.
func (d Date) Range() (first, last time.Time, ok bool) {
	switch d.Precision() {
	case DateDay:
		t, err := time.Parse("2006-01-02", string(d))
		return t, t, err == nil
	case DateMonth:
		t, err := time.Parse("2006-01", string(d))
		return t, t.AddDate(0, 1, -1), err == nil
	case DateYear:
		t, err := time.Parse("2006", string(d))
		return t, t.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// Overlaps says whether two dates may name the same day: their ranges meet.
// An unknown date may name any day.
func (d Date) Overlaps(o Date) bool {
	df, dl, dok := d.Range()
	of, ol, ook := o.Range()
	if !dok || !ook {
		return true
	}
	return !df.After(ol) && !of.After(dl)
}

// Evidence ties a fact to the sentence that states it: the article, the
// sentence, its byte offsets in the article's cleaned text, and the rule or
// cue that produced the fact, so an analyst can see why it is there.
type Evidence struct {
	ArticleID string `json:"article,omitempty"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Rule      string `json:"rule,omitempty"`
}

// Article is one source text: a news article or an official readout.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published Date   `json:"published,omitempty"`
	// Text is the raw body as read; HTML is converted before extraction.
	Text string `json:"text"`
	// Source names where the article was read from (file and line), for errors.
	Source string `json:"-"`
}

// Country is a sovereign state, keyed by its ISO 3166-1 alpha-2 code
// (XK for Kosovo, PS for Palestine, VA for the Holy See).
type Country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Issue is a policy subject from the project's taxonomy.
type Issue struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
}
