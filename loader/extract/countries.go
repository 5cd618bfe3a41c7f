package extract

import (
	"sort"
	"strings"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// countryMention is one place where the text names a state.
type countryMention struct {
	code        string
	kind        lexicon.PhraseKind
	sent        int // sentence index
	tok, end    int // token span in the sentence
	start, stop int // byte span in the cleaned text
	text        string
	// location: the mention says where something happens ("in Peru",
	// "Munich, Germany"), not who acts.
	location bool
	// possessive: "Peru's".
	possessive bool
	// party: "representatives from Mexico", "heads of state from Bolivia,
	// Brazil": a delegation of the state.
	party bool
	// ambiguous: the form needs context ("Georgia").
	ambiguous bool
	// demonym: written as a demonym ("Chadian"); afterAnd: right after
	// "and".
	demonym, afterAnd bool
	// visited: a capital an official travels to ("will fly on Thursday
	// to Manila"): the state visited, which the article names as a
	// state, unlike a capital that only places an event.
	visited bool
	// topic: the state is what is talked about, not whom a person serves:
	// "the Palestinian cause", "Niger is a priority for us".
	topic bool
	// office: the state holds a national office named beside it ("Georgia's
	// foreign minister", "President N of Georgia"), which no place inside
	// a state has.
	office bool
}

// motionPrefixes start the words after which "to X" is a destination.
var motionPrefixes = []string{"travel", "trip", "visit", "fly", "flew", "went", "go", "return", "head", "arriv", "came", "come", "welcom", "sent", "deploy", "move", "moving", "journey", "tour", "way", "mission"}

// placeAmbiguous forms name a state, or its capital, or a place inside
// another state: the US state of Georgia; capitals whose names well-known
// cities elsewhere bear (St. John's in Newfoundland, Kingston in Ontario,
// Georgetown in Penang and Washington, Victoria in British Columbia,
// Tripoli in Lebanon, Panama City in Florida, Nassau in New York).
var placeAmbiguous = map[string]bool{
	"Georgia": true, "St. John's": true, "St. John’s": true, "Saint John's": true, "Saint John’s": true,
	"St John's": true, "St John’s": true, "Kingston": true, "Georgetown": true, "Victoria": true, "Tripoli": true,
	"Panama City": true, "Nassau": true,
}

// delegationNouns come before "from X" when X sends people.
var delegationNouns = map[string]bool{
	"representatives": true, "officials": true, "delegations": true, "delegation": true, "ministers": true,
	"leaders": true, "counterparts": true, "governments": true, "envoys": true, "diplomats": true, "state": true,
	"government": true, "delegates": true, "teams": true, "team": true, "side": true,
}

// phraseEntry is a gazetteer or place form split into tokens.
type phraseEntry struct {
	toks      []string
	spaces    []bool // whether whitespace comes before each token
	code      string // empty: matched to keep the words from being read as a state
	kind      lexicon.PhraseKind
	ambiguous bool
}

// countryMatcher finds country forms in token streams, longest first.
type countryMatcher struct {
	byFirst map[string][]phraseEntry
	names   map[string]string // code -> common name
	capital map[string]string // capital (as written) -> code
}

func newCountryMatcher(g *lexicon.Gazetteer, places []lexicon.Place) *countryMatcher {
	m := &countryMatcher{byFirst: map[string][]phraseEntry{}, names: map[string]string{}, capital: map[string]string{}}
	add := func(text string, e phraseEntry) {
		for _, t := range tokenize(text, 0, len(text), nil) {
			e.toks = append(e.toks, t.text)
			e.spaces = append(e.spaces, t.space)
		}
		if len(e.toks) == 0 {
			return
		}
		m.byFirst[e.toks[0]] = append(m.byFirst[e.toks[0]], e)
	}
	for _, p := range places {
		add(p.Surface, phraseEntry{code: p.Code})
	}
	for _, p := range g.Phrases() {
		add(p.Text, phraseEntry{code: p.Code, kind: p.Kind, ambiguous: p.Ambiguous})
		if p.Kind == lexicon.PhraseCapital {
			m.capital[strings.ToLower(p.Text)] = p.Code
		}
	}
	for _, c := range g.Countries() {
		m.names[c.Code] = c.Name
	}
	for k, list := range m.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
		m.byFirst[k] = list
	}
	return m
}

