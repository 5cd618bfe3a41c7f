package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-project/attache/identity"
	"github.com/attache-project/attache/loader/extract/lexicon"
)

// titleEntry is a title form split into lower-case tokens.
type titleEntry struct {
	toks []string
	lexicon.Title
}

// titleMatch is an office named in a sentence, with what stands around it.
type titleMatch struct {
	topicStart, topicEnd int  // "trade and industry" in "AU trade and industry commissioner"
	notUS                bool // the complement names an institution the US does not have
	entry                titleEntry
	tok, end             int    // token span of the title with its complement
	title                string // normalised, with its complement ("Secretary of Transportation")
	country              string // state given by a modifier or the complement
	countryTok           int    // token index of that state's mention, -1 if none
	org                  string
	former               bool
	domestic             bool   // a capitalised institution of the outlet's own state names the office
	determiner           string // "the", "his", "her", "their" before the title, if any
	modStart             int    // first token of the modifiers before the title
	rank                 string // "Deputy" or "Vice" before a minister's office written with its portfolio ("deputy trade minister")
}

// officialMention is a named person in an office, as one pattern found it.
type officialMention struct {
	name       string // as written, honorifics dropped
	nameToks   []string
	sent       int
	tok, end   int // token span of the name
	title      titleMatch
	country    string
	rule       string
	anaphoraOf string // "his defense minister": the country comes from the antecedent
}

// titleIndex finds titles in token streams, longest first.
type titleIndex struct {
	byFirst map[string][]titleEntry
	heads   map[string]bool // words that make up titles: never part of a name
}

func newTitleIndex(titles []lexicon.Title) *titleIndex {
	ti := &titleIndex{byFirst: map[string][]titleEntry{}, heads: map[string]bool{}}
	for _, t := range titles {
		e := titleEntry{Title: t}
		for _, tk := range tokenize(t.Surface, 0, len(t.Surface), nil) {
			e.toks = append(e.toks, tk.lower)
		}
		ti.byFirst[e.toks[0]] = append(ti.byFirst[e.toks[0]], e)
		for _, w := range e.toks {
			if !functionWords[w] && w != "-" && w != "state" && w != "general" {
				ti.heads[w] = true
			}
		}
	}
	for k, list := range ti.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
		ti.byFirst[k] = list
	}
	return ti
}

func (x *Extractor) isTitleWord(lower string) bool { return x.titles.heads[lower] }

// match returns the longest title starting at token i; none when i is past
// the end (a sentence may end where a title was expected: "… etc.").
func (ti *titleIndex) match(toks []token, i int) (titleEntry, int, bool) {
	if i < 0 || i >= len(toks) {
		return titleEntry{}, i, false
	}
	for _, e := range ti.byFirst[toks[i].lower] {
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 0; k < len(e.toks); k++ {
			t := toks[i+k]
			if t.lower != e.toks[k] || e.Upper && strings.ToUpper(t.text) != t.text {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.toks), true
		}
	}
	return titleEntry{}, i, false
}

// nameStopWords are capitalised words that are never part of a name
// (names like "Ana May" or "June Park" show that many others can be).
var nameStopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "this": true, "that": true,
	"these": true, "those": true, "he": true, "she": true, "it": true, "they": true, "we": true, "our": true,
	"his": true, "her": true, "their": true, "its": true, "i": true, "you": true, "as": true, "after": true,
	"before": true, "during": true, "while": true, "both": true, "all": true, "today": true, "yesterday": true,
	"tomorrow": true, "if": true, "when": true, "where": true, "who": true, "which": true, "what": true,
	"said": true, "says": true, "will": true, "would": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "are": true, "were": true, "not": true, "no": true, "also": true, "however": true, "there": true,
	"here": true, "former": true, "acting": true, "senior": true, "deputy": true, "joint": true, "new": true,
	// Verbs and nouns of title-case headlines: "President Visits Peru".
	"visits": true, "visit": true, "meets": true, "meet": true, "meeting": true, "meetings": true, "holds": true,
	"hosts": true, "travels": true, "arrives": true, "welcomes": true, "calls": true, "urges": true, "eyes": true,
	"signs": true, "talks": true, "election": true, "elections": true, "discusses": true, "receives": true,
	"attends": true, "returns": true, "leaves": true, "announces": true, "condemns": true, "praises": true,
	"warns": true, "seeks": true, "opens": true, "tests": true, "dies": true, "wins": true, "congratulates": true,
	"speaks": true, "remarks": true, "reaffirms": true, "strengthens": true, "joins": true, "tells": true,
	"agrees": true, "launches": true, "pledges": true, "vows": true, "hails": true, "rejects": true, "backs": true,
	"amid": true, "over": true, "ahead": true, "positive": true,
	// More verbs of headlines, of travel and of plans ("Secretary Heads to
	// Asia", "President Postpones Visit"); verbs that are also surnames
	// (Marks, Seals, Tours as a place) stay out.
	"heads": true, "postpones": true, "delays": true, "cancels": true, "defers": true, "resumes": true,
	"begins": true, "concludes": true, "wraps": true, "flies": true, "expects": true, "offers": true,
	"presses": true, "promises": true, "invites": true, "lauds": true, "unveils": true, "outlines": true,
	"stresses": true, "highlights": true, "inks": true, "approves": true, "sends": true, "asks": true,
	"faces": true, "pushes": true, "skips": true, "slams": true, "thanks": true, "plans": true,
	"leads": true,
	// "Ministers Responsible for Trade": a plural office qualified after it.
	"responsible": true,
	// The plural form of the same verbs, after two subjects: "Tello, Ghanaian
	// Counterpart Discuss Exercises" (wire and defence-press headlines).
	// Verbs that are also given names or surnames (Mark, Grant, Chase) stay out.
	"discuss": true, "sign": true, "pledge": true, "review": true, "hold": true, "agree": true,
	"reaffirm": true, "urge": true, "vow": true, "welcome": true, "launch": true, "seek": true,
	"strengthen": true, "host": true, "tour": true, "travel": true, "commit": true, "renew": true,
	"affirm": true, "boost": true, "deepen": true, "explore": true, "address": true, "stress": true,
	"emphasize": true, "emphasise": true, "underscore": true, "expand": true, "condemn": true,
}

// shipPrefixes name a ship, not an office, before a title: "HMS King …".
var shipPrefixes = map[string]bool{
	"HMS": true, "USS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "INS": true, "JS": true, "ROKS": true,
	"RFS": true, "USNS": true, "USCGC": true, "FS": true, "ITS": true, "SPS": true,
}

// fullMonthNames are the months written out; an abbreviation without its
// period ("Jan") is read as a name ("Jan Willem …").
var fullMonthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// particles are lower-case parts of names: "bin", "da", "el-".
var particles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "da": true, "de": true, "do": true, "dos": true,
	"das": true, "del": true, "della": true, "di": true, "du": true, "van": true, "von": true, "der": true, "den": true,
	"la": true, "le": true, "y": true, "ben": true, "abu": true, "ter": true, "zu": true,
	// "e" joins two family names in Portuguese ("Souza e Melo"), "binti"
	// names a Malay woman's father, "ould" a Mauritanian's.
	"e": true, "binti": true, "ould": true,
}

// orgWords make a capitalised span an institution, not a person.
var orgWords = map[string]bool{
	"department": true, "ministry": true, "office": true, "bureau": true, "agency": true, "council": true,
	"committee": true, "commission": true, "assembly": true, "group": true, "union": true, "nations": true,
	"republic": true, "kingdom": true, "states": true, "party": true, "army": true, "navy": true, "force": true,
	"forces": true, "corps": true, "command": true, "university": true, "center": true, "centre": true,
	"institute": true, "secretariat": true, "administration": true, "government": true, "house": true,
	"senate": true, "parliament": true, "congress": true, "court": true, "bank": true, "fund": true,
	"program": true, "programme": true, "programs": true, "programmes": true, "initiative": true, "agreement": true, "treaty": true, "summit": true,
	"conference": true, "dialogue": true, "forum": true, "organization": true, "organisation": true,
	"association": true, "airlines": true, "airport": true, "palace": true, "academy": true, "street": true,
	"square": true, "province": true, "region": true, "sea": true, "ocean": true, "island": true, "islands": true,
	"day": true, "statement": true, "act": true, "framework": true, "accords": true, "partnership": true,
	"mission": true, "operations": true, "affairs": true, "policy": true, "security": true, "service": true,
	"services": true, "staff": true, "community": true, "cooperation": true, "coalition": true, "alliance": true,
	"federation": true, "authority": true, "police": true, "guard": true, "times": true, "news": true, "post": true,
	"press": true, "network": true, "board": true, "foundation": true, "company": true, "corporation": true,
	"museum": true, "hospital": true, "school": true, "college": true, "church": true, "embassy": true,
	"consulate": true, "control": true, "enforcement": true, "relations": true, "development": true, "trade": true,
	"industry": true, "area": true, "zone": true, "games": true, "olympic": true, "olympics": true, "peninsula": true,
	"gulf": true, "river": true, "coast": true, "base": true, "station": true, "hall": true, "building": true,
	"working": true, "joint": true, "strategic": true, "national": true, "international": true, "federal": true,
	"global": true, "presidential": true, "executive": true, "foreign": true, "defense": true, "defence": true,
	"narcotics": true, "justice": true, "treasury": true, "transportation": true, "commerce": true, "energy": true,
	"labor": true, "interior": true, "education": true, "agriculture": true, "health": true, "homeland": true,
	"finance": true, "economy": true, "environment": true, "state": true, "cabinet": true, "law": true,
	"declaration": true, "communiqué": true, "communique": true, "readout": true, "week": true, "month": true,
	"year": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"world": true, "general": true, "special": true, "supreme": true, "high": true, "chamber": true,
	// Adjectives of institutions' names ("Central Economic and Financial
	// Affairs Commission"), never names of people.
	"economic": true, "financial": true, "political": true, "social": true, "cultural": true, "technical": true,
	"scientific": true, "commercial": true, "monetary": true, "fiscal": true, "regional": true, "humanitarian": true,
	"nuclear": true, "military": true, "diplomatic": true, "parliamentary": true, "legislative": true,
}

// complementEnds close the "of ..." part of a title: "Secretary of State",
// "Assistant Secretary for International Organization Affairs".
func (x *Extractor) complementEnd(t token) bool {
	if orgWords[t.lower] {
		return true
	}
	switch t.lower {
	case "un", "u.n.", "nato", "eu", "au", "asean", "osce", "oas", "gcc", "rights", "women", "girls", "issues",
		"freedom", "refugees", "migration", "climate", "negotiations", "peace", "process", "counterterrorism",
		"nonproliferation", "disarmament", "youth", "children", "minorities", "resources",
		// portfolios joined to another ("Trade and Tourism", "Science and
		// Technology"): a ministry's topics, never a name.
		"tourism", "worship", "investment", "innovation", "science", "technology", "sport", "sports", "culture",
		"fisheries", "forestry", "mines", "mining", "infrastructure", "transport", "communications", "planning",
		"integration", "immigration", "employment", "welfare", "housing", "industries", "emigrants", "expatriates",
		"cooperatives", "wildlife", "heritage", "arts", "water", "sanitation", "lands", "petroleum", "power",
		"information", "broadcasting", "telecommunications", "aviation", "livestock", "irrigation", "forests",
		"minerals", "enterprise", "enterprises", "gender", "competitiveness", "entrepreneurship", "research", "veterans",
		// policy domains of treasuries, interior and defence offices ("for
		// Terrorism and Financial Intelligence", "for Acquisition and
		// Sustainment", "for Crime Prevention")
		"terrorism", "intelligence", "crime", "prevention", "drugs", "sanctions", "trafficking", "democracy",
		"governance", "reform", "reforms", "reconstruction", "recovery", "procurement", "acquisition", "sustainment",
		"readiness", "logistics", "budget", "revenue", "taxation", "customs", "citizenship", "multiculturalism",
		"emergencies", "oceans",
		// portfolios of many governments' ministries ("Education and
		// Training", "Overseas Territories", "Labour", "Religious Affairs")
		"training", "skills", "labour", "territories", "territory", "overseas", "family", "families", "elderly",
		"pensions", "insurance", "statistics", "works", "roads", "highways", "ports", "shipping", "maritime",
		"rural", "regions", "provinces", "disasters", "consumers", "markets", "banking", "religion", "religious",
		"hajj", "diaspora", "nationals", "prisons", "policing", "exports", "imports", "oil", "gas", "aerospace",
		"digital", "cyber", "food", "medicine", "sciences", "schools", "literacy", "commonwealth", "francophonie",
		// regions an office covers ("Minister for South Asia", "Assistant
		// Secretary for Africa", "Special Envoy for the Middle East")
		"africa", "asia", "europe", "americas", "hemisphere", "pacific", "caribbean", "eurasia", "arctic", "sahel",
		"balkans", "gulf", "east", "mediterranean", "caucasus", "maghreb", "baltic", "baltics", "atlantic", "oceania",
		"levant", "antarctica",
		// adjectives of the regions and kinds of relations an office
		// covers, which "and" joins to the next ("for East Asian and
		// Pacific Affairs", "for Latin American and Caribbean Affairs",
		// "for Multilateral and Consular Affairs")
		"asian", "african", "european", "eurasian", "oceanian", "arab", "american", "nordic", "andean",
		"transatlantic", "multilateral", "bilateral", "consular",
		// what an aid or relief office does ("for Humanitarian Response",
		// "Office of Foreign Disaster Assistance")
		"response", "assistance", "relief", "resilience", "outreach", "aid":
		return true
	}
	return abstractNoun(t.lower)
}

