// Command datediff says, for the engagements whose country pair the gold and
// a prediction share, how their dates differ: the dated part of the score
// (a pair together with its exact date) is where most of the extraction's
// misses on unseen text are, and the kind of difference (the wrong day of
// the right month, another precision, another year, a date where the gold
// has none) points at the rule that made it.
//
//	go run ./scripts/datediff -gold testdata/heldout/test7/gold -pred tmp/eval-heldout/test7 -examples 10
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

type meeting struct {
	Countries []json.RawMessage `json:"countries"`
	Date      *string           `json:"date"`
	Optional  bool              `json:"optional"`
}

type doc struct {
	Meetings []meeting `json:"meetings"`
}

func main() {
	gold := flag.String("gold", "", "directory of gold JSON files")
	pred := flag.String("pred", "", "directory of predicted JSON files (same file names)")
	examples := flag.Int("examples", 0, "print up to this many examples of each kind")
	flag.Parse()
	if *gold == "" || *pred == "" {
		fmt.Fprintln(os.Stderr, "usage: datediff -gold DIR -pred DIR [-examples N]")
		os.Exit(2)
	}
	counts, shown, err := compare(*gold, *pred)
	if err != nil {
		fmt.Fprintln(os.Stderr, "datediff:", err)
		os.Exit(1)
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return counts[kinds[i]] > counts[kinds[j]] })
	for _, k := range kinds {
		fmt.Printf("%5d %s\n", counts[k], k)
	}
	for _, k := range kinds {
		if *examples == 0 || len(shown[k]) == 0 {
			continue
		}
		fmt.Println("==", k)
		for _, line := range shown[k][:min(*examples, len(shown[k]))] {
			fmt.Println("  ", line)
		}
	}
}

// compare tallies, over every gold file that has a prediction, how the dates of
// each shared country pair differ.
func compare(goldDir, predDir string) (map[string]int, map[string][]string, error) {
	counts, shown := map[string]int{}, map[string][]string{}
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	for _, g := range files {
		p := filepath.Join(predDir, filepath.Base(g))
		if _, err := os.Stat(p); err != nil {
			continue
		}
		gd, err := datesByPair(g)
		if err != nil {
			return nil, nil, err
		}
		pd, err := datesByPair(p)
		if err != nil {
			return nil, nil, err
		}
		for pair, kind := range classify(gd, pd) {
			for _, k := range kind {
				counts[k.kind]++
				shown[k.kind] = append(shown[k.kind], fmt.Sprintf("%s %s gold %v pred %v", filepath.Base(g), pair, gd[pair], pd[pair]))
			}
		}
	}
	return counts, shown, nil
}

type difference struct{ kind, date string }

// classify compares the dates of each pair: every gold date the prediction
// lacks is named by how it differs from the prediction's first unmatched date.
func classify(gold, pred map[string][]string) map[string][]difference {
	out := map[string][]difference{}
	for pair, gs := range gold {
		ps := pred[pair]
		if len(ps) == 0 {
			out[pair] = append(out[pair], difference{"missed pair", ""})
			continue
		}
		var unmatched []string
		for _, p := range ps {
			if !slices.Contains(gs, p) {
				unmatched = append(unmatched, p)
			}
		}
		for _, g := range gs {
			switch {
			case slices.Contains(ps, g):
				out[pair] = append(out[pair], difference{"match", g})
			case len(unmatched) == 0:
				out[pair] = append(out[pair], difference{"gold has another date for the pair", g})
			default:
				out[pair] = append(out[pair], difference{kindOf(g, unmatched[0]), g})
			}
		}
	}
	for pair := range pred {
		if _, ok := gold[pair]; !ok {
			out[pair] = append(out[pair], difference{"extra pair", ""})
		}
	}
	return out
}

func kindOf(g, p string) string {
	switch {
	case g == "null":
		return "gold null, predicted a date"
	case p == "null":
		return "gold date, predicted null"
	case strings.HasPrefix(g, p) || strings.HasPrefix(p, g):
		return "another precision"
	case len(g) >= 7 && len(p) >= 7 && g[:7] == p[:7]:
		return "another day of the month"
	case g[:4] == p[:4]:
		return "another month of the year"
	default:
		return "another year"
	}
}

// datesByPair reads one annotation file: the dates of each unordered country
// pair over its non-optional meetings ("null" for an undated one).
func datesByPair(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d doc
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string][]string{}
	for _, m := range d.Meetings {
		if m.Optional {
			continue
		}
		date := "null"
		if m.Date != nil && *m.Date != "" {
			date = *m.Date
		}
		codes := countryCodes(m.Countries)
		for i := range codes {
			for j := i + 1; j < len(codes); j++ {
				pair := codes[i] + "-" + codes[j]
				if !slices.Contains(out[pair], date) {
					out[pair] = append(out[pair], date)
				}
			}
		}
	}
	return out, nil
}

// countryCodes accepts both forms FORMAT.md allows for a country: a code, or
// an object with a code.
func countryCodes(raw []json.RawMessage) []string {
	var codes []string
	for _, r := range raw {
		var s string
		if json.Unmarshal(r, &s) != nil {
			var o struct{ Code string }
			_ = json.Unmarshal(r, &o)
			s = o.Code
		}
		if s = strings.ToUpper(s); s != "" && !slices.Contains(codes, s) {
			codes = append(codes, s)
		}
	}
	sort.Strings(codes)
	return codes
}