// match returns the longest form starting at token i, if any.
func (m *countryMatcher) match(toks []token, i int) (phraseEntry, int, bool) {
	for _, e := range m.byFirst[toks[i].text] {
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			t := toks[i+k]
			if t.text != e.toks[k] {
				ok = false
				break
			}
			// Forms of several tokens need them spaced as written.
			if t.space != e.spaces[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.toks), true
		}
	}
	return phraseEntry{}, i, false
}

// locative words put the next place name in a location role.
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "near": true, "outside": true, "into": true, "via": true,
	"toward": true, "towards": true, "visit": true, "visited": true, "visiting": true, "arrived": true, "across": true,
	"inside": true, "throughout": true, "around": true, "across-the": true, "leave": true, "left": true, "entering": true,
}

// findCountries finds every country mention in the sentences.
func (x *Extractor) findCountries(sents []sentence) []countryMention {
	var out []countryMention
	congoCD := congoIsDRC(sents)
	for si, s := range sents {
		toks := s.toks
		for i := 0; i < len(toks); i++ {
			if toks[i].kind != tokWord || !toks[i].upper {
				continue
			}
			if codes, ok := sharedNameStates[toks[i].text]; ok {
				for _, c := range codes {
					out = append(out, x.countryMentionAt(toks, si, i, i+1, phraseEntry{code: c, kind: lexicon.PhraseName}, congoCD, out))
				}
				continue
			}
			e, j, ok := x.countries.match(toks, i)
			if !ok {
				continue
			}
			// "US$": a currency, not the state.
			if j < len(toks) && toks[j].text == "$" && !toks[j].space {
				i = j - 1
				continue
			}
			if e.code == "" || !x.keepAmbiguous(e, toks, i, j) {
				i = j - 1
				continue
			}
			// "Paris Agreement", "Minsk Group": a capital in a name; but
			// "in Lima Tuesday", "in Lima October 9" is the wire's place
			// and date without "on", and "In Lima I will meet" the fronted
			// place of a first-person release (the pronoun is capitalised).
			if e.kind == lexicon.PhraseCapital && j < len(toks) && (toks[j].kind == tokWord && toks[j].upper && !calendarName(toks[j]) && toks[j].text != "I" || toks[j].text == "-" && !toks[j].space) {
				i = j - 1
				continue
			}
			// "the alliance's Madrid summit", "the Copenhagen conference":
			// the capital names an event, not its state.
			if e.kind == lexicon.PhraseCapital && j < len(toks) && !toks[j].upper && capitalEventNouns[toks[j].lower] {
				i = j - 1
				continue
			}
			out = append(out, x.countryMentionAt(toks, si, i, j, e, congoCD, out))
			i = j - 1
		}
	}
	return dropUnsurePlaces(out)
}

// sharedNameStates are the plurals of a name two states share: "the two
// Koreas" are South and North Korea, both.
var sharedNameStates = map[string][]string{
	"Koreas": {"KR", "KP"},
	"Sudans": {"SD", "SS"},
	"Congos": {"CG", "CD"},
}

// capitalEventNouns after a capital make it the name of a gathering or of what
// was agreed there ("the Madrid summit", "the Oslo accords").
var capitalEventNouns = map[string]bool{
	"summit": true, "summits": true, "conference": true, "talks": true, "accord": true, "accords": true,
	"agreement": true, "agreements": true, "process": true, "declaration": true, "meeting": true, "forum": true,
	"negotiations": true, "round": true, "format": true, "protocol": true, "convention": true, "dialogue": true,
	"initiative": true, "communique": true, "communiqué": true, "consensus": true, "principles": true,
	"framework": true, "charter": true, "treaty": true, "ministerial": true, "commitments": true,
}

// calendarName: a month or a weekday ("October", "Oct.", "Tuesday").
func calendarName(t token) bool {
	switch t.lower {
	case "next", "later", "early", "late", "mid":
		return false
	}
	return timeWords[t.lower]
}

