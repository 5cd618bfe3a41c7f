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

// A transcript names its speaker in the header: "Title Full Name" on one
// line, or the full name over the office, and its turns label the speaker
// by office and surname ("SECRETARY VELL:") or by office alone, after a
// header's list of subjects. The header's full name is the official; the
// labels are the same person.
func TestUnseenTranscriptSpeakerFromHeader(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, alias        string // want: the full name; alias: another form that must not stand alone
		country            string
	}{
		{"office and surname label under an office-and-name line, State Department", "U.S. Department of State (Office of the Spokesperson)",
			"Remarks With Foreign Minister Ali Sani of Niger\n\nSecretary Ana M. Vell\nTreaty Room\nWashington, DC\nMay 3, 2004\n\nSECRETARY VELL: Good afternoon. It is a pleasure to welcome Foreign Minister Sani back to the Department. We had a long meeting.\n\nFOREIGN MINISTER SANI: Thank you.",
			"Ana M. Vell", "Vell", "US"},
		{"full name over the office, State Department archive", "U.S. Department of State (Office of the Spokesperson)",
			"U.S. DEPARTMENT OF STATE\n\nRemarks With Foreign Minister Ali Sani of Niger Before Their Meeting\n\nRemarks\nAna Vell\nSecretary of State\nDublin, Ireland\nDecember 6, 2012\n\nSECRETARY VELL: Good morning. It is a pleasure to welcome my colleague, Foreign Minister Sani, here. I want to thank him for his hospitality.",
			"Ana Vell", "Vell", "US"},
		{"a list of subjects above an office's label, Australian transcript", "Prime Minister of Australia (pm.gov.au), transcript",
			"Transcript\n\nJoint Press Conference with the Prime Minister of Fiji\n\n3 March 2021\n\nPrime Minister Tom Reed\nParliament House, Canberra\n\nSubjects: trade; climate; loans.\n\nPRIME MINISTER: Good afternoon, and welcome to Prime Minister Ana Vell. Ana and I have just concluded our annual talks.\n\nPRIME MINISTER VELL: Thank you, Prime Minister.",
			"Tom Reed", "", "AU"},
		{"family name first, Japanese press conference", "Ministry of Foreign Affairs of Japan",
			"Press Conference by the Foreign Minister\n\nFriday, May 3, 2019\nForeign Minister SATO Ken\n\nFOREIGN MINISTER SATO: Good morning. Today I would like to report on my visit to Peru.",
			"Sato Ken", "Sato", "JP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
			if _, alone := officialNamed(e, tc.alias); tc.alias != "" && alone {
				t.Errorf("officials %q: %q stands apart from %q", officialNames(e), tc.alias, tc.want)
			}
		})
	}
	// Must not fire: a label of another surname, and a header line that is
	// no name over the office.
	notTests := []struct{ name, text, not string }{
		{"a label of another surname", "Remarks With Foreign Minister Ali Sani of Niger\n\nSecretary Ana M. Vell\nTreaty Room\nWashington, DC\nMay 3, 2004\n\nSECRETARY REED: Good afternoon. It is a pleasure to welcome Foreign Minister Sani back to the Department.", "Vell"},
		{"a topic over the office", "Remarks\n\nTrade Policy\nSecretary of State\nMay 3, 2004\n\nSECRETARY: Good afternoon. It is a pleasure to welcome Foreign Minister Ali Sani back to the Department.", "Trade Policy"},
	}
	for _, tc := range notTests {
		t.Run(tc.name, func(t *testing.T) {
			wantNoOfficialLike(t, x, "U.S. Department of State (Office of the Spokesperson)", tc.text, tc.not)
		})
	}
}

