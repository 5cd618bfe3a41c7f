package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader/extract/lexicon"
)

// triggerEntry is a trigger form split into lower-case tokens.
type triggerEntry struct {
	toks []string
	lexicon.Trigger
}

type triggerIndex struct{ byFirst map[string][]triggerEntry }

func newTriggerIndex(ts []lexicon.Trigger) *triggerIndex {
	ti := &triggerIndex{byFirst: map[string][]triggerEntry{}}
	for _, t := range ts {
		e := triggerEntry{Trigger: t}
		for _, tk := range tokenize(t.Surface, 0, len(t.Surface), nil) {
			e.toks = append(e.toks, tk.lower)
		}
		ti.byFirst[e.toks[0]] = append(ti.byFirst[e.toks[0]], e)
	}
	for k, list := range ti.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
		ti.byFirst[k] = list
	}
	return ti
}

// modifierTriggers are adjectives that state an engagement alone ("the
// ministerial") but before a noun of talks only qualify it: the head noun
// decides the kind ("the Ministerial Dialogue", "Ministerial
// Consultations" are talks). A "Ministerial Meeting" stays a gathering of
// many, at whose margins others meet.
var modifierTriggers = map[string]bool{"ministerial": true}

// match finds the trigger that starts at toks[i], the longest form first,
// and the token after it.
func (ti *triggerIndex) match(toks []token, i int) (triggerEntry, int, bool) {
	e, j, ok := ti.matchAt(toks, i)
	if !ok || !modifierTriggers[e.Surface] || j >= len(toks) {
		return e, j, ok
	}
	if h, k, hok := ti.matchAt(toks, j); hok && nounTriggers[h.Surface] && h.Kind == "talks" && !h.Weak && !h.Attach {
		return h, k, true
	}
	return e, j, ok
}

func (ti *triggerIndex) matchAt(toks []token, i int) (triggerEntry, int, bool) {
	for _, e := range ti.byFirst[toks[i].lower] {
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if toks[i+k].lower != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, i + len(e.toks), true
		}
	}
	return triggerEntry{}, i, false
}

// trig is one trigger found in a sentence.
type trig struct {
	entry    triggerEntry
	tok, end int
	// arranged: a gathering a wish is aimed at ("looked forward to
	// seeing each other at the Summit, which X will host"): one to come.
	arranged bool
}

// candidate is an engagement as one trigger states it; candidates that
// state the same engagement are merged.
type candidate struct {
	kind      string
	status    string
	date      date
	people    []int
	countries []string
	city      string
	locCode   string
	sents     []int
	rules     []string
	weak      bool
	headline  bool
	definite  bool // "the summit": refers back to one already named
	// demonstrative: "this meeting" points at the engagement just told.
	demonstrative bool
	inherit       bool // "they", "we", "the two sides": the parties of the last engagement
	para          int
	attach        bool
	after         bool // "after visiting": the date is a bound, not the day
	hasDate       bool
	group         bool   // its parties are the members of a group ("the G7 will meet")
	negated       bool   // "had not participated"
	name          string // the engagement's proper name, if it has one
	gone          bool   // folded into another candidate of its sentence
	govAttach     bool   // officials of a readout attached to its engagement
	sideline      bool   // held "on the sidelines of" or "on the occasion of" a larger gathering
	// apartFrom are the people met in the sibling encounters of one
	// "met separately with A and with B": never in this one.
	apartFrom []int
	// pairObject: the trigger's object refers back to the two officials
	// told before ("met both ministers", "spoke with the two leaders");
	// pairApart: each of them was met on their own ("separately", "each").
	pairObject, pairApart bool
	// background: an encounter told as the one before the story's ("they
	// last met in May", "had previously held talks"): never the same as
	// an engagement told otherwise, unless their days agree.
	background bool
	// pairOf is that pair once found: the engagement they held without
	// this one's subject is not this one.
	pairOf []int
	// arranged: a gathering already set that the sentence's subject is
	// wished or told to attend ("look forward to meeting at the Summit,
	// which X will host"): its people are the subject's.
	arranged bool
	// stateMentions are states the trigger's words name; they are parties
	// only when no person or office is.
	stateMentions []string
	// places are further states a visit goes to ("visiting Honduras and
	// Nicaragua"): one visit each.
	places []string
}

// neighbours bounds how many triggers of one sentence on either side of a
// trigger it is compared with, so that a sentence costs time linear in its
// length even when it has thousands of triggers.
const neighbours = 4

// maxMergeLookBack bounds how many engagements back a restatement is
// looked for, which keeps merging linear in the length of the text.
const maxMergeLookBack = 48

// maxDateDistance is how far (in tokens, commas counting 8) a date may
// stand from its trigger.
const maxDateDistance = 24

// vagueCues make a trigger a wish, not an engagement, wherever they stand
// in its sentence ("will meet regularly", "as soon as circumstances
// permit").
var vagueCues = []string{
	"regularly", "at least once", "as soon as", "future sessions",
	"often", "continue to meet", "whenever", "from time to time", "each year", "every year",
	"once a year", "in the future", "future meetings", "further exchanges",
	"circumstances permit", "at an appropriate time",
	// an encounter still being arranged is not yet a specific one
	"being arranged",
}

// wishCues make a trigger a wish when they stand before it ("looked
// forward to meeting", "expressed interest in a visit"); after it they
// belong to another clause ("will meet to discuss their interest in fair
// elections").
var wishCues = []string{
	"look forward", "looked forward", "looks forward", "interest in", "hope to", "hopes to", "hoped to", "hoping to", "would like to", "support for",
	"called for", "calls for", "pursue the", "would like", "hopes for", "hoped for", "wishes to", "wish to", "wants to",
	"want to", "wished to", "wanted to", "when to", "whether to",
}

