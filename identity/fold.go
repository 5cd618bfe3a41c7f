package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripMarks decomposes letters and drops their combining marks:
// "Doğan" → "Dogan", "Sánchez" → "Sanchez". A transform chain keeps state
// while it runs, so each call builds its own: one shared chain raced when
// extraction workers folded names at once.
func stripMarks() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// plainLetters are Latin letters that carry no combining mark to drop and
// are written plainly in English text.
var plainLetters = strings.NewReplacer(
	"ø", "o", "ł", "l", "đ", "d", "ð", "d", "ħ", "h", "ŧ", "t", "ı", "i",
	"æ", "ae", "œ", "oe", "ß", "ss", "þ", "th",
	"Ø", "O", "Ł", "L", "Đ", "D", "Ð", "D", "Ħ", "H", "Ŧ", "T",
	"Æ", "AE", "Œ", "OE", "Þ", "TH",
)

// joiners join the parts of a name: O'Brien and OBrien, Ji-won and Jiwon,
// al-Sani and Alsani are one name each.
var joiners = strings.NewReplacer("'", "", "’", "", "`", "", "ʼ", "", "‘", "", "-", "", "‐", "")

// Fold lower-cases a name, drops diacritics, apostrophes and hyphens, and splits it
// at every other character that is not a letter or a digit.
func Fold(name string) []string {
	s := joiners.Replace(StripMarks(strings.ToLower(name)))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// StripMarks writes a text's Latin letters plainly and keeps its case:
// combining marks dropped ("Doğan" → "Dogan", "Côte" → "Cote") and
// letters with a stroke or ligatures spelled out ("Øvergård" →
// "Overgard", "Łukasz" → "Lukasz"). It is the folding that Fold applies
// before it lowers and splits, for callers that match text as written.
// ASCII text is returned as is, without allocating.
func StripMarks(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(stripMarks(), s)
	if err != nil {
		out = s
	}
	return plainLetters.Replace(out)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
