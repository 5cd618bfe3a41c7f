package extract

import (
	"slices"
	"strings"
)

// The trigger pass: the words of a sentence that state an engagement, and
// the readings that tell a wish, an invitation or an appeal from one.

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
		if receivedBy(e) && !receptionSubject(toks, i) {
			continue // "the letter was received by President N": no guest
		}
		// "Attending were A, B and C", "Among those attending are A and
		// B": the attendance word is the verb of an inverted list, which
		// readoutCandidate reads as who took part in what was just told.
		if e.Attach && attendanceInversion(toks) {
			i = j - 1
			continue
		}
		if !x.triggerFits(e, toks, i, j) || compoundAdjective(e, toks, i) || standingFramework(e, toks, j) || standingChair(e, toks, i, j) || deniedByDeterminer(e, toks, i) || visitsPeopleOnly(e, toks, j) {
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

// receivedBy: the trigger is the passive of "receive" with its agent
// ("was received by President N", "will be received by the King").
func receivedBy(e triggerEntry) bool {
	return strings.HasSuffix(e.Surface, " received by")
}

// receptionSubject: the word before a passive "received by" is a guest,
// a person or an office named in capitals ("the Commissioner will be
// received by", "Secretary N was received by"), a personal pronoun, a
// delegation, or the "and" of a second predicate of such a subject
// ("held talks with A, and was received by B"); "the proposal was
// received by the ministers" tells no reception.
func receptionSubject(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1]
	switch w.lower {
	case "he", "she", "they", "we", "i", "and", "delegation", "delegations":
		return true
	}
	return w.kind == tokWord && w.upper
}

// citationLine: the sentence cites a report ("\"Leaders meet in Lima\" —
// Andean Wire, May 4, 2011"), as a wire story's list of sources does: a
// quoted headline, a dash, the outlet and the report's date. The headline
// tells no engagement of the article's own and the date is the report's,
// not the engagement's.
func citationLine(toks []token) bool {
	if len(toks) < 4 || !openQuote(toks[0].text) {
		return false
	}
	for k := 1; k+1 < len(toks); k++ {
		if closeQuote(toks[k].text) {
			return citationDash(toks[k+1].text) && hasYearAfter(toks, k+2)
		}
	}
	return false
}

func openQuote(w string) bool    { return w == "\"" || w == "“" }
func closeQuote(w string) bool   { return w == "\"" || w == "”" }
func citationDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "--" }

// hasYearAfter: a four-digit number stands at or after k.
func hasYearAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		if toks[k].kind == tokNumber && len(toks[k].text) == 4 {
			return true
		}
	}
	return false
}

