package extract

import (
	"strings"
	"testing"
)

// oneSentence reads text as one body sentence, with its states, as the
// official patterns see it.
func oneSentence(t *testing.T, x *Extractor, text string) (*officialSentence, []sentence, []countryMention) {
	t.Helper()
	sents := splitSentences(text, 0)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(sents))
	}
	cms := x.findCountries(sents)
	sc, ec := sentenceStates(cms)
	toks := sents[0].toks
	return &officialSentence{text: text, toks: toks, sc: sc[0], ec: ec[0], claimed: make([]bool, len(toks))}, sents, cms
}

func tokenAt(t *testing.T, os *officialSentence, word string) int {
	t.Helper()
	for i, tk := range os.toks {
		if tk.text == word {
			return i
		}
	}
	t.Fatalf("no token %q", word)
	return -1
}

func TestOfficeAt(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text, at       string
		ok             bool
		title, country string
		org            string
	}{
		{"Peru's defense minister, Marco Lino, spoke.", "defense", true, "Minister of Defense", "PE", ""},
		{"He said the minister would come.", "minister", true, "Minister", "", ""},
		{"He said minister would come.", "minister", false, "", "", ""},
		{"Ambassador to Peru Ann Lee arrived.", "Ambassador", true, "Ambassador to Peru", "", ""},
		{"Secretary of State Harold Venn arrived.", "Secretary", true, "Secretary of State", "US", ""},
		{"AU chairperson President Amr Nabil el-Masri arrived.", "chairperson", true, "President", "", "AU"},
		{"Taoiseach Sean Kerr arrived.", "Taoiseach", true, "Taoiseach", "IE", ""},
	}
	for _, tc := range tests {
		os, _, _ := oneSentence(t, x, tc.text)
		i := tokenAt(t, os, tc.at)
		e, j, ok := x.titles.match(os.toks, i)
		if !ok {
			t.Fatalf("%q: no title at %q", tc.text, tc.at)
		}
		tm, _, ok := x.officeAt(os, i, e, j)
		if ok != tc.ok {
			t.Errorf("%q: ok = %v, want %v", tc.text, ok, tc.ok)
			continue
		}
		if ok && (tm.title != tc.title || tm.country != tc.country || tm.org != tc.org) {
			t.Errorf("%q: title %q country %q org %q, want %q %q %q", tc.text, tm.title, tm.country, tm.org, tc.title, tc.country, tc.org)
		}
	}
}

func TestTitleNamePatterns(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text  string
		names []string
		rules []string
	}{
		{"Peru's defense minister, Marco Lino, resigned.", []string{"Marco Lino"}, []string{"title-comma-name"}},
		{"Prime Minister Rita Sand of the United Kingdom spoke.", []string{"Rita Sand"}, []string{"title-name"}},
		{"Presidents Ada Obi of Nigeria and Paul Tano of Benin signed.", []string{"Ada Obi", "Paul Tano"}, []string{"title-name", "title-name"}},
		{"Press Secretary Jo Example said so.", nil, nil},
	}
	for _, tc := range tests {
		os, _, _ := oneSentence(t, x, tc.text)
		var found officialsFound
		for i := 0; i < len(os.toks); i++ {
			i = x.titleNamePatterns(os, i, &found)
		}
		var names, rules []string
		for _, m := range found.mentions {
			names, rules = append(names, m.name), append(rules, m.rule)
		}
		if strings.Join(names, "|") != strings.Join(tc.names, "|") || strings.Join(rules, "|") != strings.Join(tc.rules, "|") {
			t.Errorf("%q: names %q rules %q, want %q %q", tc.text, names, rules, tc.names, tc.rules)
		}
	}
}

func TestAppositionAt(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text, name, title, country string
	}{
		{"Marco Lino, Peru's new defense minister, resigned.", "Marco Lino", "Minister of Defense", "PE"},
		{"Bruno Calle, the foreign affairs minister of Chile, replied.", "Bruno Calle", "Foreign Minister", "CL"},
		{"Ali Sani, the trade and industry minister, replied.", "Ali Sani", "Minister of Trade and Industry", ""},
		{"They met in South Africa, Foreign Minister Ana Vell said.", "", "", ""},
		{"Ali Sani, the Brazilian President's aide, replied.", "", "", ""},
	}
	for _, tc := range tests {
		os, _, _ := oneSentence(t, x, tc.text)
		var found officialsFound
		x.appositionAt(os, tokenAt(t, os, ","), &found)
		if tc.name == "" {
			if len(found.mentions) != 0 {
				t.Errorf("%q: %+v, want no apposition", tc.text, found.mentions)
			}
			continue
		}
		wantOneMention(t, tc.text, found, tc.name, tc.title, tc.country)
	}
}

