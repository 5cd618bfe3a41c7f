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

// gold builds the annotation of the article just written.
func (w *writer) gold(id string) Gold {
	m := w.m
	g := Gold{ID: id, CountriesOptional: []string{}}
	gm := GoldMeeting{Kind: m.Kind, Status: w.status, Participants: []string{}, Countries: []string{}, Issues: []string{}}
	if !w.undated {
		date := string(day(m.Date))
		gm.Date = &date
	}
	for _, o := range m.Participants {
		f := w.off(o)
		code := countries[f.Country].Code
		aliases := []string{w.family(f)}
		if form, ok := w.written[o]; ok {
			aliases = append(aliases, form)
		}
		g.Officials = append(g.Officials, GoldOfficial{Name: f.Name, Aliases: aliases, Title: f.Title.Norm, Country: &code})
		gm.Participants = append(gm.Participants, f.Name)
	}
	seen := map[string]bool{}
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
	for _, ii := range m.Issues {
		gm.Issues = append(gm.Issues, issues[ii].ID)
	}
	g.Issues = append([]string(nil), gm.Issues...)
	g.Meetings = []GoldMeeting{gm}
	if m.Companion >= 0 {
		c := &w.p.meetings[m.Companion]
		date := string(day(c.Date))
		host := c.Participants[1]
		f := w.off(host)
		code, city := countries[f.Country].Code, c.City
		aliases := []string{w.family(f)}
		if form, ok := w.written[host]; ok {
			aliases = append(aliases, form)
		}
		g.Officials = append(g.Officials, GoldOfficial{Name: f.Name, Aliases: aliases, Title: f.Title.Norm, Country: &code})
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
		g.Meetings = append(g.Meetings, cm)
	}
	sort.Strings(g.Issues)
	// A venue state that no sentence names stays optional unless another
	// engagement made it a participant.
	g.CountriesOptional = slices.DeleteFunc(g.CountriesOptional, func(c string) bool { return seen[c] })
	return g
}

func containsString(s []string, v string) bool { return slices.Contains(s, v) }
