package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/attache-project/attache"
)

// maxCandidates bounds the candidates an ambiguous name lists.
const maxCandidates = 8

// officialID turns an official's id or name into an id. An id is taken as
// it is when it names an official; anything else is looked up with the
// rules of search (names, aliases, titles): one official found is the
// answer, several are BAD_USER_INPUT listing them (unless exactly one has
// the name as written), none is NOT_FOUND — never an empty answer.
func (r *Resolver) officialID(ctx context.Context, idOrName string) (string, error) {
	text := strings.TrimSpace(idOrName)
	if text == "" {
		return "", attache.Errorf(attache.EINVALID, "name an official by id or name")
	}
	if _, err := r.loaders(ctx).Official.Load(ctx, text); err == nil {
		return text, nil
	} else if attache.ErrorCode(err) != attache.ENOTFOUND {
		return "", err
	}
	if checkSearch(text) != nil || luceneFree(text) {
		// Too long to be a name, or no word in it: it was meant as an id.
		return "", attache.Errorf(attache.ENOTFOUND, "no official %q", truncateText(text, 80))
	}
	hits, err := r.Read.Search(ctx, text, 25)
	if err != nil {
		return "", err
	}
	return pickOfficial(text, hits)
}

// pickOfficial chooses the official a name means among search hits.
func pickOfficial(text string, hits []attache.SearchHit) (string, error) {
	var officials, exact []attache.SearchHit
	for _, h := range hits {
		if h.Kind != "official" {
			continue
		}
		officials = append(officials, h)
		if strings.EqualFold(h.Label, text) {
			exact = append(exact, h)
		}
	}
	switch {
	case len(officials) == 0:
		return "", attache.Errorf(attache.ENOTFOUND, "no official named %q in the graph", truncateText(text, 60))
	case len(officials) == 1:
		return officials[0].ID, nil
	case len(exact) == 1:
		return exact[0].ID, nil
	}
	if len(exact) > 1 {
		officials = exact
	}
	names := make([]string, 0, maxCandidates)
	for i, h := range officials {
		if i == maxCandidates {
			names = append(names, fmt.Sprintf("and %d more", len(officials)-maxCandidates))
			break
		}
		names = append(names, fmt.Sprintf("%s (%s)", h.Label, h.ID))
	}
	return "", attache.Errorf(attache.EINVALID, "%q names %d officials: %s; give one of these ids", truncateText(text, 60), len(officials), strings.Join(names, ", "))
}

// luceneFree reports whether text has no letter or digit, so search would
// refuse it.
func luceneFree(text string) bool {
	return !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func truncateText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// countryAlias turns a common name of a state ("USA", "U.S.", "UK",
// "Britain") into its ISO code through the table the Resolver was given;
// ok is false when the table has no such name.
func (r *Resolver) countryAlias(text string) (string, bool) {
	if r.CountryAliases == nil {
		return "", false
	}
	code, ok := r.CountryAliases[strings.ToLower(text)]
	return code, ok
}