// congoIsDRC: the article's Congo is the DRC (Kinshasa, the UN mission,
// peacekeeping).
func congoIsDRC(sents []sentence) bool {
	for _, s := range sents {
		for _, t := range s.toks {
			switch {
			case t.lower == "kinshasa" || t.lower == "monuc" || t.lower == "monusco" || t.lower == "drc" || t.lower == "zaire" || t.lower == "goma",
				strings.HasPrefix(t.lower, "peacekeep"):
				return true
			}
		}
	}
	return false
}

// countryMentionAt makes the mention of the form e at toks[i:j], with its
// roles: a party ("representatives from Mexico", "the Ukrainian
// delegation", the rest of such a list) or a location.
func (x *Extractor) countryMentionAt(toks []token, si, i, j int, e phraseEntry, congoCD bool, before []countryMention) countryMention {
	code := e.code
	if code == "CG" && congoCD && !strings.Contains(strings.ToLower(joinTokens(toks[i:j])), "brazzaville") && !strings.Contains(strings.ToLower(joinTokens(toks[i:j])), "republic") {
		code = "CD"
	}
	cm := countryMention{code: code, kind: e.kind, sent: si, tok: i, end: j, start: toks[i].start, stop: toks[j-1].end, text: joinTokens(toks[i:j])}
	cm.possessive = j < len(toks) && toks[j].kind == tokPoss
	cm.ambiguous = e.ambiguous
	cm.party = isPartyRole(toks, si, i, j, before)
	cm.topic = isTopicRole(toks, i, j, e.kind)
	cm.demonym = e.kind == lexicon.PhraseDemonym
	cm.afterAnd = i > 0 && toks[i-1].lower == "and"
	cm.office = x.possessiveOffice(toks, j) || x.officeHolderBefore(toks, i) || x.officeOfBefore(toks, i)
	// "travels to Brussels for talks with European Union leaders": the
	// capital only seats the organisation met.
	cm.visited = e.kind == lexicon.PhraseCapital && (travelledTo(toks, i) || continuesVisitList(toks, si, i, before)) && x.orgIn(toks, j, len(toks)) == ""
	// A demonym names who, never where: "visiting Dutch Prime Minister".
	cm.location = e.kind != lexicon.PhraseDemonym && (isLocationRole(toks, i, j) || x.cityBefore(toks, i) ||
		j+1 < len(toks) && toks[j].text == "," && toks[j+1].lower == "where" || // "France, where she met"
		datelinePlace(toks, i, j) ||
		continuesPlaceList(toks, si, i, before)) ||
		e.kind == lexicon.PhraseDemonym && demonymPlace(toks, i, j)
	return cm
}

// demonymPlace: a demonym before a noun of place names where, not who,
// when a static locative opens the phrase: "talks in the Ethiopian
// capital", "met at the Kenyan port of Mombasa". "the Ethiopian
// delegation" and "the Kenyan capital's mayor said" stay who; "flew to
// the Georgian capital" is a journey's end, which the travel passes
// read, not the place of an engagement told beside it.
func demonymPlace(toks []token, i, j int) bool {
	if i < 2 || toks[i-1].lower != "the" || toks[i-2].lower != "in" && toks[i-2].lower != "at" {
		return false
	}
	return j < len(toks) && demonymPlaceNouns[toks[j].lower] && (j+1 >= len(toks) || toks[j+1].kind != tokPoss)
}

// demonymPlaceNouns name a place inside a state.
var demonymPlaceNouns = map[string]bool{
	"capital": true, "city": true, "port": true, "town": true, "resort": true, "village": true,
	"island": true, "province": true, "region": true, "border": true,
}

// datelinePlace: the form at toks[i:j] opens its line as a dateline, a
// place and then a date ("Brussels, 15/01/2021 - 11:02", "LIMA, Oct. 6",
// "Suva, Tuesday"), which tells where the text was written.
func datelinePlace(toks []token, i, j int) bool {
	if i != 0 || j+1 >= len(toks) || toks[j].text != "," {
		return false
	}
	return toks[j+1].kind == tokNumber || calendarName(toks[j+1])
}

