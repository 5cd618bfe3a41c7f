package extract

import (
	"slices"
	"strconv"
)

// group is a club of states whose name stands for its members: "the G7
// met", "Quad leaders will meet". Membership is general knowledge; a member
// counts only in the years it belonged.
type group struct {
	names   []string // lower-case token sequences, as written
	members []membership
}

type membership struct {
	code     string
	from, to int // years; to 0 while a member
}

// groups are small clubs whose meetings are meetings of all their members.
// Large bodies (the EU, the UN, the AU, SADC) are left out: an engagement of
// theirs is not one of every member state.
var groups = []group{
	{names: []string{"g7", "g-7", "group of seven"}, members: members(1976, 0, "CA", "FR", "DE", "IT", "JP", "GB", "US")},
	{names: []string{"g8", "g-8", "group of eight"}, members: append(members(1997, 0, "CA", "FR", "DE", "IT", "JP", "GB", "US"), membership{"RU", 1997, 2014})},
	{names: []string{"quad"}, members: members(2007, 0, "AU", "IN", "JP", "US")},
	{names: []string{"e3"}, members: members(2003, 0, "DE", "FR", "GB")},
	{names: []string{"e3+3", "p5+1"}, members: members(2006, 0, "CN", "DE", "FR", "GB", "RU", "US")},
	{names: []string{"brics"}, members: append(members(2009, 0, "BR", "RU", "IN", "CN"), membership{"ZA", 2011, 0})},
	{names: []string{"gulf cooperation council", "gcc"}, members: members(1981, 0, "BH", "KW", "OM", "QA", "SA", "AE")},
	{names: []string{"asean", "association of southeast asian nations"}, members: slices.Concat(
		members(1967, 0, "ID", "MY", "PH", "SG", "TH"), members(1984, 0, "BN"), members(1995, 0, "VN"),
		members(1997, 0, "LA", "MM"), members(1999, 0, "KH"))},
}

func members(from, to int, codes ...string) []membership {
	out := make([]membership, len(codes))
	for i, c := range codes {
		out[i] = membership{c, from, to}
	}
	return out
}

// membersIn returns the group's members in year y (any year when y is 0).
func (g group) membersIn(y int) []string {
	var out []string
	for _, m := range g.members {
		if y == 0 || y >= m.from && (m.to == 0 || y <= m.to) {
			out = append(out, m.code)
		}
	}
	return out
}

// groupNames are the groups' names split into tokens as the text is,
// with the index of their group.
var groupNames = func() (out []struct {
	words []string
	group int
}) {
	for gi, g := range groups {
		for _, name := range g.names {
			var words []string
			for _, t := range tokenize(name, 0, len(name), nil) {
				words = append(words, t.lower)
			}
			out = append(out, struct {
				words []string
				group int
			}{words, gi})
		}
	}
	return out
}()

// groupAt returns the group named at toks[i:] and the token after its name.
func groupAt(toks []token, i int) (group, int, bool) {
	for _, n := range groupNames {
		if i+len(n.words) <= len(toks) && tokensAre(toks[i:i+len(n.words)], n.words) {
			return groups[n.group], i + len(n.words), true
		}
	}
	return group{}, i, false
}

// groupWords may stand between a group's name and its engagement verb:
// "G7 leaders will meet", "the Quad foreign ministers met".
var groupWords = map[string]bool{
	"leaders": true, "ministers": true, "foreign": true, "finance": true, "defence": true, "defense": true,
	"countries": true, "members": true, "states": true, "nations": true, "partners": true, "was": true,
	"were": true, "is": true, "are": true, "will": true, "already": true, "scheduled": true, "to": true,
	"set": true, "due": true, "also": true, "have": true, "has": true, "had": true,
}

// groupParties: a group named as the subject of an engagement ("the G7 is
// due to meet next week", "Quad leaders held their first summit") makes
// its members the parties.
// A group that only names the event ("for the G8 summit") does not.
func (f *frame) groupParties(year int) {
	for i := 0; i < len(f.toks); i++ {
		g, j, ok := groupAt(f.toks, i)
		if !ok {
			continue
		}
		ti, ok := f.groupTrigger(j)
		if !ok && (f.countedMembers(g, year, i, j) || groupOfCounterparts(f.toks, i, j)) {
			ti, ok = f.nearest(i), true
		}
		if ok {
			c := &f.cs[ti]
			for _, cc := range g.membersIn(year) {
				c.countries = appendUniqueStr(c.countries, cc)
			}
			c.group = true
		}
		i = j - 1
	}
}

