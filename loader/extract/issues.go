package extract

import (
	"sort"
	"strings"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// An issue keyword is a phrase or a frame. A phrase is words in a row
// ("exclusive economic zone"); a frame joins a head and its dependent
// across the words an English clause puts between them: "disputed ...
// region" reads "the disputed Abyei region", "withdraw* ... troops|forces"
// reads "the withdrawal of remaining foreign troops". In issue_keywords.tsv
// a field is a slot, "a|b" gives a slot's alternatives, a final "*" makes
// an alternative a prefix and "..." lets up to maxGap words (no clause
// punctuation) stand between two slots.

// A pair joins two words that name an issue together wherever they stand
// in one clause, in either order: "earthquake*|flood* ~ relief|assist*"
// reads "the assistance rendered after the earthquake" and "after the
// floods, offering the help of helicopters". A frame needs the words of
// one noun phrase; a pair takes the concept the two words make between
// them, however the clause orders them (a subject and its predicate, a
// verb and its object), up to pairWindow words apart.

// pairWindow bounds the words between a pair's two words: the span of
// one clause's subject, verb and object, not the next clause's.
const pairWindow = 8

// pairMark joins a pair's two sides in issue_keywords.tsv.
const pairMark = "~"

// maxGap bounds a frame's gap: a head's modifiers and a short complement
// ("of the remaining foreign"), not the next clause.
const maxGap = 4

// gapMark is a frame's gap in issue_keywords.tsv.
const gapMark = "..."

// slotAlt is one alternative of a slot: words in a row, the last one a
// prefix when prefix is set.
type slotAlt struct {
	toks   []string
	prefix bool
}

// slot is one position of a keyword: a gap or a choice of alternatives.
type slot struct {
	gap  bool
	alts []slotAlt
}

// keywordEntry is an issue keyword parsed into slots.
type keywordEntry struct {
	issue string
	slots []slot
	word  string // a phrase's words as written, for evidence; "" for a frame or a choice
	// weak: a word several issues share ("logistics", "exports",
	// "naval", "medical"): it names its issue only beside another word of
	// that issue in the same scope (corroborated).
	weak bool
	// pair holds a pair's two sides (slots is then empty); unless, the
	// words that give the pair another sense when they stand between.
	pair   [2]wordChoice
	unless wordChoice
}

// wordChoice is a choice of single words "a|b*", looked up by the word
// (a pair's side is tried at every word of every sentence, so a map
// rather than a scan of its alternatives).
type wordChoice struct {
	exact    map[string]bool
	prefixes []string
}

// size is how many words and prefixes the choice has.
func (c wordChoice) size() int { return len(c.exact) + len(c.prefixes) }

// has: w is one of the choice's words or begins with one of its prefixes.
func (c wordChoice) has(w string) bool {
	if c.exact[w] {
		return true
	}
	for _, p := range c.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// evidenceWord names the keyword in a hit's rule: a phrase as written, a
// single prefix as the word it matched ("terrorism"), a frame or a choice
// as the words it covered.
func (e keywordEntry) evidenceWord(toks []token, i, end int) string {
	if e.word != "" && (end-i > 1 || !e.slots[0].alts[0].prefix) {
		return e.word
	}
	ws := make([]string, 0, end-i)
	for _, t := range toks[i:end] {
		ws = append(ws, t.lower)
	}
	return strings.Join(ws, " ")
}

type issueIndex struct {
	byFirst map[string][]keywordEntry
	prefix  [256][]keywordEntry // keywords whose first word is a prefix, by its first byte
	pairs   []keywordEntry      // pairs, tried on each sentence after the phrases and frames
}

func newIssueIndex(kws []lexicon.IssueKeyword) *issueIndex {
	ix := &issueIndex{byFirst: map[string][]keywordEntry{}}
	for _, k := range kws {
		if strings.Contains(k.Phrase, pairMark) {
			if e, ok := parsePair(k); ok {
				ix.pairs = append(ix.pairs, e)
			}
			continue
		}
		e, ok := parseKeyword(k)
		if !ok {
			continue
		}
		for _, a := range e.slots[0].alts {
			// Index the entry under each first word, with that alternative
			// alone in its first slot.
			one := e
			one.slots = append([]slot{{alts: []slotAlt{a}}}, e.slots[1:]...)
			if a.prefix && len(a.toks) == 1 {
				ix.prefix[a.toks[0][0]] = append(ix.prefix[a.toks[0][0]], one)
			} else {
				ix.byFirst[a.toks[0]] = append(ix.byFirst[a.toks[0]], one)
			}
		}
	}
	return ix
}

// parseKeyword splits a keyword into slots; ok is false when it has no
// word, starts or ends with a gap, or has two gaps in a row.
func parseKeyword(k lexicon.IssueKeyword) (keywordEntry, bool) {
	e := keywordEntry{issue: k.Issue}
	phrase, weak := strings.CutPrefix(k.Phrase, weakMark)
	e.weak = weak
	for _, f := range strings.Fields(phrase) {
		if f == gapMark {
			if len(e.slots) == 0 || e.slots[len(e.slots)-1].gap {
				return e, false
			}
			e.slots = append(e.slots, slot{gap: true})
			continue
		}
		if !strings.Contains(f, "|") {
			// A plain field may be several tokens ("indo-pacific"): one
			// slot per token keeps phrases as they were.
			a, ok := parseAlt(f)
			if !ok {
				return e, false
			}
			for ti, t := range a.toks {
				e.slots = append(e.slots, slot{alts: []slotAlt{{toks: []string{t}, prefix: a.prefix && ti == len(a.toks)-1}}})
			}
			continue
		}
		var s slot
		for _, alt := range strings.Split(f, "|") {
			if a, ok := parseAlt(alt); ok {
				s.alts = append(s.alts, a)
			}
		}
		if len(s.alts) == 0 {
			return e, false
		}
		e.slots = append(e.slots, s)
	}
	ok := len(e.slots) > 0 && !e.slots[0].gap && !e.slots[len(e.slots)-1].gap
	e.word = phraseWord(e.slots)
	if ok && len(e.slots) > 1 {
		last := &e.slots[len(e.slots)-1]
		last.alts = withOtherNumber(last.alts)
	}
	return e, ok
}

// parsePair splits a pair "a|b ~ c|d" into its two sides, each a choice
// of single words, and the words after an optional " ! " that veto it
// when they stand between the two ("... ~ reform ! police": the police
// reformed with the armed forces is security-sector reform); ok is false
// unless both sides have one.
func parsePair(k lexicon.IssueKeyword) (keywordEntry, bool) {
	e := keywordEntry{issue: k.Issue}
	phrase, unless, _ := strings.Cut(k.Phrase, " "+pairVeto+" ")
	sides := strings.Split(phrase, pairMark)
	if len(sides) != 2 {
		return e, false
	}
	for si, side := range sides {
		e.pair[si] = singleWords(side)
		if e.pair[si].size() == 0 {
			return e, false
		}
	}
	e.unless = singleWords(unless)
	return e, true
}

// singleWords parses a choice "a|b*" of single words.
func singleWords(f string) wordChoice {
	c := wordChoice{exact: map[string]bool{}}
	for _, alt := range strings.Split(strings.TrimSpace(f), "|") {
		a, ok := parseAlt(alt)
		switch {
		case !ok || len(a.toks) != 1:
		case a.prefix:
			c.prefixes = append(c.prefixes, a.toks[0])
		default:
			c.exact[a.toks[0]] = true
		}
	}
	return c
}

// weakMark opens a weak keyword in issue_keywords.tsv ("?logistics").
const weakMark = "?"

// pairVeto opens the words that veto a pair in issue_keywords.tsv.
const pairVeto = "!"

// pairBreaks end a clause for a pair: a pair's words stand in one clause,
// not across a colon, a semicolon, brackets, quotation marks or a dash.
var pairBreaks = map[string]bool{";": true, ":": true, "(": true, ")": true, "\"": true, "“": true, "”": true, "—": true, "–": true}

// matchPairs adds the hits of the pairs whose two words stand in one
// clause of the sentence, at most pairWindow words apart; a word inside
// a state's name, a body's or an office's name or an idiom counts for
// neither side.
func (ix *issueIndex) matchPairs(toks []token, si int, inState map[int]bool, out []issueHit) []issueHit {
	clause := make([]int, len(toks))
	c := 0
	for i, t := range toks {
		if t.kind == tokPunct && pairBreaks[t.text] {
			c++
		}
		clause[i] = c
	}
	for _, e := range ix.pairs {
		if w, ok := e.pairAt(toks, clause, inState); ok {
			out = append(out, issueHit{issue: e.issue, sent: si, word: w})
		}
	}
	return out
}

// pairAt finds the pair's two words in one clause, pairWindow words apart
// at most; w names them for the evidence.
func (e keywordEntry) pairAt(toks []token, clause []int, inState map[int]bool) (w string, ok bool) {
	for i := range toks {
		if !pairSide(e.pair[0], toks, i, inState) {
			continue
		}
		lo, hi := max(0, i-pairWindow-1), min(len(toks), i+pairWindow+2)
		for j := lo; j < hi; j++ {
			if j == i || clause[j] != clause[i] || !pairSide(e.pair[1], toks, j, inState) {
				continue
			}
			if wordsBetween(toks, min(i, j), max(i, j)) <= pairWindow && !e.vetoedBetween(toks, min(i, j), max(i, j)) {
				return toks[i].lower + " ~ " + toks[j].lower, true
			}
		}
	}
	return "", false
}

// vetoedBetween: a word of the pair's veto stands between its two words
// ("reform of the police and the armed forces": one reform of both).
func (e keywordEntry) vetoedBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if pairSide(e.unless, toks, k, nil) {
			return true
		}
	}
	return false
}

