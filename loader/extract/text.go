package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
	tokPoss // the possessive 's / ’s
)

// token is a word, number or punctuation mark with its byte offsets in the
// cleaned text.
type token struct {
	text, lower string
	start, end  int
	kind        tokKind
	upper       bool // starts with an upper-case letter
	space       bool // whitespace comes before it
}

// sentence is a run of tokens with its byte span in the cleaned text.
type sentence struct {
	start, end int
	para       int
	headline   bool
	toks       []token
}

// abbreviations keep their period: the period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "adm": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "cmdr": true, "brig": true, "sen": true, "rep": true, "gov": true,
	"rev": true, "st": true, "no": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "vs": true, "etc": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "amb": true,
	"prof": true, "ft": true, "mt": true, "dept": true, "approx": true, "pres": true, "gov't": true, "cpl": true,
	"pvt": true, "messrs": true, "hon": true, "fr": true, "msgr": true, "supt": true,
}

// sentenceStarters are words that begin a new sentence after "U.S." and
// the like, whose period is otherwise part of the word.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "in": true, "on": true,
	"at": true, "this": true, "that": true, "these": true, "those": true, "but": true, "a": true, "an": true,
	"his": true, "her": true, "their": true, "our": true, "i": true, "there": true, "both": true, "as": true,
	"after": true, "during": true, "while": true, "however": true, "meanwhile": true, "earlier": true, "later": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text[from:to] into tokens with absolute offsets. It runs in
// time linear in the span.
func tokenize(text string, from, to int, out []token) []token {
	i := from
	space := true
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:to])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		var end int
		var kind tokKind
		switch {
		case unicode.IsLetter(r):
			end, kind = wordEnd(text, i, to, r, n), tokWord
		case unicode.IsDigit(r):
			end, kind = numberEnd(text, i+n, to), tokNumber
		case isApos(r) && !space && possessiveAt(text, i+n, to):
			end, kind = i+n+1, tokPoss
		case isApos(r) && !space && pluralPossessiveAt(out, text, i+n, to):
			end, kind = i+n, tokPoss
		default:
			end, kind = i+n, tokPunct
		}
		out = append(out, mkToken(text, i, end, kind, space))
		i, space = end, false
	}
	return out
}

// wordEnd is where the word starting at i with rune r (n bytes) ends: an
// acronym with its periods ("U.S.", "a.m."), or letters, marks and digits
// with inner apostrophes, the period of an abbreviation or an initial
// kept.
func wordEnd(text string, i, to int, r rune, n int) int {
	if k, ok := acronymEnd(text, i, to, n); ok {
		return k
	}
	j := i + n
	for j < to {
		r2, n2 := utf8.DecodeRuneInString(text[j:to])
		if isWordRune(r2) {
			j += n2
			continue
		}
		if isApos(r2) && innerApostrophe(text, j+n2, to) {
			j += n2
			continue
		}
		break
	}
	if j < to && text[j] == '.' && keepsPeriod(text, i, j, to, r) {
		j++
	}
	return j
}

// acronymEnd reads letters each followed by a period (U.S., D.C., U.N.,
// a.m.) from i, whose first letter is n bytes long; ok when there are two
// or more.
func acronymEnd(text string, i, to, n int) (int, bool) {
	j := i + n
	if j >= to || text[j] != '.' || j+1 >= to {
		return 0, false
	}
	r2, n2 := utf8.DecodeRuneInString(text[j+1 : to])
	if !unicode.IsLetter(r2) || (j+1+n2 < to && text[j+1+n2] != '.') {
		return 0, false
	}
	k := i
	for k < to {
		ra, na := utf8.DecodeRuneInString(text[k:to])
		if !unicode.IsLetter(ra) || k+na >= to || text[k+na] != '.' {
			break
		}
		k += na + 1
	}
	if k-i >= 4 && !stateAbbreviations[text[i:k]] && gluedInitials(text, k, to) {
		// "K.L.Sokolin": Russian releases write a person's initials glued
		// to the surname; each initial is a word of its own, as in
		// "K. L. Sokolin", so the name reads as one.
		return 0, false
	}
	return k, k-i >= 4
}

// stateAbbreviations stay one word even when a careless text glues the
// next word to them ("U.S.Ambassador").
var stateAbbreviations = map[string]bool{"U.S.": true, "U.K.": true, "U.N.": true, "E.U.": true}

