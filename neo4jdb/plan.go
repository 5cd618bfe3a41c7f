package neo4jdb

import (
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/identity"
)

// A plan is one extraction turned into the rows the write transaction sends:
// ids computed, codes upper-cased, duplicates folded, participants tied to
// officials. Planning is pure, so bad input is refused before any write and
// the transaction function (which the driver may retry) only does I/O.
type plan struct {
	article         articleRow
	countries       []countryRow // every state the article touches, sorted
	countryMentions []mentionRow // by code
	issues          []string     // every issue id, sorted
	issueMentions   []mentionRow // by issue id
	officials       []officialRow
	meetings        []meetingRow
}

type articleRow struct {
	ID, Title, URL, Outlet, Published, TextHash string
}

type countryRow struct {
	Code, Name string
}

// evidence is the first sentence that states a fact, with its offsets.
type evidence struct {
	Sentence   string
	Start, End int
}

func (e evidence) params(m map[string]any) map[string]any {
	m["evidence"] = nullable(e.Sentence)
	m["start"] = e.Start
	m["end"] = e.End
	return m
}

type mentionRow struct {
	Key      string
	Evidence evidence
}

type officialRow struct {
	Prefix string // state code or folded organisation
	// Key is prefix ":" identity.PersonKey of the name; Tokens the name's
	// identifying words (identity.NameTokens). A one-word key may resolve
	// to a fuller name already in the graph.
	Key          string
	Tokens       []string
	Country      string // ISO code when the official serves a state
	Organization string
	Name         string
	Aliases      []string
	Title        string
	Level        string
	Evidence     evidence
}

type meetingRow struct {
	Kind, Status, Date, City, HeldIn string
	// Participants index plan.officials.
	Participants []int
	Countries    []string
	Issues       []string
	Evidence     evidence
}

// newPlan checks and normalises an extraction.
func newPlan(doc *attache.Extraction) (*plan, error) {
	if doc == nil {
		return nil, attache.Errorf(attache.EINVALID, "no extraction to save")
	}
	a := doc.Article
	p := &plan{article: articleRow{
		ID: strings.TrimSpace(a.ID), Title: a.Title, URL: a.URL, Outlet: a.Outlet,
		Published: string(a.Published), TextHash: a.TextHash,
	}}
	if p.article.ID == "" {
		p.article.ID = a.TextHash
	}
	if p.article.ID == "" {
		return nil, attache.Errorf(attache.EINVALID, "article has neither an id nor a text hash")
	}

	countries := map[string]string{}
	addCountry := func(code, name string) string {
		code = strings.ToUpper(strings.TrimSpace(code))
		if code == "" {
			return ""
		}
		if name == "" {
			name = doc.StateNames[code]
		}
		if old, ok := countries[code]; !ok || (name != "" && (old == "" || name < old)) {
			countries[code] = name
		}
		return code
	}
	mentions := map[string]evidence{}
	for _, c := range doc.Countries {
		code := addCountry(c.Code, c.Name)
		if code == "" {
			return nil, attache.Errorf(attache.EINVALID, "article %s: a country has no code", p.article.ID)
		}
		if ev, ok := mentions[code]; !ok || earlier(firstEvidence(c.Evidence), ev) {
			mentions[code] = firstEvidence(c.Evidence)
		}
	}
	p.countryMentions = sortedMentions(mentions)

	issues := map[string]bool{}
	mentions = map[string]evidence{}
	for _, is := range doc.Issues {
		id := strings.TrimSpace(is.ID)
		if id == "" {
			return nil, attache.Errorf(attache.EINVALID, "article %s: an issue has no id", p.article.ID)
		}
		issues[id] = true
		if ev, ok := mentions[id]; !ok || earlier(firstEvidence(is.Evidence), ev) {
			mentions[id] = firstEvidence(is.Evidence)
		}
	}
	p.issueMentions = sortedMentions(mentions)

	if err := p.planOfficials(doc.Officials, addCountry); err != nil {
		return nil, err
	}
	for _, m := range doc.Meetings {
		row, err := p.planMeeting(m, addCountry)
		if err != nil {
			return nil, err
		}
		for _, id := range row.Issues {
			issues[id] = true
		}
		p.meetings = append(p.meetings, row)
	}

	for code, name := range countries {
		p.countries = append(p.countries, countryRow{Code: code, Name: name})
	}
	sort.Slice(p.countries, func(i, j int) bool { return p.countries[i].Code < p.countries[j].Code })
	for id := range issues {
		p.issues = append(p.issues, id)
	}
	sort.Strings(p.issues)
	return p, nil
}

