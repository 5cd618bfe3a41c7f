package synth

import (
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
	date := string(day(m.Date))
	gm.Date = &date
	for _, o := range m.Participants {
		f := w.off(o)
		code := countries[f.Country].Code
		g.Officials = append(g.Officials, GoldOfficial{Name: f.Name, Aliases: []string{f.Family}, Title: f.Title.Norm, Country: &code})
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
	sort.Strings(g.Issues)
	g.Meetings = []GoldMeeting{gm}
	return g
}
