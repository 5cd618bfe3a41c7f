package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// settler holds what the article-level passes over the candidates read.
type settler struct {
	x      *Extractor
	d      *document
	sents  []sentence
	people []person
	// first is the states of the first engagement with two (the parties of
	// a statement); scanned is how many engagements were looked at for it.
	first   []string
	scanned int
}

// settle turns candidates into engagements: attaches, inherits parties,
// merges mentions of one engagement, dates readouts and drops what is no
// engagement between states.
func (x *Extractor) settle(d *document, sents []sentence, people []person, cands []candidate, legs []stay) []candidate {
	st := &settler{x: x, d: d, sents: sents, people: people}
	if x.trace != nil {
		for pi, p := range people {
			x.trace("person %d %s (%s)", pi, p.name, p.country)
		}
	}
	st.futureDated(cands)
	st.postponedByClause(cands)
	st.futureByClause(cands)
	st.spanAfterPrevious(cands)
	st.sameDayAsBefore(cands)
	st.openingDayOfGathering(cands)
	st.ledeDayBeforeMerge(cands)
	st.listedStatesOnly(cands)
	out := st.attachAndInherit(cands)
	x.traceCandidates("cand", out)
	merged := st.foldFutureRestatements(st.merge(x, out))
	x.traceCandidates("merged", merged)
	// A stay's day is surer than the publication date; a visit dated by
	// the publication date then dates the meetings of its trip.
	tripDatesBy(merged, st.countryOf, x.toldAsTrip)
	separateMeetingsShareDay(merged)
	// "On the sidelines of the meetings" gives back a day the text told,
	// surer than the publication date a readout falls back on.
	st.sidelinesOfToldGathering(merged)
	st.laterAtGathering(merged)
	merged = st.readoutDates(merged)
	st.bodyReadoutDates(merged)
	tripDatesBy(merged, st.countryOf, x.toldAsTrip)
	legDates(merged, legs)
	// A day the readout or the trip gave is known only now: what points
	// back at it ("later in the day", "met separately with A and B") takes
	// it.
	st.sameDayAsBefore(merged)
	separateMeetingsShareDay(merged)
	st.laterAtGathering(merged)
	st.sidelinesOfToldGathering(merged)
	st.companionsJoin(merged)
	st.companionsAlong(merged) // framepeople.go
	kept := st.dropHeadlineSummaries(st.dropCarriedVisits(merged))
	st.summitHostLeaders(kept)
	st.summitLeaders(kept)
	st.speakersJoinHeadline(kept)
	st.gatheringOfficeOnly(kept)
	st.principalJoins(kept)
	return st.dropCollectedCounterparts(st.keepInterstate(kept))
}

// dropCollectedCounterparts: an overview release tells a principal's
// separate meetings one by one ("the Secretary met the Egyptian minister
// ... spoke with her Israeli counterpart ... will meet the Saudi prince");
// a gathering of three or more states, each the state of one of its
// people, whose every person meets one same official outside it in a
// smaller engagement of the article is those meetings' counterparts
// collected into one, not a meeting of its own.
func (st *settler) dropCollectedCounterparts(final []candidate) []candidate {
	out := final[:0:0]
	byPerson := engagementsByPerson(final)
	for i := range final {
		e := &final[i]
		if len(e.countries) >= 3 && st.statesOfPeople(e) && metOneApart(final, byPerson, i) {
			if st.x.trace != nil {
				st.x.trace("collected %s %s people=%v c=%v sents=%v", e.kind, e.status, e.people, e.countries, e.sents)
			}
			continue
		}
		out = append(out, *e)
	}
	return out
}

// statesOfPeople: every state of e is the state of one of its people.
func (st *settler) statesOfPeople(e *candidate) bool {
	for _, cc := range e.countries {
		if !slices.ContainsFunc(e.people, func(pi int) bool { return st.people[pi].country == cc }) {
			return false
		}
	}
	return true
}

// engagementsByPerson lists each person's engagements, fewest states
// first, so that metOneApart reads only the smaller engagements of a
// gathering's people: scanning every engagement for every gathering was
// quadratic on long texts (half the time of a 10 MB article).
func engagementsByPerson(final []candidate) map[int][]int {
	by := map[int][]int{}
	for j := range final {
		for _, pi := range final[j].people {
			if l := by[pi]; len(l) == 0 || l[len(l)-1] != j {
				by[pi] = append(l, j)
			}
		}
	}
	for _, l := range by {
		slices.SortStableFunc(l, func(a, b int) int { return len(final[a].countries) - len(final[b].countries) })
	}
	return by
}

// metOneApart: some official outside final[e] meets its people in
// engagements of fewer states, at least two of them (separate meetings,
// not one smaller gathering they all attend): each of its people, or all
// but one, the one meeting another of them apart ("the Secretary met A's
// minister and B's; B's minister met C's the day before").
func metOneApart(final []candidate, byPerson map[int][]int, e int) bool {
	ep := final[e].people
	// apart[pi][q] lists the engagements smaller than e where pi meets q;
	// only an official met directly (a key of apart) can collect them.
	apart := map[int]map[int][]int{}
	var met []int
	for _, pi := range ep {
		apart[pi] = map[int][]int{}
		for _, j := range byPerson[pi] {
			if len(final[j].countries) >= len(final[e].countries) {
				break
			}
			for _, q := range final[j].people {
				if q != pi {
					apart[pi][q] = append(apart[pi][q], j)
					met = append(met, q)
				}
			}
		}
	}
	slices.Sort(met)
	for _, q := range slices.Compact(met) {
		if !containsInt(ep, q) && collectsAround(apart, ep, q) {
			return true
		}
	}
	return false
}

// collectsAround: official q meets the people ep in two engagements or
// more, each of them directly but at most one, who meets one q met.
func collectsAround(apart map[int]map[int][]int, ep []int, q int) bool {
	var seen []int
	direct := func(pi int) bool { return len(apart[pi][q]) > 0 }
	indirect := 0
	for _, pi := range ep {
		switch {
		case direct(pi):
			for _, j := range apart[pi][q] {
				if !containsInt(seen, j) {
					seen = append(seen, j)
				}
			}
		case slices.ContainsFunc(ep, func(o int) bool { return len(apart[pi][o]) > 0 && direct(o) }):
			indirect++
		default:
			return false
		}
	}
	return indirect <= 1 && len(seen) >= 2
}

func (x *Extractor) traceCandidates(what string, cs []candidate) {
	if x.trace == nil {
		return
	}
	for _, c := range cs {
		if what == "cand" {
			x.trace("cand %s %s %v people=%v c=%v sm=%v loc=%s weak=%v def=%v inh=%v sents=%v", c.kind, c.status, c.date, c.people, c.countries, c.stateMentions, c.locCode, c.weak, c.definite, c.inherit, c.sents)
		} else {
			x.trace("merged %s %s %v people=%v c=%v sm=%v loc=%s weak=%v def=%v sents=%v", c.kind, c.status, c.date, c.people, c.countries, c.stateMentions, c.locCode, c.weak, c.definite, c.sents)
		}
	}
}

// listedStatesOnly: "Minister N explained the outcome of the talks held
// among A, B and C": a gathering whose clause lists its states has no
// people of other states; they tell of it (groups.go, listedParticipants).
func (st *settler) listedStatesOnly(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if !slices.Contains(c.rules, ruleListedParticipants) {
			continue
		}
		c.people = slices.DeleteFunc(c.people, func(pi int) bool {
			cc := st.people[pi].country
			return cc != "" && !slices.Contains(c.countries, cc)
		})
	}
}

// countryOf lists the states taking part in c: its people's, its
// delegations', and the states named beside it when nothing else is.
func (st *settler) countryOf(c *candidate) []string {
	var out []string
	for _, pi := range c.people {
		if cc := st.people[pi].country; cc != "" {
			out = appendUniqueStr(out, cc)
		}
	}
	for _, cc := range c.countries {
		out = appendUniqueStr(out, cc)
	}
	// A summit's states are named in lists beside its leaders, and so are
	// those of a meeting that only officials of organisations chair, or
	// one a group's members all attend ("the ministers of the 10 ASEAN
	// nations and eight partners, among them A and B").
	if len(out) == 0 || c.kind == "summit" || c.group {
		for _, cc := range c.stateMentions {
			out = appendUniqueStr(out, cc)
		}
	}
	return out
}

// firstParties returns the states of the first engagement in out with two
// or more, looking only at engagements not yet looked at.
func (st *settler) firstParties(out []candidate) []string {
	for ; st.scanned < len(out) && st.first == nil; st.scanned++ {
		if cs := st.countryOf(&out[st.scanned]); len(cs) >= 2 {
			st.first = cs
		}
	}
	return st.first
}

