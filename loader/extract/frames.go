package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader/extract/lexicon"
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
		trigs, dms := x.findTriggers(d, s, refDate)
		previous := subject
		subject = nextSubject(s.toks, facts.refs[si], trigs, subject)
		if len(trigs) == 0 || alsoAttendedAcross(cands, s, facts.refs[si]) {
			if c, ok := readoutCandidate(d, s, si, facts.refs[si], facts.parties[si], facts.cms[si]); ok {
				cands = append(cands, c)
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
		f.assignDates(d, x.dates, refDate)
		f.sidelineDates()
		f.visitDates(d, x.dates, refDate)
		f.guestVisitClauses()
		f.foldRelativeOfEngagement()
		f.foldWeakTriggers()
		f.foldPurposeNouns()
		f.foldPresidedNouns()
		f.foldSeriesNouns()
		f.foldGatheringSubjects()
		f.foldEncounterAtGathering()
		f.foldHostRelative()
		f.gatheringDates()
		f.lendEmptyTriggers()
		f.visitorJoinsMeetings()
		f.visitSubject(facts.refs, sents, previous)
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

// findTriggers lists the trigger words of a sentence that state an
// engagement, and the sentence's dates (read only when it has a trigger:
// most sentences have none).
func (x *Extractor) findTriggers(d *document, s sentence, refDate date) ([]trig, []dateMention) {
	toks := s.toks
	var trigs []trig
	var dms []dateMention
	vague, read := false, false
	for i := 0; i < len(toks); i++ {
		e, j, ok := x.triggers.match(toks, i)
		if !ok {
			continue
		}
		// "PARIS, March 22 (Summit Ledger) —": the agency's credit in the
		// dateline is a name, not an engagement.
		if toks[i].start >= d.bodyAt && toks[i].start < d.datelineEnd {
			i = j - 1
			continue
		}
		if !read {
			read = true
			low := strings.ToLower(s.text(d.text))
			dms = x.dates.findDates(toks, refDate)
			// "look forward to welcoming the King on July 19": a day
			// makes a wish an appointment.
			vague = !hasDay(dms) && !x.monthDay(toks, dms) && (containsAny(low, vagueCues) || containsAny(low, wishCues) || containsAny(low, vagueTimeCues))
		}
		if !x.triggerFits(e, toks, i, j) || compoundAdjective(e, toks, i) {
			continue
		}
		if !wishOrPossibility(e, toks, i, vague) {
			trigs = append(trigs, trig{entry: e, tok: i, end: j})
		} else if vague && arrangedGathering(e, toks, i, j, dms) {
			trigs = append(trigs, trig{entry: e, tok: i, end: j, arranged: true})
		}
		i = j - 1
	}
	return trigs, dms
}

// monthDay: a date of the sentence names a day of a month without its
// year ("on June 9", "on 9 June"): an appointment as surely as a dated
// one, though its year is read from the article's ("look forward to
// welcoming President N to Ottawa on June 9"). A weekday or "tomorrow"
// is no such date.
func (x *Extractor) monthDay(toks []token, dms []dateMention) bool {
	for _, dm := range dms {
		if dm.value.d == 0 {
			continue
		}
		for k := dm.tok; k < dm.end && k < len(toks); k++ {
			if _, ok := x.dates.months[toks[k].lower]; ok {
				return true
			}
		}
	}
	return false
}

// compoundAdjective: a participle joined by a hyphen to the word before
// ("the UK-hosted summit", "a long-planned visit") describes the noun
// after it; it tells no engagement nor tense of its own.
func compoundAdjective(e triggerEntry, toks []token, i int) bool {
	return e.Past && i >= 2 && toks[i-1].text == "-" && !toks[i-1].space && !toks[i].space
}

// wishOrPossibility: a trigger in a sentence of wishes, after "could" or
// "potential", states no engagement ("the two could meet").
func wishOrPossibility(e triggerEntry, toks []token, i int, vague bool) bool {
	if vague && wishOf(e, toks, i) {
		return true
	}
	if i == 0 {
		return false
	}
	// "invited X to visit": an invitation, an engagement once accepted.
	if invitedBefore(toks, i) || appealedFor(toks, i) {
		return true
	}
	// "if talks fail", "unless the meeting takes place", "Should the
	// meeting take place": a condition.
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w := toks[k].lower; w == "if" || w == "unless" || w == "whether" || w == "should" && k == 0 {
			return true
		}
		if toks[k].text == "," {
			break
		}
	}
	switch toks[i-1].lower {
	case "could", "might", "may":
		return !e.Past
	case "potential", "possible", "hypothetical", "prospective":
		return true // "a potential visit": not yet an engagement
	}
	return false
}

// arrangedGathering: in a sentence of wishes, a gathering the wished act
// is directed to or placed at ("looked forward to welcoming him to next
// month's summit", "to seeing her at the summit in September"), and that
// the sentence dates at least to its month, is arranged: only the
// welcome is wished.
func arrangedGathering(e triggerEntry, toks []token, i, j int, dms []dateMention) bool {
	if !nounTriggers[e.Surface] || e.Kind == "visit" || e.Kind == "call" {
		return false
	}
	if !hasMonth(dms) && !(toks[i].upper && arrangementAfter(toks, j)) {
		return false
	}
	k := wordBeforeName(toks, i)
	if k < 0 {
		return false
	}
	switch toks[k].lower {
	case "to", "at":
		return true
	}
	return attendsBefore(toks, i)
}

// attendsBefore: the gathering whose noun is at token i is the object of
// "attend" ("will travel to Lima to attend the A-B-C (Club) Leaders'
// Meeting", "attended the summit", "is attending the forum"): its subject
// takes part in it.
func attendsBefore(toks []token, i int) bool {
	k := wordBeforeName(toks, i)
	return k >= 0 && attendForms[toks[k].lower]
}

var attendForms = map[string]bool{"attend": true, "attends": true, "attended": true, "attending": true}

// wordBeforeName returns the token before the name, determiner and time
// words of the gathering whose noun is at token i ("to next month's",
// "at the A-B-C (Club) Leaders'"), or -1.
func wordBeforeName(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-maxEventNameWords; k-- {
		switch w := toks[k].lower; {
		case w == "the" || w == "'s" || w == "’s" || w == "'" || w == "’" || w == "next" || w == "this" || w == "month" || w == "week" || w == "year" || toks[k].upper:
			continue
		case w == "(" || w == ")":
			continue // "the A-B-C-D (Club) Leaders' Meeting"
		case w == "-" || k > 0 && toks[k-1].text == "-":
			continue // "the UK-hosted summit"
		}
		return k
	}
	return -1
}

// maxEventNameWords bounds how far back a gathering's name is read
// ("the A-B-C-D (Club) Leaders' Meeting" is fifteen tokens).
const maxEventNameWords = 16

// arrangementAfter: the clause after a named gathering says it is
// arranged, by its host or its being set: "the Leaders' Summit, which
// Mexico will host", "the Forum to be held in Suva", "the Summit hosted by
// Peru", "the Conference scheduled for the autumn".
func arrangementAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+12; k++ {
		switch toks[k].lower {
		case "host", "hosted", "hosting", "held", "hold", "convened", "convene", "organised", "organized", "scheduled", "slated", "set", "planned":
			return true
		case ".", ";", "but", "although", "while":
			return false
		}
	}
	return false
}

// hasMonth: some date of the sentence names a month.
func hasMonth(dms []dateMention) bool {
	for _, dm := range dms {
		if dm.value.m > 0 {
			return true
		}
	}
	return false
}

// wishOf: in a sentence of wishes, a trigger is one when a wish stands
// before it, or a vague adverbial anywhere; a past engagement only when the
// cue is just before it ("hoped to meet").
func wishOf(e triggerEntry, toks []token, i int) bool {
	near := strings.ToLower(joinTokens(toks[max(0, i-6):i]))
	if e.Past {
		return containsAny(near, vagueCues) || containsAny(near, wishCues)
	}
	before := strings.ToLower(joinTokens(toks[:i]))
	all := strings.ToLower(joinTokens(toks))
	return containsAny(before, wishCues) || containsAny(all, vagueCues) || containsAny(all, vagueTimeCues)
}

// vagueTimeCues leave an engagement's time open, so what they go with is
// intent, not an appointment (GUIDELINES): "accepted an invitation to
// visit at a mutually convenient time".
var vagueTimeCues = []string{
	"convenient time", "convenient date", "at an early date", "at the earliest opportunity", "at a time to be",
}

// invitedBefore: the trigger is what an invitation asks for ("invited X
// to visit", "an invitation for talks") and nothing in the sentence says
// it was accepted.
func invitedBefore(toks []token, i int) bool {
	i = pastArticle(toks, i)
	if i == 0 || toks[i-1].lower != "to" && toks[i-1].lower != "for" {
		return false
	}
	invited := false
	for k := max(0, i-10); k < i; k++ {
		switch toks[k].lower {
		case "invited", "invites", "inviting", "invitation", "invite":
			invited = true
		}
	}
	if !invited {
		return false
	}
	for _, t := range toks {
		switch t.lower {
		case "accepted", "accepts", "accepting", "will", "shall":
			return false
		}
	}
	return true
}

// pastArticle steps back over the article and modifiers before a noun
// trigger ("to return for a ministerial meeting", "urges Ivorian
// dialogue"), so the word that governs the phrase is read.
func pastArticle(toks []token, i int) int {
	for k := i; k > 0 && k > i-4; k-- {
		w := toks[k-1]
		if !nounModifiers[w.lower] && !modifierTriggers[w.lower] && !(w.upper && w.kind == tokWord) {
			return k
		}
	}
	return max(0, i-3)
}

// nounModifiers stand between a verb and the engagement noun it governs.
var nounModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "new": true, "further": true, "formal": true, "official": true,
	"bilateral": true, "trilateral": true, "joint": true, "high-level": true, "direct": true, "state": true,
}

// directiveVerbs ask another to act: what they ask for ("called on X to
// meet the opposition", "urged both sides to hold talks", "proposed a
// meeting of foreign ministers") is an appeal, not an engagement, unless
// the sentence says it was taken up.
var directiveVerbs = map[string]bool{
	"urged": true, "urges": true, "urging": true, "asked": true, "asks": true, "encouraged": true,
	"encourages": true, "pressed": true, "presses": true, "appealed": true, "appeals": true,
	"proposed": true, "proposes": true, "proposing": true, "suggested": true, "suggests": true,
	"requested": true, "requests": true,
}

// appealedFor: the trigger is the infinitive ("to meet") or the object
// ("a meeting") of an appeal verb or of "called on"/"called for" earlier
// in its clause, and the sentence does not say it was agreed.
func appealedFor(toks []token, i int) bool {
	at := pastArticle(toks, i)
	if at == 0 {
		return false
	}
	infinitive := toks[at-1].lower == "to"
	for k := at - 1; k >= 0 && k >= at-16; k-- {
		w := toks[k].lower
		if w == ";" || w == "." || w == ":" || w == "," {
			return false
		}
		called := (w == "on" || w == "upon" || w == "for") && k > 0 && (toks[k-1].lower == "called" || toks[k-1].lower == "calls" || toks[k-1].lower == "calling")
		if !directiveVerbs[w] && !called {
			continue
		}
		// "proposed a meeting" takes the trigger as object; "urged X
		// to meet" takes it as infinitive.
		if !infinitive && k != at-1 {
			return false
		}
		return !appealTakenUp(toks)
	}
	return false
}

