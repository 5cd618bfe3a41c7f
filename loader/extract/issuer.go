package extract

import (
	"slices"
	"strings"

	"github.com/attache-project/attache/identity"
)

// The issuer of a first-person release.
//
// "I will travel to Ghana and Togo next week …": a minister's own release
// speaks as "I", and names its issuer in the header above the text, as
// "Secretary Ana Vell" on one line or as an office on one line and the
// name on the next ("MINISTER FOR FOREIGN AFFAIRS" / "ANA VELL"). The
// header is page furniture that cleaning removes, so it is read from the
// raw text. The issuer is an official, and the "I" of the text.

// maxIssuerLines bounds how far above the first "I" the header may be.
const maxIssuerLines = 6

// maxIssuerSearch bounds how many raw lines are searched for the first "I".
const maxIssuerSearch = 60

// findIssuer returns the mention of a first-person release's issuer,
// anchored at the first "I" of the body, if the release names one.
func (x *Extractor) findIssuer(raw string, sents []sentence) (officialMention, bool) {
	si, tok, ok := firstPersonI(sents)
	lines := strings.Split(raw, "\n")
	if !ok {
		return x.labelIssuer(lines, sents)
	}
	first := -1
	for i, l := range lines {
		if i >= maxIssuerSearch {
			break
		}
		if hasFirstPersonI(l) {
			first = i
			break
		}
	}
	for i, seen := first-1, 0; i >= 0 && seen < maxIssuerLines; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			continue // blank lines between the header's parts are no lines of it
		}
		seen++
		if m, ok := x.issuerLine(lines, i); ok {
			m.sent, m.tok, m.end = si, tok, tok+1
			m.rule = "issuer"
			return m, true
		}
	}
	return x.labelIssuer(lines, sents)
}

// maxLabelSents bounds how many body sentences are searched for the first
// speaker label of a transcript.
const maxLabelSents = 3

// labelIssuer: a transcript whose first turn opens with a label of an
// office alone ("PRIME MINISTER:", "THE PRESIDENT:", "MINISTER:") is its
// publisher's, and the header above it names the holder ("Prime Minister
// Ana Vell", or the office over the name in capitals): the label is that
// person.
func (x *Extractor) labelIssuer(lines []string, sents []sentence) (officialMention, bool) {
	lab, ok := x.firstOfficeLabel(sents)
	if !ok {
		return officialMention{}, false
	}
	at := -1
	for i, l := range lines {
		if i >= maxIssuerSearch {
			break
		}
		if strings.HasPrefix(strings.TrimSpace(l), joinTokens(sents[lab.sent].toks[:lab.colon+1])) {
			at = i
			break
		}
	}
	for i := at - 1; i >= 0 && i >= at-maxIssuerLines; i-- {
		if m, ok := x.issuerLine(lines, i); ok && lab.names(m) {
			m.sent, m.tok, m.end = lab.sent, lab.name, lab.colon
			m.rule = "issuer-label"
			return m, true
		}
	}
	return officialMention{}, false
}

// firstLabel is the first speaker label of a transcript: its sentence, its
// colon, the office's normalised title, and where the name after the office
// starts (the colon when the label holds the office alone).
type firstLabel struct {
	sent, colon, name int
	office            string
	surname           string
}

// names: the header's mention m is the speaker of the label. A label of an
// office alone ("PRIME MINISTER:") is the holder of that office; a label of
// an office and a surname ("SECRETARY VELL:") is the header's person of that
// surname, whose full name ("Secretary Ana M. Vell", or family name first,
// "Minister SATO Ken") the header gives.
func (lab firstLabel) names(m officialMention) bool {
	if lab.surname == "" {
		return m.title.entry.Title.Title == lab.office
	}
	n := len(m.nameToks)
	return n >= 2 && (m.nameToks[n-1] == lab.surname || m.nameToks[0] == lab.surname)
}