// travelWords are a person's own journey: its destination is visited.
var travelWords = map[string]bool{
	"go": true, "goes": true, "going": true, "went": true, "gone": true, "fly": true, "flies": true, "flying": true,
	"flew": true, "flown": true, "travel": true, "travels": true, "traveled": true, "travelled": true,
	"traveling": true, "travelling": true, "head": true, "heads": true, "headed": true, "heading": true,
	"proceed": true, "proceeds": true, "proceeded": true, "continue": true, "continues": true, "continued": true,
	"return": true, "returns": true, "returned": true, "returning": true,
}

// travelledTo: the capital at token i is where someone travels: "will fly
// on Thursday to Manila", "before travelling on to Delhi", "then heads to
// Lima" (dates and "on", "then" may stand between).
func travelledTo(toks []token, i int) bool {
	k := i - 1
	if k < 1 || toks[k].lower != "to" {
		return false
	}
	for m, seen := k-1, 0; m >= 0 && seen < 3; m-- {
		w := toks[m].lower
		if dateWord(toks[m]) || w == "on" || w == "then" || w == "later" {
			continue
		}
		seen++
		if travelWords[w] {
			return true
		}
	}
	return false
}

// continuesVisitList: the capital at token i goes on a list of capitals
// travelled to ("will travel to Apia and Nuku'alofa", "to Suva, Apia and
// Nuku'alofa"): the capital named just before it, across "and" or a
// comma, is visited.
func continuesVisitList(toks []token, si, i int, before []countryMention) bool {
	k := i
	for k > 0 && (toks[k-1].lower == "and" || toks[k-1].text == ",") {
		k--
	}
	if k == i || len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	return prev.sent == si && prev.end == k && prev.visited
}

// topicNouns are nouns that a demonym before them makes a topic: the
// state's affairs, not its people ("the Syrian conflict", "the Iranian
// nuclear program").
var topicNouns = map[string]bool{
	"cause": true, "economy": true, "crisis": true, "conflict": true, "issue": true, "issues": true,
	"question": true, "problem": true, "situation": true, "nuclear": true, "program": true,
	"programme": true, "peninsula": true, "border": true, "territory": true, "territories": true,
	"election": true, "elections": true, "war": true, "market": true, "markets": true, "debt": true,
	"refugees": true, "independence": true, "sovereignty": true, "statehood": true, "reunification": true,
	"unification": true, "reconstruction": true, "recovery": true, "dispute": true,
}

// isTopicRole: the state at toks[i:j] is a topic: a demonym before a noun
// of its affairs ("the Palestinian cause"), or a state's name as the
// subject of "is", "was" or "remains" with no verb of being acted on after
// ("Niger is a priority", not "Niger is represented by").
func isTopicRole(toks []token, i, j int, kind lexicon.PhraseKind) bool {
	if j >= len(toks) {
		return false
	}
	if kind == lexicon.PhraseDemonym {
		return topicNouns[toks[j].lower] && !toks[j].upper
	}
	if kind != lexicon.PhraseName {
		return false
	}
	switch toks[j].lower {
	case "is", "was", "remains", "remained":
		return j+1 < len(toks) && !strings.HasSuffix(toks[j+1].lower, "ed")
	}
	return false
}

// continuesPlaceList: the state at token i goes on a list of places
// ("travel to Ghana and Togo", "in Chad, Niger and Mali"): the state
// named just before it, across "and", "or" or a comma, is a location.
func continuesPlaceList(toks []token, si, i int, before []countryMention) bool {
	k := i
	for k > 0 && (toks[k-1].lower == "and" || toks[k-1].lower == "or" || toks[k-1].text == ",") {
		k--
	}
	if k == i || len(before) == 0 {
		return false
	}
	prev := before[len(before)-1]
	return prev.sent == si && prev.end == k && prev.location && prev.kind != lexicon.PhraseDemonym
}

