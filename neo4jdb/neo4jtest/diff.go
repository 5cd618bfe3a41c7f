package neo4jtest

import (
	"fmt"
	"strings"
)

// DumpDiff lists the lines of two graph dumps (neo4jdb's Dump) that only
// want has (-) or only got has (+), at most limit of them (0: all), so a
// test that compares graphs shows what differs rather than where.
func DumpDiff(want, got string, limit int) string {
	lines := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := lines(want), lines(got)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	if n := len(out); limit > 0 && n > limit {
		out = append(out[:limit], fmt.Sprintf("... and %d more lines", n-limit))
	}
	return strings.Join(out, "\n")
}