// A leader speaks of the other by given name beside "I" ("Ana and I have
// just concluded our talks"): the given name of one person named in full
// is that person, and takes part with the speaker.
func TestUnseenGivenNameBesideI(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               string // a meeting key among the extraction's
	}{
		{"Australian transcript", "Prime Minister of Australia (pm.gov.au), transcript",
			"Transcript\n\nJoint Press Conference with the Prime Minister of Fiji\n\n3 March 2021\n\nPrime Minister Tom Reed\nParliament House, Canberra\n\nSubjects: trade; climate; loans.\n\nPRIME MINISTER: Good afternoon, and welcome to Prime Minister Ana Vell of Fiji. Ana and I have just concluded our annual talks.\n\nPRIME MINISTER VELL: Thank you, Prime Minister.",
			"Ana Vell+Tom Reed|AU-FJ"},
		{"New Zealand release in the first person", "New Zealand Government (beehive.gov.nz)",
			"Hon Jane Holt\nPrime Minister\n\nI welcomed Prime Minister Kofi Mensah of Ghana to Wellington today. Kofi and I discussed trade and climate.",
			"Jane Holt+Kofi Mensah|GH-NZ"},
		{"the pronoun first, UK remarks", "UK Prime Minister's Office (GOV.UK speech)",
			"Prime Minister Jane Holt\n\nI am delighted to welcome President Marco Lino of Peru to London. Today I and Marco held talks on trade.",
			"Jane Holt+Marco Lino|GB-PE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2021-03-03", Text: tc.text})
			wantAmongMeetingKeys(t, e, []string{tc.want})
		})
	}
}

// givenBesideI reads a given name only beside the speaker's "I" or "me",
// and only when one person bears it and nobody has it as a surname.
func TestGivenBesideIUnit(t *testing.T) {
	people := []person{{forms: []string{"Ana Vell"}}, {forms: []string{"Jordan Ellis"}}, {forms: []string{"Ana Rocha"}}, {forms: []string{"Marco Lino"}}, {forms: []string{"Lino Sani"}}}
	nf := newNameForms(people)
	tests := []struct {
		text string
		at   int // token index of the given name
		want int // the person, or -1
	}{
		{"Marco and I talked.", 0, 3},
		{"between Marco and me.", 1, 3},
		{"Today I and Marco talked.", 3, 3},
		{"Jordan and Peru signed a pact.", 0, -1}, // not beside "I"
		{"Ana and I talked.", 0, -1},              // two people are Ana
		{"Lino and I talked.", 0, -1},             // a surname, read as one already
		{"Jordan and I talked.", 0, 1},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		pi, ok := nf.givenBesideI(toks, tc.at)
		if !ok {
			pi = -1
		}
		if pi != tc.want {
			t.Errorf("%q at %d: person %d, want %d", tc.text, tc.at, pi, tc.want)
		}
	}
}

// An office set off from its holder by a comma, when an organisation's
// possessive marks it or a topic in lower case stands between them: "the
// UN's acting special representative, N", "the U.S. special envoy for
// climate change, N".
func TestUnseenMarkedOfficeCommaName(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country, org string
	}{
		{"an organisation's possessive, aid agency release", "U.S. Agency for International Development (press release)",
			"In Pristina she met the UN's acting special representative, Ana Vell, to discuss shelter.",
			"Ana Vell", "", "UN"},
		{"a topic in lower case, wire story", "Voice of America",
			"WASHINGTON - The U.S. special envoy for climate change, Tom Reed, visited New Delhi and Beijing last month.",
			"Tom Reed", "US", ""},
		{"a topic after a state's possessive, UK style", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"Britain's envoy on human rights, Jane Holt, met the Foreign Minister of Peru in Lima on 3 May.",
			"Jane Holt", "GB", ""},
		{"an EU envoy for a process", "European External Action Service (press release)",
			"The EU's special representative for the peace process, Ana Lind, arrived in Juba on Monday.",
			"Ana Lind", "", "EU"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			got := ""
			if o.Country != nil {
				got = *o.Country
			}
			if got != tc.country || o.Organization != tc.org {
				t.Errorf("country %q, organization %q; want %q, %q", got, o.Organization, tc.country, tc.org)
			}
		})
	}
	// Must not fire: a relative clause after the topic, a capitalised word
	// in it, and a topic with no holder after its comma.
	notTests := []struct{ name, text, not string }{
		{"a relative clause", "The U.S. envoy for the talks, who arrived Monday, met the minister of Peru.", "Monday"},
		{"no name after the comma", "The U.S. envoy for climate change, in a long speech, urged Peru to act.", "In"},
		{"a list of topics that names a place", "The U.S. envoy for Sudan and climate, Tom Reed Hall, was closed.", "Tom Reed Hall"},
	}
	for _, tc := range notTests {
		t.Run(tc.name, func(t *testing.T) {
			wantNoOfficialLike(t, x, "", tc.text, tc.not)
		})
	}
}

