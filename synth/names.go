package synth

import (
	"math/rand/v2"
	"strings"
)

// Invented names: given names from a small pool and family names built from
// syllables, so that the synthetic officials are plausible as names but
// belong to nobody, and an extractor tuned on them cannot have learnt a real
// person's name.
var givenNames = []string{
	"Adela", "Aldo", "Amara", "Anselm", "Ari", "Beatriz", "Bram", "Calla", "Cassio", "Dario",
	"Delia", "Edda", "Elio", "Emre", "Farah", "Felix", "Gael", "Hana", "Ilse", "Ines",
	"Ivo", "Jalen", "Kasia", "Kofi", "Lenna", "Lior", "Luka", "Maren", "Mateo", "Nadia",
	"Nilo", "Noor", "Oren", "Orla", "Pavel", "Petra", "Quinn", "Rafa", "Rhea", "Rosa",
	"Sami", "Selin", "Tariq", "Tessa", "Ugo", "Vera", "Wen", "Yara", "Zain", "Zora",
	"Anouk", "Bela", "Cyra", "Dmitra", "Elan", "Femi", "Goran", "Hedda", "Ismo", "Juno",
	"William", "Robert", "Joseph", "Thomas", "Katherine", "Margaret",
	"Sergey", "Dmitry", "Yury", "Alexey", "Andrey", "Mohammed",
}

// familiarForms are the short forms of given names an article may write
// instead of the full one (general English usage, as identity knows it).
var familiarForms = map[string]string{
	"William": "Bill", "Robert": "Bob", "Joseph": "Joe", "Thomas": "Tom", "Katherine": "Kate", "Margaret": "Peggy",
}

// romanisations are other spellings of given names written in another
// script, which an article may use instead of the pool's (general
// knowledge of Russian and Arabic romanisation, as identity knows it).
var romanisations = map[string][]string{
	"Sergey": {"Sergei", "Sergej"}, "Dmitry": {"Dmitri", "Dmitriy"}, "Yury": {"Yuri", "Yuriy"},
	"Alexey": {"Aleksei", "Alexei"}, "Andrey": {"Andrei"}, "Mohammed": {"Muhammad", "Mohamed"},
}

// slavicEnding is the ending of the family names that an article may
// write in another romanisation ("-skiy", "-skyy"), as Russian and
// Ukrainian names are.
const slavicEnding = "sky"

var slavicEndingForms = []string{"skiy", "skyy"}

// familyForms are the ways an article may write a family name: as it is,
// and, for one ending in "-sky", in the other romanisations of the ending
// (those of the outlets' house styles).
func familyForms(family string) []string {
	forms := []string{family}
	if stem, ok := strings.CutSuffix(family, slavicEnding); ok {
		for _, e := range slavicEndingForms {
			forms = append(forms, stem+e)
		}
	}
	return forms
}

var (
	nameOnsets = []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "ch", "sh"}
	nameVowels = []string{"a", "e", "i", "o", "u", "a", "o", "ei", "ou", "ia"}
	nameCodas  = []string{"", "", "", "n", "r", "s", "l", "m", "nd", "rt", "sk", "v"}
	// finalCodas end a family name: the codas, and the Slavic "-sky"
	// whose romanisations vary.
	finalCodas = append(append([]string(nil), nameCodas...), slavicEnding)
)

// nameMaker hands out full names whose family names are all distinct, so
// that the family name alone, as a later mention writes it, names one person.
type nameMaker struct {
	rng   *rand.Rand
	taken map[string]bool
}

func newNameMaker(rng *rand.Rand) *nameMaker {
	m := &nameMaker{rng: rng, taken: map[string]bool{}}
	for _, g := range givenNames {
		m.taken[g] = true // a family name that is also a given name would be ambiguous alone
	}
	return m
}

// next returns a new "Given Family" name.
func (m *nameMaker) next() string {
	for tries := 0; ; tries++ {
		syllables := 2 + m.rng.IntN(2) + tries/50
		family := m.familyName(syllables)
		if len(family) < 4 || m.taken[family] || reservedWords[strings.ToLower(family)] {
			continue
		}
		m.taken[family] = true
		return givenNames[m.rng.IntN(len(givenNames))] + " " + family
	}
}

func (m *nameMaker) familyName(syllables int) string {
	var b strings.Builder
	for i := 0; i < syllables; i++ {
		b.WriteString(nameOnsets[m.rng.IntN(len(nameOnsets))])
		b.WriteString(nameVowels[m.rng.IntN(len(nameVowels))])
		switch {
		case i == syllables-1:
			b.WriteString(finalCodas[m.rng.IntN(len(finalCodas))])
		case m.rng.IntN(3) == 0:
			b.WriteString(nameCodas[m.rng.IntN(len(nameCodas))])
		}
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// reservedWords are words a generated family name must not be, because the
// text or an extractor gives them another meaning.
var reservedWords = map[string]bool{
	"peru": true, "niger": true, "mali": true, "chad": true, "togo": true, "oman": true, "iran": true,
	"iraq": true, "cuba": true, "fiji": true, "lima": true, "rome": true, "bern": true, "kiev": true,
	"said": true, "told": true, "some": true, "note": true, "more": true, "last": true, "most": true,
	"done": true, "gone": true, "none": true, "sure": true, "tone": true, "mood": true, "moon": true,
}