// pairSide: the word at i is one of a side's alternatives, in its own
// sense.
func pairSide(c wordChoice, toks []token, i int, inState map[int]bool) bool {
	if toks[i].kind != tokWord || inState[i] || !c.has(toks[i].lower) {
		return false
	}
	return !otherSense(toks, i, i+1)
}

// wordsBetween counts the words strictly between toks[i] and toks[j].
func wordsBetween(toks []token, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if toks[k].kind == tokWord {
			n++
		}
	}
	return n
}

// withOtherNumber adds to the head of a keyword of several words the same
// noun in its other number: an English noun phrase inflects its last
// word, and releases write "a relief effort" as often as "relief
// efforts", "a naval exercise" as "naval exercises". A keyword of one
// word keeps its number: there the number often tells the sense ("the
// latest developments" are news, "development" a subject; "elections" an
// event, "the election" often a date). Prefixes cover both already.
func withOtherNumber(alts []slotAlt) []slotAlt {
	out := alts
	for _, a := range alts {
		if a.prefix {
			continue
		}
		other, ok := otherNumber(a.toks[len(a.toks)-1])
		if !ok {
			continue
		}
		toks := append(append([]string(nil), a.toks[:len(a.toks)-1]...), other)
		out = append(out, slotAlt{toks: toks})
	}
	return out
}

// numberFixed are plurals whose singular is another word ("arms" are
// weapons, an "arm" a limb; "customs" a service, "custom" a habit) and
// words that only look plural.
var numberFixed = map[string]bool{
	"arms": true, "customs": true, "goods": true, "means": true, "affairs": true, "forces": true,
	"news": true, "relations": true, "talks": true, "remains": true, "savings": true, "damages": true,
	"series": true, "species": true, "headquarters": true, "politics": true, "economics": true,
	"logistics": true, "physics": true, "ethics": true, "works": true, "rights": true, "grounds": true,
}

// otherNumber gives the plural of a regular singular noun or the singular
// of a regular plural; ok is false for short words, words of other than
// letters, and numberFixed.
func otherNumber(w string) (string, bool) {
	if len(w) < 4 || numberFixed[w] || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", false
	}
	switch {
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return "", false // "process", "consensus", "crisis": no regular plural
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y", true
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return strings.TrimSuffix(w, "es"), true
	case strings.HasSuffix(w, "s"):
		return strings.TrimSuffix(w, "s"), true
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return strings.TrimSuffix(w, "y") + "ies", true
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return w + "es", true
	}
	return w + "s", true
}

// phraseWord joins a phrase's words; a frame or a choice has none.
func phraseWord(slots []slot) string {
	ws := make([]string, 0, len(slots))
	for _, s := range slots {
		if s.gap || len(s.alts) != 1 {
			return ""
		}
		ws = append(ws, s.alts[0].toks...)
	}
	return strings.Join(ws, " ")
}

// parseAlt tokenizes one alternative ("troops", "terror*", "indo-pacific").
func parseAlt(f string) (slotAlt, bool) {
	a := slotAlt{prefix: strings.HasSuffix(f, "*")}
	f = strings.TrimSuffix(f, "*")
	for _, t := range tokenize(f, 0, len(f), nil) {
		a.toks = append(a.toks, t.lower)
	}
	return a, len(a.toks) > 0
}

// issueHit is an issue found in a sentence.
type issueHit struct {
	issue string
	sent  int
	word  string
	weak  bool // the keyword is weak: it needs a corroborating hit
}

// match lists the issues a sentence's words put it under. At each word
// the longest keyword wins ("exclusive economic zone" is no mere
// "economic"), and the words it covers start no other keyword.
func (ix *issueIndex) match(toks []token, si int, inState map[int]bool, out []issueHit) []issueHit {
	start := len(out)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord || inState[i] {
			continue // "Democratic People's Republic" is a state, not democracy
		}
		mark := len(out)
		var best int
		out, best = longestAt(ix.byFirst[t.lower], toks, i, si, out, mark, 0)
		out, best = longestAt(ix.prefix[t.lower[0]], toks, i, si, out, mark, best)
		if best == 0 {
			continue
		}
		if civilSense(toks, i, i+best) {
			out = out[:mark]
			continue // its words keep their own subjects: "support the energy transition"
		}
		if otherSense(toks, i, i+best) || notTheTalksSubject(toks, i, i+best) || causeOfCancellation(toks, i) || sinceAnchor(toks, i, i+best) || namedCivilAlliance(toks, i, i+best, inState) {
			out = out[:mark]
		}
		if seaAsPlace(toks, i, i+best) {
			out = dropIssue(out, mark, "territorial-dispute")
		}
		if civilAlliance(toks, i, i+best) {
			out = dropIssue(out, mark, "defense-cooperation")
		}
		if reliefItem(toks, i) {
			out = dropIssue(out, mark, "health")
		}
		if regionAsModifier(toks, i, i+best) {
			out = dropIssue(out, mark, "regional-security")
		}
		if securityOfOtherKind(toks, i) || regionOfOtherSubject(toks, i) {
			out = dropIssue(out, mark, "regional-security")
		}
		if venueBody(toks, i, i+best) {
			out = out[:mark]
		}
		i += best - 1
	}
	out = ix.matchPairs(toks, si, inState, out)
	return medicalReliefTeams(out, start)
}

// longestAt adds to out[mark:] the hits of the entries that match at
// toks[i] and cover the most words, best so far; a longer one replaces
// the hits before it, an equal one joins them.
func longestAt(es []keywordEntry, toks []token, i, si int, out []issueHit, mark, best int) ([]issueHit, int) {
	for _, e := range es {
		if a := e.slots[0].alts[0]; a.prefix && len(a.toks) == 1 && !strings.HasPrefix(toks[i].lower, a.toks[0]) {
			continue // the cheap test first: most words start no prefix keyword
		}
		end, ok := e.matchAt(toks, i)
		if !ok || end-i < best {
			continue
		}
		if end-i > best {
			out, best = out[:mark], end-i
		}
		out = append(out, issueHit{issue: e.issue, sent: si, word: e.evidenceWord(toks, i, end), weak: e.weak})
	}
	return out, best
}