// groupOfCounterparts: the group's name at toks[i:j] says whose
// counterparts the subject met, "his ASEAN counterparts", "her G7
// foreign-minister colleagues", "counterparts from the Quad": every
// member's minister is one of them, so every member takes part.
func groupOfCounterparts(toks []token, i, j int) bool {
	for k := j; k < len(toks) && k <= j+3; k++ {
		if counterpartNouns[toks[k].lower] {
			return true
		}
		if !portfolioWords[toks[k].lower] && !groupWords[toks[k].lower] && toks[k].text != "-" {
			break
		}
	}
	k := i - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 1 && (toks[k].lower == "from" || toks[k].lower == "of") && counterpartNouns[toks[k-1].lower]
}

// counterpartNouns name the officials of other states who hold the
// subject's office.
var counterpartNouns = map[string]bool{"counterparts": true, "colleagues": true}

// groupTrigger finds the engagement a group named before token j is the
// subject of: a verb trigger a few group words on ("G7 leaders will
// meet"), or the noun a light verb takes ("the Quad held its summit").
func (f *frame) groupTrigger(j int) (int, bool) {
	for k := j; k < len(f.toks) && k <= j+5; k++ {
		if ti, ok := f.triggerAt(k); ok {
			c := f.cs[ti]
			return ti, !c.weak && !c.attach && !nounTriggers[f.trigs[ti].entry.Surface]
		}
		if lightVerbs[f.toks[k].lower] {
			return f.nounTriggerAfter(k + 1)
		}
		if !groupWords[f.toks[k].lower] {
			break
		}
	}
	return 0, false
}

// lightVerbs take an engagement noun as their object: "held a summit",
// "convened talks".
var lightVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "convened": true, "convene": true, "convenes": true,
}

// nounTriggerAfter: the first engagement noun within a few
// words of from ("held their first in-person summit"), up to any punctuation.
func (f *frame) nounTriggerAfter(from int) (int, bool) {
	for k := from; k < len(f.toks) && k <= from+6; k++ {
		if ti, ok := f.triggerAt(k); ok {
			c := f.cs[ti]
			return ti, !c.weak && !c.attach
		}
		if f.toks[k].kind != tokWord && f.toks[k].text != "-" {
			break
		}
	}
	return 0, false
}

// triggerAt returns the trigger that starts at token k.
func (f *frame) triggerAt(k int) (int, bool) {
	for ti, t := range f.trigs {
		if t.tok == k {
			return ti, true
		}
	}
	return 0, false
}

// countedMembers: the text counts or sums up the group's members, "the
// defence ministers of the 10 ASEAN nations", "all six GCC member states",
// "leaders of all ASEAN members": every member takes part in the
// engagement the phrase stands by, told by whatever verb ("which brings
// together", "attended by"). A number that is not the group's size (in
// the year) is some of them, and counts nobody.
func (f *frame) countedMembers(g group, year, i, j int) bool {
	if j >= len(f.toks) || !memberNouns[f.toks[j].lower] || i == 0 {
		return false
	}
	k := i - 1
	if f.toks[k].lower == "all" {
		return true
	}
	n, ok := cardinalWords[f.toks[k].lower]
	if !ok {
		var err error
		if n, err = strconv.Atoi(f.toks[k].text); err != nil {
			return false
		}
	}
	return n == len(g.membersIn(year)) && (k > 0 && (f.toks[k-1].lower == "the" || f.toks[k-1].lower == "all"))
}

// memberNouns name a group's members after its name: "the 10 ASEAN
// nations", "all GCC member states".
var memberNouns = map[string]bool{
	"nations": true, "countries": true, "states": true, "members": true, "member": true, "governments": true,
}

// cardinalWords are the numbers written out that count a small group.
var cardinalWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12,
}