// attachAndInherit places visits, joins attachments ("attended for
// Benin") to the latest event of their paragraph and gives candidates
// that name no party ("they", "the next meeting") the parties told before.
func (st *settler) attachAndInherit(cands []candidate) []candidate {
	var out []candidate
	for _, c := range cands {
		if c.kind == "visit" {
			st.placeVisit(&c, out)
			st.stopOfTrip(&c, out)
		}
		// "Foreign ministers attended for Benin": placed after merging.
		if c.govAttach {
			out = append(out, c)
			continue
		}
		if c.attach {
			if c.negated || st.attachToLatest(out, &c) {
				continue
			}
			c.weak = true
		}
		if c.arranged && len(c.people) == 0 && len(c.sents) > 0 && pairSubject(st.sents[c.sents[0]].toks) {
			st.pairJoins(&c, out)
		}
		if len(c.people) == 0 && len(c.countries) == 0 && len(c.stateMentions) == 0 && c.inherit {
			st.inheritParties(&c, out)
		}
		if c.pairObject {
			out = append(out, st.meetsPair(c, out)...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// pairJoins: "The two leaders will meet again at the A-B-C Summit", "They
// agreed to attend the forum together": an engagement whose subject
// refers back to the pair of officials of different states told before
// has those officials as its people, beside the states its own words name.
func (st *settler) pairJoins(c *candidate, out []candidate) {
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack; k-- {
		m := &out[k]
		if len(m.people) < 2 || m.govAttach {
			continue
		}
		states := st.countryOf(m)
		if len(states) < 2 {
			continue
		}
		own := st.countryOf(c)
		c.people = append([]int(nil), m.people...)
		c.countries = nil
		for _, cc := range append(states, own...) {
			c.countries = appendUniqueStr(c.countries, cc)
		}
		c.rules = append(c.rules, "people-of-pair-subject")
		return
	}
}

// pairSubject: the sentence's subject refers back to a pair of people
// ("The two leaders", "Both ministers", "Both of them", "They", "The
// leaders"), after a heading's number or an opening phrase ("4. The two
// leaders ...", "On Friday, the two ministers ...").
func pairSubject(toks []token) bool {
	k := 0
	for k < len(toks) && k < 3 && (toks[k].kind != tokWord || toks[k].text == ")" || toks[k].text == "(") {
		k++ // a heading's number: "4.", "(2)"
	}
	if pairSubjectAt(toks, k) {
		return true
	}
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].text == "," {
			return pairSubjectAt(toks, j+1)
		}
	}
	return false
}

// pairSubjectAt: a subject that refers back to a pair opens at token k.
func pairSubjectAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if toks[k].lower == "they" {
		return true
	}
	if end, _ := pairPhrase(toks, k); end > 0 {
		return true
	}
	return toks[k].lower == "the" && (pairHeads[toks[k+1].lower] || toks[k+1].lower == "two" && k+2 < len(toks) && pairVerbsAfterTwo[toks[k+2].lower])
}

// stopOfTrip: "A planned stop in Conakry on Sunday has been postponed", "A
// stop in Ashgabat was called off": a stop of a journey that names no
// traveller is a stop of the trip told before it, whose traveller it
// takes (the latest visit's people).
func (st *settler) stopOfTrip(c *candidate, out []candidate) {
	if len(c.people) > 0 || c.locCode == "" || !slices.ContainsFunc(triggerSurfaces(c), func(s string) bool { return stopTriggers[s] }) {
		return
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack; k-- {
		if out[k].kind != "visit" || out[k].locCode == c.locCode {
			continue
		}
		// The visit's travellers, not the hosts it met there.
		var travellers []int
		for _, pi := range out[k].people {
			if st.people[pi].country != out[k].locCode {
				travellers = append(travellers, pi)
			}
		}
		if len(travellers) > 0 {
			c.people = travellers
			c.rules = append(c.rules, "stop-of-trip")
			return
		}
	}
}

// stopTriggers name a stop of a journey.
var stopTriggers = map[string]bool{"stop in": true, "stops in": true, "stopped in": true, "stopping in": true, "stopover in": true}

// sameOccasion: an encounter told as an earlier one ("they last met in
// May") restates only another told so, or one of the same day; and one
// anchored to a time well before the story's ("recalled their meeting last
// November" in a July release) does not join an undated engagement told
// before it, which is the story's own. Told after a dated one, a mention
// that names the engagement ("the call") still refers back to it; one
// that only takes the parties of what came before ("They also discussed
// ...") speaks of the story's encounter, not of the older occasion.
func (st *settler) sameOccasion(m, c *candidate) bool {
	if st.anchoredBefore(c) && !m.hasDate || st.anchoredBefore(m) && !c.hasDate && c.inherit && !c.definite {
		return false
	}
	if m.background == c.background {
		return true
	}
	return m.hasDate && c.hasDate && m.date == c.date
}

// anchoredBefore: the candidate's own date lies in a month at least two
// before the publication's (or a year before it): calendar arithmetic
// that tells an earlier occasion from one of the week reported.
func (st *settler) anchoredBefore(c *candidate) bool {
	pub := st.d.published
	if !c.hasDate || !c.date.known() || !pub.known() {
		return false
	}
	if c.date.m == 0 {
		return c.date.y < pub.y
	}
	return (pub.y*12+pub.m)-(c.date.y*12+c.date.m) >= minBackgroundMonths
}

// minBackgroundMonths: how many months before the publication a date must
// lie to be another occasion's; a report a few weeks late is still news.
const minBackgroundMonths = 2

// meetsPair: "X met both ministers", "Y spoke with the two leaders
// separately": the object is the pair of officials of different states
// the latest engagement before held (not X's own); met together they
// join X's engagement, met apart each makes an encounter of their own.
func (st *settler) meetsPair(c candidate, out []candidate) []candidate {
	if len(c.people) == 0 {
		return []candidate{c}
	}
	var pair []int
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack && pair == nil; k-- {
		if ps := out[k].people; len(ps) >= 2 && !shareAny(ps, c.people) && len(st.countryOfPeople(ps)) >= 2 {
			pair = ps
		}
	}
	if pair == nil {
		return []candidate{c}
	}
	if !c.pairApart {
		c.people = append(slices.Clone(c.people), pair...)
		c.pairOf = slices.Clone(pair)
		c.rules = append(c.rules, "pair-told-before")
		return []candidate{c}
	}
	encounters := make([]candidate, 0, len(pair))
	for _, pi := range pair {
		b := c
		b.people = append(slices.Clone(c.people), pi)
		b.apartFrom = slices.DeleteFunc(slices.Clone(pair), func(o int) bool { return o == pi })
		b.pairOf = slices.Clone(pair)
		b.rules = append(slices.Clone(c.rules), "pair-told-before", "separately")
		encounters = append(encounters, b)
	}
	return encounters
}

// countryOfPeople: the known states of some officials.
func (st *settler) countryOfPeople(pis []int) []string {
	var out []string
	for _, pi := range pis {
		if cc := st.people[pi].country; cc != "" {
			out = appendUniqueStr(out, cc)
		}
	}
	return out
}

// placeVisit: a visit goes to a place, and the visited state joins the
// parties. In a statement between two governments, a visit the text does
// not place goes to the other party ("following the June visit of X").
func (st *settler) placeVisit(c *candidate, out []candidate) {
	if c.locCode == "" {
		st.visitToAfterVisitor(c)
	}
	if c.locCode != "" {
		c.countries = appendUniqueStr(c.countries, c.locCode)
	} else if st.d.statement && len(c.people) > 0 {
		if fp := st.firstParties(out); len(fp) == 2 {
			for _, cc := range fp {
				c.countries = appendUniqueStr(c.countries, cc)
			}
		}
	}
	if c.after && c.date.d > 0 {
		c.date.d = 0 // "after visiting Benin" ended by that day: the month is sure
	}
}

// maxPlaceScan bounds how many words after a visit's noun "to <state>"
// is looked for, and maxPlaceSentence how long a sentence is read for it,
// which keeps the cost linear in the text.
const (
	maxPlaceScan     = 12
	maxPlaceSentence = 200
)

// visitToAfterVisitor: "The visit of President N of X to Y", "the
// Minister's visit to Japan": the place of a visit noun may stand after
// its visitor, beyond where the frame looks. The first state after "to"
// within the noun's phrase that is not the visitor's own is visited.
func (st *settler) visitToAfterVisitor(c *candidate) {
	if len(c.sents) == 0 || c.sents[0] >= len(st.sents) || len(c.people) == 0 {
		return
	}
	toks := st.sents[c.sents[0]].toks
	if len(toks) > maxPlaceSentence {
		return
	}
	own := map[string]bool{}
	for _, pi := range c.people {
		own[st.people[pi].country] = true
	}
	for at := range toks {
		if !visitNouns[toks[at].lower] || !triggerStartsAt(toks, at, c.rules) {
			continue
		}
		cc := st.stateAfterTo(toks, at+1, own)
		if cc == "" {
			cc = st.arrivedIn(toks, at, own)
		}
		if cc != "" {
			c.locCode = cc
			c.rules = append(c.rules, "visit-to-after-visitor")
			return
		}
	}
}

// arrivedIn: "President N arrives in Y Friday for a state visit": the
// state the visitor arrives in, in the clause before the visit noun at
// `at`, unless it is one of own.
func (st *settler) arrivedIn(toks []token, at int, own map[string]bool) string {
	for k := at - 1; k > 0 && k >= at-maxPlaceScan; k-- {
		w := toks[k].lower
		if w == ";" || w == "." {
			return ""
		}
		prev := toks[k-1].lower
		if w != "in" || !strings.HasPrefix(prev, "arriv") && prev != "landed" && prev != "lands" {
			continue
		}
		e, _, ok := st.x.countries.match(toks, k+1)
		if !ok || e.code == "" || own[e.code] || e.kind != lexicon.PhraseName {
			return ""
		}
		return e.code
	}
	return ""
}

// visitNouns name a journey.
var visitNouns = map[string]bool{"visit": true, "visits": true, "trip": true}

// stateAfterTo returns the state named right after the first "to" in the
// words from `from`, within the phrase, unless it is one of own.
func (st *settler) stateAfterTo(toks []token, from int, own map[string]bool) string {
	for k := from; k+1 < len(toks) && k < from+maxPlaceScan; k++ {
		w := toks[k].lower
		if w == ";" || w == "." || pastMarkers[w] || presentVerbs[w] || beForms[w] || subordinators[w] {
			return ""
		}
		if w != "to" {
			continue
		}
		j := k + 1
		if toks[j].lower == "the" && j+1 < len(toks) {
			j++
		}
		e, _, ok := st.x.countries.match(toks, j)
		if !ok || e.code == "" || own[e.code] || e.kind != lexicon.PhraseName {
			return ""
		}
		return e.code
	}
	return ""
}

// attachToLatest: "Foreign ministers attended for Benin": the parties
// join the latest event of the paragraph. It reports whether they did.
func (st *settler) attachToLatest(out []candidate, c *candidate) bool {
	n := -1
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack; k-- {
		// A weak trigger between two states' people is an engagement
		// ("A received B"): others may join it.
		if !out[k].govAttach && (!out[k].weak || len(out[k].people) >= 2 && len(st.countryOf(&out[k])) >= 2 || listsWhomItGathered(c, &out[k])) {
			n = k
			break
		}
	}
	if n > 0 {
		n = st.sentenceHead(out, n)
	}
	if n < 0 || out[n].para != c.para && !st.refersBack(&out[n], c) && !st.attendsSessionOf(&out[n], c) && !st.addsToGathering(&out[n], c) && !addressedBack(&out[n], c) && !composesSide(&out[n], c) {
		return false
	}
	last := &out[n]
	// The parties named so far stay parties once people join.
	last.countries = st.countryOf(last)
	for _, pi := range c.people {
		last.people = appendUnique(last.people, pi)
	}
	for _, cc := range st.countryOf(c) {
		last.countries = appendUniqueStr(last.countries, cc)
	}
	last.sents = append(last.sents, c.sents...)
	st.sideJoinsSiblings(out, n, c.people)
	return true
}

// sentenceHead: "concluded their summit on Tuesday, after three days of
// talks": a second mention in the sentence of an engagement, of its class
// and with no party of its own, is the first told again; those who join
// take part in the first.
func (st *settler) sentenceHead(out []candidate, n int) int {
	m, h := &out[n], &out[n-1]
	if len(m.sents) == 0 || len(h.sents) == 0 || m.sents[0] != h.sents[0] || h.weak || h.govAttach || kindClass(m.kind) != kindClass(h.kind) || len(st.countryOf(m)) > 0 {
		return n
	}
	return n - 1
}

// listsWhomItGathered: "It brought together the leaders of A and B" right
// after the sentence telling the gathering, however weakly told ("N
// attended a conference"): the list says whom that gathering brought
// together.
func listsWhomItGathered(c, m *candidate) bool {
	return slices.Contains(c.rules, ruleGatheringList) && len(c.sents) > 0 && slices.Contains(m.sents, c.sents[0]-1)
}

// attendsSessionOf: "A, B and C attended sessions on energy as invited
// guests", "N attended the opening session": a session is part of a
// gathering, so those who attend one take part in the summit told before,
// also from the next paragraph.
func (st *settler) attendsSessionOf(m, c *candidate) bool {
	if m.kind != "summit" || len(c.sents) == 0 || c.sents[0] >= len(st.sents) || m.para < c.para-1 {
		return false
	}
	toks := st.sents[c.sents[0]].toks
	for k, t := range toks {
		if !attendVerbs[t.lower] {
			continue
		}
		// The object: "sessions", "the opening session", "two of its
		// working sessions", a few words at most.
		for j := k + 1; j < len(toks) && j <= k+maxSessionGap; j++ {
			if toks[j].lower == "session" || toks[j].lower == "sessions" {
				// "a session of the Security Council" is a gathering of
				// its own.
				return j+1 >= len(toks) || toks[j+1].lower != "of"
			}
			// "a UN session", "the Security Council session": another
			// body's.
			if toks[j].kind == tokPunct || toks[j].upper {
				break
			}
		}
	}
	return false
}

// attendVerbs attend a part of a gathering.
var attendVerbs = map[string]bool{"attended": true, "attend": true, "attends": true, "attending": true, "joined": true, "join": true, "joins": true}

// maxSessionGap: the words between the verb and "session(s)" ("the
// closing plenary", "two of its working").
const maxSessionGap = 5

// backReferences tell that an attaching sentence adds to an engagement
// already told: "X is also expected to attend", "X took part as well",
// "the two were joined by X".
var backReferences = map[string]bool{"also": true, "well": true, "two": true, "too": true}

// refersBack: an attaching sentence that opens the paragraph right after
// the engagement's and refers back to it ("President X also attended." on
// a line of its own, as wires write it) joins that engagement.
func (st *settler) refersBack(m, c *candidate) bool {
	if len(c.sents) == 0 || m.para != c.para-1 {
		return false
	}
	si := c.sents[0]
	if si == 0 || si >= len(st.sents) || st.sents[si-1].para == st.sents[si].para {
		return false
	}
	// "Attending were A, B and C." opening a paragraph: its list has no
	// engagement of its own but the one just told.
	if attendanceInversion(st.sents[si].toks) {
		return true
	}
	for _, t := range st.sents[si].toks {
		if backReferences[t.lower] {
			return true
		}
	}
	return false
}

// addsToGathering: "Leaders from A, B and C also took part", "D attended
// as well": a summit is told over several paragraphs (its opening, the
// speeches, then who else came), so a sentence that adds attendants and
// says it adds them joins the latest summit told a few paragraphs before
// when no other engagement came between (m is the latest one).
func (st *settler) addsToGathering(m, c *candidate) bool {
	if m.kind != "summit" || len(c.sents) == 0 || c.sents[0] >= len(st.sents) || c.para-m.para > maxGatheringParaGap {
		return false
	}
	for _, t := range st.sents[c.sents[0]].toks {
		if addingWords[t.lower] {
			return true
		}
	}
	return false
}

// maxGatheringParaGap: the paragraphs a summit's report runs on before
// the attendants it adds are told.
const maxGatheringParaGap = 3

// addingWords say a sentence adds to what was told ("also", "too", "as
// well"); "two" of backReferences counts a pair, not an addition.
var addingWords = map[string]bool{"also": true, "well": true, "too": true}

// inheritParties: "They committed to ... the next meeting": the parties a
// count names, else those of the paragraph's latest engagement, else the
// statement's parties (the first engagement with two states), else those
// of the last engagement with any.
func (st *settler) inheritParties(c *candidate, out []candidate) {
	var from []string
	counted := false
	if len(c.sents) > 0 {
		if noun, n := countedParties(st.sents[c.sents[0]].toks); noun != "" {
			from, counted = st.latestCounted(c, out, noun, n), true
		}
	}
	// A count that fits no engagement near does not mean the paragraph's
	// gathering of another size.
	if len(from) == 0 && !counted {
		from = st.paragraphParties(c, out)
	}
	// The statement's first engagement, however far back, only for a
	// subject that refers back to parties ("They discussed", "The sides
	// agreed") or a numbered round of its talks: "The AU bureau will meet
	// again", "Our partnership ...", "That commits us to annual meetings"
	// tell of another body or of no engagement of those parties.
	if len(from) == 0 && (slices.Contains(c.rules, ruleRoundOfSeries) || len(c.sents) > 0 && partiesSubject(st.sents[c.sents[0]].toks)) {
		from = st.firstParties(out)
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack && len(from) == 0; k-- {
		from = st.countryOf(&out[k])
	}
	if len(from) > 0 {
		c.countries = append([]string(nil), from...)
		c.rules = append(c.rules, "parties-of-previous")
	}
}

// partiesSubject: the subject of the sentence refers back to the parties
// of an engagement ("They discussed ...", "We also agreed ...", "The sides
// agreed ...", "On Saturday, forum leaders held ...", "MINISTER X: We
// talked about ..."); it opens the sentence, or follows the first comma or
// colon of a fronted phrase or a speaker's label.
func partiesSubject(toks []token) bool {
	k := 0
	for k < len(toks) && (toks[k].kind != tokWord || leadingConjunctions[toks[k].lower]) {
		k++ // a heading's dash or number, a quote mark, "And", "But"
	}
	if partiesSubjectAt(toks, k) {
		return true
	}
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].text == "," || toks[j].text == ":" {
			return partiesSubjectAt(toks, j+1)
		}
	}
	return false
}

var leadingConjunctions = map[string]bool{"and": true, "but": true, "so": true}

// partiesSubjectAt: "they", "we", "the two ...", "both ...", or a plural
// of parties after at most a determiner and one modifier ("the sides",
// "the participants", "forum leaders", "the two ministers") at k.
func partiesSubjectAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].lower; {
	case w == "they" || w == "we":
		return true
	case w == "both" || w == "the" && k+1 < len(toks) && toks[k+1].lower == "two":
		return true
	case w == "the" || w == "all":
		k++
	}
	for j := k; j < len(toks) && j <= k+1; j++ {
		if w := toks[j].lower; pairHeads[w] || pairStateNouns[w] || partyNouns[w] {
			return true
		}
	}
	// "The EU and the G5 countries first met": names joined by "and"
	// before a plural of parties are one subject; the first other
	// lowercase word (a verb) ends it.
	for j := k; j < len(toks) && j < k+8 && toks[j].kind == tokWord; j++ {
		w := toks[j].lower
		if pairHeads[w] || pairStateNouns[w] || partyNouns[w] {
			return true
		}
		if toks[j].text == w && w != "and" && w != "the" && w != "of" {
			return false
		}
	}
	return false
}