// standingFramework: an engagement noun that is the subject of a
// judgement on it as a standing channel ("the Four-Party Talks remain the
// best framework for peace", "the dialogue is the only mechanism to settle
// the dispute", "the consultations remained the most useful forum") names
// a process, not a meeting held or set. "The talks were a useful forum"
// without "remain" or a superlative still tells the meeting.
func standingFramework(e triggerEntry, toks []token, j int) bool {
	if !nounTriggers[e.Surface] {
		return false
	}
	k := j
	if k < len(toks) && toks[k].lower == "process" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	standing := remainForms[toks[k].lower]
	if !standing && !beForms[toks[k].lower] {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+6; m++ {
		w := toks[m].lower
		switch {
		case judgementWords[w]:
			standing = true
		case frameworkNouns[w]:
			return standing
		case toks[m].kind == tokPunct:
			return false
		}
	}
	return false
}

var (
	remainForms    = map[string]bool{"remain": true, "remains": true, "remained": true, "remaining": true}
	judgementWords = map[string]bool{"best": true, "only": true, "most": true, "sole": true, "right": true, "appropriate": true, "key": true, "main": true, "principal": true, "primary": true}
	frameworkNouns = map[string]bool{
		"framework": true, "mechanism": true, "forum": true, "means": true, "avenue": true, "venue": true,
		"channel": true, "format": true, "platform": true, "path": true, "vehicle": true, "way": true,
	}
)

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
	if invitedBefore(toks, i) || appealedFor(toks, i) || neverArranged(e, toks, i) {
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

// neverArranged: an engagement noun that was only talked about and then
// did not happen ("a foreign ministers' meeting, which had been under
// discussion, did not take place", "the proposed visit never
// materialised") was never arranged: intent, no engagement (GUIDELINES).
// One that was planned or set and did not take place is cancelled.
func neverArranged(e triggerEntry, toks []token, i int) bool {
	if !nounTriggers[e.Surface] {
		return false
	}
	end := i + len(e.toks)
	k := didNotHappen(toks, end)
	if k < 0 {
		return false
	}
	for m := max(0, i-3); m < k; m++ {
		if unarrangedCues[toks[m].lower] {
			return true
		}
	}
	return false
}

// unarrangedCues say an engagement was only talked about: "under
// discussion", "proposed", "mooted", "floated", "sought".
var unarrangedCues = map[string]bool{
	"discussion": true, "consideration": true, "proposed": true, "mooted": true, "floated": true,
	"sought": true, "suggested": true, "hoped-for": true, "touted": true,
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
	all := strings.ToLower(joinTokens(toks))
	if containsAny(all, vagueCues) || containsAny(all, vagueTimeCues) {
		return true
	}
	before := strings.ToLower(joinTokens(toks[plannedClauseStart(toks, i):i]))
	return containsAny(before, wishCues)
}

// plannedClauseStart is where the clause of the trigger at i begins when
// it is a relative clause of place or time with its own future tense
// ("look forward to travelling on to Oslo, where I'll meet the King",
// "hopes to reach Lima on Monday, when she will sign the accord"): the
// wish before it does not reach into that clause, whose plan stands
// apart. Otherwise it is 0: the whole sentence before the trigger
// counts.
func plannedClauseStart(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-maxPlanGap; k-- {
		if !futureModal(toks[k].lower) {
			if toks[k].kind == tokPunct {
				return 0
			}
			continue
		}
		for m := k - 1; m > 0 && m >= k-maxPlanSubject; m-- {
			if (toks[m].lower == "where" || toks[m].lower == "when") && toks[m-1].text == "," {
				return m
			}
		}
		return 0
	}
	return 0
}

// maxPlanGap bounds the words between a relative clause's modal and its
// trigger ("will also be able to meet"); maxPlanSubject those between its
// "where" and the modal ("where the two leaders will").
const (
	maxPlanGap     = 5
	maxPlanSubject = 4
)

// futureModal: the word tells a plan of one's own: "where she will
// sign", "where I'll meet" (the contraction is one token).
func futureModal(w string) bool {
	return w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
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
	i = governedAt(toks, i)
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

// governedAt is where the phrase governed by the trigger's head begins:
// past the article and modifiers (pastArticle), and for a noun that is
// the object of an infinitive ("to resume talks", "to open dialogue",
// "to engage in an inclusive dialogue"), the infinitive's verb, so that
// "urged X to resume talks" reads as an appeal like "urged X to meet".
func governedAt(toks []token, i int) int {
	at := pastArticle(toks, i)
	if at > 0 && toks[at-1].lower == "to" {
		return at
	}
	if to := infinitiveBefore(toks, i); to >= 0 {
		return to + 1
	}
	return at
}

// infinitiveBefore: the "to" of an infinitive whose object phrase ends
// at the noun trigger i, a few lower-case words back with no name or
// punctuation between ("to engage in a national dialogue"); -1 if none.
// The "to" must be followed by a verb, not by a determiner, so "return
// to the talks" finds the "to" before "return".
func infinitiveBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if t.kind != tokWord || t.upper || t.lower == "and" || t.lower == "or" || t.lower == "but" {
			return -1 // "pressed the consulate to act and phoned N": a verb of its own
		}
		if t.lower != "to" || k+1 >= i {
			continue
		}
		if next := toks[k+1].lower; !nounModifiers[next] && !determiners[next] && next != "to" && next != "our" && next != "all" {
			return k
		}
	}
	return -1
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
	// base forms under an auxiliary or a second appeal ("is expected to
	// ask them to encourage A to resume talks with B").
	"urge": true, "ask": true, "encourage": true, "press": true, "appeal": true, "request": true,
	// an offer asks the other side to take it up, as a proposal does
	// ("offered to host talks between A and B").
	"offered": true, "offers": true, "offering": true,
}

// appealedFor: the trigger is the infinitive ("to meet") or the object
// ("a meeting") of an appeal verb or of "called on"/"called for" earlier
// in its clause, and the sentence does not say it was agreed.
func appealedFor(toks []token, i int) bool {
	at := governedAt(toks, i)
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

// appealAddressee: the state at token at is the one an appeal asks to
// act ("to encourage Pyongyang to resume talks", "urged Japan to join"):
// what it is asked to do is no engagement (appealedFor), so it is no
// party of the engagement told beside the appeal either.
func appealAddressee(toks []token, at int) bool {
	return at > 0 && at+1 < len(toks) && directiveVerbs[toks[at-1].lower] && toks[at+1].lower == "to"
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
	if c, ok := gatheringListCandidate(s, si, refs, cms); ok {
		return c, true // "It brought together the leaders of A, B and C" (groups.go)
	}
	if c, ok := audienceCandidate(s, si, refs); ok {
		return c, true // "N told the ministers" (groups.go)
	}
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

// amongThoseOpener returns the tokens of an opening "Among those" or
// "Among them" ("Among those attending were A and B"): the list after the
// copula is still who took part, one of several.
func amongThoseOpener(toks []token) int {
	if len(toks) > 2 && toks[0].lower == "among" && (toks[1].lower == "those" || toks[1].lower == "them") {
		return 2
	}
	return 0
}

// attendanceInversion: the sentence opens with a participle or adjective
// of attendance and, within a short complement ("part", "the talks", "at
// the meeting"), the copula whose subject is the list after it: "Taking
// part were the Minister of Trade of A, N; the Minister of Finance of B,
// M", "Also present was N", "Attending the dinner will be N1 and N2".
func attendanceInversion(toks []token) bool {
	k := amongThoseOpener(toks)
	if k < len(toks) && toks[k].lower == "also" {
		k++
	}
	// "Kenyan ministers attending will include A; B" (people.go's
	// listedBodies): the list's state opens the clause.
	listed := listedBodiesOpen(toks)
	k += listed
	if k >= len(toks) || !attendanceWords[toks[k].lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		switch toks[j].lower {
		case "were", "was", "are", "is":
			return true
		case "will":
			return j+1 < len(toks) && (toks[j+1].lower == "be" || listed > 0 && toks[j+1].lower == "include")
		case "include", "included":
			return listed > 0
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

// visitOfPurpose: "called on <office> N" followed at token to by an
// infinitive is a courtesy call, not an appeal, when the infinitive
// is a talk the caller has with N ("called on Minister N to discuss the
// elections", "to review the dialogue") or when the call is given a place
// before it ("called on President N at State House to ...", "in Niamey
// to ..."): an appeal says what its addressee should do, and says
// nowhere where the addressee was. office is the office's first token.
func visitOfPurpose(toks []token, office, to int) bool {
	if to+1 < len(toks) && purposeTalkVerbs[toks[to+1].lower] {
		return true
	}
	for k := office + 1; k+1 < to; k++ {
		if (toks[k].lower == "in" || toks[k].lower == "at") && toks[k+1].upper && toks[k+1].kind == tokWord {
			return true
		}
	}
	return false
}

// purposeTalkVerbs tell what two officials do together at a call, and so
// the purpose of a courtesy call rather than the content of an appeal.
var purposeTalkVerbs = map[string]bool{
	"discuss": true, "review": true, "exchange": true, "brief": true, "convey": true,
	"deliver": true, "present": true, "pay": true, "consult": true,
}

// standingChair: a relative clause in the present that gives a person or
// state the chair of a standing body ("Singapore, which currently chairs
// the bloc", "N, who chairs the assembly's foreign affairs committee",
// "who presides over the council this year") tells a role held, not a
// part taken in an engagement: its object names no gathering. "who
// chairs the talks" and "who chaired the meeting" stay attachments.
func standingChair(e triggerEntry, toks []token, i, j int) bool {
	if !e.Attach || e.Past || !standingChairForms[e.Surface] {
		return false
	}
	k := i - 1
	if k >= 0 && (toks[k].lower == "currently" || toks[k].lower == "now" || toks[k].lower == "also") {
		k--
	}
	if k < 0 || toks[k].lower != "who" && toks[k].lower != "which" {
		return false
	}
	for m := j; m < len(toks) && m < j+maxChairObject; m++ {
		if toks[m].kind != tokWord && toks[m].kind != tokPoss && toks[m].text != "-" {
			break // the object ends at a comma, a bracket or the stop
		}
		if nounTriggers[toks[m].lower] || gatheringNouns[toks[m].lower] {
			return false
		}
	}
	return true
}

// standingChairForms are the present forms of chairing a body.
var standingChairForms = map[string]bool{
	"chairs": true, "co-chairs": true, "presides over": true,
}

// maxChairObject bounds the words of a chaired body's name.
const maxChairObject = 10

// deniedByDeterminer: the engagement noun's determiner denies it ("had
// no meetings planned with US officials", "there is no meeting
// scheduled", "held no bilateral talks", "there will be no summit this
// year"): the sentence says the engagement is not there, so it states
// none. Only the noun's own determiner counts, modifiers between ("no
// formal talks"); "a meeting with no agenda" has its own.
func deniedByDeterminer(e triggerEntry, toks []token, i int) bool {
	if !nounTriggers[e.Surface] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := toks[k].lower; {
		case w == "no":
			return true
		case nounModifiers[w] && w != "a" && w != "an" && w != "the", w == "other", w == "such", w == "more", w == "planned", w == "scheduled":
			continue
		}
		return false
	}
	return false
}

// visitsPeopleOnly: the verb "visit" whose object is a body of people
// ("will visit troops who have served in A and B", "visited British
// soldiers serving with the battlegroup", "visited troops of the 2nd
// Division near the border") tells a call on them where the official
// already is, not a journey to a state: a state in the clause that
// describes them is where they served, not where the visit goes. A place
// right after them ("visited the troops in Chad", "at Camp N") keeps the
// journey.
func visitsPeopleOnly(e triggerEntry, toks []token, j int) bool {
	if !visitObjectVerbs[e.Surface] {
		return false
	}
	k := j
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "some" || toks[k].lower == "our" || toks[k].lower == "his" || toks[k].lower == "her") {
		k++
	}
	for end := k + 3; k < len(toks) && k < end; k++ {
		if !visitedPeople[toks[k].lower] {
			if toks[k].kind != tokWord || !toks[k].upper && !strings.HasSuffix(toks[k].lower, "ing") {
				return false // "visit Ghana", "visit the plant"
			}
			continue // "British soldiers", "serving troops"
		}
		next := k + 1
		return next >= len(toks) || !(toks[next].lower == "in" || toks[next].lower == "at") || next+1 >= len(toks) || !toks[next+1].upper
	}
	return false
}

// visitedPeople are bodies of people an official visits where they serve
// or live.
var visitedPeople = map[string]bool{
	"troops": true, "soldiers": true, "sailors": true, "marines": true, "airmen": true, "personnel": true,
	"peacekeepers": true, "servicemembers": true, "refugees": true, "veterans": true, "crews": true,
}

// repeatedTo strips the journey's "to" said again before the next place
// of a list ("travel to A on Wednesday and to B on Friday", "and on to
// B", ", and then to B"), so the words that join the places are read as
// a list's joiners (framepeople.go's `gappedListWords` calls it).
func repeatedTo(toks []token) []token {
	n := len(toks)
	if n < 2 || toks[n-1].lower != "to" {
		return toks
	}
	n--
	for n > 0 && (toks[n-1].lower == "on" || toks[n-1].lower == "then") {
		n--
	}
	if n == 0 || toks[n-1].lower != "and" {
		return toks
	}
	return toks[:n]
}

// namingCall: "call" as a verb of naming, not of telephoning: "what
// diplomats now call the first continental war", "a policy that they
// call hostile" (after "what" or a relative "that"/"which" and its
// subject), "the expatriates who call the United States home". fitsCall
// (engagements.go) calls it.
func namingCall(c triggerContext) bool {
	for k := c.i - 1; k >= 0 && k >= c.i-4; k-- {
		switch w := c.toks[k].lower; {
		case w == "what":
			return true
		case w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" || w == "phone" || w == "telephone" || c.toks[k].kind != tokWord:
			k = -1 // a determiner: "call" is the noun
		}
	}
	for k := c.j; k < len(c.toks) && k < c.j+6; k++ {
		switch c.toks[k].lower {
		case "home":
			return true
		case "with", ",", ".", ";":
			return false
		}
	}
	return false
}

// asked: the sentence is a question ("Will the Secretary meet the
// Foreign Minister at the forum?", "QUESTION: Are you going to the
// region next month?"): it asks about an engagement, it states none
// (askedAbout), unless the answer right after it says yes (answeredYes). A question
// mark inside quotation marks or brackets before the end does not count;
// the sentence must end with it.
func asked(toks []token) bool {
	n := len(toks)
	for n > 0 && (toks[n-1].text == "\"" || toks[n-1].text == "”" || toks[n-1].text == "’" || toks[n-1].text == ")") {
		n--
	}
	return n > 0 && toks[n-1].text == "?"
}

// askedAbout drops from a question's triggers the verbs it asks about
// ("Will the Secretary meet N?", "Will you visit A?"); an engagement noun
// it names as given stays ("Can you talk about the three meetings you
// had with N?" presupposes them).
func askedAbout(toks []token, trigs []trig) []trig {
	return slices.DeleteFunc(trigs, func(t trig) bool {
		if !nounTriggers[t.entry.Surface] || t.tok == 0 {
			return true
		}
		return askedVerbBefore[toks[t.tok-1].lower]
	})
}

// askedVerbBefore make the noun-or-verb trigger after them a verb ("will
// visit", "you visit").
var askedVerbBefore = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "to": true, "you": true, "he": true, "she": true, "they": true, "we": true, "i": true, "not": true,
}

// answeredYes: the sentence after a question, past a speaker's label
// ("PRIME MINISTER:"), opens with a yes ("That's the plan.", "Yes, I
// will.", "I will.", "Indeed."): the question's engagement is affirmed.
func answeredYes(toks []token) bool {
	k := 0
	for m := 0; m < len(toks) && m < 8; m++ {
		if toks[m].text == ":" {
			k = m + 1
			break
		}
		if toks[m].kind == tokWord && !toks[m].upper {
			break
		}
	}
	words := make([]string, 0, 4)
	for ; k < len(toks) && len(words) < 4; k++ {
		words = append(words, toks[k].lower)
	}
	opening := strings.Join(words, " ")
	for _, yes := range affirmations {
		if strings.HasPrefix(opening, yes) {
			return true
		}
	}
	return false
}

// affirmations open an answer that says yes to the question before it.
var affirmations = []string{
	"yes", "yeah", "indeed", "certainly", "absolutely", "correct", "of course", "that is the plan",
	"that 's the plan", "that’s the plan", "that's the plan", "i will", "we will", "i am", "we are",
}
