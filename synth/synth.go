// Package synth generates synthetic news corpora whose facts are known: a
// pool of invented officials of real states, a set of diplomatic engagements
// between them, and news-style articles, several per engagement, that report
// them in varied wording. The truth it returns is what a perfect extractor
// would find, so the loader can be tested on it and the pipeline benchmarked
// on 10,000 to 100,000 articles without real text.
//
// Generation is deterministic for a seed: the same Config always gives the
// same articles in the same order, whether they are collected by Generate or
// streamed by Stream.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/attache-project/attache"
)

// Config says how large a corpus to generate.
type Config struct {
	// Articles is the number of articles.
	Articles int
	// Seed selects the corpus; the same seed gives the same corpus.
	Seed int64
	// Officials and Meetings are the sizes of the pools articles draw on;
	// 0 derives them from Articles. Officials is raised to at least two per
	// state, Meetings capped at Articles (every meeting is reported).
	Officials, Meetings int
	// ReportsPerMeeting is the average number of articles that report the
	// same engagement; 0 means 3.
	ReportsPerMeeting int
}

// Corpus is a generated corpus and its truth.
type Corpus struct {
	Articles []attache.Article
	Truth    Truth
}

// Truth is what a perfect extractor would find in the whole corpus.
type Truth struct {
	Officials []TruthOfficial `json:"officials"`
	Meetings  []TruthMeeting  `json:"meetings"`
}

// TruthOfficial is an official named in at least one article.
type TruthOfficial struct {
	Name    string        `json:"name"`
	Title   string        `json:"title"`
	Level   attache.Level `json:"level"`
	Country string        `json:"country"`
}

// TruthMeeting is one engagement and the articles that report it.
type TruthMeeting struct {
	ID   string              `json:"id"`
	Kind attache.MeetingKind `json:"kind"`
	// Status is the status as the most recent report gives it: an
	// engagement reported as scheduled before its date and as held after it
	// is held.
	Status attache.MeetingStatus `json:"status"`
	Date   attache.Date          `json:"date"`
	// Participants are official names as in TruthOfficial.Name.
	Participants []string       `json:"participants"`
	Countries    []string       `json:"countries"`
	Location     *TruthLocation `json:"location,omitempty"`
	Issues       []string       `json:"issues"`
	// Articles are the ids of the articles reporting the engagement, in
	// corpus order; Reports gives each one's publication date and the
	// status it reports.
	Articles []string `json:"articles"`
	Reports  []Report `json:"reports"`
}

// TruthLocation is where an in-person engagement takes place; Country is an
// ISO code and may be a venue-only state that does not take part.
type TruthLocation struct {
	City    string `json:"city"`
	Country string `json:"country"`
}

// Report is one article's account of an engagement.
type Report struct {
	Article   string                `json:"article"`
	Published attache.Date          `json:"published"`
	Status    attache.MeetingStatus `json:"status"`
}

// Generate returns the whole corpus in memory. A negative size is treated
// as zero.
func Generate(cfg Config) Corpus {
	if cfg.Articles < 0 {
		cfg.Articles = 0
	}
	var c Corpus
	truth, _ := Stream(cfg, func(a attache.Article) error { // emit never fails here
		c.Articles = append(c.Articles, a)
		return nil
	})
	c.Truth = truth
	return c
}

// Stream generates the same corpus as Generate but hands each article to
// emit as soon as it is written, so memory stays flat in the number of
// articles (only the truth, a few ids per engagement, grows). It stops at
// the first error emit returns.
func Stream(cfg Config, emit func(attache.Article) error) (Truth, error) {
	return StreamGold(cfg, func(a attache.Article, _ Gold) error { return emit(a) })
}

