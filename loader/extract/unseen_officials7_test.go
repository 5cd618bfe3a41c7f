package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// Round 7 (issue 11): the people. Each class has invented sentences in the
// styles of several governments and of wire stories, and sentences where the
// rule must not fire.

// An office's complement runs on over the regions, the kinds of relations
// and the domains it covers, joined by "and" or a list's comma, up to the
// holder's name: none of its words is cut off as a name of its own.
func TestUnseenOfficeDomainsBeforeTheName(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, title        string
		country, org       string
		junk               string // no official's name is this word of the office
	}{
		{"regions joined by and, State Department style", "U.S. Department of State (Office of the Spokesperson)",
			"The Deputy Secretary will be accompanied by Assistant Secretary of State for East Asian and Pacific Affairs Marta Quell.",
			"Marta Quell", "Assistant Secretary of State for East Asian and Pacific Affairs", "US", "", "Asian"},
		{"a list of portfolios with a comma, ASEAN style", "",
			"Coordinating Minister for Political, Legal and Security Affairs Budi Santoso met the Foreign Minister of Peru in Jakarta.",
			"Budi Santoso", "", "ID", "", "Legal"},
		{"a domain with an abstract noun, EU style", "European Commission (press release)",
			"Commissioner for International Partnerships Helle Lund met President Ana Vell of Peru in Lima.",
			"Helle Lund", "Commissioner for International Partnerships", "", "EU", "Partnerships"},
		{"two domains of a commissioner, EU style", "European Commission (press release)",
			"Commissioner for Preparedness and Crisis Management Ana Lind met Foreign Minister Kofi Mensah of Ghana.",
			"Ana Lind", "Commissioner for Preparedness and Crisis Management", "", "EU", "Management"},
		{"an aid office, US style", "U.S. Agency for International Development (press release)",
			"Assistant Administrator for Humanitarian Response Tom Reed visited Kenya on Monday.",
			"Tom Reed", "Administrator for Humanitarian Response", "US", "", "Response"},
		{"the office of an aid office, wire style", "Voice of America",
			"NAIROBI - Director of the Office of Foreign Disaster Assistance Tom Reed visited Kenya on Monday.",
			"Tom Reed", "", "", "", "Assistance"},
		{"a department for two regions, Kremlin style", "President of Russia (Kremlin, official website, English)",
			"Taking part in the talks was Director of the Department for Latin American and Caribbean Affairs Ivan Orlov.",
			"Ivan Orlov", "", "RU", "", "Caribbean"},
		{"a bureau for two regions, Japanese style", "Ministry of Foreign Affairs of Japan",
			"On May 3, Director-General of the Asian and Oceanian Affairs Bureau SATO Ken met Ambassador Ana Vell of Peru.",
			"Sato Ken", "", "JP", "", "Oceanian"},
		// Must not fire: names that end like nouns, and a second office
		// after "and".
		{"given names with a noun's ending", "",
			"Minister for Trade Clement Banda met the Minister of Finance Florence Mwale of Zambia.",
			"Clement Banda", "Minister for Trade", "ZM", "", "Trade"},
		{"a region's name is no adjective of one, UK style", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"Jane Holt MP, Minister of State for Latin America, will travel to Colombia and Peru next week.",
			"Jane Holt", "", "GB", "", "America"},
		{"a name before a second office", "",
			"Minister for Europe Ana Vell and Pacific Fisheries Minister Tom Reed met in Suva on Monday.",
			"Ana Vell", "Minister for Europe", "FJ", "", "Pacific"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if tc.title != "" && o.Title != tc.title {
				t.Errorf("title = %q, want %q", o.Title, tc.title)
			}
			got := ""
			if o.Country != nil {
				got = *o.Country
			}
			if tc.country != "" && got != tc.country {
				t.Errorf("country = %q, want %q", got, tc.country)
			}
			if o.Organization != tc.org {
				t.Errorf("organization = %q, want %q", o.Organization, tc.org)
			}
			for _, other := range e.Officials {
				if strings.Contains(other.Name, tc.junk) {
					t.Errorf("official %q cut from an office", other.Name)
				}
			}
		})
	}
}