// firstOfficeLabel finds the first speaker label of the body's first
// sentences and reports it when it opens with an office: the office alone
// ("PRIME MINISTER:"), or the office and one name word, a surname
// ("SECRETARY VELL:"). A header's list of subjects is no label.
func (x *Extractor) firstOfficeLabel(sents []sentence) (firstLabel, bool) {
	seen := 0
	for si, s := range sents {
		if s.headline || headerField(s.toks) {
			continue
		}
		if seen++; seen > maxLabelSents {
			break
		}
		colon := labelColon(s.toks)
		if colon < 0 {
			continue
		}
		start := 0
		if s.toks[0].lower == "the" {
			start = 1
		}
		e, j, ok := x.titles.match(s.toks, start)
		if !ok || e.Skip || j > colon {
			return firstLabel{}, false
		}
		lab := firstLabel{sent: si, colon: colon, name: colon, office: e.Title.Title}
		if j < colon {
			surname := identity.Fold(joinTokens(s.toks[j:colon]))
			if len(surname) != 1 || !x.labelName(s.toks, j, colon) {
				return firstLabel{}, false
			}
			lab.name, lab.surname = j, surname[0]
		}
		return lab, true
	}
	return firstLabel{}, false
}

// headerFields are the one-word labels of a transcript's or release's
// header lines ("Subjects: trade; climate.", "Location: Canberra"), which
// are neither speakers nor prose.
var headerFields = map[string]bool{
	"subjects": true, "subject": true, "topics": true, "topic": true, "keywords": true, "tags": true,
	"location": true, "venue": true, "date": true, "time": true, "place": true,
}

// headerField: the sentence is a header line of one of headerFields.
func headerField(toks []token) bool {
	return len(toks) > 2 && toks[1].text == ":" && headerFields[toks[0].lower]
}

// hasFirstPersonI: the raw line has the pronoun "I" as a word of its own
// ("I will travel", "Today I met", "I’m glad"), not only at its start.
func hasFirstPersonI(line string) bool {
	for _, f := range strings.Fields(line) {
		if f == "I" || strings.HasPrefix(f, "I'") || strings.HasPrefix(f, "I’") {
			return true
		}
	}
	return false
}

// maxIssuerParas bounds how many paragraphs of the body's prose may come
// before the first "I": a release may open with a paragraph of news in
// the third person ("Trade between the two countries grew by a third
// last year.") before the minister speaks ("This morning I called …").
const maxIssuerParas = 2

// firstPersonI finds the first "I" outside quotations in the first
// paragraphs of the body's prose: lines without a sentence's end above it
// (the header's office, place and date lines, page furniture that
// cleaning kept) are no paragraph of it.
func firstPersonI(sents []sentence) (int, int, bool) {
	para, paras := -1, 0
	for si, s := range sents {
		if s.headline || para < 0 && (!closesSentence(s) || headerField(s.toks)) {
			continue
		}
		if s.para != para {
			if paras++; paras > maxIssuerParas {
				return 0, 0, false
			}
			para = s.para
		}
		quoted := quotedTokens(s.toks)
		for k, t := range s.toks {
			if iForms[t.text] && !quoted[k] {
				return si, k, true
			}
		}
	}
	return 0, 0, false
}

// issuerLine reads line i of the header as "Title Name", or as a name in
// capitals under a line that holds an office.
func (x *Extractor) issuerLine(lines []string, i int) (officialMention, bool) {
	raw := strings.TrimSpace(lines[i])
	line := stripHonours(raw)
	os, ok := x.lineSentence(line)
	if !ok {
		return officialMention{}, false
	}
	var found officialsFound
	for k := 0; k < len(os.toks); k++ {
		k = x.titleNamePatterns(os, k, &found)
	}
	if len(found.mentions) == 1 && found.mentions[0].tok == len(os.toks)-(found.mentions[0].end-found.mentions[0].tok) {
		return found.mentions[0], true
	}
	if m, ok := x.capsNameOffice(os, line); ok {
		return m, true
	}
	// A name line is in capitals, or written with its honours ("Senator
	// the Hon Ana Vell"), or a full name over a line that opens with an
	// office ("Ana Vell" / "Secretary of State", as the State Department's
	// remarks write their speaker).
	if !x.labelName(os.toks, 0, len(os.toks)) {
		return officialMention{}, false
	}
	marked := strings.ToUpper(line) == line || line != raw
	// The office is on the line below the name ("Hon Ana Vell" /
	// "Minister of Foreign Affairs", as New Zealand and Pacific releases
	// write it) or on the line above it.
	tm, ok := x.officeLine(lines, i+1, true)
	if !ok && line != raw {
		tm, ok = x.portfolioLine(lines, i+1)
	}
	if !ok && marked && i > 0 {
		tm, ok = x.officeLine(lines, i-1, false)
	}
	if !ok || !marked && len(nameKeyTokens(line)) < 2 {
		return officialMention{}, false
	}
	tm.title = titleCaseCaps(tm.title)
	m := x.newMention(os.text, os.toks, 0, 0, len(os.toks), tm, "issuer")
	m.name = nameCase(m.name)
	m.nameToks = nameKeyTokens(m.name)
	return m, true
}