// nounTriggers name an engagement; with "the" they refer to one named before.
var nounTriggers = map[string]bool{
	"meeting": true, "meetings": true, "talks": true, "summit": true, "summits": true, "summit meeting": true, "summit meetings": true, "joint commission": true, "joint commissions": true, "joint economic commission": true,
	"joint committee": true, "joint working group": true, "binational commission": true, "bi-national commission": true, "visit": true, "visits": true,
	"trip": true, "call": true, "calls": true, "phone call": true, "telephone talk": true, "dialogue": true, "working group": true,
	"negotiations": true, "consultations": true, "discussions": true, "round": true, "session": true, "ministerial": true, "lunch": true, "dinner": true, "joint statement": true,
}

// delegationCues say in any article that a person took part for a state.
var delegationCues = []string{
	"delegation", "negotiator", "counterpart", "co-chaired", "chaired the", "headed the",
	// "Participants on the Korean side included A; B", "Also present were A".
	"side included", "side were", "participants on the", "also present", "were also present",
	// "Some Peruvian ministers were present at the lunch: A (Economy), B".
	"were present", "was present", "in attendance",
}

// readoutCues are what a readout says its participants did.
var readoutCues = []string{
	"delegation", " led ", "co-chaired", "chaired", "headed", "reiterated", "emphasized", "underscored",
	"highlighted", "stressed", "reaffirmed", "affirmed",
}

var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "slated": true, "scheduled": true, "expected": true, "plans": true,
	"plan": true, "planned": true, "planning": true, "intends": true, "intend": true, "upcoming": true, "next": true,
	"set": true, "due": true, "ahead": true, "forthcoming": true, "'ll": true, "commit": true, "committed": true,
	"going": true, "forward": true, "preparing": true, "reconvene": true, "resume": true, "arrange": true,
	"arranging": true, "proposed": true, "prepare": true, "later": true, "tomorrow": true,
}

var cancelCues = map[string]bool{
	"postponed": true, "cancelled": true, "canceled": true, "scrapped": true, "cancel": true,
	"postpone": true, "delayed": true, "suspended": true, "postpones": true, "cancels": true, "postponing": true,
	"cancelling": true, "canceling": true, "shelved": true,
}

var inheritCues = map[string]bool{
	"they": true, "we": true, "our": true, "their": true, "both": true, "sides": true, "countries": true,
	"nations": true, "governments": true, "two": true,
}

func (s sentence) text(doc string) string { return doc[s.start:s.end] }

// hostWordBetween: "with", "meet", "host" between a visit and a person, or
// "of" before its visitor ("the spring visit of Minister X").
func hostWordBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].lower {
		case "with", "meet", "meets", "met", "meeting", "host", "hosted", "hosts", "received", "welcomed", "by", "of":
			return true
		}
	}
	return false
}

// lastNamed returns the person named last in the few sentences before si.
func lastNamed(refsBySent map[int][]ref, si int, sents []sentence) (int, bool) {
	for k := si - 1; k >= 0 && k >= si-maxLookBack; k-- {
		if rs := refsBySent[k]; len(rs) > 0 {
			return rs[len(rs)-1].person, true
		}
	}
	return 0, false
}

// insideOfficial: the state is part of an official's name span ("President
// Seo of the Republic of Korea" names KR through the person already).
func insideOfficial(refs []ref, cm countryMention) bool {
	for _, r := range refs {
		if cm.tok >= r.tok && cm.tok < r.end {
			return true
		}
	}
	return false
}

// triggerFits rejects trigger words used otherwise: "called for", "spoke to
// reporters", "travel restrictions". Each group of surfaces has its test.
func (x *Extractor) triggerFits(e triggerEntry, toks []token, i, j int) bool {
	if e.Surface == "visiting" && x.visitingOffice(toks, j) {
		return false
	}
	switch e.Surface {
	case "received", "receive", "receives":
		return x.receivesGuest(toks, j)
	case "talked with", "talked to", "consulted with", "dined with", "chatted with":
		// "talked with President N", "consulted with his counterpart";
		// "talked to reporters", "consulted with experts" are none.
		return x.officeAhead(toks, j) || j < len(toks) && toks[j].upper && toks[j].kind == tokWord && !unnamedGroupWords[toks[j].lower]
	case "spoke", "speaks":
		// "The Prime Minister spoke to President N", as British
		// readouts write a call; "spoke to reporters" is none.
		if j < len(toks) && toks[j].lower == "to" && x.officeAhead(toks, j+1) {
			return true
		}
	case "called":
		return x.callsPerson(toks, i, j)
	case "called on", "call on", "calls on":
		return x.callsOnPerson(toks, j)
	}
	fits, ok := fitTests[e.Surface]
	if !ok {
		return true
	}
	ctx := triggerContext{toks: toks, i: i, j: j}
	if j < len(toks) {
		ctx.next = toks[j].lower
	}
	if i > 0 {
		ctx.prev = toks[i-1].lower
	}
	return fits(ctx)
}

// receivesGuest: after "received" at token j comes a guest, not a thing:
// "received a letter" and "received the Senate's report" are no meetings;
// "received the Philippines' foreign minister", a guest named by a state's
// possessive and an office, is one, as is any name or title not opened by
// an article.
func (x *Extractor) receivesGuest(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	switch toks[j].lower {
	case "a", "an":
		return false
	case "the":
	default:
		return true
	}
	// "received the two ministers": the pair told before.
	if end, _ := pairPhrase(toks, j); end > 0 {
		return true
	}
	for k := j + 1; k < len(toks) && k < j+9; k++ {
		t := toks[k]
		if t.kind == tokPoss {
			_, _, office := x.titles.match(toks, k+1)
			return office && toks[k-1].upper
		}
		if t.kind != tokWord || !t.upper && t.lower != "of" && t.lower != "the" {
			return false
		}
	}
	return false
}