// gatheringListCandidate: a sentence with no trigger of its own that lists
// who a gathering just told brought together: "It brought together the
// leaders of A, B and C", "This brought together ministers from A and B",
// "Delegations from A, B and C were among those who pledged". The listed
// states (and any official named in the list) join the latest engagement,
// as an attendance list does ("Taking part were ..."): the sentence has
// no event of its own. A named subject ("President N brought together
// ...") convenes a meeting of its own and is left to the triggers.
func gatheringListCandidate(s sentence, si int, refs []ref, cms []countryMention) (candidate, bool) {
	from, to, ok := gatheringListSpan(s.toks, refs)
	g, gFrom, gTo, apposed := groupApposition(s.toks)
	if !ok && !apposed {
		return candidate{}, false
	}
	if !ok {
		from, to = gFrom, gTo
	}
	var states []string
	for _, cm := range cms {
		if cm.code != "" && !cm.location && cm.tok >= from && cm.end <= to {
			states = appendUniqueStr(states, cm.code)
		}
	}
	// The states set off beside a group's name are its members only when
	// every one of them belongs to it.
	if !ok && !subsetStr(states, g.membersIn(0)) {
		return candidate{}, false
	}
	// A list names two states at least; one is a delegation's story. And
	// it lists who acts for them ("the leaders of", "delegations from", a
	// named official), not "citizens of A and B were among those hurt".
	if len(states) < 2 || ok && !actorsListed(s.toks[from:to], refs, from, to) {
		return candidate{}, false
	}
	c := candidate{kind: "meeting", status: "held", attach: true, para: s.para, sents: []int{si}, countries: states, rules: []string{ruleGatheringList}}
	for _, r := range refs {
		if r.tok >= from && r.end <= to && (r.end >= len(s.toks) || s.toks[r.end].kind != tokPoss) {
			c.people = appendUnique(c.people, r.person)
		}
	}
	return c, true
}

// groupApposition finds a group's members set off beside its name, "the G7
// – the United States, Japan, … and Canada –", "the E3 (France, Germany
// and the United Kingdom)": the group and the tokens between the marks.
func groupApposition(toks []token) (g group, from, to int, ok bool) {
	for i := 0; i < len(toks); i++ {
		g, j, found := groupAt(toks, i)
		if !found || j >= len(toks) {
			continue
		}
		closing := ""
		switch toks[j].text {
		case "(":
			closing = ")"
		case "–", "—", "-":
			closing = toks[j].text
		default:
			continue
		}
		for k := j + 1; k < len(toks); k++ {
			if toks[k].text == closing {
				return g, j + 1, k, true
			}
		}
		// A dash or bracket left open runs to the end of the sentence.
		return g, j + 1, len(toks), true
	}
	return group{}, 0, 0, false
}

// ruleGatheringList marks the candidate of a gathering's list.
const ruleGatheringList = "gathering-list"

// actorsListed: the list's words name people who act for states: an
// office or delegation in the plural ("the leaders of", "ministers from",
// "heads of state") or a named official.
func actorsListed(toks []token, refs []ref, from, to int) bool {
	if slices.ContainsFunc(refs, func(r ref) bool { return r.tok >= from && r.end <= to }) {
		return true
	}
	return slices.ContainsFunc(toks, func(t token) bool { return delegationNouns[t.lower] || pluralOffices[t.lower] })
}

// gatheringListSpan returns the tokens of the list a gathering sentence
// names: after "brought/brings/bring/bringing together" whose subject
// refers back ("It", "This", "The gathering": a short subject naming no
// one), or before "were/was among those" (the subject is the list).
func gatheringListSpan(toks []token, refs []ref) (from, to int, ok bool) {
	for k := 0; k+1 < len(toks); k++ {
		w, next := toks[k].lower, toks[k+1].lower
		switch {
		case bringVerbs[w] && next == "together":
			if k == 0 || k > maxBackSubject || slices.ContainsFunc(refs, func(r ref) bool { return r.tok < k }) {
				return 0, 0, false
			}
			return k + 2, len(toks), true
		case (w == "were" || w == "was") && next == "among" && k+2 < len(toks) && toks[k+2].lower == "those":
			return 0, k, true
		}
	}
	return 0, 0, false
}

// bringVerbs are the forms of "bring" in "brought together the leaders
// of A and B".
var bringVerbs = map[string]bool{"bring": true, "brings": true, "brought": true, "bringing": true}