// partyNouns are plurals naming the parties of a gathering beside the
// offices and states of pairHeads and pairStateNouns.
var partyNouns = map[string]bool{"participants": true, "parties": true, "members": true}

// paragraphParties: "They also discussed ..." after an engagement of
// two or more states told earlier in the same paragraph speaks of its
// parties: the paragraph's own engagement is nearer than the statement's
// first one.
func (st *settler) paragraphParties(c *candidate, out []candidate) []string {
	for k := len(out) - 1; k >= 0 && out[k].para == c.para; k-- {
		if states := st.countryOf(&out[k]); len(states) >= 2 && !out[k].background {
			return states
		}
	}
	return nil
}

// countedParties returns the noun a sentence counts the parties of an
// engagement told before by, and their number: a pair ("the two
// countries", "both governments", "the two ministers") or more ("the
// three countries", "the four ministers", "our three nations"). The
// parties it counts are those of the latest engagement with that many,
// not the statement's first.
func countedParties(toks []token) (string, int) {
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].lower, toks[k+1].lower
		if w == "both" && pairStateNouns[next] || w == "two" && twoOfPair(toks, k) && (pairStateNouns[next] || pairOfficeFits[next] != nil) {
			return next, 2
		}
		if n := countWords[w]; n > 2 && k > 0 && countDeterminers[toks[k-1].lower] {
			if noun := countedNoun(toks, k+1); noun != "" {
				return noun, n
			}
		}
	}
	return "", 0
}

// countedNoun: the state or office noun at k, or after one modifier
// ("the three foreign ministers", "the four defence ministers").
func countedNoun(toks []token, k int) string {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if w := toks[j].lower; pairStateNouns[w] || pairOfficeFits[w] != nil {
			return w
		}
	}
	return ""
}

// countWords are the counts above a pair a sentence numbers the parties
// of a gathering by; countDeterminers make the count refer back ("the
// three", "our four", "all five"), not a fresh number ("three countries
// signed").
var (
	countWords       = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
	countDeterminers = map[string]bool{"the": true, "our": true, "their": true, "all": true, "these": true, "those": true}
)

// pairStateNouns name the states of a pair after "two" or "both".
var pairStateNouns = map[string]bool{"countries": true, "nations": true, "governments": true, "sides": true, "states": true}

// pairOfficeFits tells whether a person holds the office a counted
// plural names ("the two ministers": two ministers, not a minister and
// an envoy).
var pairOfficeFits = map[string]func(p person) bool{
	"ministers":  func(p person) bool { return strings.Contains(strings.ToLower(p.title), "minister") },
	"presidents": func(p person) bool { return strings.Contains(strings.ToLower(p.title), "president") },
	"leaders":    leader,
}

// latestCounted returns the states of the latest engagement before c,
// in its paragraph or the one before, that has as many parties as the
// count: n states, or for a count of officials ("the four ministers" of
// a two-plus-two) n people; a pair's people of each state must fit the
// counted noun. Nil when none is found before an engagement with more
// states, so that a count never picks a few parties out of a larger
// gathering.
func (st *settler) latestCounted(c *candidate, out []candidate, noun string, n int) []string {
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack; k-- {
		m := &out[k]
		states := st.countryOf(m)
		switch {
		case len(states) == 0 || m.background:
			continue
		case len(states) > n:
			return nil
		case n == 2 && len(states) == 2 && st.peopleFit(m, noun):
			return states
		case n > 2 && (len(states) == n || pairOfficeFits[noun] != nil && len(states) >= 2 && len(m.people) == n):
			return states
		}
	}
	return nil
}

// peopleFit: the engagement's people of two different states fit the
// counted office noun (any people do for a count of states).
func (st *settler) peopleFit(m *candidate, noun string) bool {
	fits := pairOfficeFits[noun]
	if fits == nil {
		return true
	}
	states := map[string]bool{}
	for _, pi := range m.people {
		if p := st.people[pi]; fits(p) && p.country != "" {
			states[p.country] = true
		}
	}
	return len(states) >= 2
}

// merge folds each candidate into the engagement it restates, and the
// officials of a readout into the engagement they took part in.
func (st *settler) merge(x *Extractor, out []candidate) []candidate {
	var merged []candidate
	for _, c := range out {
		if c.govAttach {
			st.joinReadoutOfficials(merged, c)
			continue
		}
		target := -1
		tenseless := st.tenselessReference(&c)
		for mi := len(merged) - 1; mi >= 0 && mi >= len(merged)-maxMergeLookBack; mi-- {
			as := c
			if tenseless {
				as.status = merged[mi].status
			}
			if r, ok := st.summaryGivesWay(&merged[mi], &c); ok && x.sameEngagement(&r, &as, st.countryOf) {
				merged[mi] = r
			}
			if x.sameEngagement(&merged[mi], &as, st.countryOf) && (len(c.pairOf) == 0 || !subsetInt(merged[mi].people, c.pairOf)) && st.sameOccasion(&merged[mi], &c) {
				target = mi
				break
			}
		}
		if target < 0 {
			merged = append(merged, c)
			continue
		}
		mergeInto(&merged[target], c)
		st.sideJoinsSiblings(merged, target, c.people)
	}
	return merged
}

// sideJoinsSiblings: "X met A and, separately, B. X was accompanied by
// his deputy Y": one who joins an encounter told apart on the side of
// its subject (X's state) joins its sibling encounters too.
func (st *settler) sideJoinsSiblings(merged []candidate, target int, joined []int) {
	m := &merged[target]
	if len(m.apartFrom) == 0 || len(m.people) == 0 {
		return
	}
	side := st.people[m.people[0]].country
	for k := range merged {
		if k == target || !shareAny(merged[k].people, m.apartFrom) || !shareAny(merged[k].apartFrom, m.people) {
			continue
		}
		for _, pi := range joined {
			if side != "" && st.people[pi].country == side && !slices.Contains(merged[k].apartFrom, pi) {
				merged[k].people = appendUnique(merged[k].people, pi)
			}
		}
	}
}

