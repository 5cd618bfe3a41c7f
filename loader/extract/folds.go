package extract

import (
	"github.com/attache-project/attache"
)

// The fold passes: triggers of one sentence that state one engagement
// ("held talks at the summit", "a visit for a meeting") become one candidate.

// foldWeakTriggers: a weak trigger joined to an event without a comma
// between states that event ("a regional summit where on Friday A and B initialled").
func (f *frame) foldWeakTriggers() {
	cs := f.cs
	for ti := range cs {
		if !cs[ti].weak && !cs[ti].attach {
			continue
		}
		best, bestGap := -1, 1<<30
		for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
			if tj == ti || !canTakeWeak(&cs[tj], &cs[ti]) {
				continue
			}
			a, b := f.trigs[tj].end, f.trigs[ti].tok
			if b < a {
				a, b = f.trigs[ti].end, f.trigs[tj].tok
			}
			// "participated ... in the fifth regional meeting": attendance of
			// an engagement the sentence names.
			if b >= a && (f.commas[b]-f.commas[a] == 0 || cs[ti].attach || f.purposeOf(tj, ti)) && b-a < bestGap {
				best, bestGap = tj, b-a
			}
		}
		if best >= 0 {
			// "will be in Lima to attend the forum": an engagement noun has
			// no tense of its own; the verb that attends it has.
			if nounTriggers[f.trigs[best].entry.Surface] && cs[ti].status == "scheduled" && cs[best].status == "held" {
				cs[best].status = "scheduled"
			}
			moveInto(&cs[best], &cs[ti])
		}
	}
}

// guestVisitClauses: "exchanged views with Mr. N, Minister of Kuwait, who
// is visiting Japan": a visit in a relative clause that describes a party
// of an engagement told before it in the sentence says why the guest is
// there; the engagement is the one the main clause tells, which takes the
// visit's place.
func (f *frame) guestVisitClauses() {
	for ti := range f.cs {
		c := &f.cs[ti]
		open := relativeClauseOpen(f.toks, f.trigs[ti].tok)
		if c.kind != "visit" || c.gone || open < 0 || f.toks[open+1].lower != "who" {
			continue
		}
		for tj := ti - 1; tj >= 0; tj-- {
			m := &f.cs[tj]
			if m.gone || f.trigs[tj].end > open || kindClass(m.kind) != attache.KindMeeting || len(m.people) < 2 {
				continue
			}
			m.weak = false
			if m.locCode == "" {
				m.locCode, m.city = c.locCode, c.city
			}
			c.gone = true
			break
		}
	}
}

// foldRelativeOfEngagement: "talks in Lima between A and B, at which the
// two ministers discussed trade", "held a meeting on Monday, during which
// they agreed ...": a trigger in a relative clause whose antecedent is the
// engagement told just before it says what happened there; it is that
// engagement, not another, and folds into it.
func (f *frame) foldRelativeOfEngagement() {
	for ti := 1; ti < len(f.cs); ti++ {
		tj := ti - 1
		// After a visit, "where" is about the place: "will travel to Lima,
		// where she will meet President N" is an encounter of its own.
		if f.cs[ti].gone || f.cs[tj].gone || f.cs[ti].background || f.cs[tj].kind == "visit" || f.cs[ti].kind == "visit" {
			continue
		}
		if !relativeOfEngagement(f.toks, f.trigs[tj].end, f.trigs[ti].tok) {
			continue
		}
		m := &f.cs[tj]
		m.weak = m.weak && f.cs[ti].weak
		moveInto(m, &f.cs[ti])
	}
}

// relativeOfEngagement: toks[a:b] opens, right after the engagement's
// words, a relative clause of place or time about it: ", at which",
// ", during which", ", in which", ", where", with no clause end before.
func relativeOfEngagement(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].text {
		case ";", ".", ":", "(", ")":
			return false
		case ",":
			if k+1 < b && toks[k+1].lower == "where" {
				return true
			}
			if k+2 < b && relativePrepositions[toks[k+1].lower] && toks[k+2].lower == "which" {
				return true
			}
		}
	}
	return false
}

// relativePrepositions open a relative clause about an engagement's
// place or time: "at which", "during which", "in the course of which" is
// left out (its antecedent is "course").
var relativePrepositions = map[string]bool{"at": true, "during": true, "in": true}

