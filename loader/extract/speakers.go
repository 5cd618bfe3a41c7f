package extract

import (
	"strings"
	"unicode"

	"github.com/attache-project/attache/identity"
)

// Speaker labels and names written in capitals.
//
// Transcripts open each turn with a label: "PRESIDENT ALI SANI:", "ALI
// SANI, PRIME MINISTER:", "Mr. SANI Ali, Minister for Foreign Affairs:".
// The label names an official with an office, in capitals that the name
// patterns otherwise read as acronyms.

// maxLabelTokens bounds how far into a sentence a label's colon may be.
const maxLabelTokens = 14

// speakerLabel reads a label at the start of the sentence into a mention
// and returns the index of its colon, or -1 when the sentence opens with
// no label.
func (x *Extractor) speakerLabel(os *officialSentence, found *officialsFound) int {
	toks := os.toks
	colon := labelColon(toks)
	if colon < 0 {
		return -1
	}
	start := 0
	for start < colon && identity.IsHonorific(toks[start].lower) {
		start++
	}
	// "PRESIDENT ALI SANI:"
	if e, j, ok := x.titles.match(toks, start); ok && !e.Skip && j < colon && x.labelName(toks, j, colon) {
		tm := titleMatch{entry: e, tok: start, end: j, title: e.Title.Title, country: e.Implies, countryTok: -1}
		found.mentions = append(found.mentions, x.labelMention(os, j, colon, tm))
		return colon
	}
	// "PRESIDENT OF NIGER ALI SANI (retranslated):"
	if m, ok := x.officeOfStateLabel(os, start, colon); ok {
		found.mentions = append(found.mentions, m)
		return colon
	}
	// "ALI SANI, PRIME MINISTER OF NIGER:"
	for c := start + 1; c < colon; c++ {
		if toks[c].text != "," {
			continue
		}
		if !x.labelName(toks, start, c) {
			return -1
		}
		e, j, ok := x.titles.match(toks, c+1)
		if !ok || e.Skip {
			return -1
		}
		tm := titleMatch{entry: e, tok: c + 1, end: colon, title: e.Title.Title, country: e.Implies, countryTok: -1}
		x.labelOffice(os, j, colon, &tm)
		found.mentions = append(found.mentions, x.labelMention(os, start, c, tm))
		return colon
	}
	return -1
}

// officeOfStateLabel reads "TITLE OF STATE NAME:" (a remark in
// parentheses before the colon allowed), as heads' own transcripts label
// both sides.
func (x *Extractor) officeOfStateLabel(os *officialSentence, start, colon int) (officialMention, bool) {
	toks := os.toks
	e, j, ok := x.titles.match(toks, start)
	if !ok || e.Skip || j+1 >= colon || toks[j].lower != "of" {
		return officialMention{}, false
	}
	end := colon
	for k := j + 1; k < colon; k++ {
		if toks[k].text == "(" {
			end = k
			break
		}
	}
	// The longest run of words after "OF" that names a state, written in
	// capitals ("OF SOUTH AFRICA"), with the name after it.
	code, nameAt := "", -1
	for k := j + 2; k < end; k++ {
		if ps := x.gaz.Lookup(nameText(os.text, toks, j+1, k)); len(ps) > 0 {
			code, nameAt = ps[0].Code, k
		}
	}
	if nameAt < 0 || !x.labelName(toks, nameAt, end) {
		return officialMention{}, false
	}
	tm := titleMatch{entry: e, tok: start, end: nameAt, title: e.Title.Title, country: code, countryTok: j + 1}
	return x.labelMention(os, nameAt, end, tm), true
}

// labelColon is the index of the colon that ends a label at the start of
// the sentence, or -1.
func labelColon(toks []token) int {
	inParens := false
	for k := 1; k < len(toks) && k < maxLabelTokens; k++ {
		switch toks[k].text {
		case ":":
			return k
		case "(":
			inParens = true // "N (retranslated):", "N (via interpreter):"
		case ")":
			inParens = false
		}
		if !inParens && toks[k].kind == tokWord && !toks[k].upper && !functionWords[toks[k].lower] {
			return -1 // a lower-case word: prose, no label
		}
	}
	return -1
}

