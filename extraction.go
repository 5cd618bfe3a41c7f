package attache

// Extraction is everything the extractor found in one article: the document
// graph the loader writes to the store. Its JSON is the extraction format of
// the evaluation (officials, countries, meetings, issues), with ids and
// evidence added; the scorer ignores the extra fields.
type Extraction struct {
	Article  ArticleInfo `json:"article"`
	Headline string      `json:"headline,omitempty"`
	Byline   string      `json:"byline,omitempty"`
	Dateline *Dateline   `json:"dateline,omitempty"`
	// CleanText is the article's text after page chrome is stripped; every
	// evidence offset points into it.
	CleanText string           `json:"-"`
	Officials []OfficialFact   `json:"officials"`
	Countries []CountryFact    `json:"countries"`
	Meetings  []EngagementFact `json:"meetings"`
	Issues    []IssueFact      `json:"issues"`
	// StateNames names every state whose code the facts use, including
	// those the article refers to only as an engagement's party or venue
	// (and so not in Countries), so that the graph's Country nodes all
	// carry a name.
	StateNames map[string]string `json:"stateNames,omitempty"`
}

// ArticleInfo is the metadata of an extracted article, without its text.
type ArticleInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published Date   `json:"published,omitempty"`
	// TextHash is the hash of the normalised text; the article's id derives
	// from it when the source gives none.
	TextHash string `json:"textHash,omitempty"`
}

// Dateline is the "LIMA, Peru, Aug. 18, 2005 –" opening of a news article.
type Dateline struct {
	City    string `json:"city,omitempty"`
	Country string `json:"country,omitempty"`
	Date    Date   `json:"date,omitempty"`
}

// OfficialFact is a named person acting for a state or an international
// organisation, as one article presents them.
type OfficialFact struct {
	// Name is the fullest form of the name the article gives.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// Title is normalised ("Minister of Defense" for "defense minister").
	Title string `json:"title,omitempty"`
	Level Level  `json:"level,omitempty"`
	// Country is the ISO code of the state served, empty for officials of an
	// international organisation, who carry Organization instead.
	Country      *string    `json:"country"`
	Organization string     `json:"organization,omitempty"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// CountryFact is a sovereign state the article's body mentions.
type CountryFact struct {
	Code     string     `json:"code"`
	Name     string     `json:"name,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Location is where an engagement takes place.
type Location struct {
	City    *string `json:"city"`
	Country *string `json:"country"`
}

// EngagementFact is one diplomatic engagement: a meeting, visit, call, summit
// or round of talks, with who took part, where, when and about what.
type EngagementFact struct {
	Kind   MeetingKind   `json:"kind"`
	Status MeetingStatus `json:"status"`
	// Date is nil when the article fixes none.
	Date          *Date         `json:"date"`
	DatePrecision DatePrecision `json:"datePrecision,omitempty"`
	// Participants are names as in OfficialFact.Name.
	Participants []string `json:"participants"`
	// Countries are the states taking part: participants' states, delegations'
	// states and, for a visit, the visited state; not a venue-only state.
	Countries []string   `json:"countries"`
	Location  *Location  `json:"location,omitempty"`
	Issues    []string   `json:"issues"`
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// IssueFact is a policy issue, by taxonomy id, that the article's
// engagements concern.
type IssueFact struct {
	ID       string     `json:"id"`
	Evidence []Evidence `json:"evidence,omitempty"`
}