// abstractNoun: a long word with a suffix of abstract nouns ("Partnerships",
// "Preparedness", "Stabilization", "Engagement", "Connectivity") names a
// domain of an office, never a person; the suffixes of given names
// ("Clement", "Florence", "Lawrence") are left out or too short to count.
func abstractNoun(lower string) bool {
	if utf8.RuneCountInString(lower) < 8 {
		return false
	}
	for _, suffix := range []string{"ship", "ships", "tion", "tions", "ment", "ments", "ness", "ity", "ities", "ism"} {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

// isNameToken: a capitalised word that can be part of a person's name.
func (x *Extractor) isNameToken(t token) bool {
	if t.kind != tokWord || !t.upper {
		return false
	}
	if nameStopWords[t.lower] || x.isTitleWord(t.lower) || orgWords[t.lower] || identity.IsHonorific(t.lower) {
		return false
	}
	if x.dates.month(t.text) > 0 && t.text != "May" && t.text != "June" && (fullMonthNames[t.lower] || strings.HasSuffix(t.text, ".")) || x.dates.isWeekday(t) {
		return false
	}
	// Acronyms (NSA, CJNG) are no names; Roman numerals are (Sani II).
	if utf8.RuneCountInString(t.text) >= 2 && strings.ToUpper(t.text) == t.text && !isRoman(t.text) && !strings.Contains(t.text, ".") {
		return false
	}
	if strings.Count(t.text, ".") >= 2 { // U.S.
		return false
	}
	return true
}

// capitalFamilyName: a family name in capitals before a given name in
// mixed case, as Japanese and other releases write names ("YAMADA Taro").
func (x *Extractor) capitalFamilyName(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tokWord || utf8.RuneCountInString(t.text) < 2 || strings.ToUpper(t.text) != t.text || isRoman(t.text) || strings.Contains(t.text, ".") {
		return false
	}
	if _, _, ok := x.orgAt(toks, j); ok || x.isTitleWord(t.lower) || orgWords[t.lower] {
		return false
	}
	if j+1 >= len(toks) {
		return false
	}
	next := toks[j+1]
	return next.space && x.isNameToken(next) && strings.ToUpper(next.text) != next.text
}

// surnameHe: "He" inside a sentence, before a name word, is a family name
// ("Vice Premier He Min"); the pronoun is capitalised only where a
// sentence or a quotation starts.
func (x *Extractor) surnameHe(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j].text != "He" || !x.isNameToken(toks[j+1]) {
		return false
	}
	switch toks[j-1].text {
	case ":", "\"", "“", "(", "—", "–", "-", ";", "'", "‘":
		return false
	}
	return toks[j-1].kind != tokPunct || toks[j-1].text == ","
}

// givenNameSaid: "Said" opening a name after an office, before another
// name word ("President Said Ali Karim") or before an Arabic particle of
// descent and a name word ("Foreign Minister Said bin Omar al-Nuaimi"), is
// the Arabic given name, not the verb, which is written in lower case after
// a name.
func (x *Extractor) givenNameSaid(toks []token, j int) bool {
	if toks[j].text != "Said" || j+1 >= len(toks) {
		return false
	}
	if x.isNameToken(toks[j+1]) {
		return true
	}
	return arabicParticles[toks[j+1].text] && j+2 < len(toks) && x.isNameToken(toks[j+2])
}

// arabicParticles are the lower-case words of descent and family that
// stand inside Arabic names ("bin", "bint", "ibn", "al"), as written in
// English releases.
var arabicParticles = map[string]bool{"bin": true, "bint": true, "binti": true, "ibn": true, "al": true, "el": true, "abu": true}

// capitalSurname: a family name in capitals that ends a name, after a
// title or a given name ("Prime Minister SATO held", "Taro YAMADA,").
func (x *Extractor) capitalSurname(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tokWord || utf8.RuneCountInString(t.text) < 3 || strings.ToUpper(t.text) != t.text || isRoman(t.text) || strings.ContainsAny(t.text, ".0123456789") {
		return false
	}
	if _, _, ok := x.orgAt(toks, j); ok || x.isTitleWord(t.lower) || orgWords[t.lower] || nameStopWords[t.lower] {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].kind != tokWord || !toks[j+1].upper
}

func isRoman(s string) bool {
	switch s {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// nameWordAt says token j is a word of the name that starts at start and
// whose last word so far is last: a capitalised name word, or at the
// name's start a family name in capitals, a surname before "He" or a
// surname in capitals ("KISHIDA"), or the same as the second word.
func (x *Extractor) nameWordAt(toks []token, j, start, last int) bool {
	if x.isNameToken(toks[j]) {
		return true
	}
	switch {
	case j == start:
		return x.capitalFamilyName(toks, j) || x.surnameHe(toks, j) || x.capitalSurname(toks, j) || x.givenNameSaid(toks, j)
	case j == start+1 && last == start:
		return toks[j].text == "He" || x.capitalSurname(toks, j)
	}
	return false
}

// readName reads a person's name starting at token i (after any honorific)
// and returns its token span. A name is capitalised words, lower-case
// particles between them ("bin", "da"), initials and hyphenated parts.
func (x *Extractor) readName(toks []token, i int, sentCountries map[int]countryMention) (int, int, bool) {
	for i < len(toks) && (identity.IsHonorific(toks[i].lower) || royalStyle(toks, i)) {
		i++
	}
	start := i
	last := -1
	for j := i; j < len(toks) && j-start < 14; j++ {
		t := toks[j]
		if _, isCountry := sentCountries[j]; isCountry {
			break
		}
		if x.nameWordAt(toks, j, start, last) {
			last = j
			continue
		}
		if x.nameGlueAt(toks, j, start) {
			continue
		}
		if j > start && hyphenJoin(toks, j) && (last == j-1 || toks[j+1].upper) {
			// el-Masri, Carter-Hale: the part after the hyphen counts; after
			// a particle it is capitalised ("al-Harthi"), as a word that
			// merely opens with one is not ("de-escalated", "e-mailed").
			last = j + 1
			j++
			continue
		}
		if t.lower == "jr." || t.lower == "sr." {
			if last == j-1 || toks[j-1].text == "," {
				last = j
			}
			continue
		}
		break
	}
	if last < start || namesAPlace(toks, start, last+1) || x.placeAfterInstitution(toks, start, last+1) {
		return start, start, false
	}
	// Trailing particles are not part of the name.
	return start, last + 1, true
}

// nameGlueAt: token j goes on a name without ending it: the glottal stop
// that opens a Polynesian name ("'Ulukalala"), initials written together
// before a name word ("A.K. Raghavan", "Retno L.P. Marsudi"; a state's
// "U.S." is a country mention, which ends the name first), a particle
// inside the name.
func (x *Extractor) nameGlueAt(toks []token, j, start int) bool {
	t := toks[j]
	switch {
	case j == start && okinaAt(toks, j):
		return true
	case joinedInitials(t.text) && j+1 < len(toks) && x.isNameToken(toks[j+1]):
		return true
	}
	return t.kind == tokWord && particles[t.lower] && j > start && j+1 < len(toks)
}

// joinedInitials: s is two or three capital initials written together,
// each with its period ("A.K.", "L.P.").
func joinedInitials(s string) bool {
	n := 0
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// royalStyles are the styles of royal and princely persons written before
// their name, which an office may stand before too ("Prime Minister,
// Prince N", "Foreign Minister Sheikha N").
var royalStyles = map[string]bool{"prince": true, "princess": true, "sheikha": true, "infante": true, "infanta": true}

// royalStyle: a capitalised royal style before a capitalised word (or a
// name opening with a glottal stop) at k.
func royalStyle(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].upper && royalStyles[toks[k].lower] && (toks[k+1].upper || okinaAt(toks, k+1))
}

// okinaAt: the token at k is an apostrophe written right before a
// capitalised word, the glottal stop that opens Tongan, Samoan and
// Hawaiian names ("'Ulukalala"), not a quotation mark.
func okinaAt(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k].text == "'" || toks[k].text == "‘" || toks[k].text == "’") && !toks[k+1].space && toks[k+1].kind == tokWord && toks[k+1].upper
}

// facilityWords end the names of places, firms and things named after
// people or offices ("the Ambassador Hotel", "the President Kennedy
// Center", "General Motors"); nouns that are also surnames (Hall, Street)
// are not among them.
var facilityWords = map[string]bool{
	"hotel": true, "center": true, "centre": true, "airport": true, "avenue": true, "boulevard": true,
	"square": true, "stadium": true, "university": true, "college": true, "hospital": true, "building": true,
	"station": true, "highway": true, "museum": true, "library": true, "foundation": true, "company": true,
	"corporation": true, "motors": true, "electric": true, "airlines": true, "airways": true, "inc.": true,
	"ltd.": true, "plaza": true, "arena": true, "theatre": true, "theater": true, "memorial": true, "doctrine": true,
	"prize": true, "award": true, "class": true,
	// cities named with the word ("Mexico City", "Quezon City")
	"city": true,
}

// namesAPlace: the capitalised words toks[a:b], or the one right after
// them, make the name of a place, firm or thing, not of a person.
func namesAPlace(toks []token, a, b int) bool {
	for k := a; k <= b && k < len(toks); k++ {
		if toks[k].upper && facilityWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// hyphenJoin: the hyphen at token j joins two parts of a name, with no
// space on either side.
func hyphenJoin(toks []token, j int) bool {
	return toks[j].text == "-" && !toks[j].space && j+1 < len(toks) && !toks[j+1].space && toks[j+1].kind == tokWord
}

// nameText is the name as written between two tokens.
func nameText(text string, toks []token, a, b int) string {
	return strings.TrimSpace(text[toks[a].start:toks[b-1].end])
}

// modifiers reads what comes before a title at token i: a state (demonym,
// name or possessive), an organisation, "former", a determiner.
func (x *Extractor) modifiers(toks []token, i int, sentCountries map[int]countryMention, endCountries map[int]countryMention, tm *titleMatch) {
	tm.countryTok = -1
	k := i - 1
	for k >= 0 {
		t := toks[k]
		switch t.lower {
		case "new", "acting", "interim", "then", "current", "outgoing", "incoming", "newly", "appointed", "elected", "top", "chief":
			k--
			continue
		case "former", "ex", "late":
			tm.former = true
			k--
			continue
		case "deputy", "vice":
			// "Japan's deputy trade minister, N": the holder is a deputy
			// of the portfolio's minister, and the state stands before.
			if tm.rank == "" && tm.entry.Level == "minister" && !t.upper {
				tm.rank = strings.ToUpper(t.lower[:1]) + t.lower[1:]
				k--
				continue
			}
		}
		break
	}
	tm.modStart = k + 1
	if k < 0 {
		return
	}
	k = x.topicBefore(toks, k, endCountries, tm)
	t := toks[k]
	// A lower-case plural's apostrophe is punctuation to the tokenizer
	// (it may close a quote): "the two countries' presidents".
	if t.kind == tokPoss || t.kind == tokPunct && !t.space && isApos(firstRune(t.text)) {
		x.possessor(toks, k, sentCountries, endCountries, tm)
		return
	}
	if cm, ok := endCountries[k]; ok && !cm.location {
		tm.country, tm.countryTok = cm.code, cm.tok
		tm.modStart = cm.tok
		if cm.tok > 0 && toks[cm.tok-1].lower == "the" {
			tm.determiner = "the"
		}
		return
	}
	if org, start, ok := x.orgEndingAt(toks, k); ok {
		tm.org, tm.modStart = org, start
		return
	}
	switch t.lower {
	case "the", "his", "her", "their", "its":
		tm.determiner = t.lower
		tm.modStart = k
	}
}

// topicBefore reads lower-case topic words between a state or an
// organisation and the office ending at token k ("AU trade and industry
// commissioner") and returns where the modifiers before them end.
func (x *Extractor) topicBefore(toks []token, k int, endCountries map[int]countryMention, tm *titleMatch) int {
	if toks[k].kind == tokWord && toks[k].upper {
		return x.capitalTopicBefore(toks, k, endCountries, tm)
	}
	if toks[k].kind != tokWord {
		return k
	}
	k2 := k
	for k2 >= 0 && k-k2 < 4 && toks[k2].kind == tokWord && !toks[k2].upper && (toks[k2].lower == "and" || !functionWords[toks[k2].lower]) && !rankWords[toks[k2].lower] && !notTopicWords[toks[k2].lower] {
		k2--
	}
	// The topic neither starts nor ends with "and".
	if k2 < k && (toks[k2+1].lower == "and" || toks[k].lower == "and") {
		k2 = k
	}
	if k2 < 0 || k2 >= k {
		return k
	}
	j, former := ranksBefore(toks, k2)
	_, okc := endCountries[j]
	_, _, oko := x.orgEndingAt(toks, j)
	if okc || oko || toks[j].kind == tokPoss {
		tm.topicStart, tm.topicEnd = k2+1, k+1
		tm.former = tm.former || former
		return j
	}
	return k
}

// notTopicWords are verbs between a state and an office, which no topic
// of the office is: "New Zealand met Prime Minister N".
var notTopicWords = map[string]bool{
	"met": true, "meets": true, "meet": true, "said": true, "says": true, "told": true, "tells": true, "called": true,
	"thanked": true, "thanks": true, "welcomed": true, "welcomes": true, "visited": true, "visits": true, "hosted": true,
	"hosts": true, "received": true, "receives": true, "joined": true, "joins": true, "urged": true, "urges": true,
	"asked": true, "asks": true, "congratulated": true, "invited": true, "invites": true, "praised": true, "spoke": true,
	"phoned": true, "greeted": true, "greets": true, "accompanied": true, "led": true, "leads": true, "named": true,
	"appointed": true, "replaced": true, "succeeded": true, "sent": true, "sends": true, "with": true, "including": true,
}

// possessor reads who owns the office through the possessive at token k:
// a state ("Peru's"), "that country's", or an organisation.
func (x *Extractor) possessor(toks []token, k int, sentCountries, endCountries map[int]countryMention, tm *titleMatch) {
	if cm, ok := endCountries[k-1]; ok {
		tm.country, tm.countryTok = cm.code, cm.tok
		tm.modStart = cm.tok
		return
	}
	if cm, ok := thatCountry(toks, k, sentCountries); ok {
		tm.country, tm.countryTok, tm.modStart = cm.code, cm.tok, k-2
		return
	}
	if org, start, ok := x.orgEndingAt(toks, k-1); ok {
		tm.org, tm.modStart = org, start
		return
	}
	// "the two countries' presidents", "both sides' negotiators": the
	// office of each side, as determined as "the presidents of both".
	if start, ok := bothSidesPossessor(toks, k); ok {
		tm.determiner, tm.modStart = "the", start
		return
	}
	// "President Ali Sani's foreign minister, N": a person's office is
	// determined as "his foreign minister" is, and of the possessor's
	// state (people.go's accompaniedState finds the possessor).
	if x.titledNameBefore(toks, k) {
		tm.determiner, tm.modStart = possessorDeterminer, k
	}
}

// titledNameBefore: the possessive at token k closes an office and a
// name ("President Ali Sani's", "Prime Minister Arata's"), not a firm's or
// a place's name ("Acme's director").
func (x *Extractor) titledNameBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].kind != tokWord || !toks[j].upper {
			return false
		}
		for i := max(j-4, 0); i < j; i++ {
			if _, end, ok := x.titles.match(toks, i); ok && end == j {
				return true
			}
		}
	}
	return false
}

// possessorDeterminer marks an office held of a named person ("President
// N's foreign minister").
const possessorDeterminer = "'s"