// A list of people each set off with their office ("N1, Minister for
// Foreign Affairs of A, N2, Minister of External Affairs of B, and N3,
// Secretary of State of C"), and two offices joined by "and" before one
// name ("Vietnamese Deputy Prime Minister and Minister of Foreign Affairs
// N"): each person takes the state of their own office.
func TestUnseenStateOfOwnOfficeInLists(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"a list of appositions, Japanese release", "Ministry of Foreign Affairs of Japan",
			"On July 12, Minister Sato held a Foreign Ministers' Meeting with the Honourable Ana Vell, Minister for Foreign Affairs of Australia, Dr. Ravi Menon, Minister of External Affairs of India, and the Honorable Tom Reed, Secretary of State of the United States.",
			"Ravi Menon", "IN"},
		{"a list of appositions, EU release", "European Council (press release)",
			"The meeting brought together Ana Lind, President of the European Council, Marco Lino, Prime Minister of Peru, and Rosa Tello, President of Chile.",
			"Rosa Tello", "CL"},
		{"a list of appositions, wire story", "Voice of America",
			"The talks brought together Ana Vell, Peru's foreign minister, Marco Lino, Chile's defence minister, and Tom Reed, the U.S. envoy.",
			"Marco Lino", "CL"},
		{"two offices before one name, Korean release", "Korea.net (Korean Culture and Information Service), Briefing Room",
			"Foreign Minister Kim Min-su and Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Tran Van Long signed the agreement.",
			"Tran Van Long", "VN"},
		{"two offices before one name, Japanese release", "Ministry of Foreign Affairs of Japan",
			"Thai Deputy Prime Minister and Minister of Commerce Somchai Dee met Minister SATO Ken in Tokyo.",
			"Somchai Dee", "TH"},
		// Must not fire: a place opens the sentence, a state closes the
		// name before the office.
		{"a place before the office", "",
			"In Cape Town, South Africa's foreign minister, Ana Vell, said the talks went well.",
			"Ana Vell", "ZA"},
		{"a state after the name before the office", "",
			"President Ana Vell of Peru, Chile's foreign minister, Marco Lino and others attended.",
			"Marco Lino", "CL"},
		{"a speaker set off before the office", "",
			"Speaking to reporters, Peru's defence minister, Marco Lino, said the talks went well.",
			"Marco Lino", "PE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
}

// An officer named by rank alone takes the state of the post set off
// beside the name: "Gen. N, commander of the Colombian armed forces", "the
// chief of staff of Djibouti's armed forces, Gen. N", "Maj. Gen. N, the
// Qatari chief of staff", not the outlet's.
func TestUnseenOfficerStateFromPost(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"post after the name, US defence press", "American Forces Press Service",
			"Army Gen. Tom Reed met with President Marco Lino, Defense Minister Ana Vell and Gen. Jorge Pardo, commander of the Colombian armed forces.",
			"Jorge Pardo", "CO"},
		{"post before the name, US defence press", "American Forces Press Service",
			"The secretary also had lunch with Defense Minister Ali Sani and the chief of staff of Djibouti's armed forces, Gen. Omar Farah, before touring the base.",
			"Omar Farah", "DJ"},
		{"a state's abbreviation before the forces", "American Forces Press Service",
			"Reed met separately with the host, Lt. Gen. Saeed al-Harbi, chief of staff of the UAE armed forces, and with Maj. Gen. Khalid al-Thani, the Qatari chief of staff.",
			"Saeed al-Harbi", "AE"},
		{"a demonym before the post", "American Forces Press Service",
			"Reed met separately with the host, Lt. Gen. Saeed al-Harbi, chief of staff of the UAE armed forces, and with Maj. Gen. Khalid al-Thani, the Qatari chief of staff.",
			"Khalid al-Thani", "QA"},
		{"a possessive before the post, wire story", "Voice of America",
			"SEOUL - South Korea's top military officer, Gen. Park Min-ho, met the Chinese defence minister on Monday.",
			"Park Min-ho", "KR"},
		{"the head of an army, UK style", "UK Ministry of Defence (news story)",
			"The Chief of the Defence Staff met the head of the Kenyan army, General Jomo Otieno, in Nairobi on 3 May.",
			"Jomo Otieno", "KE"},
		// Must not fire: a clause before the rank, a verb after the name, a
		// relative clause, a place after the forces.
		{"a clause before the rank", "American Forces Press Service",
			"After talks on Peruvian army reform, Gen. Tom Reed flew home.",
			"Tom Reed", "US"},
		{"a verb after the name", "American Forces Press Service",
			"Gen. Tom Reed, met the Chinese defence minister on Monday.",
			"Tom Reed", "US"},
		{"a relative clause", "American Forces Press Service",
			"Secretary Ana Vell met Gen. Tom Reed, who commands Peruvian troops in exercises, on Monday.",
			"Tom Reed", "US"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
}

