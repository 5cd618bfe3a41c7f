// Package extract turns an article's text into facts: officials, countries,
// engagements and policy issues, each with its evidence. It is pure: no I/O,
// no database, no network.
//
// The pipeline is a row of small stages, each in its own file; extract
// runs them in this order (docs/EXTRACTION.md says what each adds):
//
//	clean.go       HTML to text, page chrome out, headline, byline, dateline
//	extract.go     the document's dates and dateline state; output assembly
//	text.go        tokens and sentences with byte offsets
//	dates.go       date expressions resolved against the dateline
//	countries.go   states named by name, demonym or capital (the gazetteer)
//	officials.go   offices and the names they introduce
//	speakers.go    transcript speaker labels ("PRESIDENT SANI:")
//	issuer.go      the issuer of a first-person release, from its header
//	people.go      mentions grouped into persons; each person's state; refs
//	frames.go      engagement frames: one candidate per trigger of a sentence
//	triggers.go    the trigger words that state an engagement (not a wish)
//	framepeople.go a frame's roles: participants, party states, place
//	framedates.go  a frame's dates: which date mention dates which candidate
//	folds.go       triggers of one sentence that state one engagement joined
//	splits.go      one sentence's separate encounters split apart
//	groups.go      clubs of states (G7, Quad) named as parties
//	settle.go      mentions of one engagement joined; status and dates
//	engagements.go the rules that compare and rank engagements
//	issues.go      the policy issues the engagements concern
//
// Names are folded and compared by package identity, as the store does.
// The reference data of every stage is embedded in package lexicon, parsed
// once by New and read-only afterwards.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader/extract/lexicon"
)

// Extractor runs the extraction pipeline with its reference data, which is
// parsed once by New and never changed afterwards, so one Extractor may be
// used by many goroutines.
type Extractor struct {
	gaz       *lexicon.Gazetteer
	lex       *lexicon.Lexicon
	countries *countryMatcher
	titles    *titleIndex
	triggers  *triggerIndex
	issues    *issueIndex
	orgs      []orgEntry
	dates     *dateParser
	// trace, when set by a test, receives the engagement stage's working.
	trace func(format string, args ...any)
}

type orgEntry struct {
	toks []string
	name string
}

// New parses the embedded reference data and returns an Extractor.
func New() (*Extractor, error) {
	g, err := lexicon.LoadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	lx, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x := &Extractor{
		gaz:       g,
		lex:       lx,
		countries: newCountryMatcher(g, lx.Places),
		titles:    newTitleIndex(lx.Titles),
		triggers:  newTriggerIndex(lx.Triggers),
		issues:    newIssueIndex(lx.IssueKeywords),
		dates:     newDateParser(),
	}
	for _, o := range lx.Orgs {
		e := orgEntry{name: o.Name}
		for _, t := range tokenize(o.Surface, 0, len(o.Surface), nil) {
			e.toks = append(e.toks, t.text)
		}
		x.orgs = append(x.orgs, e)
	}
	sort.SliceStable(x.orgs, func(i, j int) bool { return len(x.orgs[i].toks) > len(x.orgs[j].toks) })
	return x, nil
}

// maxBinaryShare is the share of NUL bytes above which input is not text.
const maxBinaryShare = 0.01

// Extract returns the facts found in one article. A bug that panics on some
// text becomes that article's error, naming the article and where it broke,
// so one article never ends a run of thousands.
func (x *Extractor) Extract(a attache.Article) (e *attache.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, err = nil, attache.Errorf(attache.EINTERNAL, "article %s: the extractor failed on this text (%v at %s); please report it with the article",
				sourceName(a), r, panicSite())
		}
	}()
	return x.extract(a)
}

// panicSite names the extractor's function and line where a recovered panic
// was raised: the first frame of this package below the runtime's.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if strings.Contains(f.Function, "/loader/extract.") && !strings.HasSuffix(f.Function, ".panicSite") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}