// appealTakenUp: the sentence says the appeal was agreed or acted on.
func appealTakenUp(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "accepted", "accepts", "agreed", "agrees", "agreeing":
			return true
		}
	}
	return false
}

// readoutCandidate: in a government readout, officials who "led the
// delegation" or "reiterated" something took part in the engagement just
// told, though their sentence has no trigger.
func readoutCandidate(d *document, s sentence, si int, refs []ref, parties []unnamedParty, cms []countryMention) (candidate, bool) {
	if len(refs) == 0 && !attendanceInversion(s.toks) {
		return candidate{}, false
	}
	low := strings.ToLower(s.text(d.text))
	// "Taking part were A; B; C": the list is who took part, whatever
	// their states, so it joins the engagement just told as an
	// attachment does, not only where its sides are already known.
	// A sentence that names a side ("on the X side were") is read as a
	// readout's list of that side.
	cued := (d.usOutlet || d.statement) && containsAny(low, readoutCues) || containsAny(low, delegationCues)
	// "N was also present" adds N to the engagement just told, whatever
	// N's state (joinReadoutOfficials).
	back := alsoAttendedClause(s.toks, refs)
	inverted := !back && !cued && attendanceInversion(s.toks)
	if !cued && !inverted && !back {
		return candidate{}, false
	}
	c := candidate{kind: "meeting", status: "held", attach: true, govAttach: !inverted, para: s.para, sents: []int{si}, rules: []string{"readout-participant"}}
	if back {
		c.rules = append(c.rules, ruleAlsoAttended)
	}
	verb := -1
	if back {
		verb = alsoAttendedVerb(s.toks)
	}
	for _, r := range refs {
		// "driven by President X's goal": an owner is no participant.
		if r.end < len(s.toks) && s.toks[r.end].kind == tokPoss {
			continue
		}
		// "N also attended, and M told reporters": only the subject
		// of the attendance took part.
		if verb >= 0 && r.tok > verb {
			continue
		}
		c.people = appendUnique(c.people, r.person)
	}
	if inverted {
		c.countries = invertedListStates(s.toks, parties, cms)
	}
	return c, len(c.people) > 0 || len(c.countries) > 0
}

// invertedListStates: the states whose unnamed officials or delegations
// the list of an attendance inversion names ("Taking part were the
// foreign ministers of A, B and C", "Present were delegations from A and
// B"): a plural office's states and the rest of their list.
func invertedListStates(toks []token, parties []unnamedParty, cms []countryMention) []string {
	var out []string
	for _, p := range parties {
		out = appendUniqueStr(out, p.country)
	}
	listed := false
	for i, cm := range cms {
		listed = cm.party || pluralOfficeOf(toks, cm.tok) ||
			listed && i > 0 && listGap(toks, cms[i-1].end, cm.tok) > 0 && onlyJoiners(toks[cms[i-1].end:cm.tok])
		if listed && cm.code != "" {
			out = appendUniqueStr(out, cm.code)
		}
	}
	return out
}

// alsoAttendedClause: "N also attended.", "N also took part in the
// talks", "N was also present", "N joined the meeting as well": a named
// subject whose attendance adds them to the engagement just told, with
// no event of its own: nothing after the verb but an anaphoric event
// noun ("the meeting", "the dialogue") and the capacity they came in
// ("as an observer", "on behalf of", "in her capacity as"). A named or
// new event after the verb ("also attended the G20 summit", "also
// attended a dinner") is an engagement of its own.
func alsoAttendedClause(toks []token, refs []ref) bool {
	k := alsoAttendedVerb(toks)
	if k < 0 || !slices.ContainsFunc(refs, func(r ref) bool { return r.end <= k }) {
		return false
	}
	k++
	if k < len(toks) && (toks[k].lower == "in" || toks[k].lower == "at") {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "the" && anaphoricEventNouns[toks[k+1].lower] {
		k += 2
	}
	if k+1 < len(toks) && toks[k].lower == "as" && toks[k+1].lower == "well" {
		k += 2
	}
	return k >= len(toks) || attendanceCapacity[toks[k].lower]
}

// alsoAttendedAcross: "N also attended." told after the paragraph that
// began the latest event (a list of who took part between them):
// the frame's own attachment joins only within that paragraph, so the
// back reference is read as a readout's official. Within it the
// attachment stands.
func alsoAttendedAcross(cands []candidate, s sentence, refs []ref) bool {
	for k := len(cands) - 1; k >= 0; k-- {
		if !cands[k].attach && !cands[k].weak {
			return cands[k].para != s.para && alsoAttendedClause(s.toks, refs)
		}
	}
	return false
}

// alsoAttendedVerb is the last token of the verb of "also attended",
// "also took part", "also participated", "also joined", "was also
// present" or "attended as well", or -1.
func alsoAttendedVerb(toks []token) int {
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].lower, toks[k+1].lower
		switch {
		case w == "also" && (next == "attended" || next == "participated" || next == "joined"):
			return k + 1
		case w == "also" && next == "took" && k+2 < len(toks) && toks[k+2].lower == "part":
			return k + 2
		case (w == "was" || w == "were") && next == "also" && k+2 < len(toks) && toks[k+2].lower == "present":
			return k + 2
		case (w == "attended" || w == "participated") && next == "as" && k+2 < len(toks) && toks[k+2].lower == "well":
			return k
		}
	}
	return -1
}

// anaphoricEventNouns refer back to the engagement just told.
var anaphoricEventNouns = map[string]bool{
	"meeting": true, "talks": true, "session": true, "dialogue": true, "discussions": true,
	"summit": true, "consultations": true, "event": true, "ceremony": true, "conference": true,
}

// attendanceCapacity open what may follow the attendance clause: its end,
// the capacity the person came in, or another clause.
var attendanceCapacity = map[string]bool{
	".": true, ",": true, ";": true, "as": true, "on": true, "in": true, "for": true, "and": true,
}

// attendanceWords open a clause whose subject, a list of those who took
// part, follows the verb: "Taking part were", "Also present were",
// "Attending the talks were", "Joining him will be".
var attendanceWords = map[string]bool{
	"taking": true, "participating": true, "present": true, "attending": true, "joining": true,
	"accompanying": true, "representing": true,
}