// matchAt: the keyword's slots stand at toks[i:]; end is where its last
// slot ends.
func (e keywordEntry) matchAt(toks []token, i int) (end int, ok bool) {
	return matchSlots(e.slots, toks, i)
}

// matchSlots matches slots from toks[i]; a gap tries each width up to
// maxGap words, shortest first. The hyphen of a compound and a
// possessive's "'s" are no words of their own: "Poland's Soviet-built"
// is two modifiers, not five.
func matchSlots(slots []slot, toks []token, i int) (int, bool) {
	if len(slots) == 0 {
		return i, true
	}
	if slots[0].gap {
		words := 0
		for w := 0; i+w < len(toks); w++ {
			if w > 0 {
				t := toks[i+w-1]
				if !gapToken(t) {
					break
				}
				if t.kind != tokPoss && t.kind != tokPunct && !compoundTail(toks, i+w-1) {
					words++
				}
				if words > maxGap {
					break
				}
			}
			if end, ok := matchSlots(slots[1:], toks, i+w); ok {
				return end, true
			}
		}
		return 0, false
	}
	for _, a := range slots[0].alts {
		if j, ok := a.matchAt(toks, i); ok {
			if end, ok := matchSlots(slots[1:], toks, j); ok {
				return end, true
			}
		}
	}
	return 0, false
}

// compoundTail: the word at k follows a compound's hyphen ("era" of
// "Soviet-era"), so the compound counts as one word of the gap ("the
// replacement of its Soviet-era transport helicopters").
func compoundTail(toks []token, k int) bool {
	return k > 0 && toks[k-1].kind == tokPunct && toks[k-1].text == "-"
}

// gapToken: a word a frame's gap may pass over: the determiners,
// modifiers, names, numbers, hyphens, possessives and "of" of one noun
// phrase; not the punctuation, conjunctions and other prepositions that
// start the next phrase ("withdrawal from the Union, troops ..." is no
// withdrawal of troops).
func gapToken(t token) bool {
	if t.kind == tokPunct {
		return t.text == "-"
	}
	return !gapStops[t.lower]
}

// gapStops end a frame's gap: conjunctions, relative words and the
// prepositions other than "of".
var gapStops = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true, "who": true, "whom": true,
	"whose": true, "while": true, "when": true, "where": true, "if": true, "because": true, "as": true,
	"in": true, "on": true, "at": true, "for": true, "to": true, "with": true, "from": true, "by": true,
	"into": true, "onto": true, "about": true, "against": true, "between": true, "among": true, "after": true,
	"before": true, "during": true, "since": true, "until": true, "than": true, "through": true, "across": true,
	"along": true, "within": true, "without": true, "under": true, "over": true, "near": true, "toward": true,
	"towards": true, "despite": true, "via": true,
}

// matchAt: the alternative's words stand at toks[i:]; the end is returned.
func (a slotAlt) matchAt(toks []token, i int) (int, bool) {
	if i+len(a.toks) > len(toks) {
		return 0, false
	}
	for k, w := range a.toks {
		t := toks[i+k].lower
		if a.prefix && k == len(a.toks)-1 {
			if !strings.HasPrefix(t, w) {
				return 0, false
			}
		} else if t != w {
			return 0, false
		}
	}
	return i + len(a.toks), true
}

// institutionWords head the names of offices and bodies: a keyword before
// one ("Defence Agency", "energy minister", "Development Bank") or after
// "of" behind one ("Secretary of Defense") names the body, not a subject.
var institutionWords = map[string]bool{
	"agency": true, "forces": true, "force": true, "department": true, "ministry": true, "minister": true,
	"ministers": true, "secretary": true, "secretaries": true, "bank": true, "command": true, "corps": true,
	"office": true, "institute": true, "university": true, "college": true, "school": true, "company": true,
	"corporation": true, "fund": true, "representative": true, "commissioner": true, "attaché": true,
	"attache": true, "ministries": true, "departments": true, "adviser": true, "advisor": true, "administration": true, "bureau": true, "portfolio": true,
	"base": true, "station": true, "academy": true, // "Naval Base", "Naval Station": a place
	"community": true, // "Southern African Development Community"
	"authority": true, // "the Maritime Authority", "the Authority on Development"
	// parties and associations: "the Democratic Front", "the Peace Movement"
	"party": true, "rally": true, "front": true, "movement": true, "league": true, "coalition": true,
	"association": true, "foundation": true, "society": true, "committee": true, "organization": true,
	"organisation": true, "network": true, "centre": true, "center": true,
	"chamber": true, "chambers": true, // "the Chamber of Commerce"
}

// placeHeads end the capitalised name of a place, building or prize
// ("Democracy Museum", "Human Rights Prize"): a keyword inside one is no
// subject of the talks.
var placeHeads = map[string]bool{
	"museum": true, "palace": true, "hall": true, "square": true, "street": true, "avenue": true, "park": true,
	"hotel": true, "stadium": true, "bridge": true, "memorial": true, "monument": true, "prize": true,
	"award": true, "medal": true, "library": true, "garden": true, "gardens": true, "tower": true, "building": true,
	"airport": true, "observatory": true, "boulevard": true, "road": true, "cathedral": true, "mosque": true, "temple": true,
	"base": true,
}

// topicHeads head a body's name only when capitalised ("the Self-Defense
// Forces"); in lower case they are the subject itself ("the mandate of the
// peacekeeping force").
var topicHeads = map[string]bool{"force": true, "forces": true}

// idioms are keywords in another sense: "in the pipeline" is no pipeline,
// "a positive development" no development aid, "economic stabilization"
// no post-war stabilization, "global public goods" no trade; the UN
// Charter's "international peace and security" and the stability of the
// whole world are the order states invoke, not a region's security; "the
// world's largest democracy" is an epithet of a state, no subject; an
// alliance of parties or markets is no military alliance (an idiom hides
// every keyword in it, so only modifiers that are no keywords stand here).
var idioms = [][]string{
	{"economic", "alliance"}, {"political", "alliance"}, {"commercial", "alliance"}, {"business", "alliance"},
	{"economic", "alliances"}, {"political", "alliances"}, {"commercial", "alliances"}, {"business", "alliances"},
	{"largest", "democracy"}, {"oldest", "democracy"}, {"biggest", "democracy"}, {"youngest", "democracy"},
	{"largest", "democracies"}, {"oldest", "democracies"}, {"biggest", "democracies"},
	{"international", "peace", "and", "security"}, {"world", "peace", "and", "security"},
	{"global", "stability"}, {"international", "stability"}, {"world", "stability"},
	{"global", "predictability", "and", "stability"}, {"international", "predictability", "and", "stability"},
	{"in", "the", "pipeline"}, {"economic", "stabilization"}, {"economic", "stabilisation"},
	{"positive", "development"}, {"negative", "development"}, {"welcome", "development"}, {"important", "development"},
	{"global", "governance"}, {"economic", "governance"}, {"corporate", "governance"},
	{"in", "defense", "of"}, {"in", "defence", "of"}, {"trade", "-", "off"}, {"trade", "-", "offs"},
	{"trade-off"}, {"trade-offs"}, {"health", "of", "the", "economy"}, {"economic", "health"}, {"financial", "health"},
	{"debt", "of", "gratitude"}, {"in", "his", "debt"}, {"in", "her", "debt"},
	{"public", "goods"}, {"dual", "-", "use", "goods"}, // shared benefits; export control, not trade
	{"medical", "devices"}, {"medical", "device"}, // goods of trade, no public health
	// the EU's agreement with a candidate of the Western Balkans: a step
	// towards membership, no post-war stabilisation
	{"stabilisation", "and", "association"}, {"stabilization", "and", "association"},
	// a body's approval ("without the sanction of the Security Council"),
	// and zeal ("put real energy into the relationship")
	{"sanction", "of"}, {"energy", "into"},
	// a trading nation or power is a kind of state, no subject of talks
	{"trading", "nation"}, {"trading", "nations"}, {"trading", "power"}, {"trading", "powers"},
	// smuggling of arms, drugs or wildlife, no commerce between states
	{"illicit", "trade"}, {"illegal", "trade"},
	// a release's press embargo ("EMBARGOED UNTIL 9:00 A.M."), no sanction
	{"embargoed", "until"}, {"embargoed", "till"}, {"embargoed", "for"}, {"under", "embargo", "until"},
	// a figure of speech for a safeguard ("a second line of defense" of
	// creditors, "the first line of defence against disease")
	{"line", "of", "defense"}, {"line", "of", "defence"}, {"lines", "of", "defense"}, {"lines", "of", "defence"},
	// what a war's attacks strike and what cyber defence protects, not
	// what development builds
	{"civilian", "infrastructure"}, {"critical", "infrastructure"},
}