// bothSidesPossessor: the possessive at token k closes "both countries'",
// "the two sides'", "the two nations'"; it returns where that phrase starts.
func bothSidesPossessor(toks []token, k int) (int, bool) {
	if k < 2 || (toks[k-2].lower != "both" && toks[k-2].lower != "two") {
		return 0, false
	}
	switch toks[k-1].lower {
	case "countries", "sides", "nations", "states", "governments", "parties":
	default:
		return 0, false
	}
	start := k - 2
	if start > 0 && toks[start-1].lower == "the" {
		start--
	}
	return start, true
}

// thatCountry resolves "that country's" (the possessive at token k) to the
// state named last before it in the sentence: "the presidency is held by Chile,
// and that country's Prime Minister N".
func thatCountry(toks []token, k int, sentCountries map[int]countryMention) (countryMention, bool) {
	if k < 2 || toks[k-1].lower != "country" {
		return countryMention{}, false
	}
	switch toks[k-2].lower {
	case "that", "the", "this":
	default:
		return countryMention{}, false
	}
	best, found := countryMention{}, false
	for _, cm := range sentCountries {
		if cm.end <= k-2 && (!found || cm.tok > best.tok) {
			best, found = cm, true
		}
	}
	return best, found
}

// lastState is the code of the state named last in a sentence's mentions.
func lastState(sc map[int]countryMention) string {
	best := countryMention{tok: -1}
	for _, cm := range sc {
		if cm.tok > best.tok {
			best = cm
		}
	}
	return best.code
}

// countryBefore: "Ghana wants investment. The country's energy minister,
// N, said": with no state in its own sentence, "the country's" is the
// state the sentence before named last.
func countryBefore(os *officialSentence, i int, tm *titleMatch) {
	if tm.country != "" || tm.org != "" || os.prevState == "" {
		return
	}
	k := i - 1
	for k >= 0 && i-k <= 4 && os.toks[k].kind == tokWord && !os.toks[k].upper {
		k-- // the office's topic words
	}
	if k < 2 || os.toks[k].kind != tokPoss || os.toks[k-1].lower != "country" && os.toks[k-1].lower != "nation" {
		return
	}
	switch os.toks[k-2].lower {
	case "the", "that", "this":
		tm.country, tm.countryTok, tm.modStart, tm.determiner = os.prevState, -1, k-2, "the"
	}
}

// representedBy: the state a delegate stands for is the subject of "was
// represented by" ("Chile was represented by Foreign Minister N", "his
// country was represented by its foreign minister, N"), and of each later
// gapped conjunct of the same sentence ("..., and Peru by Deputy Minister
// N"). No modifier names a state there, so without this the office took
// the nearest state, often the one of the delegate before.
func representedBy(os *officialSentence, tm *titleMatch) {
	toks := os.toks
	k := tm.modStart - 1
	if tm.country != "" || tm.org != "" || k < 1 || toks[k].lower != "by" {
		return
	}
	j := k - 1
	if toks[j].lower == "represented" {
		for j--; j >= 0 && representAux[toks[j].lower]; j-- {
		}
	} else {
		if cm, ok := os.ec[j]; ok && gappedConjunct(toks, cm.tok) {
			tm.country, tm.countryTok = cm.code, cm.tok
		}
		return
	}
	if j < 0 {
		return
	}
	if cm, ok := os.ec[j]; ok && !cm.location {
		tm.country, tm.countryTok = cm.code, cm.tok
		return
	}
	// "his country was represented by": the state named last before it in
	// the sentence, else the one the sentence before named last.
	if j < 1 || toks[j].lower != "country" && toks[j].lower != "nation" {
		return
	}
	switch toks[j-1].lower {
	case "his", "her", "their", "its", "the":
	default:
		return
	}
	c, at := lastStateIn(os.sc, 0, j-1)
	if c == "" {
		c, at = os.prevState, -1
	}
	if c != "" {
		tm.country, tm.countryTok = c, at
	}
}

// representAux are the auxiliaries between a subject and "represented".
var representAux = map[string]bool{"is": true, "was": true, "were": true, "are": true, "be": true, "been": true,
	"will": true, "would": true, "has": true, "have": true, "had": true, "being": true, "also": true}

// gappedConjunct: a state at token c opens a conjunct (after a comma or
// "and") of a sentence that said "represented by" before it.
func gappedConjunct(toks []token, c int) bool {
	if c < 1 || toks[c-1].text != "," && toks[c-1].lower != "and" {
		return false
	}
	for i := c - 2; i > 0; i-- {
		if toks[i].lower == "by" && toks[i-1].lower == "represented" {
			return true
		}
	}
	return false
}

// orgEndingAt finds an organisation's form ending at token k.
func (x *Extractor) orgEndingAt(toks []token, k int) (string, int, bool) {
	if k < 0 {
		return "", 0, false
	}
	for _, o := range x.orgs {
		n := len(o.toks)
		s := k - n + 1
		if s < 0 {
			continue
		}
		ok := true
		for m := 0; m < n; m++ {
			if toks[s+m].text != o.toks[m] {
				ok = false
				break
			}
		}
		if ok {
			return o.name, s, true
		}
	}
	return "", 0, false
}

// orgIn returns the first organisation named in toks[a:b].
func (x *Extractor) orgIn(toks []token, a, b int) string {
	best, bestLen := "", 0
	for k := a; k < b; k++ {
		if org, s, ok := x.orgEndingAt(toks, k); ok && s >= a && k-s+1 > bestLen {
			best, bestLen = org, k-s+1
		}
	}
	return best
}

// complement reads "of/for/to ..." after a title ending at token j and
// returns where the complement ends, the state or organisation it names,
// and its text. The complement ends at its last institution word or state:
// "Secretary of State Harold Venn", "Head of the Department of X".
func (x *Extractor) complement(toks []token, j int, sentCountries map[int]countryMention) (end int, country string, countryTok int, org string) {
	if !complementPreposition(toks, j) {
		return j, "", -1, ""
	}
	countryTok = -1
	last := -1
	for k := j + 1; k < len(toks) && k-j < 16; k++ {
		if cm, ok := sentCountries[k]; ok {
			if !glueOnly(toks, max(last, j)+1, k) {
				break // "for Foreign Affairs Tom Ward of the United Kingdom": the name's state
			}
			country, countryTok = cm.code, cm.tok
			k = cm.end - 1
			last = k
			if k+1 < len(toks) && toks[k+1].kind == tokPoss {
				k++
			}
			continue
		}
		if x.nameBeforeInstitution(toks, last, k) {
			break // "for Trade Policy SATO Taro of the Ministry of Economy": the name's ministry
		}
		goOn, isEnd := x.complementGoesOn(toks, k, last)
		if !goOn {
			break
		}
		if isEnd {
			last = k
		}
	}
	if last < 0 {
		return j, "", -1, ""
	}
	org = x.orgIn(toks, j+1, last+1)
	if countryTok > last {
		country, countryTok = "", -1
	}
	return last + 1, country, countryTok, org
}

// complementPreposition: the word at j opens an office's complement:
// "of", "for" and "to" ("Secretary of State", "Envoy to the AU"), and
// "at the" before the institution a junior minister or state secretary
// sits in, as British, German and Nordic releases write the office
// ("Minister of State at the Foreign Office", "State Secretary at the
// Ministry of Defence"). The institution word that must close a complement
// keeps "at the" from reaching a place ("at the border").
func complementPreposition(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].lower {
	case "of", "for", "to":
		return true
	case "at":
		return j+2 < len(toks) && toks[j+1].lower == "the" && toks[j+2].upper
	}
	return false
}

// nameBeforeInstitution: the words after the complement's last institution
// word, up to "of the" at k, are a person's name, not more of the office,
// and the institution after it is the one the person serves ("Vice
// Minister for Trade Policy SATO Taro of the Ministry of Economy",
// "Secretary for Trade Ana Vell of the Department of Commerce").
func (x *Extractor) nameBeforeInstitution(toks []token, last, k int) bool {
	if last < 0 || toks[k].lower != "of" || k+1 >= len(toks) || toks[k+1].lower != "the" {
		return false
	}
	n := k - (last + 1)
	if n < 1 || n > 4 {
		return false
	}
	for j := last + 1; j < k; j++ {
		t := toks[j]
		if hyphenJoin(toks, j) || j > last+1 && hyphenJoin(toks, j-1) {
			continue // "Min-jun": the parts of a hyphenated given name
		}
		if x.complementEnd(t) || !(x.isNameToken(t) || x.capitalFamilyName(toks, j) || x.capitalSurname(toks, j)) {
			return false
		}
	}
	return true
}

// complementGoesOn tells whether a complement whose last institution word
// or state is at token last goes on through token k, and whether k is an
// institution word that may end it.
func (x *Extractor) complementGoesOn(toks []token, k, last int) (goOn, isEnd bool) {
	t := toks[k]
	if (t.lower == "and" || t.lower == "&") && (!andGoesOn(toks, k, last) || x.officeStartsAt(toks, k+1)) {
		return false, false
	}
	if t.kind == tokWord && (t.upper || complementGlue[t.lower]) {
		return !(t.upper && identity.IsHonorific(t.lower)), x.complementEnd(t)
	}
	// "head of the Peruvian delegation", "deputy head of the Chinese
	// mission": the body a state sends closes the complement.
	if k-1 == last && sentBodies[t.lower] {
		return true, true
	}
	if t.kind == tokPoss || t.text == "-" && !t.space {
		return true, false
	}
	// "for Women, Children, and Refugees", but not "President of
	// the Council, Federal Chancellor N".
	if t.text == "," && k-1 == last && k+1 < len(toks) && (toks[k+1].upper || toks[k+1].lower == "and") {
		title := x.officeStartsAt(toks, k+1) || toks[k+1].lower == "and" && x.officeStartsAt(toks, k+2)
		return !title && (listGoesOn(toks, k+1) || x.portfolioItem(toks, k+1)), false
	}
	return false, false
}

// officeStartsAt: a capitalised office starts at token k. "and" before it
// joins a second office, not a second portfolio of the first: "N,
// Secretary of Foreign Affairs of Peru, and Foreign Minister M" ends the
// first office at its state, and M's office is read on its own.
func (x *Extractor) officeStartsAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].upper {
		return false
	}
	_, _, ok := x.titles.match(toks, k)
	return ok
}

// andGoesOn: the "and" at k joins institution words ("Narcotics and Law
// Enforcement Affairs"), not a name and the next office; before the first
// institution word it joins capitalised words ("Trade and Tariff
// Commission"); after a list's comma it goes on ("Women, Children, and"),
// and so it does after the list's next capitalised item ("for Political,
// Legal and Security Affairs").
func andGoesOn(toks []token, k, last int) bool {
	listAnd := k >= 2 && toks[k-1].text == "," && k-2 == last ||
		k >= 3 && toks[k-1].upper && toks[k-2].text == "," && k-3 == last && k+1 < len(toks) && toks[k+1].upper
	joinsCapitals := last < 0 && toks[k-1].upper && k+1 < len(toks) && toks[k+1].upper
	return k-1 == last || listAnd || joinsCapitals || joinsRegions(toks, k)
}

// compassWords qualify the region an office covers, and "and" joins two of
// them before it: "for South and Southeast Asia", "for West and Central
// Africa", "for East and Southern Africa".
var compassWords = map[string]bool{
	"south": true, "north": true, "east": true, "west": true, "southeast": true, "northeast": true,
	"southwest": true, "northwest": true, "central": true, "southern": true, "northern": true,
	"eastern": true, "western": true,
}

// joinsRegions: the "and" at k joins two capitalised compass words of one
// region, even after an earlier institution word ("Secretary of Defense
// for South and Southeast Asia").
func joinsRegions(toks []token, k int) bool {
	return k >= 1 && k+1 < len(toks) && toks[k-1].upper && compassWords[toks[k-1].lower] && toks[k+1].upper && compassWords[toks[k+1].lower]
}

// glueOnly: toks[a:b] holds only the lower-case words of a complement,
// or the capitalised words of an institution ("Ministry of Foreign
// Affairs of Japan"), no name.
func glueOnly(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !complementGlue[toks[k].lower] && !(toks[k].upper && orgWords[toks[k].lower]) {
			return false
		}
	}
	return true
}

// listGoesOn: the word at k continues a list ("Women, Children, and",
// "Economy, Trade and Industry"), not a new phrase ("Policy, Office of").
func listGoesOn(toks []token, k int) bool {
	if toks[k].lower == "and" {
		return true
	}
	return k+1 < len(toks) && (toks[k+1].text == "," || toks[k+1].lower == "and")
}

// portfolioItem: the capitalised words at k are an item of a list of
// portfolios of more than one word, closed by an institution or portfolio
// word and followed by the list's comma or "and" ("Migration, Home Affairs
// and Citizenship"), not a name ("Ana Vell and").
func (x *Extractor) portfolioItem(toks []token, k int) bool {
	j := k
	for j < len(toks) && j-k < 3 && toks[j].kind == tokWord && toks[j].upper {
		j++
	}
	return j > k+1 && j < len(toks) && (toks[j].text == "," || toks[j].lower == "and") && x.complementEnd(toks[j-1])
}

// sentBodies are what a state sends abroad, closing a complement after the
// state: "of the Kenyan delegation".
var sentBodies = map[string]bool{"delegation": true, "mission": true, "embassy": true, "team": true}

// complementGlue are the lower-case words inside a complement.
var complementGlue = map[string]bool{"and": true, "of": true, "the": true, "for": true, "on": true, "&": true}

// rankWords qualify an office; they are no topic of it ("vice").
var rankWords = map[string]bool{
	"vice": true, "deputy": true, "assistant": true, "acting": true, "senior": true, "chief": true, "top": true,
	"new": true, "former": true, "principal": true, "interim": true, "junior": true, "under": true, "lead": true,
}

// destination: an envoy's "to/for" complement names where they are sent.
func destination(e titleEntry, prep string) bool {
	return e.Level == "ambassador" && (prep == "to" || prep == "for")
}