// callsPerson: "called" at toks[i:j] is a telephone call only with a
// person after it: an office ("called President N", "called the Peruvian
// foreign minister") or "his counterpart"; not "called for", "called on",
// "called the attack a crime", "so-called".
func (x *Extractor) callsPerson(toks []token, i, j int) bool {
	if i > 0 && (toks[i-1].lower == "so" || toks[i-1].text == "-") {
		return false
	}
	k := j
	if k < len(toks) && (toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "their" || toks[k].lower == "the") {
		k++
	}
	for ; k < len(toks) && k < j+5; k++ {
		if toks[k].lower == "counterpart" || toks[k].lower == "counterparts" {
			return true
		}
		if _, _, ok := x.titles.match(toks, k); ok {
			return !objectComplement(toks, k)
		}
		if !toks[k].upper || toks[k].kind != tokWord {
			return false // a state's demonym or name may stand before the office
		}
	}
	return false
}

// callsOnPerson: "called on President N" pays N a visit; "called on
// President N to resign", "called on all parties" and "called on Peru to
// act" are appeals.
func (x *Extractor) callsOnPerson(toks []token, j int) bool {
	k := j
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "his" || toks[k].lower == "her") {
		k++
	}
	office := false
	for ; k < len(toks) && k < j+4 && toks[k].upper; k++ {
		if _, _, ok := x.titles.match(toks, k); ok {
			office = true
			break
		}
	}
	if !office {
		return false
	}
	for m := k; m < len(toks) && m < k+12; m++ {
		switch {
		case toks[m].lower == "to" && m+1 < len(toks) && !toks[m+1].upper:
			return visitOfPurpose(toks, k, m) // an appeal ("to resign", "to act") unless the call has a place or a talk for purpose
		case toks[m].text == "." || toks[m].text == ";":
			return true
		}
	}
	return true
}

// unnamedGroupWords open a capitalised phrase that names no one a
// person talks with ("The", a sentence's capital after a colon).
var unnamedGroupWords = map[string]bool{"the": true, "a": true, "an": true}

// officeAhead: an office opens the phrase at token k, after a
// determiner and a state's name, demonym or possessive ("Prime Minister
// N", "Kenya's Cabinet Secretary for Foreign Affairs, N", "his Ghanaian
// counterpart"), as the object of "spoke to".
func (x *Extractor) officeAhead(toks []token, k int) bool {
	if k < len(toks) && (toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "their" || toks[k].lower == "the") {
		k++
	}
	for end := k + 5; k < len(toks) && k < end; k++ {
		if toks[k].lower == "counterpart" || toks[k].lower == "counterparts" {
			return true
		}
		if _, _, ok := x.titles.match(toks, k); ok {
			return !objectComplement(toks, k)
		}
		if toks[k].kind != tokPoss && (!toks[k].upper || toks[k].kind != tokWord) {
			return false
		}
	}
	return false
}

// objectComplement: the person named from k on is called something ("called
// President N a friend"), not telephoned.
func objectComplement(toks []token, k int) bool {
	for m := k; m < len(toks) && m < k+10; m++ {
		t := toks[m]
		if t.upper || t.lower == "of" || t.lower == "the" || t.kind == tokPoss || t.text == "," {
			continue
		}
		return t.lower == "a" || t.lower == "an"
	}
	return false
}

// visitingOffice: "visiting" qualifies the office after it ("visiting
// Dutch Prime Minister N held talks with ..."): its holder is the guest of
// the engagement the sentence states, which carries the visit.
func (x *Extractor) visitingOffice(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+4 && toks[k].upper; k++ {
		if x.isTitleWord(toks[k].lower) {
			return true
		}
	}
	return false
}

// triggerContext is a trigger at toks[i:j] with the words around it.
type triggerContext struct {
	toks       []token
	i, j       int
	prev, next string
}

// after: one of words stands within n tokens after the trigger.
func (c triggerContext) after(n int, words ...string) bool {
	for k := c.j; k < len(c.toks) && k < c.j+n; k++ {
		if slices.Contains(words, c.toks[k].lower) {
			return true
		}
	}
	return false
}

// before: one of words stands within n tokens before the trigger.
func (c triggerContext) before(n int, words ...string) bool {
	for k := c.i - 1; k >= 0 && k >= c.i-n; k-- {
		if slices.Contains(words, c.toks[k].lower) {
			return true
		}
	}
	return false
}

// afterDate moves the context past a date that follows the trigger ("will
// travel Oct. 6-11 to", "leaves on Monday for"), so the words it tests are
// the trigger's complement.
func (c triggerContext) afterDate() triggerContext {
	k := c.j
	if k < len(c.toks) && c.toks[k].lower == "on" {
		k++
	}
	start := k
	for k < len(c.toks) && k < start+6 && dateWord(c.toks[k]) {
		k++
	}
	if k == start {
		return c
	}
	c.j = k
	return c
}

// dateWord: a token a date is written with: a month or weekday, a day
// number, a range dash or the comma before a year.
func dateWord(t token) bool {
	return t.kind == tokNumber || timeWords[t.lower] || t.text == "-" || t.text == "–" || t.text == "," || t.lower == "sept." || t.lower == "sep."
}

// fitTests maps a trigger surface to the test that it states an engagement.
var fitTests = map[string]func(triggerContext) bool{}

// meetsANeed: nouns of what one satisfies rather than whom one sees, the
// objects of "meet" in its sense of fulfilling ("meet demand", "met its
// obligations", "meet the cost of the programme").
var meetsANeed = []string{
	"challenges", "challenge", "needs", "need", "requirements", "requirement", "demands", "demand",
	"goals", "goal", "targets", "target", "obligations", "obligation", "expectations", "standards",
	"criteria", "deadline", "deadlines", "commitments", "costs", "cost", "expenses", "shortfall",
	"quota", "quotas", "threshold", "benchmarks",
}

// meetsObject: within four tokens after "meet" stands a noun of
// meetsANeed as the verb's own object ("meet the country's needs"), with
// no preposition or punctuation before it:
// "met amid rising demand", "met to discuss the needs of refugees" still
// meet someone.
func meetsObject(c triggerContext) bool {
	for k := c.j; k < len(c.toks) && k < c.j+4; k++ {
		w := c.toks[k].lower
		if slices.Contains(meetsANeed, w) {
			return true
		}
		if kind := c.toks[k].kind; kind != tokWord && kind != tokPoss || meetObjectStops[w] {
			return false
		}
	}
	return false
}