// attendanceInversion: the sentence opens with a participle or adjective
// of attendance and, within a short complement ("part", "the talks", "at
// the meeting"), the copula whose subject is the list after it: "Taking
// part were the Minister of Trade of A, N; the Minister of Finance of B,
// M", "Also present was N", "Attending the dinner will be N1 and N2".
func attendanceInversion(toks []token) bool {
	k := 0
	if k < len(toks) && toks[k].lower == "also" {
		k++
	}
	if k >= len(toks) || !attendanceWords[toks[k].lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		switch toks[j].lower {
		case "were", "was", "are", "is":
			return true
		case "will":
			return j+1 < len(toks) && toks[j+1].lower == "be"
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// frame is one sentence with its triggers and the candidate each states;
// the assign passes give the candidates the roles of the sentence.
type frame struct {
	si     int
	toks   []token
	trigs  []trig
	cs     []candidate
	dms    []dateMention
	commas []int // commas[k]: the commas, semicolons and colons before token k
	// breaks[k], pronouns[k]: the clause breaks and the "he"/"she" before
	// token k; clauseFrom[k]: where the clause holding token k-1 begins.
	breaks, pronouns, clauseFrom []int
	// allIdx lists every trigger, eventIdx those that are neither weak
	// nor attachments.
	allIdx, eventIdx []int
	// stayFrom: the first days of the stays within which the sentence's
	// gatherings are attended (attendedWithinStay), which date the legs of
	// a tour to the stays' places.
	stayFrom []date
}

// stay is a leg of a journey with its first day: its people, the place.
type stay struct {
	people []int
	loc    string
	from   date
}

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
		f.cs[ti] = newCandidate(s, si, t, inherits || ti == 0 && roundOfSeries(s.toks, t))
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

// newCandidate is the engagement one trigger states, before its roles.
func newCandidate(s sentence, si int, t trig, inherits bool) candidate {
	toks := s.toks
	c := candidate{kind: t.entry.Kind, weak: t.entry.Weak, attach: t.entry.Attach, headline: s.headline, para: s.para, sents: []int{si}, rules: []string{"trigger:" + t.entry.Surface}}
	c.status = statusOf(toks, t)
	c.arranged = t.arranged || nounTriggers[t.entry.Surface] && attendsBefore(toks, t.tok)
	if t.arranged && c.status == "held" {
		c.status = "scheduled"
	}
	// "talks ..., which were hosted by Foreign Minister X": the host joins
	// the engagement the clause hangs on.
	if passiveBy(toks, t) {
		c.attach = true
	}
	// Headlines tell plans with an infinitive: "Minister to visit Benin";
	// so does a headline's line repeated over the body, whose verb keeps
	// its capital ("Deputy Secretary to Travel to Ghana").
	if (s.headline || toks[t.tok].upper && t.tok > 1) && c.status == "held" && t.tok > 0 && toks[t.tok-1].lower == "to" && !t.entry.Past {
		c.status = "scheduled"
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

// sidelineDates: a meeting held on the sidelines of a summit the sentence
// dates ("met X on June 4 on the occasion of the Summit") is on that day
// when it has none of its own, and its people attend the summit.
func (f *frame) sidelineDates() {
	f.spanClauseDates()
	for ti := range f.cs {
		c := &f.cs[ti]
		if !c.sideline || c.gone {
			continue
		}
		for tj := range f.cs {
			o := &f.cs[tj]
			if o.kind != "summit" || tj <= ti {
				continue
			}
			if !c.hasDate && o.hasDate {
				c.hasDate, c.date = true, o.date
			}
			for _, p := range c.people {
				o.people = appendUnique(o.people, p)
			}
			break
		}
	}
}

// participialBound: the trigger at token k stands in a participial clause
// set after "before" or "after" ("before flying on to Lome", "after
// visiting Hanoi"): +1 for a journey after the main clause's day, -1 for
// one before it, and the token of the word; else 0.
func participialBound(toks []token, k int) (int, int) {
	for j := k; j >= 0 && j >= k-3; j-- {
		participle := j+1 < len(toks) && strings.HasSuffix(toks[j+1].lower, "ing")
		switch {
		case toks[j].lower == "before" && participle:
			return 1, j
		case toks[j].lower == "after" && participle:
			return -1, j
		}
		if toks[j].kind == tokPunct {
			break
		}
	}
	return 0, 0
}

// mainTaker is the trigger of a main clause that takes a date the trigger
// of a participial clause after it stood nearest to, and that clause's
// direction (participialBound).
type mainTaker struct{ ti, dir int }

// participialTaker: date dm stands before the "before"/"after" of the
// participial clause of trigger ti (ti has no day yet): the clause's
// journey is bounded by the day, which goes to the latest undated trigger
// before it in the sentence, if any (-1).
func (f *frame) participialTaker(dm dateMention, ti int) (mainTaker, bool) {
	dir, at := participialBound(f.toks, f.trigs[ti].tok)
	if dir == 0 || dm.tok > at || dm.value.d == 0 || f.trigs[ti].tok < dm.tok {
		return mainTaker{}, false
	}
	best := -1
	for tj, t := range f.trigs {
		if tj != ti && t.end <= dm.tok && !f.cs[tj].hasDate && !f.cs[tj].weak {
			best = tj
		}
	}
	return mainTaker{best, dir}, true
}

// boundedDay is the finest unit certain for a journey made on day or the
// day after it (dir +1: "before travelling on") or the day before (dir -1:
// "after visiting"): its month when both stay in it, else its year.
func boundedDay(day date, dir int) date {
	other := day.addDays(dir)
	if other.m == day.m {
		return date{day.y, day.m, 0}
	}
	return date{day.y, 0, 0}
}

// spanClauseDates: "will visit Benin later this month, a year after the
// President of Benin visited Niamey", "met on Monday, two weeks before the
// summit in Lome": a clause set after "<span> after" or "<span> before"
// tells an engagement that span away from the day of the clause before it,
// to the finest unit the span leaves certain; it does not share that day.
func (f *frame) spanClauseDates() {
	for k := 2; k+1 < len(f.toks); k++ {
		w := f.toks[k].lower
		if w != "after" && w != "before" {
			continue
		}
		days, ok := spanOfWords(f.toks, k)
		if !ok {
			continue
		}
		head, sub := f.clauseHeadAndSpanned(k)
		if head < 0 || sub < 0 || f.cs[sub].hasDate && f.cs[sub].date != f.cs[head].date {
			continue
		}
		if w == "before" {
			days = -days
		}
		day, ok := spannedDate(f.cs[head].date, days)
		f.cs[sub].hasDate, f.cs[sub].date = ok, day
		f.cs[sub].rules = append(f.cs[sub].rules, "span-from-clause")
		if ok && day.m == 0 {
			// As fine as the text allows: no page's day replaces it.
			f.cs[sub].rules = append(f.cs[sub].rules, coarseRelativeRule)
		}
	}
}

// spanOfWords reads the span before token k ("a year", "two weeks",
// "three months", "10 days") in days.
func spanOfWords(toks []token, k int) (int, bool) {
	unit, ok := spanUnits[toks[k-1].lower]
	if !ok {
		unit, ok = map[string]int{"year": 365, "years": 365}[toks[k-1].lower]
	}
	if !ok {
		return 0, false
	}
	n, ok := spanCounts[toks[k-2].lower]
	if !ok {
		n, ok = atoiRange(toks[k-2].text, 1, 40)
	}
	return n * unit, ok
}

// clauseHeadAndSpanned finds, around the span's "after" or "before" at
// token k, the dated trigger of the clause before it and the first trigger
// after it in the sentence's clause, or -1.
func (f *frame) clauseHeadAndSpanned(k int) (int, int) {
	head, sub := -1, -1
	for ti, t := range f.trigs {
		switch {
		case t.end <= k-2 && f.cs[ti].hasDate:
			head = ti
		case t.tok > k && sub < 0 && !clauseBreakBetween(f.toks, k, t.tok):
			sub = ti
		}
	}
	return head, sub
}

// spannedDate is the date days before day (after it when days is
// negative), to the month when the span's looseness cannot leave the
// month, else to the year when it cannot leave the year, else unknown.
func spannedDate(day date, days int) (date, bool) {
	if !day.known() {
		return date{}, false
	}
	ref := day
	if ref.m == 0 {
		ref.m, ref.d = 7, 1 // a year-only day: the middle of its year
	} else if ref.d == 0 {
		ref.d = 15
	}
	slack := max(2, abs(days)/4)
	if day.d == 0 {
		slack += 15
	}
	from, to := ref.addDays(-days-slack), ref.addDays(-days+slack)
	switch {
	case from.y != to.y:
		return date{}, false
	case from.m == to.m && day.m > 0:
		return date{from.y, from.m, 0}, true
	}
	return date{from.y, 0, 0}, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dateOfGatheringAt: an encounter told as held at a gathering ("meeting
// at the regional summit that Ghana will host next month",
// "will meet during the summit") takes the gathering's date when it has
// none of its own: the trigger is followed in its clause by "at" or
// "during" (the first such preposition) and the gathering's noun.
func (f *frame) dateOfGatheringAt(ti int) {
	c := &f.cs[ti]
	if c.kind == "summit" || c.kind == "visit" {
		return
	}
	end := f.trigs[ti].end
	for k := end; k < len(f.toks) && k < end+maxClauseWords; k++ {
		if f.toks[k].kind == tokPunct {
			return
		}
		if w := f.toks[k].lower; w != "at" && w != "during" {
			continue
		}
		for tj := range f.cs {
			o := &f.cs[tj]
			if tj != ti && o.kind == "summit" && o.hasDate && f.trigs[tj].tok > k && f.trigs[tj].tok <= k+8 && objectOf(f.toks, k, f.trigs[tj].tok) {
				c.hasDate, c.date = true, o.date
				c.rules = append(c.rules, "date-of-gathering-at")
				return
			}
		}
		return
	}
}

// gatheringDates gives each undated encounter told as held at a gathering
// the gathering's date (dateOfGatheringAt). It runs after
// foldHostRelative, because a gathering dated only in its host's relative
// clause ("the summit, which Ghana hosts in Accra next month") has its
// date once that fold has joined the clause to it.
func (f *frame) gatheringDates() {
	for ti := range f.cs {
		if c := &f.cs[ti]; !c.sideline && !c.hasDate && !c.gone {
			f.dateOfGatheringAt(ti)
		}
	}
}

// objectOf: the noun at token to heads the object of the preposition at
// token from ("at the West African heads of state summit", "during the annual
// summit"): no punctuation or other preposition stands between ("at the
// embassy before the summit" is not at the summit).
func objectOf(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].kind == tokPunct && toks[k].text != "'" && toks[k].text != "-" || linkWords[toks[k].lower] && !compoundOf(toks, k) {
			return false
		}
	}
	return true
}

// compoundOf: the "of" at k is inside a gathering's modifier of set form
// ("heads of state", "heads of government", "chiefs of defence"), not a
// preposition of its own.
func compoundOf(toks []token, k int) bool {
	return toks[k].lower == "of" && k > 0 && (toks[k-1].lower == "heads" || toks[k-1].lower == "chiefs")
}

// linkWords join a noun to what follows it, or a clause to another.
var linkWords = map[string]bool{
	"before": true, "after": true, "ahead": true, "of": true, "in": true, "on": true, "with": true, "and": true,
	"for": true, "to": true, "near": true, "following": true, "during": true, "at": true, "from": true,
}

// occasionAfter: the clause after a trigger places it beside a larger
// gathering: "on the sidelines of", "on the occasion of", "in the margins
// of", "on the fringes of".
func occasionAfter(toks []token, from int) bool {
	for k := from; k+2 < len(toks) && k < from+40; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
		if occasionPhraseAt(toks, k) {
			return true
		}
	}
	return false
}

// occasionBefore: the trigger's clause opens beside a larger gathering,
// named or told before: "On the sidelines, the minister met N", "In the
// margins of the forum, A held talks with B", "On the fringe of the
// Dialogue he also met N" (from the sentence's start or its last
// semicolon up to the trigger at token at).
func occasionBefore(toks []token, at int) bool {
	from := 0
	for k := at - 1; k >= 0; k-- {
		if toks[k].text == ";" {
			from = k + 1
			break
		}
	}
	for k := from; k+2 < at; k++ {
		if occasionPhraseAt(toks, k) {
			return true
		}
	}
	return false
}

// occasionPhraseAt: "on|in|at the <edge> (of)" at token k, the edge of a
// gathering ("sidelines", "margins", "fringes"); "the occasion" only with
// its "of", since "on the occasion" alone may be the engagement itself.
func occasionPhraseAt(toks []token, k int) bool {
	w := toks[k].lower
	if w != "on" && w != "in" && w != "at" || toks[k+1].lower != "the" || !occasionNouns[toks[k+2].lower] {
		return false
	}
	if toks[k+2].lower == "occasion" {
		return k+3 < len(toks) && toks[k+3].lower == "of"
	}
	return true
}

// occasionNouns name the edge of a gathering another meeting is held at.
var occasionNouns = map[string]bool{
	"sidelines": true, "sideline": true, "occasion": true, "margins": true, "margin": true, "fringes": true, "fringe": true,
}

// baseForms are triggers in the base form of a verb, which tell no tense
// of their own.
var baseForms = map[string]bool{
	"meet": true, "visit": true, "travel": true, "fly": true, "hold talks": true, "attend": true,
	"convene": true, "reconvene": true, "host": true, "discuss": true, "talk": true,
}

// futureBefore: a future cue ("will", "is to", "plans") stands before token
// end in its sentence, after the last semicolon.
func futureBefore(toks []token, end int) bool {
	for k := end - 1; k >= 0; k-- {
		w := toks[k].lower
		if w == ";" {
			return false
		}
		if w == "will" || w == "shall" || w == "'ll" || w == "plans" || w == "scheduled" || w == "expected" || w == "slated" || w == "accepted" || w == "accepts" {
			return true
		}
	}
	return false
}

// purposeOf: the engagement noun at token at is what something is for or
// leads to ("for talks", "towards negotiations", "the launch of talks"),
// not a subject or an object of its own.
func purposeOf(toks []token, at int) bool {
	// "for further talks", "of in-depth consultations": a few modifiers
	// may stand between.
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		switch toks[k].lower {
		case "for", "towards", "toward", "of":
			return true
		}
		if toks[k].text != "-" && (toks[k].kind != tokWord || toks[k].upper) {
			return false
		}
	}
	return false
}

// futureClauseBefore: "will" or "is to" stands before token end in its
// clause (back to a semicolon) with no past verb between ("will meet X,
// who held talks"), nor a subordinator that opens a clause of its own
// ("will visit after the talks").
func futureClauseBefore(toks []token, end int) bool {
	for k := end - 1; k >= 0; k-- {
		w := toks[k].lower
		if w == ";" || pastMarkers[w] || subordinators[w] {
			return false
		}
		if w == "will" || w == "shall" || w == "'ll" || isFutureVerb(toks, k) || decidedTo(toks, k) {
			return true
		}
	}
	return false
}

// decidedTo: "agreed to", "decided to" at token k: a decision whose
// infinitive is still to be carried out ("agreed to hold regular
// consultations").
func decidedTo(toks []token, k int) bool {
	w := toks[k].lower
	return (w == "agreed" || w == "decided") && k+1 < len(toks) && toks[k+1].lower == "to"
}

// referenceBefore reads the words before a trigger: "the summit", "the AU
// summit", "this meeting", "their dialogue" refer to an engagement already
// named; the capitalised words between are its name.
func referenceBefore(toks []token, t trig) (definite bool, name []string) {
	for k := t.tok - 1; k >= 0 && t.tok-k <= 5; k-- {
		w := toks[k].lower
		switch w {
		case "the", "this", "that", "these", "its", "their", "his", "her", "current":
			return nounTriggers[t.entry.Surface], name
		}
		if toks[k].kind == tokWord && toks[k].upper || toks[k].text == "-" || toks[k].kind == tokNumber {
			name = append([]string{w}, name...)
			continue
		}
		if referenceAdjectives[w] && len(name) == 0 {
			continue // "this upcoming visit", "the bilateral meeting"
		}
		break
	}
	return false, name
}

// referenceAdjectives may stand between "the" or "this" and an engagement
// noun that refers back.
var referenceAdjectives = map[string]bool{
	"upcoming": true, "planned": true, "proposed": true, "bilateral": true, "trilateral": true, "official": true,
	"working": true, "expanded": true,
}

// distance from token pos to trigger t, in tokens; a comma between them
// counts as a long way ("the June 29 meeting with A and B, Sani and the
// ministers discussed").
func (f *frame) distance(pos int, t trig) int {
	switch {
	case pos >= t.end:
		return pos - t.end + 1 + 8*(f.commas[pos]-f.commas[t.end])
	case pos < t.tok:
		return t.tok - pos + 8*(f.commas[t.tok]-f.commas[pos+1])
	}
	return 0
}

// nearestIn returns the trigger among idx nearest to token pos, or -1.
// The triggers are in text order and distance grows with every trigger
// further away, so the nearest one is the last trigger before pos or the
// first after it: a binary search.
func (f *frame) nearestIn(pos int, idx []int) int {
	k := sort.Search(len(idx), func(i int) bool { return f.trigs[idx[i]].tok > pos })
	best, bd := -1, 1<<30
	for _, c := range []int{k - 1, k} {
		if c >= 0 && c < len(idx) {
			if dd := f.distance(pos, f.trigs[idx[c]]); dd < bd || dd == bd && idx[c] < best {
				best, bd = idx[c], dd
			}
		}
	}
	return best
}

func (f *frame) nearest(pos int) int { return f.nearestIn(pos, f.allIdx) }

// betweenAt: "welcomed the meeting ... between Sani and Tano": a noun
// trigger that names its parties with "between" has no others. It returns
// the token of "between" per trigger, or -1.
func (f *frame) betweenAt() []int {
	between := make([]int, len(f.trigs))
	for ti, t := range f.trigs {
		between[ti] = -1
		if !nounTriggers[t.entry.Surface] {
			continue
		}
		for k := t.end; k < len(f.toks) && k < t.end+10; k++ {
			if f.toks[k].lower == "between" {
				between[ti] = k
				break
			}
			if f.toks[k].text == "," || f.toks[k].text == ";" {
				break
			}
		}
	}
	return between
}

// assignPeople gives each official of the sentence to the nearest trigger;
// the members of a list ("A, Crown Prince B, and Foreign Minister C") go
// where its first member goes, unless a trigger right after a member makes
// it that trigger's subject ("..., and C discussed").
func (f *frame) assignPeople(refs []ref) {
	between := f.betweenAt()
	refs = slices.Clone(refs)
	slices.SortStableFunc(refs, func(a, b ref) int { return a.tok - b.tok })
	heads := f.coordinated(refs)
	assigned := make([]int, len(refs))
	for k, r := range refs {
		ti := f.nearest(r.tok)
		if h := heads[k]; h != k && ti != assigned[h] && !f.subjectOf(r, ti) {
			ti = assigned[h]
		}
		if tj := f.betweenOwner(r, between); tj >= 0 {
			ti = tj
		} else if tj := f.withObjectOf(r, refs); tj >= 0 && ti != tj && f.trigs[ti].tok > r.tok {
			ti = tj
		}
		ti = f.outsideOwnRelative(r, ti)
		assigned[k] = ti
		if f.bystander(r) {
			continue
		}
		if between[ti] >= 0 && r.tok < between[ti] {
			continue
		}
		// "A and B made it a priority, and this visit continues that
		// work": a reference back takes no one from another clause.
		if f.cs[ti].definite && r.end < f.trigs[ti].tok && f.breaks[f.trigs[ti].tok]-f.breaks[r.end] > 0 {
			continue
		}
		// After "visit", a person takes part only as a host ("a visit
		// to Ireland with Taoiseach X"), not as a topic.
		if f.trigs[ti].entry.Kind == "visit" && r.tok >= f.trigs[ti].end && !hostWordBetween(f.toks, f.trigs[ti].end, r.tok) {
			continue
		}
		c := &f.cs[ti]
		c.people = appendUnique(c.people, r.person)
	}
}

// betweenOwner is the noun trigger whose "between" names the person r,
// or -1: "talks in Lima yesterday between Hale and Chile's Foreign
// Minister, Rosa Tello, at which the two discussed trade" — Tello is a
// party of the talks, though "discussed" stands nearer. The person must
// follow the "between" with no other trigger and no clause end before it.
func (f *frame) betweenOwner(r ref, between []int) int {
	for tj := len(f.trigs) - 1; tj >= 0; tj-- {
		b := between[tj]
		if b < 0 || b > r.tok || r.tok-b > maxBetweenSpan {
			continue
		}
		if tj+1 < len(f.trigs) && f.trigs[tj+1].tok < r.tok {
			return -1
		}
		for k := b; k < r.tok; k++ {
			if w := f.toks[k].text; w == ";" || w == "." || w == ":" {
				return -1
			}
		}
		return tj
	}
	return -1
}

// withObjectOf is the verb trigger whose "with" takes the person r as its
// object, or -1: "met separately with Chile's Foreign Minister, N, to
// prepare the negotiations" — N is met, though "negotiations" stands
// nearer. The "with" follows the trigger closely ("met with", "held talks
// with", "met separately with"), and between it and the person stand only
// the person's office, its state and commas.
func (f *frame) withObjectOf(r ref, refs []ref) int {
	with := -1
	for k := r.tok - 1; k >= 0 && k >= r.tok-maxWithGap; k-- {
		w := f.toks[k]
		if w.lower == "with" {
			with = k
			break
		}
		if w.text == "." || w.text == ";" || w.text == ":" || f.triggerCovers(k) || w.kind == tokWord && !w.upper && w.lower != "the" && w.lower != "of" {
			return -1
		}
	}
	if with < 0 || slices.ContainsFunc(refs, func(o ref) bool { return o.tok > with && o.tok < r.tok }) {
		return -1
	}
	for tj, t := range f.trigs {
		if t.end <= with && with-t.end <= 1 && !nounTriggers[t.entry.Surface] && !f.cs[tj].weak {
			return tj
		}
	}
	return -1
}

// maxWithGap bounds the tokens from a "with" to the person it takes.
const maxWithGap = 12

// maxBetweenSpan bounds the tokens from "between" to a party it names.
const maxBetweenSpan = 25

// visitByAgent: "the visit to Lima by Prime Minister P in December": a
// visit noun whose visitor is given with "by" has that visitor, not the
// one who speaks of it ("The President said that the visit ... by P had
// opened new prospects") nor anyone else named before it.
func (f *frame) visitByAgent(refs []ref) {
	for ti, t := range f.trigs {
		c := &f.cs[ti]
		if c.kind != "visit" || !nounTriggers[t.entry.Surface] {
			continue
		}
		by := -1
		for k := t.end; k < len(f.toks) && k < t.end+6; k++ {
			if w := f.toks[k].text; w == "," || w == ";" || f.triggerCovers(k) {
				break
			}
			if f.toks[k].lower == "by" {
				by = k
				break
			}
		}
		if by < 0 || !slices.ContainsFunc(refs, func(r ref) bool { return r.tok > by && r.tok <= by+5 && slices.Contains(c.people, r.person) }) {
			continue
		}
		c.people = slices.DeleteFunc(c.people, func(pi int) bool {
			return !slices.ContainsFunc(refs, func(r ref) bool { return r.person == pi && r.tok > by })
		})
	}
}

// outsideOwnRelative: "also met Japan's minister, N, who is leading
// negotiations for Japan": a trigger in the relative clause that describes
// the person tells who the person is, not what the person takes part in;
// the person goes to the latest trigger before the name, when there is one.
func (f *frame) outsideOwnRelative(r ref, ti int) int {
	t := f.trigs[ti]
	if t.tok < r.end || relativeClauseOpen(f.toks, t.tok) != r.end {
		return ti
	}
	for tj := ti - 1; tj >= 0; tj-- {
		if f.trigs[tj].end <= r.tok && !f.cs[tj].weak {
			return tj
		}
	}
	// "X, who is leading a delegation to the summit, met both ministers":
	// with none before, the verb right after the clause is the person's.
	if end := relativeClauseEnd(f.toks, r.end); end > t.tok && f.toks[end].text == "," {
		for tj := ti + 1; tj < len(f.trigs); tj++ {
			if f.trigs[tj].tok == end+1 && !nounTriggers[f.trigs[tj].entry.Surface] {
				return tj
			}
		}
	}
	return ti
}

// bystanderNouns are what an official sends or wants without taking part:
// "instructions from President X", "a message of X".
var bystanderNouns = map[string]bool{
	"instructions": true, "instruction": true, "message": true, "messages": true, "letter": true,
	"greetings": true, "behalf": true, "directive": true, "orders": true, "order": true,
	"wishes": true, "regards": true, "envoy": true, "guidance": true,
}

// bystander: the official is named as the source of a message ("he had
// instructions from President X") or owns something that is not the
// engagement ("driven by President X's goal", "X's resignation"), not as a
// party. A possessive before an engagement ("President X's visit", "the
// secretary's first stop") keeps its party.
func (f *frame) bystander(r ref) bool {
	k := r.tok - 1
	for k >= 0 && f.toks[k].kind == tokWord && f.toks[k].upper {
		k-- // the title before the name
	}
	if k >= 1 && (f.toks[k].lower == "from" || f.toks[k].lower == "of") && bystanderNouns[f.toks[k-1].lower] {
		return true
	}
	if r.end+1 >= len(f.toks) || f.toks[r.end].kind != tokPoss {
		return false
	}
	for j := r.end + 1; j < len(f.toks) && j <= r.end+4; j++ {
		if travelNouns[f.toks[j].lower] {
			return false
		}
	}
	for _, t := range f.trigs {
		if t.tok > r.end && t.tok <= r.end+4 {
			return false
		}
	}
	return true
}

// travelNouns after a possessive tell of the person's own engagement.
var travelNouns = map[string]bool{
	"stop": true, "stops": true, "tour": true, "arrival": true, "stay": true, "departure": true,
	"invitation": true, "itinerary": true, "journey": true, "mission": true, "delegation": true,
	"counterpart": true, "counterparts": true, "host": true, "hosts": true, "guest": true, "guests": true,
}

// coordinated returns, per ref (in text order), the index of the first
// ref of the list it belongs to. A list ends with its one "and" ("A, B
// and C"): a name after it joined by a comma only starts a new clause
// ("... with A and B of Japan, Secretary C and the ministers discussed").
func (f *frame) coordinated(refs []ref) []int {
	heads := make([]int, len(refs))
	joins := make([]int, len(refs)) // 0 none, 1 a comma, 2 "and"
	for k := range refs {
		heads[k] = k
		if k > 0 {
			joins[k] = listGap(f.toks, refs[k-1].end, refs[k].tok)
			if joins[k] == 0 && f.apposedListItem(refs[k-1].end, refs[k].tok) {
				joins[k] = 2
			}
		}
	}
	for k := 0; k < len(refs); {
		lastAnd := k
		for end := k + 1; end < len(refs) && joins[end] > 0; end++ {
			if joins[end] == 1 && lastAnd > k {
				break // a comma after the "and": the list has ended
			}
			if joins[end] == 2 {
				lastAnd = end
			}
		}
		for m := k + 1; m <= lastAnd; m++ {
			heads[m] = k
		}
		k = lastAnd + 1 // the names after the list's "and" may start one of their own
	}
	return heads
}

// maxListGap bounds the words between two names of one list (a title with
// its state: ", Speaker of the Grand Council Ali").
const maxListGap = 10

// listGap tells whether the words between two names join them in a list:
// 2 when "and" does, 1 when only a comma does, 0 when they do not. Beside
// the comma or "and" there is only what a title or a state is made of:
// capitalised words, "of", "the", parentheses ("A (Economy), B").
func listGap(toks []token, a, b int) int {
	if b <= a || b-a > maxListGap {
		return 0
	}
	join := 0
	for k := a; k < b; k++ {
		if n, j := joinerAt(toks, k); n > 0 {
			join = max(join, j)
			k += n - 1
			continue
		}
		t := toks[k]
		switch {
		case t.kind == tokWord && t.upper, t.lower == "of", t.lower == "the", t.text == "(", t.text == ")", t.text == ".":
		default:
			return 0
		}
	}
	return join
}

// joinerAt reads the word that joins two items of a coordinated list at
// token k: its length in tokens and its kind, 1 for a separator (a comma,
// or the semicolon of a list whose items hold commas themselves: "the
// Minister of Trade of A, N; the Minister of Finance of B, M"), 2 for a
// coordinator ("and", "as well as", "along with", "together with"), or
// 0, 0 when none stands there.
func joinerAt(toks []token, k int) (n, join int) {
	switch t := toks[k]; {
	case t.text == "," || t.text == ";":
		return 1, 1
	case t.lower == "and":
		return 1, 2
	case t.lower == "as" && k+2 < len(toks) && toks[k+1].lower == "well" && toks[k+2].lower == "as":
		return 3, 2
	case (t.lower == "along" || t.lower == "together") && k+1 < len(toks) && toks[k+1].lower == "with":
		return 2, 2 // "the leaders of A and B, along with C"
	}
	return 0, 0
}

// onlyJoiners: nothing but the joiners of a list (commas, semicolons,
// "and", "as well as") and "the" stand between two members of a list.
func onlyJoiners(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for k := 0; k < len(toks); k++ {
		if n, _ := joinerAt(toks, k); n > 0 {
			k += n - 1
			continue
		}
		if n := parentheticalName(toks, k); n > 0 {
			k += n - 1
			continue
		}
		if toks[k].lower != "the" {
			return false
		}
	}
	return true
}

// parentheticalName returns the length of a name in parentheses at token
// k, which may follow each member of a list ("the ministers of A (N1), B
// (N2) and C (N3)"), or 0: capitalised words only, at most six.
func parentheticalName(toks []token, k int) int {
	if toks[k].text != "(" {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		switch t := toks[j]; {
		case t.text == ")":
			if j == k+1 {
				return 0
			}
			return j - k + 1
		case t.kind != tokWord || !t.upper:
			return 0
		}
	}
	return 0
}

// apposedListItem: the words between two names join them as the last
// item of a list whose office stands before the name, set off by commas:
// "the Chinese foreign minister, Li Wei, and Japan's foreign minister,
// Taro Yamada". Between them: ", and", then at most six words of an
// office (a state, its possessive, "the", lower-case office words, no
// trigger), and the comma before the name.
func (f *frame) apposedListItem(a, b int) bool {
	if b-a < 4 || b-a > 9 || f.toks[a].text != "," || f.toks[a+1].lower != "and" || f.toks[b-1].text != "," {
		return false
	}
	for k := a + 2; k < b-1; k++ {
		t := f.toks[k]
		if t.kind != tokWord && t.kind != tokPoss || f.triggerCovers(k) {
			return false
		}
	}
	return true
}

// triggerCovers: a trigger of the frame covers token k.
func (f *frame) triggerCovers(k int) bool {
	return slices.ContainsFunc(f.trigs, func(t trig) bool { return t.tok <= k && k < t.end })
}

// subjectWords may stand between a subject and its verb ("C also met").
var subjectWords = map[string]bool{
	"also": true, "then": true, "later": true, "had": true, "has": true, "have": true, "will": true,
	"would": true, "jointly": true, "separately": true, "both": true, "each": true,
}

// subjectOf: trigger ti follows the person closely: the person is its
// subject ("and C discussed", "and C also met").
func (f *frame) subjectOf(r ref, ti int) bool {
	t := f.trigs[ti]
	if t.tok < r.end || t.tok-r.end > 2 {
		return false
	}
	for k := r.end; k < t.tok; k++ {
		if !subjectWords[f.toks[k].lower] {
			return false
		}
	}
	return true
}

// assignParties gives each unnamed party ("the Indian delegation") to the
// nearest trigger.
func (f *frame) assignParties(parties []unnamedParty) {
	for _, p := range parties {
		c := &f.cs[f.nearest(p.tok)]
		c.countries = appendUniqueStr(c.countries, p.country)
	}
}

// assignStates gives each state mention to the nearest trigger: as its
// place, as a party, or as a state named beside it.
func (f *frame) assignStates(d *document, cms []countryMention, refs []ref) {
	cms = f.officeHoldersOf(cms)
	listTrig := -1 // the trigger the list the last party state began took
	for i, cm := range cms {
		ti := f.nearest(cm.tok)
		// "counterparts from Peru, Chile and Mexico on the margins of the
		// Ministerial Meeting": a list of parties goes whole to the
		// trigger its first member went to, however near its last
		// stands to another.
		if cm.party && listTrig >= 0 && i > 0 && cms[i-1].party && listGap(f.toks, cms[i-1].end, cm.tok) > 0 {
			ti = listTrig
		} else if cm.party {
			listTrig = ti
		}
		c := &f.cs[ti]
		// "the Peru-Ghana Joint Commission": the states that name the
		// engagement are its parties, never its place.
		if tn, ok := f.nameOwner(cm); ok {
			f.cs[tn].countries = appendUniqueStr(f.cs[tn].countries, cm.code)
			continue
		}
		if c.kind == "visit" && !cm.location && !cm.possessive && (takenTo(f.toks, f.trigs[ti].end, cm.tok) || journeyPlace(f.toks, f.trigs[ti], cm.tok)) {
			c.rules = appendUniqueStr(c.rules, takenToRule)
			f.assignPlace(d, ti, cm)
			continue
		}
		if f.setAside(d, ti, cm, refs) {
			continue
		}
		// "representatives from Niger and Benin": delegations are
		// parties even beside named people.
		if cm.party {
			c.countries = appendUniqueStr(c.countries, cm.code)
			continue
		}
		// "The talks focused on Lebanon": what an engagement noun is
		// said to be about is its topic.
		if v := f.topicVerbAfter(ti); v >= 0 && cm.tok > v {
			continue
		}
		// After a weak trigger a state is a topic ("discussed Russia's
		// war"), and a possessive is rarely a party; an event trigger
		// of the sentence may still take it.
		if c.weak && (cm.tok > f.trigs[ti].tok || cm.possessive) {
			alt := f.nearestIn(cm.tok, f.eventIdx)
			if alt < 0 || cm.possessive {
				continue
			}
			c = &f.cs[alt]
		}
		c.stateMentions = appendUniqueStr(c.stateMentions, cm.code)
	}
}

// setAside takes the states that are no party of trigger ti's
// engagement: its place, which it assigns, a state inside an official's
// title, and a topic ("discussed aid to Niger", "concerns regarding
// Benin's programme"), which is neither a party nor the place.
func (f *frame) setAside(d *document, ti int, cm countryMention, refs []ref) bool {
	topic := cm.topic && !f.inPartyList(cm.tok) || f.inTopicScope(cm.tok) || targetOfAction(f.toks, cm.tok)
	if cm.location && !topic {
		f.assignPlace(d, ti, cm)
		return true
	}
	return topic || insideOfficial(refs, cm)
}

// targetOfAction: the state at token at is what a noun of policy or
// conflict is aimed at or placed in: "pressure on A", "sanctions against
// B", "the war in C", "the fight against D's militants", "assistance to
// E", "support for F", "off the coast of G". Such a state is a topic
// wherever the phrase stands.
func targetOfAction(toks []token, at int) bool {
	k := at - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || !targetPreps[toks[k].lower] {
		return false
	}
	return targetNouns[toks[k-1].lower]
}

// targetPreps join a noun of policy or conflict to the state it aims at.
var targetPreps = map[string]bool{"on": true, "against": true, "in": true, "of": true, "to": true, "for": true}

// targetNouns are nouns of policy or conflict aimed at a state.
var targetNouns = map[string]bool{
	"pressure": true, "sanctions": true, "war": true, "fight": true, "conflict": true, "invasion": true,
	"aggression": true, "attack": true, "attacks": true, "strikes": true, "aid": true, "assistance": true,
	"support": true, "situation": true, "crisis": true, "coast": true, "occupation": true, "embargo": true,
	"offensive": true, "violence": true, "fighting": true,
}

// inTopicScope: the token at stands in the object of a verb or
// preposition of discussion ("discussed preparations for the summit and
// Benin's support for ...", "votes regarding the invasion of Niger",
// "spoke about Togolese exports") or of a background clause ("came as
// Benin ..."), read leftwards within its clause: a
// party's preposition ("with", "between"), an occasion's ("during",
// "at") or a verb of engagement before the opener ends the object.
// Engagement nouns inside the object ("preparations for the summit") do
// not end it.
func (f *frame) inTopicScope(at int) bool {
	lo := max(0, at-maxTopicScope)
	for k := at - 1; k >= lo; k-- {
		if f.breaks[at] != f.breaks[k+1] {
			return false // another clause
		}
		w := f.toks[k].lower
		switch {
		case topicOpeners[w], w == "as" && k > 0 && backgroundVerbs[f.toks[k-1].lower]:
			return true
		case topicScopeEnds[w]:
			return false
		}
		if ti, ok := f.triggerAt(k); ok && !nounTriggers[f.trigs[ti].entry.Surface] {
			return false
		}
	}
	return false
}

// inPartyList: the state at token at ends a list a party's preposition
// governs ("talks between A, B and Austria is set to open"), so it is no
// subject of the "is" after it that made countries.go call it a topic
// ("Niger is a priority").
func (f *frame) inPartyList(at int) bool {
	for k := at - 1; k >= max(0, at-maxTopicScope); k-- {
		if f.breaks[at] != f.breaks[k+1] {
			return false
		}
		switch f.toks[k].lower {
		case "between", "with", "among":
			return true
		case ",", "and":
			continue
		}
		if _, trig := f.triggerAt(k); f.toks[k].kind == tokPunct || trig {
			return false
		}
	}
	return false
}

// maxTopicScope bounds how far back the opener of a topic is looked for.
const maxTopicScope = 30

// topicOpeners open what was talked about.
var topicOpeners = map[string]bool{
	"discussed": true, "discuss": true, "discussing": true, "discusses": true,
	"reviewed": true, "reviewing": true, "addressed": true, "addressing": true,
	"regarding": true, "concerning": true, "about": true,
}

// backgroundVerbs, before "as", say what was going on around an
// engagement ("the talks took place as Togolese troops massed"), whose
// states are its background, not its parties.
var backgroundVerbs = map[string]bool{
	"place": true, "came": true, "comes": true, "opened": true, "opens": true, "began": true, "begins": true,
	"convened": true, "convenes": true,
}

// topicScopeEnds end the object of a discussion read leftwards: a
// party's preposition, an occasion's, or a clause's opening word.
var topicScopeEnds = map[string]bool{
	"with": true, "between": true, "among": true, "alongside": true, "counterpart": true, "counterparts": true,
	"during": true, "at": true, "while": true, "when": true, "where": true, "who": true, "which": true,
	"after": true, "before": true, "following": true, "ahead": true, ";": true, ":": true,
}

// officeHoldersOf marks as delegations the states a plural office is
// held for, and the rest of their list: "attended by the Ministers of
// Foreign Affairs of A and B", "the Heads of State and Government of A,
// B and C" name unnamed office holders of each state, who take part.
func (f *frame) officeHoldersOf(cms []countryMention) []countryMention {
	var out []countryMention
	for i, cm := range cms {
		if cm.party && !cm.location || cm.possessive {
			continue
		}
		// "the ministers of A, Bosnia and Herzegovina, Kosovo and B": a
		// state's name after a listed state and a comma goes on with the
		// list; only a city before the comma makes it a place.
		listed := i > 0 && (cms[i-1].party || out != nil && out[i-1].party) && cms[i-1].kind == lexicon.PhraseName &&
			listGap(f.toks, cms[i-1].end, cm.tok) > 0 && onlyJoiners(f.toks[cms[i-1].end:cm.tok])
		if cm.location && !listed || !listed && !pluralOfficeOf(f.toks, cm.tok) {
			continue
		}
		if out == nil {
			out = slices.Clone(cms)
		}
		out[i].party, out[i].location = true, false
	}
	if out == nil {
		return cms
	}
	return out
}

// pluralOfficeOf: the words before token at are "<Plural office> (of|for
// <Portfolio>) of (the)": "the Ministers of Foreign Affairs of", "foreign
// ministers of the", "Heads of State of".
func pluralOfficeOf(toks []token, at int) bool {
	k := at - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "of" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if pluralOffices[toks[j].lower] {
			return true
		}
		if w := toks[j]; !(w.kind == tokWord && w.upper) && w.lower != "of" && w.lower != "for" && w.lower != "and" {
			return false
		}
	}
	return false
}

// pluralOffices head a plural office held for several states.
var pluralOffices = map[string]bool{
	"ministers": true, "presidents": true, "premiers": true, "heads": true, "secretaries": true,
	"chancellors": true, "ambassadors": true,
}

// topicVerbAfter returns the token of the verb of topic an engagement
// noun is the subject of ("The talks focused on", "the meeting, which
// will cover", "the talks between A and B on Monday centred on"), in its
// clause before any other trigger, or -1: what follows the verb is what
// the engagement was about, not its parties or its day.
func (f *frame) topicVerbAfter(ti int) int {
	t := f.trigs[ti]
	if !nounTriggers[t.entry.Surface] {
		return -1
	}
	next := len(f.toks)
	if ti+1 < len(f.trigs) {
		next = f.trigs[ti+1].tok
	}
	between := false // "between A and B": the "and" joins the parties
	for k := t.end; k < next && k < t.end+maxTopicGap; k++ {
		switch w := f.toks[k].lower; {
		case topicVerbs[w]:
			return k
		case w == "between":
			between = true
		case w == "and" && between:
			between = false
		case w == "and" || w == "but" || w == ";" || w == ":":
			return -1 // another clause
		}
	}
	return -1
}

// maxTopicGap bounds the words between an engagement noun and its verb
// of topic (", which are expected to", "between A and B in C on Monday").
const maxTopicGap = 14

// topicVerbs say what an engagement was about.
var topicVerbs = map[string]bool{
	"focused": true, "focussed": true, "focuses": true, "focus": true, "covered": true, "covers": true, "cover": true,
	"centred": true, "centered": true, "centres": true, "centers": true, "dealt": true, "deals": true,
	"touched": true, "touches": true, "concentrated": true, "revolved": true, "devoted": true, "centre": true, "center": true,
	"concentrate": true, "revolve": true,
}

// nameOwner returns the engagement noun whose capitalised name the state
// stands in, joined to another by a hyphen or dash: "the EU-Peru
// Summit", "the U.S.-Ghana Joint Economic Commission".
func (f *frame) nameOwner(cm countryMention) (int, bool) {
	// The triggers are in order: the first after the state, found by
	// halving (a sentence may hold very many).
	ti := sort.Search(len(f.trigs), func(i int) bool { return f.trigs[i].tok >= cm.end })
	if ti == len(f.trigs) {
		return 0, false
	}
	t := f.trigs[ti]
	if !nounTriggers[t.entry.Surface] {
		return 0, false
	}
	dash := cm.tok > 0 && isDash(f.toks[cm.tok-1].text)
	common := 0 // lower-case words since the last capitalised one
	for k := cm.end; k < t.tok; k++ {
		switch tk := f.toks[k]; {
		case isDash(tk.text):
			// "the U.S.-brokered talks", "Russia-backed talks": a hyphen
			// before a lower-case word makes an adjective, not a name.
			if k+1 >= t.tok || !f.toks[k+1].upper {
				return 0, false
			}
			dash, common = true, 0
		case tk.upper && common == 0, nameInnerPunct[tk.text]:
		case tk.kind == tokWord && !tk.upper && !eventNameStops[tk.lower]:
			common++
		default:
			return 0, false
		}
	}
	// "the EU-Peru Summit", and also a name the states alone make, the
	// rest in lower case: "the Korea-Japan-China trilateral summit", "the
	// Peru-Chile talks".
	if !f.toks[t.tok].upper && (common > maxEventModifiers || !dash) || f.toks[t.tok].upper && common > 0 {
		return 0, false
	}
	return ti, dash
}

func isDash(s string) bool { return s == "-" || s == "–" }

// nameInnerPunct may stand inside an event's name: "the A-B-C Leaders'
// Meeting", "the A-B-C-D (Quad) Leaders' Meeting".
var nameInnerPunct = map[string]bool{"'": true, "’": true, "'s": true, "’s": true, "(": true, ")": true}

// maxEventModifiers bounds the lower-case words between states joined by
// a hyphen and the engagement noun they name ("trilateral summit",
// "strategic dialogue", "foreign ministers' meeting").
const maxEventModifiers = 3

// eventNameStops end the phrase before an engagement noun: what follows
// them is another phrase, not the states' event.
var eventNameStops = map[string]bool{
	"and": true, "or": true, "of": true, "for": true, "to": true, "in": true, "on": true, "at": true,
	"with": true, "by": true, "the": true, "a": true, "an": true, "that": true, "which": true, "who": true,
	"will": true, "would": true, "is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "be": true, "been": true, "after": true, "before": true, "during": true, "ahead": true,
}

// takenToRule marks a visit whose place a journey's "take ... to" gave.
const takenToRule = "taken-to"

// takenTo: the state at token at is where a journey noun ending at token
// from takes its traveller: "the tour also took him to A", "her trip will
// take her on to A" (and the rest of the list, by visitedStates).
func takenTo(toks []token, from, at int) bool {
	if at <= from || at-from > maxJourneyTake || toks[at-1].lower != "to" {
		return false
	}
	for k := from; k < at; k++ {
		if takeForms[toks[k].lower] {
			return true
		}
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
	}
	return false
}

// journeyPlace: the state at token at is where a journey word sends its
// traveller by the words right after it: "toured Mali", "a tour of
// Mali", "left for Bamako", "flew into Lima".
func journeyPlace(toks []token, t trig, at int) bool {
	switch {
	case at == t.end:
		// "toured Mali", and a headline's "N Visits Colombia, Ecuador".
		return t.entry.Surface == "toured" || t.entry.Surface == "touring" || t.entry.Surface == "tour" || visitObjectVerbs[t.entry.Surface]
	case at == t.end+1:
		w := toks[t.end].lower
		return w == "of" && t.entry.Surface == "tour" || w == "for" || w == "into"
	}
	return false
}

// visitObjectVerbs take the visited place as their object.
var visitObjectVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true}

// possessivePronounBefore: "his tour", "her three-nation trip": a
// possessive pronoun opens the journey noun's phrase; its traveller is
// the one "he" or "she" stands for.
func possessivePronounBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		switch w := toks[k].lower; {
		case w == "his" || w == "her" || w == "their":
			return true
		case toks[k].kind == tokWord && !eventNameStops[w], toks[k].text == "-", toks[k].kind == tokNumber:
			continue
		}
		return false
	}
	return false
}