func (x *Extractor) extract(a attache.Article) (*attache.Extraction, error) {
	if nul := strings.Count(a.Text, "\x00"); nul > 0 && float64(nul) > maxBinaryShare*float64(len(a.Text)) {
		return nil, attache.Errorf(attache.EINVALID, "article %s: the text is binary data (%d NUL bytes), not an article", sourceName(a), nul)
	}
	d := clean(a.Text, a.Title, a.Outlet, x.dates)
	ref := x.settleDocumentDates(&d, a.Published)
	x.settleDatelineCountry(&d)
	sents := splitSentences(d.text, d.bodyAt)
	markFirstBody(&d, sents)

	cms := x.findCountries(sents)
	ms, unnamed, unnamedSent := x.findOfficials(d.text, sents, cms)
	if m, ok := x.findIssuer(a.Text, sents); ok {
		ms = append(ms, m)
	}
	if m, ok := x.findOutletHolder(d.text, sents, cms, a.Outlet); ok {
		ms = append(ms, m)
	}
	outletState, outletOrg := x.outletCues(&d, a.Outlet)
	d.govOutlet = d.usOutlet || outletState != "" || outletOrg != ""
	people := x.clusterOfficials(&d, sents, ms, cms, d.byline, outletState, outletOrg)
	parties := x.findRefs(&d, sents, people, unnamed, unnamedSent, outletState)
	engs := x.findEngagements(&d, sents, people, parties, cms, ref)
	x.settleDays(sents, cms, engs, ref)
	perIssues, articleIssues := x.findIssues(&d, sents, engs, cms)

	asm := newAssembly(&d, sents, fillArticleFromPage(a, &d))
	index, order := asm.addOfficials(people)
	x.addCountries(asm, cms, people, order)
	asm.addEngagements(engs, people, index, perIssues)
	asm.out.StateNames = x.stateNames(asm.out)
	asm.addArticleIssues(articleIssues)
	return asm.out, nil
}

// settleDocumentDates fills the publication date from the page when the
// article has none, marks statement-like headlines, and returns the
// reference date that relative dates resolve against: the dateline's date
// when it has one, the publication date, or the first date of the lead.
func (x *Extractor) settleDocumentDates(d *document, published attache.Date) date {
	d.published = parseISODate(string(published))
	if !d.published.known() && len(d.page.published) >= 10 {
		d.published = parseISODate(d.page.published[:10])
	}
	d.statement = isStatementHeadline(d.headline)
	ref := d.published
	if d.dateline.date.m > 0 {
		dl := d.dateline.date
		if dl.y == 0 {
			dl = resolveYear(dl, d.published)
		}
		if dl.known() {
			ref = dl
			d.dateline.date = dl
		}
	}
	if !ref.known() {
		ref = d.leadDate
	}
	if text := x.textDate(d); text.known() {
		ref, d.published = text, text // the text wins over the page's date
	} else if !d.published.known() && d.dateline.date.known() {
		d.published = d.dateline.date
	}
	return ref
}

// isStatementHeadline tells a readout, statement or communiqué by its
// headline.
func isStatementHeadline(headline string) bool {
	tl := strings.ToLower(headline)
	for _, w := range []string{"readout", "statement", "communiqué", "communique"} {
		if strings.Contains(tl, w) {
			return true
		}
	}
	return false
}

// settleDatelineCountry gives the dateline its state: the country it names,
// a US state's, or the state whose capital is the dateline's city.
func (x *Extractor) settleDatelineCountry(d *document) {
	switch {
	case d.dateline.country != "":
		if ps := x.gaz.Lookup(d.dateline.country); len(ps) > 0 {
			d.datelineCountry = ps[0].Code
		} else if isUSState(d.dateline.country) {
			d.datelineCountry = "US"
		}
	case d.dateline.city != "":
		if ps := x.gaz.Lookup(d.dateline.city); len(ps) > 0 && ps[0].Kind == lexicon.PhraseCapital {
			d.datelineCountry = ps[0].Code
		}
	}
}

// markFirstBody records the paragraph and sentence where the body starts,
// after the headline (-1 when the text is all headline).
func markFirstBody(d *document, sents []sentence) {
	d.firstBodyPara = -1
	for i, s := range sents {
		if !s.headline {
			d.firstBodyPara, d.firstBodySent = s.para, i
			return
		}
	}
}

// outletCues gives the state of a non-US government outlet, or else the
// international organisation that publishes the article; both are empty
// for US outlets, whose offices are implied by the titles themselves.
func (x *Extractor) outletCues(d *document, outlet string) (state, org string) {
	if d.usOutlet {
		return "", ""
	}
	if state = x.governmentOutletState(outlet); state != "" {
		return state, ""
	}
	return "", x.outletOrganisation(outlet)
}