// meetObjectStops end the object of "meet" before a need noun is reached.
var meetObjectStops = map[string]bool{
	"amid": true, "with": true, "on": true, "in": true, "at": true, "to": true, "for": true, "over": true,
	"about": true, "and": true, "after": true, "before": true, "during": true, "despite": true, "as": true,
}

func init() {
	add := func(test func(triggerContext) bool, surfaces ...string) {
		for _, s := range surfaces {
			fitTests[s] = test
		}
	}
	add(fitsCall, "call", "calls")
	// "spoke by phone with", "spoke via video link with": the medium
	// stands between the verb and its "with".
	add(func(c triggerContext) bool {
		return c.after(3, "with", "by") || c.after(1, "via", "over") && c.after(5, "with")
	}, "spoke", "speaks")
	add(func(c triggerContext) bool { return c.afterDate().after(3, "to") || journeyTakes(c) || departsFor(c) },
		"travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip", "flies", "fly", "flew", "flying", "heads", "headed", "leaves", "left",
		"departed", "departs", "head", "jetted off", "trade mission", "trade missions", "business mission")
	// "will leave for Singapore on Nov. 11", "is due to leave for Bamako":
	// the bare verb states a journey only with "for" and a place after it
	// (departsFor); "leave office", "on leave", "leave the bloc" are none.
	add(departsFor, "leave")
	// "toured Mali and Chad", "is touring the Sahel states": a state right
	// after the verb is the place; "toured the plant" names none.
	add(placeNext, "toured", "touring")
	// "a tour of Peru and Chile", "his European tour took him to A and
	// B"; "toured the plant" is none.
	add(func(c triggerContext) bool {
		return c.after(1, "of") || c.afterDate().after(3, "to") || journeyTakes(c) || placeNext(c)
	}, "tour")
	add(func(c triggerContext) bool {
		return c.prev != "a" && c.prev != "the" && c.prev != "as" && c.next != "country" && c.next != "nation"
	}, "host", "hosts", "hosted")
	add(func(c triggerContext) bool { return c.prev != "press" && c.next != "room" }, "meeting", "meetings")
	// "I'll sit down with the Premier", "sitting down with her
	// counterpart": a meeting once its "with" names the other side; "sit
	// down to dinner", "sit down and negotiate" are none.
	add(func(c triggerContext) bool { return c.after(4, "with") }, "sit down", "sitting down")
	// "meet the challenges", "met the requirements", "meet its own
	// demand", "help the government meet its costs": the verb's other
	// sense, satisfying a need or a bill, whose object is a thing and
	// meets nobody; the nouns in both numbers, as English writes either.
	add(func(c triggerContext) bool { return !meetsObject(c) }, "meet", "meets", "met")
	// "establish a climate working group": a body to be, no meeting.
	add(func(c triggerContext) bool {
		return !c.before(10, "establish", "launch", "create", "form", "set", "pursue", "establishing", "creating", "launching", "forming")
	}, "working group", "dialogue", "consultations")
	add(fitsWelcome, "welcomed", "welcome", "welcomes", "welcoming")
	// "met at ministerial level", "ministerial-level talks": a rank of
	// the meeting, not a ministerial of its own.
	add(func(c triggerContext) bool { return c.next != "level" && c.next != "-" }, "ministerial")
	// "will stop in Panama City", "a planned stop in Conakry": a stop of
	// a tour at a named place; "a stop in the fighting" is none.
	add(func(c triggerContext) bool { return c.j < len(c.toks) && c.toks[c.j].upper },
		"stop in", "stops in", "stopped in", "stopping in", "stopover in")
	// "Today we will discuss trade": a speaker telling the agenda of the
	// meeting under way, not an engagement of its own.
	add(func(c triggerContext) bool {
		return !(c.before(3, "we") && c.before(2, "will", "shall", "'ll"))
	}, "discuss")
}

// journeyTakes: a journey noun is the subject of "take" whose object is
// its traveller and whose "to" gives its places: "the trip will also
// take her to Ghana", "his three-nation tour took him on to Paris",
// "the tour, which had been planned to take him to A and B".
func journeyTakes(c triggerContext) bool {
	for k := c.j; k < len(c.toks) && k < c.j+maxJourneyTake; k++ {
		if !takeForms[c.toks[k].lower] {
			continue
		}
		for m := k + 1; m < len(c.toks) && m <= k+4; m++ {
			if c.toks[m].lower == "to" {
				return true
			}
		}
		return false
	}
	return false
}

// placeNext: a capitalised name, not a day, follows the verb ("will
// tour Mali", "toured Bamako and Niamey").
func placeNext(c triggerContext) bool {
	return c.j < len(c.toks) && c.toks[c.j].upper && c.toks[c.j].kind == tokWord && !dateWord(c.toks[c.j])
}

// departsFor: "left for Bamako", "departed for Mali", "flew into
// Lima": a journey verb whose "for" or "into" a place's name follows
// ("left for talks", "left for home" are no journey to a place).
func departsFor(c triggerContext) bool {
	return c.j+1 < len(c.toks) && (c.next == "for" || c.next == "into") && c.toks[c.j+1].upper && c.toks[c.j+1].kind == tokWord
}

// maxJourneyTake bounds the words between a journey noun and its "take"
// (", which had been planned to", "will also").
const maxJourneyTake = 8

var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// fitsCall: "called for", "calls on", "a wake-up call" are no calls, nor
// is an appeal taken up ("the call was echoed by", "the calls were
// echoed").
func fitsCall(c triggerContext) bool {
	switch c.next {
	case "for", "on", "upon", "by", "to":
		return false
	case "was", "were":
		k := c.j + 1
		if k < len(c.toks) && strings.HasSuffix(c.toks[k].lower, "ly") {
			k++ // "was promptly echoed"
		}
		if k < len(c.toks) && appealVerbs[c.toks[k].lower] {
			return false
		}
	}
	return c.prev != "wake-up" && !namingCall(c)
}

