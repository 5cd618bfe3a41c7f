package main

import (
	"log/slog"
	"strings"
	"sync"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// countryAliases maps the lower-cased names and aliases of every state in
// the extractor's gazetteer ("usa", "u.s.", "uk", "britain", "united
// kingdom") to its ISO code, for the API's country arguments. graph may not
// import the extractor, so the table is handed to it from here. A name two
// states share is left out: the API then answers with the database's own
// lookup rather than a guess. Demonyms and capitals are not names of states.
var countryAliases = sync.OnceValue(func() map[string]string {
	g, err := lexicon.LoadGazetteer()
	if err != nil {
		slog.Warn("country aliases unavailable; the API accepts codes and names only", "err", err)
		return nil
	}
	out := map[string]string{}
	shared := map[string]bool{}
	for _, c := range g.Countries() {
		for _, name := range append([]string{c.Name}, c.Names...) {
			key := strings.ToLower(strings.TrimSpace(name))
			if prev, ok := out[key]; ok && prev != c.Code {
				shared[key] = true
			}
			out[key] = c.Code
		}
	}
	for key := range shared {
		delete(out, key)
	}
	return out
})