// personNouns are whose own health "the health of" asks after: "the
// health of the king" is no public health.
var personNouns = map[string]bool{
	"king": true, "queen": true, "president": true, "prime": true, "minister": true, "pope": true, "leader": true,
	"emperor": true, "sultan": true, "emir": true, "prince": true, "princess": true, "chancellor": true,
}

// personalHealth: "health" at i asks after a person ("the health of the
// king", "his health").
func personalHealth(toks []token, i, j int) bool {
	if toks[i].lower != "health" || j-i != 1 {
		return false
	}
	if i > 0 && (toks[i-1].lower == "his" || toks[i-1].lower == "her") {
		return true
	}
	k := j
	if k < len(toks) && toks[k].lower == "of" {
		k++
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
		return k < len(toks) && personNouns[toks[k].lower]
	}
	return false
}

// notTheTalksSubject: the keyword at toks[i:j] names the growth of ties,
// a statement's grievance or fighters a settlement stands down, which
// round 9 found read as subjects of their own.
func notTheTalksSubject(toks []token, i, j int) bool {
	return developmentOfTies(toks, i, j) || situationAStatementTakesUp(toks, i, j) || armedGroupsStoodDown(toks, i, j)
}

// tiesNouns are the relations between states whose "development" is
// their growth: "the development of bilateral relations", "of trade and
// economic ties".
var tiesNouns = map[string]bool{
	"relations": true, "relationship": true, "relationships": true, "ties": true, "links": true,
	"cooperation": true, "co-operation": true, "partnership": true, "contacts": true, "dialogue": true,
	"friendship": true, "trade": true, "exchanges": true, "interaction": true, "collaboration": true,
}

// workedNouns are natural resources and routes whose "development" is
// their working or building ("the development of gas fields", "of
// transport corridors"): energy's or trade's subject, not development aid.
var workedNouns = map[string]bool{
	"resources": true, "field": true, "fields": true, "deposit": true, "deposits": true,
	"reserves": true, "corridor": true, "corridors": true, "routes": true,
}

// developmentOfTies: the bare "development" at toks[i:j] is the growth of
// the ties between states ("discussed the development of trade and
// economic relations", the Kremlin's and Beijing's formula) or a thing
// made or worked together ("the co-development of defence technology",
// "the joint development of gas fields") or a resource or route worked or
// built ("the development of oil reserves": `workedNouns`), not the
// development that aid pays for.
func developmentOfTies(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].lower != "development" {
		return false
	}
	if i >= 2 && toks[i-1].text == "-" && toks[i-2].lower == "co" || i >= 1 && toks[i-1].lower == "joint" {
		return true
	}
	if j >= len(toks) || toks[j].lower != "of" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if tiesNouns[toks[k].lower] || workedNouns[toks[k].lower] {
			return true
		}
		if toks[k].kind != tokWord && toks[k].text != "-" || toks[k].lower != "and" && !gapToken(toks[k]) {
			return false
		}
	}
	return false
}

// situationAStatementTakesUp: "the situation in" at toks[i:j] names what
// a statement a government issued is on ("Statement by the Minister on
// the situation in Chad", "issued the following statement on the
// situation in ..."), the grievance it voices, not the stability that
// talks take up. The situation in a state or a region that officials
// discuss, exchange views on or raise is their region's security
// (GUIDELINES: the subjects discussed), whatever place it names.
func situationAStatementTakesUp(toks []token, i, j int) bool {
	if j-i != 3 || toks[i].lower != "the" || toks[i+1].lower != "situation" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if w := toks[k].lower; w == "statement" || w == "statements" {
			return true
		}
	}
	return false
}

// civilObjects are what a modernisation keyword names when it is no
// military matter: an agreement or an economy ("modernising their trade
// agreement"), or a civil plant, network or public service that a
// development loan or a government programme renews ("the modernisation
// of a coal-fired power station", "modernising the rail network").
var civilObjects = map[string]bool{
	"trade": true, "agreement": true, "agreements": true, "economy": true, "economies": true, "treaty": true,
	"partnership": true, "relationship": true, "infrastructure": true, "customs": true, "framework": true,
	"plant": true, "plants": true, "station": true, "stations": true, "grid": true, "grids": true,
	"refinery": true, "refineries": true, "factory": true, "factories": true, "port": true, "ports": true,
	"airport": true, "airports": true, "railway": true, "railways": true, "railroad": true, "railroads": true,
	"rail": true, "roads": true, "hospital": true, "hospitals": true, "school": true, "schools": true,
	"agriculture": true, "farming": true, "irrigation": true, "administration": true, "legislation": true,
}

// civilModernisation: the modernisation keyword at toks[i:j] has a civil
// object within the next three words.
func civilModernisation(toks []token, i, j int) bool {
	w := toks[i].lower
	if !strings.HasPrefix(w, "moderni") {
		return false
	}
	for k := j; k < len(toks) && k < j+7; k++ {
		if civilObjects[toks[k].lower] {
			return true // "modernise the EU-Mexico Global Agreement"
		}
		if toks[k].text == "," || toks[k].text == "." || toks[k].text == ";" {
			break
		}
	}
	return false
}

// civilTransitions are the transitions of an economy or a society, not
// of a state after a war or a regime: "support the energy transition".
var civilTransitions = map[string]bool{
	"energy": true, "green": true, "digital": true, "just": true, "clean": true, "ecological": true,
	"climate": true, "carbon": true, "demographic": true, "industrial": true,
}

// civilTransition: the keyword at toks[i:j] ends in "transition" and a
// word of civilTransitions stands right before it, inside the match ("the
// green transition" as a keyword of its own is climate).
func civilTransition(toks []token, i, j int) bool {
	// "a just energy transition" is itself the subject: the move from coal
	return j-2 > i && toks[j-1].lower == "transition" && civilTransitions[toks[j-2].lower] && toks[i].lower != "just"
}

// civilSense: the match at toks[i:j] reads a civil object as a military
// or post-war one (modernising a trade agreement, supporting the energy
// transition); the match goes, but not the subjects of the words inside
// it.
func civilSense(toks []token, i, j int) bool {
	return civilModernisation(toks, i, j) || civilTransition(toks, i, j) || civilMission(toks, i, j)
}

// civilMissionWords make a body's mission no peace operation: it observes
// an election, trades, represents a state, assesses an economy, helps
// after a disaster or patrols a sea or a border, which have issues of
// their own ("an election observation mission", "an EU trade
// mission", "the UN diplomatic mission", "the EU's naval mission").
var civilMissionWords = map[string]bool{
	"election": true, "elections": true, "electoral": true, "observation": true, "observer": true,
	"observers": true, "trade": true, "business": true, "investment": true, "commercial": true,
	"economic": true, "diplomatic": true, "permanent": true, "fact-finding": true, "finding": true,
	"assessment": true, "evaluation": true, "review": true, "technical": true, "medical": true,
	"rescue": true, "relief": true, "humanitarian": true, "space": true, "cultural": true, "study": true,
	"naval": true, "maritime": true, "border": true, "parliamentary": true, "negotiating": true, "advance": true,
	"advisory": true, // advises a ministry on reform: "the EU Advisory Mission"
}