// appealVerbs take up an appeal.
var appealVerbs = map[string]bool{
	"seconded": true, "echoed": true, "backed": true, "endorsed": true, "supported": true, "rejected": true,
	"dismissed": true, "heeded": true, "answered": true, "repeated": true, "renewed": true, "ignored": true,
}

// fitsWelcome: "welcomed the meeting", "welcomed the agreement": approval
// of an engagement or a text, not a host's welcome.
func fitsWelcome(c triggerContext) bool {
	for k := c.j; k < len(c.toks) && k < c.j+4; k++ {
		switch c.toks[k].lower {
		case "agreement", "progress", "anniversary", "decision", "statement", "document", "plan", "deal", "accord", "text", "proposal", "move", "news", "report", "announcement", "opportunity", "steps", "efforts":
			return false
		}
		if nounTriggers[c.toks[k].lower] {
			return false
		}
	}
	return true
}

// statusOf reads tense and modality around a trigger.
func statusOf(toks []token, t trig) string {
	from := max(0, nameStart(toks, t)-8)
	if nounTriggers[t.entry.Surface] && didNotHappen(toks, t.end) >= 0 {
		return "cancelled" // "the meeting planned for Monday did not take place"
	}
	if k := cancelledAround(toks, t, from); k >= 0 {
		if postponedTo(toks, k) {
			return "scheduled" // postponed to a stated time (GUIDELINES)
		}
		return "cancelled"
	}
	if t.entry.Past {
		return "held"
	}
	if preparedFor(toks, t.tok) {
		return "scheduled" // "discussed preparations for the summit in July"
	}
	// "From Niamey, she flies to Benin": news tells plans in the present.
	switch t.entry.Surface {
	case "flies", "travels", "heads", "leaves":
		return "scheduled"
	}
	for k := from; k < t.end+2 && k < len(toks); k++ {
		if futureAt(toks, k) && !laterThenPast(toks, k) {
			return "scheduled"
		}
	}
	if futureConjunct(toks, t.tok, from, nounTriggers[t.entry.Surface]) {
		return "scheduled"
	}
	return "held"
}

// futureConjunct: the trigger's verb phrase is the second of two joined by
// "and" under one auxiliary of the future ("will meet the Foreign Minister
// and call on the Prime Minister", "is scheduled to hold talks with X, and
// to pay a courtesy call on Y"): the auxiliary, beyond the window statusOf
// reads, governs both. Only a few words may stand between "and" and the
// trigger, and the auxiliary must stand in the same clause.
func futureConjunct(toks []token, at, from int, noun bool) bool {
	and := -1
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		if toks[k].lower == "and" {
			and = k
			break
		}
		if toks[k].kind == tokPunct {
			return false
		}
	}
	if and < 0 || noun && !verbBefore(toks, and+1, at) {
		return false // "conditions on the ground and discussions with": a noun's conjunct
	}
	for k := and - 1; k >= 0 && k >= and-maxConjunctReach; k-- {
		w := toks[k].lower
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if k < from && futureAuxiliaryAt(toks, k) {
			return true
		}
	}
	return false
}

// verbBefore: an infinitive's "to" or a light verb that makes an
// engagement noun a verb phrase ("and to pay a courtesy call", "and hold
// talks") stands in toks[from, to).
func verbBefore(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].lower {
		case "to", "pay", "hold", "have", "make", "attend":
			return true
		}
	}
	return false
}

// maxConjunctReach bounds how far before "and" the first conjunct's
// auxiliary may stand (its verb, object and a title with a name).
const maxConjunctReach = 24

// futureAuxiliaryAt: a modal or a "be to"/"be scheduled to" form of the
// future at token k; not the adverbs ("later", "next") futureAt also reads,
// which date rather than govern a verb phrase far away.
func futureAuxiliaryAt(toks []token, k int) bool {
	switch toks[k].lower {
	case "will", "shall", "'ll", "would", "scheduled", "slated", "expected", "due", "plans", "intends":
		return true
	}
	return futureAt(toks, k) && (toks[k].lower == "is" || toks[k].lower == "are")
}

// preparedFor: the engagement noun at token k is what is prepared for or
// coming ("preparations for the NATO summit", "the upcoming round", "the
// forthcoming visit"), a few words back in its noun phrase: it is still to
// come, whatever the tense of the verb that tells the preparing.
func preparedFor(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := toks[j].lower
		switch {
		case w == "upcoming" || w == "forthcoming":
			return true
		case w == "for" && j > 0 && (toks[j-1].lower == "preparations" || toks[j-1].lower == "preparation"):
			return true
		case toks[j].kind == tokPunct && w != "-":
			return false
		}
	}
	return false
}

// laterThenPast: "later held talks", "later met": a "later" right before a
// verb in the past tense orders what happened, it does not tell a plan.
func laterThenPast(toks []token, k int) bool {
	return toks[k].lower == "later" && k+1 < len(toks) && pastAfterLater[toks[k+1].lower]
}

// pastAfterLater are the past-tense verbs an account of meetings puts
// after "later".
var pastAfterLater = map[string]bool{
	"met": true, "held": true, "had": true, "hosted": true, "received": true, "joined": true, "spoke": true,
	"talked": true, "visited": true, "signed": true, "called": true, "travelled": true, "traveled": true,
}

// nameStart is where the capitalised name of an engagement noun begins
// ("will lead the delegation to the U.S.-Ghana Strategic Dialogue"): the
// words of a long name do not push the tense out of reach.
func nameStart(toks []token, t trig) int {
	k := t.tok
	if !nounTriggers[t.entry.Surface] || !toks[k].upper {
		return k
	}
	for k > 0 && t.tok-k < 8 && (toks[k-1].upper || toks[k-1].text == "-" || toks[k-1].text == "–") {
		k--
	}
	return k
}