// assignPlace makes a state named as a place the location of trigger ti.
func (f *frame) assignPlace(d *document, ti int, cm countryMention) {
	c := &f.cs[ti]
	// A visit goes where its words send it ("visit to X"), not to
	// a place named elsewhere in the sentence.
	if c.kind == "visit" && (cm.tok < f.trigs[ti].end || cm.tok > f.trigs[ti].end+8) {
		return
	}
	if c.locCode == "" {
		c.locCode = cm.code
		c.city = locationCity(d, f.toks, cm)
	}
}

// visitedStates: a visit to a list of states ("visiting Chad and
// Mali", "a tour of Peru, Chile and Ghana") goes to each;
// the states listed after its place are its further places, not parties.
func (f *frame) visitedStates(cms []countryMention) {
	for ti := range f.cs {
		c := &f.cs[ti]
		if c.kind != "visit" || c.locCode == "" {
			continue
		}
		end := -1
		for _, cm := range cms {
			switch {
			case end < 0 && cm.code == c.locCode && cm.tok >= f.trigs[ti].end:
				end = cm.end
			case end >= 0 && cm.tok >= end && (onlyJoiners(f.toks[end:cm.tok]) || gappedListWords(f.toks[end:cm.tok])):
				if cm.code != c.locCode && !containsStr(c.places, cm.code) {
					c.places = append(c.places, cm.code)
					c.stateMentions = slices.DeleteFunc(c.stateMentions, func(s string) bool { return s == cm.code })
				}
				end = cm.end
			}
		}
	}
}