// fillArticleFromPage completes the article's outlet, URL, publication date
// and title from what the cleaned page says when the caller left them out.
func fillArticleFromPage(a attache.Article, d *document) attache.Article {
	if a.Outlet == "" {
		a.Outlet = d.page.siteName
	}
	if a.URL == "" {
		a.URL = d.page.url
	}
	if a.Published == "" && d.published.known() && d.page.published != "" {
		a.Published = attache.Date(d.published.String())
	}
	if a.Title == "" {
		a.Title = d.headline
	}
	return a
}

// assembly builds the Extraction from the stages' results.
type assembly struct {
	d     *document
	sents []sentence
	out   *attache.Extraction
}

// newAssembly starts the Extraction with the article's identity, its
// cleaned text and its dateline, and empty lists of facts.
func newAssembly(d *document, sents []sentence, a attache.Article) *assembly {
	hash := sha256.Sum256(normalizedForHash(d.text))
	out := &attache.Extraction{
		Article: attache.ArticleInfo{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Published: a.Published,
			TextHash: hex.EncodeToString(hash[:])},
		Headline:  d.headline,
		Byline:    d.byline,
		CleanText: d.text,
		Officials: []attache.OfficialFact{},
		Countries: []attache.CountryFact{},
		Meetings:  []attache.EngagementFact{},
		Issues:    []attache.IssueFact{},
	}
	if out.Article.ID == "" {
		out.Article.ID = out.Article.TextHash[:16]
	}
	if d.dateline.city != "" {
		out.Dateline = &attache.Dateline{City: d.dateline.city, Country: d.datelineCountry, Date: attache.Date(d.dateline.date.String())}
	}
	return &assembly{d: d, sents: sents, out: out}
}

// evidence quotes sentence si as the evidence of a fact found by rule.
func (asm *assembly) evidence(si int, rule string) attache.Evidence {
	s := asm.sents[si]
	return attache.Evidence{ArticleID: asm.out.Article.ID, Sentence: asm.d.text[s.start:s.end], Start: s.start, End: s.end, Rule: rule}
}

// addOfficials adds the persons who are not former officials, in order of
// first mention. It returns where each person went in out.Officials and
// that order of persons.
func (asm *assembly) addOfficials(people []person) (index map[int]int, order []int) {
	index = map[int]int{}
	order = make([]int, 0, len(people))
	for pi := range people {
		if !people[pi].former {
			order = append(order, pi)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return people[order[i]].first < people[order[j]].first })
	for _, pi := range order {
		index[pi] = len(asm.out.Officials)
		asm.out.Officials = append(asm.out.Officials, asm.officialFact(&people[pi]))
	}
	return index, order
}

// officialFact is one person's fact, with its other written forms as
// aliases and at most three sentences of evidence.
func (asm *assembly) officialFact(p *person) attache.OfficialFact {
	f := attache.OfficialFact{Name: p.name, Aliases: []string{}, Title: p.title, Level: attache.Level(p.level), Organization: p.org}
	for _, form := range p.forms {
		if form != p.name {
			f.Aliases = append(f.Aliases, form)
		}
	}
	if p.country != "" {
		c := p.country
		f.Country = &c
	}
	seen := map[int]bool{}
	for _, m := range p.mentions {
		if !seen[m.sent] && len(f.Evidence) < 3 {
			seen[m.sent] = true
			f.Evidence = append(f.Evidence, asm.evidence(m.sent, "official:"+p.rule))
		}
	}
	return f
}

// addCountries adds every state the text names (a capital named only as a
// place does not count) and every listed official's state, sorted by code.
func (x *Extractor) addCountries(asm *assembly, cms []countryMention, people []person, order []int) {
	seen := map[string]bool{}
	for _, cm := range cms {
		if (cm.kind == lexicon.PhraseCapital && cm.location && !cm.visited) || seen[cm.code] {
			continue
		}
		seen[cm.code] = true
		asm.out.Countries = append(asm.out.Countries, attache.CountryFact{Code: cm.code, Name: x.countries.names[cm.code],
			Evidence: []attache.Evidence{asm.evidence(cm.sent, "country:"+cm.kind.String()+":"+cm.text)}})
	}
	for _, pi := range order {
		p := people[pi]
		if p.country == "" || seen[p.country] {
			continue
		}
		seen[p.country] = true
		cf := attache.CountryFact{Code: p.country, Name: x.countries.names[p.country]}
		if len(p.mentions) > 0 {
			cf.Evidence = []attache.Evidence{asm.evidence(p.mentions[0].sent, "country:official:"+p.name)}
		}
		asm.out.Countries = append(asm.out.Countries, cf)
	}
	sort.SliceStable(asm.out.Countries, func(i, j int) bool { return asm.out.Countries[i].Code < asm.out.Countries[j].Code })
}