// summaryGivesWay: "X held talks with A and B" in a lede, then "X met
// A and, separately, B": the lede told the separate encounters as one.
// The account that tells them apart wins: the lede, all of whose people
// are in the encounters, keeps only the people (and their states) of
// encounter c, when it then restates c.
func (st *settler) summaryGivesWay(lede, c *candidate) (candidate, bool) {
	// The pair's own engagement ("A and B held talks. Later X met both
	// separately") is another engagement, not a summary of c's.
	// "X later met A and B separately": encounters after the one told,
	// not its account in detail.
	if len(c.sents) > 0 && c.sents[0] < len(st.sents) && laterEncounter(st.sents[c.sents[0]].toks) {
		return candidate{}, false
	}
	if len(c.apartFrom) == 0 || len(lede.apartFrom) > 0 || !shareAny(lede.people, c.apartFrom) || !subsetInt(lede.people, slices.Concat(c.people, c.apartFrom)) || len(c.pairOf) > 0 && subsetInt(lede.people, c.pairOf) {
		return candidate{}, false
	}
	m := *lede
	keep := map[string]bool{}
	for _, pi := range c.people {
		keep[st.people[pi].country] = true
	}
	gone := map[string]bool{}
	for _, pi := range c.apartFrom {
		if cc := st.people[pi].country; !keep[cc] {
			gone[cc] = true
		}
	}
	m.people = slices.DeleteFunc(slices.Clone(m.people), func(pi int) bool { return slices.Contains(c.apartFrom, pi) })
	m.countries = slices.DeleteFunc(slices.Clone(m.countries), func(cc string) bool { return gone[cc] })
	m.stateMentions = slices.DeleteFunc(slices.Clone(m.stateMentions), func(cc string) bool { return gone[cc] })
	m.apartFrom = slices.Clone(c.apartFrom)
	return m, true
}

// tenselessReference: a reference back told in the general present ("The
// talks bring together A, B and C") has no tense of its own: it restates
// the latest engagement it fits, held, scheduled or called off.
func (st *settler) tenselessReference(c *candidate) bool {
	if !c.definite || c.status != "held" || len(c.sents) != 1 || c.sents[0] >= len(st.sents) {
		return false
	}
	toks := st.sents[c.sents[0]].toks
	for k, t := range toks {
		if futureWords[t.lower] || isFutureVerb(toks, k) || pastMarkers[t.lower] || beForms[t.lower] || t.lower == "has" || t.lower == "have" ||
			!t.upper && t.kind == tokWord && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return false
		}
	}
	return true
}

// foldFutureRestatements: "X will visit Moscow on ... . Discussions will
// focus on ...", "In Pretoria, he will lead the delegation to the Strategic
// Dialogue": an undated engagement to come whose states are all among
// those of a dated one to come told before it is part of that plan, not
// a further engagement.
func (st *settler) foldFutureRestatements(merged []candidate) []candidate {
	out := merged[:0]
	for _, c := range merged {
		if i := st.plannedBefore(out, &c); i >= 0 {
			mergeInto(&out[i], c)
			continue
		}
		out = append(out, c)
	}
	return out
}

// plannedBefore returns the latest dated engagement to come in out whose
// states include all of c's, when c is an undated one to come; else -1.
func (st *settler) plannedBefore(out []candidate, c *candidate) int {
	if c.status != "scheduled" || c.hasDate || c.kind == "visit" || len(c.people) > 0 && !c.weak {
		return -1
	}
	cs := st.countryOf(c)
	if len(cs) == 0 {
		return -1
	}
	for i := len(out) - 1; i >= 0 && i >= len(out)-maxMergeLookBack; i-- {
		e := &out[i]
		if e.status == "scheduled" && e.hasDate && subsetStr(cs, st.countryOf(e)) {
			return i
		}
	}
	return -1
}

// joinReadoutOfficials: officials of a readout who take part in no other
// engagement join the latest one whose states include theirs, an event
// before a weak one, if it was told at most two paragraphs before.
func (st *settler) joinReadoutOfficials(merged []candidate, c candidate) {
	back := slices.Contains(c.rules, ruleAlsoAttended)
	for _, pi := range c.people {
		if back {
			break // "also" tells the engagement just told, whatever else N did
		}
		for k := max(0, len(merged)-maxMergeLookBack); k < len(merged); k++ {
			if containsInt(merged[k].people, pi) {
				return
			}
		}
	}
	side := slices.Contains(c.rules, ruleSideComposition)
	n := st.latestWithStatesOf(merged, c.people)
	if n < 0 && side {
		n = st.sideOfGathering(merged, c.para) // groups.go
	}
	if back {
		n = latestEvent(merged)
	}
	if n < 0 {
		return
	}
	lastPara := -1
	for _, si := range merged[n].sents {
		lastPara = max(lastPara, st.sents[si].para)
	}
	// A summit's report runs longer before it adds who else came.
	gap := 2
	if (back || side) && merged[n].kind == "summit" {
		gap = maxGatheringParaGap
	}
	if lastPara < c.para-gap {
		return
	}
	last := &merged[n]
	last.countries = st.countryOf(last)
	for _, pi := range c.people {
		last.people = appendUnique(last.people, pi)
	}
	last.sents = append(last.sents, c.sents...)
}

// ruleAlsoAttended marks the officials of "N also attended": they join
// the latest engagement told, whatever their states (an observer, an EU
// commissioner, a third state's minister).
const ruleAlsoAttended = "also-attended"

// latestEvent is the latest engagement that is no weak mention, or -1.
func latestEvent(merged []candidate) int {
	for k := len(merged) - 1; k >= 0 && k >= len(merged)-maxMergeLookBack; k-- {
		if !merged[k].weak {
			return k
		}
	}
	return -1
}

// latestWithStatesOf returns the latest engagement whose states include
// every state of people, preferring events to weak mentions; -1 if none.
func (st *settler) latestWithStatesOf(merged []candidate, people []int) int {
	for pass := 0; pass < 2; pass++ {
		for k := len(merged) - 1; k >= 0 && k >= len(merged)-maxMergeLookBack; k-- {
			if pass == 0 && merged[k].weak {
				continue
			}
			cs := st.countryOf(&merged[k])
			fits := len(cs) > 0
			for _, pi := range people {
				if !containsStr(cs, st.people[pi].country) {
					fits = false
				}
			}
			if fits {
				return k
			}
		}
	}
	return -1
}

// futureDated: what took place is before the article's day; an engagement
// read as held but dated after it is to come. Mostly a mention with no
// tense of its own: a title ("Summit in Niamey, 17-18 May"), a noun ("for
// the summit on 17 May"), a stop of an itinerary.
func (st *settler) futureDated(cands []candidate) {
	pub := st.d.published
	for i := range cands {
		c := &cands[i]
		if c.status != "held" || !c.hasDate || pub.d == 0 || !c.date.after(pub) {
			continue
		}
		if st.pastYearless(c) {
			c.date.y-- // "raised the issue at a July 25 meeting", in January
			c.rules = append(c.rules, "yearless-in-past")
			continue
		}
		c.status = "scheduled"
	}
	st.headlineTripTense(cands)
}

// headlineTripTense: a headline that names a trip with a noun ("Deputy
// Secretary's Travel to A, B and C", "Visit to Japan by the Minister",
// "State Visits to A and B") has no tense of its own; statusOf reads it as
// held. When the body tells the same visitor's engagement in one of those
// states as still to come, the headline names that plan: it is scheduled
// too, so that it does not stand apart as a trip already made on the
// publication day. A line that repeats the headline in the body is read
// the same way.
func (st *settler) headlineTripTense(cands []candidate) {
	heads := st.headlineTexts()
	if len(heads) == 0 {
		return
	}
	line := func(c *candidate) bool {
		si := c.sents[0]
		return si < len(st.sents) && (st.sents[si].headline || heads[st.d.text[st.sents[si].start:st.sents[si].end]])
	}
	for i := range cands {
		c := &cands[i]
		if c.kind != "visit" || c.status != "held" || c.hasDate || len(c.people) == 0 || !line(c) {
			continue
		}
		for j := range cands {
			d := &cands[j]
			if d.status == "scheduled" && !line(d) && shareAny(c.people, d.people) && sameState(c, d) {
				c.status = "scheduled"
				c.rules = append(c.rules, "headline-tense-of-body")
				break
			}
		}
	}
}

// headlineTexts: the headline's sentences, so that a line of the body that
// repeats one word for word is read as the headline.
func (st *settler) headlineTexts() map[string]bool {
	heads := map[string]bool{}
	for _, h := range st.sents {
		if h.headline {
			heads[st.d.text[h.start:h.end]] = true
		}
	}
	return heads
}

// sameState: engagement c takes place in, or is with, a state that d's
// place, parties or sentence name ("will travel to Accra on July 17 and to
// Lome on July 19" names both stops of one trip).
func sameState(c, d *candidate) bool {
	in := func(cc string) bool {
		return cc != "" && (cc == d.locCode || containsStr(d.countries, cc) || containsStr(d.stateMentions, cc))
	}
	return in(c.locCode) || slices.ContainsFunc(c.countries, in)
}

// futureWords tell that a sentence speaks of what is to come.
var futureWords = map[string]bool{
	"will": true, "shall": true, "'ll": true, "next": true, "upcoming": true, "planned": true, "plans": true,
	"plan": true, "scheduled": true, "expected": true, "due": true, "would": true, "going": true,
	"forthcoming": true, "later": true, "tomorrow": true, "coming": true, "proposed": true, "slated": true,
	"set": true, "ahead": true, "until": true, "postponed": true, "invitation": true, "intention": true,
	"intends": true, "intend": true, "intended": true, "hopes": true, "hoped": true, "aims": true,
	"forward": true, "prepare": true, "preparing": true, "preparations": true, "agreed": true, "invited": true,
}

// pastYearless: the engagement's only sentence writes its date without a
// year, tells the past and says nothing of the future: the date is the
// last one before the article's day, not the coming one. A weekday was
// read near the article's day already, on the side its clause tells.
func (st *settler) pastYearless(c *candidate) bool {
	if len(c.sents) != 1 || c.sents[0] >= len(st.sents) {
		return false
	}
	year := strconv.Itoa(c.date.y)
	past := false
	toks := st.sents[c.sents[0]].toks
	for k, t := range toks {
		if t.text == year || futureWords[t.lower] || presentVerbs[t.lower] || isFutureVerb(toks, k) {
			return false
		}
		if st.x.dates.isWeekday(t) {
			return false // "arrived for talks Saturday": a weekday's year is the reader's, not to be moved
		}
		past = past || pastMarkers[t.lower] || !t.upper && t.kind == tokWord && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
	}
	return past
}

// postponedByClause: "The talks between A and B, planned for July 20, have
// been postponed": the verb of the clause the trigger is the subject of
// decides, however far after it. With no new time stated the engagement is
// cancelled (dated by the plan); moved to a stated time it is scheduled.
func (st *settler) postponedByClause(cands []candidate) {
	clause := st.clauseCues(passiveCancelCues, passiveCancelAfter)
	for i := range cands {
		c := &cands[i]
		if c.status == "cancelled" {
			continue
		}
		if k, toks := clause(c); k >= 0 {
			c.status = "cancelled"
			if postponedTo(toks, k) {
				c.status = "scheduled"
			}
			c.rules = append(c.rules, "postponed-by-clause")
		}
	}
}

// clauseCues gives a finder of the cue (cuesOf) of the clause a candidate
// told in one sentence is the subject of (cueOfTrigger with verbAfter),
// with the sentence's tokens; -1 when there is none. Cues are read once
// per sentence.
func (st *settler) clauseCues(cuesOf func([]token) []int, verbAfter func([]token, int) int) func(*candidate) (int, []token) {
	cues := map[int][]int{} // by sentence
	return func(c *candidate) (int, []token) {
		if len(c.sents) != 1 || c.sents[0] >= len(st.sents) {
			return -1, nil
		}
		si := c.sents[0]
		toks := st.sents[si].toks
		ks, ok := cues[si]
		if !ok {
			ks = cuesOf(toks)
			cues[si] = ks
		}
		return cueOfTrigger(toks, ks, c.rules, verbAfter), toks
	}
}