// gappedListWords: the tokens join items of a list each with its own
// time ("visit Canada in the coming weeks and Mexico in the autumn",
// "Ghana on Monday and Togo on Wednesday"): a time phrase, then "and".
func gappedListWords(toks []token) bool {
	n := len(toks)
	if n < 3 || toks[n-1].lower != "and" || !timePhraseOpeners[toks[0].lower] {
		return false
	}
	for _, t := range toks[1 : n-1] {
		if t.kind != tokNumber && !timeWords[t.lower] && !timePhraseWords[t.lower] && t.text != "," {
			return false
		}
	}
	return true
}

// timePhraseOpeners open a time phrase; timePhraseWords may follow.
var (
	timePhraseOpeners = map[string]bool{"in": true, "on": true, "during": true, "next": true, "later": true, "early": true, "late": true, "this": true}
	timePhraseWords   = map[string]bool{
		"the": true, "coming": true, "following": true, "days": true, "weeks": true, "months": true, "week": true,
		"month": true, "year": true, "autumn": true, "fall": true, "spring": true, "summer": true, "winter": true,
		"of": true, "this": true, "in": true, "on": true, "first": true, "second": true, "half": true,
	}
)

// splitVisit makes a visit to several states one visit per state. A tour
// dated as a whole gives each stop only its month: the day of each stop is
// not told.
func splitVisit(c candidate) []candidate {
	if len(c.places) == 0 {
		return []candidate{c}
	}
	c.date.d = 0
	// "his tour took him to A and B": a journey that names its places is
	// no reference back, and its stops are one visit each, not one.
	c.definite = false
	out := []candidate{c}
	out[0].places = nil
	for _, cc := range c.places {
		v := c
		v.places = nil
		v.locCode, v.city = cc, ""
		v.countries = slices.DeleteFunc(slices.Clone(c.countries), func(s string) bool { return s == c.locCode })
		out = append(out, v)
	}
	return out
}

