package extract

import (
	"strings"
)

// The engagement passes, in order (docs/EXTRACTION.md):
//
//	findTriggers      the sentence's trigger words that state an engagement
//	newFrame          one candidate per trigger, with its status, whether it
//	                  refers back ("the summit"), its name and negation
//	assign*           the roles of the sentence: who, which states, where, when
//	fold*/lend*/...   triggers of one sentence that state one engagement
//	settle            joining and splitting mentions across the article,
//	                  readout dates, summit attendance, dropping non-engagements

// sentFacts indexes the article's mentions by sentence.
type sentFacts struct {
	refs    map[int][]ref
	parties map[int][]unnamedParty
	cms     map[int][]countryMention
}

// indexFacts groups the mentions of serving officials, unnamed parties and
// states by their sentence.
func indexFacts(people []person, parties []unnamedParty, cms []countryMention) sentFacts {
	f := sentFacts{refs: map[int][]ref{}, parties: map[int][]unnamedParty{}, cms: map[int][]countryMention{}}
	for pi := range people {
		if people[pi].former {
			continue
		}
		for _, r := range people[pi].refs {
			f.refs[r.sent] = append(f.refs[r.sent], r)
		}
	}
	for _, p := range parties {
		f.parties[p.sent] = append(f.parties[p.sent], p)
	}
	for _, cm := range cms {
		f.cms[cm.sent] = append(f.cms[cm.sent], cm)
	}
	return f
}

// findEngagements finds the engagements of the article.
func (x *Extractor) findEngagements(d *document, sents []sentence, people []person, parties []unnamedParty, cms []countryMention, refDate date) []candidate {
	introducedSpeakerRefs(sents, people)
	facts := indexFacts(people, parties, cms)
	subject := -1 // the person "he" or "she" stands for: the last sentence's subject
	var cands []candidate
	var legs []stay
	articleRef := refDate
	week := x.weekTold(d, sents, refDate)
	for si, s := range sents {
		refDate = week.reference(x, si, s, x.runningReference(articleRef, refDate, s))
		if citationLine(s.toks) {
			continue // a cited report's headline and date are not the article's engagement
		}
		trigs, dms := x.findTriggers(d, s, refDate)
		if asked(s.toks) && (si+1 >= len(sents) || !answeredYes(sents[si+1].toks)) {
			trigs = askedAbout(s.toks, trigs) // "Will you visit A in January?" asks; it states nothing
		}
		previous := subject
		subject = nextSubject(s.toks, facts.refs[si], trigs, subject)
		if len(trigs) == 0 || alsoAttendedAcross(cands, s, facts.refs[si]) {
			if c, ok := readoutCandidate(d, s, si, facts.refs[si], facts.parties[si], facts.cms[si]); ok {
				cands = append(cands, composedSide(s.toks, c))
			}
			continue
		}
		f := newFrame(si, s, trigs, dms)
		f.assignPeople(facts.refs[si])
		f.visitByAgent(facts.refs[si])
		f.assignParties(facts.parties[si])
		f.assignStates(d, facts.cms[si], facts.refs[si])
		f.visitedStates(facts.cms[si])
		f.groupParties(refDate.y)
		f.listedParticipants(facts.cms[si])
		f.sideComposition()
		f.assignDates(d, x.dates, refDate)
		f.sidelineDates()
		f.visitDates(d, x.dates, refDate)
		f.guestVisitClauses()
		f.foldRelativeOfEngagement()
		f.foldAppositiveNoun()
		f.foldWeakTriggers()
		f.foldPurposeNouns()
		f.foldJourneyPurpose()
		f.foldPresidedNouns()
		f.foldSeriesNouns()
		f.foldGatheringSubjects()
		f.foldEncounterAtGathering()
		f.foldHostRelative()
		f.gatheringDates()
		f.lendEmptyTriggers()
		f.visitorJoinsMeetings()
		f.visitSubject(facts.refs, sents, previous)
		f.travellerJoinsPurpose()
		f.pronounSubject(facts.refs[si], previous)
		f.hereIsDateline(d)
		if si > 0 && !sents[si-1].headline && (sents[si-1].para == s.para || stepsFromDayBefore(s.toks)) {
			f.previousSentenceDate(d, sents[si-1].toks, x.dates.findDates(sents[si-1].toks, week.reference(x, si-1, sents[si-1], refDate)))
		}
		legs = append(legs, f.stays()...)
		for ti, c := range f.cs {
			if !c.gone {
				for _, v := range splitVisit(c) {
					cands = append(cands, f.splitApart(v, ti, people, facts.refs[si])...)
				}
			}
		}
	}
	return x.settle(d, sents, people, cands, legs)
}