// civilMission: the match at toks[i:j] ends in "mission" and a word before
// it in the match, or the word before the match, makes it a civil one; so
// does a capitalised Mission "to" or "of" a seat ("the EU Mission to the
// United Nations").
func civilMission(toks []token, i, j int) bool {
	last := toks[j-1].lower
	if last != "mission" && last != "missions" {
		return false
	}
	if i > 0 && civilMissionWords[toks[i-1].lower] {
		return true
	}
	for k := i; k < j-1; k++ {
		if civilMissionWords[toks[k].lower] {
			return true
		}
	}
	return toks[j-1].upper && j < len(toks) && (toks[j].lower == "to" || toks[j].lower == "of")
}

// bracketedPortfolio: the capitalised keyword fills a bracket after a
// name, the person's portfolio ("N (Economic Development)"), not a
// subject of the talks.
func bracketedPortfolio(toks []token, i, j int) bool {
	return i > 0 && j < len(toks) && toks[i-1].text == "(" && toks[j].text == ")" && toks[i].upper
}

// otherSense: the keyword at toks[i:j] is part of a body's or office's name
// or of an idiom.
func otherSense(toks []token, i, j int) bool {
	if j < len(toks) && toks[j].kind == tokWord && institutionWords[toks[j].lower] && (toks[j].upper || !topicHeads[toks[j].lower]) {
		return true
	}
	if j < len(toks) && toks[i].upper && toks[j].upper && placeHeads[toks[j].lower] {
		return true // "the Democracy Museum", "the Trade Hall", "the Peace Prize"
	}
	if toks[i].upper && toks[j-1].upper && placeHeads[toks[j-1].lower] {
		return true // a keyword that is a place's whole name: "held at the Naval Base"
	}
	if bracketedPortfolio(toks, i, j) || personalHealth(toks, i, j) || spreadOfOtherThings(toks, i, j) || climateOfAffairs(toks, i, j) || civilSocietyMet(toks, i, j) || regionOfArrangement(toks, i, j) {
		return true
	}
	if inInstitutionComplement(toks, i) || formerCombatantsDisarmed(toks, i, j) {
		return true
	}
	for _, id := range idioms {
		for s := max(0, j-len(id)); s <= i && s+len(id) <= len(toks); s++ {
			if tokensAre(toks[s:s+len(id)], id) {
				return true
			}
		}
	}
	return false
}

// namedCivilAlliance: "Alliance" at toks[i:j] ends the proper name of a
// partnership of another domain ("the Korea-Denmark Green Growth
// Alliance", "the Pacific Alliance" of trading states), not a military
// alliance: the capitalised words right before it are no state and no
// word of arms ("the U.S.-Japan Alliance", "the Atlantic Alliance",
// "the Security Alliance" stay military).
func namedCivilAlliance(toks []token, i, j int, inState map[int]bool) bool {
	if j-i != 1 || toks[i].lower != "alliance" || !toks[i].upper || i == 0 {
		return false
	}
	k := i - 1
	if inState[k] || toks[k].kind != tokWord || !toks[k].upper {
		return false
	}
	for ; k >= 0 && i-k <= 4 && toks[k].kind == tokWord && toks[k].upper && !inState[k]; k-- {
		if militaryModifiers[toks[k].lower] {
			return false
		}
	}
	return true
}

// militaryModifiers name a military alliance before "Alliance".
var militaryModifiers = map[string]bool{
	"atlantic": true, "north": true, "security": true, "military": true, "defense": true, "defence": true,
	"western": true, "mutual": true, "strategic": true, "nato": true,
}

// regionOfArrangement: a capitalised region at toks[i:j] names the scope
// of an economic arrangement after it ("a Middle East free trade area",
// "the Asia-Pacific free trade zone", "an Indo-Pacific economic
// framework"), not the region's security.
func regionOfArrangement(toks []token, i, j int) bool {
	if !toks[i].upper || j >= len(toks) {
		return false
	}
	switch toks[j].lower {
	case "free", "trade", "economic", "customs", "single", "common":
		return j+1 < len(toks) && arrangementNouns[toks[j+1].lower] || toks[j].lower == "trade" || toks[j].lower == "economic"
	}
	return false
}

// arrangementNouns follow "free", "single" or "common" in the name of an
// economic arrangement.
var arrangementNouns = map[string]bool{"trade": true, "market": true, "union": true, "area": true, "zone": true}

// inInstitutionComplement: the capitalised keyword at i stands after "of",
// "for" or "on" behind an office or body ("Secretary of Defense", "Minister
// for Trade and Industry", "the Intergovernmental Authority on
// Development").
func inInstitutionComplement(toks []token, i int) bool {
	if !toks[i].upper || i == 0 {
		return false
	}
	k := i - 1
	for k > 0 && (toks[k].kind == tokWord && toks[k].upper || toks[k].lower == "and" || toks[k].text == "," || toks[k].lower == "the" && toks[k-1].lower == "and") {
		k-- // "Representative for Europe and the Middle East"
	}
	if k == 0 || toks[k].lower != "of" && toks[k].lower != "for" && toks[k].lower != "on" {
		return false
	}
	head := toks[k-1]
	// "the entry into force of the Partnership": a lower-case "force" is
	// no body's name
	return institutionWords[head.lower] && (head.upper || !topicHeads[head.lower])
}

// tokensAre: the tokens read words, in lower case.
func tokensAre(toks []token, words []string) bool {
	for k, w := range words {
		if toks[k].lower != w {
			return false
		}
	}
	return true
}

// findIssues finds each engagement's issues and the article's: the words
// of the sentences and paragraphs that tell of an engagement. A government
// readout or joint statement is about its engagement throughout.
func (x *Extractor) findIssues(d *document, sents []sentence, engs []candidate, cms []countryMention) ([][]string, []issueHit) {
	whole := aboutThroughout(d, engs) && (len(engs) > 0 || x.tellsOfEngagement(sents))
	hitsBySent := x.issueHits(sents, stateTokens(cms))
	if x.trace != nil {
		x.traceIssues(sents, engs, hitsBySent, whole)
	}
	return engagementIssues(sents, engs, hitsBySent, whole), articleIssues(sents, engs, hitsBySent, whole)
}

// traceIssues prints each sentence's issue hits, its paragraph, whether
// the article's issues read it, and the engagements' sentences (a
// debugging aid, with TestTraceArticle).
func (x *Extractor) traceIssues(sents []sentence, engs []candidate, hitsBySent map[int][]issueHit, whole bool) {
	scope := articleScope(sents, engs)
	for ei, e := range engs {
		x.trace("issues eng %d %s %s sents=%v", ei, e.kind, e.status, e.sents)
	}
	for si, s := range sents {
		var hs []string
		for _, h := range hitsBySent[si] {
			hs = append(hs, h.issue+"<"+h.word+">")
		}
		x.trace("issues s%d p%d in=%v %v | %s", si, s.para, whole || scope[s.para], hs, joinTokens(s.toks))
	}
}

// tellsOfEngagement: some sentence holds a word that announces an
// engagement, even a weak one ("discussed", "received", "a visit"). A
// government's release with none is a statement on an event (an
// election, a disaster, a designation), not about talks: GUIDELINES give
// an article with no engagement no required issues.
func (x *Extractor) tellsOfEngagement(sents []sentence) bool {
	for _, s := range sents {
		for i, t := range s.toks {
			if t.kind != tokWord {
				continue
			}
			if _, _, ok := x.triggers.match(s.toks, i); ok {
				return true
			}
		}
	}
	return false
}

// stateTokens marks, per sentence, the tokens that name a state.
func stateTokens(cms []countryMention) map[int]map[int]bool {
	inState := map[int]map[int]bool{}
	for _, cm := range cms {
		if inState[cm.sent] == nil {
			inState[cm.sent] = map[int]bool{}
		}
		for k := cm.tok; k < cm.end; k++ {
			inState[cm.sent][k] = true
		}
	}
	return inState
}