// spanAfterPrevious: "X met A on June 3. A week later, he met B": a
// sentence that took the day of the one before ("date-of-previous-sentence")
// but tells a span after it moves on by the span: "the next day" to the
// day, longer spans to the month they surely fall in, else no date.
func (st *settler) spanAfterPrevious(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if !c.hasDate || c.date.d == 0 || len(c.sents) != 1 || c.sents[0] >= len(st.sents) || !slices.Contains(c.rules, "date-of-previous-sentence") {
			continue
		}
		days, exact, ok := spanAfter(st.sents[c.sents[0]].toks)
		if !ok {
			continue
		}
		if exact {
			c.date = c.date.addDays(days)
		} else if c.date = coarseDay(c.date, -days); !c.date.known() {
			c.hasDate = false
		}
		c.rules = append(c.rules, "span-after-previous-sentence")
	}
}

// sameDayAsBefore: "On the same day, she met separately with ...", "He
// is also to call on the President that afternoon": an engagement with no
// date of its own whose sentence points back at a day takes the day of the
// latest engagement told before it with one, in this paragraph or an
// earlier one.
func (st *settler) sameDayAsBefore(cands []candidate) {
	day, daySent, lentSent := date{}, -1, -1
	for i := range cands {
		c := &cands[i]
		if len(c.sents) == 0 || c.sents[0] >= len(st.sents) {
			continue
		}
		si := c.sents[0]
		// Meetings told apart in one sentence ("the same day, she met
		// separately with A and B") all take the day it points back at.
		if !c.hasDate && (si > daySent || si == lentSent) && daySent >= 0 && (pointsBackToDay(st.sents[si].toks) || c.status == "held" && alsoMet(st.sents[si].toks)) {
			c.hasDate, c.date = true, day
			c.rules = append(c.rules, "same-day-as-before")
			lentSent = si
			continue
		}
		if c.hasDate && c.date.d > 0 && si >= daySent {
			day, daySent = c.date, si
		}
	}
}

// separateMeetingsShareDay: "met separately with A and with B", "held
// bilateral meetings with his counterparts from A, B and C": encounters told
// apart in one clause happen on the one occasion it tells, so one dated
// while its siblings are not lends them its day.
func separateMeetingsShareDay(merged []candidate) {
	for i := range merged {
		c := &merged[i]
		if c.hasDate || !slices.Contains(c.rules, "separately") || len(c.sents) == 0 {
			continue
		}
		for j := range merged {
			o := &merged[j]
			if j == i || !o.hasDate || o.status != c.status || !slices.Contains(o.rules, "separately") || !slices.Contains(o.sents, c.sents[0]) {
				continue
			}
			c.date, c.hasDate = o.date, true
			c.rules = append(c.rules, "separate-meetings-share-day")
			break
		}
	}
}

// laterAtGathering: "X later met separately with A and with B" after a
// gathering told as held ("leaders ended their three-day summit on
// Friday"): the encounter happened during that gathering on a day the text
// does not give, so it takes the gathering's month, the finest unit certain
// (GUIDELINES: a meeting during a stay with no day of its own takes the
// month). Only a gathering of three or more states is an occasion "later"
// points into; after a bilateral meeting "later" may be any later day.
func (st *settler) laterAtGathering(merged []candidate) {
	for i := range merged {
		c := &merged[i]
		if c.hasDate || c.status != "held" || len(c.sents) == 0 || c.sents[0] >= len(st.sents) || !laterEncounter(st.sents[c.sents[0]].toks) {
			continue
		}
		if g, ok := st.gatheringBefore(merged, c.sents[0]); ok {
			c.date, c.hasDate = date{y: g.y, m: g.m}, true
			c.rules = append(c.rules, "later-at-gathering")
		}
	}
}

// gatheringBefore returns the date of the last held gathering of three or
// more states told before sentence si, when it has a month.
func (st *settler) gatheringBefore(merged []candidate, si int) (date, bool) {
	best, bestSent := date{}, -1
	for j := range merged {
		o := &merged[j]
		if !o.hasDate || o.status != "held" || o.date.m == 0 || len(o.sents) == 0 || o.sents[0] >= si || o.sents[0] <= bestSent {
			continue
		}
		if o.kind == "summit" || len(st.countryOf(o)) >= 3 {
			best, bestSent = o.date, o.sents[0]
		}
	}
	return best, bestSent >= 0
}

// sidelinesOfToldGathering: "On the sidelines of the meetings, the
// Minister held bilateral talks with A and B": "the meetings" names again
// the gathering told before, so an encounter with no day of its own takes
// the day that gathering gives. A series ("the meetings", "the talks")
// dates its side meetings by its first day (GUIDELINES: a meeting during a
// stay with no day of its own takes the stay's first day when the text
// gives it); one gathering ("the summit") by the last told before.
//
// The sentence may be any of the candidate's mentions (a headline about
// "Meetings on the Margins of the Council" may come first), and a month
// that only the trip lent (trip-date) gives way to the gathering's day in
// it: a meeting during a stay takes the stay's first day when the text
// gives it.
func (st *settler) sidelinesOfToldGathering(merged []candidate) {
	for i := range merged {
		c := &merged[i]
		if c.hasDate && !monthOfTripOnly(c) || c.status != "held" {
			continue
		}
		si, noun := st.sidelinesSentence(c)
		if si < 0 {
			continue
		}
		first := strings.HasSuffix(noun, "s") && noun != "talks"
		if g, ok := st.gatheringDayBefore(merged, si, first); ok && (!c.hasDate || g.y == c.date.y && g.m == c.date.m) {
			c.date, c.hasDate = g, true
			c.rules = append(c.rules, "sidelines-of-told-gathering")
		}
	}
}

// monthOfTripOnly: the candidate's date is a month that tripDatesBy lent
// it, no date of its own.
func monthOfTripOnly(c *candidate) bool {
	return c.hasDate && c.date.d == 0 && c.date.m > 0 && slices.Contains(c.rules, "trip-date")
}

// sidelinesSentence returns the first of the candidate's sentences that
// tells it "on the sidelines of the <gathering>", with the gathering's
// noun, or -1.
func (st *settler) sidelinesSentence(c *candidate) (int, string) {
	for _, si := range c.sents {
		if si >= len(st.sents) {
			continue
		}
		if noun, ok := sidelinesOfThe(st.sents[si].toks); ok {
			return si, noun
		}
	}
	return -1, ""
}

// gatheringDayBefore returns the day of the first (or else the last)
// held gathering of three or more states told before sentence si.
func (st *settler) gatheringDayBefore(merged []candidate, si int, first bool) (date, bool) {
	best, bestSent := date{}, -1
	for j := range merged {
		o := &merged[j]
		if !o.hasDate || o.status != "held" || o.date.d == 0 || len(o.sents) == 0 || o.sents[0] >= si {
			continue
		}
		if o.kind != "summit" && len(st.countryOf(o)) < 3 {
			continue
		}
		if bestSent < 0 || first && o.sents[0] < bestSent || !first && o.sents[0] > bestSent {
			best, bestSent = o.date, o.sents[0]
		}
	}
	return best, bestSent >= 0
}

// sidelinesOfThe reads "on the sidelines of the meetings", "on the margins
// of the summit": a gathering named only by its common noun, no name after
// it (a named one, "of the Davos forum", dates itself elsewhere).
func sidelinesOfThe(toks []token) (string, bool) {
	for k := 3; k+1 < len(toks); k++ {
		w := toks[k-3].lower
		if w != "sidelines" && w != "margins" && w != "margin" || toks[k-2].lower != "of" || toks[k-1].lower != "the" {
			continue
		}
		if toldGatheringNouns[toks[k].lower] && toks[k+1].kind != tokWord {
			return toks[k].lower, true
		}
	}
	return "", false
}

// toldGatheringNouns name back a gathering already told.
var toldGatheringNouns = map[string]bool{
	"meetings": true, "meeting": true, "summit": true, "summits": true, "talks": true, "session": true,
	"sessions": true, "conference": true, "forum": true, "ministerial": true, "gathering": true,
}

// laterEncounter: "later met", "later held talks", "later had a meeting":
// a bare "later" right before the encounter's verb, not "later this month"
// (a date of its own) nor "later that day" (pointsBackToDay's).
func laterEncounter(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lower == "later" && alsoEncounterVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// alsoMet: "X also met Y", "he also joined the ministers of A and B for a
// working lunch": a further encounter of the occasion told before, on its
// day when the text gives it no other.
func alsoMet(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].lower == "also" && alsoEncounterVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// alsoEncounterVerbs tell, after "also", one more encounter of the
// occasion: "also met", "also held talks", "also joined", "also hosted",
// "also received", "also had lunch with".
var alsoEncounterVerbs = map[string]bool{
	"met": true, "held": true, "joined": true, "hosted": true, "received": true, "had": true,
}

// pointsBackToDay: "the same day", "that day", "that afternoon", "later
// that evening", "earlier in the day"; and "on the sidelines," or "on the
// margins," with no gathering named after it: of the one just told.
func pointsBackToDay(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if (toks[k].lower == "sidelines" || toks[k].lower == "margins") && toks[k-1].lower == "the" && lowerAt(toks, k+1) != "of" {
			return true
		}
		switch toks[k].lower {
		case "day", "morning", "afternoon", "evening", "night":
			if p := toks[k-1].lower; p == "that" || p == "same" && k >= 2 && toks[k-2].lower == "the" {
				return true
			}
			// "Earlier in the day", "later in the evening"
			if k >= 3 && toks[k-1].lower == "the" && toks[k-2].lower == "in" && (toks[k-3].lower == "earlier" || toks[k-3].lower == "later") {
				return true
			}
		}
	}
	return false
}

// spanAfter reads "a week later", "two days afterwards", "the next day",
// "the following day", and backwards "the previous day", "the day
// before": how many days after (or, negative, before) the day of the
// sentence before this one tells of, and whether that is exact.
func spanAfter(toks []token) (days int, exact, ok bool) {
	for k := 1; k < len(toks); k++ {
		w := toks[k].lower
		if w == "day" {
			if d, ok := dayStep(toks, k); ok {
				return d, true, true
			}
		}
		if w != "later" && w != "afterwards" && w != "afterward" {
			continue
		}
		unit, ok := spanUnits[toks[k-1].lower]
		if !ok || k < 2 {
			continue
		}
		n, ok := spanCounts[toks[k-2].lower]
		if !ok {
			n = 1
		}
		return n * unit, false, true
	}
	return 0, false, false
}

// dayStep reads the word "day" at token k as a step of one day from the
// day told before: "the next day", "the following day" (+1), "the
// previous day", "the preceding day", and "the day before" ending its
// clause (-1; "the day before the summit" counts from the summit).
func dayStep(toks []token, k int) (int, bool) {
	switch toks[k-1].lower {
	case "next", "following":
		return 1, true
	case "previous", "preceding":
		return -1, true
	case "the":
		if k+1 < len(toks) && toks[k+1].lower == "before" && (k+2 == len(toks) || toks[k+2].kind == tokPunct) {
			return -1, true
		}
	}
	return 0, false
}

// futureByClause: "A new round of talks between A and B is set to open in
// Tokyo": an engagement named as the subject of a clause whose verb tells
// the future is scheduled, however far the verb stands from the trigger.
func (st *settler) futureByClause(cands []candidate) {
	clause := st.clauseCues(futureVerbCues, futureVerbAfter)
	for i := range cands {
		c := &cands[i]
		if c.status != "held" {
			continue
		}
		if k, _ := clause(c); k >= 0 {
			c.status = "scheduled"
			c.rules = append(c.rules, "future-by-clause")
		}
	}
}

// futureVerbCues lists where a verb telling the future stands: "will",
// "shall", "is to", "are set to", "is due to", "is expected to".
func futureVerbCues(toks []token) []int {
	var out []int
	for k := range toks {
		if isFutureVerb(toks, k) {
			out = append(out, k)
		}
	}
	return out
}