// purposeOf: weak trigger ti is the purpose infinitive of event trigger tj
// before it in the same clause ("met with his counterpart, N, to discuss
// the border"): the commas between enclose an apposition, not a clause.
func (f *frame) purposeOf(tj, ti int) bool {
	a, b := f.trigs[tj].end, f.trigs[ti].tok
	return tj < ti && b > 0 && f.toks[b-1].lower == "to" && f.breaks[b]-f.breaks[a] == 0
}

// canTakeWeak: event candidate e may absorb the weak or attaching w.
func canTakeWeak(e, w *candidate) bool {
	if e.gone || e.weak || e.attach {
		return false
	}
	if kindClass(e.kind) != kindClass(w.kind) && !w.attach {
		return false
	}
	return !(e.definite && len(w.people) > 0 && !w.attach)
}

// foldPurposeNouns: "will meet President X for the EU-Peru Summit": the
// engagement noun a meeting verb (not a journey: "travel to A and B for
// talks" stays a visit to each) is for names that very engagement (not
// one beside it, as "on the sidelines of" or "at the summit" would), so
// the noun, with no people of its own, folds into the verb's candidate
// and gives it its kind and name.
func (f *frame) foldPurposeNouns() {
	cs := f.cs
	for ti := range cs {
		v := &cs[ti]
		if v.kind != "meeting" || v.gone || v.weak || v.attach || v.sideline || nounTriggers[f.trigs[ti].entry.Surface] || len(v.people) == 0 {
			continue
		}
		for tj := ti + 1; tj < len(cs) && tj <= ti+neighbours; tj++ {
			n := &cs[tj]
			if n.gone || !nounTriggers[f.trigs[tj].entry.Surface] {
				continue
			}
			named := len(n.people) == 0 && forThe(f.toks, f.trigs[ti].end, f.trigs[tj].tok)
			if !named && !f.forBareNoun(f.trigs[ti].end, f.trigs[tj].tok) {
				continue
			}
			kind, name := n.kind, n.name
			moveInto(v, n)
			v.kind, v.name = kind, name
			break
		}
	}
}

// foldEncounterAtGathering: "look forward to meeting in person at the
// Leaders' Summit, which X will host", "hope to meet again at the A-B-C
// Summit in May": an encounter wished at a gathering already arranged is
// no meeting of its own but the subject's part in that gathering, which
// keeps its kind, name and tense and takes the encounter's people and
// states. "Met at the summit" (no arranged gathering) stays a meeting on
// its margins.
func (f *frame) foldEncounterAtGathering() {
	for ti := 0; ti+1 < len(f.cs); ti++ {
		v, n := &f.cs[ti], &f.cs[ti+1]
		if v.gone || n.gone || !f.trigs[ti+1].arranged || v.kind == "visit" || kindClass(v.kind) != attache.KindMeeting {
			continue
		}
		if v.name != "" || v.definite || v.background || !atGatheringBetween(f.toks[f.trigs[ti].end:f.trigs[ti+1].tok]) {
			continue
		}
		kind, name, status := n.kind, n.name, n.status
		n.rules = append(n.rules, "encounter-at-gathering")
		moveInto(n, v)
		n.kind, n.name, n.status = kind, name, status
	}
}

// foldHostRelative: "the Andean Summit, which Peru will host in Lima in
// October", "the Forum, which Ghana is hosting next week": the relative
// clause right after a gathering's noun says who hosts it, where and
// when; the host is a party of that gathering, not of a meeting of its
// own.
func (f *frame) foldHostRelative() {
	for ti := 1; ti < len(f.cs); ti++ {
		h, n := &f.cs[ti], &f.cs[ti-1]
		if h.gone || n.gone || !hostForms[f.trigs[ti].entry.Surface] || !nounTriggers[f.trigs[ti-1].entry.Surface] {
			continue
		}
		if !whichClauseBetween(f.toks[f.trigs[ti-1].end:f.trigs[ti].tok]) {
			continue
		}
		for _, cc := range h.stateMentions {
			n.countries = appendUniqueStr(n.countries, cc)
		}
		h.stateMentions = nil
		kind, name, status := n.kind, n.name, n.status
		n.rules = append(n.rules, "host-relative")
		moveInto(n, h)
		n.kind, n.name, n.status = kind, name, status
	}
}

