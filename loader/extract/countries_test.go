package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// The traps of country recognition, each in a sentence of its own.
func TestCountryTraps(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The governor flew to Atlanta, Georgia, for a fundraiser with donors.", nil},
		{"The minister visited Tbilisi, the capital of Georgia, and praised Georgian reforms.", []string{"GE"}},
		{"Foreign Minister Ilse Kali of Georgia spoke in a long sentence here.", []string{"GE"}},
		{"Ilse Kali, Georgia's president, spoke in a long sentence here.", []string{"GE"}},
		{"Ali Sani, Niger's prime minister, spoke in a long sentence here.", []string{"NE"}},
		{"Governor Ann Reed of Georgia spoke in a long sentence here.", nil},
		{"Ann Reed, Georgia's secretary of state, spoke in a long sentence here.", nil},
		{"Atlanta, Georgia's capital, hosted a fundraiser with donors.", nil},
		{"A new round of talks opened in Istanbul, Turkey, on Monday.", []string{"TR"}},
		{"The envoys met in Zinder, Niger, in a long sentence here.", []string{"NE"}},
		{"Michael Jordan spoke at the ceremony in a long sentence here.", nil},
		{"King Sani II of Jordan arrived in a long sentence here.", []string{"JO"}},
		{"The Nigerien foreign minister and the Nigerian president spoke.", []string{"NE", "NG"}},
		{"Niger and Nigeria signed an agreement on the Niger River.", []string{"NE", "NG"}},
		{"Peacekeepers served in the Congo and in Burundi for years.", []string{"BI", "CD"}},
		{"Officials from Congo-Brazzaville and the Democratic Republic of the Congo met.", []string{"CD", "CG"}},
		{"Guinea-Bissau, Equatorial Guinea and Papua New Guinea sent envoys.", []string{"GQ", "GW", "PG"}},
		{"The Dominican Republic and Dominica signed a pact in a long sentence.", []string{"DM", "DO"}},
		{"North Korea fired a missile near South Korea and Japan.", []string{"JP", "KP", "KR"}},
		{"The Korean foreign minister met the press in a long sentence.", []string{"KR"}},
		{"Türkiye and Turkey are one state, as are Côte d'Ivoire and Ivory Coast.", []string{"CI", "TR"}},
		{"Burma, also called Myanmar, and the PRC met with Taiwan.", []string{"CN", "MM", "TW"}},
		{"Kosovo and the Holy See exchanged letters with the Palestinian Authority.", []string{"PS", "VA", "XK"}},
		{"The army still flies 1970s-era Soviet equipment in a long sentence.", nil},
		// Sub-national places that hold a state's name stand for the state
		// they are in, or for none; a capital whose name other cities bear
		// counts only when the article names its state otherwise.
		{"The leaders will meet in Vancouver, British Columbia on November 24, hosted by Canada.", []string{"CA"}},
		{"The minister flew from Sydney, New South Wales, to Suva for talks with Fiji.", []string{"AU", "FJ"}},
		{"The storm moved across the Gulf of Mexico toward New England on Monday.", nil},
		{"Cricket fans from the West Indies filled the stands in a long sentence.", nil},
		{"The diverted flights landed at Gander and St. John's, Newfoundland, and crews rested in Halifax.", nil},
		{"The delegation toured Kingston, Ontario, and Georgetown, Penang, before the summit.", nil},
		{"The foreign minister arrived in Kingston on Monday for talks with Jamaica's prime minister.", []string{"JM"}},
		{"The ship docked at Victoria, British Columbia, and then at Tripoli, Lebanon.", []string{"CA", "LB"}},
		// A capital opening a dateline is where the text was written.
		{"Brussels, 03/06/2022 - 09:45\n\nThe European Union welcomes the new cabinet sworn in by Peru.", []string{"PE"}},
		{"NAIROBI, Oct. 6\n\nThe foreign ministers of Uganda and Rwanda signed a border accord.", []string{"RW", "UG"}},
		{"Canberra, Tuesday\n\nThe minister welcomed the agreement reached with Fiji.", []string{"FJ"}},
		{"Brussels said on Monday it would reply to the proposal by Peru.", []string{"BE", "PE"}},
		{"Israel said Jerusalem would not accept the plan in a long sentence.", []string{"IL"}},
		{"The governor of New Mexico met officials from Washington state.", nil},
		{"The UN, the EU, NATO and the African Union issued statements.", nil},
		{"South American and Latin American leaders met in the Indo-Pacific.", nil},
		{"Washington and Beijing agreed on a framework for talks.", []string{"CN", "US"}},
		{"Peru's armed forces and Peruvian officials met U.S. counterparts.", []string{"PE", "US"}},
		{"The Paris Agreement and the Minsk Group were discussed at length.", nil},
		// A capital before a lower-case event noun names the event.
		{"The ministers prepared for the alliance's Ankara summit next spring.", nil},
		{"Both sides reaffirmed the Lima declaration and the Accra accords.", nil},
		{"Delegates will meet again before the Nairobi conference opens.", nil},
		{"Ankara said the summit would open in Nairobi next spring.", []string{"TR"}},
		{"Prices are in US$ and the meeting was held in a long sentence.", nil},
		// A capital someone travels to names the state visited; a capital
		// that only places an event does not.
		{"The minister will fly on Friday to Nairobi for talks on trade.", []string{"KE"}},
		{"After the summit the delegation headed to Hanoi, the last stop of the tour.", []string{"VN"}},
		{"The envoy will go on to Delhi tomorrow before returning home.", []string{"IN"}},
		{"The talks were held in Nairobi in a long sentence here.", nil},
		{"The president travels on Monday to Brussels for talks with NATO leaders.", nil},
		{"The minister will travel to Apia and Nuku'alofa in July.", []string{"TO", "WS"}},
		{"From there she flies on to Suva, Apia and Nuku’alofa for talks.", []string{"FJ", "TO", "WS"}},
		{"The envoy is heading to Lima and Quito this week.", []string{"EC", "PE"}},
		{"Talks were held in Lima and Quito last year in a long sentence.", nil},
		{"The minister arrived in Nairobi after flying from Lagos to Accra.", []string{"GH"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			if got := countryCodes(e); !slices.Equal(got, tc.want) {
				t.Errorf("countries = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCountryEvidence(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Text: "The talks between Chile and Bolivia resumed in a long sentence. Chile proposed a corridor."})
	for _, c := range e.Countries {
		if len(c.Evidence) == 0 {
			t.Fatalf("%s has no evidence", c.Code)
		}
		ev := c.Evidence[0]
		if e.CleanText[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("%s: evidence offsets do not match its sentence", c.Code)
		}
	}
}

func TestGovernmentOutletState(t *testing.T) {
	x := newExtractor(t)
	for outlet, want := range map[string]string{
		"Ministry of Foreign Affairs of Japan":                   "JP",
		"UK Prime Minister's Office, 10 Downing Street (press)":  "GB",
		"Global Affairs Canada (canada.ca), news release":        "CA",
		"New Zealand Government (Prime Minister), press release": "NZ",
		"Voice of America":   "",
		"Wikinews (English)": "",
		"European External Action Service (EEAS news story)": "",
	} {
		if got := x.governmentOutletState(outlet); got != want {
			t.Errorf("governmentOutletState(%q) = %q, want %q", outlet, got, want)
		}
	}
}

func TestOutletOrganisation(t *testing.T) {
	x := newExtractor(t)
	for outlet, want := range map[string]string{
		"European External Action Service (EEAS news story)": "EU",
		"European Commission (press release IP/07/682)":      "EU",
		"Wikinews (English)":                                 "",
	} {
		if got := x.outletOrganisation(outlet); got != want {
			t.Errorf("outletOrganisation(%q) = %q, want %q", outlet, got, want)
		}
	}
}

// A state that is only what is talked about is a topic: a demonym before a
// noun of the state's affairs, or a state's name as the subject of "is".
func TestIsTopicRole(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"They support the Palestinian cause.", true},
		{"They discussed the Iranian nuclear program.", true},
		{"The message was that Niger is a priority.", true},
		{"Niger remains a close partner.", true},
		{"The Nigerien people thanked him.", false},
		{"The Nigerien delegation arrived.", false},
		{"Niger is represented by its minister.", false},
		{"He arrived in Niger today.", false},
	}
	for _, tt := range tests {
		s := splitSentences(tt.text, 0)
		cms := x.findCountries(s)
		if len(cms) != 1 {
			t.Fatalf("%q: mentions %+v, want one", tt.text, cms)
		}
		if cms[0].topic != tt.want {
			t.Errorf("%q: topic = %v, want %v", tt.text, cms[0].topic, tt.want)
		}
	}
}

// An official's state is not a state the sentence only talks about when
// another state is free in it.
func TestTopicStateIsNoOfficialsState(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, name, want string }{
		{"President Ana Vell sent her envoy with the message Niger is a top priority for the United States.", "Ana Vell", "US"},
		{"He praised the Chilean public for backing the Kurdish question and called President Ana Vell a friend.", "Ana Vell", "CL"},
	}
	for _, tt := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Outlet: "Example Wire", Text: tt.text})
		o, ok := officialNamed(e, tt.name)
		if !ok || o.Country == nil || *o.Country != tt.want {
			t.Errorf("%q: %s = %+v, want of %s", tt.text, tt.name, o, tt.want)
		}
	}
}