// labelName: toks[a:b] is a name of one to five words, capitalised or in
// capitals, with no office or institution word among them.
func (x *Extractor) labelName(toks []token, a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := toks[k]
		if t.text == "-" && !t.space || t.text == "." {
			continue
		}
		if t.kind != tokWord || !t.upper || x.isTitleWord(t.lower) || orgWords[t.lower] || nameStopWords[t.lower] {
			return false
		}
		words++
	}
	return words >= 1 && words <= 5
}

// labelOffice completes a label's office from what follows the title
// (toks[j:colon]): a complement, or "OF <STATE>" written in capitals.
func (x *Extractor) labelOffice(os *officialSentence, j, colon int, tm *titleMatch) {
	toks := os.toks
	if j >= colon {
		return
	}
	applyComplement(os.text, toks, tm.entry, j, x.complementOf(toks, j, os.sc), true, tm)
	if tm.country != "" {
		return
	}
	for k := j; k+1 < colon; k++ {
		if toks[k].lower != "of" {
			continue
		}
		if ps := x.gaz.Lookup(nameText(os.text, toks, k+1, colon)); len(ps) > 0 {
			tm.country = ps[0].Code
			tm.title = tm.entry.Title.Title
		}
	}
}

// complementOf wraps complement's results.
func (x *Extractor) complementOf(toks []token, j int, sc map[int]countryMention) complementRead {
	end, country, countryTok, org := x.complement(toks, j, sc)
	return complementRead{end, country, countryTok, org}
}

// labelMention makes the mention of a label's name, written as a name is
// when it is in capitals ("ALI SANI" → "Ali Sani").
func (x *Extractor) labelMention(os *officialSentence, a, b int, tm titleMatch) officialMention {
	m := x.newMention(os.text, os.toks, os.si, a, b, tm, "speaker-label")
	m.name = nameCase(m.name)
	m.nameToks = nameKeyTokens(m.name)
	for k := a; k < b; k++ {
		os.claimed[k] = true
	}
	return m
}

// nameCase writes a name in capitals as a name: "JEAN-LUC DE VILLE" →
// "Jean-Luc De Ville". A name that mixes capitals and mixed case keeps
// them: the capitals mark the family name ("SANI Ali").
func nameCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	var b strings.Builder
	up := true
	for _, w := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = r == '-' || r == '\''
		}
		up = true
	}
	return b.String()
}

// titleCaseCaps writes the words of an office given in capitals as a title
// is written: "Minister FOR TRADE AND INDUSTRY" → "Minister for Trade and
// Industry"; an office written in mixed case is kept.
func titleCaseCaps(s string) string {
	words := strings.Fields(s)
	for _, w := range words[min(1, len(words)):] {
		if strings.ToUpper(w) != w {
			return s // written in mixed case already
		}
	}
	for i, w := range words {
		if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		if low := strings.ToLower(w); i > 0 && functionWords[low] {
			words[i] = low
			continue
		}
		words[i] = nameCase(w)
	}
	return strings.Join(words, " ")
}

// speakerTurnRefs adds to each speaker of a transcript the "I", "me" and
// "my" of their turn, outside quotations: the sentences from their label
// to the next label of anyone ("QUESTION:" included). "SECRETARY ROE: …
// I met the Foreign Minister this morning" is the Secretary's meeting.
func speakerTurnRefs(sents []sentence, people []person) {
	speakerAt := map[int]int{} // sentence of a label -> person
	for pi, p := range people {
		for _, m := range p.mentions {
			if m.rule == "speaker-label" {
				speakerAt[m.sent] = pi
			}
		}
	}
	if len(speakerAt) == 0 {
		return
	}
	speaker := -1
	for si, s := range sents {
		if pi, ok := speakerAt[si]; ok {
			speaker = pi
		} else if labelColon(s.toks) >= 0 && s.para != sents[max(si-1, 0)].para {
			speaker = -1 // another speaker's turn, or a question
		}
		if speaker < 0 || s.headline {
			continue
		}
		quoted := quotedTokens(s.toks)
		for k, t := range s.toks {
			if firstPersonRefs[t.text] && !quoted[k] {
				people[speaker].refs = append(people[speaker].refs, ref{si, k, k + 1, speaker})
			}
		}
	}
}