// isPartyRole: the state at toks[i:j] sends people: "representatives from
// Mexico", "the delegations of China", "the Ukrainian delegation",
// "Mexican officials", and the rest of such a list ("from Bolivia, Brazil,
// and Chile").
func isPartyRole(toks []token, si, i, j int, before []countryMention) bool {
	k := i - 1
	if k >= 1 && toks[k].lower == "the" {
		k-- // "the Government of the United States"
	}
	if k >= 1 && (toks[k].lower == "from" || toks[k].lower == "of") && delegationNouns[toks[k-1].lower] {
		return true
	}
	if k := delegationNounAfter(toks, j); k >= 0 && toks[k].lower != "state" {
		return true
	}
	n := len(before)
	if n == 0 || !before[n-1].party || before[n-1].sent != si || before[n-1].end >= i || i-before[n-1].end > 3 {
		return false
	}
	for _, b := range toks[before[n-1].end:i] {
		if b.text != "," && b.lower != "and" && b.lower != "the" {
			return false
		}
	}
	return true
}

// delegationNounAfter is the delegation noun that the state ending at
// token j modifies, right after it or past one or two words of its kind
// or branch ("Turkish military leaders", "Japanese defense officials",
// "Egyptian General Staff officers" are not "Japanese officials" only
// by a word), or -1.
func delegationNounAfter(toks []token, j int) int {
	for k := j; k < len(toks) && k <= j+2; k++ {
		if delegationNouns[toks[k].lower] {
			return k
		}
		if toks[k].kind != tokWord || !serviceModifiers[toks[k].lower] {
			return -1
		}
	}
	return -1
}

// serviceModifiers name the branch or rank of a state's people between
// its name and a delegation noun.
var serviceModifiers = map[string]bool{
	"military": true, "defense": true, "defence": true, "security": true, "government": true, "senior": true,
	"general": true, "staff": true, "army": true, "naval": true, "navy": true, "foreign": true, "ministry": true,
	"trade": true, "finance": true, "economic": true, "top": true, "health": true, "border": true,
}

// dropUnsurePlaces: "King's Bay Naval Base in Georgia", "Senator Ann Reed of
// Georgia", "St. John's and Gander in Newfoundland", "Kingston, Ontario": a
// form that is also a place inside another state (Georgia; a capital whose
// name other cities bear) counts only when the article names the state
// otherwise too.
func dropUnsurePlaces(out []countryMention) []countryMention {
	sure := map[string]bool{}
	for _, cm := range out {
		if !unsurePlace(cm) || cm.office {
			sure[cm.code] = true
		}
	}
	kept := out[:0]
	for _, cm := range out {
		if !sure[cm.code] && unsurePlace(cm) {
			continue
		}
		kept = append(kept, cm)
	}
	return kept
}

// unsurePlace: the mention's form names a place inside another state as
// well as the state or its capital.
func unsurePlace(cm countryMention) bool {
	return placeAmbiguous[cm.text]
}

// isLocationRole: "in Peru", "in Bali, Indonesia", "Munich, Germany".
func isLocationRole(toks []token, i, j int) bool {
	k := i - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && locatives[toks[k].lower] {
		if toks[k].lower != "to" {
			return true
		}
		// "to" places only after motion: "travel to Kuwait", not "in
		// response to Russia"; a date between does not count ("travel
		// Oct. 6-11 to Kuwait").
		for m, seen := k-1, 0; m >= 0 && seen < 4; m-- {
			w := toks[m].lower
			if dateWord(toks[m]) {
				continue
			}
			seen++
			for _, p := range motionPrefixes {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
		return false
	}
	// "City, Country": the country names where the city is.
	if i >= 2 && toks[i-1].text == "," && toks[i-2].kind == tokWord && toks[i-2].upper {
		k := i - 2
		for k > 0 && toks[k-1].kind == tokWord && toks[k-1].upper {
			k--
		}
		if k > 0 && (locatives[toks[k-1].lower] || toks[k-1].lower == "and") {
			return true
		}
	}
	return false
}

// cityBefore reports whether "City," comes right before token i, where the
// city is a capitalised word that names no state: "Guayaquil, Ecuador".
func (x *Extractor) cityBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].text != "," || toks[i-2].kind != tokWord || !toks[i-2].upper {
		return false
	}
	k := i - 2
	for k > 0 && toks[k-1].kind == tokWord && toks[k-1].upper {
		k--
	}
	if functionWords[toks[k].lower] || k == 0 && strings.ToUpper(toks[0].text) != toks[0].text {
		return false // a sentence's first word may be anything; a dateline's city is in capitals
	}
	for j := k; j <= i-2; j++ {
		if _, _, ok := x.countries.match(toks, j); ok {
			return false
		}
		if _, ok := sharedNameStates[toks[j].text]; ok {
			return false // "the two Koreas, China, Japan": a list of states
		}
	}
	return true
}

