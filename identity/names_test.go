package identity

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := map[string][]string{
		"Kemal Doğan":       {"kemal", "dogan"},
		"José Sánchez-Ruiz": {"jose", "sanchezruiz"},
		"O'Brien":           {"obrien"},
		"Łukasz Øvergård":   {"lukasz", "overgard"},
		"  ":                nil,
		"Straße":            {"strasse"},
	}
	for in, want := range tests {
		if got := Fold(in); !slices.Equal(got, want) {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// Forms of one invented person's name share a key; different people do not.
func TestPersonKey(t *testing.T) {
	same := [][]string{
		{"Taro Yamada", "YAMADA Taro", "Yamada Taro", "Mr. Taro Yamada"},
		{"Joe Roe", "Joseph Roe", "Joseph R. Roe", "President Joseph Roe Jr."},
		{"Jane Roe", "Jane Miller Roe", "Dr. Jane Roe"},
		{"Ali al-Sani", "Ali al Sani", "Ali Alsani", "Ali Al-Sani"},
		{"Bill Example", "William Example"},
		{"Ji-won Park", "Park Ji-won"},
		{"Kemal Öztürk", "Kemal Ozturk"},
	}
	for _, forms := range same {
		want := PersonKey(forms[0])
		for _, f := range forms[1:] {
			if got := PersonKey(f); got != want {
				t.Errorf("PersonKey(%q) = %q, want %q as for %q", f, got, want, forms[0])
			}
		}
	}
	different := [][2]string{
		{"Jane Roe", "John Roe"},
		{"Taro Yamada", "Jiro Yamada"},
		{"Ali al-Sani", "Ali al-Bakr"},
	}
	for _, p := range different {
		if PersonKey(p[0]) == PersonKey(p[1]) {
			t.Errorf("%q and %q share the key %q", p[0], p[1], PersonKey(p[0]))
		}
	}
	if k := PersonKey("..."); k != "" {
		t.Errorf("a name without words has the key %q", k)
	}
}

func TestNameTokensKeepsOrderAndOneWord(t *testing.T) {
	tests := map[string][]string{
		"Secretary of State Jane Roe": {"jane", "roe"},
		"President Roe":               {"roe"},
		"Mike Example III":            {"michael", "example"},
		"Minister":                    {"minister"},
	}
	for in, want := range tests {
		if got := NameTokens(in); !slices.Equal(got, want) {
			t.Errorf("NameTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripMarks(t *testing.T) {
	for in, want := range map[string]string{
		"Doğan":         "Dogan",
		"Tánaiste":      "Tanaiste",
		"Nguyễn":        "Nguyen",
		"Plain":         "Plain",
		"Łukasz":        "Lukasz",
		"ØSTBY":         "OSTBY",
		"Côte d’Ivoire": "Cote d’Ivoire",
	} {
		if got := StripMarks(in); got != want {
			t.Errorf("StripMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsHonorific(t *testing.T) {
	for w, want := range map[string]bool{
		"Mr.": true, "mr": true, "MRS": true, "H.E.": true, "h.e.": true, "Excellency": true, "Hon": true,
		"He": false, "Lord": false, "Minister": false, "Sani": false, "": false,
	} {
		if got := IsHonorific(w); got != want {
			t.Errorf("IsHonorific(%q) = %v, want %v", w, got, want)
		}
	}
}

// Folding is safe from many goroutines at once (run with -race): extraction
// workers fold names concurrently.
func TestFoldConcurrently(t *testing.T) {
	names := []string{"Mehmet Doğan", "José Sánchez-Ruiz", "Łukasz Øvergård", "Nguyễn Văn An", "Zoë Ça"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = StripMarks(n)
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			ok := true
			for k := 0; k < 500; k++ {
				i := k % len(names)
				ok = ok && StripMarks(names[i]) == want[i]
			}
			done <- ok
		}()
	}
	for g := 0; g < 8; g++ {
		if !<-done {
			t.Error("a concurrent StripMarks gave another answer")
		}
	}
}