// cancelledAround returns where "postponed", "called off" stands near the
// trigger, in its sentence, or -1.
func cancelledAround(toks []token, t trig, from int) int {
	for k := from; k < t.end+7 && k < len(toks); k++ {
		w := toks[k].lower
		if cancelCues[w] || (w == "put" || w == "puts" || w == "called" || w == "calls") && k+1 < len(toks) && toks[k+1].lower == "off" {
			return k
		}
		// "I am unable to travel to Accra": the plan is off.
		if w == "unable" && k+2 == t.tok && toks[k+1].lower == "to" {
			return k
		}
		if toks[k].text == ";" || toks[k].text == "." && k >= t.end {
			break
		}
	}
	return -1
}

// didNotHappen returns where the predicate of an engagement noun says it
// never happened ("the meeting, which had been planned for Wednesday, did
// not take place", "the talks never took place", "the visit was not held",
// "the summit fell through"), or -1. It looks past a relative clause
// between the noun and its verb but not past the sentence or a semicolon.
func didNotHappen(toks []token, end int) int {
	for k := end; k+1 < len(toks) && k < end+maxNotHappenGap; k++ {
		w := toks[k].lower
		if w == ";" || w == "." {
			return -1
		}
		if neverHappenedAt(toks, k) {
			return k
		}
	}
	return -1
}

// neverHappenedAt: the words from k say an engagement never happened:
// "not take place", "never took place", "never materialised", "was not
// held", "fell through".
func neverHappenedAt(toks []token, k int) bool {
	w, next := toks[k].lower, toks[k+1].lower
	switch {
	case w == "fell":
		return next == "through"
	case w == "not" && next == "held":
		return k > 0 && (toks[k-1].lower == "was" || toks[k-1].lower == "were")
	case w != "not" && w != "never":
		return false
	case next == "take" || next == "took":
		return k+2 < len(toks) && toks[k+2].lower == "place"
	}
	return unhappenedVerbs[next]
}

// unhappenedVerbs follow "not" or "never" to say an engagement never
// happened.
var unhappenedVerbs = map[string]bool{
	"happen": true, "happened": true, "materialize": true, "materialise": true, "materialized": true, "materialised": true,
}

// maxNotHappenGap bounds the words from an engagement noun to the verb
// that says it never happened (", which had been under discussion for
// weeks, did not").
const maxNotHappenGap = 24

// postponedTo: the cue at k moves the engagement to a stated time
// ("postponed until March 20", "delayed to next week").
func postponedTo(toks []token, k int) bool {
	switch toks[k].lower {
	case "postponed", "postpone", "postpones", "postponing", "delayed", "put":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		w := toks[j].lower
		if w != "to" && w != "until" && w != "till" {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].kind == tokNumber || timeWords[toks[j+1].lower]) {
			return true
		}
		// "postponed to the autumn", "put off until the spring"
		if j+2 < len(toks) && toks[j+1].lower == "the" && seasonMonths[toks[j+2].lower] != [2]int{} {
			return true
		}
	}
	return false
}

// timeWords begin a stated time: "until March 20", "to next week".
var timeWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true,
	"feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"next": true, "later": true, "early": true, "late": true, "mid": true,
}

// futureAt: token k says the future: "will", "is to", "are set", "to be".
func futureAt(toks []token, k int) bool {
	w := toks[k].lower
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].lower
	}
	return futureCues[w] || (w == "is" || w == "are") && (next == "to" || next == "set") || w == "to" && next == "be"
}

// locationCity reads the city before "City, Country" or a capital named as a place.
func locationCity(d *document, toks []token, cm countryMention) string {
	if cm.kind == lexicon.PhraseCapital {
		city := cm.text
		// "Washington, D.C."
		if cm.end+1 < len(toks) && toks[cm.end].text == "," && toks[cm.end+1].text == "D.C." {
			city += ", D.C."
		}
		return city
	}
	if cm.tok >= 2 && toks[cm.tok-1].text == "," && toks[cm.tok-2].kind == tokWord && toks[cm.tok-2].upper {
		k := cm.tok - 2
		for k > 0 && toks[k-1].kind == tokWord && toks[k-1].upper {
			k--
		}
		// Only "in City, Country": a name before a comma may be a person's.
		if k > 0 && (locatives[toks[k-1].lower] || toks[k-1].lower == "and") {
			return d.text[toks[k].start:toks[cm.tok-2].end]
		}
	}
	return ""
}

func appendUniqueStr(xs []string, v string) []string {
	for _, x := range xs {
		if x == v {
			return xs
		}
	}
	return append(xs, v)
}