// foreignInstitution: "Speaker of the National Assembly" is no US office.
func foreignInstitution(comp string) bool {
	l := strings.ToLower(comp)
	for _, w := range []string{"national assembly", "parliament", "ministry", "majlis", "duma", "knesset", "bundestag", "state council", "politburo", "shura"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// officialsFound collects what the official patterns find in an article:
// named officials, and offices named without a person (for anaphora).
type officialsFound struct {
	mentions    []officialMention
	unnamed     []titleMatch
	unnamedSent []int
}

// sentenceStates indexes the country mentions of each sentence by their
// first and by their last token.
func sentenceStates(cms []countryMention) (byStart, byEnd map[int]map[int]countryMention) {
	byStart, byEnd = map[int]map[int]countryMention{}, map[int]map[int]countryMention{}
	for _, cm := range cms {
		if byStart[cm.sent] == nil {
			byStart[cm.sent] = map[int]countryMention{}
			byEnd[cm.sent] = map[int]countryMention{}
		}
		byStart[cm.sent][cm.tok] = cm
		byEnd[cm.sent][cm.end-1] = cm
	}
	return byStart, byEnd
}

// officialSentence is one sentence as the official patterns read it.
type officialSentence struct {
	text    string
	si      int
	toks    []token
	sc, ec  map[int]countryMention // states by first and last token
	claimed []bool                 // name tokens already read
	// firstMention is the index of the sentence's first mention in
	// officialsFound.mentions.
	firstMention int
	// prevState is the state the sentence before named last, for "the
	// country's energy minister, N" at the start of this one.
	prevState string
}

// findOfficials runs the official patterns over every sentence: first
// "title name" (and "title, name"), then appositions "name, title".
func (x *Extractor) findOfficials(text string, sents []sentence, cms []countryMention) ([]officialMention, []titleMatch, []int) {
	var found officialsFound
	bySent, endBySent := sentenceStates(cms)
	var claimedBuf []bool
	for si, s := range sents {
		if cap(claimedBuf) < len(s.toks) {
			claimedBuf = make([]bool, len(s.toks))
		}
		os := officialSentence{text: text, si: si, toks: s.toks, sc: bySent[si], ec: endBySent[si], claimed: claimedBuf[:len(s.toks)], firstMention: len(found.mentions)}
		if si > 0 && sents[si-1].para == s.para {
			os.prevState = lastState(bySent[si-1])
		}
		clear(os.claimed)
		if isBreadcrumb(os.toks) {
			continue
		}
		for i := x.speakerLabel(&os, &found) + 1; i < len(os.toks); i++ {
			i = x.titleNamePatterns(&os, i, &found)
		}
		for c := 1; c+1 < len(os.toks); c++ {
			if os.toks[c].text == "," {
				x.appositionAt(&os, c, &found)
			}
		}
		x.listedWithOfficials(&os, &found)
		x.stateBoundList(&os, &found)
	}
	return found.mentions, found.unnamed, found.unnamedSent
}

// minStateBoundList is the fewest names in a list, each bound to its state,
// that a plural office nearby makes its holders: two could be any pair of
// people.
const minStateBoundList = 3

// stateBoundList reads a list of names each bound to a state ("Angola's A,
// B of Zambia, C of Namibia and D of Zimbabwe") after a plural office of
// this sentence or the one before ("The ministers met ... Taking part
// were ..."): the office's holders, one per state, as the office's
// complement would give them.
func (x *Extractor) stateBoundList(os *officialSentence, found *officialsFound) {
	office, ok := pluralOfficeNear(found, os.si)
	if !ok {
		return
	}
	for k := 0; k < len(os.toks); k++ {
		items, last := x.stateBoundItems(os, k)
		if len(items) < minStateBoundList {
			continue
		}
		for _, it := range items {
			one := office
			one.tok, one.end, one.modStart, one.determiner = it.a, it.a, it.a, ""
			one.country, one.countryTok = it.cm.code, it.cm.tok
			found.mentions = append(found.mentions, x.newMention(os.text, os.toks, os.si, it.a, it.b, one, "state-bound-list"))
			os.claimed[it.a] = true
		}
		k = last
	}
}

// pluralOfficeNear is the last plural office left without a name in
// sentence si or the one before it.
func pluralOfficeNear(found *officialsFound, si int) (titleMatch, bool) {
	for n := len(found.unnamed) - 1; n >= 0 && found.unnamedSent[n] >= si-1; n-- {
		if found.unnamed[n].entry.Plural && !found.unnamed[n].former {
			return found.unnamed[n], true
		}
	}
	return titleMatch{}, false
}

// boundName is a full name with the state it is bound to.
type boundName struct {
	a, b int
	cm   countryMention
}

// stateBoundItems reads the list of bound names that starts at token k,
// separated by commas and "and", and returns it with its last token.
func (x *Extractor) stateBoundItems(os *officialSentence, k int) ([]boundName, int) {
	var items []boundName
	last := k
	for k < len(os.toks) {
		it, next, ok := x.boundNameAt(os, k)
		if !ok {
			break
		}
		items, last, k = append(items, it), next-1, next
		if k < len(os.toks) && os.toks[k].text == "," {
			k++
		}
		if k < len(os.toks) && os.toks[k].lower == "and" {
			k++
		}
	}
	return items, last
}

// boundNameAt reads "State's First Last" or "First Last of [the] State" at
// token k and returns the token after it.
func (x *Extractor) boundNameAt(os *officialSentence, k int) (boundName, int, bool) {
	toks := os.toks
	if cm, ok := os.sc[k]; ok && cm.end+1 < len(toks) && toks[cm.end].kind == tokPoss {
		a, b, ok := x.readName(toks, cm.end+1, os.sc)
		if ok && a == cm.end+1 && b-a >= 2 && !os.claimed[a] {
			return boundName{a, b, cm}, b, true
		}
		return boundName{}, 0, false
	}
	a, b, ok := x.readName(toks, k, os.sc)
	if !ok || a != k || b-a < 2 || os.claimed[a] || b+1 >= len(toks) || toks[b].lower != "of" {
		return boundName{}, 0, false
	}
	c := b + 1
	if toks[c].lower == "the" && c+1 < len(toks) {
		c++
	}
	cm, ok := os.sc[c]
	if !ok {
		return boundName{}, 0, false
	}
	return boundName{a, b, cm}, cm.end, true
}

// listedWithOfficials reads "Mr. N" or "Ms. N" with no office, listed
// between officials of the sentence: "Secretary A, Special Envoy B, Mr. C,
// and Secretary D held a meeting". C belongs to their delegation: an
// official of their state, with no title.
func (x *Extractor) listedWithOfficials(os *officialSentence, found *officialsFound) {
	toks := os.toks
	inSent := found.mentions[os.firstMention:]
	if len(inSent) < 2 {
		return
	}
	for k := 1; k+1 < len(toks); k++ {
		switch toks[k].lower {
		case "mr.", "ms.", "mrs.", "mr", "ms", "mrs":
		default:
			continue
		}
		a, b, ok := x.readName(toks, k, os.sc)
		if !ok || b-a < 2 || os.claimed[a] {
			continue
		}
		before, okB := mentionEndingAt(inSent, listStart(toks, k))
		_, okA := mentionStartingAt(inSent, listEnd(toks, b))
		if !okB || !okA {
			continue
		}
		tm := before.title
		tm.entry.Title = lexicon.Title{Level: "other", US: before.title.entry.US}
		tm.title, tm.countryTok, tm.determiner = "", -1, ""
		found.mentions = append(found.mentions, x.newMention(os.text, toks, os.si, a, b, tm, "listed-with-officials"))
		os.claimed[a] = true
	}
}

// listStart is where the list item before token k ends: k less the
// commas and "and" before it.
func listStart(toks []token, k int) int {
	for k > 0 && (toks[k-1].text == "," || toks[k-1].lower == "and") {
		k--
	}
	return k
}

// listEnd is where the next list item after token b starts.
func listEnd(toks []token, b int) int {
	for b < len(toks) && (toks[b].text == "," || toks[b].lower == "and") {
		b++
	}
	return b
}

// mentionEndingAt finds the mention whose name ends at token k.
func mentionEndingAt(ms []officialMention, k int) (officialMention, bool) {
	for _, m := range ms {
		if m.end == k {
			return m, true
		}
	}
	return officialMention{}, false
}

// mentionStartingAt finds the mention whose office or name starts at k.
func mentionStartingAt(ms []officialMention, k int) (officialMention, bool) {
	for _, m := range ms {
		if m.tok == k || m.title.modStart == k || m.title.tok == k {
			return m, true
		}
	}
	return officialMention{}, false
}

// isBreadcrumb: a page's trail of links ("Home > Secretary of State
// N > Speeches > 2003") is page furniture; the officials it
// names act in no article.
func isBreadcrumb(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.text == ">" || t.text == "»" || t.text == "›" {
			n++
		}
	}
	return n >= 2
}

// titleNamePatterns reads an office starting at token i and the name it
// introduces, and returns the last token it consumed (i when none).
func (x *Extractor) titleNamePatterns(os *officialSentence, i int, found *officialsFound) int {
	toks := os.toks
	e, j, ok := x.titles.match(toks, i)
	if !ok {
		return i
	}
	if e.Skip || i > 0 && shipPrefixes[toks[i-1].text] {
		// "Press Secretary Jo Example": a spokesperson, no official;
		// "HMS King Alfred": a ship.
		if a, b, ok := x.readName(toks, j, os.sc); ok {
			os.claimed[a] = true
			return b - 1
		}
		return i
	}
	tm, lowerTitle, ok := x.officeAt(os, i, e, j)
	if !ok {
		return j - 1
	}
	x.slashOffice(os, &tm)
	cEnd := tm.end
	// "his Kenyan, Ugandan and Rwandan counterparts, A, B and C, respectively"
	if last, ok := x.respectiveList(os, tm, found); ok {
		return last
	}
	// "Chilean ministers attended: A (Mining), B (Finance)"
	if last, ok := x.colonList(os, tm, found); ok {
		return last
	}
	// "the foreign ministers of both countries, A of X and B of Y"
	if last, ok := x.pluralCommaList(os, tm, found); ok {
		return last
	}
	// An acronym closes an office: "Chairman of the Commission for the G8
	// N", "Chief Negotiator for CUSMA, N", "Special Envoy to the OSCE, N".
	if k := acronymTail(toks, cEnd); k > cEnd && (k < len(toks) && toks[k].text == "," || x.fullNameAt(toks, k, os.sc)) {
		tm.end, cEnd = k, k
	}
	// "N1, Minister for Foreign Affairs of A, N2, Minister of B, and N3":
	// the office is N1's apposition, and the name after its comma is the
	// next member of the list, which its own apposition describes.
	if cEnd < len(toks) && toks[cEnd].text == "," && x.appositionOfName(os, tm) {
		return cEnd - 1
	}
	// "the Polish minister's predecessor, N": N held the same office.
	if a, b, ok := x.predecessorName(os, tm); ok {
		found.mentions = append(found.mentions, x.newMention(os.text, toks, os.si, a, b, tm, "title-predecessor-name"))
		os.claimed[a] = true
		return b - 1
	}
	// P2: "Peru's defense minister, Tomas Ugarte"
	if a, b, ok := x.commaName(os, &tm, lowerTitle); ok {
		found.mentions = append(found.mentions, x.newMention(os.text, toks, os.si, a, b, tm, "title-comma-name"))
		os.claimed[a] = true
		return b - 1
	}
	return x.titleThenName(os, tm, cEnd, lowerTitle, found)
}

// titleThenName reads P1, "Title Name [of Country] [and Name [of
// Country]]", after an office that ends at cEnd, or records the office as
// unnamed; it returns the last token it consumed.
func (x *Extractor) titleThenName(os *officialSentence, tm titleMatch, cEnd int, lowerTitle bool, found *officialsFound) int {
	toks := os.toks
	if x.namesNoOne(os, tm, cEnd) || cEnd >= len(toks) {
		found.unnamed, found.unnamedSent = append(found.unnamed, tm), append(found.unnamedSent, os.si)
		return cEnd - 1
	}
	a, b, ok := x.readName(toks, formOfAddressEnd(toks, cEnd), os.sc)
	if t := x.lowerTopicEnd(toks, cEnd); !ok && t > cEnd && x.fullNameAt(toks, t, os.sc) {
		// "senior presidential secretary for foreign affairs N": a topic
		// in lower case between the office and a full name.
		a, b, ok = x.readName(toks, t, os.sc)
	}
	if !ok || os.claimed[a] || lowerTitle && b-a < 2 && tm.country == "" {
		found.unnamed, found.unnamedSent = append(found.unnamed, tm), append(found.unnamedSent, os.si)
		return cEnd - 1
	}
	return x.namesAfterTitle(os, tm, a, b, found)
}

// forcesHeads are the words of an officer's post that a state's
// demonym, name or possessive stands before: "the Colombian armed
// forces", "Djibouti's army", "the Qatari chief of staff".
var forcesHeads = map[string]bool{
	"armed": true, "forces": true, "army": true, "navy": true, "air": true, "military": true, "marines": true,
	"defence": true, "defense": true, "chief": true, "commander": true, "staff": true, "joint": true, "land": true,
	"naval": true, "general": true,
}

// maxForcesApposition bounds the apposition read after an officer's name.
const maxForcesApposition = 10

// forcesStateAfter reads the apposition after an officer named by rank
// alone ("Gen. N, commander of the Colombian armed forces,", "Maj. Gen. N,
// the Qatari chief of staff"): the state written right before the forces
// or the post it names is the officer's. It stops at the apposition's end,
// at a relative clause and at a place ("commander of NATO forces in
// Kosovo" names no state of the officer's).
func forcesStateAfter(toks []token, sc map[int]countryMention, b int) string {
	if b+1 >= len(toks) || toks[b].text != "," {
		return ""
	}
	// An apposition opens with a determiner, a state or a post ("the
	// Qatari chief", "commander of", "deputy chief"), not a verb ("Gen. N,
	// met the Chinese defence minister").
	if _, state := sc[b+1]; !state && !appositionOpeners[toks[b+1].lower] && !forcesHeads[toks[b+1].lower] {
		return ""
	}
	for k := b + 1; k < len(toks) && k-b <= maxForcesApposition; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.text == "." || placePrepositions[t.lower] || relativeWords[t.lower] {
			return ""
		}
		if cm, ok := sc[k]; ok {
			if headsForces(toks, cm.end) {
				return cm.code
			}
			k = cm.end - 1
		}
	}
	return ""
}

