package extract

import (
	"flag"
	"strings"
	"testing"
)

// fuzzing reports whether this run generates inputs (-fuzz) rather than
// only replaying the seeds as ordinary tests.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// corpusSeed is one piece of real text with its article's outlet and date.
type corpusSeed struct{ text, outlet, published string }

// corpusSeeds cuts the shared corpus into the pieces real input is made of:
// every line (headings, list items, datelines, paragraphs), every sentence,
// and fragments of each (its first and last words, the text up to and from
// each comma), where a pass may meet the end of its input early. Replayed
// as plain tests it keeps every stride-th piece, so `go test` stays quick;
// under -fuzz it gives them all.
func corpusSeeds(t testing.TB, stride int) []corpusSeed {
	arts, err := readCorpus()
	if err != nil {
		t.Logf("no shared corpus at %s (%v): fuzzing from the built-in seeds only", corpusPath, err)
		return nil
	}
	var seeds []corpusSeed
	n := 0
	for _, a := range arts {
		for _, piece := range textPieces(a.Text) {
			if n++; n%stride == 0 {
				seeds = append(seeds, corpusSeed{piece, a.Outlet, string(a.Published)})
			}
		}
	}
	return seeds
}

// textPieces splits a text into lines, sentences and fragments.
func textPieces(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, line)
		for _, s := range strings.SplitAfter(line, ". ") {
			s = strings.TrimSpace(s)
			if s == "" || s == line {
				continue
			}
			out = append(out, s)
			out = append(out, fragments(s)...)
		}
	}
	return out
}

// fragments are a sentence's first and last few words and its parts before
// and after each comma.
func fragments(s string) []string {
	words := strings.Fields(s)
	var out []string
	if len(words) > 4 {
		out = append(out, strings.Join(words[:4], " "), strings.Join(words[len(words)-4:], " "))
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			out = append(out, s[:i+1], strings.TrimSpace(s[i+1:]))
		}
	}
	return out
}
