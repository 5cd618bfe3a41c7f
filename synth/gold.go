package synth

import (
	"slices"
	"sort"

	"github.com/attache-project/attache"
)

// Gold is one article's annotation in the format of the evaluation's gold
// files (shared/eval/FORMAT.md): what a careful analyst would record from
// that article alone. Written as ID.json into a folder, it is read by the
// scorer against the extractor's output of the same article.
type Gold struct {
	ID                string         `json:"id"`
	Officials         []GoldOfficial `json:"officials"`
	Countries         []string       `json:"countries"`
	CountriesOptional []string       `json:"countries_optional"`
	Meetings          []GoldMeeting  `json:"meetings"`
	Issues            []string       `json:"issues"`
}

// GoldOfficial is an official named in the article.
type GoldOfficial struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Title   string   `json:"title"`
	Country *string  `json:"country"`
}

// GoldMeeting is the engagement the article reports, with the status the
// article gives it.
type GoldMeeting struct {
	Kind         attache.MeetingKind   `json:"kind"`
	Status       attache.MeetingStatus `json:"status"`
	Date         *string               `json:"date"`
	Participants []string              `json:"participants"`
	Countries    []string              `json:"countries"`
	Location     *GoldLocation         `json:"location"`
	Issues       []string              `json:"issues"`
}

// GoldLocation is where the engagement takes place.
type GoldLocation struct {
	City    *string `json:"city"`
	Country *string `json:"country"`
}

// gold builds the annotation of the article just written: the engagement it
// reports and, when the lead mentions the traveller's earlier stop, that
// one too. seen holds the codes of the states the annotation already lists
// as mentioned, so that each is listed once and a venue named only by its
// city can stay optional.
func (w *writer) gold(id string) Gold {
	g := Gold{ID: id, CountriesOptional: []string{}}
	seen := map[string]bool{}
	gm := w.goldEngagement(&g, seen)
	g.Issues = append([]string(nil), gm.Issues...)
	g.Meetings = []GoldMeeting{gm}
	if w.m.Companion >= 0 {
		g.Meetings = append(g.Meetings, w.goldCompanion(&g, seen))
	}
	sort.Strings(g.Issues)
	// A venue state that no sentence names stays optional unless another
	// engagement made it a participant.
	g.CountriesOptional = slices.DeleteFunc(g.CountriesOptional, func(c string) bool { return seen[c] })
	return g
}

// goldOfficial annotates an official the article names: the family name as
// the outlet writes it is always an alias, and so is the full form of the
// first mention when it differs from the official's own name.
func (w *writer) goldOfficial(o int) GoldOfficial {
	f := w.off(o)
	code := countries[f.Country].Code
	aliases := []string{w.family(f)}
	if form, ok := w.written[o]; ok {
		aliases = append(aliases, form)
	}
	return GoldOfficial{Name: f.Name, Aliases: aliases, Title: f.Title.Norm, Country: &code}
}

// goldEngagement annotates the engagement the article reports, adding its
// participants to g's officials and the states the text names to g's
// countries. An undated report leaves the date null, as an analyst would.
func (w *writer) goldEngagement(g *Gold, seen map[string]bool) GoldMeeting {
	m := w.m
	gm := GoldMeeting{Kind: m.Kind, Status: w.status, Participants: []string{}, Countries: []string{}, Issues: []string{}}
	if !w.undated {
		date := string(day(m.Date))
		gm.Date = &date
	}
	for _, o := range m.Participants {
		g.Officials = append(g.Officials, w.goldOfficial(o))
		gm.Participants = append(gm.Participants, w.off(o).Name)
	}
	w.goldCountries(g, &gm, seen)
	for _, ii := range m.Issues {
		gm.Issues = append(gm.Issues, issues[ii].ID)
	}
	return gm
}

// goldCountries lists the states of the reported engagement: those taking
// part, those the text names besides (dateline, background), and the
// venue, which is optional when only its city is written.
func (w *writer) goldCountries(g *Gold, gm *GoldMeeting, seen map[string]bool) {
	m := w.m
	for _, ci := range m.Countries {
		code := countries[ci].Code
		gm.Countries = append(gm.Countries, code)
		g.Countries = append(g.Countries, code)
		seen[code] = true
	}
	for _, ci := range w.extra {
		if code := countries[ci].Code; !seen[code] {
			g.Countries = append(g.Countries, code)
			seen[code] = true
		}
	}
	if m.VenueCountry >= 0 {
		city, code := m.City, countries[m.VenueCountry].Code
		gm.Location = &GoldLocation{City: &city, Country: &code}
		if !seen[code] {
			// A venue named only by its city is a place, not a mention of
			// the state; an analyst may or may not record it.
			g.CountriesOptional = append(g.CountriesOptional, code)
		}
	}
}

// goldCompanion annotates the earlier stop of the trip that the lead
// mentions (see companion): its host is named, with the host's state, and
// its issues join the article's. It must run after g.Issues holds the
// reported engagement's issues, which come first.
func (w *writer) goldCompanion(g *Gold, seen map[string]bool) GoldMeeting {
	c := &w.p.meetings[w.m.Companion]
	date := string(day(c.Date))
	host := c.Participants[1]
	code, city := countries[w.off(host).Country].Code, c.City
	g.Officials = append(g.Officials, w.goldOfficial(host))
	if !seen[code] {
		g.Countries = append(g.Countries, code)
		seen[code] = true
	}
	cm := GoldMeeting{Kind: c.Kind, Status: w.companionStatus(c), Date: &date, Location: &GoldLocation{City: &city, Country: &code}}
	for _, o := range c.Participants {
		cm.Participants = append(cm.Participants, w.off(o).Name)
	}
	for _, ci := range c.Countries {
		cm.Countries = append(cm.Countries, countries[ci].Code)
	}
	for _, ii := range c.Issues {
		cm.Issues = append(cm.Issues, issues[ii].ID)
		if !containsString(g.Issues, issues[ii].ID) {
			g.Issues = append(g.Issues, issues[ii].ID)
		}
	}
	return cm
}

func containsString(s []string, v string) bool { return slices.Contains(s, v) }