// nameWordBefore tells whether the token before i reads as a given name
// ("Michael Jordan"): a capitalised word that starts no sentence and is no
// title or function word.
func (x *Extractor) nameWordBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind != tokWord || !p.upper || i-1 == 0 && sentenceStarters[p.lower] {
		return false
	}
	if x.isTitleWord(p.lower) || functionWords[p.lower] {
		return false
	}
	if _, _, ok := x.countries.match(toks, i-1); ok {
		return false
	}
	return true
}

// keepAmbiguous applies the context rules to forms that need them:
// Georgia the US state, Jordan and Chad the names, Niger the river,
// capitals that are only places.
func (x *Extractor) keepAmbiguous(e phraseEntry, toks []token, i, j int) bool {
	if !e.ambiguous {
		return true
	}
	// A person's name: "Michael Jordan", "Jordan Peterson".
	if x.nameWordBefore(toks, i) {
		return false
	}
	// "President of Niger Ali Sani": a national office's complement, with
	// the holder's name after it, is the state, not "Niger Delta".
	if x.officeOfBefore(toks, i) || nationalBodyOfBefore(toks, i) || x.envoyToBefore(toks, i) {
		return true
	}
	if j < len(toks) && toks[j].kind == tokWord && toks[j].upper && !x.isTitleWord(toks[j].lower) && !functionWords[toks[j].lower] {
		if _, _, ok := x.countries.match(toks, j); !ok && e.kind == lexicon.PhraseName {
			return false
		}
	}
	// A US state: "Atlanta, Georgia", "Washington state"; only a form that
	// names one (not "Istanbul, Turkey", nor a demonym after a list: "A,
	// Georgian Foreign Minister N"), and not the state of an office in
	// apposition ("N, Georgia's foreign minister").
	if i >= 2 && toks[i-1].text == "," && placeAmbiguous[joinTokens(toks[i:j])] && !x.possessiveOffice(toks, j) && toks[i-2].kind == tokWord && toks[i-2].upper {
		if c, ok := x.countries.capital[strings.ToLower(toks[i-2].text)]; !ok || c != e.code {
			if _, _, isState := x.countries.match(toks, i-2); !isState {
				return false
			}
		}
	}
	if j < len(toks) && (toks[j].lower == "state" || toks[j].lower == "county") {
		return false
	}
	return true
}

// nationalOffice: the title at toks[k:] is an office of a sovereign state
// that no state of a federation has (a president, a foreign minister; not
// a governor, a senator or a secretary of state).
func (x *Extractor) nationalOffice(toks []token, k int) (int, bool) {
	e, end, ok := x.titles.match(toks, k)
	if !ok || e.Implies != "" || e.Org != "" || e.Skip {
		return k, false
	}
	switch e.Level {
	case "head_of_state", "head_of_government", "minister", "deputy", "ambassador":
		return end, true
	}
	return k, false
}

// possessiveOffice: the state form ending at token j is followed by a
// possessive and a national office: "Niger's foreign minister".
func (x *Extractor) possessiveOffice(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tokPoss {
		return false
	}
	_, ok := x.nationalOffice(toks, j+1)
	return ok
}

// officeOfBefore: a national office and "of" come right before the state
// form at token i: "President of Georgia", "the Prime Minister of Niger".
func (x *Extractor) officeOfBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "of" {
		return false
	}
	for m := max(0, i-6); m < i-1; m++ {
		if end, ok := x.nationalOffice(toks, m); ok && end == i-1 {
			return true
		}
	}
	return false
}

// nationalBodies are public bodies that a state has one of and names
// after itself: "the Bank of Korea", "the Embassy of Georgia", "the
// Ministry of Defence of Jordan".
var nationalBodies = map[string]bool{"bank": true, "ministry": true, "embassy": true, "parliament": true}

