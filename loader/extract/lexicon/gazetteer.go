// The gazetteer maps the ways news text names a sovereign state (names,
// short forms, demonyms, capitals used for governments) to the state's
// ISO 3166-1 alpha-2 code.

package lexicon

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-project/attache/identity"
)

//go:embed countries.tsv
var countriesTSV []byte

// PhraseKind says how a surface form stands for a state.
type PhraseKind int

// The kinds of surface form, in the order a form found under several kinds
// for one state keeps: a name beats a demonym, a demonym beats a capital.
const (
	PhraseName PhraseKind = iota
	PhraseDemonym
	PhraseCapital
)

func (k PhraseKind) String() string {
	switch k {
	case PhraseName:
		return "name"
	case PhraseDemonym:
		return "demonym"
	case PhraseCapital:
		return "capital"
	}
	return fmt.Sprintf("PhraseKind(%d)", int(k))
}

// Phrase is one surface form that stands for a state.
type Phrase struct {
	Text      string // as written, case kept: "United States", "U.S.", "Peruvian", "Lima"
	Code      string // ISO 3166-1 alpha-2
	Kind      PhraseKind
	Ambiguous bool // needs context to count: Georgia, Jordan, Chad, Turkey, America, Washington...
}

// Country is one row of the gazetteer. Names starts with Name; the lists hold
// the forms as the data file spells them, without generated variants.
type Country struct {
	Code, Name                string
	Names, Demonyms, Capitals []string
}

// Gazetteer is the parsed country data. It is never changed after
// LoadGazetteer returns, so it is safe for concurrent use.
type Gazetteer struct {
	countries []Country           // sorted by code
	byCode    map[string]int      // code -> index in countries
	phrases   []Phrase            // longest first, then by text
	exact     map[string][]Phrase // text -> candidates
	folded    map[string][]Phrase // lower-cased text -> candidates, forms of >= minFoldLetters letters only
}

// minFoldLetters is the shortest form Lookup matches regardless of case:
// shorter forms are abbreviations ("US", "UK") that collide with words in
// other cases ("us").
const minFoldLetters = 4

// LoadGazetteer parses the embedded countries.tsv.
func LoadGazetteer() (*Gazetteer, error) {
	g, err := parseGazetteer("countries.tsv", countriesTSV)
	if err != nil {
		return nil, fmt.Errorf("lexicon: load gazetteer: %w", err)
	}
	return g, nil
}

// Country returns the state with the code, in any case.
func (g *Gazetteer) Country(code string) (Country, bool) {
	i, ok := g.byCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return cloneCountry(g.countries[i]), true
}

// Countries returns every state, sorted by code.
func (g *Gazetteer) Countries() []Country {
	out := make([]Country, len(g.countries))
	for i, c := range g.countries {
		out[i] = cloneCountry(c)
	}
	return out
}

// Phrases returns every surface form, one per text and state, longest first
// (in characters), then by text and code, so that a matcher trying them in
// order prefers "Papua New Guinea" to "Guinea" and "South Korean" to "Korean".
func (g *Gazetteer) Phrases() []Phrase {
	return append([]Phrase(nil), g.phrases...)
}

// Lookup returns every state the exact surface form can stand for. It tries
// the text as written first; when nothing matches and the text has at least
// four letters it retries ignoring case ("PERU", "peruvian"), never for short
// abbreviations ("us" is not "US"). It returns nil when nothing matches.
func (g *Gazetteer) Lookup(text string) []Phrase {
	text = strings.TrimSpace(text)
	if ps, ok := g.exact[text]; ok {
		return append([]Phrase(nil), ps...)
	}
	if countLetters(text) < minFoldLetters {
		return nil
	}
	if ps, ok := g.folded[strings.ToLower(text)]; ok {
		return append([]Phrase(nil), ps...)
	}
	return nil
}

func cloneCountry(c Country) Country {
	c.Names = append([]string(nil), c.Names...)
	c.Demonyms = append([]string(nil), c.Demonyms...)
	c.Capitals = append([]string(nil), c.Capitals...)
	return c
}

// header is the first non-comment line the data file must have.
const header = "code\tname\tnames\tdemonyms\tcapitals\tambiguous"

// parseGazetteer parses country data; errors name the file, the line and
// what is wrong with it.
func parseGazetteer(file string, data []byte) (*Gazetteer, error) {
	g := &Gazetteer{byCode: map[string]int{}}
	seenHeader := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		if !utf8.ValidString(raw) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", file, line)
		}
		if !seenHeader {
			if raw != header {
				return nil, fmt.Errorf("%s:%d: header is %q, want %q", file, line, raw, header)
			}
			seenHeader = true
			continue
		}
		c, ambiguous, err := parseRow(strings.Split(raw, "\t"))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, line, err)
		}
		if _, dup := g.byCode[c.Code]; dup {
			return nil, fmt.Errorf("%s:%d: code %s appears twice", file, line, c.Code)
		}
		g.byCode[c.Code] = len(g.countries)
		g.countries = append(g.countries, c)
		g.addPhrases(c, ambiguous)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", file, line+1, err)
	}
	if !seenHeader {
		return nil, fmt.Errorf("%s: no header line", file)
	}
	if len(g.countries) == 0 {
		return nil, fmt.Errorf("%s: no countries", file)
	}
	g.finish()
	return g, nil
}

