package identity

import (
	"slices"
	"testing"
)

// Forms of one invented person's name written in different romanisations
// share a key.
func TestPersonKeyFoldsTransliterations(t *testing.T) {
	same := [][]string{
		{"Sergey Tumanin", "Sergei Tumanin", "Sergej Tumanin", "TUMANIN Sergei", "Mr. Serguei Tumanin"},
		{"Dmitry Petrenko", "Dmitri Petrenko", "Dmitriy Petrenko"},
		{"Yury Sokolov", "Yuri Sokolov", "Yuriy Sokolov", "Yurii Sokolov"},
		{"Alexey Orlov", "Aleksei Orlov", "Alexei Orlov", "Aleksey Orlov"},
		{"Andrey Belov", "Andrei Belov"},
		{"Nikolay Zorin", "Nikolai Zorin"},
		{"Yevgeny Frolov", "Evgeny Frolov", "Evgeniy Frolov"},
		{"Pavel Ostrovsky", "Pavel Ostrovskiy", "Pavel Ostrovskyy", "Pavel Ostrovskii", "Pavel Ostrovskij", "Pavel Ostrovskyi"},
		{"Oleh Dobryy", "Oleh Dobry"},
		{"Mohammed Haddad", "Muhammad Haddad", "Mohamed Haddad", "Mohammad Haddad"},
		{"Abdel Aziz Nouri", "Abdul Aziz Nouri", "Abdulaziz Nouri", "Abd el-Aziz Nouri", "Abdelaziz Nouri"},
		{"Ahmed el-Sani", "Ahmad al-Sani", "Ahmed Al Sani", "Ahmed Alsani", "Ahmed El-Sani"},
		{"Khaled Mansour", "Khalid Mansour"},
		{"Sergei Aleksandrovich Tumanin", "Sergey Tumanin"},
	}
	for _, forms := range same {
		want := PersonKey(forms[0])
		for _, f := range forms[1:] {
			if got := PersonKey(f); got != want {
				t.Errorf("PersonKey(%q) = %q, want %q as for %q", f, got, want, forms[0])
			}
		}
	}
}

// Names that differ by more than a romanisation are different people, and
// stay apart: other names (Ivana, Mario, Jane), the same name in another
// language (Ukrainian Serhiy, Turkish Mehmet, Greek Dimitri), the Polish
// ending -ski and Korean syllables that romanise alike.
func TestPersonKeyKeepsOtherNamesApart(t *testing.T) {
	different := [][2]string{
		{"Ivan Petrenko", "Ivana Petrenko"},
		{"Maria Lopez", "Mario Lopez"},
		{"Jan Novak", "Jane Novak"},
		{"Alexander Orlov", "Alexandra Orlov"},
		{"Yevgeny Frolov", "Yevgenia Frolov"},
		{"Sergey Tumanin", "Serhiy Tumanin"},
		{"Andrey Belov", "Andriy Belov"},
		{"Mohammed Haddad", "Mehmet Haddad"},
		{"Dmitry Petrenko", "Dimitri Petrenko"},
		{"Jan Kowalski", "Jan Kowalsky"},
		{"Kim Jong-ho", "Kim Jung-ho"}, {"Jong Kim", "Jung Kim"},
		{"Ali Elena", "Ali Alena"},
		{"Hassan Nouri", "Hussein Nouri"},
		{"Abdul Nouri", "Abdullah Nouri"},
	}
	for _, p := range different {
		if a, b := PersonKey(p[0]), PersonKey(p[1]); a == b {
			t.Errorf("%q and %q share the key %q", p[0], p[1], a)
		}
	}
}

// The article el- is written al- only as a word of its own: "el" ending
// another word ("Roel-Sani", "Daniel-Lewis") or beginning one ("Elena")
// stays.
func TestNameTokensArticle(t *testing.T) {
	tests := map[string][]string{
		"Ahmed el-Sani":     {"ahmed", "alsani"},
		"Ahmed (el-Sani)":   {"ahmed", "alsani"},
		"EL-SANI Ahmed":     {"alsani", "ahmed"},
		"Ana Roel-Sani":     {"ana", "roelsani"},
		"Ana Daniel-Lewis":  {"ana", "daniellewis"},
		"Elena Sani":        {"yelena", "sani"},
		"Abd el-Aziz Nouri": {"abdulaziz", "nouri"},
	}
	for in, want := range tests {
		if got := NameTokens(in); !slices.Equal(got, want) {
			t.Errorf("NameTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpelling(t *testing.T) {
	for in, want := range map[string]string{
		"sergei":      "sergey",
		"sergey":      "sergey",
		"muhammad":    "mohammed",
		"ostrovskiy":  "ostrovsky",
		"ostrovskyy":  "ostrovsky",
		"ostrovsky":   "ostrovsky",
		"kowalski":    "kowalski",
		"abdelaziz":   "abdulaziz",
		"abdallah":    "abdullah",
		"abdel":       "abdel", // nothing after the prefix: not a compound
		"skiy":        "skiy",  // an ending with no stem is no surname
		"dobryy":      "dobry",
		"yy":          "yy",
		"ivana":       "ivana",
		"jong":        "jong",
		"elena":       "yelena",
		"alexandra":   "alexandra",
		"gamal":       "jamal",
		"wojciechski": "wojciechski",
	} {
		if got := Spelling(in); got != want {
			t.Errorf("Spelling(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every variant names one group, no group's form is another group's
// variant (a key would then depend on the order of the rules), and no
// variant is a familiar form the givenNames table expands.
func TestSpellingGroupsAreDisjoint(t *testing.T) {
	group := map[string]int{}
	for i, g := range spellingGroups {
		for _, w := range g {
			if j, ok := group[w]; ok && j != i {
				t.Errorf("%q is in groups %d and %d", w, j, i)
			}
			group[w] = i
			if _, ok := givenNames[w]; ok {
				t.Errorf("%q is both a spelling and a familiar form", w)
			}
			if Fold(w)[0] != w {
				t.Errorf("%q is not written folded", w)
			}
		}
		if s := Spelling(g[0]); s != g[0] {
			t.Errorf("the form %q of group %d is spelled %q", g[0], i, s)
		}
	}
}