func isFutureVerb(toks []token, k int) bool {
	switch toks[k].lower {
	case "will", "shall":
		return true
	case "is", "are":
		if k+1 >= len(toks) {
			return false
		}
		switch toks[k+1].lower {
		case "to", "set", "due", "expected", "scheduled", "slated", "poised", "planned":
			return true
		}
	}
	return false
}

// futureVerbAfter returns where the first verb after the noun trigger at
// `at` stands when it tells the future, or -1: another verb first ("the
// talks, which were held", "the talks ended"), a subordinate clause or the
// end of the clause ends the search.
func futureVerbAfter(toks []token, at int) int {
	if !nounTriggers[toks[at].lower] {
		return -1
	}
	for k := at + 1; k < len(toks) && k <= at+maxSubjectWords; k++ {
		k = relativeClauseEnd(toks, k) // its verb is not the clause's
		w := toks[k].lower
		if isFutureVerb(toks, k) {
			return k
		}
		if w == ";" || w == "." || subordinators[w] || pastMarkers[w] || presentVerbs[w] || beForms[w] || w == "has" || w == "have" {
			return -1
		}
	}
	return -1
}

// passiveCancelCues lists where "postponed", "called off" stands after a
// form of "be" in the tokens.
func passiveCancelCues(toks []token) []int {
	var out []int
	for k := 1; k < len(toks); k++ {
		if beForms[toks[k-1].lower] && (cancelCues[toks[k].lower] || toks[k].lower == "called" || toks[k].lower == "put") {
			out = append(out, k)
		}
	}
	return out
}

// cueOfTrigger returns the cue of ks that is the verb of the clause the
// candidate's trigger opens, or -1. Only the few words before each cue
// are searched, so a long sentence costs time linear in its length.
func cueOfTrigger(toks []token, ks []int, rules []string, verbAfter func([]token, int) int) int {
	for _, k := range ks {
		for at := k - 1; at >= 0 && at >= k-maxSubjectWords; at-- {
			if triggerStartsAt(toks, at, rules) && verbAfter(toks, at) == k {
				return k
			}
		}
	}
	return -1
}

// triggerStartsAt: the candidate's trigger (its rule "trigger:<surface>")
// starts at token at.
func triggerStartsAt(toks []token, at int, rules []string) bool {
	for _, r := range rules {
		surface, ok := strings.CutPrefix(r, "trigger:")
		if !ok {
			continue
		}
		words := strings.Fields(surface)
		if at+len(words) <= len(toks) && matchWords(toks[at:], words) {
			return true
		}
	}
	return false
}

func matchWords(toks []token, words []string) bool {
	for j, w := range words {
		if toks[j].lower != w {
			return false
		}
	}
	return true
}

// maxSubjectWords bounds how far after its subject a clause's verb is
// looked for.
const maxSubjectWords = 30

// subordinators open a clause of their own: a verb after them is not the
// verb of the clause before. Relative pronouns are not among them: a
// relative clause often tells the engagement's own status ("a dialogue
// that will meet twice a year").
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true, "since": true,
	"although": true, "though": true, "unless": true, "until": true, "if": true,
}

// passiveCancelAfter returns where "has been postponed", "was called off",
// "is cancelled" stands as the verb of the clause the trigger at `at`
// opens, or -1. Another finite verb first ("met ... after the summit was
// postponed") or the end of the clause ends the search.
func passiveCancelAfter(toks []token, at int) int {
	if pastMarkers[toks[at].lower] || presentVerbs[toks[at].lower] {
		return -1 // the trigger is the verb, not the subject
	}
	for k := at + 1; k+1 < len(toks) && k <= at+maxSubjectWords; k++ {
		k = relativeClauseEnd(toks, k) // its verb is not the clause's
		w := toks[k].lower
		if w == ";" || w == "." || subordinators[w] || pastMarkers[w] && !beForms[w] && w != "had" || presentVerbs[w] {
			return -1
		}
		if !beForms[w] {
			continue
		}
		next := toks[k+1].lower
		if cancelCues[next] && !strings.HasSuffix(next, "ing") || (next == "called" || next == "put") && k+2 < len(toks) && toks[k+2].lower == "off" {
			return k + 1
		}
		if next != "been" && next != "being" {
			return -1 // "the talks were held", "is expected": another verb decides
		}
	}
	return -1
}

// ledeDayBeforeMerge: the held engagement a readout's first body sentence
// tells, with no day of its own, is of the publication day already when
// mentions are joined, so that a background engagement told later with a
// date of its own ("the visit to Delhi by the Prime Minister in
// December") is not taken for it.
func (st *settler) ledeDayBeforeMerge(cands []candidate) {
	d := st.d
	if !d.published.known() || d.published.d == 0 {
		return
	}
	dated := map[int]bool{} // sentences that give one of their engagements a day
	for _, c := range cands {
		if c.hasDate && len(c.sents) == 1 {
			dated[c.sents[0]] = true
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.hasDate || c.status != "held" || c.weak || len(c.sents) != 1 || c.sents[0] != d.firstBodySent || len(c.people) < 2 || dated[c.sents[0]] {
			continue
		}
		if c.headline || c.sents[0] >= len(st.sents) || !proseSentence(st.sents[c.sents[0]].toks) || backFromTrip(st.sents[c.sents[0]].toks) {
			continue // a title line over the body restates what the body dates
		}
		c.date, c.hasDate = d.published, true
		c.rules = append(c.rules, "readout-date")
	}
}

// proseSentence: the sentence reads as prose, not as a title line: it
// ends with a full stop and at least two words in five are not
// capitalised ("Readout of Secretary X's Call With Minister Jose Ma." is a
// title cut at an initial).
func proseSentence(toks []token) bool {
	if len(toks) == 0 || toks[len(toks)-1].lower != "." {
		return false
	}
	words, lower := 0, 0
	for _, t := range toks {
		if t.kind == tokWord {
			words++
			if !t.upper {
				lower++
			}
		}
	}
	return lower*5 >= words*2
}

// readoutDates: a report that opens with an engagement it gives no day for
// appeared the same day, whoever publishes it: a government's readout or
// release, or a wire story about the day's events.
func (st *settler) readoutDates(merged []candidate) []candidate {
	d := st.d
	lede, hasLede := ledeGathering(merged, d.firstBodySent)
	told := false // the lede's gathering is told again after it
	for i := range merged {
		m := &merged[i]
		// "At the dinner, business in 2004 ...": a bare year, the year of
		// publication, is background, not the engagement's date.
		// A year that a relative date across two months left ("last
		// week" over a month's end) is as fine as the text allows.
		yearOnly := m.hasDate && m.date.m == 0 && m.date.y == d.published.y && d.published.d > 0 && !slices.Contains(m.rules, coarseRelativeRule)
		if !m.hasDate && !m.headline && m.sents[0] < len(st.sents) && toldAsBackground(st.sents[m.sents[0]].toks) {
			continue // "The leaders recalled their meeting in Osaka": no time given, null
		}
		if (!m.hasDate || yearOnly) && m.status == "held" && (m.headline || m.sents[0] <= d.firstBodySent+1) && d.published.known() {
			if hasLede && !m.headline && i != lede && st.tellsGathering(&merged[lede], m) {
				// "ended a two-day summit on Monday. The presidents of A
				// and B attended.": the text dates the gathering its
				// parties are told of next, not the page.
				m.date, m.hasDate = merged[lede].date, true
				m.rules = append(m.rules, "lede-gathering-day")
				if !told {
					m.sents = append(slices.Clone(merged[lede].sents), m.sents...)
					if m.locCode == "" {
						m.locCode = merged[lede].locCode
					}
					m.kind = merged[lede].kind // the lede names it ("a summit")
				}
				told = true
				continue
			}
			m.date, m.hasDate = d.published, true
			m.rules = append(m.rules, "readout-date")
			if m.sents[0] < len(st.sents) && backFromTrip(st.sents[m.sents[0]].toks) {
				// "back from a tour of the region, said he had met X":
				// told after a trip, on some day of it (GUIDELINES:
				// a story after a trip gives the month).
				m.date.d = 0
				m.rules = append(m.rules, "after-trip-month")
			}
		}
	}
	if told {
		return slices.Delete(merged, lede, lede+1)
	}
	return merged
}

// bodyReadoutDates: a government's own release or a readout tells its
// official's meetings in the body too ("The Prime Minister met separately
// with A and B", under a subhead): held with no day of their own, they
// take the publication date (GUIDELINES: a readout or a government's own
// release about its official's engagement takes the publication date when
// it gives no day). Told as background ("had met", "recalled") or after a
// trip, the rule keeps out.
func (st *settler) bodyReadoutDates(merged []candidate) {
	d := st.d
	if !(d.govOutlet || d.statement) || d.published.d == 0 {
		return
	}
	for i := range merged {
		m := &merged[i]
		if m.hasDate || m.status != "held" || !st.toldAsEncounter(m.sents) {
			continue
		}
		m.date, m.hasDate = d.published, true
		m.rules = append(m.rules, "body-readout-date")
	}
}

// toldAsEncounter: one of the sentences tells the encounter in the simple
// past, and none looks back at it as background or from after a trip
// (a subhead "PM meetings with A and B" comes before the sentence that
// tells it).
func (st *settler) toldAsEncounter(sents []int) bool {
	told := false
	for _, si := range sents {
		if si >= len(st.sents) {
			return false
		}
		toks := st.sents[si].toks
		if toldAsBackground(toks) || backFromTrip(toks) {
			return false
		}
		told = told || laterEncounterOrMet(toks)
	}
	return told
}

// laterEncounterOrMet: the clause tells an encounter in the simple past
// ("met", "held talks", "received"), the way a readout reports its day.
func laterEncounterOrMet(toks []token) bool {
	for _, t := range toks {
		if alsoEncounterVerbs[t.lower] {
			return true
		}
	}
	return false
}

// toldAsBackground: the sentence looks back at an earlier engagement, not
// at the one the readout reports: a verb of memory ("recalled their
// meeting in Osaka"), a retrospective adverb before a past verb of meeting
// ("first met", "last visited", "previously held"), or the past perfect
// ("had met") not of reported speech ("said he had met" reports the trip
// just made).
func toldAsBackground(toks []token) bool {
	reported := false // "said he had met": the past perfect of reported speech
	for k, t := range toks {
		switch t.lower {
		case "recalled", "recalling", "recalls", "remembered", "reminisced":
			return true
		case "first", "last", "previously", "once", "had":
			if k+1 < len(toks) && pastMeetingVerbs[toks[k+1].lower] && !(t.lower == "had" && reported) {
				return true
			}
		}
		reported = reported || speechVerbs[t.lower]
	}
	return false
}

// pastMeetingVerbs are past forms of the verbs that tell an encounter.
var pastMeetingVerbs = map[string]bool{"met": true, "visited": true, "held": true, "spoke": true, "talked": true, "hosted": true, "received": true}

// ledeGathering finds the gathering a story's first body sentence tells
// with its day but no parties ("Leaders of the bloc ended a two-day summit
// on Monday"): the sentences after it name who took part.
func ledeGathering(merged []candidate, firstBody int) (int, bool) {
	for i, m := range merged {
		if len(m.sents) == 1 && m.sents[0] == firstBody && m.hasDate && m.date.d > 0 && m.status == "held" && !m.weak &&
			len(m.people) == 0 && len(m.countries) == 0 && len(m.stateMentions) == 0 {
			return i, true
		}
	}
	return 0, false
}

// tellsGathering: c, told after the lede's gathering and with no day of
// its own, is that gathering: of its kind, or of its class with the
// parties of a gathering (three states or more), not a pair's encounter.
func (st *settler) tellsGathering(lede, c *candidate) bool {
	if c.sents[0] <= lede.sents[0] || !kindsAgree(lede, c) {
		return false
	}
	return c.kind == lede.kind || len(st.countryOf(c)) > 2
}

// backFromTrip: the sentence tells its subject has come back from a trip
// ("back from a tour", "returning from", "on his return from", "returned
// from"): what it reports happened on some day of the trip.
func backFromTrip(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].lower != "from" {
			continue
		}
		switch toks[k].lower {
		case "back", "returning", "returned", "return", "returns":
			return true
		}
	}
	return false
}