// introVerbs close a line that introduces a statement: "N said:".
var introVerbs = map[string]bool{"said": true, "says": true, "stated": true, "added": true, "commented": true, "remarked": true}

// introducedSpeaker: the sentence is "Minister for Africa N said:", a
// line that introduces the statement below it, and names one official,
// its speaker.
func introducedSpeaker(s sentence, si int, people []person) (int, bool) {
	n := len(s.toks)
	if n < 3 || s.toks[n-1].text != ":" || !introVerbs[s.toks[n-2].lower] {
		return 0, false
	}
	speaker := -1
	for pi, p := range people {
		for _, r := range p.refs {
			if r.sent != si {
				continue
			}
			if speaker >= 0 && speaker != pi {
				return 0, false
			}
			speaker = pi
		}
	}
	return speaker, speaker >= 0
}

// introducedSpeakerRefs: in a release that introduces an official's
// statement ("Minister for Africa N said:" over "Today I met ..."), the
// "I", "me" and "my" of the paragraphs below, quoted or not, refer to
// that official,
// until another line introduces a speaker or labels a turn.
func introducedSpeakerRefs(sents []sentence, people []person) {
	taken := map[[2]int]bool{}
	for _, p := range people {
		for _, r := range p.refs {
			taken[[2]int{r.sent, r.tok}] = true
		}
	}
	speaker := -1
	for si, s := range sents {
		if pi, ok := introducedSpeaker(s, si, people); ok {
			speaker = pi
			continue
		}
		if s.headline || labelColon(s.toks) >= 0 {
			speaker = -1
		}
		if speaker < 0 {
			continue
		}
		// The statement may stand in quotation marks: they are its words.
		for k, t := range s.toks {
			if firstPersonRefs[t.text] && !taken[[2]int{si, k}] {
				people[speaker].refs = append(people[speaker].refs, ref{si, k, k + 1, speaker})
			}
		}
		sortRefs(people[speaker].refs)
	}
}

// runningReference is the date a sentence's yearless dates resolve
// against. An article with no date of its own ("Summit (April 2010)" over
// "met on Apr. 30", an archive page of several releases) takes the last
// month and year its text wrote out before the sentence or in it.
func (x *Extractor) runningReference(article, current date, s sentence) date {
	if article.known() {
		return article
	}
	for _, dm := range x.dates.findDates(s.toks, date{}) {
		if !dm.relative && dm.value.y > 0 && dm.value.m > 0 {
			current = date{dm.value.y, dm.value.m, 0}
		}
	}
	return current
}

// weekFrame is the week a story's lede tells of as a whole, if any.
type weekFrame struct {
	after int  // the lede's sentence: the sentences after it are in the week
	ref   date // the reference a bare weekday resolves against in the week
	ok    bool
}