// parseRow checks one data row and returns it with its set of ambiguous forms.
func parseRow(fields []string) (Country, map[string]bool, error) {
	columns := strings.Split(header, "\t")
	if len(fields) != len(columns) {
		return Country{}, nil, fmt.Errorf("%d tab-separated fields, want %d (%s)", len(fields), len(columns), strings.Join(columns, ", "))
	}
	code := fields[0]
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return Country{}, nil, fmt.Errorf("code %q is not two uppercase letters", code)
	}
	name := strings.TrimSpace(fields[1])
	if name == "" {
		return Country{}, nil, fmt.Errorf("%s: empty name", code)
	}
	var lists [4][]string
	for i, col := range []int{2, 3, 4, 5} {
		vals, err := splitValues(fields[col])
		if err != nil {
			return Country{}, nil, fmt.Errorf("%s: column %s: %w", code, columns[col], err)
		}
		lists[i] = vals
	}
	c := Country{
		Code:     code,
		Name:     name,
		Names:    dedupe(append([]string{name}, lists[0]...)),
		Demonyms: lists[1],
		Capitals: lists[2],
	}
	forms := map[string]bool{}
	for _, list := range [][]string{c.Names, c.Demonyms, c.Capitals} {
		for _, f := range list {
			forms[f] = true
		}
	}
	ambiguous := map[string]bool{}
	for _, a := range lists[3] {
		if !forms[a] {
			return Country{}, nil, fmt.Errorf("%s: ambiguous form %q is not one of the row's names, demonyms or capitals", code, a)
		}
		ambiguous[a] = true
	}
	return c, ambiguous, nil
}

// splitValues splits a "|"-separated cell; an empty cell is an empty list.
func splitValues(cell string) ([]string, error) {
	if strings.TrimSpace(cell) == "" {
		return nil, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, v := range strings.Split(cell, "|") {
		v = strings.TrimSpace(v)
		if v == "" {
			return nil, fmt.Errorf("empty value in %q", cell)
		}
		if !strings.ContainsFunc(v, unicode.IsLetter) {
			return nil, fmt.Errorf("value %q has no letters", v)
		}
		if seen[v] {
			return nil, fmt.Errorf("value %q listed twice", v)
		}
		seen[v] = true
		out = append(out, v)
	}
	return out, nil
}

func dedupe(vals []string) []string {
	seen := map[string]bool{}
	out := vals[:0:0]
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// addPhrases records the row's forms and their generated variants. A text
// already recorded for the same state keeps its first (stronger) kind.
func (g *Gazetteer) addPhrases(c Country, ambiguous map[string]bool) {
	seen := map[string]int{} // text -> index in g.phrases, for this state
	add := func(text string, kind PhraseKind, amb bool) {
		if i, ok := seen[text]; ok {
			g.phrases[i].Ambiguous = g.phrases[i].Ambiguous || amb
			return
		}
		seen[text] = len(g.phrases)
		g.phrases = append(g.phrases, Phrase{Text: text, Code: c.Code, Kind: kind, Ambiguous: amb})
	}
	for kind, list := range [][]string{c.Names, c.Demonyms, c.Capitals} {
		for _, form := range list {
			for _, v := range variants(form) {
				add(v, PhraseKind(kind), ambiguous[form])
			}
		}
	}
}

// finish sorts the phrases and builds the lookup indexes.
func (g *Gazetteer) finish() {
	sort.Slice(g.countries, func(i, j int) bool { return g.countries[i].Code < g.countries[j].Code })
	for i, c := range g.countries {
		g.byCode[c.Code] = i
	}
	sort.SliceStable(g.phrases, func(i, j int) bool {
		a, b := g.phrases[i], g.phrases[j]
		if la, lb := utf8.RuneCountInString(a.Text), utf8.RuneCountInString(b.Text); la != lb {
			return la > lb
		}
		if a.Text != b.Text {
			return a.Text < b.Text
		}
		return a.Code < b.Code
	})
	g.exact = map[string][]Phrase{}
	g.folded = map[string][]Phrase{}
	for _, p := range g.phrases {
		g.exact[p.Text] = append(g.exact[p.Text], p)
		if countLetters(p.Text) >= minFoldLetters {
			k := strings.ToLower(p.Text)
			g.folded[k] = append(g.folded[k], p)
		}
	}
}

// variants returns the form and the spellings news text uses for it: each
// apostrophe as ' and as ’, and the form with its letters written plainly
// (identity.StripMarks: "Côte" → "Cote").
func variants(form string) []string {
	out := []string{form}
	add := func(v string) {
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	for _, base := range []string{form, identity.StripMarks(form)} {
		add(base)
		add(strings.ReplaceAll(base, "'", "’"))
		add(strings.ReplaceAll(base, "’", "'"))
	}
	return out
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