// hostForms are the verbs of a relative clause that names a gathering's
// host.
var hostForms = map[string]bool{"host": true, "hosts": true, "hosting": true, "hosted": true}

// whichClauseBetween: the words open a relative clause on the noun before
// them and lead to its verb: ", which Peru will", ", which the United
// States is", with no other break.
func whichClauseBetween(toks []token) bool {
	if len(toks) < 2 || len(toks) > 8 || toks[0].text != "," || toks[1].lower != "which" {
		return false
	}
	for _, t := range toks[2:] {
		switch t.text {
		case ",", ";", ":", ".", "(", ")":
			return false
		}
	}
	return true
}

// atGatheringBetween: the words between an encounter and a gathering's
// noun place it there within one phrase ("in person at the North
// American Leaders'", "again at the"): "at", no clause break, a few words.
func atGatheringBetween(toks []token) bool {
	if len(toks) > 12 {
		return false
	}
	at := false
	for _, t := range toks {
		switch t.text {
		case ",", ";", ":", ".", "(":
			return false
		}
		at = at || t.lower == "at"
	}
	return at
}

// presidingVerbs take as object the engagement they open or preside
// over: "will convene the Andean Ministerial", "chaired the third meeting
// of the Joint Commission", "co-chairs the annual dialogue".
var presidingVerbs = map[string]bool{
	"convene": true, "convened": true, "convenes": true, "convening": true,
	"chair": true, "chaired": true, "chairs": true, "chairing": true,
	"co-chair": true, "co-chaired": true, "co-chairs": true, "co-chairing": true,
	"preside over": true, "presided over": true, "presides over": true, "presiding over": true,
}

// foldPresidedNouns: the verb and the engagement noun that is its object
// state one engagement, which the verb's subject takes part in: the noun
// keeps its kind and name (and the states and people of the clauses
// that describe it: "bringing together the ministers of A and B") and
// takes the verb's people, tense and date.
func (f *frame) foldPresidedNouns() {
	cs := f.cs
	for ti := 0; ti+1 < len(cs); ti++ {
		v, n := &cs[ti], &cs[ti+1]
		if v.gone || n.gone || !presidingVerbs[f.trigs[ti].entry.Surface] || !nounTriggers[f.trigs[ti+1].entry.Surface] {
			continue
		}
		if !nounPhraseBetween(f.toks[f.trigs[ti].end:f.trigs[ti+1].tok]) {
			continue
		}
		status, date, hasDate := v.status, v.date, v.hasDate
		n.rules = append(n.rules, v.rules...)
		moveInto(n, v)
		n.status = status
		if hasDate {
			n.date, n.hasDate = date, true
		}
	}
}

// gatheringVerbs say whom an engagement noun, their subject, brought
// together: "The summit gathered the leaders of A, B and C".
var gatheringVerbs = map[string]bool{"gathered": true, "convened": true}

// foldGatheringSubjects: "The summit in Accra on Monday gathered the
// leaders of A, B and C": the verb tells whom the engagement its subject
// names brought together, no engagement of its own; the verb, with what
// it took, folds into the noun.
func (f *frame) foldGatheringSubjects() {
	cs := f.cs
	for ti := 0; ti+1 < len(cs); ti++ {
		n, v := &cs[ti], &cs[ti+1]
		if n.gone || v.gone || !nounTriggers[f.trigs[ti].entry.Surface] || !gatheringVerbs[f.trigs[ti+1].entry.Surface] {
			continue
		}
		if !subjectPhraseBetween(f.toks[f.trigs[ti].end:f.trigs[ti+1].tok]) {
			continue
		}
		status := v.status
		n.rules = append(n.rules, v.rules...)
		moveInto(n, v)
		n.status = status
	}
}

// maxNounSubjectWords bounds the words between an engagement noun and the verb
// it is the subject of ("the summit in Accra on Monday gathered").
const maxNounSubjectWords = 8

// subjectPhraseBetween: the words between an engagement noun and a verb
// only complete the noun's phrase (its place, its day, "also"): no clause
// break, no list of parties.
func subjectPhraseBetween(toks []token) bool {
	if len(toks) > maxNounSubjectWords {
		return false
	}
	for _, t := range toks {
		if t.kind != tokWord && t.kind != tokNumber || t.lower == "and" || t.lower == "which" || t.lower == "that" || t.lower == "who" {
			return false
		}
	}
	return true
}