// weekTold: a story whose lede tells of last week or of next week as a
// whole ("The Commissioner held talks in three Sahel capitals last
// week", "The Minister will travel to Accra and Lome next week") dates
// its bare weekdays ("On Monday") in that week, from a Sunday beside it. A lede that gives a day of its own, or a
// week only in a clause beside it ("back from a tour last week, she met X
// on Monday"), frames nothing.
func (x *Extractor) weekTold(d *document, sents []sentence, ref date) weekFrame {
	lede := firstProse(sents, d.firstBodySent)
	if ref.d == 0 || lede < 0 {
		return weekFrame{}
	}
	toks := sents[lede].toks
	dms := x.dates.findDates(toks, ref)
	if len(dms) != 1 || dms[0].end-dms[0].tok != 2 || lowerAt(toks, dms[0].tok+1) != "week" || !weekClosesClause(toks, dms[0].end) {
		return weekFrame{}
	}
	shift := map[string]int{"last": -7, "next": 7}[lowerAt(toks, dms[0].tok)]
	if shift == 0 {
		return weekFrame{}
	}
	// The Sunday that ends the week told, from which a past weekday is
	// counted back; or the one before it, from which one to come is
	// counted on.
	t := ref.time()
	monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	if shift > 0 {
		monday = monday.AddDate(0, 0, shift)
	}
	return weekFrame{after: lede, ref: fromTime(monday.AddDate(0, 0, -1)), ok: true}
}

// firstProse is the first sentence from the body's first that reads as
// prose, past the title lines and page labels (a date, "Print | Share")
// a release opens with, or -1.
func firstProse(sents []sentence, from int) int {
	for si := max(from, 0); si < len(sents) && si < from+6; si++ {
		if !sents[si].headline && proseSentence(sents[si].toks) {
			return si
		}
	}
	return -1
}

// reference is the date sentence si's dates resolve against: the week's
// when the week frames the story and the sentence has bare weekdays ("On
// Monday") and no other time that the week would read otherwise; else
// ref. A sentence that writes such a time ("yesterday", "this week") is
// told from the page's day.
func (w weekFrame) reference(x *Extractor, si int, s sentence, ref date) date {
	if !w.ok || si <= w.after {
		return ref
	}
	dms := x.dates.findDates(s.toks, ref)
	inWeek := x.dates.findDates(s.toks, w.ref)
	weekdays := 0
	for n, dm := range dms {
		if dm.relative && dm.end-dm.tok == 1 && x.dates.isWeekday(s.toks[dm.tok]) && lowerAt(s.toks, dm.tok-1) != "next" {
			weekdays++
			continue
		}
		if n >= len(inWeek) || inWeek[n].value != dm.value {
			return ref // "yesterday", "this week": told from the page's day
		}
	}
	if weekdays == 0 {
		return ref
	}
	return w.ref
}

// weekClosesClause: the week ends the main clause of the lede (a full
// stop, or a comma before what the clause goes on to tell), not a clause
// set beside it: no relative or subordinate clause opens before it ("talks
// that were to open next week", "after she returned last week").
func weekClosesClause(toks []token, end int) bool {
	for k := 0; k < end-2; k++ {
		if subordinators[toks[k].lower] || ownTimeClauseWords[toks[k].lower] {
			return false
		}
	}
	return end >= len(toks) || toks[end].lower == "." || toks[end].lower == "," && end+1 < len(toks) && toks[end+1].lower != "she" && toks[end+1].lower != "he"
}

// ownTimeClauseWords open a relative or comparative clause, which tells
// its own time (unlike relativeWords, it counts "where" and "as").
var ownTimeClauseWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "where": true, "as": true}

// stays lists the legs the frame's gatherings were attended within: the
// people and place of the candidate that holds the gathering at the end
// (an "attend" folds into the gathering it names).
func (f *frame) stays() []stay {
	var out []stay
	for _, from := range f.stayFrom {
		for ti := range f.cs {
			c := &f.cs[ti]
			if !c.gone && c.hasDate && c.date.d == 0 && c.date.m == from.m && c.date.y == from.y && c.locCode != "" && len(c.people) > 0 {
				out = append(out, stay{people: c.people, loc: c.locCode, from: from})
				break
			}
		}
	}
	return out
}