// gluedInitials: the letters with periods that end at k run straight into
// a capitalised word in lower case after its first letter ("G.B.Orlov"),
// a surname and not the next word of a sentence ("U.S. and").
func gluedInitials(text string, k, to int) bool {
	if k >= to {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[k:to])
	if !unicode.IsUpper(r) || k+n >= to {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[k+n : to])
	return unicode.IsLower(r2)
}

// innerApostrophe says an apostrophe ending just before at joins the word
// with the letters after it ("don't", "O'Brien"); a possessive 's stays
// apart: "Peru's" is Peru + 's.
func innerApostrophe(text string, at, to int) bool {
	if at >= to {
		return false
	}
	r3, n3 := utf8.DecodeRuneInString(text[at:to])
	if !unicode.IsLetter(r3) {
		return false
	}
	possessive := (r3 == 's' || r3 == 'S') && (at+n3 >= to || !isWordRune(firstRune(text[at+n3:to])))
	return !possessive
}

// keepsPeriod says the period at j belongs to the word text[start:j]
// (first rune r): an abbreviation ("Mr.", "No. 5") or an initial.
func keepsPeriod(text string, start, j, to int, r rune) bool {
	w := strings.ToLower(text[start:j])
	if w == "no" && !(text[start] == 'N' && j+2 < to && text[j+1] == ' ' && text[j+2] >= '0' && text[j+2] <= '9') {
		w = ""
	}
	return abbreviations[w] || (utf8.RuneCountInString(text[start:j]) == 1 && unicode.IsUpper(r))
}