// maxBackSubject is the longest subject that refers back to the gathering
// just told ("It", "This", "The gathering", "The evening session").
const maxBackSubject = 3

// listedParticipants: "talks held in Beijing among A, B, C and D", "the
// first round, involving A, B, C and D, ended": a gathering noun whose
// own clause lists the states it brought together after a word of
// participation has those states as its parties. They are named, so the
// gathering takes no parties from the sentences before it. Three states
// at least: a pair "between A and B" is read with the engagement's
// people.
func (f *frame) listedParticipants(cms []countryMention) {
	for k, t := range f.toks {
		if !participationWords[t.lower] {
			continue
		}
		ti, ok := f.gatheringNounBefore(k)
		if !ok {
			continue
		}
		states := listedStatesAfter(f.toks, cms, k+1)
		if len(states) < minListedParticipants {
			continue
		}
		c := &f.cs[ti]
		for _, cc := range states {
			c.countries = appendUniqueStr(c.countries, cc)
		}
		c.inherit = false
		c.rules = appendUniqueStr(c.rules, ruleListedParticipants)
	}
}

// participationWords introduce the states a gathering brought together.
// "including" is left out: "talks on issues including A and B" lists
// topics as often as parties.
// "between" is left out too: it sets two sides apart ("between A and the
// union of B, C and D"), each of which may be a group.
var participationWords = map[string]bool{"among": true, "involving": true}

// minListedParticipants: a gathering of three states or more.
const minListedParticipants = 3

// ruleListedParticipants marks a gathering whose states its clause lists.
const ruleListedParticipants = "listed-participants"

// maxParticipationGap bounds the words from the gathering noun to the
// word of participation (", which were held in Beijing from 25 February
// among").
const maxParticipationGap = 12

// gatheringNounBefore returns the engagement noun nearest before token k in
// its clause (no other trigger, no semicolon, no full stop between).
func (f *frame) gatheringNounBefore(k int) (int, bool) {
	for ti := len(f.trigs) - 1; ti >= 0; ti-- {
		t := f.trigs[ti]
		if t.end > k {
			continue
		}
		if k-t.end > maxParticipationGap || !nounTriggers[t.entry.Surface] || f.cs[ti].gone {
			return 0, false
		}
		for j := t.end; j < k; j++ {
			// "talks on relations among A, B and C", "talks that
			// covered ties among ...": the states are the topic.
			if w := f.toks[j].lower; w == ";" || w == "." || topicVerbs[w] || topicWords[w] {
				return 0, false
			}
		}
		return ti, true
	}
	return 0, false
}

// topicWords open what an engagement is about.
var topicWords = map[string]bool{"on": true, "about": true, "over": true, "regarding": true, "concerning": true, "relations": true, "ties": true}

// listedStatesAfter returns the states of the list that begins at token
// from: its first member at once ("among A, B and C", "involving the two
// Koreas, A and B" after a few words), the next ones joined by commas or
// "and". States named as places ("in Beijing") end it, and so does any
// other word ("A and the union of B and C" lists two sides, not four
// states).
func listedStatesAfter(toks []token, cms []countryMention, from int) []string {
	var out []string
	prev := from
	for _, cm := range cms {
		if cm.tok < from {
			continue
		}
		if cm.location || cm.code == "" {
			break
		}
		if len(out) == 0 && !listLead(toks[from:cm.tok]) {
			break
		}
		// "the two Koreas" names two states in one span.
		if len(out) > 0 && cm.tok >= prev && !plainListGap(toks[prev:cm.tok]) {
			break
		}
		out = appendUniqueStr(out, cm.code)
		prev = cm.end
	}
	return out
}

// listLead: the words before a list's first state say whom the list
// names ("the two Koreas,", "the foreign ministers of", "delegations
// from"); other words ("officials on trade with A, B and C") make the
// states something else than the gathering's parties.
func listLead(toks []token) bool {
	if len(toks) > maxListLead {
		return false
	}
	for _, t := range toks {
		w := t.lower
		if !plainJoiners[w] && !delegationNouns[w] && !pluralOffices[w] && !groupWords[w] && !leadWords[w] && cardinalWords[w] == 0 {
			return false
		}
	}
	return true
}