// newFrame makes one candidate per trigger of sentence si.
func newFrame(si int, s sentence, trigs []trig, dms []dateMention) *frame {
	toks := s.toks
	f := &frame{si: si, toks: toks, trigs: trigs, dms: dms, commas: make([]int, len(toks)+1)}
	for k, t := range toks {
		f.commas[k+1] = f.commas[k]
		if t.text == "," || t.text == ";" || t.text == ":" {
			f.commas[k+1]++
		}
	}
	f.indexClauses()
	f.allIdx = make([]int, len(trigs))
	for ti := range trigs {
		f.allIdx[ti] = ti
		if !trigs[ti].entry.Weak && !trigs[ti].entry.Attach {
			f.eventIdx = append(f.eventIdx, ti)
		}
	}
	inherits := inheritsParties(toks)
	f.cs = make([]candidate, len(trigs))
	for ti, t := range trigs {
		// A round after another trigger of its sentence is that one's
		// purpose ("will meet in Oslo for a new round of talks"), not a
		// round told alone.
		round := ti == 0 && roundOfSeries(s.toks, t)
		f.cs[ti] = newCandidate(s, si, t, inherits || round)
		if round && f.cs[ti].inherit {
			f.cs[ti].rules = append(f.cs[ti].rules, ruleRoundOfSeries)
		}
	}
	return f
}

// indexClauses counts, before each token, the clause breaks, the
// pronouns "he" and "she", and where the clause begins, so that the
// passes ask about a span in constant time (a sentence may be very long).
func (f *frame) indexClauses() {
	n := len(f.toks)
	f.breaks, f.pronouns, f.clauseFrom = make([]int, n+1), make([]int, n+1), make([]int, n+1)
	for k, t := range f.toks {
		f.breaks[k+1], f.pronouns[k+1], f.clauseFrom[k+1] = f.breaks[k], f.pronouns[k], f.clauseFrom[k]
		if t.text == ";" {
			f.clauseFrom[k+1] = k + 1
		}
		if clauseBreakAt(f.toks, k) {
			f.breaks[k+1]++
		}
		if t.lower == "he" || t.lower == "she" {
			f.pronouns[k+1]++
		}
	}
}

// clauseBreakAt: a new clause begins at token k: a semicolon, or a comma
// before "and", "but" or "while".
func clauseBreakAt(toks []token, k int) bool {
	if toks[k].text == ";" {
		return true
	}
	if toks[k].text != "," || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "and", "but", "while", "whereas":
		return true
	}
	return false
}

// inheritsParties: "they", "we", "the two sides", "again", "next" speak of
// the parties of an engagement told before.
func inheritsParties(toks []token) bool {
	for k := 0; k < len(toks); k++ {
		w := toks[k].lower
		if inheritCues[w] && (w != "two" || k+1 < len(toks) && twoOfPair(toks, k)) || w == "again" || w == "next" {
			return true
		}
	}
	return false
}

// ruleRoundOfSeries marks a numbered round that continues the
// negotiations told before: it takes their parties however far back.
const ruleRoundOfSeries = "round-of-series"

// roundOfSeries: "the first negotiating round will be held in X", "a
// second round of talks opens on Monday": a numbered round continues the
// negotiations told before, so a sentence that names no party for it
// speaks of their parties.
func roundOfSeries(toks []token, t trig) bool {
	if !strings.HasPrefix(t.entry.Surface, "round") && !strings.HasSuffix(t.entry.Surface, " round") {
		return false
	}
	// "the first round of the presidential election": a bare round
	// followed by "of" is a round of something else.
	if t.entry.Surface == "round" && t.end < len(toks) && toks[t.end].lower == "of" {
		return false
	}
	for k := t.tok - 1; k >= 0 && t.tok-k <= 2; k-- {
		if seriesOrdinals[toks[k].lower] {
			return true
		}
	}
	return false
}