// capsNameOffice reads a header line in capitals that gives the name, a
// comma and the office to the line's end ("ANA M. VELL, SECRETARY OF
// STATE"), as the State Department heads a statement of the Secretary's.
// A spokesperson's office makes no issuer.
func (x *Extractor) capsNameOffice(os *officialSentence, line string) (officialMention, bool) {
	if strings.ToUpper(line) != line {
		return officialMention{}, false
	}
	c := slices.IndexFunc(os.toks, func(t token) bool { return t.text == "," })
	if c < 2 || c+1 >= len(os.toks) || !x.labelName(os.toks, 0, c) {
		return officialMention{}, false
	}
	e, j, ok := x.titles.match(os.toks, c+1)
	if !ok || e.Skip {
		return officialMention{}, false
	}
	tm, _, ok := x.officeAt(os, c+1, e, j)
	if !ok || tm.end != len(os.toks) {
		return officialMention{}, false
	}
	tm.title = titleCaseCaps(tm.title)
	m := x.newMention(os.text, os.toks, 0, 0, c, tm, "issuer")
	m.name = nameCase(m.name)
	m.nameToks = nameKeyTokens(m.name)
	return m, true
}

// officeLine reads the office that header line i holds. An office below
// the name must open its line ("Minister of Foreign Affairs"), so that the
// first sentence of the body, which may name other offices, is not read as
// the issuer's.
func (x *Extractor) officeLine(lines []string, i int, opens bool) (titleMatch, bool) {
	if i < 0 || i >= len(lines) {
		return titleMatch{}, false
	}
	line, ok := x.lineSentence(strings.TrimSpace(lines[i]))
	if !ok {
		return titleMatch{}, false
	}
	for k := range line.toks {
		if e, j, ok := x.titles.match(line.toks, k); ok && !e.Skip {
			tm, _, ok := x.officeAt(line, k, e, j)
			return tm, ok
		}
		if opens {
			break
		}
	}
	return titleMatch{}, false
}

// maxPortfolioWords bounds a header's portfolio line.
const maxPortfolioWords = 8

// portfolioLine reads header line i as the portfolio of the minister
// named with honours on the line above ("Hon Ana Vell" / "Trade and
// Export Growth"), as New Zealand's and other Westminster governments'
// releases write a minister's office: capitalised words and their glue
// only (and commas between them), one of them a word of a ministry's
// domain. It is the office
// "Minister for" that portfolio.
func (x *Extractor) portfolioLine(lines []string, i int) (titleMatch, bool) {
	if i < 0 || i >= len(lines) {
		return titleMatch{}, false
	}
	line := strings.TrimSpace(lines[i])
	os, ok := x.lineSentence(line)
	if !ok || len(os.toks) > maxPortfolioWords {
		return titleMatch{}, false
	}
	domain := false
	for _, t := range os.toks {
		if t.text == "," {
			continue // "Trade, Tourism and Investment"
		}
		if t.kind != tokWord || !t.upper && !complementGlue[t.lower] {
			return titleMatch{}, false
		}
		domain = domain || t.upper && x.complementEnd(t)
	}
	if !domain {
		return titleMatch{}, false
	}
	office, ok := x.lineSentence("Minister for " + line)
	if !ok {
		return titleMatch{}, false
	}
	e, j, ok := x.titles.match(office.toks, 0)
	if !ok {
		return titleMatch{}, false
	}
	tm, _, ok := x.officeAt(office, 0, e, j)
	return tm, ok
}