// aboutThroughout: an article that opens with its engagement is about it
// throughout. A government's release is about its officials' engagements
// even when none was found (one the rules missed is still about its
// subjects) if it tells of one at all (findIssues asks); a news story
// without one is not.
func aboutThroughout(d *document, engs []candidate) bool {
	if len(engs) == 0 {
		return d.govOutlet || d.statement
	}
	for _, e := range engs {
		if e.headline || e.para <= d.firstBodyPara+1 && (d.govOutlet || d.statement) || len(e.sents) > 0 && e.sents[0] <= d.firstBodySent {
			return true
		}
	}
	return false
}

// issueHits lists the issue keywords of each sentence, the headline's too
// (GUIDELINES: the headline and body count; "… for Security Talks", "Trade
// on Agenda of …" name the subject). The headline reaches an engagement
// only through its paragraph, as any sentence.
func (x *Extractor) issueHits(sents []sentence, inState map[int]map[int]bool) map[int][]issueHit {
	hitsBySent := map[int][]issueHit{}
	var buf []issueHit
	asked := reportersQuestions(sents)
	background := backgroundSection(sents)
	for si, s := range sents {
		if asked[si] || background[si] {
			continue
		}
		buf = x.issues.match(s.toks, si, inState[si], buf[:0])
		if len(buf) > 0 {
			hitsBySent[si] = append([]issueHit(nil), buf...)
		}
	}
	return hitsBySent
}

// engagementIssues gives each engagement the issues of the paragraphs
// that tell of it, or of the whole article.
func engagementIssues(sents []sentence, engs []candidate, hitsBySent map[int][]issueHit, whole bool) [][]string {
	// Issues by paragraph, so that each engagement reads its own paragraphs.
	byPara := map[int][]string{}
	var all []string
	for si, hs := range hitsBySent {
		for _, h := range hs {
			if !h.weak {
				byPara[sents[si].para] = appendUniqueStr(byPara[sents[si].para], h.issue)
				all = appendUniqueStr(all, h.issue)
			}
		}
	}
	per := make([][]string, len(engs))
	for ei, e := range engs {
		if whole {
			per[ei] = append([]string(nil), all...)
		} else {
			done := map[int]bool{}
			for _, si := range e.sents {
				p := sents[si].para
				if done[p] {
					continue
				}
				done[p] = true
				for _, is := range byPara[p] {
					per[ei] = appendUniqueStr(per[ei], is)
				}
			}
		}
		sort.Strings(per[ei])
	}
	return per
}

// articleIssues lists the article's issues in text order, each with its
// first hit: those of the engagements' paragraphs and the paragraphs beside
// them (a story gives the stakes just before or after the meeting), or of
// the whole text.
func articleIssues(sents []sentence, engs []candidate, hitsBySent map[int][]issueHit, whole bool) []issueHit {
	sis := make([]int, 0, len(hitsBySent))
	for si := range hitsBySent {
		sis = append(sis, si)
	}
	sort.Ints(sis)
	inScope := articleScope(sents, engs)
	var article []issueHit
	seen := map[string]bool{}
	strong := corroborated(sents, sis, hitsBySent, inScope, whole)
	for _, si := range sis {
		if !whole && !inScope[sents[si].para] {
			continue
		}
		for _, h := range hitsBySent[si] {
			if strong[h.issue] && !seen[h.issue] {
				seen[h.issue] = true
				article = append(article, h)
			}
		}
	}
	return article
}

// articleScope marks the paragraphs whose issues are the article's when
// it is not about its engagement throughout: the engagements' own
// paragraphs, those beside them, and those that carry the account on.
func articleScope(sents []sentence, engs []candidate) map[int]bool {
	inScope := map[int]bool{}
	own, carried := accountParagraphs(sents, engs)
	for _, p := range own {
		inScope[p] = true
		inScope[p-1] = true
		inScope[p+1] = true
	}
	for _, p := range carried {
		inScope[p] = true
	}
	return inScope
}

// corroborated: the issues that some keyword other than a weak one names
// in the article's scope. A weak word is one several issues share:
// "logistics" for a military force's supply or for trade, "exports" of
// goods, power or arms, "naval" for sea lanes or a navy's own build-up,
// "medical" and "medicines" for public health or relief; which one it
// serves the article's other words tell, so it names none alone.
func corroborated(sents []sentence, sis []int, hitsBySent map[int][]issueHit, inScope map[int]bool, whole bool) map[string]bool {
	strong := map[string]bool{}
	for _, si := range sis {
		if !whole && !inScope[sents[si].para] {
			continue
		}
		for _, h := range hitsBySent[si] {
			strong[h.issue] = strong[h.issue] || !h.weak
		}
	}
	return strong
}

// accountParagraphs are the paragraphs that tell of the engagements: their
// own, and carried those that carry the account on, one after another,
// with the parties taken together as subject ("Ministers exchanged views
// on ...", "The two sides also agreed ...": a release gives each agenda
// item a paragraph of its own). The paragraph after the next one
// ("Ministers also discussed ...") belongs to the talks as much as the
// next.
func accountParagraphs(sents []sentence, engs []candidate) (own, carried []int) {
	isOwn := map[int]bool{}
	for _, e := range engs {
		for _, si := range e.sents {
			if !isOwn[sents[si].para] {
				isOwn[sents[si].para] = true
				own = append(own, sents[si].para)
			}
		}
	}
	carriesOn := map[int]bool{}
	for _, s := range sents {
		if !s.headline && partiesTogether(s.toks) {
			carriesOn[s.para] = true
		}
	}
	for _, p := range own {
		for q := p + 1; carriesOn[q] && !isOwn[q]; q++ {
			carried = append(carried, q)
		}
	}
	return own, carried
}

// partiesHeads name the parties of talks taken together.
var partiesHeads = map[string]bool{
	"ministers": true, "leaders": true, "presidents": true, "sides": true, "delegations": true,
	"participants": true, "premiers": true, "counterparts": true, "secretaries": true,
}

// partiesDeterminers may stand before partiesHeads: "the two sides",
// "both leaders", "all participants".
var partiesDeterminers = map[string]bool{
	"the": true, "both": true, "all": true, "two": true, "three": true, "four": true, "foreign": true,
}

// partiesTogether: the sentence opens with the parties taken together as
// its subject ("Ministers", "The two sides", "Both leaders") and a verb
// after them, not "of" ("Ministers of the region" is no account).
func partiesTogether(toks []token) bool {
	for i, t := range toks {
		if t.kind != tokWord || i > 3 {
			return false
		}
		if partiesHeads[t.lower] {
			return i+1 < len(toks) && toks[i+1].kind == tokWord && !gapStops[toks[i+1].lower] && toks[i+1].lower != "of"
		}
		if !partiesDeterminers[t.lower] {
			return false
		}
	}
	return false
}

// causeMarkers give the cause of what the sentence tells: "postponed
// because of the storm".
var causeMarkers = [][]string{
	{"because", "of"}, {"due", "to"}, {"owing", "to"}, {"on", "account", "of"}, {"amid"}, {"amidst"},
	{"in", "view", "of"}, {"in", "light", "of"},
}

// cancellationStems name a meeting put off or called off: its cause is
// no subject of the talks that did not happen.
var cancellationStems = []string{"postpon", "cancel", "delay", "defer", "reschedul", "adjourn", "shelv"}

// causeOfCancellation: the keyword at i ends the noun phrase of a cause
// ("because of the coronavirus", "due to the spreading epidemic") given
// for a meeting the sentence tells postponed, cancelled or called off;
// the pandemic that put off a summit is not what the summit was to
// address (GUIDELINES: issues are what was discussed).
func causeOfCancellation(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		for _, m := range causeMarkers {
			if k+1-len(m) >= 0 && tokensAre(toks[k+1-len(m):k+1], m) {
				return cancelledIn(toks)
			}
		}
		if !gapToken(toks[k]) {
			return false // the cause's noun phrase ends here
		}
	}
	return false
}