// forcesStateBefore reads the post set off before an officer named by
// rank ("the chief of staff of Djibouti's armed forces, Gen. N", "South
// Korea's top military officer, Gen. N"): c is the comma before the rank;
// the phrase runs back to "and", "with", a place or another comma.
func forcesStateBefore(toks []token, sc map[int]countryMention, c int) string {
	// The phrase ends with the post or the forces: "… armed forces, Gen.
	// N", "… top military officer, Gen. N", not "… army reform, Gen. N".
	if c < 1 || toks[c].text != "," || !forcesHeads[toks[c-1].lower] && toks[c-1].lower != "officer" {
		return ""
	}
	start := c
	for start > 0 && c-start < maxForcesApposition {
		t := toks[start-1]
		if t.kind != tokWord && t.kind != tokPoss || t.lower == "and" || t.lower == "with" || placePrepositions[t.lower] || phraseStops[t.lower] {
			break
		}
		start--
	}
	// The post is a noun phrase of its own: "the chief of staff of …",
	// "South Korea's top military officer", not the end of a clause
	// ("After talks on Peruvian army reform, Gen. N").
	opens := toks[start].lower == "the" || toks[start].lower == "a"
	for _, cm := range sc {
		if cm.tok >= start && cm.end <= c && (opens || cm.tok == start) && headsForces(toks, cm.end) {
			return cm.code
		}
	}
	return ""
}

// appositionOpeners open a noun phrase set off after a name.
var appositionOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "head": true, "deputy": true, "vice": true, "acting": true, "former": true,
}

// phraseStops end a noun phrase read backwards: prepositions other than
// "of" and the conjunctions that open a clause.
var phraseStops = map[string]bool{
	"on": true, "about": true, "after": true, "before": true, "for": true, "over": true, "during": true,
	"by": true, "against": true, "while": true, "as": true, "since": true, "when": true,
}

// headsForces: the words after a state's mention ending at e, its
// possessive and up to two modifiers aside, name armed forces or a post in
// them ("'s armed forces", "Qatari chief of staff", "'s top military").
func headsForces(toks []token, e int) bool {
	if e < len(toks) && toks[e].kind == tokPoss {
		e++
	}
	for k := e; k < len(toks) && k-e < 3; k++ {
		if forcesHeads[toks[k].lower] {
			return true
		}
		if toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "that": true}

// appositionOfName: the office is set off by a comma right after a name
// of two words or more ("the Honourable Ana Vell, Minister for Foreign
// Affairs of Australia"), not after a place the sentence opens with ("In
// Cape Town, South Africa's foreign minister, N").
func (x *Extractor) appositionOfName(os *officialSentence, tm titleMatch) bool {
	c := tm.modStart - 1
	if c < 2 || os.toks[c].text != "," {
		return false
	}
	end := c
	if postNominal(os.toks, c-1) {
		end = c - 1
	}
	a, ok := x.nameBeforeComma(os, end)
	return ok && !(a > 0 && placePrepositions[os.toks[a-1].lower])
}

// placePrepositions open the place a sentence is set in.
var placePrepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true}

// namesNoOne: "Head", "chief", "diplomat" name no one unless a state or an
// organisation marks them, or "the" makes the office an apposition ("the
// diplomat Ana Vell"), and a full name follows: "European Council chief
// Ana Vell".
func (x *Extractor) namesNoOne(os *officialSentence, tm titleMatch, cEnd int) bool {
	if !tm.entry.NoName {
		return false
	}
	marked := tm.country != "" || tm.org != "" || tm.determiner == "the" && tm.modStart == tm.tok-1
	return !(marked && x.fullNameAt(os.toks, cEnd, os.sc))
}

// slashOffice reads a second office joined to the first by a slash, both
// held by the one person named after them ("High Representative/Vice-
// President N", "Deputy Prime Minister/Minister of Finance N"). The office
// that names its organisation or state stands; else, as with "and", the
// last one does, with the state or organisation read before the first.
func (x *Extractor) slashOffice(os *officialSentence, tm *titleMatch) {
	toks, k := os.toks, tm.end
	if k+1 >= len(toks) || toks[k].text != "/" {
		return
	}
	e, j, ok := x.titles.match(toks, k+1)
	if !ok || e.Skip {
		return
	}
	second, _, ok := x.officeAt(os, k+1, e, j)
	if !ok {
		return
	}
	if tm.entry.Org != "" || tm.entry.Implies != "" {
		tm.end = second.end
		return
	}
	if second.country == "" && second.org == "" {
		second.country, second.countryTok, second.org = tm.country, tm.countryTok, tm.org
	}
	second.modStart, second.former = tm.modStart, tm.former || second.former
	*tm = second
}

// formOfAddressEnd skips a form of address opened by "the" between an
// office and a name ("Prime Minister the Hon. N", "Foreign Secretary the
// Rt Hon N"), which the name reader does not take.
func formOfAddressEnd(toks []token, k int) int {
	k = malayHonoursEnd(toks, k)
	if k >= len(toks) || toks[k].lower != "the" {
		return k
	}
	j := k + 1
	if j < len(toks) && (toks[j].lower == "right" || toks[j].lower == "rt" || toks[j].lower == "rt.") {
		j++
	}
	if j < len(toks) && identity.IsHonorific(toks[j].lower) {
		return j
	}
	return k
}

// malayHonours are the honours Malaysia and Brunei write between an office
// and the name ("Foreign Minister Dato' Sri N", "Datuk Seri N"); "Tan"
// is one only before "Sri" (it is also a common surname).
var malayHonours = map[string]bool{"dato": true, "datuk": true, "datin": true, "sri": true, "seri": true}

// malayHonoursEnd skips the Malay honours at token k and returns the token
// after them, or k when none is there or no name follows.
func malayHonoursEnd(toks []token, k int) int {
	j := k
	for j < len(toks) {
		switch {
		case malayHonours[toks[j].lower] && toks[j].upper:
			j++
		case j > k && toks[j].kind == tokPunct && isApos(firstRune(toks[j].text)) && !toks[j].space:
			j++
		case toks[j].lower == "tan" && j+1 < len(toks) && (toks[j+1].lower == "sri" || toks[j+1].lower == "seri"):
			j += 2
		default:
			if j > k && toks[j].kind == tokWord && toks[j].upper {
				return j
			}
			return k
		}
	}
	return k
}

// pluralCommaList reads a plural office set off by a comma from the list
// of its holders: "the foreign ministers of both countries, A of X and B
// of Y"; "the foreign ministers of X and Y, A and B" pairs the states of
// the complement with the names in order. It returns the last token read.
func (x *Extractor) pluralCommaList(os *officialSentence, tm titleMatch, found *officialsFound) (int, bool) {
	toks, k := os.toks, bothSidesEnd(os.toks, tm.end)
	if !tm.entry.Plural || k >= len(toks) || !listOpens(toks[k]) {
		return 0, false
	}
	var ms []officialMention
	ownState := 0
	for next := k + 1; ; {
		a, b, ok := x.readName(toks, next, os.sc)
		if !ok || b-a < 2 || os.claimed[a] {
			break
		}
		m := x.newMention(os.text, toks, os.si, a, b, tm, "title-comma-names")
		if e := x.ofStateAfterName(toks, os.sc, &m, b); e > b {
			ownState++
			b = e
		}
		ms = append(ms, m)
		k = b
		if b+1 >= len(toks) || toks[b].lower != "and" && toks[b].text != "," {
			break
		}
		next = b + 1
		if toks[next].lower == "and" {
			next++ // "A, B, and C"
		}
	}
	if len(ms) < 2 {
		return 0, false
	}
	if states := complementStates(os.sc, tm); ownState == 0 && len(states) == len(ms) {
		for i := range ms {
			ms[i].country, ms[i].title.countryTok = states[i].code, states[i].tok
		}
	}
	for _, m := range ms {
		found.mentions = append(found.mentions, m)
		os.claimed[m.tok] = true
	}
	return k - 1, true
}

// bothSidesEnd skips "of both countries", "of the two sides", "of five
// Western Balkan countries" after a plural office: a group counted, which
// names no state of its own (its members follow in the list).
func bothSidesEnd(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "of" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	if j >= len(toks) || toks[j].lower != "both" && cardinalWords[toks[j].lower] == 0 && toks[j].kind != tokNumber {
		return k
	}
	// Words that qualify the group ("Western Balkan", "member") before its noun.
	for q := j + 1; q < len(toks) && q <= j+4; q++ {
		switch toks[q].lower {
		case "countries", "sides", "nations", "states", "governments":
			return q + 1
		}
		if toks[q].kind != tokWord {
			break
		}
	}
	return k
}

// listOpens: a comma, colon or dash opens the list of names that a plural
// office announces ("the foreign ministers of four countries: A of X, ...").
func listOpens(t token) bool {
	switch t.text {
	case ",", ":", "–", "—":
		return true
	}
	return false
}

// complementStates are the states named in an office's span, in order.
func complementStates(sc map[int]countryMention, tm titleMatch) []countryMention {
	var out []countryMention
	for k := tm.tok; k < tm.end; k++ {
		if cm, ok := sc[k]; ok {
			out = append(out, cm)
		}
	}
	return out
}

// respectiveList reads a plural office after a list of states and before a
// list of as many names, paired in order: "his Kenyan, Ugandan and Rwandan
// counterparts, A, B and C, respectively", or with the states in its
// complement ("the presidents of X, Y and Z: A, B and C"). It returns the
// last token read.
func (x *Extractor) respectiveList(os *officialSentence, tm titleMatch, found *officialsFound) (int, bool) {
	if !tm.entry.Plural {
		return 0, false
	}
	var states []countryMention
	namesAt := tm.end
	switch {
	case tm.countryTok >= 0 && tm.countryTok < tm.tok:
		states = statesListBefore(os.toks, os.ec, tm.countryTok)
	case tm.end < len(os.toks) && os.toks[tm.end].lower == "from":
		states, namesAt = statesListAfter(os.toks, os.sc, tm.end+1)
	case tm.countryTok > tm.tok && os.toks[tm.countryTok-1].lower == "of":
		// "the presidents of Russia, Belarus and Kazakhstan – A, B and C":
		// the complement's state opens the list; a dash or colon, like a
		// comma, then opens the names.
		states, namesAt = statesListAfter(os.toks, os.sc, tm.countryTok)
		if namesAt >= len(os.toks) || !listOpens(os.toks[namesAt]) {
			return 0, false
		}
		namesAt++
	}
	if len(states) < 2 {
		return 0, false
	}
	spans, last := x.nameList(os, namesAt, len(states))
	if len(spans) != len(states) {
		return 0, false
	}
	for n, sp := range spans {
		one := tm
		one.country, one.countryTok = states[n].code, states[n].tok
		found.mentions = append(found.mentions, x.newMention(os.text, os.toks, os.si, sp[0], sp[1], one, "respective-list"))
		os.claimed[sp[0]] = true
	}
	return last, true
}

// portfolioState reads a state that closes a parenthesised portfolio after
// a comma ("A (Foreign Affairs, Netherlands)", the list of ministers of a
// joint meeting of two governments): the state is the minister's, and no
// part of the portfolio. It returns where the portfolio ends.
func portfolioState(os *officialSentence, p, q int, tm *titleMatch) int {
	cm, ok := os.ec[q-1]
	if !ok || cm.tok-1 <= p+1 || os.toks[cm.tok-1].text != "," {
		return q
	}
	tm.country, tm.countryTok = cm.code, cm.tok
	return cm.tok - 1
}

// maxBeforeColon bounds the words between a plural office and the colon
// that opens its list ("the ministers attending were:").
const maxBeforeColon = 6

// colonList reads the names listed after a plural office and a colon, each
// with its portfolio in parentheses: "Chilean ministers attended the
// dinner: A (Mining), B (Culture and Sports) and C". It returns the last token
// read.
func (x *Extractor) colonList(os *officialSentence, tm titleMatch, found *officialsFound) (int, bool) {
	toks := os.toks
	if !tm.entry.Plural {
		return 0, false
	}
	k := tm.end
	for k < len(toks) && k-tm.end < maxBeforeColon && toks[k].text != ":" && toks[k].kind == tokWord && !toks[k].upper {
		k++
	}
	switch {
	case k < len(toks) && toks[k].text == ":":
		k++
	case x.portfolioAfterName(os, tm.end):
		k = tm.end // "ministers A (Foreign Affairs) and B (Economy)"
	default:
		return 0, false
	}
	n := 0
	for ; k < len(toks); k++ {
		a, b, ok := x.readName(toks, k, os.sc)
		if !ok || b-a < 2 || os.claimed[a] {
			break
		}
		one := tm
		k = b
		if p, q, ok := parenthesis(toks, b); ok {
			q2 := portfolioState(os, p, q, &one)
			one.title = topicTitle(tm.entry.Title.Title, strings.ToLower(nameText(os.text, toks, p+1, q2)))
			k = q + 1
		}
		found.mentions = append(found.mentions, x.newMention(os.text, toks, os.si, a, b, one, "colon-list"))
		os.claimed[a] = true
		n++
		if k >= len(toks) || toks[k].text != "," && toks[k].lower != "and" && toks[k].text != ";" {
			break
		}
		if k+1 < len(toks) && toks[k].text == "," && toks[k+1].lower == "and" {
			k++
		}
	}
	return k - 1, n > 0
}

// portfolioAfterName: a name right at k with its portfolio in brackets
// after it ("ministers A (Foreign Affairs)").
func (x *Extractor) portfolioAfterName(os *officialSentence, k int) bool {
	a, b, ok := x.readName(os.toks, k, os.sc)
	if !ok || a != k || b-a < 2 {
		return false
	}
	_, _, ok = parenthesis(os.toks, b)
	return ok
}

// parenthesis returns the span of a parenthesis opening at token k: the
// "(" and the ")" token indexes.
func parenthesis(toks []token, k int) (int, int, bool) {
	if k >= len(toks) || toks[k].text != "(" {
		return 0, 0, false
	}
	for q := k + 1; q < len(toks) && q-k < 12; q++ {
		if toks[q].text == ")" {
			return k, q, q > k+1
		}
	}
	return 0, 0, false
}

// statesListBefore lists the states named in a list ending with the one
// that starts at token first: "Kenyan, Ugandan and Rwandan".
func statesListBefore(toks []token, ec map[int]countryMention, first int) []countryMention {
	var out []countryMention
	k := first - 1
	for k >= 0 && (toks[k].text == "," || toks[k].lower == "and") {
		k--
		cm, ok := ec[k]
		if !ok {
			break
		}
		out = append(out, cm)
		k = cm.tok - 1
	}
	slices.Reverse(out)
	for _, cm := range ec {
		if cm.tok == first {
			out = append(out, cm)
		}
	}
	return out
}

// statesListAfter reads the list of states that opens at token k ("from
// Peru, Chile and Mexico, A, B and C respectively") and returns them with
// the token after the list.
func statesListAfter(toks []token, sc map[int]countryMention, k int) ([]countryMention, int) {
	var out []countryMention
	for k < len(toks) {
		cm, ok := sc[k]
		if !ok {
			break
		}
		out = append(out, cm)
		k = cm.end
		j := k
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].lower == "and" {
			j++
		}
		if _, ok := sc[j]; !ok || j == k {
			break
		}
		k = j
	}
	return out, k
}

