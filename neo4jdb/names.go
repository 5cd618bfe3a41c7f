package neo4jdb

import (
	"strings"
	"unicode"
)

// Entity resolution of officials. An official's key is the state (or
// organisation) served plus the normalised full name, so the same person
// written "Antony J. Blinken" and "Antony Blinken" is one node. Only general
// knowledge lives here: honorifics, titles and the folding of diacritics.

// diacritics maps lower-case Latin letters with marks to plain ASCII, so
// "Sánchez" and "Sanchez" fold alike.
var diacritics = func() map[rune]string {
	m := map[rune]string{}
	for plain, marked := range map[string]string{
		"a": "àáâãäåāăą", "ae": "æ", "c": "çćĉċč", "d": "ďđð", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł",
		"n": "ñńņňŉ", "o": "òóôõöøōŏő", "oe": "œ", "r": "ŕŗř", "s": "śŝşšș",
		"ss": "ß", "t": "ţťŧț", "th": "þ", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ",
		"z": "źżž",
	} {
		for _, r := range marked {
			m[r] = plain
		}
	}
	return m
}()

// leadingTitles are honorifics and offices that may precede a name
// ("Secretary of State Blinken", "Dr. Rice", "H.E. Mr. ..."); they are
// dropped from the front of a name, never from its middle.
var leadingTitles = set(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
	"lord", "lady", "sheikh", "sheik", "hon", "honorable", "honourable", "rev",
	"reverend", "excellency", "his", "her", "president", "vice", "prime",
	"minister", "premier", "chancellor", "secretary", "general", "gen",
	"ambassador", "amb", "deputy", "foreign", "defense", "defence", "state",
	"senator", "sen", "rep", "representative", "governor", "gov", "mayor",
	"king", "queen", "prince", "princess", "emperor", "emir", "sultan",
	"admiral", "adm", "colonel", "col", "lt", "captain", "capt", "chairman",
	"chairwoman", "chair", "speaker", "envoy", "special", "of", "the", "for",
)

// trailingSuffixes are generational suffixes dropped from the end.
var trailingSuffixes = set("jr", "sr", "ii", "iii", "iv")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// foldName lower-cases a name, strips diacritics and apostrophes, and turns
// every other character that is not a letter or digit into a separator.
func foldName(name string) []string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r == '\'' || r == '’' || r == '`' || r == 'ʼ':
			// O'Brien and OBrien are the same name.
		case diacritics[r] != "":
			b.WriteString(diacritics[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// A combining mark left by decomposed input.
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// normalizeName returns the tokens of a person's name that identify them:
// folded, without leading honorifics or offices, trailing generational
// suffixes or single-letter initials. It keeps at least one token of a
// non-empty name.
func normalizeName(name string) []string {
	tokens := foldName(name)
	if kept := withoutInitials(tokens); len(kept) > 0 {
		tokens = kept
	}
	for len(tokens) > 1 && leadingTitles[tokens[0]] {
		tokens = tokens[1:]
	}
	for len(tokens) > 1 && trailingSuffixes[tokens[len(tokens)-1]] {
		tokens = tokens[:len(tokens)-1]
	}
	return tokens
}

// withoutInitials drops one-letter tokens: "J." in "Antony J. Blinken",
// and the letters of "H.E.".
func withoutInitials(tokens []string) []string {
	var kept []string
	for _, t := range tokens {
		if len([]rune(t)) > 1 {
			kept = append(kept, t)
		}
	}
	return kept
}

// officialPrefix is the part of an official's key that says whom they
// serve: the ISO code of the state, else the folded name of the
// organisation, else "unknown".
func officialPrefix(country *string, organization string) string {
	if country != nil && strings.TrimSpace(*country) != "" {
		return strings.ToUpper(strings.TrimSpace(*country))
	}
	if org := strings.Join(foldName(organization), " "); org != "" {
		return org
	}
	return "unknown"
}

// officialKey is prefix ":" normalised full name, or "" when the name has
// no letters at all.
func officialKey(prefix, name string) string {
	tokens := normalizeName(name)
	if len(tokens) == 0 {
		return ""
	}
	return prefix + ":" + strings.Join(tokens, " ")
}

// betterName reports whether a should replace b as an official's display
// name: the name with more words wins, then the longer, then the first in
// byte order. It is a total order, so the name chosen does not depend on the
// order in which articles are loaded.
func betterName(a, b string) bool {
	if b == "" {
		return a != ""
	}
	if na, nb := len(strings.Fields(a)), len(strings.Fields(b)); na != nb {
		return na > nb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}
