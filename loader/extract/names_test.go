package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// A later mention by surname with other diacritics is the same person.
func TestSurnameWithOtherDiacritics(t *testing.T) {
	x := newExtractor(t)
	text := "Turkish President Kemal Yılmaz Doğan met Peruvian President Ana Vell in Lima.\n\nDogan said the talks went well, and Vell agreed."
	e := extractText(t, x, attache.Article{ID: "t", Text: text})
	if len(e.Officials) != 2 {
		t.Fatalf("officials %+v, want two", e.Officials)
	}
	if len(e.Meetings) == 0 || len(e.Meetings[0].Participants) != 2 {
		t.Errorf("meetings %+v, want one with both", e.Meetings)
	}
	if nameKeyTokens("Doğan")[0] != nameKeyTokens("Dogan")[0] {
		t.Errorf("keys differ: %v %v", nameKeyTokens("Doğan"), nameKeyTokens("Dogan"))
	}
}

// Family names in capitals come first: "YAMADA Taro".
func TestCapitalFamilyName(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Text: "Foreign Minister YAMADA Taro of Japan met Foreign Minister Ana Vell of Peru in Tokyo.\n\nYAMADA said the talks went well."})
	o, ok := officialNamed(e, "YAMADA Taro")
	if !ok || o.Country == nil || *o.Country != "JP" {
		t.Fatalf("officials %+v, want YAMADA Taro of JP", e.Officials)
	}
	// An acronym before a name is no family name.
	e = extractText(t, x, attache.Article{ID: "t", Text: "The NATO Secretary General met Minister Ana Vell in a long sentence."})
	if _, ok := officialNamed(e, "NATO Secretary"); ok {
		t.Errorf("officials %+v: an acronym read as a name", e.Officials)
	}
}

// A family name in capitals alone or after the given name.
func TestCapitalSurname(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, want string }{
		{"Prime Minister SATO held a meeting with President Ali Sani of Niger.", "SATO"},
		{"Foreign Minister Taro YAMADA, who arrived today, met the press.", "Taro YAMADA"},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Outlet: "Ministry of Foreign Affairs of Japan", Text: tc.text})
		o, ok := officialNamed(e, tc.want)
		if !ok || o.Country == nil || *o.Country != "JP" {
			t.Errorf("%q: officials %+v, want %s of JP", tc.text, e.Officials, tc.want)
		}
	}
	// Acronyms and titles in capitals are no surnames.
	for _, text := range []string{
		"The statement of President NATO allies welcomed was read in a long sentence.",
		"Secretary General WHO officials said the outbreak grew in a long sentence.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Text: text})
		if len(e.Officials) != 0 {
			t.Errorf("%q: officials %+v, want none", text, e.Officials)
		}
	}
}

// Forms of one invented name that differ in marks, apostrophes or hyphens
// fold to one key (identity.Fold); initials after the first word go.
func TestNameKeyTokens(t *testing.T) {
	same := [][2]string{
		{"Seán O'Dea", "Sean O’Dea"},
		{"Park Ji-won", "Park Jiwon"},
		{"Kemal Öztürk", "Kemal Ozturk"},
		{"Ali A. Sani", "Ali Sani"},
	}
	for _, p := range same {
		if a, b := nameKeyTokens(p[0]), nameKeyTokens(p[1]); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("nameKeyTokens(%q) = %v, (%q) = %v; want equal", p[0], a, p[1], b)
		}
	}
	if got := nameKeyTokens("J. Sani"); len(got) != 2 || got[0] != "j" {
		t.Errorf("nameKeyTokens(J. Sani) = %v, want the first initial kept", got)
	}
}

// "The Vell administration" names a government, not the person: no
// reference for the engagement stage.
func TestSurnameBeforeGovernmentNoun(t *testing.T) {
	text := "Vell met the minister. The Vell administration agreed. Talks with the Vell government went on."
	sents := splitSentences(text, 0)
	nf := newNameForms([]person{{name: "Ana Vell", forms: []string{"Ana Vell"}}})
	people := []person{{name: "Ana Vell"}}
	nf.refsIn(sents, people)
	if len(people[0].refs) != 1 || people[0].refs[0].sent != 0 {
		t.Errorf("refs = %+v, want only the first sentence's", people[0].refs)
	}
}

// A family name in capitals in an apposition, first before the given name
// or last after it, as Japanese and other releases write it.
func TestCapitalNameInApposition(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, name, country string }{
		{"Mr. YAMADA Taro, Minister for Foreign Affairs, held a meeting with the delegation.", "YAMADA Taro", "JP"},
		{"The minister met H.E. Mr. Ali SANI, Minister of Foreign Affairs of Niger, in Tokyo.", "Ali SANI", "NE"},
	}
	for _, tt := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Outlet: "Ministry of Foreign Affairs of Japan", Text: tt.text})
		o, ok := officialNamed(e, tt.name)
		if !ok || o.Country == nil || *o.Country != tt.country {
			t.Errorf("%q: %s = %+v (of %+v), want of %s", tt.text, tt.name, o, e.Officials, tt.country)
		}
	}
}
