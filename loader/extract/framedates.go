package extract

import (
	"sort"
	"strings"
)

// The frame's date passes: which date mention of a sentence (or of the
// sentences before it) dates each candidate engagement.

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
		if past && f.yearless(dm, dp) && refDate.d > 0 && dm.value.after(refDate) && !futureClauseBefore(f.toks, dm.tok) {
			// "met on July 25" in a February article: last July; but not
			// a date whose own clause is to come ("which is to take place
			// on December 9"), which the past verb of another clause
			// does not reach.
			dm.value.y--
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
			if f.frontedDay(dm) {
				opening = dm.value // "On Thursday the ministers ... met": no comma, same scope
			}
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
	f.coordinatedDates()
}

// coordinatedDates: "On Monday the Minister will call on X and hold talks
// with Y", "is to hold a meeting with X, and to pay a courtesy call on Y":
// predicates joined by "and" under one subject tell encounters of the one
// occasion the clause dates, but a date goes to the nearest trigger only.
// An undated trigger right after a dated one, joined to it by "and" with
// no clause boundary or date between them, takes its date. So does an
// engagement noun that is the dated verb's own object ("Earlier in the
// week, N hosted a joint meeting with ..."): it is the same occasion.
func (f *frame) coordinatedDates() {
	for ti := range f.cs {
		c := &f.cs[ti]
		if c.hasDate || c.gone || c.weak {
			continue
		}
		tj := f.coordinatedBefore(ti)
		if tj < 0 {
			tj = f.verbOfObject(ti)
		}
		if tj >= 0 {
			c.hasDate, c.date = true, f.cs[tj].date
			c.rules = append(c.rules, "coordinated-date")
		}
	}
}

// verbOfObject is the dated verb trigger whose object noun trigger ti is:
// the trigger right before it with only an article or a modifier or two
// between ("hosted a joint meeting", "held bilateral talks"); else -1.
func (f *frame) verbOfObject(ti int) int {
	t := f.trigs[ti]
	if !nounTriggers[t.entry.Surface] {
		return -1
	}
	for tj, v := range f.trigs {
		if tj == ti || v.end > t.tok || v.end < t.tok-3 || nounTriggers[v.entry.Surface] || !f.cs[tj].hasDate || f.cs[tj].status != f.cs[ti].status {
			continue
		}
		for k := v.end; k < t.tok; k++ {
			if f.toks[k].kind != tokWord || objectBreaks[f.toks[k].lower] {
				return -1
			}
		}
		return tj
	}
	return -1
}

// objectBreaks are words between a verb and a noun after it that show the
// noun is no object of the verb ("met before the summit", "spoke at the
// session").
var objectBreaks = map[string]bool{
	"before": true, "after": true, "at": true, "in": true, "on": true, "during": true, "with": true,
	"ahead": true, "of": true, "for": true, "to": true, "and": true, "or": true, "since": true,
	"next": true, "last": true, "previous": true, "future": true, "further": true, "another": true,
}

// coordinatedBefore is the dated, non-weak trigger that stands last before
// trigger ti, when the words between them join a second predicate of the
// same clause ("and" with no stop, relative word, subordinator or date
// between them), and it has ti's status; else -1.
func (f *frame) coordinatedBefore(ti int) int {
	at := f.trigs[ti].tok
	tj := -1
	for k, t := range f.trigs {
		if k != ti && t.end <= at && (tj < 0 || t.tok > f.trigs[tj].tok) {
			tj = k
		}
	}
	if tj < 0 || !f.cs[tj].hasDate || f.cs[tj].weak || f.cs[tj].status != f.cs[ti].status || !f.cs[tj].date.known() {
		return -1
	}
	for _, dm := range f.dms {
		if dm.tok >= f.trigs[tj].end && dm.tok < at {
			return -1
		}
	}
	joined := -1
	for k := f.trigs[tj].end; k < at; k++ {
		w := f.toks[k].lower
		if coordinationBreaks[w] {
			return -1
		}
		if w == "and" {
			joined = tj
		}
	}
	return joined
}