// StreamGold is Stream that also hands over each article's gold annotation,
// in the evaluation's format, so the scorer can measure an extractor on a
// synthetic corpus.
func StreamGold(cfg Config, emit func(attache.Article, Gold) error) (Truth, error) {
	if cfg.Articles < 0 || cfg.Officials < 0 || cfg.Meetings < 0 || cfg.ReportsPerMeeting < 0 {
		return Truth{}, attache.Errorf(attache.EINVALID, "synth: sizes must not be negative: %+v", cfg)
	}
	p := newPlan(cfg)
	for j := range p.cfg.Articles {
		if err := emit(p.article(j)); err != nil {
			return p.truth, fmt.Errorf("synth: article %d of %d: %w", j+1, p.cfg.Articles, err)
		}
	}
	return p.truth, nil
}

// WriteJSONL writes the corpus to w as JSON Lines, one article a line with
// the fields id, title, url, outlet, published and text: the format the
// loader reads.
func WriteJSONL(w io.Writer, cfg Config) (Truth, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	truth, err := Stream(cfg, func(a attache.Article) error { return enc.Encode(a) })
	if err != nil {
		return truth, err
	}
	if err := bw.Flush(); err != nil {
		return truth, fmt.Errorf("synth: writing articles: %w", err)
	}
	return truth, nil
}

// official is one person of the pool.
type official struct {
	Name, Family string
	Country      int
	Title        title
}

// meeting is one engagement of the plan.
type meeting struct {
	Kind         attache.MeetingKind
	Date         time.Time
	Fate         fate
	Participants []int // officials; the first leads (guest, visitor, caller, summit host)
	Countries    []int // states taking part; for a meeting and a visit, the host is the second
	City         string
	VenueCountry int // country of City; -1 for a call
	// Companion is the meeting the lead traveller held on the same trip a
	// few days before this one (-1 for none); every article about this
	// meeting mentions it. CompanionOf is the reverse link.
	Companion, CompanionOf int
	Gap                    int // days from the companion to this meeting
	Issues                 []int
	Reports                []report
}

type fate int

const (
	fateHappens fate = iota
	fateFuture
	fateCancelled
)

// report is one article's account of a meeting: the article and the days
// between the engagement and the article's publication (negative: before).
type report struct {
	Article int
	Offset  int
}

func (r report) status(m *meeting) attache.MeetingStatus {
	switch {
	case m.Fate == fateCancelled:
		return attache.StatusCancelled
	case r.Offset < 0:
		return attache.StatusScheduled
	default:
		return attache.StatusHeld
	}
}

// plan is everything decided before the first article is written: the pool
// of officials, the engagements, which article reports which engagement,
// and hence the truth. Articles are then written one at a time from it.
type plan struct {
	cfg        Config
	officials  []official
	byCountry  [][]int
	byRole     [][numRoles][]int
	reporters  []string
	meetings   []meeting
	artMeeting []int32
	artReport  []int32
	truth      Truth
}

// The dates engagements fall on.
var (
	firstDay = time.Date(2000, 1, 10, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2024, 12, 15, 0, 0, 0, 0, time.UTC)
)

func normalize(cfg Config) Config {
	if cfg.ReportsPerMeeting <= 0 {
		cfg.ReportsPerMeeting = 3
	}
	if cfg.Officials <= 0 {
		cfg.Officials = max(4*len(countries), cfg.Articles/15)
	}
	cfg.Officials = max(cfg.Officials, 2*len(countries))
	if cfg.Meetings <= 0 {
		cfg.Meetings = (cfg.Articles + cfg.ReportsPerMeeting - 1) / cfg.ReportsPerMeeting
	}
	cfg.Meetings = min(cfg.Meetings, cfg.Articles)
	return cfg
}

func newPlan(cfg Config) *plan {
	cfg = normalize(cfg)
	rng := rand.New(rand.NewPCG(uint64(cfg.Seed), 0x5ad1e5))
	p := &plan{cfg: cfg}
	p.makeOfficials(rng)
	p.meetings = make([]meeting, cfg.Meetings)
	for i := range p.meetings {
		p.meetings[i] = p.makeMeeting(rng)
	}
	p.pairCompanions(rng)
	p.pairHardCases(rng)
	p.assignReports(rng)
	p.buildTruth()
	return p
}