// affairsClimates are the moods "climate" names beside the weather's:
// "the investment climate", "the political climate".
var affairsClimates = map[string]bool{
	"investment": true, "business": true, "political": true, "economic": true, "security": true,
	"social": true, "moral": true, "commercial": true, "regulatory": true,
}

// climateOfAffairs: "climate" alone at toks[i:j] is a mood of affairs,
// not the earth's ("the investment climate", "a climate of trust"); in
// every other place the word is the subject itself, whatever noun it
// modifies or heads ("climate diplomacy", "a changing climate").
func climateOfAffairs(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].lower != "climate" {
		return false
	}
	return i > 0 && affairsClimates[toks[i-1].lower] || j < len(toks) && toks[j].lower == "of"
}

// sinceAnchor: the keyword at toks[i:j] stands in the noun phrase after
// "since the", a past event that dates what the sentence tells ("help
// since the end of the civil war", "trade since the signing of the
// ceasefire agreement"), not a subject of the talks; a verb after it
// makes "since" a cause ("since the threat of terrorism is growing").
func sinceAnchor(toks []token, i, j int) bool {
	for k := j; k < len(toks) && k < j+4 && toks[k].kind == tokWord && !gapStops[toks[k].lower]; k++ {
		if clauseVerbs[toks[k].lower] {
			return false
		}
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if toks[k].lower == "the" && toks[k-1].lower == "since" {
			return true
		}
		if !gapToken(toks[k]) {
			return false
		}
	}
	return false
}

// clauseVerbs are the auxiliaries and copulas that open a clause's
// predicate.
var clauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"remains": true, "remain": true, "continues": true, "continue": true, "poses": true, "pose": true,
}

// cancelledIn: a word of the sentence puts a meeting off or calls it off.
func cancelledIn(toks []token) bool {
	for k := range toks {
		w := toks[k].lower
		for _, st := range cancellationStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
		if (w == "called" || w == "call" || w == "put") && k+1 < len(toks) && toks[k+1].lower == "off" {
			return true
		}
	}
	return false
}

// weaponStems name what nonproliferation keeps from spreading: weapons of
// mass destruction, their means of delivery and materials.
var weaponStems = []string{"nuclear", "weapon", "wmd", "missile", "chemical", "biological", "mass", "ballistic",
	"fissile", "radiological", "atomic", "warhead", "uranium", "plutonium", "arms", "nbc", "cbrn"}

// spreadOfOtherThings: "proliferation of" names the spread of something
// that is no weapon ("the proliferation of armed groups", "of fake
// news", "of checkpoints"); the spread of weapons stays nonproliferation.
func spreadOfOtherThings(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].lower != "proliferation" || j >= len(toks) || toks[j].lower != "of" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6 && gapToken(toks[k]); k++ {
		for _, st := range weaponStems {
			if strings.HasPrefix(toks[k].lower, st) {
				return false
			}
		}
	}
	return true
}

// placeOfSeaMatters head the maritime matters that a sea is merely the
// place of: "freedom of navigation in the South China Sea", "maritime
// security in the East China Sea", "joint patrols in the sea".
var placeOfSeaMatters = map[string]bool{
	"navigation": true, "overflight": true, "security": true, "patrol": true, "patrols": true,
	"patrolling": true, "presence": true, "operations": true, "exercise": true, "exercises": true,
	"transit": true, "passage": true, "shipping": true, "drills": true,
}

// seaAsPlace: the sea named at toks[i:j] stands after "in the" behind a
// maritime matter, the place where ships sail or patrol; the claims to
// its waters are no subject of that phrase. A sea the talks turn to as
// such ("concerns about the South China Sea", "the situation in the East
// China Sea") is.
func seaAsPlace(toks []token, i, j int) bool {
	if !strings.HasPrefix(toks[j-1].lower, "sea") || i < 3 || toks[i-1].lower != "the" {
		return false
	}
	prep := toks[i-2].lower
	return (prep == "in" || prep == "across" || prep == "through") && placeOfSeaMatters[toks[i-3].lower]
}

// dropIssue removes the hits of one issue from out[mark:].
func dropIssue(out []issueHit, mark int, issue string) []issueHit {
	kept := out[:mark]
	for _, h := range out[mark:] {
		if h.issue != issue {
			kept = append(kept, h)
		}
	}
	return kept
}

// peopleHeads name people or bodies that a meeting is held with.
var peopleHeads = map[string]bool{
	"groups": true, "group": true, "leaders": true, "leader": true, "representatives": true, "activists": true,
	"members": true, "organisations": true, "organizations": true, "figures": true, "actors": true,
}

// civilSocietyMet: "civil society" at toks[i:j] names the people met
// ("a town hall with civil society groups", "members of civil society",
// "civil society leaders"), not the freedom left to them that talks take
// up ("room for civil society to operate").
func civilSocietyMet(toks []token, i, j int) bool {
	if j-i != 2 || toks[i].lower != "civil" || toks[i+1].lower != "society" {
		return false
	}
	if j < len(toks) && peopleHeads[toks[j].lower] {
		return true
	}
	return i >= 2 && toks[i-1].lower == "of" && peopleHeads[toks[i-2].lower]
}

// otherSubjectHeads are the nouns of other subjects that a region's name
// may modify: "a Gulf trade zone", "an Indo-Pacific economic
// framework", "Caribbean tourism".
var otherSubjectHeads = map[string]bool{
	"free": true, "trade": true, "economic": true, "economy": true, "economies": true, "business": true,
	"investment": true, "market": true, "markets": true, "energy": true, "development": true,
	"tourism": true, "cultural": true, "culture": true, "climate": true, "green": true, "digital": true,
	"infrastructure": true, "food": true, "health": true,
}

// regionAsModifier: the capitalised region named at toks[i:j] modifies the
// noun of another subject, a free trade area or an economic forum, not its
// own security.
func regionAsModifier(toks []token, i, j int) bool {
	if j >= len(toks) || !toks[i].upper || !toks[j-1].upper {
		return false
	}
	return toks[j].kind == tokWord && otherSubjectHeads[toks[j].lower]
}

// venueBody: the keyword at toks[i:j] is a body's acronym where talks
// were held, "at NATO" or "at the NATO summit": the place of the meeting,
// not its subject ("two envoys confer at NATO").
func venueBody(toks []token, i, j int) bool {
	if j-i != 1 || len(toks[i].text) < 3 || strings.ToUpper(toks[i].text) != toks[i].text {
		return false
	}
	k := i - 1
	if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "a") {
		k--
	}
	if k >= 0 && toks[k].lower == "at" {
		return true
	}
	// "on the sidelines of a NATO meeting", "on the margins of the ASEAN summit"
	return k > 0 && toks[k].lower == "of" && marginWords[toks[k-1].lower]
}

// marginWords name the edge of a gathering where talks beside it are held.
var marginWords = map[string]bool{"sidelines": true, "sideline": true, "margins": true, "margin": true, "fringes": true, "fringe": true}

// reliefGoods are what disaster relief hands out beside medical care.
var reliefGoods = map[string]bool{
	"shelter": true, "food": true, "water": true, "blankets": true, "tents": true, "clothing": true,
	"sanitation": true, "hygiene": true,
}

// reliefItem: the keyword at i ("medical care", "medical supplies") is
// one item of a list of relief goods ("blankets, food and medical
// care"): the relief is humanitarian aid, no public-health cooperation.
// The list is the words just before it in the same clause.
func reliefItem(toks []token, i int) bool {
	if toks[i].lower != "medical" && !strings.HasPrefix(toks[i].lower, "medicine") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if t := toks[k]; t.kind == tokPunct && t.text != "," {
			return false
		}
		if reliefGoods[toks[k].lower] {
			return true
		}
	}
	return false
}