// assignDates gives each date of the sentence to the nearest trigger that
// can take it.
func (f *frame) assignDates(d *document, dp *dateParser, refDate date) {
	quoted := quotedTokens(f.toks)
	otherTime := otherTimeClauses(f.toks, f.dms)
	var opening date
	past := f.toldInPast()
	for _, dm := range f.dms {
		if !f.engagementDate(d, dm) || otherTime[dm.tok] {
			continue
		}
		if past && f.yearless(dm, dp) && refDate.d > 0 && dm.value.after(refDate) {
			dm.value.y-- // "met on July 25" in a February article: last July
		}
		if f.opensSentence(dm) {
			opening = dm.value // given below to what has no date nearer
			continue
		}
		ti := f.dateTaker(dm, quoted, dp)
		if tb := f.beforeWhereClause(dm, ti); tb >= 0 {
			f.cs[tb].hasDate, f.cs[tb].date = true, f.dateFor(&f.cs[tb], dm, dp, refDate)
			f.cs[tb].rules = append(f.cs[tb].rules, "date-before-where-clause")
			if ti >= 0 && f.ownDateAfter(dm, ti) {
				continue // "in early May, where he saw X on May 3"
			}
		}
		if ti < 0 {
			continue
		}
		if main, bounded := f.participialTaker(dm, ti); bounded {
			// "will see X tomorrow before flying on to Lome": the
			// day is the main clause's; the journey after it is bounded.
			f.cs[ti].hasDate, f.cs[ti].date = true, boundedDay(f.dateFor(&f.cs[ti], dm, dp, refDate), main.dir)
			f.cs[ti].rules = append(f.cs[ti].rules, "bounded-by-main-clause")
			if ti = main.ti; ti < 0 {
				continue
			}
		}
		t := f.trigs[ti]
		c := &f.cs[ti]
		c.hasDate = true
		c.date = f.dateFor(c, dm, dp, refDate)
		if dm.relative && c.date.m == 0 {
			c.rules = append(c.rules, coarseRelativeRule)
		}
		if c.kind != "visit" && f.attendedWithinStay(dm, t) {
			f.stayFrom = append(f.stayFrom, c.date)
			c.date.d = 0
		}
	}
	if opening.known() {
		f.sentenceDate(opening)
	}
}