// leadingHonours and trailingHonours are the forms of address and the
// post-nominal letters a release header writes around its issuer's name:
// "THE HON ANA VELL MP", "Senator the Hon Ana Vell".
var (
	leadingHonours  = map[string]bool{"the": true, "hon": true, "hon.": true, "honourable": true, "honorable": true, "rt": true, "rt.": true, "right": true, "senator": true}
	trailingHonours = map[string]bool{"mp": true, "kc": true, "qc": true, "mla": true, "mha": true, "mpp": true, "pc": true, "td": true, "msp": true}
)

// stripHonours drops the forms of address before a header's name and the
// post-nominal letters after it; any other line comes back unchanged.
func stripHonours(line string) string {
	f := strings.Fields(line)
	a, b := 0, len(f)
	for a < b && leadingHonours[strings.ToLower(f[a])] {
		a++
	}
	for b > a && trailingHonours[strings.ToLower(strings.TrimSuffix(f[b-1], ","))] {
		b--
	}
	if a == 0 && b == len(f) || b-a < 2 {
		return line
	}
	return strings.Join(f[a:b], " ")
}

// closesSentence: the sentence closes with a full stop, a question or an
// exclamation mark, as prose does and header lines do not.
func closesSentence(s sentence) bool {
	if len(s.toks) == 0 {
		return false
	}
	switch s.toks[len(s.toks)-1].text {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// lineSentence reads one header line as a sentence of its own.
func (x *Extractor) lineSentence(line string) (*officialSentence, bool) {
	if line == "" || len(line) > 120 {
		return nil, false
	}
	sents := splitSentences(line, 0)
	if len(sents) != 1 {
		return nil, false
	}
	sc, ec := sentenceStates(x.findCountries(sents))
	toks := sents[0].toks
	return &officialSentence{text: line, toks: toks, sc: sc[0], ec: ec[0], claimed: make([]bool, len(toks))}, true
}

// firstPersonRefs are the words by which the issuer refers to themself,
// with the contractions of "I", which the tokenizer keeps as one word
// ("I'll meet", "I’ve invited", "I'm travelling").
var firstPersonRefs = map[string]bool{
	"I": true, "me": true, "my": true, "My": true,
	"I'll": true, "I’ll": true, "I've": true, "I’ve": true, "I'm": true, "I’m": true, "I'd": true, "I’d": true,
}

// iForms are the subject "I" and its contractions.
var iForms = map[string]bool{
	"I": true, "I'll": true, "I’ll": true, "I've": true, "I’ve": true, "I'm": true, "I’m": true, "I'd": true, "I’d": true,
}

// issuerRefs: every "I", "me" and "my" of the body outside quotations
// refers to the issuer.
func issuerRefs(sents []sentence, pi int) []ref {
	var out []ref
	for si, s := range sents {
		if s.headline {
			continue
		}
		quoted := quotedTokens(s.toks)
		for k, t := range s.toks {
			if firstPersonRefs[t.text] && !quoted[k] {
				out = append(out, ref{si, k, k + 1, pi})
			}
		}
	}
	return out
}

// The holder of the office that publishes.
//
// A head of state's or government's own site names the holder bare ("Ivan
// Orlov held talks with ..."): the outlet is the office ("President of
// Russia", "Prime Minister of Australia"), and a full name opening one of
// the first sentences of the body as the subject of an engagement is its
// holder.

// maxHolderSents bounds how far into the body the holder is sought.
const maxHolderSents = 6

// outletOffice reads an outlet that names an office of one state, and
// nothing else before its parenthesis.
func (x *Extractor) outletOffice(outlet string) (titleMatch, bool) {
	if i := strings.IndexAny(outlet, "(,"); i >= 0 {
		outlet = outlet[:i]
	}
	outlet = strings.TrimSpace(outlet)
	if head, ok := serviceHeads[outlet]; ok {
		outlet = head
	}
	os, ok := x.lineSentence(outlet)
	if !ok || len(os.toks) == 0 {
		return titleMatch{}, false
	}
	e, j, ok := x.titles.match(os.toks, 0)
	if !ok || e.Skip {
		return titleMatch{}, false
	}
	tm, _, ok := x.officeAt(os, 0, e, j)
	return tm, ok && (tm.country != "" || tm.org != "") && tm.end == len(os.toks)
}

// serviceHeads are services that publish for one office holder, and that
// office: the EU'"'"'s diplomatic service writes for the High Representative
// and names her bare ("N met with ...").
var serviceHeads = map[string]string{
	"European External Action Service": "High Representative of the Union for Foreign Affairs and Security Policy",
	"EEAS":                             "High Representative of the Union for Foreign Affairs and Security Policy",
}

// findOutletHolder returns the mention of the office holder named bare as
// the subject of an engagement in an office's own release.
func (x *Extractor) findOutletHolder(text string, sents []sentence, cms []countryMention, outlet string) (officialMention, bool) {
	tm, ok := x.outletOffice(outlet)
	if !ok {
		return officialMention{}, false
	}
	sc, _ := sentenceStates(cms)
	seen := 0
	for si, s := range sents {
		if s.headline {
			continue
		}
		if seen++; seen > maxHolderSents {
			break
		}
		a, b, ok := x.readName(s.toks, frontedEnd(s.toks), sc[si])
		if ok && b-a >= 2 && x.personLike(text, s.toks, a, b) && x.engagementAfter(s.toks, b) {
			return x.newMention(text, s.toks, si, a, b, tm, "outlet-office"), true
		}
	}
	return officialMention{}, false
}

// personLike: the words read as a name are no place, state or body the
// gazetteer or the organisations know, and hold no institution word
// ("Saint Petersburg", "Security Council").
func (x *Extractor) personLike(text string, toks []token, a, b int) bool {
	if len(x.gaz.Lookup(nameText(text, toks, a, b))) > 0 {
		return false
	}
	for k := a; k < b; k++ {
		if orgWords[toks[k].lower] || institutionNouns[toks[k].lower] || len(x.gaz.Lookup(toks[k].text)) > 0 {
			return false
		}
	}
	return true
}

// engagementAfter: the verb at token b states an engagement its subject
// takes part in ("met", "held talks", "had a telephone conversation"),
// not one a place hosts.
func (x *Extractor) engagementAfter(toks []token, b int) bool {
	if b >= len(toks) {
		return false
	}
	if e, j, ok := x.triggers.match(toks, b); ok {
		if e.Weak && receptionVerb(e.Surface) {
			return x.officeObject(toks, j)
		}
		return !e.Weak && !e.Attach && !nounTriggers[e.Surface] && !strings.HasPrefix(e.Surface, "host")
	}
	switch toks[b].lower {
	case "had", "has", "held", "holds":
	default:
		return false
	}
	for k := b + 1; k < len(toks) && k <= b+4; k++ {
		if e, _, ok := x.triggers.match(toks, k); ok && !e.Weak {
			return true
		}
	}
	return false
}

// receptionVerb: the trigger receives or welcomes a guest, an engagement
// only when its object is a person ("received the Prime Minister of …"),
// not a report or an award.
func receptionVerb(surface string) bool {
	return strings.HasPrefix(surface, "receiv") || strings.HasPrefix(surface, "welcom")
}

// officeObject: the words from token k open with an office, after an
// optional "the": "received Prime Minister of Armenia N", "welcomed the
// President of Peru".
func (x *Extractor) officeObject(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	e, _, ok := x.titles.match(toks, k)
	return ok && !e.Skip
}

// frontedEnd is where the subject starts after a fronted phrase of time
// in lower-case words, weekdays and months ("On Monday N met", "At the beginning of the week N met ...", "Earlier
// this week, N held talks ..."), or 0.
func frontedEnd(toks []token) int {
	if len(toks) == 0 || !frontedOpeners[toks[0].lower] {
		return 0
	}
	for k := 1; k < len(toks) && k <= 8; k++ {
		t := toks[k]
		switch {
		case t.kind == tokWord && t.upper && !calendarName(t):
			return k
		case t.kind == tokWord || t.text == ",":
		default:
			return 0
		}
	}
	return 0
}

// frontedOpeners open a phrase of time before a sentence's subject.
var frontedOpeners = map[string]bool{"at": true, "earlier": true, "later": true, "during": true, "last": true, "this": true, "on": true}