// planOfficials keys each official and folds facts that name the same
// person twice in one article.
func (p *plan) planOfficials(facts []attache.OfficialFact, addCountry func(code, name string) string) error {
	byKey := map[string]int{}
	for _, f := range facts {
		prefix := officialPrefix(f.Country, f.Organization)
		key := officialKey(prefix, f.Name)
		if key == "" {
			return attache.Errorf(attache.EINVALID, "article %s: official %q has no name", p.article.ID, f.Name)
		}
		row := officialRow{
			Prefix: prefix, Key: key, Tokens: identity.NameTokens(f.Name),
			Name: strings.TrimSpace(f.Name), Aliases: distinct(f.Aliases, strings.TrimSpace),
			Title: f.Title, Level: officialLevel(f.Title, f.Level), Evidence: firstEvidence(f.Evidence),
		}
		if f.Country != nil && strings.TrimSpace(*f.Country) != "" {
			row.Country = addCountry(*f.Country, "")
		} else {
			row.Organization = strings.TrimSpace(f.Organization)
		}
		if i, ok := byKey[key]; ok {
			p.officials[i] = mergeOfficialRows(p.officials[i], row)
			continue
		}
		byKey[key] = len(p.officials)
		p.officials = append(p.officials, row)
	}
	return nil
}

// mergeOfficialRows folds two facts about one person from one article.
func mergeOfficialRows(a, b officialRow) officialRow {
	if betterName(b.Name, a.Name) {
		a.Name, b.Name = b.Name, a.Name
	}
	a.Aliases = distinct(append(append(a.Aliases, b.Aliases...), b.Name), strings.TrimSpace)
	if a.Title == "" {
		a.Title = b.Title
	}
	if a.Level == "" {
		a.Level = b.Level
	}
	if earlier(b.Evidence, a.Evidence) {
		a.Evidence = b.Evidence
	}
	return a
}

// planMeeting checks and normalises one engagement of the article: its
// date, place, states (partyStates), issues and participants.
func (p *plan) planMeeting(m attache.EngagementFact, addCountry func(code, name string) string) (meetingRow, error) {
	row := meetingRow{Kind: string(m.Kind), Status: string(m.Status), Evidence: firstEvidence(m.Evidence)}
	if m.Date != nil {
		if _, _, ok := m.Date.Range(); !ok && *m.Date != "" {
			return row, attache.Errorf(attache.EINVALID, "article %s: meeting date %q is not YYYY, YYYY-MM or YYYY-MM-DD", p.article.ID, string(*m.Date))
		}
		row.Date = string(*m.Date)
	}
	if m.Location != nil {
		if m.Location.City != nil {
			row.City = *m.Location.City
		}
		if m.Location.Country != nil {
			row.HeldIn = addCountry(*m.Location.Country, "")
		}
	}
	row.Issues = distinct(m.Issues, strings.TrimSpace)
	row.Participants = p.participants(m.Participants)
	row.Countries = p.partyStates(distinct(m.Countries, func(c string) string { return addCountry(c, "") }), row)
	return row, nil
}

// partyStates completes the states a meeting row names with those of its
// participants (this article's claims) and its venue, as
// identity.PartyStates says: the row's group and its INVOLVED edges.
func (p *plan) partyStates(given []string, row meetingRow) []string {
	var served []string
	for _, i := range row.Participants {
		served = append(served, p.officials[i].Country)
	}
	return nonNil(identity.PartyStates(given, served, row.HeldIn))
}

// participants ties the names of a meeting's participants to the article's
// officials, by full name or alias, then by a unique last name.
func (p *plan) participants(names []string) []int {
	var out []int
	seen := map[int]bool{}
	for _, name := range names {
		i := p.officialByName(name)
		if i < 0 {
			slog.Warn("meeting participant is not among the article's officials; left out",
				"article", p.article.ID, "participant", name)
			continue
		}
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}

func (p *plan) officialByName(name string) int {
	want := identity.PersonKey(name)
	if want == "" {
		return -1
	}
	for i, o := range p.officials {
		for _, form := range append([]string{o.Name}, o.Aliases...) {
			if identity.PersonKey(form) == want {
				return i
			}
		}
	}
	match := -1
	for i, o := range p.officials {
		if slices.Contains(nameEnds(o.Tokens), want) {
			if match >= 0 {
				return -1
			}
			match = i
		}
	}
	return match
}

func firstEvidence(evs []attache.Evidence) evidence {
	var best evidence
	for i, e := range evs {
		ev := evidence{Sentence: e.Sentence, Start: e.Start, End: e.End}
		if i == 0 || earlier(ev, best) {
			best = ev
		}
	}
	return best
}

// earlier orders evidence by position, then text, so the evidence kept for a
// fact does not depend on the order of the extractor's list.
func earlier(a, b evidence) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End < b.End
	}
	return a.Sentence < b.Sentence
}

func sortedMentions(m map[string]evidence) []mentionRow {
	rows := make([]mentionRow, 0, len(m))
	for k, ev := range m {
		rows = append(rows, mentionRow{Key: k, Evidence: ev})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Key < rows[j].Key })
	return rows
}

// distinct maps, drops empties and duplicates, and sorts. It sorts first
// and drops the neighbours that repeat, rather than keeping a set of the
// strings seen: its lists are a meeting's few participants or issues, and
// the set was a map allocated for each of the clustering's aggregates.
func distinct(in []string, f func(string) string) []string {
	var out []string
	for _, s := range in {
		if s = f(s); s != "" {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// nullable stores "" as null, so absent values are absent properties.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func (r officialRow) String() string { return fmt.Sprintf("%s (%s)", r.Key, r.Name) }