// coordinationBreaks end the clause of the trigger before them or open a
// clause of its own after them: a second predicate after one of them is
// not joined to the first.
var coordinationBreaks = map[string]bool{
	".": true, ";": true, ":": true, "(": true, ")": true, "where": true, "when": true, "who": true,
	"which": true, "but": true, "while": true, "before": true, "after": true, "then": true,
	"later": true, "separately": true, "also": true, "again": true, "since": true, "following": true,
	"said": true, "says": true, "agreed": true, "announced": true, "until": true,
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
	return f.nearestTriggerBefore(dm, func(ti int) bool { return ti == taker || f.cs[ti].hasDate })
}

// nearestTriggerBefore is the last live (not gone, not weak) trigger
// ending before the date dm, other than those skip rules out, if no
// clause break stands between it and the date; -1 when none.
func (f *frame) nearestTriggerBefore(dm dateMention, skip func(ti int) bool) int {
	best := -1
	for ti, t := range f.trigs {
		if t.end > dm.tok || f.cs[ti].gone || f.cs[ti].weak || skip(ti) {
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
	if f.dateOfParticiple(dm, t) {
		return false
	}
	return !(f.cs[ti].weak && (dm.tok >= t.end && topicTrigger(t.entry.Surface) || dm.value.d == 0 && !nounTriggers[t.entry.Surface] && !receptionTrigger(t.entry.Surface)))
}

// dateOfParticiple: "welcomed the Outlook adopted in June", "said that
// the perspective, confirmed in Quito in 2019, is a promise": a date after
// the trigger's clause has its verb, told in a past participle that
// modifies a noun (a reduced relative clause), dates what the participle
// tells, not the engagement. The participle follows the object of a
// trigger verb in the past, or a trigger noun's clause verb (a past form
// or a speech verb between them); after a comma it is an apposition only
// when a comma closes it after the date. Not after "and" (a second verb);
// only prepositions, determiners and names stand between it and the
// date. A trigger modified itself ("the talks held in June", "the talks
// between A and B, planned for July 20,") keeps its date.
func (f *frame) dateOfParticiple(dm dateMention, t trig) bool {
	if dm.tok <= t.end {
		return false
	}
	p := participleBefore(f.toks, t.end, dm.tok)
	if p <= t.end+1 || f.triggerBetween(p, p+1) || coordinators[f.toks[p-1].lower] {
		return false // "met N and focused on trade on Monday": a second verb
	}
	if f.toks[p-1].text == "," && (dm.end >= len(f.toks) || f.toks[dm.end].text != ",") {
		// An apposition closes before the clause goes on ("the accord,
		// confirmed in Quito in 2019, is"); "The round, involving A and
		// B, ended in August" is the main verb after one.
		return false
	}
	if pastVerb(f.toks[t.end-1].lower) && !nounTriggers[t.entry.Surface] {
		return true // "welcomed the outlook adopted in June": the verb's object
	}
	for k := t.end; k < p-1; k++ {
		if w := f.toks[k].lower; speechVerbs[w] || pastVerb(w) && f.toks[k].kind == tokWord {
			return true // the clause's own verb before the participle
		}
	}
	return false // "the talks between A and B, planned for July 20": the trigger's own
}

// pastVerb: a regular past form ("welcomed", "hosted"), or "met".
func pastVerb(w string) bool {
	return w == "met" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// participleBefore is the token of the past participle ("adopted",
// "confirmed") that a date at token at completes, reading back from it
// over prepositional words up to from; -1 when none.
func participleBefore(toks []token, from, at int) int {
	for k := at - 1; k > from && k >= at-6; k-- {
		w := toks[k].lower
		switch {
		case toks[k].kind == tokPunct:
			return -1
		case len(w) > 4 && strings.HasSuffix(w, "ed") && toks[k].text == w:
			if aux := toks[k-1].lower; beAux[aux] {
				return -1 // "was adopted in June": a clause's own verb
			}
			return k
		}
	}
	return -1
}

// coordinators join a second verb to the clause's first.
var coordinators = map[string]bool{"and": true, "or": true, "but": true, "then": true, "also": true, "later": true}

// beAux are the auxiliaries a past participle forms a clause's verb
// with, not a modifier of the noun before it.
var beAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true,
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
// Days told after an engagement are its own, not a stay's.
func (f *frame) attendedWithinStay(dm dateMention, t trig) bool {
	if dm.lastDay <= dm.value.d || dm.value.m == 0 || dm.end > t.tok || f.triggerBetween(0, dm.tok) {
		return false // an engagement named before the days is theirs ("the summit to be held on May 3 and 4, N said he would attend")
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

// frontedDay: a day phrase that opens the sentence with no comma after it
// ("On Thursday the two ministers ... met", "Yesterday the envoys held
// talks") is still a fronted time adverbial and dates what the sentence
// tells; English often drops the comma after a short one. When no trigger
// stands near enough to take it, it is the fallback for the sentence's
// undated candidates, like a date with a comma. A day that is a subject
// or possessive ("Tuesday's talks", "Monday and Tuesday saw") or a range's
// first half is not.
func (f *frame) frontedDay(dm dateMention) bool {
	start := 0
	if len(f.toks) > 0 && (f.toks[0].lower == "on" || f.toks[0].lower == "from") {
		start = 1 // "From May 13 to 14, she will be in Jakarta, where ...": the stay's first day
	}
	if dm.tok != start || dm.value.d == 0 || dm.end >= len(f.toks) {
		return false
	}
	next := f.toks[dm.end]
	return next.text == "," || next.kind == tokWord && !notFrontedAfter[next.lower]
}

// notFrontedAfter: words after a sentence-opening day that show it is not a
// fronted adverbial over the clause that follows.
var notFrontedAfter = map[string]bool{"and": true, "or": true, "to": true, "through": true, "until": true, "s": true, "was": true, "is": true, "will": true, "marks": true, "marked": true, "saw": true, "sees": true}

// sentenceDate gives a date to the candidates of the sentence that have
// none and do not refer back to one told before. A definite noun that
// names its gathering after "of" ("the meeting of the Council of Heads of
// State", "the session of the Joint Commission") introduces it rather than
// refers back, and takes the date too.
func (f *frame) sentenceDate(v date) {
	for ti := range f.cs {
		if c := &f.cs[ti]; !c.hasDate && (!c.definite || f.namedAfterOf(ti)) {
			c.hasDate, c.date = true, v
		}
	}
}

// namedAfterOf: trigger ti is followed by "of" and a capitalised name
// ("of the Council", "of ASEAN").
func (f *frame) namedAfterOf(ti int) bool {
	k := f.trigs[ti].end
	if k+1 >= len(f.toks) || f.toks[k].lower != "of" {
		return false
	}
	k++
	if f.toks[k].lower == "the" && k+1 < len(f.toks) {
		k++
	}
	return f.toks[k].kind == tokWord && f.toks[k].upper
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
// "announced Tuesday", "told reporters on Monday"), also across the
// occasion of the statement ("said in an interview last week", "told
// reporters at a news conference on Friday").
func saidOn(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].lower == "on" {
		j--
	}
	j = statementOccasionBefore(toks, j)
	if j >= 0 && (toks[j].lower == "reporters" || toks[j].lower == "journalists") {
		j--
	}
	return j >= 0 && speechVerbs[toks[j].lower]
}

// statementOccasionBefore steps back over "in an interview", "in a
// statement", "at a news conference" ending at token j: the index before
// it, or j when none ends there.
func statementOccasionBefore(toks []token, j int) int {
	if j < 2 || !statementOccasions[toks[j].lower] {
		return j
	}
	k := j - 1
	if w := toks[k].lower; w == "news" || w == "press" || w == "radio" || w == "television" || w == "televised" {
		k--
	}
	if k >= 1 && (toks[k].lower == "a" || toks[k].lower == "an") && (toks[k-1].lower == "in" || toks[k-1].lower == "at") {
		return k - 2
	}
	return j
}

// statementOccasions are what a statement is made in or at.
var statementOccasions = map[string]bool{
	"interview": true, "statement": true, "conference": true, "briefing": true, "speech": true, "address": true,
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
