package attache

import "context"

// The read side of the graph: what the API shows of each node and the
// service it reads through. Lookups by key take many keys at once, so the
// API can answer a nested query with one database round trip per level
// rather than one per result.

// OfficialView is an official as the API shows it.
type OfficialView struct {
	ID      string
	Name    string
	Aliases []string
	Title   string
	Level   Level
	// CountryCode is the state served; empty for an organisation's official.
	CountryCode string
	// CountryName comes with the official so showing it costs no lookup.
	CountryName  string
	Organization string
}

// MeetingView is an engagement as the API shows it.
type MeetingView struct {
	ID            string
	Kind          MeetingKind
	Status        MeetingStatus
	Date          Date
	DatePrecision DatePrecision
	City          string
	// HostCode is the state it was held in, when known, and HostName its name.
	HostCode string
	HostName string
	// Countries are the states that took part, when the store sent them with
	// the meeting (nil: not sent, ask for them).
	Countries []Country
}

// IssueView is a policy issue with how often it comes up.
type IssueView struct {
	ID           string
	Label        string
	Description  string
	MeetingCount int
	ArticleCount int
}

// Role is an office an official holds for a state.
type Role struct {
	CountryCode string
	Title       string
	Level       Level
	FirstSeen   Date
	LastSeen    Date
}

// Report is an article's report of an engagement, or its mention of an
// official, with the sentence that states it.
type Report struct {
	Article  ArticleInfo
	Evidence string
	Start    int
	End      int
}

// DiscussedIssue is an issue a meeting discussed and the sentences, from
// the articles that report the meeting with that issue, that put it there.
type DiscussedIssue struct {
	Issue    IssueView
	Evidence []Report
}

// Counterpart is an official met, how often and when.
type Counterpart struct {
	Official     OfficialView
	MeetingCount int
	FirstDate    Date
	LastDate     Date
}

// Partner is a state met, how often and when.
type Partner struct {
	Country      Country
	MeetingCount int
	FirstDate    Date
	LastDate     Date
}

// CountryLink is a pair of states that took part in the same engagements:
// how many and when. A is the one whose code sorts first.
type CountryLink struct {
	A, B         Country
	MeetingCount int
	FirstDate    Date
	LastDate     Date
}

// PartnerSeries is a state met and how often in each year or month.
type PartnerSeries struct {
	Country      Country
	MeetingCount int
	// Buckets are the periods with at least one engagement, oldest first.
	Buckets []TimelineBucket
}

// IssueCount is an issue and how often it comes up in some context.
type IssueCount struct {
	Issue IssueView
	Count int
}

// TimelineBucket counts engagements in one year ("2005") or month ("2005-08").
type TimelineBucket struct {
	Period       string
	MeetingCount int
}

// Granularity is the bucket size of a timeline.
type Granularity string

// Timeline granularities.
const (
	ByYear  Granularity = "year"
	ByMonth Granularity = "month"
)

// OfficialMet is a foreign official who attended engagements with a state's
// officials: whom they met, where, how often and when.
type OfficialMet struct {
	Official     OfficialView
	Counterparts []OfficialView
	// Meetings are the engagements, newest first.
	Meetings     []MeetingView
	MeetingCount int
	FirstDate    Date
	LastDate     Date
}

// ArticleLinks are the keys of what an article reports and mentions.
type ArticleLinks struct {
	MeetingIDs   []string
	OfficialIDs  []string
	CountryCodes []string
	IssueIDs     []string
}

// SearchHit is one result of a full-text search.
type SearchHit struct {
	// Kind is "official", "country", "issue" or "article".
	Kind  string
	ID    string
	Label string
	Score float64
}

// PathStep is one node of a connection path and the relationship type that
// leads from it to the next ("" on the last step).
type PathStep struct {
	// Kind is "official", "meeting" or "country".
	Kind         string
	ID           string
	Label        string
	Relationship string
}