// quotedTokens marks the tokens inside quotation marks.
func quotedTokens(toks []token) map[int]bool {
	var out map[int]bool
	open := false
	for i, t := range toks {
		switch t.text {
		case "“":
			open = true
			continue
		case "”":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		if open {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// topicTrigger: what follows "discussed" is a topic, with its own dates.
func topicTrigger(surface string) bool {
	return strings.HasPrefix(surface, "discuss") || strings.HasPrefix(surface, "talk")
}

// ordinalIn returns the ordinal word of an engagement's name, if any.
func ordinalIn(name string) string {
	for _, w := range strings.Fields(name) {
		switch w {
		case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth":
			return w
		}
		if len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
			return w
		}
	}
	return ""
}

func hasDay(dms []dateMention) bool {
	for _, dm := range dms {
		if dm.value.d > 0 && !dm.relative {
			return true
		}
	}
	return false
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func shareAny(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func containsStr(xs []string, v string) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func subsetStr(a, b []string) bool {
	for _, x := range a {
		if !containsStr(b, x) {
			return false
		}
	}
	return true
}

// datesNear: compatible, or days at most three apart (a visit's days).
func datesNear(a, b date) bool {
	if a.overlaps(b) {
		return true
	}
	if a.d > 0 && b.d > 0 {
		diff := a.time().Sub(b.time()).Hours() / 24
		return diff >= -3 && diff <= 3
	}
	return false
}

// kindClass is the class of kinds that may describe one engagement
// (attache.MeetingKind.Class): a call, a visit, or a meeting of any form.
func kindClass(k string) attache.MeetingKind { return attache.MeetingKind(k).Class() }

// sameEngagement decides whether candidate c restates engagement m: kinds,
// dates, tense and names that agree, and parties that one holds of the
// other's.
func (x *Extractor) sameEngagement(m, c *candidate, countryOf func(*candidate) []string) bool {
	if !kindsAgree(m, c) || !datesAgree(m, c) || !tensesAgree(m, c) || separateEncounters(m, c) || besideSummit(m, c) || metApart(m, c) || datedElsewhere(m, c) {
		return false
	}
	// "the Third Summit" is not "the First Summit".
	if a, b := ordinalIn(m.name), ordinalIn(c.name); a != "" && b != "" && a != b {
		return false
	}
	return partiesAgree(m, c, countryOf(m), countryOf(c))
}

// metApart: one holds someone the other's account met apart from it.
func metApart(m, c *candidate) bool {
	return shareAny(m.people, c.apartFrom) || shareAny(c.people, m.apartFrom)
}

// datedElsewhere: a dated visit to one state is not an engagement held in
// another ("received N in the Kremlin ... the visit to Lima by Prime
// Minister P in December"): the two are told apart by their places.
func datedElsewhere(m, c *candidate) bool {
	if m.locCode == "" || c.locCode == "" || m.locCode == c.locCode {
		return false
	}
	return m.kind == "visit" && m.hasDate || c.kind == "visit" && c.hasDate
}

// besideSummit: a meeting held on the sidelines of a summit or of a named
// gathering is not that gathering ("met X on the occasion of the
// Trilateral Summit", "On the sidelines of the Dialogue, A met B").
func besideSummit(m, c *candidate) bool {
	return m.sideline && heldBeside(c, m) || c.sideline && heldBeside(m, c)
}

// heldBeside: g is a gathering the sideline meeting s is held beside: a
// summit, or an engagement the body tells by its own name ("the Sahel
// Dialogue") that s does not refer back to ("the trilateral session, held
// on the margins of ..." restates the meeting told before).
func heldBeside(g, s *candidate) bool {
	return g.kind == "summit" || g.name != "" && !g.sideline && !g.headline && !s.definite
}

// separateEncounters: "X met A. X also met B": two accounts of an
// engagement in their own words, each with someone the other lacks, are two
// encounters of one side, not one meeting told twice ("the meeting" would
// refer back).
func separateEncounters(m, c *candidate) bool {
	if c.definite || m.headline || c.headline || len(m.people) < 2 || len(c.people) < 2 {
		return false
	}
	if (m.weak || c.weak) && !welcomeAndMeal(m, c) && !welcomeAndMeal(c, m) {
		return false
	}
	return !subsetInt(c.people, m.people) && !subsetInt(m.people, c.people)
}

// welcomeAndMeal: w is only a welcome ("X welcomed Y") and f a meal given
// for the guest ("Z hosted a dinner for Y"). With someone each lacks, the
// meal is an encounter of its own host, not the welcome told again.
func welcomeAndMeal(w, f *candidate) bool {
	return w.weak && !f.weak && triggersAll(w, welcomeForms) && triggersAny(f, mealNouns)
}

// welcomeForms say a host received a guest; mealNouns end a meal's trigger.
var (
	welcomeForms = map[string]bool{"welcomed": true, "welcomes": true, "welcome": true, "welcoming": true}
	mealNouns    = map[string]bool{"lunch": true, "dinner": true, "breakfast": true, "luncheon": true, "banquet": true}
)

// triggerSurfaces lists the trigger words that stated a candidate (its
// rules "trigger:<surface>").
func triggerSurfaces(c *candidate) []string {
	var out []string
	for _, r := range c.rules {
		if s, ok := strings.CutPrefix(r, "trigger:"); ok {
			out = append(out, s)
		}
	}
	return out
}

// triggersAll: every trigger of c is one of the forms.
func triggersAll(c *candidate, forms map[string]bool) bool {
	ss := triggerSurfaces(c)
	for _, s := range ss {
		if !forms[s] {
			return false
		}
	}
	return len(ss) > 0
}

// triggersAny: some trigger of c ends with one of the words ("hosted a
// working lunch" ends with "lunch").
func triggersAny(c *candidate, words map[string]bool) bool {
	for _, s := range triggerSurfaces(c) {
		if words[s[strings.LastIndexByte(s, ' ')+1:]] {
			return true
		}
	}
	return false
}

func subsetInt(a, b []int) bool {
	for _, x := range a {
		if !containsInt(b, x) {
			return false
		}
	}
	return true
}

// kindsAgree: both are calls, visits or meetings; a weak mention may be any
// ("discussed" in a call's readout is the call), and a visit may restate a
// meeting of its visitor.
func kindsAgree(m, c *candidate) bool {
	fm, fc := kindClass(m.kind), kindClass(c.kind)
	if (c.weak || m.weak) && fm != attache.KindVisit && fc != attache.KindVisit {
		return true
	}
	return fm == fc || fc == attache.KindVisit && fm == attache.KindMeeting && (len(c.people) > 0 && shareAny(m.people, c.people) || len(c.people) == 0 && c.definite)
}

// datesAgree: the dates may be one day; "the summit" may refer to one of
// the same month.
func datesAgree(m, c *candidate) bool {
	return m.date.overlaps(c.date) || c.definite && m.date.y == c.date.y && m.date.m == c.date.m
}

// tensesAgree: same status, or a weak mention, or a headline whose loose
// tense ("meets" for "will meet", "resume talks" for talks resumed) is
// matched by people, offices or the headline's states on both sides.
func tensesAgree(m, c *candidate) bool {
	if m.status == c.status {
		return true
	}
	// "This meeting, hosted by X, will ...": a reference back read as held
	// only because no tense stands near it.
	if c.demonstrative && c.status == "held" && m.status == "scheduled" {
		return true
	}
	// "The two sides will continue discussions": a weak mention in the
	// future is a further engagement, not the one held.
	if c.weak {
		return !(c.status == "scheduled" && m.status == "held" && !m.headline)
	}
	return (m.headline || c.headline) && namesParties(m) && namesParties(c)
}

// namesParties: the candidate names someone or some state that takes part;
// a headline may name its parties only as states ("A and B resume border
// talks").
func namesParties(c *candidate) bool {
	return len(c.people)+len(c.countries) > 0 || c.headline && len(c.stateMentions) > 0
}

// partiesAgree: "the meeting" may name any gathering told before, "the
// summit" a summit; else the people must overlap and the states of one be
// among the other's.
func partiesAgree(m, c *candidate, mc, cc []string) bool {
	sameKind := m.kind == c.kind || c.kind == "meeting" && kindClass(m.kind) == attache.KindMeeting
	if agree, decided := settingDecides(m, c); decided {
		return agree
	}
	if c.definite && !c.weak && (len(m.people)+len(mc) > 0 || sameKind && !m.weak) && (len(cc) == 0 || sameKind || len(mc) > 0 && (subsetStr(cc, mc) || subsetStr(mc, cc))) {
		return true
	}
	if len(m.people) > 0 && len(c.people) > 0 {
		return shareAny(m.people, c.people) && (subsetStr(cc, mc) || subsetStr(mc, cc))
	}
	if encounterAmongMany(m, c, mc, cc) || encounterAmongMany(c, m, cc, mc) {
		return false
	}
	if len(cc) == 0 || len(mc) == 0 {
		return false
	}
	return subsetStr(cc, mc) || subsetStr(mc, cc)
}

// encounterAmongMany: e is an encounter of named people of fewer states
// than the gathering g, which the text tells only by its states ("talks
// among A, B, C, D, E and F"; later "In B, N held talks with M of C"):
// a bilateral among some of its states is not the gathering told again.
func encounterAmongMany(g, e *candidate, gc, ec []string) bool {
	return len(g.people) == 0 && len(gc) >= 3 && len(e.people) >= 2 && !e.definite && len(ec) < len(gc)
}

// settingDecides: a definite reference's setting decides whether it
// restates m: its city or day names m (namedBySetting), or "the meeting in
// Nairobi" is not the one told in Niamey.
func settingDecides(m, c *candidate) (agree, decided bool) {
	if !c.definite {
		return false, false
	}
	if !c.weak && namedBySetting(m, c) {
		return true, true
	}
	if c.city != "" && m.city != "" && c.city != m.city {
		return false, true
	}
	return false, false
}

// namedBySetting: a definite reference names engagement m by its setting,
// its city or its day ("Present at the talks in Lome were the ministers
// of A, B and C", "the meeting of 4 March"): whoever it lists joined m,
// though they share no party with it and another engagement was told in
// between.
func namedBySetting(m, c *candidate) bool {
	if kindClass(m.kind) != kindClass(c.kind) || m.weak {
		return false
	}
	if c.city != "" && c.city == m.city {
		return true
	}
	return c.hasDate && m.hasDate && c.date.d > 0 && c.date == m.date
}

// moveInto folds candidate c into m (same sentence).
func moveInto(m, c *candidate) {
	for _, p := range c.people {
		m.people = appendUnique(m.people, p)
	}
	for _, cc := range c.countries {
		m.countries = appendUniqueStr(m.countries, cc)
	}
	for _, cc := range c.stateMentions {
		m.stateMentions = appendUniqueStr(m.stateMentions, cc)
	}
	if !m.hasDate && c.hasDate {
		m.hasDate, m.date = true, c.date
	}
	if m.locCode == "" {
		m.locCode, m.city = c.locCode, c.city
	}
	*c = candidate{gone: true}
}

// mergeInto folds the restatement c into engagement m.
func mergeInto(m *candidate, c candidate) {
	for _, p := range c.people {
		m.people = appendUnique(m.people, p)
	}
	for _, cc := range c.countries {
		m.countries = appendUniqueStr(m.countries, cc)
	}
	for _, cc := range c.stateMentions {
		m.stateMentions = appendUniqueStr(m.stateMentions, cc)
	}
	for _, p := range c.apartFrom {
		m.apartFrom = appendUnique(m.apartFrom, p)
	}
	m.group = m.group || c.group // a group's members take part however it is restated
	m.sents = append(m.sents, c.sents...)
	m.rules = append(m.rules, c.rules...)
	mergeDate(m, c)
	if m.name == "" {
		m.name = c.name
	}
	if m.after && m.kind == "visit" && m.date.d > 0 {
		m.date.d = 0
	}
	if m.locCode == "" && c.locCode != "" {
		m.locCode, m.city = c.locCode, c.city
	} else if m.city == "" && c.city != "" && c.locCode == m.locCode {
		m.city = c.city
	}
	// A later mention in the body tells the headline's tense, unless it
	// only refers back ("the visit"), which has no tense of its own.
	if m.headline && !c.headline && !c.definite {
		m.status = c.status
		m.headline = false
		m.para = c.para
	}
	mergeKind(m, c)
}

// mergeDate keeps the finer date, and of two days the earlier (a
// multi-day engagement is dated by its first day).
func mergeDate(m *candidate, c candidate) {
	if c.hasDate {
		if !m.hasDate {
			m.date, m.hasDate = c.date, true
		} else if m.date.precision().Rank() < c.date.precision().Rank() || c.date.d > 0 && m.date.d > 0 && c.date.time().Before(m.date.time()) {
			m.date = c.date
		}
	}
	if c.after {
		m.after = true
	}
}

// mergeKind: an event mention makes a weak one an event of its kind, and
// the more specific kind wins.
func mergeKind(m *candidate, c candidate) {
	if !c.weak {
		if m.weak {
			m.kind = c.kind
		}
		m.weak = false
	}
	if attache.MeetingKind(c.kind).Rank() > attache.MeetingKind(m.kind).Rank() && !c.weak {
		m.kind = c.kind
	}
}