func TestGroupAndMergeMentions(t *testing.T) {
	x := newExtractor(t)
	text := "Secretary Harold J. Venn met Foreign Minister Ali Sani of Niger. Later Secretary Venn and Secretary Hal Venn spoke, and Minister Sani left."
	sents := splitSentences(text, 0)
	cms := x.findCountries(sents)
	ms, _, _ := x.findOfficials(text, sents, cms)
	people := mergeSurnames(groupMentions(sents, ms, nil))
	if len(people) != 2 {
		t.Fatalf("%d people, want 2: %+v", len(people), people)
	}
	for i := range people {
		summarizePerson(&people[i])
	}
	got := map[string]int{}
	for _, p := range people {
		got[p.name] = len(p.mentions)
	}
	if got["Harold J. Venn"] != 3 || got["Ali Sani"] != 2 {
		t.Errorf("mentions per person %v, want Venn 3 and Sani 2", got)
	}
}

func TestGroupMentionsSkipsByline(t *testing.T) {
	x := newExtractor(t)
	text := "Minister Dana Writer met Minister Ali Sani."
	sents := splitSentences(text, 0)
	ms, _, _ := x.findOfficials(text, sents, x.findCountries(sents))
	people := groupMentions(sents, ms, nameKeyTokens("Dana Writer"))
	if len(people) != 1 || people[0].name != "Ali Sani" {
		t.Errorf("people %+v, want only Ali Sani", people)
	}
}

func TestDelegationCountry(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, name, want string }{
		{"Minister Ali Sani led the Nigerien delegation.", "Sani", "NE"},
		{"Minister Ali Sani met with the Nigerien delegation.", "Sani", ""},
		{"Peru sent its minister, and Chile's by Minister Ali Sani.", "Sani", "CL"},
	}
	for _, tc := range tests {
		text := tc.text
		sents := splitSentences(text, 0)
		cms := x.findCountries(sents)
		ms, _, _ := x.findOfficials(text, sents, cms)
		var m *officialMention
		for i := range ms {
			if strings.HasSuffix(ms[i].name, tc.name) {
				m = &ms[i]
			}
		}
		if m == nil {
			t.Fatalf("%q: no mention of %q in %+v", text, tc.name, ms)
		}
		ix := newStateIndex(sents, cms, nil)
		if got := delegationCountry(sents[0], ix.near(*m), *m); got != tc.want {
			t.Errorf("%q: %q, want %q", text, got, tc.want)
		}
	}
}

func TestArticleState(t *testing.T) {
	ix := &stateIndex{top: "US", topNotUS: "PE", ranked: []string{"US", "PE", "CL"}}
	tests := []struct {
		exclUS  bool
		exclude map[string]bool
		want    string
	}{
		{false, nil, "US"},
		{true, nil, "PE"},
		{true, map[string]bool{"PE": true}, "CL"},
		{false, map[string]bool{"US": true, "PE": true, "CL": true}, ""},
	}
	for _, tc := range tests {
		if got := ix.articleState(tc.exclUS, tc.exclude); got != tc.want {
			t.Errorf("articleState(%v, %v) = %q, want %q", tc.exclUS, tc.exclude, got, tc.want)
		}
	}
}

func TestArticleStateFromHeadline(t *testing.T) {
	ix := &stateIndex{top: "FR", topNotUS: "FR", ranked: []string{"FR", "SK"}, headline: "SK"}
	if got := ix.headlineState(false, nil); got != "SK" {
		t.Errorf("headlineState = %q, want SK", got)
	}
	if got := ix.headlineState(false, map[string]bool{"SK": true}); got != "" {
		t.Errorf("headlineState without SK = %q, want none", got)
	}
}