// A state written before the first office of an "and" list also marks the
// next office when a capitalised topic opens it ("South Korean Foreign
// Minister N1 and Unification Minister N2").
func TestUnseenStateOverCapitalisedTopic(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"wire story", "Voice of America",
			"The announcement came hours before a senior U.S. diplomat, Assistant Secretary of State Tom Reed, arrived in Seoul for talks Saturday with South Korean Foreign Minister Park Min-ho and Unification Minister Lee Jae-sung.",
			"Lee Jae-sung", "KR"},
		{"Japanese release, a two-word topic", "Ministry of Foreign Affairs of Japan",
			"On May 3, Minister SATO Ken held talks with Indonesian Foreign Minister Budi Santoso and Trade and Industry Minister Rini Wati.",
			"Rini Wati", "ID"},
		{"Kremlin release", "President of Russia (Kremlin, official website, English)",
			"The President met Chinese Premier Li Wei and Commerce Minister Wang Hao in the Kremlin.",
			"Wang Hao", "CN"},
		// Must not fire: the next office names its own state.
		{"a state in the next office", "Voice of America",
			"The talks brought together South Korean Foreign Minister Park Min-ho and U.S. Trade Representative Tom Reed.",
			"Tom Reed", "US"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
}

// Verbs of title-case headlines and cities named with the word "City" make
// no official's name.
func TestUnseenNoNameFromHeadlineVerbOrCity(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ name, outlet, text, not string }{
		{"travel verb, State Department headline", "U.S. Department of State (Office of the Spokesperson)", "Secretary of State Heads to Asia\n\nThe minister arrived in Accra in a long sentence.", "Heads"},
		{"plan verb, wire headline", "Voice of America", "Kenyan President Postpones Visit to Uganda Over Border Row\n\nThe minister arrived in Accra in a long sentence.", "Postpones"},
		{"verb of thanks, UK headline", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)", "Prime Minister Thanks Ghana for Support\n\nThe minister arrived in Accra in a long sentence.", "Thanks"},
		{"a city before the office, State Department", "U.S. Department of State (Office of the Spokesperson)", "In Ho Chi Minh City, Deputy Secretary Reed will meet with American business leaders.", "City"},
		{"a city before the office, Philippine style", "", "In Quezon City, Secretary Reed will meet President Ana Vell.", "City"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantNoOfficialLike(t, x, tc.outlet, tc.text, tc.not)
		})
	}
	// Must not fire: a holder named after the headline verb's sentence, a
	// surname that is also a plural noun.
	e := extractText(t, x, attache.Article{ID: "t", Text: "Foreign Minister Ana Marks of Peru met President Tom Reed in Lima on Monday."})
	if _, ok := officialNamed(e, "Ana Marks"); !ok {
		t.Errorf("officials %q, want Ana Marks", officialNames(e))
	}
}