// Every state of a list of places is a place: "travel to Ghana and Togo".
func TestPlaceListIsLocations(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []bool
	}{
		{"She will travel to Ghana and Togo next week.", []bool{true, true}},
		{"Talks in Chad, Niger and Mali ended.", []bool{true, true, true}},
		{"Ghana and Togo signed the pact.", []bool{false, false}},
		{"He flew to Ghana with Togolese and Nigerien envoys.", []bool{true, false, false}},
	}
	for _, tt := range tests {
		cms := x.findCountries(splitSentences(tt.text, 0))
		var got []bool
		for _, cm := range cms {
			got = append(got, cm.location)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: locations %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A demonym right after "name and" opens the next member of the list: it
// is not the state of the name before it.
func TestDemonymOpeningNextConjunct(t *testing.T) {
	x := newExtractor(t)
	text := "Niger holds the council chair this year. Foreign Minister Ali Sani and Chadian government ministers including Awa Diallo will attend."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Example Wire", Text: text})
	if o, ok := officialNamed(e, "Ali Sani"); !ok || o.Country != nil && *o.Country == "TD" {
		t.Errorf("Ali Sani = %+v, want not of Chad", o)
	}
}

// A capital fronted before the "I" of a first-person release is the place
// of what the issuer does there, and the state of the official met there;
// a capital inside a name ("Paris Agreement") still names no state.
func TestCapitalBeforeFirstPersonI(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text, official, want string
	}{
		{"an Australian minister's trip", "Minister for Trade (Australia), media release",
			"I will visit Ghana and Togo from 15 to 18 May. In Accra I will meet Trade Minister Kofi Mensah.", "Kofi Mensah", "GH"},
		{"a British minister's trip", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"I am visiting Peru and Chile this week. In Santiago I met Foreign Minister Rosa Tello.", "Rosa Tello", "CL"},
		{"a New Zealand minister's trip", "New Zealand Government (beehive.govt.nz), release",
			"I will travel to Fiji and Tonga next week. In Suva I will meet Prime Minister Jone Vata.", "Jone Vata", "FJ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.official)
			if !ok || o.Country == nil || *o.Country != tc.want {
				t.Errorf("official %+v (found %v), want of %s", o, ok, tc.want)
			}
		})
	}
	if cms := x.findCountries(splitSentences("The Paris Agreement binds them.", 0)); len(cms) != 0 {
		t.Errorf("Paris Agreement: %+v, want no state", cms)
	}
}

// The plural of a name two states share names both: "the two Koreas".
func TestSharedNamePlural(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"The talks bring together the two Koreas, Japan and Peru.", []string{"KR", "KP", "JP", "PE"}},
		{"Envoys of both Sudans met in Addis Ababa on Monday.", []string{"SD", "SS", "ET"}},
		{"The border between the two Congos was reopened by Angola.", []string{"CG", "CD", "AO"}},
	}
	for _, tt := range tests {
		var got []string
		for _, cm := range x.findCountries(splitSentences(tt.text, 0)) {
			got = append(got, cm.code)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: states %v, want %v", tt.text, got, tt.want)
		}
	}
}