// seriesOrdinals number a round within a series of talks.
var seriesOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "next": true, "new": true, "further": true, "subsequent": true,
	"1st": true, "2nd": true, "3rd": true, "4th": true, "5th": true,
}

// twoOfPair: "two" at token k names the pair told before: "two sides",
// "the two countries", and with "the" also people, "the two leaders",
// "the two ministers" ("two ministers met" may be any two).
func twoOfPair(toks []token, k int) bool {
	switch toks[k+1].lower {
	case "sides", "countries", "nations", "governments":
		return true
	case "leaders", "ministers", "presidents", "premiers", "heads", "delegations":
		return k > 0 && toks[k-1].lower == "the"
	}
	// "The two last met in May", "The two agreed to ...": "the two"
	// opening a sentence before an adverb or verb is the pair.
	return k == 1 && toks[0].lower == "the" && pairVerbsAfterTwo[toks[k+1].lower]
}

// pairVerbsAfterTwo: the words that show "the two" stands alone as a
// subject ("The two last met", not "The two reports differ").
var pairVerbsAfterTwo = map[string]bool{
	"last": true, "previously": true, "most": true, "first": true, "had": true, "have": true, "will": true,
	"also": true, "agreed": true, "met": true, "spoke": true, "held": true, "discussed": true, "are": true, "were": true,
}

// triggerStatus is the status its own words give a trigger, and whether
// it is being arranged.
func triggerStatus(s sentence, t trig) (status string, arranged bool) {
	toks := s.toks
	status = statusOf(toks, t)
	arranged = t.arranged || nounTriggers[t.entry.Surface] && attendsBefore(toks, t.tok)
	if t.arranged && status == "held" {
		status = "scheduled"
	}
	// Headlines tell plans with an infinitive: "Minister to visit Benin";
	// so does a headline's line repeated over the body, whose verb keeps
	// its capital ("Deputy Secretary to Travel to Ghana").
	if (s.headline || toks[t.tok].upper && t.tok > 1) && status == "held" && t.tok > 0 && toks[t.tok-1].lower == "to" && !t.entry.Past {
		status = "scheduled"
	}
	return status, arranged
}

// newCandidate is the engagement one trigger states, before its roles.
func newCandidate(s sentence, si int, t trig, inherits bool) candidate {
	toks := s.toks
	c := candidate{kind: t.entry.Kind, weak: t.entry.Weak, attach: t.entry.Attach, headline: s.headline, para: s.para, sents: []int{si}, rules: []string{"trigger:" + t.entry.Surface}}
	c.status, c.arranged = triggerStatus(s, t)
	// "talks ..., which were hosted by Foreign Minister X": the host joins
	// the engagement the clause hangs on.
	if passiveBy(toks, t) {
		c.attach = true
	}
	if addressesAudience(toks, t) {
		c.attach, c.rules = true, append(c.rules, ruleAudience)
	}
	var name []string
	c.definite, name = referenceBefore(toks, t)
	c.demonstrative = c.definite && demonstrativeBefore(toks, t.tok)
	// "the Third Coastal Summit": a proper name tells one
	// summit from another.
	if nounTriggers[t.entry.Surface] && toks[t.tok].upper {
		c.name = strings.Join(name, " ")
	}
	c.after, c.negated = afterOrNegated(toks, t.tok)
	// "X joined the talks": an attachment that names the engagement refers
	// back as "the talks" does, across paragraphs too.
	if t.entry.Attach && strings.Contains(t.entry.Surface, " the ") {
		c.attach, c.definite = false, true
	}
	c.inherit = !c.definite && inherits
	c.pairObject, c.pairApart = pairObjectAfter(toks, t)
	c.background = toldAsEarlier(toks, t)
	c.sideline = c.kind != "summit" && (occasionAfter(toks, t.end) || occasionBefore(toks, t.tok))
	if c.status == "held" && !c.definite {
		c.status = tenseOfClause(&c, toks, t)
	}
	if c.status == "held" && planNotCarriedOut(toks, t.tok) {
		c.status = "cancelled"
		c.rules = append(c.rules, "was-to-have")
	}
	return c
}