// addEngagements adds one fact per engagement, with its listed
// participants in order of first mention and its issues.
func (asm *assembly) addEngagements(engs []candidate, people []person, index map[int]int, perIssues [][]string) {
	for ei, e := range engs {
		m := attache.EngagementFact{Kind: attache.MeetingKind(e.kind), Status: attache.MeetingStatus(e.status),
			Participants: []string{}, Countries: []string{}, Issues: []string{}}
		if e.hasDate && e.date.known() {
			dt := attache.Date(e.date.String())
			m.Date = &dt
			m.DatePrecision = e.date.precision()
		}
		m.Participants = participantNames(e.people, people, index)
		m.Countries = append(m.Countries, e.countries...)
		sort.Strings(m.Countries)
		m.Location = engagementLocation(e)
		if ei < len(perIssues) {
			m.Issues = append(m.Issues, perIssues[ei]...)
		}
		m.Evidence = asm.engagementEvidence(e)
		asm.out.Meetings = append(asm.out.Meetings, m)
	}
}

// participantNames names the listed persons among ps, in order of first
// mention; never nil.
func participantNames(ps []int, people []person, index map[int]int) []string {
	ps = append([]int(nil), ps...)
	sort.Slice(ps, func(i, j int) bool { return people[ps[i]].first < people[ps[j]].first })
	names := []string{}
	for _, pi := range ps {
		if _, ok := index[pi]; ok {
			names = append(names, people[pi].name)
		}
	}
	return names
}

// engagementLocation is the engagement's city and state, nil when neither
// is known.
func engagementLocation(e candidate) *attache.Location {
	if e.locCode == "" && e.city == "" {
		return nil
	}
	loc := &attache.Location{}
	if e.city != "" {
		c := e.city
		loc.City = &c
	}
	if e.locCode != "" {
		c := e.locCode
		loc.Country = &c
	}
	return loc
}

// engagementEvidence quotes each sentence of the engagement once, in text
// order, under one rule naming every rule that found it.
func (asm *assembly) engagementEvidence(e candidate) []attache.Evidence {
	ss := append([]int(nil), e.sents...)
	sort.Ints(ss)
	rule := "engagement:" + strings.Join(uniqueStrings(e.rules), ",")
	var evs []attache.Evidence
	last := -1
	for _, si := range ss {
		if si != last {
			evs = append(evs, asm.evidence(si, rule))
			last = si
		}
	}
	return evs
}

// addArticleIssues adds the article's issues, sorted by id.
func (asm *assembly) addArticleIssues(hits []issueHit) {
	for _, h := range hits {
		asm.out.Issues = append(asm.out.Issues, attache.IssueFact{ID: h.issue, Evidence: []attache.Evidence{asm.evidence(h.sent, "issue:keyword:"+h.word)}})
	}
	sort.SliceStable(asm.out.Issues, func(i, j int) bool { return asm.out.Issues[i].ID < asm.out.Issues[j].ID })
}

// stateNames gives the lexicon's name of every state code in the facts.
func (x *Extractor) stateNames(doc *attache.Extraction) map[string]string {
	names := map[string]string{}
	add := func(code string) {
		if name := x.countries.names[code]; name != "" {
			names[code] = name
		}
	}
	for _, c := range doc.Countries {
		add(c.Code)
	}
	for _, o := range doc.Officials {
		if o.Country != nil {
			add(*o.Country)
		}
	}
	for _, m := range doc.Meetings {
		for _, c := range m.Countries {
			add(c)
		}
		if m.Location != nil && m.Location.Country != nil {
			add(*m.Location.Country)
		}
	}
	return names
}

func sourceName(a attache.Article) string {
	if a.Source != "" {
		return a.Source
	}
	if a.ID != "" {
		return a.ID
	}
	return "(unnamed)"
}

func uniqueStrings(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// isUSState recognises the US states and DC that datelines name after a city.
func isUSState(s string) bool {
	switch strings.TrimSuffix(strings.TrimSpace(s), ".") {
	case "D.C", "DC", "Va", "Md", "Calif", "Fla", "Texas", "N.Y", "New York", "Hawaii", "Ga", "Colo", "Ill", "Mass",
		"Virginia", "Maryland", "California", "Florida", "Alaska", "Ariz", "Arizona", "N.C", "S.C", "Ohio", "Wash":
		return true
	}
	return false
}