// nationalBodyOfBefore: a capitalised national body and "of" come right
// before the state form at token i, so the form is that state even when a
// capitalised word follows it ("Governor of the Bank of Korea N").
func nationalBodyOfBefore(toks []token, i int) bool {
	return i >= 2 && toks[i-1].lower == "of" && toks[i-2].upper && nationalBodies[toks[i-2].lower]
}

// envoyToBefore: an envoy's office and "to" come right before the state
// form at token i, the state the envoy is sent to ("Ambassador to Korea
// N", "Special Envoy to Georgia N"), even when the holder's name follows.
func (x *Extractor) envoyToBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "to" {
		return false
	}
	for m := max(0, i-5); m < i-1; m++ {
		if e, end, ok := x.titles.match(toks, m); ok && end == i-1 && e.Level == "ambassador" && !e.Skip {
			return true
		}
	}
	return false
}

// officeHolderBefore: "of" and a name that a national office opens come
// right before the state form at token i: "Foreign Minister N of Georgia".
func (x *Extractor) officeHolderBefore(toks []token, i int) bool {
	if i < 3 || toks[i-1].lower != "of" {
		return false
	}
	for m := max(0, i-9); m < i-2; m++ {
		end, ok := x.nationalOffice(toks, m)
		if !ok || end >= i-1 {
			continue
		}
		name := true
		for _, t := range toks[end : i-1] {
			if t.kind != tokWord || !t.upper {
				name = false
				break
			}
		}
		if name {
			return true
		}
	}
	return false
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// functionWords are capitalised at a sentence's start but are no names.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "or": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "this": true, "that": true,
	"these": true, "those": true, "he": true, "she": true, "it": true, "they": true, "we": true, "our": true,
	"his": true, "her": true, "their": true, "its": true, "as": true, "after": true, "before": true, "during": true,
	"while": true, "both": true, "all": true, "today": true, "yesterday": true, "tomorrow": true, "under": true,
	"following": true, "building": true, "according": true, "if": true, "when": true, "where": true, "despite": true,
	"since": true, "also": true, "however": true, "meanwhile": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"i": true, "you": true, "there": true, "here": true, "what": true, "who": true, "which": true, "not": true, "no": true,
	"said": true, "says": true, "will": true, "would": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "been": true, "then": true, "than": true, "so": true, "because": true,
	"although": true, "though": true, "until": true, "about": true, "against": true, "between": true, "through": true,
	"over": true, "among": true, "without": true, "within": true, "upon": true, "per": true, "via": true, "toward": true,
	"two": true, "three": true, "four": true, "five": true, "one": true, "first": true, "second": true, "third": true,
	"new": true, "last": true, "next": true, "each": true, "every": true, "some": true, "many": true, "most": true,
	"former": true, "current": true, "acting": true, "senior": true, "deputy": true, "joint": true, "begin": true, "end": true,
}

// governmentMarks name an outlet as a government's own: a ministry, an
// office, a head of government's site.
var governmentMarks = []string{
	"ministry", "government", "prime minister", "president of", "minister for", "minister of", "kremlin",
	"gov.", "foreign office", "commonwealth office", "downing street", "global affairs", "cabinet office",
	"information service", "foreign affairs", "department of",
}

// governmentOutletState returns the state whose government publishes an
// outlet ("Ministry of Foreign Affairs of Japan" → JP, "UK Prime
// Minister's Office" → GB), or "" for news outlets and international
// bodies.
func (x *Extractor) governmentOutletState(outlet string) string {
	low := strings.ToLower(outlet)
	if !containsAny(low, governmentMarks) {
		return ""
	}
	toks := tokenize(outlet, 0, len(outlet), nil)
	for i := range toks {
		if toks[i].kind != tokWord || !toks[i].upper {
			continue
		}
		if e, _, ok := x.countries.match(toks, i); ok && e.code != "" {
			return e.code
		}
	}
	return ""
}

// outletOrganisation returns the international organisation that
// publishes an outlet ("European External Action Service" → EU), or "".
func (x *Extractor) outletOrganisation(outlet string) string {
	toks := tokenize(outlet, 0, len(outlet), nil)
	for i := range toks {
		if org, _, ok := x.orgAt(toks, i); ok {
			return org
		}
	}
	return ""
}