// Path is the chain of nodes linking two officials.
type Path struct {
	Steps []PathStep
}

// PathQuery asks for the shortest paths between two officials.
type PathQuery struct {
	FromID, ToID string
	MaxHops      int
	// ThroughStates also walks Official-REPRESENTS-Country: two officials of
	// one state are then two hops apart whether or not they ever met anyone.
	ThroughStates bool
	// First bounds how many paths of the shortest length come back.
	First int
}

// MeetingOrder orders a meeting list.
type MeetingOrder string

// Meeting orders; undated meetings come last in both.
const (
	NewestFirst MeetingOrder = "date_desc"
	OldestFirst MeetingOrder = "date_asc"
)

// MeetingScope names the kind of parent of a nested meeting list.
type MeetingScope string

// The parents a meeting list can belong to: an official who attended, a
// state that took part, an issue discussed.
const (
	ScopeOfficial MeetingScope = "official"
	ScopeCountry  MeetingScope = "country"
	ScopeIssue    MeetingScope = "issue"
)

// MeetingFilter narrows a meeting list; zero fields do not filter. Country
// fields hold ISO codes (upper case).
type MeetingFilter struct {
	Countries   []string // all of these took part
	AnyCountry  []string // at least one of these took part
	Official    string
	Issue       string
	Kinds       []MeetingKind
	Statuses    []MeetingStatus
	HostCountry string
	From, To    Date
}

// OfficialFilter narrows an official list.
type OfficialFilter struct {
	Search  string
	Country string
	Levels  []Level
}

// ArticleFilter narrows an article list.
type ArticleFilter struct {
	Outlet   string
	From, To Date
	Search   string
}

// WhoMetQuery asks which foreign officials met a state's officials.
type WhoMetQuery struct {
	Country     string
	LeadersOnly bool
	From, To    Date
}

// PageArgs asks for a page: at most First items after the opaque cursor.
type PageArgs struct {
	First int
	After string
}

// Edge is one item of a page and the cursor that points just after it.
type Edge[T any] struct {
	Node   T
	Cursor string
}

// Page is one page of a keyset-paginated list. Cursors encode the sort key
// of an item, not its offset, so items inserted between two requests are
// neither skipped nor repeated.
type Page[T any] struct {
	Edges       []Edge[T]
	HasNextPage bool
}