// nameList reads up to n names separated by commas and "and" from token k
// (after an optional comma) and returns their spans and the last token read.
func (x *Extractor) nameList(os *officialSentence, k, n int) ([][2]int, int) {
	toks := os.toks
	var spans [][2]int
	for len(spans) < n && k < len(toks) {
		for k < len(toks) && (toks[k].text == "," || toks[k].lower == "and") {
			k++
		}
		a, b, ok := x.readName(toks, k, os.sc)
		if !ok || os.claimed[a] {
			break
		}
		spans = append(spans, [2]int{a, b})
		k = b
	}
	return spans, k - 1
}

// acronymTail skips "for the G8", "of the OSCE" after a complement: a
// preposition, "the", and one acronym; it returns k when there is none.
func acronymTail(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].lower != "for" && toks[k].lower != "of" && toks[k].lower != "on" && toks[k].lower != "to" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord || utf8.RuneCountInString(toks[j].text) < 2 || strings.ToUpper(toks[j].text) != toks[j].text {
		return k
	}
	return j + 1
}

// commaName reads P2, a name set off by a comma after a determined or
// state-marked title: "Peru's defense minister, Tomas Ugarte".
func (x *Extractor) commaName(os *officialSentence, tm *titleMatch, lowerTitle bool) (int, int, bool) {
	toks, k := os.toks, tm.end
	// A capitalised office may be set off too: "NATO Secretary General,
	// Lena Vik", "Commissioner for Trade, Ana Vell".
	if k >= len(toks) {
		return 0, 0, false
	}
	marked := tm.determiner != "" || tm.country != "" || tm.org != ""
	title, country, countryTok := tm.title, tm.country, tm.countryTok
	if c := x.topicBeforeComma(toks, k); c > k && marked {
		// "the U.S. special envoy for climate change, N": a topic in
		// lower case between a marked office and its holder.
		k = c
	} else if c := regionBeforeComma(toks, k); c > k && marked && tm.entry.Level == "ambassador" {
		k = c
	} else if c := closedComplement(toks, k); c > k && marked {
		if toks[k].upper {
			// "Chairman of the Joint Chiefs of Staff Committee": the
			// words after the known office are part of its name, and
			// tell it apart from the office the lexicon knows
			title += " " + os.text[toks[k].start:toks[c-1].end]
		}
		// "the Foreign Minister of the former Yugoslav Republic of
		// Macedonia, N": a state the closed complement names is the office's
		if tm.country == "" {
			country, countryTok = lastStateIn(os.sc, k, c)
		}
		k = c
	}
	switch {
	case toks[k].text == "," && (marked || !lowerTitle):
		k++
	case marked:
		// "Peru's chief negotiator is N", "the AU's envoy was N": a
		// copula names the holder of a determined office.
		if k = copulaEnd(toks, k); k == tm.end {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	a, b, ok := x.readName(toks, x.rankEnd(toks, k), os.sc)
	if ok && b-a >= 2 && !os.claimed[a] && (b >= len(toks) || isNameEnd(toks[b]) || ofInstitutionAfter(toks, b)) {
		tm.title, tm.country, tm.countryTok = title, country, countryTok
		return a, b, true
	}
	return 0, 0, false
}

// lastStateIn is the last state the sentence names within toks[a:b], and
// its token, or "" and -1.
func lastStateIn(sc map[int]countryMention, a, b int) (string, int) {
	code, tok := "", -1
	for k := a; k < b; k++ {
		if cm, ok := sc[k]; ok && cm.end <= b {
			code, tok = cm.code, cm.tok
		}
	}
	return code, tok
}

// maxClosedComplement bounds the words of an office's complement that a
// comma closes.
const maxClosedComplement = 8

// closedComplement returns the comma that closes the rest of a marked
// office's complement which the lexicon does not know, or k: a portfolio
// word after the known ones ("the Minister for Defence Industry, N"), or
// a preposition and a short phrase of capitalised words, glue and
// lower-case content words ("Norway's special envoy to the peace
// process, N", "the Foreign Minister of the former Yugoslav Republic of
// Macedonia, N", "the Special Coordinator of RAMSI, N"). The comma and a
// full name after it, which commaName checks, make it an apposition; a
// private body's words, a verb or a pronoun end the phrase.
func closedComplement(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	c := k
	if complementPreposition(toks, k) || toks[k].lower == "on" {
		c++
	} else if !toks[k].upper || k == 0 || !toks[k-1].upper {
		return k // a bare continuation only after a capitalised portfolio
	}
	for start := c; c < len(toks) && c-start < maxClosedComplement; c++ {
		t := toks[c]
		if t.text == "," {
			if c == start || privateBody(toks, start, c) {
				return k
			}
			return c
		}
		glue := complementGlue[t.lower] || rankWords[t.lower]
		if t.kind != tokWord || !t.upper && !glue && nameStopWords[t.lower] {
			return k
		}
	}
	return k
}

// ofInstitutionAfter: the name ending at b is followed by the public body
// its holder serves in, "of the" and capitalised words closed by an
// institution word ("Japan's delegate, N of the Foreign Ministry,", "the
// chief negotiator, N of the Trade Ministry"), not by a private body's.
func ofInstitutionAfter(toks []token, b int) bool {
	if b+2 >= len(toks) || toks[b].lower != "of" || toks[b+1].lower != "the" {
		return false
	}
	e := b + 2
	for e < len(toks) && e-b < 8 && toks[e].kind == tokWord && toks[e].upper {
		e++
	}
	return e > b+2 && orgWords[toks[e-1].lower] && !privateBody(toks, b+2, e)
}

// regionWords name the kind of area an envoy is sent to after its
// capitalised name: "for the Great Lakes region", "for the Horn area".
var regionWords = map[string]bool{"region": true, "regions": true, "area": true, "subregion": true}

// regionBeforeComma returns the comma that closes an envoy's destination
// named by capitalised words the lexicon does not know, with or without
// "region" after them ("special envoy for the Great Lakes region, N",
// "envoy to the Lake Chad Basin, N"), or k when there is none.
func regionBeforeComma(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "for" && toks[k].lower != "to" {
		return k
	}
	c := k + 1
	if toks[c].lower == "the" {
		c++
	}
	start := c
	for c < len(toks) && c-start < maxTopicWords && toks[c].kind == tokWord && toks[c].upper {
		c++
	}
	if c == start {
		return k
	}
	if c < len(toks) && regionWords[toks[c].lower] {
		c++
	}
	if c < len(toks) && toks[c].text == "," {
		return c
	}
	return k
}

// predecessorName reads the holder set off after "<office>'s
// predecessor,": "the Polish minister's predecessor, N" held that office
// of that state before (an official of the engagements of that time). The
// office must be marked (a state, an organisation, a determiner).
func (x *Extractor) predecessorName(os *officialSentence, tm titleMatch) (int, int, bool) {
	toks, k := os.toks, tm.end
	if k+3 >= len(toks) || toks[k].kind != tokPoss || toks[k+1].lower != "predecessor" || toks[k+2].text != "," {
		return 0, 0, false
	}
	if tm.country == "" && tm.org == "" && tm.determiner == "" {
		return 0, 0, false
	}
	a, b, ok := x.readName(toks, x.rankEnd(toks, k+3), os.sc)
	if ok && b-a >= 2 && !os.claimed[a] && (b >= len(toks) || isNameEnd(toks[b])) {
		return a, b, true
	}
	return 0, 0, false
}

// applyTopicAndRank writes the topic and the rank read before an office
// into its title ("Minister of Trade", "Deputy Minister of Trade"); a
// deputy's office is at the deputy level.
func applyTopicAndRank(tm *titleMatch, topic string) {
	if topic != "" {
		tm.title = topicTitle(tm.entry.Title.Title, topic)
	}
	if tm.rank != "" {
		tm.title = tm.rank + " " + tm.title
		tm.entry.Level = "deputy"
	}
}

// ranksBefore skips up to two lower-case ranks ending at token j, which
// stand between a state and an office's topic ("Japan's deputy trade
// minister", "South Korea's chief nuclear negotiator"), and tells whether
// one of them is "former".
func ranksBefore(toks []token, j int) (int, bool) {
	former := false
	for n := 0; n < 2 && j > 0 && toks[j].kind == tokWord && !toks[j].upper && rankWords[toks[j].lower]; n++ {
		former = former || toks[j].lower == "former"
		j--
	}
	return j, former
}

// capitalTopicBefore reads a capitalised portfolio between a state and
// its office, "Indian Commerce Minister N", "Japan's Fisheries Minister
// N", "the Korean Unification Minister N": up to three capitalised words
// (with "and", no function word) that a state's name, demonym or
// possessive opens. Without that opening the words may be a name, an
// institution's or a headline's ("the Prime Minister's Call With
// President N"), and stay out.
func (x *Extractor) capitalTopicBefore(toks []token, k int, endCountries map[int]countryMention, tm *titleMatch) int {
	k2 := k
	for k2 >= 0 && k-k2 < 4 && toks[k2].kind == tokWord && (toks[k2].upper && !nameStopWords[toks[k2].lower] || toks[k2].lower == "and") && !rankWords[toks[k2].lower] && !identity.IsHonorific(toks[k2].lower) {
		if _, state := endCountries[k2]; state {
			break
		}
		if _, _, org := x.orgEndingAt(toks, k2); org && k2 < k {
			break
		}
		if _, _, office := x.titles.match(toks, k2); office {
			return k // another office before this one: "Vice President and Trade Minister"
		}
		k2--
	}
	if k2 < 0 || k2 == k || toks[k2+1].lower == "and" {
		return k
	}
	_, okc := endCountries[k2]
	if !okc && toks[k2].kind == tokPoss && k2 > 0 {
		_, okc = endCountries[k2-1] // "Japan's Fisheries Minister"
	}
	// An organisation before the topic: "EU Trade Commissioner N"; the
	// caller reads the organisation ending at k2.
	if _, _, org := x.orgEndingAt(toks, k2); !okc && !org {
		return k
	}
	tm.topicStart, tm.topicEnd = k2+1, k+1
	return k2
}

// maxTopicWords bounds the lower-case topic of an office before its comma.
const maxTopicWords = 5

// topicBeforeComma returns the comma that closes a topic in lower case
// after an office ("for climate change,", "on human rights,", "for the
// peace process,", "for Pacific affairs,"), or k when the words at k are no
// such topic: the topic opens with "for" or "on" and holds only topic words.
func (x *Extractor) topicBeforeComma(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	first := k + 1
	if toks[k].lower != "for" && toks[k].lower != "on" {
		// "for Pacific affairs,": the complement read "for Pacific", and
		// the topic goes on in lower case.
		if k == 0 || !toks[k-1].upper || !x.complementEnd(toks[k-1]) || toks[k].upper || !x.topicWord(toks[k]) || complementGlue[toks[k].lower] {
			return k
		}
		first = k
	}
	for c := first; c < len(toks) && c-k <= maxTopicWords+1; c++ {
		if toks[c].text == "," {
			if c == first || complementGlue[toks[c-1].lower] {
				return k
			}
			return c
		}
		if !x.topicWord(toks[c]) {
			return k
		}
	}
	return k
}

// lowerTopicEnd returns where a topic in lower case after an office ends
// ("for foreign affairs", "on climate", "for foreign affairs and national
// security"), or k when none stands at k: "for" or "on" and one to six
// topic words, the last no glue word.
func (x *Extractor) lowerTopicEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].lower != "for" && toks[k].lower != "on" {
		return k
	}
	e := k + 1
	for e < len(toks) && e-k <= 6 && x.topicWord(toks[e]) && !toks[e].upper {
		e++
	}
	for e > k+1 && complementGlue[toks[e-1].lower] {
		e--
	}
	if e == k+1 {
		return k
	}
	return e
}

// topicWord: a word of an office's topic written in lower case: lower-case
// words, the glue that joins them ("foreign affairs and national
// security", "the peace process"), and the capitalised region or domain
// inside it ("for Pacific affairs", "for the Balkans").
func (x *Extractor) topicWord(t token) bool {
	if t.kind != tokWord {
		return false
	}
	if t.upper {
		return x.complementEnd(t) && !x.isTitleWord(t.lower)
	}
	return !nameStopWords[t.lower] || complementGlue[t.lower] && t.lower != "for" && t.lower != "on"
}

// rankEnd skips a military rank at token k, the form of address of the
// office holder named after it ("Sri Lanka's navy chief, Admiral N"), and
// returns where the name may start (k when no rank stands there).
func (x *Extractor) rankEnd(toks []token, k int) int {
	if k >= len(toks) || !toks[k].upper {
		return k
	}
	if e, j, ok := x.titles.match(toks, k); ok && e.Rank {
		return j
	}
	return k
}

// namesAfterTitle records the name at toks[a:b] under the office, its
// "of Country" tail, and for a plural office the names joined after it
// ("Presidents A of X and B of Y"); it returns the last token consumed.
func (x *Extractor) namesAfterTitle(os *officialSentence, tm titleMatch, a, b int, found *officialsFound) int {
	toks := os.toks
	if e, ok := privateAfterName(toks, b); ok && tm.org == "" {
		os.claimed[a] = true // "Chief Executive N of Lima Mining Corp.": no official
		return e - 1
	}
	for {
		m := x.newMention(os.text, toks, os.si, a, b, tm, "title-name")
		b = x.ofStateAfterName(toks, os.sc, &m, b)
		if m.country == "" && tm.org == "" && tm.entry.Level == "military" {
			m.country = forcesStateAfter(toks, os.sc, b)
			if m.country == "" {
				m.country = forcesStateBefore(toks, os.sc, tm.modStart-1)
			}
		}
		found.mentions = append(found.mentions, m)
		os.claimed[a] = true
		if tm.entry.Plural && b+1 < len(toks) && (toks[b].lower == "and" || toks[b].text == ",") {
			if a2, b2, ok2 := x.readName(toks, b+1, os.sc); ok2 {
				a, b = a2, b2
				continue
			}
		}
		return b - 1
	}
}