// makeOfficials fills the pool: states take turns, and each state's offices
// in rank order, so that every state has a head before it has a minister.
func (p *plan) makeOfficials(rng *rand.Rand) {
	names := newNameMaker(rng)
	p.byCountry = make([][]int, len(countries))
	p.byRole = make([][numRoles][]int, len(countries))
	p.officials = make([]official, p.cfg.Officials)
	for i := range p.officials {
		ci := i % len(countries)
		offices := officesOf(&countries[ci])
		t := offices[(i/len(countries))%len(offices)]
		name := names.next()
		p.officials[i] = official{Name: name, Family: familyOf(name), Country: ci, Title: t}
		p.byCountry[ci] = append(p.byCountry[ci], i)
		p.byRole[ci][t.Role] = append(p.byRole[ci][t.Role], i)
	}
	for range 40 {
		p.reporters = append(p.reporters, names.next())
	}
}

func familyOf(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == ' ' {
			return name[i+1:]
		}
	}
	return name
}

// pick returns an official of the state holding the first of roles that
// the state has; any official of the state when it has none of them.
func (p *plan) pick(rng *rand.Rand, ci int, roles ...role) int {
	for _, r := range roles {
		if c := p.byRole[ci][r]; len(c) > 0 {
			return c[rng.IntN(len(c))]
		}
	}
	c := p.byCountry[ci]
	return c[rng.IntN(len(c))]
}

// pickCountries returns n distinct states.
func pickCountries(rng *rand.Rand, n int) []int {
	return rng.Perm(len(countries))[:n]
}

var meetingKindWeights = []struct {
	kind   attache.MeetingKind
	weight int
}{
	{attache.KindMeeting, 35}, {attache.KindVisit, 17}, {attache.KindCall, 20}, {attache.KindSummit, 10}, {attache.KindTalks, 18},
}

// makeMeeting draws one engagement: its kind, date, fate, participants and
// place, then its issues. The steps draw from rng in this fixed order; the
// order is part of what a seed means, so a step must never be moved or skip
// a draw it made before.
func (p *plan) makeMeeting(rng *rand.Rand) meeting {
	m := meeting{Companion: -1, CompanionOf: -1}
	m.Kind = drawMeetingKind(rng)
	m.Date = drawDate(rng)
	m.Fate = drawFate(rng, m.Kind)
	// Drawn for every kind, used by some: which of a state's two leaders
	// is asked for first.
	heads := drawHeads(rng)
	switch m.Kind {
	case attache.KindMeeting:
		p.castMeeting(rng, &m, heads)
	case attache.KindVisit:
		p.castVisit(rng, &m)
	case attache.KindCall:
		p.castCall(rng, &m, heads)
	case attache.KindSummit:
		p.castSummit(rng, &m, heads)
	case attache.KindTalks:
		p.castTalks(rng, &m)
	}
	m.Issues = p.drawIssues(rng, m.Participants[0])
	return m
}

// drawMeetingKind picks a kind of engagement with the weights of
// meetingKindWeights (which sum to 100).
func drawMeetingKind(rng *rand.Rand) attache.MeetingKind {
	var kind attache.MeetingKind
	w := rng.IntN(100)
	for _, k := range meetingKindWeights {
		if w < k.weight {
			kind = k.kind
			break
		}
		w -= k.weight
	}
	return kind
}

// drawDate picks a day between firstDay and lastDay, both included.
func drawDate(rng *rand.Rand) time.Time {
	span := int(lastDay.Sub(firstDay).Hours() / 24)
	return firstDay.AddDate(0, 0, rng.IntN(span+1))
}

// drawFate decides whether the engagement is called off (7%), still to come
// when every article reports it (10%, never for a call), or reported as
// usual.
func drawFate(rng *rand.Rand, kind attache.MeetingKind) fate {
	switch f := rng.IntN(100); {
	case f < 7:
		return fateCancelled
	case f < 17 && kind != attache.KindCall:
		return fateFuture
	}
	return fateHappens
}