// numberEnd is where the number going on at j ends: digits with inner
// separators ("1,000", "3.5", "10:30") and a letter suffix of ordinals
// and decades ("6th", "1970s").
func numberEnd(text string, j, to int) int {
	for j < to {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && j+1 < to && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	for j < to {
		r2, n2 := utf8.DecodeRuneInString(text[j:to])
		if !unicode.IsLetter(r2) {
			break
		}
		j += n2
	}
	return j
}

// possessiveAt says an apostrophe ending just before at starts a
// possessive 's: an s that ends the word.
func possessiveAt(text string, at, to int) bool {
	return at < to && (text[at] == 's' || text[at] == 'S') && (at+1 >= to || !isWordRune(firstRune(text[at+1:to])))
}

// pluralPossessiveAt: the bare apostrophe after a capitalised name ending
// in "s" ("the Philippines' foreign minister", "the United States'
// envoy"), then a space and a lower-case word, is the possessive; a
// closing quote ("the 'Friends'") is followed by no such word or follows
// no such name.
func pluralPossessiveAt(out []token, text string, at, to int) bool {
	if len(out) == 0 || at+1 >= to || text[at] != ' ' {
		return false
	}
	prev := out[len(out)-1]
	if prev.kind != tokWord || !prev.upper || !strings.HasSuffix(prev.lower, "s") {
		return false
	}
	// "'Friends' of": the word opens with a quote the apostrophe closes.
	if n := len(out); n >= 2 && !prev.space && isApos(firstRune(out[n-2].text)) {
		return false
	}
	return unicode.IsLower(firstRune(text[at+1 : to]))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func mkToken(text string, a, b int, k tokKind, space bool) token {
	s := text[a:b]
	r, _ := utf8.DecodeRuneInString(s)
	return token{text: s, lower: strings.ToLower(s), start: a, end: b, kind: k, upper: unicode.IsUpper(r), space: space}
}

// splitSentences splits the cleaned text into sentences: every line is a
// paragraph; inside one, a sentence ends at . ! or ? before a capital, a
// digit or a quote, unless the period belongs to an abbreviation, an
// initial or an acronym. A numbered paragraph's number ("1.") is left out.
func splitSentences(text string, headlineEnd int) []sentence {
	all := make([]token, 0, len(text)/6+16) // every token; sentences are windows on it
	type span struct{ a, b, para int }
	var spans []span
	para := 0
	pos := 0
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		if strings.TrimSpace(text[pos:end]) != "" {
			first := len(all)
			all = tokenize(text, pos, end, all)
			toks := all[first:]
			off := first
			// "1. We have convened": the paragraph number is not a sentence.
			if len(toks) >= 2 && toks[0].kind == tokNumber && len(toks[0].text) <= 3 && (toks[1].text == "." || toks[1].text == ")") {
				toks = toks[2:]
				off += 2
			}
			s := 0
			for i := 0; i < len(toks); i++ {
				if !endsHere(toks, i) {
					continue
				}
				j := i
				// Closing quotes and brackets stay with the sentence.
				for j+1 < len(toks) && isCloser(toks[j+1].text) && !toks[j+1].space {
					j++
				}
				spans = append(spans, span{off + s, off + j + 1, para})
				s = j + 1
				i = j
			}
			if s < len(toks) {
				spans = append(spans, span{off + s, off + len(toks), para})
			}
			para++
		}
		pos = end + 1
	}
	out := make([]sentence, 0, len(spans))
	for _, sp := range spans {
		for a := sp.a; a < sp.b; {
			b := a + boundedPieceLen(all[a:sp.b])
			toks := all[a:b:b]
			out = append(out, sentence{start: toks[0].start, end: toks[len(toks)-1].end, para: sp.para, headline: toks[0].start < headlineEnd, toks: toks})
			a = b
		}
	}
	return out
}

// maxSentenceTokens bounds a sentence's length. Several passes look at the
// whole sentence once per trigger word or per person, which is quadratic in
// its length: a line of a megabyte without a full stop would take minutes.
// The longest sentence of the real corpus and the held-out sets has 146
// tokens, so no real sentence comes near the bound; only such run-on text
// is cut, and then in pieces of linear total cost.
const maxSentenceTokens = 512

// boundedPieceLen is how many of toks make the next sentence: all of them
// up to maxSentenceTokens; past it the piece ends at the last comma or
// semicolon (kept with the piece) or before the last "and", "or" or "but"
// in the second half of the window, so that a clause stays whole, else at
// the bound itself.
func boundedPieceLen(toks []token) int {
	if len(toks) <= maxSentenceTokens {
		return len(toks)
	}
	for i := maxSentenceTokens - 1; i >= maxSentenceTokens/2; i-- {
		switch toks[i].lower {
		case ",", ";":
			return i + 1
		case "and", "or", "but":
			return i
		}
	}
	return maxSentenceTokens
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// endsHere reports whether the sentence ends after token i.
func endsHere(toks []token, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) {
		return false
	}
	// The next real token (after closing quotes).
	j := i + 1
	for j < len(toks) && isCloser(toks[j].text) && !toks[j].space {
		j++
	}
	if j >= len(toks) {
		return false
	}
	next := toks[j]
	startsNew := next.upper || next.kind == tokNumber || next.text == "\"" || next.text == "“" || next.text == "(" || next.text == "‘"
	switch {
	case t.kind == tokPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…"):
		return startsNew && next.space || (startsNew && j > i+1)
	case t.kind == tokWord && strings.HasSuffix(t.text, ".") && strings.Count(t.text, ".") >= 2:
		// "U.S." ends a sentence only before a word that starts one.
		return next.space && sentenceStarters[next.lower] && next.upper
	}
	return false
}

// relativeClauseEnd: when token k is the comma opening a non-restrictive
// relative clause (", which were postponed in March,") that a comma closes
// before the sentence goes on, it returns that closing comma; else k. The
// sentence's own verb stands after the clause ("The talks, which were
// postponed in March, opened on Monday"). A clause running to the
// sentence's end ("a dialogue, which will meet twice a year.") is kept:
// it may be all that tells the engagement's status.
func relativeClauseEnd(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].text != "," {
		return k
	}
	if w := toks[k+1].lower; w != "which" && w != "who" {
		return k
	}
	for j := k + 2; j < len(toks); j++ {
		switch toks[j].text {
		case ",":
			if j+1 < len(toks) && toks[j+1].kind == tokWord {
				return j
			}
			return k
		case ";", ".", "(", ")", "“", "”", "\"":
			return k
		}
	}
	return k
}

// relativeClauseOpen returns the comma opening the non-restrictive
// relative clause (", which would let the negotiations go faster") that
// token pos stands in, or -1.
func relativeClauseOpen(toks []token, pos int) int {
	for k := pos - 1; k >= 0; k-- {
		switch toks[k].text {
		case ";", "(", ")", "“", "”", "\"":
			return -1
		case ",":
			if k+1 < len(toks) && (toks[k+1].lower == "which" || toks[k+1].lower == "who") {
				if end := relativeClauseEnd(toks, k); end != k && end < pos {
					return -1 // closed before pos
				}
				return k
			}
		}
	}
	return -1
}
