package extract

import (
	"slices"
	"sort"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// The frame's role passes: who takes part in each candidate engagement,
// which states are parties and which only its topic, and where it is held.

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
		// "The Prime Minister stayed away, and his country was
		// represented by Foreign Minister N": the one represented is
		// absent; only the agent after "by" takes part.
		if f.trigs[ti].entry.Surface == "represented by" && r.tok < f.trigs[ti].tok {
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
	inList := statesListed(f.toks, cms)
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
		if inList[i] && f.takesListedParties(c, f.trigs[ti].tok, cm) {
			c.countries = appendUniqueStr(c.countries, cm.code)
			continue
		}
		c.stateMentions = appendUniqueStr(c.stateMentions, cm.code)
	}
}

// takesListedParties: engagement c, of the trigger at token at, takes the
// listed state cm as a party: not a weak trigger (a topic follows it), not
// a visit (its list is of places), and no relative clause stands between
// the trigger and the state.
func (f *frame) takesListedParties(c *candidate, at int, cm countryMention) bool {
	return !c.weak && c.kind != "visit" && !f.relativeBetween(at, cm.tok)
}

// statesListed marks the state mentions that stand in a plain list of
// minStatesListed states or more ("co-hosted by A, B, C and D", "the
// consultations of A, B and C", "A, B, C and D will be represented"): a
// list of states beside an engagement that is neither its topic nor its
// place names the states that take part in it.
func statesListed(toks []token, cms []countryMention) []bool {
	out := make([]bool, len(cms))
	for i := 0; i < len(cms); {
		j := i + 1
		for j < len(cms) && listable(cms[j]) && (cms[j].tok == cms[j-1].tok || cms[j].tok >= cms[j-1].end && statesGap(toks[cms[j-1].end:cms[j].tok])) {
			j++
		}
		if j-i >= minStatesListed && listable(cms[i]) {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// statesGap: the words between two states of a plain list, where a
// bracket may close a group's members before the next state ("the E3
// (A, B and C) and D").
func statesGap(toks []token) bool {
	return plainListGap(slices.DeleteFunc(slices.Clone(toks), func(t token) bool { return t.text == ")" }))
}

// listable: a state mention that may stand in a list of parties: not a
// place, nor a possessive or a demonym, which qualify a person or a thing
// ("U.S., Japanese and Chinese counterparts" are people told of one by one).
func listable(cm countryMention) bool {
	return !cm.location && !cm.possessive && !cm.demonym
}

// relativeBetween: a relative clause opens between tokens a and b (in
// either order): a list inside it ("a mission in which troops from A, B
// and C serve", "a group that includes A, B and C") describes something
// else than the engagement.
func (f *frame) relativeBetween(a, b int) bool {
	for k := min(a, b); k < max(a, b); k++ {
		if w := f.toks[k].lower; relativeWords[w] || w == "where" || w == ";" {
			return true
		}
	}
	return false
}

// minStatesListed: three states at least; a pair is read with the
// engagement's people.
const minStatesListed = 3

// setAside takes the states that are no party of trigger ti's
// engagement: its place, which it assigns, a state inside an official's
// title, and a topic ("discussed aid to Niger", "concerns regarding
// Benin's programme"), which is neither a party nor the place.
func (f *frame) setAside(d *document, ti int, cm countryMention, refs []ref) bool {
	topic := cm.topic && !f.inPartyList(cm.tok) || f.inTopicScope(cm.tok) || targetOfAction(f.toks, cm.tok) || appealAddressee(f.toks, cm.tok)
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
	return f.readBackInClause(at, func(k int) (result, decided bool) {
		w := f.toks[k].lower
		switch {
		case topicOpeners[w], w == "as" && k > 0 && backgroundVerbs[f.toks[k-1].lower]:
			return true, true
		case topicScopeEnds[w]:
			return false, true
		}
		if ti, ok := f.triggerAt(k); ok && !nounTriggers[f.trigs[ti].entry.Surface] {
			return false, true
		}
		return false, false
	})
}

// inPartyList: the state at token at ends a list a party's preposition
// governs ("talks between A, B and Austria is set to open"), so it is no
// subject of the "is" after it that made countries.go call it a topic
// ("Niger is a priority").
func (f *frame) inPartyList(at int) bool {
	return f.readBackInClause(at, func(k int) (result, decided bool) {
		switch f.toks[k].lower {
		case "between", "with", "among":
			return true, true
		case ",", "and":
			return false, false
		}
		if _, trig := f.triggerAt(k); f.toks[k].kind == tokPunct || trig {
			return false, true
		}
		return false, false
	})
}

// readBackInClause reads the tokens before at, nearest first, within at's
// clause and maxTopicScope tokens, until verdict decides; false when it
// never does. inTopicScope and inPartyList differ only in their verdicts.
func (f *frame) readBackInClause(at int, verdict func(k int) (result, decided bool)) bool {
	for k := at - 1; k >= max(0, at-maxTopicScope); k-- {
		if f.breaks[at] != f.breaks[k+1] {
			return false // another clause
		}
		if result, decided := verdict(k); decided {
			return result
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
// "Ghana on Monday and Togo on Wednesday"): a time phrase, then "and";
// the journey's "to" may be said again after it (`repeatedTo`).
func gappedListWords(toks []token) bool {
	toks = repeatedTo(toks)
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

// companionsAlong: "N will accompany the Secretary", "N, who is
// accompanying the Prime Minister, will ...", "N will join me in the
// capital for the talks": the active and relative forms of coming along,
// whose subject is the companion and whose object the one accompanied
// (companionsJoin reads the passive "accompanied by"). A companion of a
// trip announced takes part in the accompanied official's engagements of
// that trip; one who joins, or who came along on a trip already told (a
// closing "A and B accompanied the President"), only in the engagement the
// sentence itself tells. Companions are of the accompanied one's side (or
// of no state): one of another state is a guest, not a companion.
func (st *settler) companionsAlong(merged []candidate) {
	for si, s := range st.sents {
		v := companionVerb(s.toks)
		if v < 0 {
			continue
		}
		along := st.namedBetween(si, companionSubjectStart(s.toks, v), v)
		if len(along) == 0 {
			continue
		}
		subject, ref := st.accompaniedAfter(merged, si, v, along, announcedVerb(s.toks, v))
		if ref < 0 {
			continue
		}
		trip := merged[ref].status == "scheduled" && !joinVerbs[s.toks[v].lower]
		side := st.people[subject].country
		for k := range merged {
			c := &merged[k]
			if k != ref && !alongTo(c, &merged[ref], subject, trip) {
				continue
			}
			for _, pi := range along {
				if cc := st.people[pi].country; cc == side || cc == "" {
					c.people = appendUnique(c.people, pi)
				}
			}
		}
	}
}

// announcedVerb: the verb of coming along at v is of a trip to come
// ("will accompany", "to join", "is accompanying").
func announcedVerb(toks []token, v int) bool {
	switch toks[v-1].lower {
	case "will", "shall", "to":
		return true
	case "is", "are":
		return toks[v].lower == "accompanying"
	}
	return false
}

// alongTo: a companion of engagement ref comes along to engagement c too:
// c is the accompanied one's, of the whole trip announced, or, for one who
// joins at a stop, of that stop (the same place and status).
func alongTo(c, ref *candidate, subject int, trip bool) bool {
	if c.kind == "call" || c.background || !slices.Contains(c.people, subject) {
		return false
	}
	if trip {
		return sameTrip(c, ref)
	}
	return c.status == ref.status && c.locCode != "" && c.locCode == ref.locCode
}

// joinVerbs: "N will join me for the talks" joins one engagement.
var joinVerbs = map[string]bool{"join": true, "joins": true}

// companionVerb is the token of the verb of coming along whose subject is
// the companion ("accompany", "accompanies", "accompanied" not followed by
// "by", "accompanying", "join" or "joins" with an object), or -1.
func companionVerb(toks []token) int {
	for k := 1; k+1 < len(toks); k++ {
		switch toks[k].lower {
		case "accompany", "accompanies":
			if companionObject(toks, k+1) {
				return k
			}
		case "accompanying":
			// "N, who is accompanying the Prime Minister": not "the
			// accompanying ministers", an adjective.
			if (beForms[toks[k-1].lower] || toks[k-1].text == ",") && companionObject(toks, k+1) {
				return k
			}
		case "accompanied":
			// "N accompanied the Secretary": not the passive.
			if !beForms[toks[k-1].lower] && companionObject(toks, k+1) {
				return k
			}
		case "join", "joins":
			// "will join me", "will join the Secretary": an object that
			// is a person; "join the talks" has an engagement instead.
			if companionObject(toks, k+1) {
				return k
			}
		}
	}
	return -1
}

// companionObject: the words at k name a person or a party, not an
// engagement or a part of one ("join me", "accompany the Secretary",
// "join the delegation"; not "join the talks", "accompanied part of the
// programme"): a pronoun, a capitalised word, after "the" or not, or a
// delegation.
func companionObject(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "me", "us", "him", "her", "them", "delegation", "mission":
		return true
	}
	return toks[k].kind == tokWord && toks[k].upper
}

// companionSubjectStart is where the clause of the verb at v begins: after
// the last ";" before it, so that "A met B; C will accompany him" takes C
// only.
func companionSubjectStart(toks []token, v int) int {
	for k := v - 1; k >= 0; k-- {
		if toks[k].text == ";" {
			return k + 1
		}
	}
	return 0
}

// namedBetween lists the people named in sentence si from token from to
// token to, in order.
func (st *settler) namedBetween(si, from, to int) []int {
	var out []int
	for pi := range st.people {
		if at := st.firstRefAfter(pi, si, from-1); at >= from && at < to {
			out = append(out, pi)
		}
	}
	slices.SortFunc(out, func(a, b int) int { return st.firstRefAfter(a, si, from-1) - st.firstRefAfter(b, si, from-1) })
	return out
}

// accompaniedAfter is the one accompanied in sentence si, named after the
// verb at v (by name, office or pronoun), else ("accompany the Secretary"
// where the office is no mention of its own) the one who takes part in
// most of the article's engagements, the trip's traveller; and the
// engagement of theirs that tells the trip: the one told in the sentence,
// else, when the coming along is announced, the latest one scheduled
// before it.
func (st *settler) accompaniedAfter(merged []candidate, si, v int, along []int, announced bool) (int, int) {
	subject := -1
	if after := st.namedAfter(si, v, func(pi int) bool { return !slices.Contains(along, pi) }); len(after) > 0 {
		subject = after[0]
	} else {
		subject = mostEngaged(merged, along)
	}
	ref := -1
	for k := range merged {
		if subject < 0 || !slices.Contains(merged[k].people, subject) {
			continue
		}
		if slices.Contains(merged[k].sents, si) {
			return subject, k
		}
		if announced && merged[k].status == "scheduled" && slices.ContainsFunc(merged[k].sents, func(x int) bool { return x < si }) {
			// "will join the delegation in Jakarta": the stop named.
			if ref < 0 || !st.placeNamed(si, &merged[ref]) {
				ref = k
			}
		}
	}
	return subject, ref
}

// mostEngaged is the person, not among along, who takes part in the most
// engagements, or -1.
func mostEngaged(merged []candidate, along []int) int {
	n := map[int]int{}
	best := -1
	for _, m := range merged {
		for _, pi := range m.people {
			if slices.Contains(along, pi) {
				continue
			}
			n[pi]++
			if best < 0 || n[pi] > n[best] || n[pi] == n[best] && pi < best {
				best = pi
			}
		}
	}
	return best
}

// placeNamed: sentence si names the city where engagement c takes place.
func (st *settler) placeNamed(si int, c *candidate) bool {
	return c.city != "" && slices.ContainsFunc(st.sents[si].toks, func(t token) bool { return t.text == c.city })
}