// ReadService is everything the API reads. Batch methods return a map from
// the keys asked for to what was found; a key with nothing is absent. Errors
// are *Error with EINVALID (a bad cursor or argument), ENOTFOUND, ETIMEOUT or
// EUNAVAILABLE, or internal errors whose detail must not reach clients.
type ReadService interface {
	// Nodes by key.
	Officials(ctx context.Context, ids []string) (map[string]OfficialView, error)
	Countries(ctx context.Context, codes []string) (map[string]Country, error)
	Meetings(ctx context.Context, ids []string) (map[string]MeetingView, error)
	Issues(ctx context.Context, ids []string) (map[string]IssueView, error)
	Articles(ctx context.Context, ids []string) (map[string]ArticleInfo, error)
	// ResolveCountry finds a state by ISO code (any case) or name; ENOTFOUND
	// when there is none.
	ResolveCountry(ctx context.Context, codeOrName string) (Country, error)

	// Neighbours, many parents at once.
	MeetingParticipants(ctx context.Context, meetingIDs []string) (map[string][]OfficialView, error)
	MeetingCountries(ctx context.Context, meetingIDs []string) (map[string][]Country, error)
	MeetingIssues(ctx context.Context, meetingIDs []string) (map[string][]IssueView, error)
	MeetingReports(ctx context.Context, meetingIDs []string) (map[string][]Report, error)
	MeetingIssueEvidence(ctx context.Context, meetingIDs []string) (map[string][]DiscussedIssue, error)
	// ArticleTexts are the cleaned texts evidence offsets point into; an
	// article stored without one is absent.
	ArticleTexts(ctx context.Context, articleIDs []string) (map[string]string, error)
	OfficialRoles(ctx context.Context, officialIDs []string) (map[string][]Role, error)
	OfficialMentions(ctx context.Context, officialIDs []string, first int) (map[string][]Report, error)
	Counterparts(ctx context.Context, officialIDs []string, first int) (map[string][]Counterpart, error)
	OfficialIssues(ctx context.Context, officialIDs []string, first int) (map[string][]IssueCount, error)
	CountryLeaders(ctx context.Context, codes []string) (map[string][]OfficialView, error)
	Partners(ctx context.Context, codes []string, from, to Date, first int) (map[string][]Partner, error)
	CountryIssues(ctx context.Context, codes []string, first int) (map[string][]IssueCount, error)
	ArticleLinks(ctx context.Context, articleIDs []string) (map[string]ArticleLinks, error)
	IssueCountries(ctx context.Context, issueID string, first int) ([]Country, error)
	IssueOfficials(ctx context.Context, issueID string, first int) ([]OfficialView, error)
	Timeline(ctx context.Context, code string, g Granularity, from, to Date) ([]TimelineBucket, error)
	// CountryLinks is the first pairs of states by engagements shared in
	// the period, heaviest first; with codes, only pairs with one of them.
	CountryLinks(ctx context.Context, codes []string, from, to Date, first int) ([]CountryLink, error)
	// PartnerSeries is the first states a state met most often in the
	// period, each with its engagements per year or month.
	PartnerSeries(ctx context.Context, code string, g Granularity, from, to Date, first int) ([]PartnerSeries, error)

	// Lists, keyset-paginated; counts are separate so they run only when asked.
	ListMeetings(ctx context.Context, f MeetingFilter, order MeetingOrder, p PageArgs) (Page[MeetingView], error)
	CountMeetings(ctx context.Context, f MeetingFilter) (int, error)
	// ListMeetingsOf pages through the meetings of many parents at once
	// (the meetings field of a list of officials, states or issues), each
	// narrowed by f; CountMeetingsOf counts them.
	ListMeetingsOf(ctx context.Context, scope MeetingScope, ids []string, f MeetingFilter, order MeetingOrder, p PageArgs) (map[string]Page[MeetingView], error)
	CountMeetingsOf(ctx context.Context, scope MeetingScope, ids []string, f MeetingFilter) (map[string]int, error)
	ListOfficials(ctx context.Context, f OfficialFilter, p PageArgs) (Page[OfficialView], error)
	CountOfficials(ctx context.Context, f OfficialFilter) (int, error)
	ListCountries(ctx context.Context, p PageArgs) (Page[Country], error)
	CountCountries(ctx context.Context) (int, error)
	ListArticles(ctx context.Context, f ArticleFilter, p PageArgs) (Page[ArticleInfo], error)
	CountArticles(ctx context.Context, f ArticleFilter) (int, error)
	ListIssues(ctx context.Context) ([]IssueView, error)
	OfficialsWhoMet(ctx context.Context, q WhoMetQuery, p PageArgs) (Page[OfficialMet], error)
	CountOfficialsWhoMet(ctx context.Context, q WhoMetQuery) (int, error)

	Search(ctx context.Context, text string, first int) ([]SearchHit, error)
	// ShortestPaths links two officials by up to q.First shortest paths
	// through the engagements they attended (and the states they represent
	// with q.ThroughStates); none when no path of at most q.MaxHops exists.
	ShortestPaths(ctx context.Context, q PathQuery) ([]Path, error)
	Stats(ctx context.Context) (Stats, error)
}

// IngestResult is what ingesting one article did.
type IngestResult struct {
	ArticleID string
	Changed   bool
	Meetings  []EngagementFact
}

// Ingester extracts one article and writes it, as `attache load` does.
type Ingester interface {
	Ingest(ctx context.Context, a Article) (IngestResult, error)
}