// tenseOfClause is the status of a held, indefinite candidate whose
// trigger has no tense of its own. "She will open the trade fair in the
// capital and then meet X": a verb in its base form takes the tense of its
// clause, however far back. "Will travel to A and B for talks on ...",
// "will meet X to review progress towards negotiations": so does an
// engagement noun that a future clause is for.
func tenseOfClause(c *candidate, toks []token, t trig) string {
	if baseForms[t.entry.Surface] && futureBefore(toks, t.tok) {
		return "scheduled"
	}
	// "From Singapore, I fly to Jakarta": a release tells its own
	// official's itinerary in the first-person present.
	if journeyVerbs[t.entry.Surface] && t.tok > 0 && (toks[t.tok-1].lower == "i" || toks[t.tok-1].lower == "we") {
		return "scheduled"
	}
	if nounTriggers[t.entry.Surface] && purposeOf(toks, t.tok) && futureClauseBefore(toks, t.tok) {
		c.rules = append(c.rules, "noun-of-future-clause")
		return "scheduled"
	}
	return c.status
}

// toldAsEarlier: the verb trigger tells the encounter before the
// story's, not the story's own: an adverb of a previous occasion right
// before it ("they last met in May", "had previously held talks", "the
// two sides most recently met in Geneva", "the two leaders first met in
// Quito"), or a clause of time that opens with "since" and its own
// subject ("their first meeting since they met in Lima", "since the two
// ministers held talks in Accra").
func toldAsEarlier(toks []token, t trig) bool {
	if nounTriggers[t.entry.Surface] {
		return false
	}
	for k := t.tok - 1; k >= 0 && k >= t.tok-2; k-- {
		switch toks[k].lower {
		case "last", "previously":
			return true
		case "recently":
			return k > 0 && toks[k-1].lower == "most"
		case "first":
			return !sequenceAfter(toks, t.end)
		}
	}
	return sinceClauseBefore(toks, t.tok)
}

// sequenceAfter: "first met privately, then held talks with the
// delegations": "first" orders the steps of one occasion when a word of
// sequence follows in the sentence.
func sequenceAfter(toks []token, from int) bool {
	for k := from; k < len(toks); k++ {
		switch toks[k].lower {
		case "then", "before", "followed", "later", "afterwards", "next":
			return true
		}
	}
	return false
}

// sinceClauseBefore: the trigger at token at is the verb of a clause that
// "since" opens a few words before it, with a subject between ("since they
// met", "since the two leaders held talks"), inside the trigger's clause.
func sinceClauseBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-maxSinceSubject-1; k-- {
		switch w := toks[k].lower; {
		case w == "since":
			return k+1 < at && toks[k+1].kind == tokWord
		case w == "," || w == ";" || w == ":" || w == ".":
			return false
		}
	}
	return false
}

// maxSinceSubject bounds the subject of a "since" clause ("the two
// foreign ministers last").
const maxSinceSubject = 5

// pairObject reads the object of a verb trigger that refers back to the
// two officials of an engagement told before: "met both ministers",
// "held talks with the two foreign ministers", "received both of them",
// "called on each of the leaders". apart: they were met one at a time
// ("separately", "individually", "in turn", or the distributive "each").
func pairObjectAfter(toks []token, t trig) (pair, apart bool) {
	if nounTriggers[t.entry.Surface] {
		return false, false
	}
	k := t.end
	for k < len(toks) && (toks[k].lower == "with" || toks[k].lower == "to" || toks[k].lower == "on") {
		k++
	}
	end, each := pairPhrase(toks, k)
	if end < 0 {
		return false, false
	}
	return true, each || apartAdverbNear(toks, t.tok, end)
}