// foldSeriesNouns: "the seventh meeting of the Andean Dialogue", "a
// session of the Joint Commission": an engagement noun and the named
// series of engagements it is "of" state one engagement; the series'
// noun, with whoever the nearness of words gave it, folds into the first.
// Two nouns side by side ("a ministerial meeting") are one compound,
// whose head is the last.
func (f *frame) foldSeriesNouns() {
	cs := f.cs
	for ti := 0; ti+1 < len(cs); ti++ {
		a, b := &cs[ti], &cs[ti+1]
		if a.gone || b.gone || !nounTriggers[f.trigs[ti].entry.Surface] || !nounTriggers[f.trigs[ti+1].entry.Surface] {
			continue
		}
		between := f.toks[f.trigs[ti].end:f.trigs[ti+1].tok]
		switch {
		case len(between) == 0:
			foldNoun(b, a)
		case len(between) >= 2 && between[0].lower == "of" && seriesName(between[1:]):
			foldNoun(a, b)
		}
	}
}

// foldNoun folds engagement noun c into noun m of the same engagement,
// which takes the more specific kind of the two ("dialogue meeting" is
// talks, "Ministerial Meeting" a summit).
func foldNoun(m, c *candidate) {
	name, kind := c.name, c.kind
	m.rules = append(m.rules, c.rules...)
	m.definite = m.definite && c.definite
	moveInto(m, c)
	if m.name == "" {
		m.name = name
	}
	if attache.MeetingKind(kind).Rank() > attache.MeetingKind(m.kind).Rank() {
		m.kind = kind
	}
}

// maxObjectWords bounds the words between a verb and the engagement noun
// its object ends with ("the Seventh Foreign Ministers' Meeting").
const maxObjectWords = 10

// nounPhraseBetween: the words between a verb and an engagement noun are
// the start of the noun's own phrase (a determiner, ordinals, a name in
// capitals, a possessive), with no clause, place or party between.
func nounPhraseBetween(toks []token) bool {
	if len(toks) > maxObjectWords {
		return false
	}
	for _, t := range toks {
		switch {
		case t.kind == tokPoss, t.kind == tokNumber, t.text == "-", t.text == "+", t.text == "'", t.text == "’", t.text == "\"", t.text == "“", t.text == "”":
		case t.kind != tokWord, objectBreakers[t.lower]:
			return false
		}
	}
	return true
}

// seriesName: the words after "of" name a series of engagements: "the"
// and words in capitals or quotes ("the Joint Commission", "the
// \"Central Asia plus Japan\" Dialogue"), or nothing but the noun
// ("of the Dialogue").
func seriesName(toks []token) bool {
	if hyphenNamedSeries(toks) {
		return true
	}
	if len(toks) == 0 || toks[0].lower != "the" || len(toks) > maxObjectWords {
		return false
	}
	quoted := false
	for _, t := range toks[1:] {
		switch {
		case t.text == "\"" || t.text == "“" || t.text == "”":
			quoted = !quoted
		case t.kind == tokWord && (t.upper || quoted), t.text == "-", t.text == "+":
		default:
			return false
		}
	}
	return true
}

// hyphenNamedSeries: the words after "of" name a body by the states it
// joins, the rest in lower case, as nameOwner reads an event's name: "a
// new A-B clean energy" (working group), "the A-B-C trilateral"
// (dialogue).
func hyphenNamedSeries(toks []token) bool {
	if len(toks) < 4 || len(toks) > maxObjectWords || toks[0].lower != "the" && toks[0].lower != "a" && toks[0].lower != "an" {
		return false
	}
	k := 1
	for k < len(toks) && k <= 2 && !toks[k].upper && toks[k].kind == tokWord && !eventNameStops[toks[k].lower] {
		k++ // "a new", "the joint"
	}
	dash, common := false, 0
	for ; k < len(toks); k++ {
		switch t := toks[k]; {
		case isDash(t.text) && k+1 < len(toks) && toks[k+1].upper && common == 0:
			dash = true
		case t.upper && t.kind == tokWord && common == 0:
		case t.kind == tokWord && !t.upper && !eventNameStops[t.lower]:
			common++
		default:
			return false
		}
	}
	return dash && common <= maxEventModifiers
}