// drawHeads returns the two leaders' roles in the order a state is asked
// for them: half the engagements prefer the head of state, half the head
// of government.
func drawHeads(rng *rand.Rand) []role {
	if rng.IntN(2) == 0 {
		return []role{roleHeadOfGov, roleHeadOfState}
	}
	return []role{roleHeadOfState, roleHeadOfGov}
}

// castMeeting fills in a bilateral meeting in the host's capital: a guest
// of any rank, a host counterpart of matching rank (a leader meets a
// leader, anyone else the counterpart of the same office or the foreign
// minister) and, one time in three, the host's leader as a third.
func (p *plan) castMeeting(rng *rand.Rand, m *meeting, heads []role) {
	cs := pickCountries(rng, 2)
	guest, host := cs[0], cs[1]
	r := role(rng.IntN(int(numRoles)))
	a := p.pick(rng, guest, r, roleForeign)
	ra := p.officials[a].Title.Role
	counterpart := []role{ra, roleForeign}
	if ra == roleHeadOfState || ra == roleHeadOfGov {
		counterpart = heads
	}
	b := p.pick(rng, host, counterpart...)
	m.Participants = []int{a, b}
	if rng.IntN(3) == 0 {
		if c := p.pick(rng, host, heads...); c != b {
			m.Participants = append(m.Participants, c)
		}
	}
	m.Countries = []int{guest, host}
	m.City, m.VenueCountry = countries[host].Capital, host
}

// castVisit fills in an official visit: one visitor of any rank, received
// in the capital of the visited state, the second.
func (p *plan) castVisit(rng *rand.Rand, m *meeting) {
	cs := pickCountries(rng, 2)
	m.Participants = []int{p.pick(rng, cs[0], role(rng.IntN(int(numRoles))))}
	m.Countries = cs
	m.City, m.VenueCountry = countries[cs[1]].Capital, cs[1]
}

// castCall fills in a call between two leaders or, one time in three, two
// foreign ministers; a call has no venue.
func (p *plan) castCall(rng *rand.Rand, m *meeting, heads []role) {
	cs := pickCountries(rng, 2)
	rs := heads
	if rng.IntN(3) == 0 {
		rs = []role{roleForeign}
	}
	m.Participants = []int{p.pick(rng, cs[0], rs...), p.pick(rng, cs[1], rs...)}
	m.Countries = cs
	m.VenueCountry = -1
}

// castSummit fills in a summit of three to six states' leaders, hosted by
// the first state in its capital.
func (p *plan) castSummit(rng *rand.Rand, m *meeting, heads []role) {
	m.Countries = pickCountries(rng, 3+rng.IntN(4))
	for _, ci := range m.Countries {
		m.Participants = append(m.Participants, p.pick(rng, ci, heads...))
	}
	m.City, m.VenueCountry = countries[m.Countries[0]].Capital, m.Countries[0]
}

// castTalks fills in a round of talks between two to four delegations, all
// led by officials of the same office. Half the rounds are held at a
// neutral venue, when its state is not one of the parties; the others in
// the first state's capital.
func (p *plan) castTalks(rng *rand.Rand, m *meeting) {
	m.Countries = pickCountries(rng, 2+rng.IntN(3))
	rs := [][]role{{roleForeign}, {roleDeputyForeign, roleForeign}, {roleTrade, roleForeign}}[rng.IntN(3)]
	for _, ci := range m.Countries {
		m.Participants = append(m.Participants, p.pick(rng, ci, rs...))
	}
	m.City, m.VenueCountry = countries[m.Countries[0]].Capital, m.Countries[0]
	if rng.IntN(2) == 0 {
		v := venues[rng.IntN(len(venues))]
		if vi := countryIndex(v.Country); !contains(m.Countries, vi) {
			m.City, m.VenueCountry = v.City, vi
		}
	}
}