// beforeWhereClause: a time phrase that closes a clause before ", where"
// or ", when" ("praised the minister's stay in Cotonou last week,
// where she met ministers") dates the engagement of that clause, and the
// relative clause tells what happened within it; the nearest trigger,
// after the phrase, may take it too. It returns the trigger before the
// phrase that takes it, or -1.
func (f *frame) beforeWhereClause(dm dateMention, taker int) int {
	if dm.end+1 >= len(f.toks) || f.toks[dm.end].lower != "," || f.toks[dm.end+1].lower != "where" && f.toks[dm.end+1].lower != "when" {
		return -1
	}
	best := -1
	for ti, t := range f.trigs {
		if ti == taker || t.end > dm.tok || f.cs[ti].hasDate || f.cs[ti].weak || f.cs[ti].gone {
			continue
		}
		if best < 0 || t.tok > f.trigs[best].tok {
			best = ti
		}
	}
	if best < 0 || clauseBreakBetween(f.toks, f.trigs[best].end, dm.tok) {
		return -1
	}
	return best
}

// ownDateAfter: trigger ti, after date dm, has a date of its own later in
// the sentence that it stands nearest to.
func (f *frame) ownDateAfter(dm dateMention, ti int) bool {
	for _, o := range f.dms {
		if o.tok > dm.tok && o.tok > f.trigs[ti].tok && f.nearest(o.tok) == ti {
			return true
		}
	}
	return false
}

// clauseBreakBetween: a full stop, semicolon or colon stands in
// toks[from, to).
func clauseBreakBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if w := toks[k].lower; w == "." || w == ";" || w == ":" {
			return true
		}
	}
	return false
}

// canTakeDate: trigger ti, the nearest to date dm, may take it: not a
// speaker's date in a quotation, not a date before the relative clause
// the trigger stands in ("the Cabinet would tomorrow decide, which would
// let the negotiations go faster"), within reach (or after the clause's
// verb of taking place), and for a weak trigger not a topic's date after
// it nor a bare month, save for a verb of receiving a guest ("will host X
// in Oslo next month": the month is the hosting's).
func (f *frame) canTakeDate(dm dateMention, ti int, quoted map[int]bool, dp *dateParser) bool {
	t := f.trigs[ti]
	if f.quotedApart(quoted, dm, t, dp) {
		return false
	}
	if rc := relativeClauseOpen(f.toks, t.tok); rc >= 0 && dm.tok < rc {
		return false
	}
	if len(f.trigs) > 1 && f.distance(dm.tok, t) > maxDateDistance && !heldOn(f.toks, t.end, dm.tok) {
		return false
	}
	if f.dateOfLaterClause(dm, t) {
		return false
	}
	if v := f.topicVerbAfter(ti); v >= 0 && dm.tok > v {
		return false // "the talks covered the summit next year"
	}
	return !(f.cs[ti].weak && (dm.tok >= t.end && topicTrigger(t.entry.Surface) || dm.value.d == 0 && !nounTriggers[t.entry.Surface] && !receptionTrigger(t.entry.Surface)))
}

// dateOfLaterClause: a date after the trigger that belongs to a clause
// of its own is that clause's: a background event after "after", "since"
// or "following" with no engagement named between ("will focus on
// defence after the neighbour's missile launch in August"), or what was
// agreed or announced to happen ("during the meeting it was agreed that
// the border would be reopened on Saturday").
func (f *frame) dateOfLaterClause(dm dateMention, t trig) bool {
	if dm.tok < t.end {
		return false
	}
	reported := false
	for k := t.end; k < dm.tok; k++ {
		w := f.toks[k].lower
		switch {
		case w == "after" || w == "since" || w == "following":
			if !f.triggerBetween(k+1, dm.tok) {
				return true
			}
		case speechVerbs[w] || w == "agreed" || w == "decided":
			reported = true
		case reported && (w == "would" || w == "will" || w == "could" || w == "should"):
			return !f.triggerBetween(k+1, dm.tok)
		}
	}
	return false
}

// triggerBetween: a trigger starts within tokens [from, to).
func (f *frame) triggerBetween(from, to int) bool {
	for _, t := range f.trigs {
		if t.tok >= from && t.tok < to {
			return true
		}
	}
	return false
}

// coarseRelativeRule marks an engagement dated to its year by a relative
// date that spans two months ("last week", "in the coming weeks"): no
// finer date is to be had, so the publication date does not replace it.
const coarseRelativeRule = "coarse-relative-date"

// attendanceVerbs tell a gathering attended by someone who is somewhere
// for longer: "in Lima from 3 to 6 May to attend the forum".
var attendanceVerbs = map[string]bool{
	"attend": true, "attending": true, "participate": true, "participating": true,
}

// attendedWithinStay: a range of days before an attendance verb that
// names the gathering ("From 3-6 May, I will be in Lima to attend the
// forum and the ministerial") is the stay's; the gathering falls on one
// or some of its days, which the sentence does not say, so it takes the
// range's month only. A journey told in the sentence ("will travel to
// Lima on May 3-6 to attend the forum") is made for the gathering and
// joins it (visitorJoinsMeetings), so the two keep the journey's day.
func (f *frame) attendedWithinStay(dm dateMention, t trig) bool {
	if dm.lastDay <= dm.value.d || dm.value.m == 0 || dm.end > t.tok {
		return false
	}
	for ti := range f.cs {
		if f.cs[ti].kind == "visit" {
			return false
		}
	}
	for k := dm.end; k <= t.tok; k++ { // the verb may be the trigger
		if attendanceVerbs[f.toks[k].lower] || f.toks[k].lower == "part" && k > 0 && strings.HasPrefix(f.toks[k-1].lower, "t") {
			return true // "to take part in"
		}
	}
	return false
}

// otherTimeClauses marks the tokens of relative clauses set off by commas
// whose dates are not the engagement's: one telling a postponement or
// cancellation ("The talks, which were postponed in March, opened on
// Monday"), or one before a main clause with a date of its own ("which
// will resume next month, opened on Monday"). A plan told in the clause
// ("which had been expected later this month, has been put off") dates
// the engagement (GUIDELINES: a postponed engagement keeps its plan's date).
func otherTimeClauses(toks []token, dms []dateMention) map[int]bool {
	var out map[int]bool
	for k := 0; k < len(toks); k++ {
		end := relativeClauseEnd(toks, k)
		if end == k || !tellsCancellation(toks[k+1:end]) && !dateFrom(dms, end) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for j := k + 1; j < end; j++ {
			out[j] = true
		}
		k = end
	}
	return out
}

// tellsCancellation: the words tell a postponement or cancellation.
func tellsCancellation(toks []token) bool {
	for k := range toks {
		if cancelCues[toks[k].lower] || toks[k].lower == "off" && k > 0 && (toks[k-1].lower == "called" || toks[k-1].lower == "put") {
			return true
		}
	}
	return false
}

// dateFrom: some date of the sentence starts at token k or after it.
func dateFrom(dms []dateMention, k int) bool {
	for _, dm := range dms {
		if dm.tok >= k {
			return true
		}
	}
	return false
}

// heldOn: the words from the trigger's end to the date are the clause's
// verb of taking place and its place ("consultations between A, B and the
// Commission on gas will be held in Brussels on June 21", "talks ... took
// place in Accra on"): the date is the engagement's however long its
// subject.
func heldOn(toks []token, from, date int) bool {
	for k := date - 1; k >= from && k >= date-6; k-- {
		w := toks[k].lower
		switch {
		case w == "held" && k > 0 && beForms[toks[k-1].lower],
			w == "place" && k > 0 && (toks[k-1].lower == "take" || toks[k-1].lower == "takes" || toks[k-1].lower == "took"),
			w == "convene" || w == "convenes" || w == "convened":
			return true
		case toks[k].kind == tokPunct:
			return false
		}
	}
	return false
}

// toldInPast: the sentence tells a held engagement by a verb in the past
// tense ("met", "visited") and nothing of it is to come.
func (f *frame) toldInPast() bool {
	past := false
	for ti, t := range f.trigs {
		if f.cs[ti].status == "scheduled" || planNotCarriedOut(f.toks, t.tok) {
			return false
		}
		past = past || t.entry.Past && f.cs[ti].status == "held"
	}
	return past
}

