package extract

import (
	"slices"
	"strings"
)

// The split passes: one sentence that states several engagements ("met
// separately with A and B") becomes one candidate per encounter, and
// pronoun subjects are taken from the sentence before.

// separately: "met separately with", "will also separately meet", "held
// separate talks with A and B", "met with his counterparts from A, B and
// C": one meeting per other state.
func separately(toks []token, t trig) bool {
	for k := max(0, t.tok-2); k < len(toks) && k < t.end+2; k++ {
		if toks[k].lower == "separately" || (toks[k].lower == "bilateral" || toks[k].lower == "separate") && k < t.tok && strings.HasSuffix(t.entry.Surface, "s") {
			return true // "met separately with", "held bilateral meetings with", "separate talks with"
		}
	}
	for k := t.end; k < len(toks) && k < t.end+4; k++ {
		if toks[k].lower == "counterparts" && k+1 < len(toks) && namesCounterparts(toks[k+1]) {
			return !jointBefore(toks, t.tok) && !jointAfter(toks, t.end) && !metAtGathering(toks, t.end) && !groupCounterparts(toks, k)
		}
	}
	if secondEncounter(toks, t.end) || respectiveEncounters(toks, t) {
		return true
	}
	// "held meetings with A and B": one meeting each.
	return t.entry.Surface == "meetings" && t.end < len(toks) && toks[t.end].lower == "with"
}

// respectiveEncounters: one subject's encounters with a list of others
// "respectively" ("spoke by phone with A and B, respectively", "met A and
// B on Monday and Tuesday, respectively"): one encounter each. A call
// needs no more; another encounter only when a day stands just before the
// "respectively", since "met the ministers of A and B, N and M
// respectively" pairs names with states in one meeting. Two subjects ("A
// and B spoke with C and D, respectively") pair off otherwise: left alone.
func respectiveEncounters(toks []token, t trig) bool {
	for k := max(0, t.tok-6); k < t.tok; k++ {
		if toks[k].lower == "and" {
			return false
		}
	}
	for k := t.end; k < len(toks) && k < t.end+maxEncounterSpan; k++ {
		switch toks[k].text {
		case ".", ";", ":":
			return false
		}
		if toks[k].lower != "respectively" {
			continue
		}
		if t.entry.Kind == "call" {
			return true
		}
		for m := max(t.end, k-3); m < k; m++ {
			if timeWords[toks[m].lower] || toks[m].kind == tokNumber {
				return true
			}
		}
		return false
	}
	return false
}

// secondEncounter: the clause after the trigger goes on to a second
// "with" that an adverb of sequence or of apartness sets off from the
// first ("held talks with A and later with B", "spoke with A and,
// separately, with B", "met A on Monday and then with B"): the second
// party was met on its own, not in one meeting with the first.
func secondEncounter(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+maxEncounterSpan; k++ {
		switch toks[k].text {
		case ";", ":", "(":
			return false
		}
		if toks[k].lower != "and" && !(toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower == "then") {
			continue
		}
		m := k + 1
		for m < len(toks) && (toks[m].text == "," || sequenceAdverbs[toks[m].lower] || sequenceTimeWords[toks[m].lower]) {
			m++
		}
		if m == k+1 || m >= len(toks) || !hasSequenceAdverb(toks[k+1:m]) {
			continue
		}
		// "with B", or B itself after a verb that takes its object
		// directly ("met A and, later that day, President B").
		if toks[m].lower == "with" || toks[m].upper && toks[from].lower != "with" {
			return true
		}
	}
	return false
}

// sequenceTimeWords may stand with an adverb of sequence before the
// second party: "and, later that day, with B", "and the following
// morning with B".
var sequenceTimeWords = map[string]bool{
	"that": true, "the": true, "same": true, "following": true, "next": true, "day": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "in": true,
}

// maxEncounterSpan bounds how far after its trigger a clause's second
// "with" is read: the first party's name and title lie between.
const maxEncounterSpan = 30

// sequenceAdverbs set a second encounter off from the first.
var sequenceAdverbs = map[string]bool{
	"separately": true, "later": true, "then": true, "afterwards": true, "afterward": true,
	"subsequently": true, "individually": true, "thereafter": true,
}

