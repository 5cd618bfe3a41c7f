package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

func TestFoldMarks(t *testing.T) {
	for in, want := range map[string]string{
		"Erdoğan":  "Erdogan",
		"Tánaiste": "Tanaiste",
		"Nguyễn":   "Nguyen",
		"Plain":    "Plain",
		"Łukasz":   "Łukasz", // a letter of its own, no mark
	} {
		if got := foldMarks(in); got != want {
			t.Errorf("foldMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// A later mention by surname with other diacritics is the same person.
func TestSurnameWithOtherDiacritics(t *testing.T) {
	x := newExtractor(t)
	text := "Turkish President Recep Yılmaz Doğan met Peruvian President Ana Vell in Lima.\n\nDogan said the talks went well, and Vell agreed."
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