// pairPhrase matches "both (of the) N", "the two N", "both of them",
// "them both", "each of them", "each of the N" at token k, where N is a
// plural of an office or of people, and returns where it ends and whether
// it is distributive ("each").
func pairPhrase(toks []token, k int) (end int, each bool) {
	if k+1 >= len(toks) {
		return -1, false
	}
	w, next := toks[k].lower, toks[k+1].lower
	switch {
	case w == "them" && next == "both":
		return k + 2, false
	case (w == "both" || w == "each") && next == "of" && k+2 < len(toks) && toks[k+2].lower == "them":
		return k + 3, w == "each"
	case w == "both" || w == "each" && next == "of":
		k++
		if toks[k].lower == "of" {
			if k+1 >= len(toks) || toks[k+1].lower != "the" {
				return -1, false
			}
			k += 2
		}
		each = w == "each"
	case w == "the" && next == "two":
		k += 2
	default:
		return -1, false
	}
	// "both Foreign Ministers", "the two defence chiefs": up to two
	// modifiers before the plural head.
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		if pairHeads[toks[k].lower] {
			return k + 1, each
		}
	}
	return -1, false
}

// pairHeads are the plural nouns a pair of officials is referred back to by.
var pairHeads = map[string]bool{
	"ministers": true, "leaders": true, "presidents": true, "premiers": true, "men": true, "women": true,
	"envoys": true, "officials": true, "chiefs": true, "counterparts": true, "negotiators": true,
	"secretaries": true, "diplomats": true, "heads": true, "statesmen": true, "delegations": true,
}

// apartAdverbNear: an adverb of apartness stands in the clause of the
// trigger, just before it or after its object ("separately met both",
// "met the two leaders separately").
func apartAdverbNear(toks []token, at, end int) bool {
	for k := max(0, at-2); k < len(toks) && k <= end+4; k++ {
		if k >= end && (toks[k].text == "." || toks[k].text == ";") {
			return false
		}
		switch toks[k].lower {
		case "separately", "individually":
			return true
		case "turn":
			if k > 0 && toks[k-1].lower == "in" {
				return true
			}
		}
	}
	return false
}

// journeyVerbs in the present, after "I" or "we", tell an itinerary.
var journeyVerbs = map[string]bool{"fly": true, "travel": true, "go": true, "head": true, "leave": true, "visit": true}

// planNotCarriedOut: "where she was to have met the commander", "they
// were to have held talks": a past plan that did not happen, called off.
func planNotCarriedOut(toks []token, at int) bool {
	return at >= 3 && toks[at-1].lower == "have" && toks[at-2].lower == "to" && beForms[toks[at-3].lower]
}

// afterOrNegated reads the three words before the trigger at token at:
// "after visiting" (the date is a bound), "did not meet".
func afterOrNegated(toks []token, at int) (after, negated bool) {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch toks[k].lower {
		case "after":
			after = true
		case "not", "never", "n't":
			negated = true
		}
	}
	return after, negated
}

// passiveBy: "talks which were hosted by X", one set off by a comma
// ("This meeting, hosted by X, will"), and one right after the noun ("for
// a summit hosted by X").
func passiveBy(toks []token, t trig) bool {
	if !t.entry.Past || t.end >= len(toks) || toks[t.end].lower != "by" || t.tok == 0 {
		return false
	}
	prev := toks[t.tok-1]
	return beForms[prev.lower] || prev.text == "," || nounTriggers[prev.lower]
}

// demonstrativeBefore: the determiner of the engagement noun at token at
// points at what was just told ("this meeting", "this upcoming visit").
func demonstrativeBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0 && at-k <= 6; k-- {
		switch toks[k].lower {
		case "this", "these":
			return true
		case "the", "that", "its", "their", "his", "her", "current":
			return false
		}
	}
	return false
}