// tripDates: a meeting told after a dated trip of one of its people, with
// no date of its own, happens during the trip: on the trip's first day when
// it is where the trip goes, else (a tour of several stops) in its month.
func tripDates(merged []candidate) { tripDatesBy(merged, nil, nil) }

// legDates: "Visit to A and B" over "From 9-13 March, I shall be in A's
// capital to attend the forum": a stop of a tour dated only to its month
// takes the first day of its people's stay in its place.
func legDates(merged []candidate, legs []stay) {
	for i := range merged {
		v := &merged[i]
		if v.kind != "visit" || !v.hasDate || v.date.d != 0 || v.date.m == 0 || v.locCode == "" {
			continue
		}
		for _, l := range legs {
			if l.loc == v.locCode && l.from.y == v.date.y && l.from.m == v.date.m && shareAny(l.people, v.people) {
				v.date = l.from
				v.rules = append(v.rules, "leg-first-day")
				break
			}
		}
	}
}

// toldAsTrip: the engagement is a visit, or one of its mentions tells a
// journey (a headline "Minister Returns to Benin for Border Talks" with
// "headed back to Benin on Thursday"): its day is the trip's, whatever
// kind the mentions settled on.
func (x *Extractor) toldAsTrip(c *candidate) bool {
	if c.kind == "visit" {
		return true
	}
	for _, r := range c.rules {
		surface, ok := strings.CutPrefix(r, "trigger:")
		if !ok {
			continue
		}
		first, _, _ := strings.Cut(surface, " ")
		for _, e := range x.triggers.byFirst[first] {
			if e.Kind == "visit" && !e.Weak && strings.Join(e.toks, " ") == surface {
				return true
			}
		}
	}
	return false
}

// tripDatesBy is tripDates with the states taking part in a candidate
// known (countryOf), so that a meeting in the visited state that names no
// place of its own ("during her visit, she held meetings with the Prime
// Minister") takes the stay's first day.
func tripDatesBy(merged []candidate, countryOf func(*candidate) []string, isTrip func(*candidate) bool) {
	if isTrip == nil {
		isTrip = func(c *candidate) bool { return c.kind == "visit" }
	}
	states := func(c *candidate) []string {
		if countryOf != nil {
			return countryOf(c)
		}
		return append(slices.Clone(c.countries), c.locCode)
	}
	for j := range merged {
		m := &merged[j]
		if m.kind == "visit" || m.kind == "call" || m.hasDate {
			continue
		}
		i := tripOf(merged, j, isTrip)
		if i < 0 {
			continue
		}
		v := &merged[i]
		tour := slices.ContainsFunc(v.stateMentions, func(cc string) bool { return cc != v.locCode && !containsStr(states(v), cc) })
		m.date, m.hasDate = v.date, true
		there := m.locCode != "" && m.locCode == v.locCode || m.locCode == "" && v.locCode != "" && countryOf != nil && containsStr(countryOf(m), v.locCode)
		if !there || tour || datedByPublication(v) {
			m.date.d = 0
		}
		m.rules = append(m.rules, "trip-date")
	}
}

// dropCarriedVisits: a visit that a meeting with the hosts carries is no
// entry of its own, and a visit with no visitor is none.
// companionsJoin: "The Secretary will be accompanied by Under Secretary
// N", "will travel to Accra, accompanied by Trade Minister N": who
// accompanies an official on a trip takes part in the official's
// engagements of that trip, not only in the one the sentence tells (a
// meeting that carries the visit, a second stop). Companions are of the
// official's side (or of no state); the trip's engagements are the
// official's of the same status, calls and background aside.
func (st *settler) companionsJoin(merged []candidate) {
	for si, s := range st.sents {
		by := accompaniedBy(s.toks)
		if by < 0 {
			continue
		}
		subject, ref := st.accompanied(merged, si, by)
		if subject < 0 || !slices.Contains(merged[ref].sents, si) && !companionActs(s.toks, by) {
			continue
		}
		side := st.people[subject].country
		companions := st.namedAfter(si, by, func(pi int) bool {
			c := st.people[pi].country
			return pi != subject && (c == side || c == "")
		})
		for k := range merged {
			c := &merged[k]
			if !sameTrip(c, &merged[ref]) || c.kind == "call" || c.background || !slices.Contains(c.people, subject) {
				continue
			}
			for _, pi := range companions {
				c.people = appendUnique(c.people, pi)
			}
		}
	}
}

