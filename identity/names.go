package identity

import (
	"regexp"
	"slices"
	"strings"
)

// leadingWords are honorifics and offices that may precede a name
// ("Secretary of State Jane Roe", "Dr. Roe", "H.E. Mr. …"); they are
// dropped from the front of a name, never from its middle.
var leadingWords = union(honorifics, set(
	"lord", "lady", "his", "her", "president", "vice", "prime",
	"minister", "premier", "chancellor", "secretary", "general", "gen",
	"ambassador", "amb", "deputy", "foreign", "defense", "defence", "state",
	"senator", "sen", "rep", "representative", "governor", "gov", "mayor",
	"king", "queen", "prince", "princess", "emperor", "emir", "sultan",
	"admiral", "adm", "colonel", "col", "lt", "captain", "capt", "chairman",
	"chairwoman", "chair", "speaker", "envoy", "special", "of", "the", "for",
	// Offices written with a hyphen fold to one word ("Secretary-General").
	"secretarygeneral", "undersecretary", "vicepresident", "primeminister", "viceminister",
))

// honorifics are forms of address written before a name and never part of
// it: "Mr.", "Dr", "H.E.", "the Hon". Compared in lower case without a
// final period. Noble titles ("Lord", "Lady") are left out: they are
// written as part of the name.
var honorifics = set(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
	"sheikh", "sheik", "shri", "smt", "hon", "honorable", "honourable", "rev",
	"reverend", "excellency", "madam", "h.e",
)

// IsHonorific says a word is a form of address before a name ("Mr.",
// "mrs", "H.E.", "Excellency"), in any case, with or without its period.
func IsHonorific(word string) bool {
	return honorifics[strings.TrimSuffix(strings.ToLower(word), ".")]
}

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// trailingSuffixes are generational suffixes dropped from the end.
var trailingSuffixes = set("jr", "sr", "ii", "iii", "iv")

// particles are written joined or apart ("al-Sani", "al Sani", "Alsani"):
// they are joined to the word that follows. "abdel", "abdal" and "abdol"
// are romanisations of 'Abd al- beside "abdul" (see Spelling).
var particles = set("al", "el", "ul", "bin", "ibn", "abu", "abdul", "abd", "abdel", "abdal", "abdol")

// articleSpellings are the ways the Arabic article is written as a
// particle: "el" in Egyptian and Maghrebi usage ("el-Sani") is the "al"
// of Levantine, Gulf and scholarly usage ("al-Sani").
var articleSpellings = map[string]string{"el": "al"}

// hyphenedArticle is the article "el-" written joined by a hyphen
// ("el-Sani"), which Fold joins into one word: it is written "al-" first.
var hyphenedArticle = regexp.MustCompile(`(?i)(^|[^\pL\pN'’])el[-‐]`)

// givenNames maps familiar forms of given names to the full form, so
// "Bill Roe" and "William Roe" fold alike. General knowledge of English
// usage only; a form with several full forms is left out.
var givenNames = map[string]string{
	"bill": "william", "will": "william", "billy": "william",
	"bob": "robert", "rob": "robert", "bobby": "robert",
	"joe": "joseph", "jim": "james", "jimmy": "james", "mike": "michael",
	"tom": "thomas", "dick": "richard", "rick": "richard", "ted": "edward",
	"ed": "edward", "dan": "daniel", "dave": "david", "chris": "christopher",
	"steve": "stephen", "ben": "benjamin", "sam": "samuel", "nick": "nicholas",
	"ron": "ronald", "don": "donald", "jeff": "jeffrey", "greg": "gregory",
	"andy": "andrew", "matt": "matthew", "tim": "timothy", "tony": "anthony",
	"chuck": "charles", "charlie": "charles", "hank": "henry", "larry": "lawrence",
	"jerry": "gerald", "pat": "patrick", "liz": "elizabeth", "beth": "elizabeth",
	"kate": "katherine", "cathy": "catherine", "sue": "susan", "peggy": "margaret",
	"maggie": "margaret", "jenny": "jennifer", "becky": "rebecca", "vicky": "victoria",
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// NameTokens returns the words of a person's name that identify them,
// in the order written: folded, without leading honorifics or offices,
// trailing generational suffixes or one-letter initials, with particles
// joined to the next word, each word in the spelling a key uses (Spelling:
// "Sergei" and "Sergey" are one name) and familiar given names in their
// full form. It keeps at least one word of a name that has any.
func NameTokens(name string) []string {
	if strings.ContainsAny(name, "-‐") {
		name = hyphenedArticle.ReplaceAllString(name, "${1}al-")
	}
	tokens := Fold(name)
	if kept := withoutInitials(tokens); len(kept) > 0 {
		tokens = kept
	}
	for len(tokens) > 1 && leadingWords[tokens[0]] {
		tokens = tokens[1:]
	}
	for len(tokens) > 1 && trailingSuffixes[tokens[len(tokens)-1]] {
		tokens = tokens[:len(tokens)-1]
	}
	tokens = joinParticles(tokens)
	if len(tokens) == 0 {
		return nil
	}
	for i, t := range tokens {
		tokens[i] = Spelling(t)
	}
	if full, ok := givenNames[tokens[0]]; ok && len(tokens) > 1 {
		tokens = append([]string{full}, tokens[1:]...)
	}
	return tokens
}

// withoutInitials drops one-letter words: "J." in "Jane J. Roe", and the
// letters of "H.E.".
func withoutInitials(tokens []string) []string {
	var kept []string
	for _, t := range tokens {
		if len([]rune(t)) > 1 {
			kept = append(kept, t)
		}
	}
	return kept
}

func joinParticles(tokens []string) []string {
	out := make([]string, 0, len(tokens))
	for i := 0; i < len(tokens); i++ {
		if particles[tokens[i]] && i+1 < len(tokens) {
			p := tokens[i]
			if a, ok := articleSpellings[p]; ok {
				p = a
			}
			out = append(out, p+tokens[i+1])
			i++
			continue
		}
		out = append(out, tokens[i])
	}
	return out
}

// PersonKey is the key two forms of one person's name share whatever the
// order of given and family name ("Taro Yamada", "YAMADA Taro") and
// whatever middle names one of them adds: the first and last identifying
// words, sorted. It is "" for a name without letters.
func PersonKey(name string) string {
	tokens := NameTokens(name)
	switch len(tokens) {
	case 0:
		return ""
	case 1:
		return tokens[0]
	}
	ends := []string{tokens[0], tokens[len(tokens)-1]}
	slices.Sort(ends)
	return strings.Join(ends, " ")
}