// objectBreakers end a verb's object before the next engagement noun.
var objectBreakers = map[string]bool{
	"with": true, "in": true, "on": true, "at": true, "for": true, "to": true, "by": true, "and": true, "or": true,
	"after": true, "before": true, "during": true, "while": true, "which": true, "who": true, "that": true, "from": true,
}

// forBareNoun: "hosted Foreign Minister X for talks", "received the
// Philippines' foreign minister, Y, for consultations": the noun right
// after "for", in the verb's clause, is what the meeting was for; the
// guest written between the verb and the noun (whom nearness gave the
// noun) is the verb's object, so the two are one engagement.
func (f *frame) forBareNoun(from, noun int) bool {
	return noun >= 1 && noun-1 > from && f.toks[noun-1].lower == "for" && f.breaks[noun] == f.breaks[from]
}

// forThe: the words before the noun at token noun, back to token from,
// read "for the [Capitalised name]" ("for the EU-Peru Summit"), with no
// comma or other clause between.
func forThe(toks []token, from, noun int) bool {
	k := noun - 1
	for k > from && (toks[k].upper || toks[k].text == "-" || toks[k].text == "–") {
		k--
	}
	if k <= from || toks[k].lower != "the" && toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	for j := from; j < k-1; j++ {
		if toks[j].kind != tokWord && toks[j].kind != tokPoss {
			return false
		}
	}
	return toks[k-1].lower == "for"
}

// lendEmptyTriggers: a trigger left with nothing ("met in Niamey ... for a
// summit") lends its place and date to the sentence's other one.
func (f *frame) lendEmptyTriggers() {
	cs := f.cs
	for ti := range cs {
		if hasParties(&cs[ti]) || cs[ti].attach {
			continue
		}
		for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
			if tj == ti || cs[tj].attach || cs[tj].weak && !hasParties(&cs[tj]) {
				continue
			}
			if cs[tj].locCode == "" && cs[ti].locCode != "" {
				cs[tj].locCode, cs[tj].city = cs[ti].locCode, cs[ti].city
			}
			if !cs[tj].hasDate && cs[ti].hasDate {
				cs[tj].hasDate, cs[tj].date = true, cs[ti].date
			}
			break
		}
	}
}

// hasParties: the candidate names a person or a state.
func hasParties(c *candidate) bool {
	return len(c.people)+len(c.countries)+len(c.stateMentions) > 0
}

// visitorJoinsMeetings: "traveled to China for meetings with Foreign
// Minister Tano": the visitor takes part in the meetings the visit is for.
func (f *frame) visitorJoinsMeetings() {
	cs := f.cs
	for ti := range cs {
		if cs[ti].kind != "visit" || len(cs[ti].people) == 0 {
			continue
		}
		for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
			// A meeting with people of its own, or the named engagement a
			// journey to one place is for ("travel to Lima to take part in
			// the Pacific Leaders' Meeting"; not "to Benin for talks", which
			// the visit states, nor a tour's talks).
			if tj == ti || kindClass(cs[tj].kind) != attache.KindMeeting || shareAny(cs[tj].people, cs[ti].people) ||
				len(cs[tj].people) == 0 && !(tj > ti && len(cs[ti].places) == 0 && f.namedNoun(tj)) {
				continue
			}
			for _, p := range cs[ti].people {
				cs[tj].people = appendUnique(cs[tj].people, p)
			}
			// "on the last leg of a tour that also took her to A, sat
			// down with B": the stop the tour took her to is another.
			if cs[tj].locCode == "" && !containsStr(cs[ti].rules, takenToRule) {
				cs[tj].locCode, cs[tj].city = cs[ti].locCode, cs[ti].city
			}
			if !cs[tj].hasDate && cs[ti].hasDate {
				cs[tj].hasDate, cs[tj].date = true, cs[ti].date
			}
		}
	}
}