// companionActs: a sentence of its own that names who comes along ("The
// Minister will be accompanied by Vice Minister N and business leaders")
// lists the delegation, not participants of the talks; only a relative
// clause that gives the companion a part of their own ("…, who will also
// meet the hosts", "who joined him for the talks") makes them take part.
// by is the token of "by" in "accompanied by".
func companionActs(toks []token, by int) bool {
	for k := by + 1; k < len(toks); k++ {
		if toks[k].lower != "who" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if companionActVerbs[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// companionActVerbs are the words right after "who" that give a companion
// a part in the engagements ("who will also brief", "who joined him").
var companionActVerbs = map[string]bool{
	"also": true, "join": true, "joins": true, "joined": true, "meet": true, "met": true,
	"brief": true, "briefed": true, "attend": true, "attended": true, "hold": true, "held": true,
	"take": true, "took": true, "lead": true, "led": true, "sign": true, "signed": true,
}

// sameTrip: engagement c is of the trip that engagement ref tells. A trip
// announced is told whole ("will be accompanied by"); one told after the
// fact goes day by day, and "she was accompanied by" is of that day.
func sameTrip(c, ref *candidate) bool {
	if c.status != ref.status {
		return false
	}
	return c.status != "held" || c.hasDate && ref.hasDate && c.date == ref.date
}

// accompaniedBy is the token of "by" in "accompanied by", or -1.
func accompaniedBy(toks []token) int {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "accompanied" && toks[k+1].lower == "by" {
			return k + 1
		}
	}
	return -1
}

// accompanied is the person accompanied in sentence si, where "by" is at
// token by, and the engagement that tells the trip: the person named
// before "accompanied" (by name, else by office or pronoun), and the
// engagement of theirs told in the sentence or the latest before it in its
// paragraph or the one before; with no one named, the first party of that
// engagement.
func (st *settler) accompanied(merged []candidate, si, by int) (int, int) {
	subject := st.namedBefore(si, by-1)
	ref := -1
	para := st.sents[si].para
	for k := range merged {
		if subject >= 0 && !slices.Contains(merged[k].people, subject) {
			continue
		}
		if slices.Contains(merged[k].sents, si) {
			ref = k
			break
		}
		if slices.ContainsFunc(merged[k].sents, func(x int) bool { return x < si && st.sents[x].para >= para-1 }) {
			ref = k
		}
	}
	if ref < 0 || len(merged[ref].people) == 0 {
		return -1, -1
	}
	if subject < 0 {
		subject = merged[ref].people[0]
	}
	return subject, ref
}

// namedBefore is the person named first in sentence si before token end:
// by name, else by an office or a pronoun that refers to them; or -1.
func (st *settler) namedBefore(si, end int) int {
	best, bestTok := -1, end
	for pi, p := range st.people {
		for _, m := range p.mentions {
			if m.sent == si && m.tok < bestTok {
				best, bestTok = pi, m.tok
			}
		}
	}
	if best >= 0 {
		return best
	}
	for pi, p := range st.people {
		for _, r := range p.refs {
			if r.sent == si && r.tok < bestTok {
				best, bestTok = pi, r.tok
			}
		}
	}
	return best
}

// namedAfter lists the people named in sentence si after token from and
// before a ";", in order, that keep holds of.
func (st *settler) namedAfter(si, from int, keep func(int) bool) []int {
	end := len(st.sents[si].toks)
	for k := max(from, 0); k < end; k++ {
		if st.sents[si].toks[k].text == ";" {
			end = k
		}
	}
	var out []int
	for pi := range st.people {
		if at := st.firstRefAfter(pi, si, from); at > from && at < end && keep(pi) {
			out = append(out, pi)
		}
	}
	slices.SortFunc(out, func(a, b int) int { return st.firstRefAfter(a, si, from) - st.firstRefAfter(b, si, from) })
	return out
}

// firstRefAfter is the first token after from at which person pi is named
// in sentence si, or -1.
func (st *settler) firstRefAfter(pi, si, from int) int {
	best := -1
	for _, r := range st.people[pi].refs {
		if r.sent == si && r.tok > from && (best < 0 || r.tok < best) {
			best = r.tok
		}
	}
	return best
}

func (st *settler) dropCarriedVisits(merged []candidate) []candidate {
	var kept []candidate
	for i, m := range merged {
		if m.kind == "visit" && (len(m.people) == 0 || st.visitCarried(merged, i) || st.organisationVenue(&m)) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// dropHeadlineSummaries: a headline that names no person and whose every
// state the body places at an engagement of its own ("Prime Minister
// meets leaders of A and B", then a meeting with each; "phone talks with
// A's leader, video summit with B's", then each told) sums up those
// engagements; left standing, it would join states that never met, or
// take the leaders named around it as a summit of its own.
func (st *settler) dropHeadlineSummaries(kept []candidate) []candidate {
	out := kept[:0:0]
	heads := st.headlineTexts()
	for i := range kept {
		if !st.headlineSummary(kept, i, heads) {
			out = append(out, kept[i])
		}
	}
	return out
}

// headlineSummary: engagement i is told in the headline only (or in a
// body line repeating it word for word, heads), names no person, and
// each of its states takes part in another engagement of the same status
// that the body tells with named people.
func (st *settler) headlineSummary(kept []candidate, i int, heads map[string]bool) bool {
	m := &kept[i]
	if len(m.people) > 0 || len(m.sents) == 0 || st.toldInBody(m, heads) {
		return false
	}
	states := st.countryOf(m)
	if len(states) == 0 {
		return false
	}
	for _, cc := range states {
		told := false
		for j := range kept {
			o := &kept[j]
			if j != i && o.status == m.status && len(o.people) > 0 && st.toldInBody(o, heads) && containsStr(st.countryOf(o), cc) {
				told = true
				break
			}
		}
		if !told {
			return false
		}
	}
	return true
}

// toldInBody: the engagement is told in a sentence of the body that does
// not repeat the headline.
func (st *settler) toldInBody(c *candidate, heads map[string]bool) bool {
	return slices.ContainsFunc(c.sents, func(si int) bool {
		s := st.sents[si]
		return !s.headline && !heads[st.d.text[s.start:s.end]]
	})
}

// visitCarried: a meeting near visit i shares its visitor, takes place in
// the visited state and on near days.
func (st *settler) visitCarried(merged []candidate, i int) bool {
	m := merged[i]
	for j := max(0, i-maxMergeLookBack); j < len(merged) && j <= i+maxMergeLookBack; j++ {
		o := merged[j]
		if i == j || o.kind == "visit" || o.kind == "call" || o.status == "held" && m.status != "held" {
			continue // a call carries no visit, nor a meeting held a visit to come
		}
		if shareAny(m.people, o.people) && containsStr(st.countryOf(&merged[j]), m.locCode) && datesNear(m.date, o.date) {
			return true
		}
	}
	return false
}

// leader: a serving head of state or government with a state.
func leader(p person) bool {
	return (p.level == "head_of_state" || p.level == "head_of_government") && !p.former
}

// summitHostLeaders: a summit's host leader takes part in it.
func (st *settler) summitHostLeaders(kept []candidate) {
	leaders := map[string][]int{}
	for pi, p := range st.people {
		if leader(p) && p.country != "" {
			leaders[p.country] = append(leaders[p.country], pi)
		}
	}
	for i := range kept {
		m := &kept[i]
		if m.kind != "summit" || m.locCode == "" || !st.leadersMeet(m) {
			continue
		}
		for _, pi := range leaders[m.locCode] {
			m.people = appendUnique(m.people, pi)
		}
	}
}

// leadersMeet: the gathering is one of leaders, a head of state or
// government among its people. A meeting of ministers ("the EU-Central
// Asia Ministerial") is not the host leader's, who may receive its guests
// beside it.
func (st *settler) leadersMeet(m *candidate) bool {
	return slices.ContainsFunc(m.people, func(pi int) bool { return leader(st.people[pi]) })
}

// ministersMeet: the gathering's people are known and none is a leader.
func ministersMeet(st *settler, m *candidate) bool {
	return len(m.people) > 0 && !st.leadersMeet(m)
}

// summitLeaders: the leaders an article about a summit names around it
// attend it, unless the article places them at another engagement that day;
// at a meeting of a group ("the G7 will meet"), the leaders of its members.
func (st *settler) summitLeaders(kept []candidate) {
	for i := range kept {
		m := &kept[i]
		if m.kind != "summit" && !m.group || !(m.headline || len(m.sents) > 0 && m.sents[0] <= st.d.firstBodySent+1) || ministersMeet(st, m) {
			continue
		}
		paras := map[int]bool{}
		for _, si := range m.sents {
			paras[st.sents[si].para] = true
			paras[st.sents[si].para+1] = true
		}
		for pi, p := range st.people {
			if !leader(p) || containsInt(m.people, pi) || m.group && !containsStr(m.countries, p.country) {
				continue
			}
			if st.namedIn(p, paras) && !busyElsewhere(kept, i, pi) {
				m.people = append(m.people, pi)
				m.rules = appendUniqueStr(m.rules, "summit-leaders")
			}
		}
	}
}

// speakersJoinHeadline: a transcript whose headline names an engagement
// ("Remarks at the talks with the Prime Minister of Niger") is the
// record of it, and those who speak in it by label ("ALI SANI, PRIME
// MINISTER:") take part in it.
func (st *settler) speakersJoinHeadline(kept []candidate) {
	var speakers []int
	for pi, p := range st.people {
		if !p.former && slices.ContainsFunc(p.mentions, func(m officialMention) bool { return m.rule == "speaker-label" }) {
			speakers = append(speakers, pi)
		}
	}
	if len(speakers) == 0 {
		return
	}
	for i := range kept {
		m := &kept[i]
		if len(m.sents) == 0 || !st.sents[m.sents[0]].headline || m.status != "held" {
			continue
		}
		for _, pi := range speakers {
			if !containsInt(m.people, pi) {
				m.people = append(m.people, pi)
				m.rules = appendUniqueStr(m.rules, "transcript-speakers")
			}
		}
		return
	}
}

// namedIn: the person is named in one of the paragraphs.
func (st *settler) namedIn(p person, paras map[int]bool) bool {
	for _, r := range p.refs {
		if paras[st.sents[r.sent].para] {
			return true
		}
	}
	return false
}

// busyElsewhere: person pi takes part in an engagement other than i on a
// date that cannot be i's.
func busyElsewhere(kept []candidate, i, pi int) bool {
	for j := range kept {
		if j != i && containsInt(kept[j].people, pi) && !kept[j].date.overlaps(kept[i].date) {
			return true
		}
	}
	return false
}

// keepInterstate keeps the engagements between states and gives each its
// states.
func (st *settler) keepInterstate(kept []candidate) []candidate {
	var final []candidate
	for _, m := range kept {
		cs := st.countryOf(&m)
		if len(m.people) == 0 && len(cs) == 0 {
			continue
		}
		// An international organisation's official meeting a state's is
		// an engagement of two parties.
		orgs := 0
		for _, pi := range m.people {
			if st.people[pi].country == "" && st.people[pi].org != "" {
				orgs++
			}
		}
		if len(cs) < 2 && !(orgs > 0 && len(cs) == 1 && !m.weak) {
			// One state alone: an engagement only when it is a named round
			// of talks with a date; a weak mention is none.
			if m.weak || !(m.kind == "talks" || m.kind == "summit") || !m.hasDate {
				continue
			}
		}
		if m.weak && len(cs) < 2 {
			continue
		}
		m.countries = cs
		final = append(final, m)
	}
	return final
}

// minPrincipalEngagements is how many engagements between states an
// official must take part in to be the article's principal.
const minPrincipalEngagements = 2

// principal is the official whose engagements the article tells: the one
// who takes part in the most engagements of two states or more (at
// least minPrincipalEngagements), the first named on a tie.
func (st *settler) principal(kept []candidate) (int, bool) {
	count := map[int]int{}
	for i := range kept {
		if len(st.countryOf(&kept[i])) < 2 {
			continue
		}
		for _, pi := range kept[i].people {
			count[pi]++
		}
	}
	best, n := -1, minPrincipalEngagements-1
	for pi, c := range count {
		if c > n || c == n && best >= 0 && st.people[pi].first < st.people[best].first {
			best, n = pi, c
		}
	}
	return best, best >= 0 && st.people[best].country != ""
}

// principalJoins: an engagement told with its other side only ("A
// meeting with the Italian Prime Minister planned for Sunday will not
// take place", "a scheduled meeting with A's acting foreign minister was
// called off", "a call with his Rwandan counterpart") has no subject of
// its own: it is the principal's, whose engagements the article tells.
// Only a meeting or call of one state is read so, whose people are all of
// that state.
func (st *settler) principalJoins(kept []candidate) {
	pi, ok := st.principal(kept)
	if !ok {
		return
	}
	for i := range kept {
		m := &kept[i]
		cs := st.countryOf(m)
		if m.weak || len(cs) != 1 || cs[0] == st.people[pi].country || !oneSideKinds[m.kind] {
			continue
		}
		if slices.ContainsFunc(m.people, func(p int) bool { return st.people[p].country != cs[0] }) || st.namedBeforeTrigger(m) {
			continue
		}
		m.people = append(m.people, pi)
		m.rules = append(m.rules, "principal")
	}
}

// namedBeforeTrigger: one of c's people is named in its first sentence
// before its trigger, as the clause's subject or the speaker who reports
// it ("N said the two countries would meet"): the engagement has a side
// of its own there, and no other is left out.
func (st *settler) namedBeforeTrigger(c *candidate) bool {
	if len(c.sents) == 0 {
		return false
	}
	si := c.sents[0]
	toks := st.sents[si].toks
	at := -1
	for k := range toks {
		if triggerStartsAt(toks, k, c.rules) {
			at = k
			break
		}
	}
	for _, pi := range c.people {
		for _, r := range st.people[pi].refs {
			if r.sent == si && (at < 0 || r.tok < at) {
				return true
			}
		}
	}
	return false
}

// oneSideKinds are the kinds of engagement that always have two sides. A
// visit with no visitor is dropped before (dropCarriedVisits): the
// principal is not sent on trips the text does not give them.
var oneSideKinds = map[string]bool{"meeting": true, "call": true}

// organisationVenue: "will travel to Brussels for the meeting of NATO
// Foreign Ministers", "travels to Brussels, where he will attend the NATO
// Summit": a journey whose business is an international organisation's
// gathering at the organisation's seat goes to its venue; the state that
// hosts the seat takes no part (GUIDELINES: a state that only provides
// the venue is no party), unless one of its officials is among the
// visit's people. A gathering away from the seat is hosted by a member
// that chairs it ("leaves for Singapore to attend the ASEAN-Korea
// Summit"), which takes part.
func (st *settler) organisationVenue(c *candidate) bool {
	if c.locCode == "" || len(c.sents) == 0 || slices.ContainsFunc(c.people, func(pi int) bool { return st.people[pi].country == c.locCode }) {
		return false
	}
	toks := st.sents[c.sents[0]].toks
	at := -1
	for k := range toks {
		if triggerStartsAt(toks, k, c.rules) {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k := at + 1; k < len(toks) && toks[k].text != ";" && toks[k].text != "."; k++ {
		org := ""
		if orgGatherings[toks[k].lower] {
			org = st.x.orgIn(toks, max(at+1, k-orgNear), min(len(toks), k+orgNear+1))
			if name, start, ok := st.x.orgEndingAt(toks, k); ok && start > at {
				org = name // the gathering is the body itself: "the Foreign Affairs Council"
			}
		}
		if slices.Contains(orgSeats[org], c.locCode) {
			return true
		}
	}
	return false
}

// orgNear bounds how far from its gathering noun an organisation's name
// stands ("the NATO Summit", "the meeting of NATO Foreign Ministers").
const orgNear = 3

// orgSeats are the states that host the seats of international
// organisations (general knowledge: where their councils and summits
// meet when no member hosts them).
var orgSeats = map[string][]string{
	"NATO": {"BE"}, "EU": {"BE", "LU"}, "UN": {"US", "CH", "AT"}, "AU": {"ET"}, "OSCE": {"AT"}, "OAS": {"US"},
	"IAEA": {"AT"}, "OPCW": {"NL"}, "WTO": {"CH"}, "WHO": {"CH"}, "OECD": {"FR"}, "IMF": {"US"}, "World Bank": {"US"},
}

// orgGatherings name a gathering an organisation holds.
var orgGatherings = map[string]bool{
	"summit": true, "meeting": true, "ministerial": true, "council": true, "conference": true, "session": true, "assembly": true,
}

// gatheringOfficeOnly: "Foreign Minister A Attends the ASEAN-related
// Foreign Ministers' Meetings", "At the Foreign Ministers' Meeting on
// August 3, Minister A explained ...": a gathering named by a plural
// office's possessive takes as its people every holder of that office the
// article names (people.go, genericPlural), also those the article meets
// apart ("A met Foreign Minister B of X"). A holder whom the gathering's
// sentences name only by that office, and whose state is none of those
// the gathering names as its own, is not known to be at it: the gathering
// loses them (GUIDELINES: a group's members are not added unless listed).
// A state it names ("the G7 Foreign Ministers' Meeting" with its members,
// "the meeting co-chaired with Singapore") keeps its holder.
func (st *settler) gatheringOfficeOnly(kept []candidate) {
	for i := range kept {
		m := &kept[i]
		if len(st.countryOf(m)) < 3 {
			continue
		}
		n := len(m.people)
		m.people = slices.DeleteFunc(slices.Clone(m.people), func(pi int) bool {
			cc := st.people[pi].country
			listed := slices.Contains(m.countries, cc) || slices.Contains(m.stateMentions, cc)
			return !listed && st.onlyByGatheringOffice(pi, m.sents)
		})
		if len(m.people) < n {
			m.rules = append(m.rules, "gathering-office-only")
		}
	}
}

// onlyByGatheringOffice: every reference to person pi in the sentences is
// a plural office naming a gathering ("Foreign Ministers' Meeting").
func (st *settler) onlyByGatheringOffice(pi int, sents []int) bool {
	seen := false
	for _, r := range st.people[pi].refs {
		if !slices.Contains(sents, r.sent) {
			continue
		}
		if !possessiveOfficeAt(st.sents[r.sent].toks, r.end) {
			return false
		}
		seen = true
	}
	return seen
}
