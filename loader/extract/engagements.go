package extract

import (
	"sort"
	"strings"

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

func (ti *triggerIndex) match(toks []token, i int) (triggerEntry, int, bool) {
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
	inherit   bool // "they", "we", "the two sides": the parties of the last engagement
	para      int
	attach    bool
	after     bool // "after visiting": the date is a bound, not the day
	hasDate   bool
	negated   bool   // "had not participated"
	name      string // the engagement's proper name, if it has one
	gone      bool   // folded into another candidate of its sentence
	govAttach bool   // officials of a readout attached to its engagement
	// stateMentions are states the trigger's words name; they are parties
	// only when no person or office is.
	stateMentions []string
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

// vagueCues make a trigger a wish, not an engagement.
var vagueCues = []string{
	"look forward", "looked forward", "looks forward", "regularly", "at least once", "as soon as", "future sessions",
	"interest in", "hope to", "hopes to", "would like to", "often", "continue to meet", "support for",
	"called for", "calls for", "whenever", "from time to time", "each year", "every year",
	"once a year", "in the future", "future meetings", "further exchanges", "coming weeks", "coming months",
	"pursue the", "would like", "hopes for", "hoped for", "wishes to", "wish to", "wants to", "want to", "wished to", "wanted to", "when to", "whether to",
	"circumstances permit", "at an appropriate time",
}

// nounTriggers name an engagement; with "the" they refer to one named before.
var nounTriggers = map[string]bool{
	"meeting": true, "meetings": true, "talks": true, "summit": true, "summits": true, "visit": true, "visits": true,
	"trip": true, "call": true, "calls": true, "phone call": true, "dialogue": true, "working group": true,
	"negotiations": true, "consultations": true, "discussions": true, "round": true, "session": true, "ministerial": true, "lunch": true, "dinner": true, "joint statement": true,
}

// delegationCues say in any article that a person took part for a state.
var delegationCues = []string{"delegation", "negotiator", "counterpart", "co-chaired", "chaired the", "headed the"}

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

// findEngagements finds the engagements of the article.
func (x *Extractor) findEngagements(d *document, sents []sentence, people []person, parties []unnamedParty, cms []countryMention, refDate date) []candidate {
	// Index the article's facts by sentence.
	refsBySent := map[int][]ref{}
	for pi := range people {
		if people[pi].former {
			continue
		}
		for _, r := range people[pi].refs {
			refsBySent[r.sent] = append(refsBySent[r.sent], r)
		}
	}
	partiesBySent := map[int][]unnamedParty{}
	for _, p := range parties {
		partiesBySent[p.sent] = append(partiesBySent[p.sent], p)
	}
	cmsBySent := map[int][]countryMention{}
	for _, cm := range cms {
		cmsBySent[cm.sent] = append(cmsBySent[cm.sent], cm)
	}
	var cands []candidate
	for si, s := range sents {
		toks := s.toks
		var trigs []trig
		// The sentence's wording and dates are read only when it has a
		// trigger (most sentences have none).
		low := ""
		var dms []dateMention
		vague, read := false, false
		for i := 0; i < len(toks); i++ {
			e, j, ok := x.triggers.match(toks, i)
			if !ok {
				continue
			}
			if !read {
				read = true
				low = strings.ToLower(s.text(d.text))
				dms = x.dates.findDates(toks, refDate)
				// "look forward to welcoming the King on July 19": a day
				// makes a wish an appointment.
				vague = containsAny(low, vagueCues) && !hasDay(dms)
			}
			if !x.triggerFits(e, toks, i, j) {
				continue
			}
			if vague && (!e.Past || containsAny(strings.ToLower(joinTokens(toks[max(0, i-6):i])), vagueCues)) {
				i = j - 1
				continue
			}
			// "the two could meet": a possibility, not an appointment.
			if i > 0 && (toks[i-1].lower == "could" || toks[i-1].lower == "might" || toks[i-1].lower == "may") && !e.Past {
				i = j - 1
				continue
			}
			trigs = append(trigs, trig{e, i, j})
			i = j - 1
		}
		if len(trigs) == 0 {
			// In a government readout, officials who "led the delegation" or
			// "reiterated" something took part in the engagement just told.
			if len(refsBySent[si]) > 0 {
				low = strings.ToLower(s.text(d.text))
			}
			if len(refsBySent[si]) > 0 && ((d.usOutlet || d.statement) && containsAny(low, readoutCues) || containsAny(low, delegationCues)) {
				c := candidate{kind: "meeting", status: "held", attach: true, govAttach: true, para: s.para, sents: []int{si}, rules: []string{"readout-participant"}}
				for _, r := range refsBySent[si] {
					c.people = appendUnique(c.people, r.person)
				}
				cands = append(cands, c)
			}
			continue
		}
		// Each fact goes to the nearest trigger; a comma between them
		// counts as a long way ("the June 29 meeting with A and B, Venn
		// and the ministers discussed").
		commas := make([]int, len(toks)+1)
		for k, t := range toks {
			commas[k+1] = commas[k]
			if t.text == "," || t.text == ";" || t.text == ":" {
				commas[k+1]++
			}
		}
		distance := func(pos int, t trig) int {
			dd := 0
			switch {
			case pos >= t.end:
				dd = pos - t.end + 1 + 8*(commas[pos]-commas[t.end])
			case pos < t.tok:
				dd = t.tok - pos + 8*(commas[t.tok]-commas[pos+1])
			}
			return dd
		}
		// The triggers are in text order, and distance grows with every
		// trigger further away, so the nearest one is the last trigger
		// before pos or the first after it: a binary search.
		nearestIn := func(pos int, idx []int) int {
			k := sort.Search(len(idx), func(i int) bool { return trigs[idx[i]].tok > pos })
			best, bd := -1, 1<<30
			for _, c := range []int{k - 1, k} {
				if c >= 0 && c < len(idx) {
					if dd := distance(pos, trigs[idx[c]]); dd < bd || dd == bd && idx[c] < best {
						best, bd = idx[c], dd
					}
				}
			}
			return best
		}
		allIdx := make([]int, len(trigs))
		var eventIdx []int
		for ti := range trigs {
			allIdx[ti] = ti
			if !trigs[ti].entry.Weak && !trigs[ti].entry.Attach {
				eventIdx = append(eventIdx, ti)
			}
		}
		nearest := func(pos int) int { return nearestIn(pos, allIdx) }
		// "they", "we", "the two sides", "again", "next": the parties of an
		// engagement told before.
		inherits := false
		for k := 0; k < len(toks); k++ {
			w := toks[k].lower
			if inheritCues[w] && (w != "two" || k+1 < len(toks) && (toks[k+1].lower == "sides" || toks[k+1].lower == "countries" || toks[k+1].lower == "nations" || toks[k+1].lower == "governments")) || w == "again" || w == "next" {
				inherits = true
				break
			}
		}
		cs := make([]candidate, len(trigs))
		for ti, t := range trigs {
			c := candidate{kind: t.entry.Kind, weak: t.entry.Weak, attach: t.entry.Attach, headline: s.headline, para: s.para, sents: []int{si}, rules: []string{"trigger:" + t.entry.Surface}}
			c.status = statusOf(toks, t)
			// "the summit", "the AU summit", "this meeting", "their dialogue":
			// a reference to an engagement already named.
			k := t.tok - 1
			var name []string
			for k >= 0 && t.tok-k <= 5 {
				w := toks[k].lower
				if w == "the" || w == "this" || w == "that" || w == "these" || w == "its" || w == "their" || w == "his" || w == "her" || w == "current" {
					c.definite = nounTriggers[t.entry.Surface]
					break
				}
				if toks[k].kind == tokWord && toks[k].upper || toks[k].text == "-" || toks[k].kind == tokNumber {
					name = append([]string{w}, name...)
					k--
					continue
				}
				break
			}
			// "the Third South American Summit": a proper name tells one
			// summit from another.
			if nounTriggers[t.entry.Surface] && toks[t.tok].upper {
				c.name = strings.Join(name, " ")
			}
			for k := t.tok - 1; k >= 0 && k >= t.tok-3; k-- {
				if toks[k].lower == "after" {
					c.after = true
				}
				if toks[k].lower == "not" || toks[k].lower == "never" || toks[k].lower == "n't" {
					c.negated = true
				}
			}
			c.inherit = !c.definite && inherits
			cs[ti] = c
		}
		// "welcomed the meeting ... between Kerry and Zarif": a noun
		// trigger that names its parties with "between" has no others.
		between := make([]int, len(trigs))
		for ti, t := range trigs {
			between[ti] = -1
			if nounTriggers[t.entry.Surface] {
				for k := t.end; k < len(toks) && k < t.end+10; k++ {
					if toks[k].lower == "between" {
						between[ti] = k
						break
					}
					if toks[k].text == "," || toks[k].text == ";" {
						break
					}
				}
			}
		}
		for _, r := range refsBySent[si] {
			ti := nearest(r.tok)
			if between[ti] >= 0 && r.tok < between[ti] {
				continue
			}
			// After "visit", a person takes part only as a host ("a visit
			// to Ireland with Taoiseach X"), not as a topic.
			if trigs[ti].entry.Kind == "visit" && r.tok >= trigs[ti].end && !hostWordBetween(toks, trigs[ti].end, r.tok) {
				continue
			}
			c := &cs[ti]
			c.people = appendUnique(c.people, r.person)
		}
		for _, p := range partiesBySent[si] {
			c := &cs[nearest(p.tok)]
			c.countries = appendUniqueStr(c.countries, p.country)
		}
		for _, cm := range cmsBySent[si] {
			ti := nearest(cm.tok)
			c := &cs[ti]
			if cm.location {
				// A visit goes where its words send it ("visit to X"), not to
				// a place named elsewhere in the sentence.
				if c.kind == "visit" && (cm.tok < trigs[ti].end || cm.tok > trigs[ti].end+8) {
					continue
				}
				if c.locCode == "" {
					c.locCode = cm.code
					c.city = locationCity(d, toks, cm)
				}
				continue
			}
			if insideOfficial(refsBySent[si], cm) {
				continue
			}
			// "representatives from Mexico and Canada": delegations are
			// parties even beside named people.
			if cm.party {
				c.countries = appendUniqueStr(c.countries, cm.code)
				continue
			}
			// After a weak trigger a state is a topic ("discussed Russia's
			// war"), and a possessive is rarely a party; an event trigger
			// of the sentence may still take it.
			if c.weak && (cm.tok > trigs[ti].tok || cm.possessive) {
				alt := nearestIn(cm.tok, eventIdx)
				if alt < 0 || cm.possessive {
					continue
				}
				c = &cs[alt]
			}
			c.stateMentions = appendUniqueStr(c.stateMentions, cm.code)
		}
		quoted := quotedTokens(toks)
		for _, dm := range dms {
			if !dm.value.known() || quoted[dm.tok] || toks[dm.tok].start < d.datelineEnd {
				continue // a date in a quotation is the speaker's; the dateline's is the article's
			}
			ti := nearest(dm.tok)
			if len(trigs) > 1 && distance(dm.tok, trigs[ti]) > maxDateDistance || cs[ti].weak && (dm.tok >= trigs[ti].end && topicTrigger(trigs[ti].entry.Surface) || dm.value.d == 0 && !nounTriggers[trigs[ti].entry.Surface]) {
				continue
			}
			c := &cs[ti]
			if !c.hasDate {
				c.hasDate = true
				c.date = dm.value
				// "leaves on Thursday to meet": a weekday ahead for what is to come.
				if c.status == "scheduled" && dm.relative && dm.end == dm.tok+1 && x.dates.isWeekday(toks[dm.tok]) && refDate.d > 0 && refDate.after(dm.value) {
					c.date = weekdayNear(refDate, x.dates.weekdays[toks[dm.tok].lower], true)
				}
			}
		}
		// "Arriving here Aug. 17 after visiting Paraguay": a visit without
		// a date of its own takes the sentence's.
		for ti := range cs {
			if cs[ti].kind == "visit" && !cs[ti].hasDate && !cs[ti].definite {
				for _, dm := range dms {
					if dm.value.known() && distance(dm.tok, trigs[ti]) <= maxDateDistance {
						cs[ti].hasDate, cs[ti].date = true, dm.value
						break
					}
				}
			}
		}
		// A weak trigger joined to an event without a comma between states
		// that event ("an AU summit where on Sunday A and B signed").
		for ti := range cs {
			if !cs[ti].weak && !cs[ti].attach {
				continue
			}
			best, bestGap := -1, 1<<30
			for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
				if tj == ti || cs[tj].weak || cs[tj].attach || kindFamily(cs[tj].kind) != kindFamily(cs[ti].kind) && !cs[ti].attach || cs[tj].definite && len(cs[ti].people) > 0 && !cs[ti].attach {
					continue
				}
				a, b := trigs[tj].end, trigs[ti].tok
				if b < a {
					a, b = trigs[ti].end, trigs[tj].tok
				}
				// "participated ... in the fifth NADD meeting": attendance of
				// an engagement the sentence names.
				if b >= a && (commas[b]-commas[a] == 0 || cs[ti].attach) && b-a < bestGap {
					best, bestGap = tj, b-a
				}
			}
			if best >= 0 {
				moveInto(&cs[best], &cs[ti])
			}
		}
		// A trigger left with nothing ("met in Niamey ... for a summit")
		// lends its place and date to the sentence's other one.
		for ti := range cs {
			if len(cs[ti].people)+len(cs[ti].countries)+len(cs[ti].stateMentions) > 0 || cs[ti].attach {
				continue
			}
			for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
				if tj == ti || cs[tj].attach || cs[tj].weak && len(cs[tj].people)+len(cs[tj].countries)+len(cs[tj].stateMentions) == 0 {
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
		// "traveled to China for meetings with Foreign Minister Wang": the
		// visitor takes part in the meetings the visit is for.
		for ti := range cs {
			if cs[ti].kind != "visit" || len(cs[ti].people) == 0 {
				continue
			}
			for tj := max(0, ti-neighbours); tj < len(cs) && tj <= ti+neighbours; tj++ {
				if tj == ti || kindFamily(cs[tj].kind) != "meet" || len(cs[tj].people) == 0 || shareAny(cs[tj].people, cs[ti].people) {
					continue
				}
				for _, p := range cs[ti].people {
					cs[tj].people = appendUnique(cs[tj].people, p)
				}
				if cs[tj].locCode == "" {
					cs[tj].locCode, cs[tj].city = cs[ti].locCode, cs[ti].city
				}
				if !cs[tj].hasDate && cs[ti].hasDate {
					cs[tj].hasDate, cs[tj].date = true, cs[ti].date
				}
			}
		}
		// A visit's visitor is the sentence's subject, wherever the
		// nearest-trigger rule put them.
		for ti := range cs {
			if cs[ti].kind != "visit" || len(cs[ti].people) > 0 || cs[ti].definite {
				continue // "to save the visit" refers back; it has no subject here
			}
			for _, r := range refsBySent[si] {
				if r.tok < trigs[ti].tok {
					cs[ti].people = appendUnique(cs[ti].people, r.person)
				}
			}
			// "From Goma, she flies to Nigeria": the person last named.
			if len(cs[ti].people) == 0 {
				for k := 0; k < trigs[ti].tok; k++ {
					if w := toks[k].lower; w == "she" || w == "he" {
						if p, ok := lastNamed(refsBySent, si, sents); ok {
							cs[ti].people = append(cs[ti].people, p)
						}
						break
					}
				}
			}
		}
		// "here" is the dateline's city.
		for k, t := range toks {
			if t.lower == "here" && d.dateline.city != "" {
				c := &cs[nearest(k)]
				if c.locCode == "" || c.city == "" && c.locCode == d.datelineCountry {
					c.city = d.dateline.city
					c.locCode = d.datelineCountry
				}
			}
		}
		for _, c := range cs {
			if !c.gone {
				cands = append(cands, c)
			}
		}
	}
	return x.settle(d, sents, people, cands)
}

func (s sentence) text(doc string) string { return doc[s.start:s.end] }

// hostWordBetween: "with", "meet", "host" between a visit and a person, or
// "of" before its visitor ("the June visit of Vice President X").
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
// reporters", "travel restrictions".
func (x *Extractor) triggerFits(e triggerEntry, toks []token, i, j int) bool {
	next := ""
	if j < len(toks) {
		next = toks[j].lower
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].lower
	}
	switch e.Surface {
	case "call", "calls":
		return next != "for" && next != "on" && next != "upon" && next != "by" && next != "to" && prev != "wake-up"
	case "spoke", "speaks":
		for k := j; k < len(toks) && k < j+3; k++ {
			if toks[k].lower == "with" || toks[k].lower == "by" {
				return true
			}
		}
		return false
	case "travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip", "flies", "fly", "flew", "flying", "heads", "headed", "leaves", "left":
		for k := j; k < len(toks) && k < j+3; k++ {
			if toks[k].lower == "to" {
				return true
			}
		}
		return false
	case "host", "hosts", "hosted":
		return prev != "a" && prev != "the" && prev != "as" && next != "country" && next != "nation"
	case "meeting", "meetings":
		return prev != "press" && next != "room"
	case "meet", "meets", "met":
		// "meet the challenges", "met the requirements": not a meeting.
		for k := j; k < len(toks) && k < j+3; k++ {
			switch toks[k].lower {
			case "challenges", "challenge", "needs", "requirements", "demands", "goals", "targets", "obligations", "expectations", "standards", "criteria", "deadline", "commitments":
				return false
			}
		}
		return true
	case "working group", "dialogue", "consultations":
		// "establish a climate working group": a body to be, no meeting.
		for k := i - 1; k >= 0 && k >= i-10; k-- {
			switch toks[k].lower {
			case "establish", "launch", "create", "form", "set", "pursue", "establishing", "creating", "launching", "forming":
				return false
			}
		}
		return true
	case "received":
		return next != "the" && next != "a"
	case "welcomed", "welcome", "welcomes", "welcoming":
		// "welcomed the meeting": approval of an engagement, not a host's.
		for k := j; k < len(toks) && k < j+4; k++ {
			switch toks[k].lower {
			case "agreement", "progress", "anniversary", "decision", "statement", "document", "plan", "deal", "accord", "text", "proposal", "move", "news", "report", "announcement", "opportunity", "steps", "efforts":
				return false
			}
			if nounTriggers[toks[k].lower] {
				return false
			}
		}
		return true
	case "summit":
		return true
	}
	return true
}

// statusOf reads tense and modality around a trigger.
func statusOf(toks []token, t trig) string {
	from := t.tok - 8
	if from < 0 {
		from = 0
	}
	for k := from; k < t.end+7 && k < len(toks); k++ {
		if cancelCues[toks[k].lower] || (toks[k].lower == "put" || toks[k].lower == "puts" || toks[k].lower == "called" || toks[k].lower == "calls") && k+1 < len(toks) && toks[k+1].lower == "off" {
			return "cancelled"
		}
		if toks[k].text == ";" || toks[k].text == "." && k >= t.end {
			break
		}
	}
	if t.entry.Past {
		return "held"
	}
	// "From Goma, she flies to Nigeria": news tells plans in the present.
	switch t.entry.Surface {
	case "flies", "travels", "heads", "leaves":
		return "scheduled"
	}
	for k := from; k < t.end+2 && k < len(toks); k++ {
		w := toks[k].lower
		if futureCues[w] {
			return "scheduled"
		}
		if (w == "is" || w == "are") && k+1 < len(toks) && (toks[k+1].lower == "to" || toks[k+1].lower == "set") {
			return "scheduled"
		}
		if w == "to" && k+1 < len(toks) && toks[k+1].lower == "be" {
			return "scheduled"
		}
	}
	return "held"
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

// settle turns candidates into engagements: attaches, inherits parties,
// merges mentions of one engagement, dates readouts and drops what is no
// engagement between states.
func (x *Extractor) settle(d *document, sents []sentence, people []person, cands []candidate) []candidate {
	countryOf := func(c *candidate) []string {
		var out []string
		for _, pi := range c.people {
			if cc := people[pi].country; cc != "" {
				out = appendUniqueStr(out, cc)
			}
		}
		for _, cc := range c.countries {
			out = appendUniqueStr(out, cc)
		}
		// A summit's states are named in lists beside its leaders.
		if len(c.people) == 0 && len(c.countries) == 0 || c.kind == "summit" {
			for _, cc := range c.stateMentions {
				out = appendUniqueStr(out, cc)
			}
		}
		return out
	}
	var out []candidate
	var firstParties []string // the states of the first engagement with two
	scanned := 0
	for _, c := range cands {
		// A visit goes to a place: the visited state joins the parties. In a
		// statement between two governments, a visit the text does not place
		// goes to the other party ("following the June visit of X").
		if c.kind == "visit" {
			if c.locCode != "" {
				c.countries = appendUniqueStr(c.countries, c.locCode)
			} else if d.statement && len(c.people) > 0 {
				for ; scanned < len(out) && firstParties == nil; scanned++ {
					if cs := countryOf(&out[scanned]); len(cs) >= 2 {
						firstParties = cs
					}
				}
				if len(firstParties) == 2 {
					for _, cc := range firstParties {
						c.countries = appendUniqueStr(c.countries, cc)
					}
				}
			}
			if c.after && c.date.d > 0 {
				c.date.d = 0 // "after visiting Paraguay" ended by that day: the month is sure
			}
		}
		// "Foreign ministers attended for Argentina": parties of the last one.
		if c.govAttach {
			out = append(out, c) // placed after merging, below
			continue
		}
		if c.attach {
			if c.negated {
				continue
			}
			// "Foreign ministers attended for Argentina": the parties join
			// the latest event of the paragraph.
			n := -1
			for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack; k-- {
				if !out[k].weak && !out[k].govAttach {
					n = k
					break
				}
			}
			if n >= 0 && out[n].para == c.para {
				last := &out[n]
				// The parties named so far stay parties once people join.
				last.countries = countryOf(last)
				for _, pi := range c.people {
					last.people = appendUnique(last.people, pi)
				}
				for _, cc := range countryOf(&c) {
					last.countries = appendUniqueStr(last.countries, cc)
				}
				last.sents = append(last.sents, c.sents...)
				continue
			}
			c.weak = true
		}
		// "They committed to ... the next meeting": the parties of the last one.
		if len(c.people) == 0 && len(c.countries) == 0 && len(c.stateMentions) == 0 && c.inherit {
			// The statement's parties: the first engagement with two states,
			// else the last one with any.
			for ; scanned < len(out) && firstParties == nil; scanned++ {
				if cs := countryOf(&out[scanned]); len(cs) >= 2 {
					firstParties = cs
				}
			}
			from := firstParties
			for k := len(out) - 1; k >= 0 && k >= len(out)-maxMergeLookBack && len(from) == 0; k-- {
				from = countryOf(&out[k])
			}
			if len(from) > 0 {
				c.countries = append([]string(nil), from...)
				c.rules = append(c.rules, "parties-of-previous")
			}
		}
		out = append(out, c)
	}
	// Merge.
	if x.trace != nil {
		for _, c := range out {
			x.trace("cand %s %s %v people=%v c=%v sm=%v loc=%s weak=%v def=%v inh=%v sents=%v", c.kind, c.status, c.date, c.people, c.countries, c.stateMentions, c.locCode, c.weak, c.definite, c.inherit, c.sents)
		}
	}
	var merged []candidate
	for _, c := range out {
		if c.govAttach {
			// Officials who take part in no other engagement join the latest
			// one whose states include theirs, an event before a weak one.
			free := true
			for _, pi := range c.people {
				for k := max(0, len(merged)-maxMergeLookBack); k < len(merged); k++ {
					if containsInt(merged[k].people, pi) {
						free = false
					}
				}
			}
			n := -1
			for pass := 0; pass < 2 && n < 0 && free; pass++ {
				for k := len(merged) - 1; k >= 0 && k >= len(merged)-maxMergeLookBack; k-- {
					if pass == 0 && merged[k].weak {
						continue
					}
					cs := countryOf(&merged[k])
					fits := len(cs) > 0
					for _, pi := range c.people {
						if !containsStr(cs, people[pi].country) {
							fits = false
						}
					}
					if fits {
						n = k
						break
					}
				}
			}
			lastPara := -1
			if n >= 0 {
				for _, si := range merged[n].sents {
					lastPara = max(lastPara, sents[si].para)
				}
			}
			if n >= 0 && lastPara >= c.para-2 {
				last := &merged[n]
				last.countries = countryOf(last)
				for _, pi := range c.people {
					last.people = appendUnique(last.people, pi)
				}
				last.sents = append(last.sents, c.sents...)
			}
			continue
		}
		target := -1
		for mi := len(merged) - 1; mi >= 0 && mi >= len(merged)-maxMergeLookBack; mi-- {
			if x.sameEngagement(&merged[mi], &c, countryOf) {
				target = mi
				break
			}
		}
		if target < 0 {
			merged = append(merged, c)
			continue
		}
		mergeInto(&merged[target], c)
	}
	if x.trace != nil {
		for _, c := range merged {
			x.trace("merged %s %s %v people=%v c=%v sm=%v loc=%s weak=%v def=%v sents=%v", c.kind, c.status, c.date, c.people, c.countries, c.stateMentions, c.locCode, c.weak, c.definite, c.sents)
		}
	}
	// Readouts: a government's statement about an engagement it gives no
	// day for appeared the same day.
	if d.usOutlet || d.statement {
		for i := range merged {
			m := &merged[i]
			if !m.hasDate && m.status == "held" && (m.headline || m.sents[0] <= d.firstBodySent+1) && d.published.known() {
				m.date, m.hasDate = d.published, true
				m.rules = append(m.rules, "readout-date")
			}
		}
	}
	// A visit that a meeting with the hosts carries is no entry of its own.
	var kept []candidate
	for i, m := range merged {
		if m.kind == "visit" {
			carried := false
			for j := max(0, i-maxMergeLookBack); j < len(merged) && j <= i+maxMergeLookBack; j++ {
				o := merged[j]
				if i == j || o.kind == "visit" || o.kind == "call" {
					continue // a call carries no visit
				}
				oc := countryOf(&merged[j])
				if shareAny(m.people, o.people) && containsStr(oc, m.locCode) && datesNear(m.date, o.date) {
					carried = true
				}
			}
			if carried || len(m.people) == 0 {
				continue
			}
		}
		kept = append(kept, m)
	}
	// A summit's host leader takes part in it.
	leaders := map[string][]int{}
	for pi, p := range people {
		if (p.level == "head_of_state" || p.level == "head_of_government") && !p.former && p.country != "" {
			leaders[p.country] = append(leaders[p.country], pi)
		}
	}
	for i := range kept {
		m := &kept[i]
		if m.kind != "summit" || m.locCode == "" || len(m.people) == 0 {
			continue
		}
		for _, pi := range leaders[m.locCode] {
			m.people = appendUnique(m.people, pi)
		}
	}
	// The leaders an article about a summit names around it attend it,
	// unless the article places them at another engagement that day.
	for i := range kept {
		m := &kept[i]
		if m.kind != "summit" || !(m.headline || len(m.sents) > 0 && m.sents[0] <= d.firstBodySent+1) {
			continue
		}
		paras := map[int]bool{}
		for _, si := range m.sents {
			paras[sents[si].para] = true
			paras[sents[si].para+1] = true
		}
		for pi, p := range people {
			if p.former || p.level != "head_of_state" && p.level != "head_of_government" || containsInt(m.people, pi) {
				continue
			}
			near := false
			for _, r := range p.refs {
				if paras[sents[r.sent].para] {
					near = true
					break
				}
			}
			busy := false
			for j := range kept {
				if j != i && containsInt(kept[j].people, pi) && !datesCompatible(kept[j].date, m.date) {
					busy = true
				}
			}
			if near && !busy {
				m.people = append(m.people, pi)
				m.rules = appendUniqueStr(m.rules, "summit-leaders")
			}
		}
	}
	var final []candidate
	for _, m := range kept {
		cs := countryOf(&m)
		if len(m.people) == 0 && len(cs) == 0 {
			continue
		}
		// An international organisation's official meeting a state's is
		// an engagement of two parties.
		orgs := 0
		for _, pi := range m.people {
			if people[pi].country == "" && people[pi].org != "" {
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
	if datesCompatible(a, b) {
		return true
	}
	if a.d > 0 && b.d > 0 {
		diff := a.time().Sub(b.time()).Hours() / 24
		return diff >= -3 && diff <= 3
	}
	return false
}

func datesCompatible(a, b date) bool {
	if !a.known() || !b.known() {
		return true
	}
	if a.y != b.y {
		return false
	}
	if a.m == 0 || b.m == 0 {
		return true
	}
	if a.m != b.m {
		return false
	}
	return a.d == 0 || b.d == 0 || a.d == b.d
}

func kindFamily(k string) string {
	switch k {
	case "call":
		return "call"
	case "visit":
		return "visit"
	}
	return "meet"
}

// sameEngagement decides whether candidate c restates engagement m.
func (x *Extractor) sameEngagement(m, c *candidate, countryOf func(*candidate) []string) bool {
	fm, fc := kindFamily(m.kind), kindFamily(c.kind)
	if (c.weak || m.weak) && fm != "visit" && fc != "visit" {
		fm, fc = "any", "any" // "discussed" in a call's readout is the call
	}
	if fm != fc && !(fc == "visit" && fm == "meet" && (len(c.people) > 0 && shareAny(m.people, c.people) || len(c.people) == 0 && c.definite)) {
		return false
	}
	if !datesCompatible(m.date, c.date) && !(c.definite && m.date.y == c.date.y && m.date.m == c.date.m) {
		return false
	}
	if m.status != c.status && !c.weak {
		// A headline's tense is loose ("meets" for "will meet"), but only
		// people or offices on both sides make it the same engagement.
		if !(m.headline || c.headline) || len(m.people)+len(m.countries) == 0 || len(c.people)+len(c.countries) == 0 {
			return false
		}
	}
	// "the Third Summit" is not "the First Summit".
	if a, b := ordinalIn(m.name), ordinalIn(c.name); a != "" && b != "" && a != b {
		return false
	}
	mc, cc := countryOf(m), countryOf(c)
	// "the meeting" may name any gathering told before, "the summit" a summit.
	sameKind := m.kind == c.kind || c.kind == "meeting" && kindFamily(m.kind) == "meet"
	if c.definite && !c.weak && (len(m.people)+len(mc) > 0 || sameKind && !m.weak) && (len(cc) == 0 || sameKind || len(mc) > 0 && (subsetStr(cc, mc) || subsetStr(mc, cc))) {
		return true
	}
	if len(m.people) > 0 && len(c.people) > 0 {
		return shareAny(m.people, c.people) && (subsetStr(cc, mc) || subsetStr(mc, cc))
	}
	if len(cc) == 0 || len(mc) == 0 {
		return false
	}
	return subsetStr(cc, mc) || subsetStr(mc, cc)
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
	m.sents = append(m.sents, c.sents...)
	m.rules = append(m.rules, c.rules...)
	if c.hasDate {
		if !m.hasDate {
			m.date, m.hasDate = c.date, true
		} else if m.date.precisionRank() < c.date.precisionRank() || c.date.d > 0 && m.date.d > 0 && c.date.time().Before(m.date.time()) {
			m.date = c.date
		}
	}
	if c.after {
		m.after = true
	}
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
	if m.headline && !c.headline {
		m.status = c.status
		m.headline = false
		m.para = c.para
	}
	if !c.weak {
		if m.weak {
			m.kind = c.kind
		}
		m.weak = false
	}
	if kindRank(c.kind) > kindRank(m.kind) && !c.weak {
		m.kind = c.kind
	}
}

func kindRank(k string) int {
	switch k {
	case "summit":
		return 4
	case "talks":
		return 3
	case "call":
		return 2
	case "meeting":
		return 1
	}
	return 0
}

func (t date) precisionRank() int {
	switch {
	case t.y <= 0:
		return 0
	case t.m == 0:
		return 1
	case t.d == 0:
		return 2
	}
	return 3
}