// maxListLead bounds the words before a list's first state.
const maxListLead = 5

// leadWords may stand before a list's first state beside offices and
// delegations: "the heads of state and government of", "the two Koreas".
var leadWords = map[string]bool{"of": true, "from": true, "heads": true, "defence": true, "defense": true, "trade": true, "finance": true}

// plainListGap: the words between two states of a plain list: a comma,
// "and", "the", "as well as".
func plainListGap(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if !plainJoiners[t.lower] {
			return false
		}
	}
	return true
}

// plainJoiners join the states of a plain list.
var plainJoiners = map[string]bool{",": true, "and": true, "the": true, "as": true, "well": true}

// genericPlural: a plural office inside a body sentence's clause with no
// determiner ("a working dinner with foreign ministers of the
// Nordic-Baltic Eight", "the meeting of NATO Foreign Ministers", "the
// Seventh Foreign Ministers' Meeting") names the kind of a gathering, not
// the officials told before: it refers back to none of them. "The
// foreign ministers", "their foreign ministers", "the two Presidents" do,
// and so does a bare plural opening its sentence as its subject
// ("Ministers discussed ...", as EU releases write) or standing in a
// headline, which tells in short whom the body names ("X hosts Balkan
// foreign ministers") (people.go's titleAnaphora asks).
func genericPlural(tm titleMatch, s sentence) bool {
	if !tm.entry.Plural || tm.country != "" || tm.determiner != "" || tm.tok == 0 || s.headline {
		return false
	}
	k := tm.tok - 1
	for k > 0 && portfolioWords[s.toks[k].lower] {
		k-- // "the defence ministers": the office's portfolio before it
	}
	w := s.toks[k].lower
	return !countingWords[w] && cardinalWords[w] == 0 && !possessiveOfficeAt(s.toks, tm.end)
}

// possessiveOfficeAt: the token at k marks a possessive ("Foreign Ministers'
// Meeting": the office names a gathering as its host, and its holders
// named in the article are read as those who met there).
func possessiveOfficeAt(toks []token, k int) bool {
	return k < len(toks) && (toks[k].kind == tokPoss || toks[k].kind == tokPunct && !toks[k].space && isApos(firstRune(toks[k].text)))
}

// portfolioWords qualify a plural office before it ("defence ministers",
// "foreign and trade ministers").
var portfolioWords = map[string]bool{
	"foreign": true, "defence": true, "defense": true, "trade": true, "finance": true, "economy": true,
	"energy": true, "health": true, "agriculture": true, "interior": true, "justice": true, "environment": true,
	"development": true, "deputy": true, "vice": true, "senior": true, "and": true,
}

// countingWords count or determine the officials a plural office refers
// back to (the office's own determiner is not always read: "the defence
// ministers of the 10 ASEAN countries").
var countingWords = map[string]bool{"both": true, "all": true, "the": true, "their": true, "these": true, "those": true}

// audienceCandidate: "The UN envoy, N, told the ministers that ...", "N
// addressed the delegates": whoever speaks to a gathering, or to those it
// brought together, takes part in it, as GUIDELINES.md counts the envoy
// who briefs a ministers' call or the chair who opens a summit. The
// sentence has no engagement of its own; its speaker joins the latest
// one, as an attendance list does.
func audienceCandidate(s sentence, si int, refs []ref) (candidate, bool) {
	for k := range s.toks {
		if _, ok := audienceObject(s.toks, k); !ok {
			continue
		}
		r, ok := speakerBefore(s.toks, refs, k)
		if !ok {
			return candidate{}, false
		}
		return candidate{kind: "meeting", status: "held", attach: true, para: s.para, sents: []int{si}, people: []int{r.person}, rules: []string{ruleAudience}}, true
	}
	return candidate{}, false
}

// ruleAudience marks the candidate of a speaker who addressed a gathering.
const ruleAudience = "audience"

// addressesAudience: the trigger t is the object of a verb of speech
// ("N told the opening session"): the session is the one just told, and
// the speaker joins it; it is no gathering of its own.
func addressesAudience(toks []token, t trig) bool {
	for k := t.tok - 1; k >= 0 && k >= t.tok-1-maxAudienceWords; k-- {
		if end, ok := audienceObject(toks, k); ok {
			return end == t.end
		}
	}
	return false
}

