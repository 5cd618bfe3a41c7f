package identity

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripMarks decomposes letters and drops their combining marks:
// "Erdoğan" → "Erdogan", "Sánchez" → "Sanchez".
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// plainLetters are Latin letters that carry no combining mark to drop and
// are written plainly in English text.
var plainLetters = strings.NewReplacer(
	"ø", "o", "ł", "l", "đ", "d", "ð", "d", "ħ", "h", "ŧ", "t", "ı", "i",
	"æ", "ae", "œ", "oe", "ß", "ss", "þ", "th",
)

// joiners join the parts of a name: O'Brien and OBrien, Ji-won and Jiwon,
// al-Sani and Alsani are one name each.
var joiners = strings.NewReplacer("'", "", "’", "", "`", "", "ʼ", "", "‘", "", "-", "", "‐", "")

// Fold lower-cases a name, drops diacritics, apostrophes and hyphens, and splits it
// at every other character that is not a letter or a digit.
func Fold(name string) []string {
	s, _, err := transform.String(stripMarks, strings.ToLower(name))
	if err != nil {
		s = strings.ToLower(name)
	}
	s = joiners.Replace(plainLetters.Replace(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