// yearless: the date names a month (and maybe a day) but no year, which
// was filled from the article's date.
func (f *frame) yearless(dm dateMention, dp *dateParser) bool {
	if !dm.relative || dm.value.m == 0 {
		return false
	}
	t := f.toks[dm.tok]
	return dp.month(t.text) > 0 || t.kind == tokNumber
}

// engagementDate: a date of the sentence that may be an engagement's: not
// the dateline's (the article's), a statement's ("said on Monday") nor
// another event's.
func (f *frame) engagementDate(d *document, dm dateMention) bool {
	return dm.value.known() && f.toks[dm.tok].start >= d.datelineEnd && !saidOn(f.toks, dm.tok) && !f.statementOn(dm) && !backgroundDate(f.toks, dm) &&
		!releasedOn(f.toks, dm.tok) && !f.inWhoseClause(dm) && !releaseStamp(f.toks, dm)
}

// releaseStamp: the date stands in the parenthesised reference line that
// opens a release's sentence, "(No. 87 - 3 March 2014 - 10:30 a.m. ET)",
// with a release number or a clock time beside it: the page's stamp, not
// an engagement's day.
func releaseStamp(toks []token, dm dateMention) bool {
	open := -1
	for k := dm.tok - 1; k >= 0 && k >= dm.tok-8; k-- {
		if toks[k].text == ")" {
			return false
		}
		if toks[k].text == "(" {
			open = k
			break
		}
	}
	if open != 0 {
		return false // a stamp opens its line
	}
	for k := open + 1; k < len(toks) && k <= dm.end+10; k++ {
		switch {
		case toks[k].text == ")":
			return false
		case (toks[k].lower == "no." || toks[k].lower == "no") && k+1 < len(toks) && toks[k+1].kind == tokNumber:
			return true // "No. 87"
		case toks[k].kind == tokNumber && strings.Contains(toks[k].text, ":"):
			return true // "4:15"
		}
	}
	return false
}

// quotedApart: the date stands in a quotation and the trigger outside it
// (the date is the speaker's), or it is relative to the day the speaker
// spoke ("tonight", "on Monday"), which the article does not give. A date
// written out within the trigger's quotation ("The agreements signed in
// New York on May 5 ...", a minister's statement) may be the engagement's.
func (f *frame) quotedApart(quoted map[int]bool, dm dateMention, t trig, dp *dateParser) bool {
	return quoted[dm.tok] && (!quoted[t.tok] || dm.relative && !f.yearless(dm, dp))
}

// dateFor is the date dm gives candidate c: "leaves on Thursday to meet",
// a weekday ahead for what is to come, a yearless month not before the
// reference month for what is to come ("is due to visit in November" in a
// February article: this November), else as read.
func (f *frame) dateFor(c *candidate, dm dateMention, dp *dateParser, refDate date) date {
	if c.status == "scheduled" && dm.relative && dm.end == dm.tok+1 && dp.isWeekday(f.toks[dm.tok]) && refDate.d > 0 && refDate.after(dm.value) {
		return weekdayNear(refDate, dp.weekdays[f.toks[dm.tok].lower], true)
	}
	if c.status == "scheduled" && f.yearless(dm, dp) {
		return monthAhead(dm.value, refDate)
	}
	return dm.value
}

// opensSentence: "Yesterday, ...", "On June 2, ...": a date before the
// sentence's first comma, at its start, dates all that the sentence tells.
func (f *frame) opensSentence(dm dateMention) bool {
	start := 0
	if len(f.toks) > 0 && f.toks[0].lower == "on" {
		start = 1
	}
	return dm.tok == start && dm.end < len(f.toks) && f.toks[dm.end].text == "," && dm.value.d > 0
}

// sentenceDate gives a date to the candidates of the sentence that have
// none and do not refer back to one told before.
func (f *frame) sentenceDate(v date) {
	for ti := range f.cs {
		if c := &f.cs[ti]; !c.hasDate && !c.definite {
			c.hasDate, c.date = true, v
		}
	}
}

// beForms make a participle after them passive ("were hosted by").
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// eventNouns after a date make it the name of another event: "the
// September 11 attacks", "the March 20 elections".
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "earthquake": true, "election": true,
	"elections": true, "coup": true, "invasion": true, "massacre": true, "uprising": true, "revolution": true,
	"ceasefire": true, "agreement": true, "accords": true, "declaration": true, "war": true,
}

// backgroundDate: the date is background, not the engagement's: "since the
// September 11 attacks", "since January", "the May 2 elections".
func backgroundDate(toks []token, dm dateMention) bool {
	k := dm.tok - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && toks[k].lower == "since" {
		return true
	}
	return dm.end < len(toks) && eventNouns[toks[dm.end].lower]
}

// speechVerbs date a statement, not the engagement it tells of.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "told": true, "stated": true,
	"added": true, "noted": true, "reported": true, "confirmed": true, "declared": true, "explained": true,
	"wrote": true, "tweeted": true, "disclosed": true, "revealed": true,
}

// statementOn: a relative date right before a speech verb ("today
// issued the following statement", "on Monday announced that") is the
// statement's; not when what is issued is an engagement ("on Monday issued
// a joint statement").
func (f *frame) statementOn(dm dateMention) bool {
	k := dm.end
	if !dm.relative || k >= len(f.toks) || !(speechVerbs[f.toks[k].lower] || f.toks[k].lower == "issued") {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+2; j++ {
		for _, t := range f.trigs {
			if t.tok == j {
				return false
			}
		}
	}
	return true
}

// saidOn: the date at token k follows a speech verb ("said on Monday",
// "announced Tuesday", "told reporters on Monday").
func saidOn(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].lower == "on" {
		j--
	}
	if j >= 0 && (toks[j].lower == "reporters" || toks[j].lower == "journalists") {
		j--
	}
	return j >= 0 && speechVerbs[toks[j].lower]
}

// visitDates: "Arriving here May 3 after visiting Benin": a visit
// without a date of its own takes the sentence's.
func (f *frame) visitDates(d *document, dp *dateParser, refDate date) {
	quoted := quotedTokens(f.toks)
	for ti := range f.cs {
		if f.cs[ti].kind != "visit" || f.cs[ti].hasDate || f.cs[ti].definite {
			continue
		}
		for _, dm := range f.dms {
			if f.engagementDate(d, dm) && !f.quotedApart(quoted, dm, f.trigs[ti], dp) && f.distance(dm.tok, f.trigs[ti]) <= maxDateDistance {
				f.cs[ti].hasDate, f.cs[ti].date = true, f.dateFor(&f.cs[ti], dm, dp, refDate)
				if dir, at := participialBound(f.toks, f.trigs[ti].tok); dir != 0 && dm.tok < at && f.cs[ti].date.d > 0 {
					// "will visit India on 29 July before travelling on
					// to Nepal": the main clause's day bounds the journey.
					f.cs[ti].date = boundedDay(f.cs[ti].date, dir)
					f.cs[ti].rules = append(f.cs[ti].rules, "bounded-by-main-clause")
				}
				break
			}
		}
	}
}

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
			return !jointBefore(toks, t.tok) && !jointAfter(toks, t.end) && !metAtGathering(toks, t.end)
		}
	}
	if secondEncounter(toks, t.end) {
		return true
	}
	// "held meetings with A and B": one meeting each.
	return t.entry.Surface == "meetings" && t.end < len(toks) && toks[t.end].lower == "with"
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

// previousSentenceDate: "Late on Sunday, the president announced the
// withdrawal. The announcement came after he had a phone conversation
// with X": an engagement with no date of its own in a sentence that
// continues the one before takes that sentence's one day.
func (f *frame) previousSentenceDate(d *document, toks []token, prev []dateMention) {
	var day date
	for _, dm := range prev {
		if !dm.value.known() || dm.value.d == 0 || toks[dm.tok].start < d.datelineEnd || saidOn(toks, dm.tok) {
			continue // the dateline's date is the article's; "said on Monday" the statement's
		}
		if day.known() && day != dm.value {
			return // two days: which one is unclear
		}
		day = dm.value
	}
	if !day.known() || toldAsBackground(f.toks) {
		return // "The leaders recalled their meeting in Osaka": another day
	}
	rule := "date-of-previous-sentence"
	// "The following day she received ... for the annual ministerial
	// meeting": a day counted from the one before anchors even a meeting
	// named with "the", which else may refer back to one told earlier.
	days, exact, stepped := spanAfter(f.toks)
	stepped = stepped && exact
	if stepped && days < 0 {
		// "The previous day, she held talks with X": one day before the
		// day told, to the day (spanAfterPrevious moves the next day on).
		day, rule = day.addDays(days), "day-before-previous-sentence"
	} else if shift, ok := spanBefore(f.toks); ok {
		// "It comes a week after she attended a forum": the span
		// before the day told, to the month, or nothing if unsure.
		if day = coarseDay(day, shift); !day.known() {
			return
		}
		rule = "span-before-previous-sentence"
	}
	for ti := range f.cs {
		c := &f.cs[ti]
		if !c.hasDate && !c.weak && !c.attach && (!c.definite || stepped) && c.status == "held" && c.kind != "visit" {
			c.hasDate, c.date = true, day
			c.rules = append(c.rules, rule)
		}
	}
}

// stepsFromDayBefore: the sentence counts its day from the one told just
// before ("The following day", "Two days later"), across a paragraph's
// break too.
func stepsFromDayBefore(toks []token) bool {
	_, _, ok := spanAfter(toks)
	return ok
}

// spanUnits are the lengths, in days, of the units a span is told in.
var spanUnits = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}

// spanCounts are the counts written as words.
var spanCounts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3, "several": 4}

// spanBefore reads "a week after", "two days before", "days earlier": the
// sentence tells of a time this many days before the day of the sentence
// it follows. ok is false when it has no such span.
func spanBefore(toks []token) (int, bool) {
	for k := 1; k+1 < len(toks); k++ {
		unit, ok := spanUnits[toks[k].lower]
		if !ok {
			continue
		}
		switch toks[k+1].lower {
		case "after", "before", "earlier", "prior":
		default:
			continue
		}
		n, ok := spanCounts[toks[k-1].lower]
		if !ok {
			n = 1
		}
		return n * unit, true
	}
	return 0, false
}

// coarseDay is the month of the day shift days before day, when the span
// cannot leave that month (a span told in words is loose by a few days),
// else no date.
func coarseDay(day date, shift int) date {
	slack := max(2, shift/4)
	from, to := day.addDays(-shift-slack), day.addDays(-shift+slack)
	if from.y != to.y || from.m != to.m {
		return date{}
	}
	return date{from.y, from.m, 0}
}

// hereIsDateline: "here" is the dateline's city.
func (f *frame) hereIsDateline(d *document) {
	if d.dateline.city == "" {
		return
	}
	for k, t := range f.toks {
		if t.lower != "here" {
			continue
		}
		c := &f.cs[f.nearest(k)]
		if c.locCode == "" || c.city == "" && c.locCode == d.datelineCountry {
			c.city = d.dateline.city
			c.locCode = d.datelineCountry
		}
	}
}