// audienceObject reads a verb of speech at k and the gathering or body of
// participants it takes as object: "told the ministers", "addressed the
// closing session", "told his fellow leaders". It returns the token after
// the object. "told reporters", "told a news conference" and "told
// parliament" name no gathering of states.
func audienceObject(toks []token, k int) (int, bool) {
	if !speechToVerbs[toks[k].lower] {
		return 0, false
	}
	j := k + 1
	if j >= len(toks) || !audienceDeterminers[toks[j].lower] {
		return 0, false
	}
	for j++; j < len(toks) && j <= k+1+maxAudienceWords; j++ {
		w := toks[j]
		if audienceHeads[w.lower] || pluralOffices[w.lower] {
			return j + 1, true
		}
		if w.kind != tokWord || w.upper || w.lower == "news" || w.lower == "press" {
			return 0, false
		}
	}
	return 0, false
}

// maxAudienceWords bounds the words of an audience before its head noun
// ("the opening plenary session", "his fellow foreign ministers").
const maxAudienceWords = 3

// speakerBefore returns the person who is the subject of the verb at k:
// the nearest name before it, set off at most by commas ("The envoy, N,
// told").
func speakerBefore(toks []token, refs []ref, k int) (ref, bool) {
	for i := len(refs) - 1; i >= 0; i-- {
		r := refs[i]
		if r.end > k {
			continue
		}
		for j := r.end; j < k; j++ {
			if toks[j].text != "," && toks[j].lower != "also" {
				return ref{}, false
			}
		}
		return r, true
	}
	return ref{}, false
}

// speechToVerbs take as object whom the speaker spoke to.
var speechToVerbs = map[string]bool{"told": true, "tells": true, "addressed": true, "addresses": true, "briefed": true, "briefs": true}

// audienceDeterminers open an audience that refers back to a gathering.
var audienceDeterminers = map[string]bool{"the": true, "his": true, "her": true, "their": true, "fellow": true}

// audienceHeads name a gathering or those it brought together.
var audienceHeads = map[string]bool{
	"session": true, "meeting": true, "summit": true, "conference": true, "forum": true, "gathering": true,
	"leaders": true, "delegates": true, "participants": true, "delegations": true, "counterparts": true,
}

// addressedBack: a speaker who addressed "the session" or "the ministers"
// in the paragraph after the gathering's (a quote set apart, then "N told
// the opening session") addresses that gathering.
func addressedBack(m, c *candidate) bool {
	return slices.Contains(c.rules, ruleAudience) && m.para == c.para-1
}

// sideComposition: "The Russian delegation at the expanded session
// included A, B and C", "On the Chinese side, A and B took part in the
// expanded session", "Canada's delegation at the Ottawa meeting was led
// by A": a clause that says who made up one side of an engagement already
// told. Its event noun, if any, refers back; the sentence tells no
// engagement of its own, so its candidates attach their people to the one
// just told rather than stand apart as a second, one-sided engagement.
func (f *frame) sideComposition() {
	if !compositionClause(f.toks) {
		return
	}
	for ti := range f.cs {
		c := &f.cs[ti]
		// "Canada's delegation at the Ottawa meeting": a noun with a
		// name of its own tells which engagement; merging finds it.
		if _, name := referenceBefore(f.toks, f.trigs[ti]); nounTriggers[f.trigs[ti].entry.Surface] && len(name) > 0 {
			continue
		}
		if c.definite || f.trigs[ti].entry.Weak || f.trigs[ti].entry.Attach {
			c.attach = true
			c.rules = appendUniqueStr(c.rules, ruleSideComposition)
		}
	}
}

// ruleSideComposition marks the candidates of a side's composition.
const ruleSideComposition = "side-composition"

// compositionClause: the sentence opens with one side ("On the Chinese
// side,") or its subject is a side's delegation whose verb lists its
// members ("delegation ... included", "delegation is led by").
func compositionClause(toks []token) bool {
	if len(toks) > 3 && toks[0].lower == "on" && toks[1].lower == "the" {
		return opensWithSide(toks)
	}
	for k := 0; k < len(toks) && k <= maxSideWords; k++ {
		// "South Korea is represented by N, Japan by M": the subject is
		// the side.
		if toks[k].lower == "represented" && k > 1 && copulas[toks[k-1].lower] && agentFollows(toks, k+1) {
			return true
		}
		if toks[k].lower == "delegation" {
			return delegationListed(toks, k)
		}
	}
	return false
}