// Forms of names and offices of other naming conventions: a royal style
// between an office and the name ("Prime Minister, Prince N"), a name that
// opens with a glottal stop ("'Ulukalala"), the Arabic given name "Said"
// after an office, and a lower-case office with a lower-case topic before
// a full name ("senior presidential secretary for foreign affairs N").
func TestUnseenNameForms7(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"a royal style after the comma, New Zealand release", "New Zealand Government (beehive.gov.nz)",
			"In Nuku'alofa Mr Reed will meet Tonga's Prime Minister, Prince 'Ulukalala Tupou, and in Apia he will hold talks.",
			"'Ulukalala Tupou", "TO"},
		{"a royal style after the office, wire story", "Voice of America",
			"He will meet Prime Minister Prince Tupou Lisiate of Tonga on Monday.",
			"Tupou Lisiate", "TO"},
		{"a glottal stop, Australian release", "Minister for Foreign Affairs of Australia (media release)",
			"The Minister will meet Prime Minister 'Ulukalala Tupou of Tonga on Monday.",
			"'Ulukalala Tupou", "TO"},
		{"Said as a given name, White House statement", "The White House (briefing room)",
			"Leaders of Brazil and India, as well as the Chair of the African Union, Comorian President Said Ali Karim, joined the sessions on Saturday.",
			"Said Ali Karim", "KM"},
		{"Said as a given name, Kremlin release", "President of Russia (Kremlin, official website, English)",
			"The President met Comorian President Said Ali Karim in the Kremlin on Saturday.",
			"Said Ali Karim", "KM"},
		{"a lower-case office and topic, Korean release", "Korea.net (Korean Culture and Information Service), Briefing Room",
			"The President concluded a four-day trip on Monday, senior presidential secretary for foreign affairs Oh Min-ho told reporters.",
			"Oh Min-ho", "KR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
	// Must not fire: the verb "Said" in a headline after a name, a quoted
	// phrase, a lower-case office with no full name after its topic.
	notTests := []struct{ name, text, not string }{
		{"the verb in a headline", "Foreign Minister Ana Vell Said Peru Would Host the Talks\n\nThe minister arrived in Accra in a long sentence.", "Said"},
		{"a quoted phrase", "The minister said 'Peace Now' was the message of the march.", "Peace"},
		{"no name after the topic", "He spoke to the secretary for hours Monday and Ana Vell agreed.", "Ana Vell"},
	}
	for _, tc := range notTests {
		t.Run(tc.name, func(t *testing.T) {
			wantNoOfficialLike(t, x, "", tc.text, tc.not)
		})
	}
}

// A capitalised portfolio between a state and its office ("Indian
// Commerce Minister N") leaves the office that state's, as a lower-case
// one does ("Indian energy minister N").
func TestUnseenStateBeforeCapitalisedPortfolio(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"a demonym, trade press release", "Office of the United States Trade Representative (press release)",
			"While there, the Ambassador will meet separately with Indian Commerce Minister Ravi Menon and with Brazilian Foreign Minister Marco Lino.",
			"Ravi Menon", "IN"},
		{"a possessive, wire story", "Voice of America",
			"TOKYO - Japan's Fisheries Minister Sato Ken met the Norwegian envoy on Monday.",
			"Sato Ken", "JP"},
		{"a demonym and two portfolios, UK release", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"The Minister for Latin America met Peruvian Trade and Tourism Minister Marco Lino in Lima on 3 May.",
			"Marco Lino", "PE"},
		{"a demonym, Kremlin release", "President of Russia (Kremlin, official website, English)",
			"The President met South Korean Unification Minister Lee Jae-sung in the Kremlin.",
			"Lee Jae-sung", "KR"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
	// Must not fire: capitalised words no state opens, an office before.
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Voice of America", Text: "WASHINGTON - The Trade Policy Review Minister Ana Vell of Chile spoke on Monday."})
	if o, ok := officialNamed(e, "Ana Vell"); ok && o.Country != nil && *o.Country != "CL" {
		t.Errorf("country = %v, want CL", *o.Country)
	}
}

// The host of a meeting serves the state where it is held, also when the
// place is told before "hosted by" ("joined the leaders in Hiroshima,
// Japan, for the summit hosted by Prime Minister N").
func TestUnseenHostedByPlaceBefore(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want, country      string
	}{
		{"White House statement", "The White House (briefing room)",
			"This weekend, President Tom Reed joined fellow G7 leaders in Hiroshima, Japan, for the annual Leaders' Summit hosted by Prime Minister SATO Ken.",
			"Sato Ken", "JP"},
		{"UK news story", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"The Foreign Secretary travelled to Mombasa, Kenya, for talks hosted by Foreign Minister Jomo Otieno on 3 May.",
			"Jomo Otieno", "KE"},
		{"Korean briefing", "Korea.net (Korean Culture and Information Service), Briefing Room",
			"President Kim Min-su arrived in Da Nang, Vietnam, for the summit hosted by Prime Minister Tran Van Long.",
			"Tran Van Long", "VN"},
		// Must not fire: the host's own state, and a clause break.
		{"the host's own state wins", "Voice of America",
			"The minister flew to Lima, Peru, for a conference hosted by President Ana Vell of Chile.",
			"Ana Vell", "CL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("no official %q in %q", tc.want, officialNames(e))
			}
			if o.Country == nil || *o.Country != tc.country {
				t.Errorf("country = %v, want %q", o.Country, tc.country)
			}
		})
	}
}
