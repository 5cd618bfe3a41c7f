package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Army Gen. Jane Roe met Adm. John Doe on Aug. 17 in St. Louis. Then Dr. Smith spoke.",
			[]string{"Army Gen. Jane Roe met Adm. John Doe on Aug. 17 in St. Louis.", "Then Dr. Smith spoke."}},
		{"acronyms", "The U.S. and the U.N. agreed. The talks ended.",
			[]string{"The U.S. and the U.N. agreed.", "The talks ended."}},
		{"acronym ends sentence", "He flew to the U.S. The trip was short.",
			[]string{"He flew to the U.S.", "The trip was short."}},
		{"initials", "Secretary Jane Q. Roe met Mr. Lee. They talked.",
			[]string{"Secretary Jane Q. Roe met Mr. Lee.", "They talked."}},
		{"numbered paragraphs", "1. We have convened today.\n2. We agree.",
			[]string{"We have convened today.", "We agree."}},
		{"quotes", "\"We agree,\" she said. \"Good.\" He left.",
			[]string{"\"We agree,\" she said.", "\"Good.\"", "He left."}},
		{"number no.", "Resolution No. 5 passed. It was late.",
			[]string{"Resolution No. 5 passed.", "It was late."}},
		{"paragraphs", "First line here\n\nSecond paragraph.",
			[]string{"First line here", "Second paragraph."}},
		{"no end", "a line with no sentence end at all",
			[]string{"a line with no sentence end at all"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := splitSentences(tc.text, 0)
			var got []string
			for _, s := range ss {
				got = append(got, tc.text[s.start:s.end])
				if s.toks[0].start != s.start || s.toks[len(s.toks)-1].end != s.end {
					t.Errorf("sentence offsets do not match its tokens")
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Peru's defense minister", []string{"Peru", "'s", "defense", "minister"}},
		{"Japan’s Secretariat", []string{"Japan", "’s", "Secretariat"}},
		{"U.S.-Bahrain talks", []string{"U.S.", "-", "Bahrain", "talks"}},
		{"Côte d'Ivoire", []string{"Côte", "d'Ivoire"}},
		{"el-Sisi of Egypt", []string{"el", "-", "Sisi", "of", "Egypt"}},
		{"Gen. Smith, Aug. 18, 2005", []string{"Gen.", "Smith", ",", "Aug.", "18", ",", "2005"}},
		{"1970s-era Soviet", []string{"1970s", "-", "era", "Soviet"}},
		{"US$3.4 trillion", []string{"US", "$", "3.4", "trillion"}},
		{"Washington, D.C.", []string{"Washington", ",", "D.C."}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range tokenize(tc.in, 0, len(tc.in), nil) {
			got = append(got, tk.text)
			if tc.in[tk.start:tk.end] != tk.text {
				t.Errorf("%q: token %q has wrong offsets", tc.in, tk.text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A bare apostrophe after a capitalised name in "s" and before a
// lower-case word is the plural possessive; a closing quote is not.
func TestTokenizePluralPossessive(t *testing.T) {
	tests := []struct {
		in   string
		poss bool
	}{
		{"the Philippines' foreign minister", true},
		{"the United States' envoy", true},
		{"the Bahamas’ prime minister", true},
		{"the 'Friends' of the group", false},
		{"the ministers' meeting", false},
		{"the Philippines' Foreign Minister", false},
	}
	for _, tc := range tests {
		got := false
		for _, tk := range tokenize(tc.in, 0, len(tc.in), nil) {
			got = got || tk.kind == tokPoss
		}
		if got != tc.poss {
			t.Errorf("tokenize(%q): possessive %v, want %v", tc.in, got, tc.poss)
		}
	}
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	in := "a\xffb \xc3 c"
	toks := tokenize(in, 0, len(in), nil)
	var b strings.Builder
	for _, tk := range toks {
		b.WriteString(tk.text)
	}
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
}

// A run-on line longer than maxSentenceTokens is cut into pieces no longer
// than the bound, after a comma or semicolon or before a conjunction when
// one is near the bound, so that the passes quadratic in a sentence's
// length stay linear in the text's; the pieces cover every token once.
func TestSplitSentencesBoundsRunOnLines(t *testing.T) {
	words := func(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	tests := []struct {
		name      string
		text      string
		wantFirst int // tokens in the first piece
	}{
		{"at the bound, one sentence", words(maxSentenceTokens, "talks"), maxSentenceTokens},
		{"no break, cut at the bound", words(3*maxSentenceTokens, "talks"), maxSentenceTokens},
		{"after the last comma", words(400, "talks") + " , " + words(400, "trade"), 401},
		{"after a semicolon", words(300, "talks") + " ; " + words(400, "trade"), 301},
		{"before the last and", words(450, "talks") + " and " + words(400, "trade"), 450},
		{"a comma too early is not used", words(100, "talks") + " , " + words(800, "trade"), maxSentenceTokens},
		{"met ... and ... repeated", strings.Repeat("the minister met the president and discussed trade with Peru and Chile and ", 200), 506}, // 13 tokens a unit: the 39th unit's last "and" is token 506
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := splitSentences(tc.text, 0)
			if got := len(ss[0].toks); got != tc.wantFirst {
				t.Errorf("first piece has %d tokens, want %d", got, tc.wantFirst)
			}
			all := tokenize(tc.text, 0, len(tc.text), nil)
			n := 0
			for _, s := range ss {
				if len(s.toks) == 0 || len(s.toks) > maxSentenceTokens {
					t.Fatalf("piece of %d tokens", len(s.toks))
				}
				if s.toks[0] != all[n] || s.start != s.toks[0].start || s.end != s.toks[len(s.toks)-1].end {
					t.Fatalf("piece at token %d does not continue the text", n)
				}
				n += len(s.toks)
			}
			if n != len(all) {
				t.Errorf("pieces cover %d of %d tokens", n, len(all))
			}
		})
	}
}