// medicalReliefTeams: a sentence that tells of relief after a disaster or
// for refugees (a humanitarian-aid hit) sends its medical teams,
// specialists and supplies as part of that relief ("dispatched a Disaster
// Relief medical team", "thanked the army's engineers and medical teams
// in the tsunami-hit province"): no public-health cooperation. The health
// hits of "medical" among out[start:] go; an epidemic or a hospital named
// beside stays.
func medicalReliefTeams(out []issueHit, start int) []issueHit {
	relief := false
	for _, h := range out[start:] {
		relief = relief || h.issue == "humanitarian-aid"
	}
	if !relief {
		return out
	}
	kept := out[:start]
	for _, h := range out[start:] {
		if h.issue != "health" || h.word != "medical" {
			kept = append(kept, h)
		}
	}
	return kept
}

// civilAllianceModifiers name what a non-military alliance is for: "the
// green growth alliance", "the International Solar Alliance", "Gavi, the
// Vaccine Alliance", the Latin American trade bloc "the Pacific Alliance".
var civilAllianceModifiers = map[string]bool{
	"growth": true, "green": true, "solar": true, "vaccine": true, "vaccines": true, "energy": true,
	"climate": true, "trade": true, "digital": true, "business": true, "pacific": true, "tourism": true,
	"education": true, "cultural": true, "ocean": true, "ocean's": true, "clean": true, "hydrogen": true,
}

// civilAlliance: the capitalised "Alliance" at toks[i:j] names a body for
// another subject, which its modifier tells; no military alliance.
func civilAlliance(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].lower != "alliance" || !toks[i].upper || i == 0 {
		return false
	}
	return civilAllianceModifiers[toks[i-1].lower]
}

// otherSecurities modify "security" or "stability" into a subject of
// its own: energy, food or economic security is no region's.
var otherSecurities = map[string]bool{
	"energy": true, "food": true, "water": true, "health": true, "cyber": true, "human": true, "job": true,
	"economic": true, "financial": true, "fiscal": true, "price": true, "macroeconomic": true, "supply": true,
	"data": true, "information": true, "nuclear": true, "social": true, "climate": true, "public": true,
}

// securityOfOtherKind: the keyword at i opens with "security" or
// "stability" right after a word that makes it another kind ("energy
// security in Europe", "financial stability in Asia"): no matter of the
// region's security.
func securityOfOtherKind(toks []token, i int) bool {
	if i == 0 || toks[i].lower != "security" && toks[i].lower != "stability" {
		return false
	}
	return otherSecurities[toks[i-1].lower]
}

// placedSubjects are subjects of their own that a region's name after
// "of", "on" or "in" merely places: "the denuclearization of the Korean
// Peninsula" is nonproliferation, "lasting peace on the Peninsula" a peace
// process.
var placedSubjects = map[string]bool{
	"denuclearization": true, "denuclearisation": true, "peace": true, "reunification": true,
	"unification": true,
}

// regionOfOtherSubject: the keyword at i, a region's name, stands after
// "the" and "of", "on" or "in" behind a word of placedSubjects: the
// region is where that subject lies, not a security matter of its own
// ("backs the denuclearization of the Korean Peninsula"). The situation
// on the peninsula, its stability or tensions there stay.
func regionOfOtherSubject(toks []token, i int) bool {
	if i < 3 || toks[i-1].lower != "the" {
		return false
	}
	if p := toks[i-2].lower; p != "of" && p != "on" && p != "in" {
		return false
	}
	return placedSubjects[toks[i-3].lower]
}

// reportersQuestions marks the sentences of a transcript's questions from
// the press: a turn opened by the label "QUESTION:" or "Q:" runs to the
// next paragraph that opens with a label. A reporter asks about what is
// in the news ("on Iraq, will your government keep its troops there?");
// what the talks took up is in the officials' own turns and the readout.
// A question whether the talks took a subject up ("Was that discussed?",
// "Did you raise ...?") stays: the answer is about the talks.
func reportersQuestions(sents []sentence) map[int]bool {
	asked := map[int]bool{}
	var turn []int
	closeTurn := func() {
		if !asksAboutTalks(sents, turn) {
			for _, si := range turn {
				asked[si] = true
			}
		}
		turn = turn[:0]
	}
	inQuestion := false
	for si, s := range sents {
		if s.headline {
			continue
		}
		if si == 0 || s.para != sents[si-1].para {
			if len(s.toks) > 1 && (labelColon(s.toks) >= 0 || s.toks[1].text == ":") {
				closeTurn()
				inQuestion = labelColon(s.toks) == 1 && (s.toks[0].text == "QUESTION" || s.toks[0].text == "Q")
			}
		}
		if inQuestion {
			turn = append(turn, si)
		}
	}
	closeTurn()
	return asked
}

// asksAboutTalks: a question's sentences ask whether the talks took a
// subject up: a verb of discussing, raising or talking about.
func asksAboutTalks(sents []sentence, turn []int) bool {
	for _, si := range turn {
		for _, t := range sents[si].toks {
			switch {
			case strings.HasPrefix(t.lower, "discuss"), t.lower == "raise", t.lower == "raised", t.lower == "talk", t.lower == "talked":
				return true
			}
		}
	}
	return false
}

// formerCombatantsDisarmed: "disarmament" at toks[i:j] opens the
// programme that disarms, demobilises and reintegrates fighters after a
// war ("disarmament, demobilisation and reintegration", "disarmament and
// demobilization of militias"): stabilisation, not arms control.
func formerCombatantsDisarmed(toks []token, i, j int) bool {
	if j-i != 1 || toks[i].lower != "disarmament" || j+1 >= len(toks) {
		return false
	}
	if toks[j].text != "," && toks[j].lower != "and" {
		return false
	}
	return strings.HasPrefix(toks[j+1].lower, "demobili")
}

// standDownStems name what a peace settlement does with fighters: their
// cantonment, disarmament, demobilisation, reintegration.
var standDownStems = []string{"canton", "disarm", "demobili", "reintegrat"}

// armedGroupsStoodDown: "armed groups" at toks[i:j] are what a peace
// settlement cantons, disarms or demobilises ("the cantonment of armed
// groups", "a programme to demobilise illegal armed groups"): that
// settlement's subject, which its own words name, not a threat to the
// region. The stem stands at most four words before.
func armedGroupsStoodDown(toks []token, i, j int) bool {
	if j-i != 2 || toks[i].lower != "armed" || !strings.HasPrefix(toks[i+1].lower, "group") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		for _, st := range standDownStems {
			if strings.HasPrefix(toks[k].lower, st) {
				return true
			}
		}
	}
	return false
}

// backgroundSection marks the sentences a release sets apart as
// background: all after a heading line "Background" or "Notes to
// editors", and a paragraph opening "Background:". GUIDELINES: background
// not tied to the engagement gives no required issue; a release's own
// heading says which paragraphs are so.
func backgroundSection(sents []sentence) map[int]bool {
	var marked map[int]bool
	mark := func(si int) {
		if marked == nil {
			marked = map[int]bool{}
		}
		marked[si] = true
	}
	from, para := -1, -1
	for si, s := range sents {
		if s.headline {
			continue
		}
		switch {
		case from >= 0:
			mark(si)
		case backgroundHeading(s.toks):
			from = si
			mark(si)
		case len(s.toks) > 2 && s.toks[0].lower == "background" && s.toks[1].text == ":":
			para = s.para
			mark(si)
		case s.para == para:
			mark(si)
		}
	}
	return marked
}

// backgroundHeading: the sentence is a heading line "Background" or
// "Note(s) to editors", with or without a colon.
func backgroundHeading(toks []token) bool {
	n := len(toks)
	if n > 0 && toks[n-1].text == ":" {
		n--
	}
	switch {
	case n == 1:
		return toks[0].lower == "background"
	case n == 3:
		return (toks[0].lower == "notes" || toks[0].lower == "note") && toks[1].lower == "to" && toks[2].lower == "editors"
	}
	return false
}
