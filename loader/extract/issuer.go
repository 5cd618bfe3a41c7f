package extract

import "strings"

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
	if !ok {
		return officialMention{}, false
	}
	lines := strings.Split(raw, "\n")
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
	for i := first - 1; i >= 0 && i >= first-maxIssuerLines; i-- {
		if m, ok := x.issuerLine(lines, i); ok {
			m.sent, m.tok, m.end = si, tok, tok+1
			m.rule = "issuer"
			return m, true
		}
	}
	return officialMention{}, false
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

// firstPersonI finds the first "I" outside quotations in the first
// paragraph of the body's prose: lines without a sentence's end above it
// (the header's office, place and date lines, page furniture that
// cleaning kept) are no paragraph of it.
func firstPersonI(sents []sentence) (int, int, bool) {
	para := -1
	for si, s := range sents {
		if s.headline || para < 0 && !closesSentence(s) {
			continue
		}
		if para < 0 {
			para = s.para
		}
		if s.para != para {
			return 0, 0, false
		}
		quoted := quotedTokens(s.toks)
		for k, t := range s.toks {
			if t.text == "I" && !quoted[k] {
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
	// A name line is in capitals, or written with its honours ("Senator
	// the Hon Ana Vell").
	if i == 0 || !x.labelName(os.toks, 0, len(os.toks)) || strings.ToUpper(line) != line && line == raw {
		return officialMention{}, false
	}
	above, ok := x.lineSentence(strings.TrimSpace(lines[i-1]))
	if !ok {
		return officialMention{}, false
	}
	for k := range above.toks {
		if e, j, ok := x.titles.match(above.toks, k); ok && !e.Skip {
			tm, _, ok := x.officeAt(above, k, e, j)
			if !ok {
				return officialMention{}, false
			}
			tm.title = titleCaseCaps(tm.title)
			m := x.newMention(os.text, os.toks, 0, 0, len(os.toks), tm, "issuer")
			m.name = nameCase(m.name)
			m.nameToks = nameKeyTokens(m.name)
			return m, true
		}
	}
	return officialMention{}, false
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

// firstPersonRefs are the words by which the issuer refers to themself.
var firstPersonRefs = map[string]bool{"I": true, "me": true, "my": true, "My": true}

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