// composedSide: a sentence with no trigger of its own that tells who led
// or made up one side ("The Dutch delegation was led by N", "Chile's
// delegation, led by N, pressed for ...") tells the side of the engagement
// just told, also across a paragraph break, as a side's composition told
// beside a trigger does (composesSide).
func composedSide(toks []token, c candidate) candidate {
	if compositionClause(toks) {
		c.rules = appendUniqueStr(c.rules, ruleSideComposition)
	}
	return c
}

// sideOfGathering: the engagement whose side a delegation's composition
// tells when the delegation's state is none of its parties yet ("Chile's
// delegation, led by N, pressed for ..." after a summit's report): the
// latest gathering of three states or more within a summit's report, else
// the latest event of the paragraph before. A delegation comes to a
// gathering; a bilateral aside told since (two leaders who met on its
// margins) is not what it refers back to. -1 if none.
func (st *settler) sideOfGathering(merged []candidate, para int) int {
	latest := -1
	for k := len(merged) - 1; k >= 0 && k >= len(merged)-maxMergeLookBack; k-- {
		m := &merged[k]
		if m.weak || m.status != "held" && m.status != "scheduled" {
			continue
		}
		last := -1
		for _, si := range m.sents {
			last = max(last, st.sents[si].para)
		}
		if latest < 0 && last >= para-1 {
			latest = k
		}
		// Engagements are kept in the order first told, so an older
		// paragraph's may sit after the gathering's.
		if last < para-maxGatheringParaGap {
			continue
		}
		if len(st.countryOf(m)) >= 3 || m.kind == "summit" && m.group {
			return k
		}
	}
	return latest
}

// agentFollows: the passive's agent "by" comes at from or after a short
// place phrase set in ("represented at the ministerial council by N"),
// with no punctuation between.
func agentFollows(toks []token, from int) bool {
	for j := from; j < len(toks) && j <= from+maxSideWords; j++ {
		switch {
		case toks[j].lower == "by":
			return true
		case toks[j].kind != tokWord:
			return false
		}
	}
	return false
}

// opensWithSide: "On the Russian Federation's side," before the clause.
func opensWithSide(toks []token) bool {
	for k := 2; k < len(toks)-1 && k <= maxSideWords; k++ {
		if toks[k].lower == "side" {
			return toks[k+1].text == ","
		}
	}
	return false
}

// delegationListed: the delegation named at k is the subject of a verb
// that lists its members ("included", "is led by"), with no punctuation
// between them.
func delegationListed(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+maxSideWords; j++ {
		w := toks[j].lower
		switch {
		// "Chile's delegation, led by N,": a participle set off after
		// the delegation names who led it.
		case w == "," && j == k+1 && j+2 < len(toks) && (toks[j+1].lower == "led" || toks[j+1].lower == "headed") && toks[j+2].lower == "by":
			return true
		case w == "," || w == ";" || w == ":":
			return false
		case compositionVerbs[w]:
			return true
		case (w == "led" || w == "headed") && j+1 < len(toks) && toks[j+1].lower == "by" && toks[j-1].lower != "delegation":
			return true
		}
	}
	return false
}

// maxSideWords bounds the words that name a side ("On the Russian
// Federation's side", "The Chinese delegation at the expanded session").
const maxSideWords = 6

// compositionVerbs list the members of a delegation.
var compositionVerbs = map[string]bool{
	"included": true, "includes": true, "include": true, "comprised": true, "comprises": true,
	"consisted": true, "consists": true,
}

// composesSide: a side's composition ("The Russian delegation included
// ...") told in the paragraph after the engagement it makes up, the
// engagement's own paragraph having told who led it.
func composesSide(m, c *candidate) bool {
	return slices.Contains(c.rules, ruleSideComposition) && c.para-m.para <= 1
}

// copulas are the forms of "be" of a passive ("is represented by").
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true}