// drawIssues picks one to three issues from those the lead official's
// office deals with (any issue for an office with no list of its own).
func (p *plan) drawIssues(rng *rand.Rand, lead int) []int {
	pool := issuesByRole[p.officials[lead].Title.Role]
	if pool == nil {
		pool = make([]string, len(issues))
		for i := range issues {
			pool[i] = issues[i].ID
		}
	}
	var out []int
	n := 1 + rng.IntN(min(3, len(pool)))
	for _, k := range rng.Perm(len(pool))[:n] {
		out = append(out, issueIndex(pool[k]))
	}
	return out
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// assignReports decides which articles report which engagement: every
// engagement gets one, the rest are spread at random (so the counts vary
// around ReportsPerMeeting), and the articles are shuffled so that reports
// of one engagement are scattered over the corpus as in a real crawl.
func (p *plan) assignReports(rng *rand.Rand) {
	n := p.cfg.Articles
	var primaries []int32
	for i := range p.meetings {
		if p.meetings[i].CompanionOf < 0 {
			primaries = append(primaries, int32(i))
		}
	}
	nm := len(primaries)
	if n == 0 || nm == 0 {
		return
	}
	p.artMeeting = make([]int32, n)
	for j := range n {
		if j < nm {
			p.artMeeting[j] = primaries[j]
		} else {
			p.artMeeting[j] = primaries[rng.IntN(nm)]
		}
	}
	rng.Shuffle(n, func(i, j int) { p.artMeeting[i], p.artMeeting[j] = p.artMeeting[j], p.artMeeting[i] })
	p.artReport = make([]int32, n)
	for j, mi := range p.artMeeting {
		m := &p.meetings[mi]
		var off int
		switch {
		case m.Fate == fateCancelled:
			off = -1 - rng.IntN(7)
		case m.Fate == fateFuture:
			off = -1 - rng.IntN(10)
		case m.Kind != attache.KindCall && rng.IntN(4) == 0:
			off = -1 - rng.IntN(7)
		default:
			off = rng.IntN(4)
		}
		p.artReport[j] = int32(len(m.Reports))
		m.Reports = append(m.Reports, report{Article: j, Offset: off})
		if m.Companion >= 0 {
			c := &p.meetings[m.Companion]
			c.Reports = append(c.Reports, report{Article: j, Offset: off + m.Gap})
		}
	}
}

// pairCompanions turns about one meeting in eight into the earlier stop of
// another meeting's traveller: the same guest or visitor meets the leader of
// a third state a few days before. Articles about the later meeting mention
// the earlier one, so one article reports two engagements, as real reports
// of a tour do.
func (p *plan) pairCompanions(rng *rand.Rand) {
	for i := 0; i+1 < len(p.meetings); i++ {
		m, c := &p.meetings[i], &p.meetings[i+1]
		if m.Kind != attache.KindMeeting && m.Kind != attache.KindVisit || m.Fate == fateCancelled ||
			m.CompanionOf >= 0 || c.Companion >= 0 || rng.IntN(8) != 0 {
			continue
		}
		lead := m.Participants[0]
		home := p.officials[lead].Country
		var host int
		for {
			host = rng.IntN(len(countries))
			if host != home && !contains(m.Countries, host) {
				break
			}
		}
		gap := 1 + rng.IntN(3)
		*c = meeting{
			Kind:         attache.KindMeeting,
			Date:         m.Date.AddDate(0, 0, -gap),
			Fate:         m.Fate,
			Participants: []int{lead, p.pick(rng, host, roleHeadOfState, roleHeadOfGov, roleForeign)},
			Countries:    []int{home, host},
			City:         countries[host].Capital,
			VenueCountry: host,
			Companion:    -1,
			CompanionOf:  i,
			Issues:       []int{m.Issues[0]},
		}
		m.Companion, m.Gap = i+1, gap
		i++ // the companion is not a candidate primary
	}
}

// pairHardCases turns some meetings into the cases that tempt a store to
// merge what it must keep apart: about one meeting in twelve gets a
// parallel meeting of other officials of the same two states on the same
// day (national security advisers beside the foreign ministers), and about
// one in twelve a repeat by the same officials two to six years later
// (whose undated reports must stay with their own year).
func (p *plan) pairHardCases(rng *rand.Rand) {
	for i := 0; i+1 < len(p.meetings); i++ {
		m, c := &p.meetings[i], &p.meetings[i+1]
		if m.Kind != attache.KindMeeting || m.Companion >= 0 || m.CompanionOf >= 0 || c.Companion >= 0 || c.CompanionOf >= 0 {
			continue
		}
		switch rng.IntN(12) {
		case 0:
			if parallel, ok := p.parallelOf(rng, m); ok {
				*c = parallel
				i++
			}
		case 1:
			later := m.Date.AddDate(2+rng.IntN(5), 0, rng.IntN(60))
			if later.After(lastDay) {
				continue
			}
			*c = meeting{
				Kind: m.Kind, Date: later, Participants: append([]int(nil), m.Participants...),
				Countries: append([]int(nil), m.Countries...), City: m.City, VenueCountry: m.VenueCountry,
				Companion: -1, CompanionOf: -1, Issues: append([]int(nil), m.Issues...),
			}
			i++
		}
	}
}

// parallelOf is a meeting on m's day between m's states whose participants
// are other officials than m's, or false when a state has no one else.
func (p *plan) parallelOf(rng *rand.Rand, m *meeting) (meeting, bool) {
	c := meeting{Kind: attache.KindMeeting, Date: m.Date, Fate: m.Fate, Countries: append([]int(nil), m.Countries...),
		City: m.City, VenueCountry: m.VenueCountry, Companion: -1, CompanionOf: -1}
	for _, ci := range m.Countries {
		var others []int
		for _, o := range p.byCountry[ci] {
			if !contains(m.Participants, o) {
				others = append(others, o)
			}
		}
		if len(others) == 0 {
			return meeting{}, false
		}
		c.Participants = append(c.Participants, others[rng.IntN(len(others))])
	}
	c.Issues = []int{m.Issues[0]}
	return c, true
}

func articleID(j int) string { return fmt.Sprintf("synth-%06d", j+1) }

func day(t time.Time) attache.Date { return attache.Date(t.Format("2006-01-02")) }

func (p *plan) buildTruth() {
	used := make([]bool, len(p.officials))
	for mi := range p.meetings {
		m := &p.meetings[mi]
		tm := TruthMeeting{
			ID:   fmt.Sprintf("m%06d", mi+1),
			Kind: m.Kind,
			Date: day(m.Date),
		}
		for _, o := range m.Participants {
			used[o] = true
			tm.Participants = append(tm.Participants, p.officials[o].Name)
		}
		for _, ci := range m.Countries {
			tm.Countries = append(tm.Countries, countries[ci].Code)
		}
		if m.VenueCountry >= 0 {
			tm.Location = &TruthLocation{City: m.City, Country: countries[m.VenueCountry].Code}
		}
		for _, ii := range m.Issues {
			tm.Issues = append(tm.Issues, issues[ii].ID)
		}
		latest := -1 << 30
		for _, r := range m.Reports {
			st := r.status(m)
			id := articleID(r.Article)
			tm.Articles = append(tm.Articles, id)
			tm.Reports = append(tm.Reports, Report{Article: id, Published: day(m.Date.AddDate(0, 0, r.Offset)), Status: st})
			if r.Offset > latest {
				latest, tm.Status = r.Offset, st
			}
		}
		p.truth.Meetings = append(p.truth.Meetings, tm)
	}
	for i, o := range p.officials {
		if used[i] {
			p.truth.Officials = append(p.truth.Officials, TruthOfficial{Name: o.Name, Title: o.Title.Norm, Level: o.Title.Level, Country: countries[o.Country].Code})
		}
	}
}