// travellerJoinsPurpose: "travels next to Ankara for talks Thursday with
// Turkish military leaders", "will go on to Suva for meetings with Fijian
// ministers": the engagement noun a journey is for, whose other side is
// one state's officials named by no name, has the traveller for its
// first party. Only a journey whose place the visit did not read
// ("travels next to") lends its traveller: a visit to a place absorbs
// its purpose when the engagements are settled. A noun with a second
// state about it ("on the drought in the Somali region") is left alone.
// Runs after visitSubject, which finds whom a "he" or "she" travelling
// stands for.
func (f *frame) travellerJoinsPurpose() {
	cs := f.cs
	for ti := range cs {
		v := &cs[ti]
		if v.kind != "visit" || v.gone || v.weak || v.definite || len(v.people) == 0 || v.locCode != "" {
			continue
		}
		for tj := ti + 1; tj < len(cs) && tj <= ti+neighbours; tj++ {
			n := &cs[tj]
			if n.gone || n.definite || len(n.people) > 0 || kindClass(n.kind) != attache.KindMeeting || !nounTriggers[f.trigs[tj].entry.Surface] {
				continue
			}
			if len(n.countries) != 1 || !f.forBareNoun(f.trigs[ti].end, f.trigs[tj].tok) || !withAfter(f.toks, f.trigs[tj].end) {
				continue
			}
			n.people = append(n.people, v.people...)
			n.rules = appendUniqueStr(n.rules, "journey-purpose")
			break
		}
	}
}

// namedNoun: trigger ti is an engagement noun with a proper name ("the
// Pacific Leaders' Meeting").
func (f *frame) namedNoun(ti int) bool {
	t := f.trigs[ti]
	return nounTriggers[t.entry.Surface] && f.toks[t.tok].upper
}

// visitSubject: a visit's visitor is the sentence's subject, wherever the
// nearest-trigger rule put them.
func (f *frame) visitSubject(refsBySent map[int][]ref, sents []sentence, protagonist int) {
	refs := refsBySent[f.si]
	for ti := range f.cs {
		c := &f.cs[ti]
		journey := possessivePronounBefore(f.toks, f.trigs[ti].tok)
		if c.kind != "visit" || len(c.people) > 0 || c.definite && !journey {
			continue // "to save the visit" refers back; it has no subject here
		}
		// The visitor is named in the trigger's own clause: "A met B; he
		// will visit Japan" sends A, not B; and before the engagement the
		// clause told first: "A held meetings with B and C, and visited
		// Osaka" sends A alone.
		from, at := f.clauseStart(f.trigs[ti].tok), f.trigs[ti].tok
		subjectEnd := f.firstEventIn(from, ti)
		for _, r := range refs {
			if r.tok >= from && r.tok < subjectEnd {
				c.people = appendUnique(c.people, r.person)
			}
		}
		if len(c.people) > 0 || f.pronouns[at]-f.pronouns[from] == 0 && !journey {
			continue
		}
		// "From Niamey, she flies to Benin": whom "she" stands for.
		if p, ok := f.pronounReferent(refs, from, protagonist); ok {
			c.people = append(c.people, p)
		} else if p, ok := lastNamed(refsBySent, f.si, sents); ok {
			c.people = append(c.people, p)
		}
	}
}

// firstEventIn returns where the first engagement the clause from token
// from tells before trigger ti stands (not a reference back such as "her
// visit"), else trigger ti's own token.
func (f *frame) firstEventIn(from, ti int) int {
	for tj := 0; tj < ti; tj++ {
		if t := f.trigs[tj]; t.tok >= from && !f.cs[tj].definite && !f.cs[tj].weak {
			return t.tok
		}
	}
	return f.trigs[ti].tok
}

// clauseStart is where the clause holding token end begins: after the
// last semicolon before it, else the sentence's start.
func (f *frame) clauseStart(end int) int {
	return f.clauseFrom[end]
}

// pronounIn: "he" or "she" stands in toks[from:end].
func pronounIn(toks []token, from, end int) bool {
	for k := from; k < end && k < len(toks); k++ {
		if w := toks[k].lower; w == "he" || w == "she" {
			return true
		}
	}
	return false
}

// pronounReferent is whom a "he" or "she" of the clause starting at from
// stands for: after a semicolon, the sentence's own subject; else the
// protagonist of the sentences before.
func (f *frame) pronounReferent(refs []ref, from, protagonist int) (int, bool) {
	if from > 0 {
		var before []ref
		for _, r := range refs {
			if r.tok < from {
				before = append(before, r)
			}
		}
		return sentenceSubject(f.toks, before, f.trigs)
	}
	return protagonist, protagonist >= 0
}