func hasSequenceAdverb(toks []token) bool {
	for _, t := range toks {
		if sequenceAdverbs[t.lower] || t.lower == "following" || t.lower == "next" {
			return true
		}
	}
	return false
}

// namesCounterparts: the word after "counterparts" opens the list of them
// ("from A and B", ", Minister A of X and Minister B of Y", ": A, B").
func namesCounterparts(next token) bool {
	return next.lower == "from" || next.text == "," || next.text == ":"
}

// groupCounterparts: the "counterparts" at k are a group's ("her G7
// counterparts from A, B and C", "counterparts from the ASEAN"): they met
// as the group, one gathering, not one bilateral each.
func groupCounterparts(toks []token, k int) bool {
	for i := max(0, k-4); i < k; i++ {
		if _, j, ok := groupAt(toks, i); ok && groupOfCounterparts(toks, i, j) {
			return true
		}
	}
	i := k + 2
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	_, j, ok := groupAt(toks, i)
	return ok && groupOfCounterparts(toks, i, j)
}

// jointWords state that several parties met together.
var jointWords = map[string]bool{"trilateral": true, "multilateral": true, "joint": true, "quadrilateral": true, "together": true}

// jointBefore: a word just before the trigger says the meeting was joint
// ("a trilateral meeting with her counterparts, A and B").
func jointBefore(toks []token, at int) bool {
	for k := max(0, at-3); k < at; k++ {
		if jointWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// jointAfter: the clause after the trigger calls the meeting joint ("met
// her counterparts from A and B in a trilateral meeting", "... jointly").
func jointAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+15 && toks[k].text != ";"; k++ {
		if jointWords[toks[k].lower] || toks[k].lower == "jointly" {
			return true
		}
	}
	return false
}

// jointNouns name one gathering that several parties attend together.
var jointNouns = map[string]bool{
	"meeting": true, "summit": true, "ministerial": true, "conference": true, "session": true,
	"dialogue": true, "forum": true, "retreat": true, "consultations": true,
}

// metAtGathering: the clause after the trigger places the encounter at one
// gathering ("met his counterparts from A, B and C at a meeting of the
// group's ministers", "... for the Ministerial Session in D"): a joint
// meeting is stated, so the guidelines' one bilateral per counterpart
// does not apply. A gathering's edge ("on the margins of the Ministerial
// Meeting") still tells meetings beside it.
func metAtGathering(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+maxEncounterSpan && toks[k].text != ";"; k++ {
		switch toks[k].lower {
		case "at", "during", "for", "in":
		default:
			continue
		}
		if d := toks[k+1].lower; d != "a" && d != "an" && d != "the" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+7; j++ {
			if occasionNouns[toks[j].lower] || toks[j].text == "," || toks[j].text == "." {
				break
			}
			if jointNouns[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// splitApart splits the engagement of trigger ti when its clause tells
// separate encounters. When no one named before the trigger (nor "he" or
// "she") is among its people ("The Secretary spoke with A and,
// separately, with B"), its people are all counterparts of an unnamed
// subject: one encounter each.
func (f *frame) splitApart(c candidate, ti int, people []person, refs []ref) []candidate {
	separate := separately(f.toks, f.trigs[ti])
	if !separate || len(c.people) < 2 || slices.Contains(c.rules, "pronoun-subject") {
		return splitSeparate(c, people, separate)
	}
	for _, r := range refs {
		if r.tok < f.trigs[ti].tok && slices.Contains(c.people, r.person) {
			return splitSeparate(c, people, separate)
		}
	}
	out := make([]candidate, 0, len(c.people))
	for _, pi := range c.people {
		b := c
		b.people = []int{pi}
		b.apartFrom = slices.DeleteFunc(slices.Clone(c.people), func(o int) bool { return o == pi })
		b.countries = slices.DeleteFunc(slices.Clone(c.countries), func(cc string) bool { return cc != people[pi].country && statesOf(people, b.apartFrom)[cc] })
		b.stateMentions = nil
		b.rules = append(slices.Clone(c.rules), "separately")
		out = append(out, b)
	}
	return out
}

// statesOf: the states of the people.
func statesOf(people []person, pis []int) map[string]bool {
	out := map[string]bool{}
	for _, pi := range pis {
		out[people[pi].country] = true
	}
	return out
}

// splitSeparate splits an engagement held separately into one per state
// other than its subject's (the first person's); anything else stays whole.
func splitSeparate(c candidate, people []person, separate bool) []candidate {
	if separate && len(c.people) <= 1 {
		if others := otherStates(c, people); len(others) >= 2 {
			return splitByState(c, others)
		}
	}
	if separate && len(c.people) >= 2 && oneState(c.people, people) {
		return splitByPerson(c, people, c.people) // "in meetings with A and B" of the host
	}
	if !separate || len(c.people) < 3 {
		return []candidate{c}
	}
	subject := people[c.people[0]].country
	var order []string
	byState := map[string][]int{}
	for _, pi := range c.people[1:] {
		cc := people[pi].country
		if cc == subject {
			continue
		}
		if _, ok := byState[cc]; !ok {
			order = append(order, cc)
		}
		byState[cc] = append(byState[cc], pi)
	}
	// The subject may serve no state ("the High Representative met
	// separately with A of X and B of Y"): the others still met apart.
	if len(order) == 0 || subject == "" && len(order) < 2 {
		return []candidate{c}
	}
	if len(order) == 1 {
		return splitByPerson(c, people, byState[order[0]])
	}
	out := make([]candidate, 0, len(order))
	for _, cc := range order {
		b := c
		b.people = append([]int{c.people[0]}, byState[cc]...)
		b.stateMentions = nil
		// "his Brazilian and Indian counterparts, A and B": each meeting
		// has its own counterpart's state, not the other's.
		b.countries = slices.DeleteFunc(slices.Clone(c.countries), func(s string) bool { return s != cc && byState[s] != nil })
		for _, o := range order {
			if o != cc {
				b.apartFrom = append(b.apartFrom, byState[o]...)
			}
		}
		b.rules = append(slices.Clone(c.rules), "separately")
		out = append(out, b)
	}
	return out
}

// splitByPerson: "met separately with Premier A, Vice Premier B and
// Minister C" of one state: one meeting with each, the subject's side in
// every one.
func splitByPerson(c candidate, people []person, others []int) []candidate {
	if len(others) < 2 {
		return []candidate{c}
	}
	var side []int
	for _, pi := range c.people {
		if !slices.Contains(others, pi) && people[pi].country == people[c.people[0]].country {
			side = append(side, pi)
		}
	}
	out := make([]candidate, 0, len(others))
	for _, pi := range others {
		b := c
		b.people = append(slices.Clone(side), pi)
		b.apartFrom = slices.DeleteFunc(slices.Clone(others), func(o int) bool { return o == pi })
		b.rules = append(slices.Clone(c.rules), "separately")
		out = append(out, b)
	}
	return out
}

// oneState: the people are all officials of one known state.
func oneState(pis []int, people []person) bool {
	for _, pi := range pis {
		if cc := people[pi].country; cc == "" || cc != people[pis[0]].country {
			return false
		}
	}
	return true
}

// otherStates are the states of an engagement other than its one
// person's: the delegations ("her counterparts from A, B and C") and the
// states named beside it.
func otherStates(c candidate, people []person) []string {
	own := ""
	if len(c.people) == 1 {
		own = people[c.people[0]].country
	}
	var out []string
	for _, cc := range slices.Concat(c.countries, c.stateMentions) {
		if cc != own {
			out = appendUniqueStr(out, cc)
		}
	}
	return out
}

// splitByState: "bilateral meetings with partners such as A, B and C",
// "met separately with her counterparts from A, B and C": one engagement
// with each other state, its person (if any) in each.
func splitByState(c candidate, others []string) []candidate {
	out := make([]candidate, 0, len(others))
	for _, cc := range others {
		b := c
		b.stateMentions = nil
		b.countries = []string{cc}
		b.rules = append(slices.Clone(c.rules), "separately")
		out = append(out, b)
	}
	return out
}

// maxSubjectTok bounds where a sentence's subject may stand ("In Germany
// on Monday, Secretary X ...").
const maxSubjectTok = 8

// nextSubject returns whom "he" or "she" stands for after a sentence: its
// subject when it opens with an official; the same as before when it opens
// with a pronoun; else the official it names last, if any.
func nextSubject(toks []token, refs []ref, trigs []trig, subject int) int {
	if subj, ok := sentenceSubject(toks, refs, trigs); ok {
		return subj
	}
	if len(refs) == 0 || pronounBefore(toks, refs, 0, min(len(toks), maxSubjectTok)) {
		return subject
	}
	last := refs[0]
	for _, r := range refs {
		if r.tok > last.tok {
			last = r
		}
	}
	return last.person
}

// sentenceSubject returns the official a sentence's main clause opens
// with: the subject that a later "he" or "she" stands for. The first
// official counts when he stands at the start of the sentence, before any
// trigger, or right after an opening phrase's comma ("Shortly after
// arriving in the capital May 26, Sani held talks").
func sentenceSubject(toks []token, refs []ref, trigs []trig) (int, bool) {
	first := -1
	for k, r := range refs {
		if first < 0 || r.tok < refs[first].tok {
			first = k
		}
	}
	if first < 0 {
		return 0, false
	}
	r := refs[first]
	if r.tok <= maxSubjectTok && (len(trigs) == 0 || trigs[0].tok > r.tok) {
		return r.person, true
	}
	k := r.tok
	for k > 0 && toks[k-1].kind == tokWord && toks[k-1].upper {
		k-- // the title before the name
	}
	if k > 0 && k <= maxOpeningPhrase && toks[k-1].text == "," && (len(trigs) == 0 || trigs[0].tok > r.tok || triggersInOpening(trigs, k)) {
		return r.person, true
	}
	return 0, false
}

// maxOpeningPhrase bounds an opening phrase before the subject's comma.
const maxOpeningPhrase = 20

// triggersInOpening: every trigger before token k stands in the opening phrase (before
// the comma at k-1): "arriving" in "Shortly after arriving ..., Sani".
func triggersInOpening(trigs []trig, k int) bool {
	for _, t := range trigs {
		if t.tok >= k {
			break
		}
		if t.end > k-1 {
			return false
		}
	}
	return true
}

// pronounSubject: "In Germany, he will meet Chancellor X", "arrived from
// Canberra, where he held talks with the Minister for Foreign Affairs of
// Australia": an engagement whose subject is a pronoun, with no official
// named before its trigger in its clause, has the subject of the clause or
// sentences before as its subject.
func (f *frame) pronounSubject(refs []ref, protagonist int) {
	for ti := range f.cs {
		c := &f.cs[ti]
		if c.gone || c.weak || c.attach || c.kind == "visit" {
			continue
		}
		from, at := f.clauseStart(f.trigs[ti].tok), f.trigs[ti].tok
		w := placeClausePronoun(f.toks, from, at)
		if w > 0 && (f.visitBefore(w) || !namedIn(refs, 0, w)) {
			// "will travel to Rwanda, where he will meet": a stop of that
			// visit; "In Astana, where he stays, N will meet": the subject
			// comes after the clause.
			w = -1
		}
		if w > 0 {
			from = w // ", where he held talks": the clause opens at "where"
		}
		// In such a clause a party named only by an unnamed office ("held
		// talks with the Minister for Foreign Affairs of Australia") is
		// enough; elsewhere a named official is wanted.
		if len(c.people) == 0 && (w < 0 || len(c.countries) == 0) {
			continue
		}
		if f.coordinatedPronounSubject(refs, ti, from, at) {
			continue
		}
		if f.pronouns[at]-f.pronouns[from] == 0 || namedIn(refs, from, at) {
			continue
		}
		p, ok := f.pronounReferent(refs, from, protagonist)
		if !ok || containsInt(c.people, p) {
			continue
		}
		c.people = append([]int{p}, c.people...)
		c.rules = append(c.rules, "pronoun-subject")
	}
}

// coordinatedPronounSubject: "In Lima he will meet A, and in Santiago he
// will hold talks with B": a "he" or "she" that opens a clause joined by
// ", and" has the subject of the engagement told in the clause before it,
// which the person named there as its object (A) is not; so has a verb
// phrase joined by "and" with no subject of its own ("is to hold a
// meeting with A, and to pay a courtesy call on B"). It reports whether
// it gave candidate ti that subject.
func (f *frame) coordinatedPronounSubject(refs []ref, ti, from, at int) bool {
	and := -1
	for k := max(from, 1); k < at; k++ {
		if f.toks[k].lower == "and" && f.toks[k-1].text == "," {
			and = k
		}
	}
	if and < 0 || !pronounIn(f.toks, and+1, at) || namedIn(refs, and+1, at) {
		and = sharedSubjectAnd(f.toks, at)
	}
	if and < 0 || namedIn(refs, and+1, at) {
		return false
	}
	for tj := ti - 1; tj >= 0; tj-- {
		prev := &f.cs[tj]
		if prev.gone || f.trigs[tj].end > and || len(prev.people) == 0 {
			continue
		}
		p, ok := f.subjectOfCandidate(refs, tj)
		if !ok {
			return false
		}
		c := &f.cs[ti]
		if !containsInt(c.people, p) {
			c.people = append([]int{p}, c.people...)
			c.rules = append(c.rules, "pronoun-subject")
		}
		return true
	}
	return false
}

// subjectOfCandidate is the subject of trigger tj's engagement: its party
// named before the trigger in the sentence, or the referent its "he" or
// "she" was given; a party named only after the trigger is its object.
func (f *frame) subjectOfCandidate(refs []ref, tj int) (int, bool) {
	c := &f.cs[tj]
	if slices.Contains(c.rules, "pronoun-subject") {
		return c.people[0], true
	}
	for _, r := range refs {
		if r.tok < f.trigs[tj].tok && slices.Contains(c.people, r.person) {
			return r.person, true
		}
	}
	return 0, false
}

// sharedSubjectAnd is the "and" before the trigger at token at that joins
// a second verb phrase sharing the first's subject ("and to pay a courtesy
// call on", "and later held talks with"): only "to", adverbs and light verbs stand
// between it and the trigger (phraseOpeners). It returns -1 when there is
// none.
func sharedSubjectAnd(toks []token, at int) int {
	k := at - 1
	for k > 0 && k >= at-4 && phraseOpeners[toks[k].lower] {
		k--
	}
	if k <= 0 || toks[k].lower != "and" {
		return -1
	}
	return k
}

// phraseOpeners stand between "and" and the trigger of a verb phrase that
// shares the subject before it: "and to pay a", "and later", "and will
// also make an".
var phraseOpeners = map[string]bool{
	"to": true, "also": true, "then": true, "later": true, "will": true, "would": true, "separately": true,
	"pay": true, "make": true, "a": true, "an": true,
}

// visitBefore: a visit trigger of its own (not a weak "arrived") stands
// before token k.
func (f *frame) visitBefore(k int) bool {
	for tj, t := range f.trigs {
		if t.end <= k && f.cs[tj].kind == "visit" && !f.cs[tj].weak {
			return true
		}
	}
	return false
}

// placeClausePronoun: ", where he held talks", ", when she met": the
// index of "where" or "when" when a relative clause of place or time opens
// with a pronoun subject between from and end, else -1. The pronoun is the
// subject of the sentence the clause hangs on.
func placeClausePronoun(toks []token, from, end int) int {
	for k := max(from, 1); k+1 < end; k++ {
		w := toks[k].lower
		if (w == "where" || w == "when") && toks[k-1].text == "," && (toks[k+1].lower == "he" || toks[k+1].lower == "she") {
			return k
		}
	}
	return -1
}

// namedIn: an official is named in toks[from:end].
func namedIn(refs []ref, from, end int) bool {
	for _, r := range refs {
		if r.tok >= from && r.tok < end {
			return true
		}
	}
	return false
}

// pronounBefore: "he" or "she" stands in toks[from:end] with no official
// named before it there.
func pronounBefore(toks []token, refs []ref, from, end int) bool {
	for _, r := range refs {
		if r.tok >= from && r.tok < end {
			return false
		}
	}
	return pronounIn(toks, from, end)
}