// ofStateAfterName reads "of [the] Country" or "of [the] Organisation"
// after a name ending at b: "Prime Minister Alan Pryce of the United
// Kingdom". It returns where the mention now ends.
func (x *Extractor) ofStateAfterName(toks []token, sc map[int]countryMention, m *officialMention, b int) int {
	if b+1 >= len(toks) || toks[b].lower != "of" {
		return b
	}
	c := b + 1
	if toks[c].lower == "the" && c+1 < len(toks) {
		c++
	}
	if cm, ok := sc[c]; ok {
		m.country = cm.code
		m.title.countryTok = cm.tok
		return cm.end
	}
	if org, s, ok := x.orgAt(toks, c); ok {
		m.title.org = org
		return s
	}
	// "Deputy N of the Verkhovna Rada": a one-state institution.
	e := c
	for e < len(toks) && e-c < 6 && toks[e].upper && toks[e].kind == tokWord {
		e++
	}
	if code := institutionState(toks, c, e); code != "" && m.country == "" {
		m.country = code
		return e
	}
	return b
}

// officeAt reads the office whose title entry e spans toks[i:j]: its
// modifiers, complement, chained titles and implied state. ok is false for
// a lower-case title that nothing marks as an office.
func (x *Extractor) officeAt(os *officialSentence, i int, e titleEntry, j int) (titleMatch, bool, bool) {
	toks := os.toks
	tm := titleMatch{entry: e, tok: i}
	x.modifiers(toks, i, os.sc, os.ec, &tm)
	countryBefore(os, i, &tm)
	representedBy(os, &tm)
	// "former Chilean security official": "former" before the state;
	// "ex-President".
	if k := tm.modStart - 1; k >= 0 && (toks[k].lower == "former" || toks[k].lower == "ex" || toks[k].text == "-" && k > 0 && toks[k-1].lower == "ex") {
		tm.former = true
	}
	topic := ""
	if tm.topicEnd > tm.topicStart {
		topic = nameText(os.text, toks, tm.topicStart, tm.topicEnd)
	}
	lowerTitle := !toks[i].upper
	if lowerTitle && !marksLowerTitle(toks, tm, j) && !x.fullNameAt(toks, j, os.sc) && !x.fullNameAt(toks, x.lowerTopicEnd(toks, j), os.sc) {
		return tm, lowerTitle, false
	}
	cEnd, cCountry, cTok, cOrg := x.complement(toks, j, os.sc)
	tm.end = cEnd
	tm.title = e.Title.Title
	applyComplement(os.text, toks, e, j, complementRead{cEnd, cCountry, cTok, cOrg}, true, &tm)
	sentFrom(toks, os.sc, &tm)
	destinationAfter(os.text, toks, os.sc, &tm)
	x.titleChain(toks, os.sc, &tm)
	x.secondPortfolio(toks, os.sc, &tm)
	impliedState(toks, j, &tm)
	if tm.country == "" && tm.org == "" {
		tm.country = institutionState(toks, j, tm.end)
	}
	x.conjoinedOffice(os, &tm)
	if tm.entry.Surface == e.Surface {
		applyTopicAndRank(&tm, topic)
	}
	spanStart := capitalisedSpanBefore(toks, tm.modStart)
	if tm.org == "" && (privateBody(toks, spanStart, tm.modStart) || privateBody(toks, j, tm.end)) {
		return tm, lowerTitle, false
	}
	// "Federal Reserve Chairman", "Chairman of the Trade and Tariff
	// Commission": an institution with no state or organisation named.
	tm.domestic = tm.entry.Level == "other" && tm.country == "" && tm.org == "" && !tm.notUS && (institutionIn(toks, spanStart, tm.modStart) || institutionIn(toks, j, tm.end))
	return tm, lowerTitle, true
}

// secondPortfolio extends the office over a further portfolio and the
// state after it: "... and Regional Integration of Peru".
func (x *Extractor) secondPortfolio(toks []token, sc map[int]countryMention, tm *titleMatch) {
	tail := x.portfolioTail(toks, tm.end)
	if tail == tm.end {
		return
	}
	cEnd, cCountry, cTok, _ := x.complement(toks, tail, sc)
	tm.end = cEnd
	if cCountry != "" && tm.country == "" {
		tm.country, tm.countryTok = cCountry, cTok
	}
}

// portfolioTail is where an office ends that goes on past its lexicon
// form with "and" and a further portfolio: "Minister of Finance and
// Economic Development", "Minister for Foreign Affairs and Regional
// Integration". The words after "and" (at most three) must all be words
// of institutions or portfolios, the last one closing a complement, and
// no office may follow ("and Defence Minister N" is a second person).
func (x *Extractor) portfolioTail(toks []token, end int) int {
	if end+1 >= len(toks) || toks[end].lower != "and" {
		return end
	}
	k := end + 1
	for k < len(toks) && k-end <= 3 && toks[k].kind == tokWord && toks[k].upper && (orgWords[toks[k].lower] || x.complementEnd(toks[k])) {
		k++
	}
	if k == end+1 || !x.complementEnd(toks[k-1]) {
		return end
	}
	if k < len(toks) && toks[k].kind == tokWord && x.isTitleWord(toks[k].lower) {
		return end
	}
	return k
}

// institutionNouns name public bodies whose heads are officials.
var institutionNouns = map[string]bool{
	"commission": true, "committee": true, "board": true, "agency": true, "bureau": true, "administration": true,
	"council": true, "reserve": true, "authority": true, "office": true, "service": true, "department": true,
}

// institutionIn reports whether toks[a:b] names a public institution.
func institutionIn(toks []token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].upper && institutionNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// privateBodyWords name institutions that are not governments: the
// director of an institute, the chairman of a company, the president of a
// university or a forum is no official.
var privateBodyWords = map[string]bool{
	"institute": true, "institution": true, "university": true, "college": true, "school": true, "company": true,
	"corporation": true, "corp.": true, "inc.": true, "ltd.": true, "foundation": true, "museum": true, "hospital": true,
	"association": true, "society": true, "forum": true, "club": true, "airlines": true, "airways": true,
	"newspaper": true, "magazine": true, "ltd": true, "plc": true, "llc": true, "holdings": true, "gmbh": true,
}

// privateAfterName: "of [the] <capitalised name of a private body>" follows
// the name ending at b ("Chairman N of Lima Holdings Ltd"); it returns where
// that name ends.
func privateAfterName(toks []token, b int) (int, bool) {
	if b+1 >= len(toks) || toks[b].lower != "of" {
		return b, false
	}
	c := b + 1
	if toks[c].lower == "the" {
		c++
	}
	e := c
	for e < len(toks) && e-c < 8 && toks[e].kind == tokWord && toks[e].upper {
		e++
	}
	return e, e > c && privateBody(toks, c, e)
}

// privateBody reports whether toks[a:b] names a private institution.
func privateBody(toks []token, a, b int) bool {
	for k := max(a, 0); k < b && k < len(toks); k++ {
		if toks[k].upper && privateBodyWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// capitalisedSpanBefore returns where the run of capitalised words that
// ends just before token i starts ("Andes Water Research Institute Director").
func capitalisedSpanBefore(toks []token, i int) int {
	a := i
	for a > 0 && i-a < 8 && toks[a-1].kind == tokWord && (toks[a-1].upper || functionWords[toks[a-1].lower] && a-1 > 0 && toks[a-2].upper) {
		a--
	}
	return a
}

// conjoinedOffice gives an office with no state of its own the state of
// the office joined to it by "and" before it: one person holds both.
// "Chinese State Councilor and Foreign Minister N" is Chinese, "Tánaiste
// and Minister for Foreign Affairs N" Irish.
func (x *Extractor) conjoinedOffice(os *officialSentence, tm *titleMatch) {
	toks, k := os.toks, tm.modStart-1
	if tm.country != "" || tm.org != "" || k < 1 || toks[k].lower != "and" {
		return
	}
	// The longest office that ends at "and": "Deputy Prime Minister and
	// Minister of Foreign Affairs N" is of the state before "Deputy",
	// not of the bare "Minister" inside it.
	for s := max(0, k-6); s < k; s++ {
		e, j, ok := x.titles.match(toks, s)
		if !ok || j != k || !toks[s].upper {
			continue
		}
		first := titleMatch{entry: e, tok: s}
		x.modifiers(toks, s, os.sc, os.ec, &first)
		impliedState(toks, j, &first)
		if first.former {
			return
		}
		tm.country, tm.countryTok, tm.org = first.country, first.countryTok, first.org
		return
	}
}

// stateInstitutions are ruling parties, legislatures and armed forces that
// exist in one state only: an office "of the CPC Central Committee" is
// China's, "deputy chief of the People's Liberation Army General Staff" too.
var stateInstitutions = map[string]string{
	"cpc": "CN", "communist party of china": "CN", "national people's congress": "CN",
	"state duma": "RU", "bundestag": "DE", "knesset": "IL", "verkhovna rada": "UA", "lok sabha": "IN",
	"communist party of vietnam": "VN",
	// armed forces that belong to one state by name
	"people's liberation army": "CN", "pla": "CN", "islamic revolutionary guard corps": "IR", "irgc": "IR",
	"revolutionary guards": "IR", "korean people's army": "KP", "bundeswehr": "DE", "tatmadaw": "MM",
}

// institutionState returns the state of the one-state institution named
// in an office's complement toks[a:b], or "".
func institutionState(toks []token, a, b int) string {
	var words []string
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].kind == tokPoss {
			words[len(words)-1] += "'s"
			continue
		}
		words = append(words, toks[k].lower)
	}
	comp := " " + strings.Join(words, " ") + " "
	for name, code := range stateInstitutions {
		if strings.Contains(comp, " "+name+" ") {
			return code
		}
	}
	return ""
}

// impliedState gives an office the state or organisation that alone has
// it, when nothing nearer names one. "Secretary of State for <portfolio>"
// is British: the American office takes no "for".
func impliedState(toks []token, j int, tm *titleMatch) {
	if tm.country != "" || tm.org != "" {
		return
	}
	tm.country, tm.org = tm.entry.Implies, tm.entry.Org
	if tm.country == "US" && strings.EqualFold(tm.entry.Title.Title, "Secretary of State") && j < len(toks) && toks[j].lower == "for" {
		tm.country = "GB"
	}
}

// marksLowerTitle: a lower-case title needs something that makes it an
// office ("Peru's defense minister", "the foreign affairs minister", a
// capitalised word before it) or an "of" complement after it.
func marksLowerTitle(toks []token, tm titleMatch, j int) bool {
	if tm.country != "" || tm.org != "" || tm.determiner != "" {
		return true
	}
	if tm.modStart > 0 && toks[tm.modStart-1].upper && toks[tm.modStart-1].kind == tokWord && tm.modStart-1 > 0 {
		return true
	}
	// "president of ..." mid-sentence stays possible.
	return j < len(toks) && toks[j].lower == "of"
}

// fullNameAt: a name of two words or more follows directly, which makes
// an unmarked lower-case title an office ("energy minister Ana Vell",
// "current president Ali Sani").
func (x *Extractor) fullNameAt(toks []token, j int, sc map[int]countryMention) bool {
	if j >= len(toks) || !toks[j].upper {
		return false
	}
	a, b, ok := x.readName(toks, j, sc)
	return ok && b-a >= 2 && (b >= len(toks) || !toks[b].upper)
}

// sentFrom reads the state that sends an envoy: "the ambassador from the
// Republic of Kiribati", "the envoy from Beijing". In "the senior Canadian
// diplomat in Chile, N", where the envoy is posted closes the office, and
// the envoy still serves the state before it.
func sentFrom(toks []token, sc map[int]countryMention, tm *titleMatch) {
	k := tm.end
	if tm.entry.Level != "ambassador" || k+1 >= len(toks) || toks[k].lower != "from" && toks[k].lower != "in" {
		return
	}
	from := toks[k].lower == "from"
	if from && tm.country != "" {
		return
	}
	k++
	if toks[k].lower == "the" && k+1 < len(toks) {
		k++
	}
	cm, ok := sc[k]
	switch {
	case !ok:
	case from:
		tm.country, tm.countryTok, tm.end = cm.code, cm.tok, cm.end
	case cm.end < len(toks) && toks[cm.end].text == ",":
		tm.end = cm.end
	}
}