// foldAppositiveNoun: "held a video conference with N, their first summit
// since N took office", "travelled to Kyiv on March 8, his first visit to
// Ukraine as President", "hosted his counterpart yesterday, the first
// visit to Washington by a chief of staff": an engagement noun that heads
// an apposition set off after an engagement renames that engagement; it
// is no second one, and folds into it, keeping the engagement's own kind
// and date ("since N took office" dates the series, not the encounter)
// unless only the apposition's words hold a day ("travelled to Kyiv on
// March 8, his first visit", where the day went to the nearer noun).
func (f *frame) foldAppositiveNoun() {
	for tj := 1; tj < len(f.cs); tj++ {
		n := &f.cs[tj]
		if n.gone || !nounTriggers[f.trigs[tj].entry.Surface] {
			continue
		}
		comma := appositionOpen(f.toks, f.trigs[tj].tok)
		if comma < 0 {
			continue
		}
		ti := f.renamedBy(tj, comma)
		if ti < 0 {
			continue
		}
		m := &f.cs[ti]
		hasDate, d := m.hasDate, m.date
		if n.hasDate && n.date.d > 0 && !(hasDate && d.d > 0) {
			hasDate, d = true, n.date
		}
		moveInto(m, n)
		m.hasDate, m.date = hasDate, d
	}
}

// renamedBy is the engagement an apposition opening at comma, headed by
// trigger tj, renames: the last event trigger before the comma in its
// clause (none after a stop or a semicolon), else -1.
func (f *frame) renamedBy(tj, comma int) int {
	for ti := tj - 1; ti >= 0; ti-- {
		t := f.trigs[ti]
		if t.end > comma {
			continue
		}
		for k := t.end; k < comma; k++ {
			if w := f.toks[k].text; w == ";" || w == "." || w == ":" {
				return -1
			}
		}
		c := &f.cs[ti]
		if c.gone || c.weak || c.attach {
			continue
		}
		return ti
	}
	return -1
}

// appositionOpen returns the comma that opens an apposition headed by
// the noun at token at: ", their first summit", ", his second trip", ",
// the first official visit" (a determiner, then only lower-case
// modifiers: ordinals, adjectives, compounds), else -1.
func appositionOpen(toks []token, at int) int {
	k := at - 1
	for k >= 0 && toks[k].kind == tokWord && !toks[k].upper && !appositionDeterminers[toks[k].lower] && !eventNameStops[toks[k].lower] || k >= 0 && toks[k].text == "-" {
		k--
	}
	if k < 1 || !appositionDeterminers[toks[k].lower] || toks[k-1].text != "," {
		return -1
	}
	return k - 1
}

// appositionDeterminers open an apposition that renames an engagement.
var appositionDeterminers = map[string]bool{"their": true, "his": true, "her": true, "its": true, "the": true}

// foldJourneyPurpose: "will travel to A and B next week for talks on
// Somali piracy", "travels to A, B and C for consultations on regional
// security": a bare engagement noun after "for" that a journey to a list
// of states in the same clause is for, with no one named and no "with" of
// its own, is the purpose of the visits (one per state, by splitVisit),
// not an engagement beside them; the states its "on ..." names are its
// topic. It goes. ("for talks with Ugandan officials" names its other
// side and stays; a journey to one state absorbs its purpose when the
// engagements are settled, and an arrival, a weak trigger, is left alone.)
func (f *frame) foldJourneyPurpose() {
	for tj := range f.cs {
		n := &f.cs[tj]
		if n.gone || n.definite || len(n.people) > 0 || !nounTriggers[f.trigs[tj].entry.Surface] || n.kind == "visit" || n.kind == "call" {
			continue
		}
		for ti := tj - 1; ti >= 0; ti-- {
			v := &f.cs[ti]
			if v.gone || v.kind != "visit" || v.weak || v.definite {
				continue
			}
			if len(v.places) > 0 && f.forBareNoun(f.trigs[ti].end, f.trigs[tj].tok) && !withAfter(f.toks, f.trigs[tj].end) {
				n.gone = true
			}
			break
		}
	}
}

// withAfter: "with" follows the noun ending at token end in its clause
// ("for talks with Ugandan officials").
func withAfter(toks []token, end int) bool {
	for k := end; k < len(toks); k++ {
		switch toks[k].lower {
		case "with", "between":
			return true
		case ";", ".", ":":
			return false
		}
	}
	return false
}