// destinationAfter: "the Ambassador of the Republic of Korea to Peru,
// Mr. N": an envoy's own state, then where the envoy is sent.
func destinationAfter(text string, toks []token, sc map[int]countryMention, tm *titleMatch) {
	k := tm.end
	if tm.entry.Level != "ambassador" || tm.country == "" || k+1 >= len(toks) || toks[k].lower != "to" {
		return
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if cm, ok := sc[j]; ok {
		tm.title = tm.entry.Title.Title + " " + nameText(text, toks, k, cm.end)
		tm.end = cm.end
	}
}

// complementRead is what complement found after a title.
type complementRead struct {
	end        int
	country    string
	countryTok int
	org        string
}

// applyComplement folds the complement toks[j:c.end] of the title e into
// tm: a destination for envoys, a state or organisation, or words that
// complete the title ("Assistant Secretary for East Asian Affairs").
// inline marks the "title name" pattern, where a "to ..." complement is no
// part of the title and a foreign institution marks a non-US office.
// remitState: the state of a complement opened by "for" and not
// introduced by its own "of" is the office's remit, not the holder's
// state: "Assistant Secretary of State for Japan and China", "Deputy
// Trade Representative for Europe and Russia" serve their own government,
// as "Minister for Foreign Affairs of Japan" serves Japan.
func remitState(toks []token, j, countryTok int) bool {
	if countryTok <= j || countryTok > len(toks) {
		return false
	}
	k := countryTok - 1
	if k > j && toks[k].lower == "the" {
		k--
	}
	if toks[k].lower == "of" {
		return false
	}
	for m := j; m < countryTok; m++ {
		if toks[m].lower == "for" {
			return true
		}
	}
	return false
}

func applyComplement(text string, toks []token, e titleEntry, j int, c complementRead, inline bool, tm *titleMatch) {
	if c.end <= j {
		return
	}
	comp := nameText(text, toks, j, c.end)
	if destination(e, toks[j].lower) {
		// "Ambassador to Peru", "Special Representative for Afghanistan":
		// the state is where the envoy goes.
		tm.title = tm.title + " " + comp
		c.country, c.countryTok, c.org = "", -1, ""
	} else if c.country == "" && !(inline && strings.HasPrefix(strings.ToLower(comp), "to ")) {
		// "High Representative of the Union for Foreign Affairs": the
		// normalised title may hold the complement already.
		if t := strings.ToLower(e.Title.Title); !strings.Contains(t, " of ") && !strings.Contains(t, strings.ToLower(comp)) {
			tm.title = tm.title + " " + comp
		}
	}
	if inline && foreignInstitution(comp) {
		tm.notUS = true
	}
	if remitState(toks, j, c.countryTok) {
		c.country, c.countryTok = "", -1
	}
	if c.country != "" {
		tm.country, tm.countryTok = c.country, c.countryTok
	}
	if c.org != "" && tm.country == "" {
		tm.org = c.org
	}
}

// titleChain reads titles that follow one another: "AU chairperson
// President Amr Nabil el-Masri", "U.S. Representative to the UN
// Ambassador Joan Carter-Hale". The last title is the office.
func (x *Extractor) titleChain(toks []token, sc map[int]countryMention, tm *titleMatch) {
	for tm.end < len(toks) {
		e2, j2, ok2 := x.titles.match(toks, tm.end)
		if !ok2 || !toks[tm.end].upper {
			return
		}
		if e2.Rank && !tm.entry.Rank {
			tm.end = j2 // "Defence Minister Gen. N": the rank addresses the holder
			continue
		}
		c2End, c2Country, c2Tok, c2Org := x.complement(toks, j2, sc)
		tm.entry = e2
		tm.title = e2.Title.Title
		if c2Country != "" {
			tm.country, tm.countryTok = c2Country, c2Tok
		}
		if c2Org != "" && tm.country == "" {
			tm.org = c2Org
		}
		tm.end = c2End
	}
}

// appositionAt reads P3 around the comma at token c: "Ali Sani, Niger's
// new defense minister", "Bruno Calle, the foreign minister of Chile".
func (x *Extractor) appositionAt(os *officialSentence, c int, found *officialsFound) {
	x.relativeHead(os, c, found)
	end := c
	if postNominal(os.toks, c-1) {
		end = c - 1 // "the Hon. N MP, Prime Minister of Australia"
	}
	a, ok := x.nameBeforeComma(os, end)
	ranked := false
	if !ok {
		// "Lt. Gen. N, deputy chief of the People's Liberation Army
		// General Staff": a rank names no state, so the office set off
		// after the ranked name may.
		if a, ranked = rankedNameEndingAt(os, found, end); !ranked {
			return
		}
	}
	tm, ok := x.titleAfterComma(os, c+1)
	if !ok || ranked && tm.country == "" && tm.org == "" {
		return
	}
	found.mentions = append(found.mentions, x.newMention(os.text, os.toks, os.si, a, end, tm, "name-comma-title"))
	os.claimed[a] = true
}

// rankedNameEndingAt is the start of a name of sentence os, ending at
// token end, that a military rank alone titled ("Brig. Gen. N").
func rankedNameEndingAt(os *officialSentence, found *officialsFound, end int) (int, bool) {
	for _, m := range found.mentions[os.firstMention:] {
		if m.sent == os.si && m.end == end && m.title.entry.Rank && m.title.country == "" && m.title.org == "" {
			return m.tok, true
		}
	}
	return 0, false
}

// headVerbs say that their subject holds the top office of a body.
var headVerbs = map[string]bool{"heads": true, "chairs": true, "leads": true}

// relativeHead reads a relative clause after the comma at c that gives the
// person named before it the top office of an organisation: "N, who heads
// the AU panel", "N, a one-time Ugandan prime minister who chairs the UN
// commission": a current office, even when the apposition names a former.
func (x *Extractor) relativeHead(os *officialSentence, c int, found *officialsFound) {
	toks := os.toks
	k := c + 1
	for k < len(toks) && k <= c+10 && toks[k].lower != "who" {
		if toks[k].text == "," || toks[k].text == ";" || toks[k].text == "." {
			return
		}
		k++
	}
	if k+2 >= len(toks) || toks[k].lower != "who" || !headVerbs[toks[k+1].lower] {
		return
	}
	o := k + 2
	if toks[o].lower == "the" {
		o++
	}
	org, end, ok := x.orgAt(toks, o)
	if !ok {
		return
	}
	a, ok := x.nameBeforeComma(os, c)
	if !ok {
		return
	}
	for _, e := range x.titles.byFirst["head"] {
		if len(e.toks) == 1 {
			tm := titleMatch{entry: e, tok: k + 1, end: end, title: e.Title.Title, org: org, countryTok: -1, modStart: k + 1}
			found.mentions = append(found.mentions, x.newMention(os.text, toks, os.si, a, c, tm, "name-who-heads"))
			os.claimed[a] = true // the apposition's office, if former, is no longer the person's
			return
		}
	}
}

// postNominal: token k is post-nominal letters written in capitals after
// a name ("MP", "QC", "TD"), no part of it.
func postNominal(toks []token, k int) bool {
	return k > 0 && toks[k].kind == tokWord && trailingHonours[toks[k].lower] && toks[k].text == strings.ToUpper(toks[k].text)
}

// nameBeforeComma finds the unclaimed name of two or more words that ends
// at the comma at token c and stands on its own (no longer capitalised
// span, no possessive before it).
func (x *Extractor) nameBeforeComma(os *officialSentence, c int) (int, bool) {
	toks := os.toks
	a := c
	for a > 0 && x.nameGoesOnBack(toks, a-1, c) {
		a--
	}
	heAt := -1
	if a > 0 && x.surnameHe(toks, a-1) {
		heAt = a - 1 // "be led by He Min, Vice Premier"
	}
	for a < c && !x.isNameToken(toks[a]) && !x.capitalNameWordBefore(toks, a, c) {
		a++
	}
	if heAt >= 0 && a == heAt+1 {
		a = heAt
	}
	a = afterStates(os.sc, a, c)
	if c-a < 2 || os.claimed[a] {
		return a, false
	}
	if a > 0 && toks[a-1].kind == tokWord && toks[a-1].upper && !identity.IsHonorific(toks[a-1].lower) && !functionWords[toks[a-1].lower] {
		return a, false // inside a longer capitalised span
	}
	if a > 0 && toks[a-1].kind == tokPoss {
		return a, false
	}
	if namesAPlace(toks, a, c-1) || x.wholePlace(toks, a, c) {
		return a, false // "In Quezon City, Secretary N"; "On the Middle East, the Foreign Secretary"
	}
	return a, true
}

// placeAfterInstitution: one word right after "Forces" that is a state's
// or region's form ends the name of a command stationed there
// ("commander of U.S. Forces Korea", "U.S. Forces Japan"); it is no person.
// After an office's own institution word a state's form may be a surname
// ("Secretary of State Jordan"), so only "Forces" counts.
func (x *Extractor) placeAfterInstitution(toks []token, a, b int) bool {
	return b == a+1 && a > 0 && toks[a-1].text == "Forces" && x.wholePlace(toks, a, b)
}

// wholePlace: the tokens toks[a:b] are exactly a region's or a state's
// form of the gazetteer ("Middle East", "Indo-Pacific", "Latin America"),
// never a person's name.
func (x *Extractor) wholePlace(toks []token, a, b int) bool {
	_, end, ok := x.countries.match(toks, a)
	return ok && end == b
}

// nameGoesOnBack: token k may be part of a name that ends at the comma
// at c: a name word, a particle, a hyphen inside a name or the part after
// it, or a family name in capitals.
func (x *Extractor) nameGoesOnBack(toks []token, k, c int) bool {
	t := toks[k]
	return x.isNameToken(t) || particles[t.lower] && k > 0 || t.text == "-" && !t.space || hyphenPart(toks, k) || x.capitalNameWordBefore(toks, k, c)
}

// capitalNameWordBefore: token k, in a name that ends at the comma at c,
// is a family name in capitals: first before a given name ("YAMADA Taro,
// Minister for Foreign Affairs") or last after one ("Ali SANI, Minister
// of Foreign Affairs").
func (x *Extractor) capitalNameWordBefore(toks []token, k, c int) bool {
	if x.capitalFamilyName(toks, k) {
		return true
	}
	return k == c-1 && k > 0 && x.isNameToken(toks[k-1]) && x.capitalSurname(toks, k)
}

// hyphenPart: the word after a hyphen inside a name, lower case in
// romanised names ("Ji-won", "Min-jun").
func hyphenPart(toks []token, k int) bool {
	return k >= 2 && toks[k].kind == tokWord && !toks[k].space && toks[k-1].text == "-" && !toks[k-1].space && toks[k-2].kind == tokWord && toks[k-2].upper
}

// afterStates moves the start a of a name ending at c past the states
// named in it: "… of South Africa, Foreign Minister …" names a state and
// then the next delegation, no person.
func afterStates(sc map[int]countryMention, a, c int) int {
	for k := a; k < c; k++ {
		if cm, ok := sc[k]; ok && cm.end > a {
			a = cm.end
		}
	}
	return a
}

// appositionModifiers are the words that may stand between the comma and
// the title of an apposition.
var appositionModifiers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "new": true, "acting": true,
	"interim": true, "current": true, "then": true, "outgoing": true, "incoming": true, "newly": true, "appointed": true,
	"top": true, "senior": true, "junior": true, "chief": true, "veteran": true, "career": true, "leading": true,
}

// titleAfterComma reads the office of an apposition starting at token k:
// determiners, states, organisations and adjectives, lower-case topic
// words, then a title with its complement.
func (x *Extractor) titleAfterComma(os *officialSentence, k int) (titleMatch, bool) {
	toks := os.toks
	tm := titleMatch{countryTok: -1}
	k = x.appositionLead(toks, os.sc, k, &tm)
	if k >= len(toks) {
		return tm, false
	}
	// "the trade and industry minister": lower-case topic words.
	tk := k
	for tk < len(toks) && tk-k < 4 {
		if _, _, ok := x.titles.match(toks, tk); ok {
			break
		}
		if toks[tk].kind == tokWord && !toks[tk].upper && (tk > k && toks[tk].lower == "and" || !functionWords[toks[tk].lower]) {
			tk++
			continue
		}
		break
	}
	e, j, ok := x.titles.match(toks, tk)
	if !ok || e.Skip {
		return tm, false
	}
	tm.entry, tm.tok = e, tk
	tm.title = e.Title.Title
	if tk > k {
		tm.title = topicTitle(e.Title.Title, nameText(os.text, toks, k, tk))
	}
	cEnd, cCountry, cTok, cOrg := x.complement(toks, j, os.sc)
	// "the Brazilian President's residence" is no apposition; nor is
	// "A, Chilean prime minister B": the office introduces the next name.
	if cEnd < len(toks) && toks[cEnd].kind == tokPoss || x.fullNameAt(toks, cEnd, os.sc) {
		return tm, false
	}
	applyComplement(os.text, toks, e, j, complementRead{cEnd, cCountry, cTok, cOrg}, false, &tm)
	if tm.org == "" && privateBody(toks, j, cEnd) {
		return tm, false
	}
	impliedState(toks, j, &tm)
	if tm.country == "" && tm.org == "" {
		tm.country = institutionState(toks, j, cEnd)
	}
	tm.end = cEnd
	return tm, true
}

// appositionLead skips what comes between an apposition's comma and its
// title, noting a state, an organisation or "former"; it returns the
// first token after them.
func (x *Extractor) appositionLead(toks []token, sc map[int]countryMention, k int, tm *titleMatch) int {
	for k < len(toks) {
		if cm, ok := sc[k]; ok {
			tm.country, tm.countryTok = cm.code, cm.tok
			k = cm.end
			if k < len(toks) && toks[k].kind == tokPoss {
				k++
			}
			continue
		}
		if appositionModifiers[toks[k].lower] {
			k++
			continue
		}
		if toks[k].lower == "former" {
			tm.former = true
			k++
			continue
		}
		if org, s, ok := x.orgAt(toks, k); ok {
			tm.org = org
			k = s
			continue
		}
		return k
	}
	return k
}

// orgAt finds an organisation's form starting at token k.
func (x *Extractor) orgAt(toks []token, k int) (string, int, bool) {
	best, bestEnd := "", 0
	for _, o := range x.orgs {
		n := len(o.toks)
		if k+n > len(toks) || n <= bestEnd-k {
			continue
		}
		ok := true
		for m := 0; m < n; m++ {
			if toks[k+m].text != o.toks[m] {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd = o.name, k+n
		}
	}
	return best, bestEnd, best != ""
}

// topicTitle turns "trade and industry" + "Commissioner" into
// "Commissioner for Trade and Industry".
func topicTitle(title, topic string) string {
	words := strings.Fields(topic)
	for i, w := range words {
		if w != "and" && w != "of" {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
	}
	prep := " of "
	if strings.EqualFold(title, "Commissioner") {
		prep = " for "
	}
	return title + prep + strings.Join(words, " ")
}

// isNameEnd: what may follow a name given in apposition.
// copulaEnd skips "is", "was", "remains", "will be" at token k; it returns
// k when none stands there.
func copulaEnd(toks []token, k int) int {
	switch toks[k].lower {
	case "is", "was", "remains", "remained":
		return k + 1
	case "will":
		if k+1 < len(toks) && toks[k+1].lower == "be" {
			return k + 2
		}
	}
	return k
}

func isNameEnd(t token) bool {
	switch t.lower {
	case ",", ".", "who", "said", "says", "and", ";", ")", "has", "had", "was", "is", "will":
		return true
	}
	return false
}

func (x *Extractor) newMention(text string, toks []token, si, a, b int, tm titleMatch, rule string) officialMention {
	for a < b && identity.IsHonorific(toks[a].lower) {
		a++
	}
	m := officialMention{name: nameText(text, toks, a, b), sent: si, tok: a, end: b, title: tm, country: tm.country, rule: rule}
	m.nameToks = nameKeyTokens(m.name)
	if tm.determiner == "his" || tm.determiner == "her" {
		m.anaphoraOf = tm.determiner
	}
	if tm.determiner == possessorDeterminer {
		m.anaphoraOf = "accompanied" // the possessor's side, found as the accompanied one's
	}
	if tm.country == "" && tm.org == "" && accompanyingBefore(toks, tm.modStart) {
		m.anaphoraOf = "accompanied"
	}
	return m
}

// accompanyingBefore: "accompanied by", "joined by", "flanked by" end right
// before token k: the office after them is of the side of the one
// accompanied ("Sani, accompanied by energy minister N").
func accompanyingBefore(toks []token, k int) bool {
	// A lower-case portfolio before the office: "energy minister".
	for n := 0; n < 3 && k > 0 && toks[k-1].kind == tokWord && !toks[k-1].upper && !functionWords[toks[k-1].lower]; n++ {
		k--
	}
	if k < 2 || toks[k-1].lower != "by" {
		return false
	}
	switch toks[k-2].lower {
	case "accompanied", "joined", "flanked", "escorted":
		return true
	}
	return false
}

// nameKeyTokens folds a name to lower-case tokens without initials
// (identity.Fold), for matching mentions of one person.
func nameKeyTokens(name string) []string {
	var out []string
	for _, f := range identity.Fold(name) {
		if utf8.RuneCountInString(f) > 1 || len(out) == 0 {
			out = append(out, f)
		}
	}
	return out
}
