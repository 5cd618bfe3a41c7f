package neo4jdb

import (
	"strings"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/identity"
)

// Entity resolution of officials. An official's key is the state (or
// organisation) served plus identity.PersonKey of the name: the first and
// last identifying words, sorted, with familiar given names in full form
// and particles joined, so "Taro Yamada", "YAMADA Taro", "Taro K. Yamada"
// and "Mr. Taro Yamada" are one node. The rules of names live in identity;
// this file only puts them into keys.

// officialLevel is the level of an office by the guidelines
// (identity.LevelOf), whatever level the extractor gave it.
func officialLevel(title string, given attache.Level) string {
	return string(identity.LevelOf(title, given))
}

// officialPrefix is the part of an official's key that says whom they
// serve: the ISO code of the state, else the folded name of the
// organisation, else "unknown".
func officialPrefix(country *string, organization string) string {
	if country != nil && strings.TrimSpace(*country) != "" {
		return strings.ToUpper(strings.TrimSpace(*country))
	}
	if org := strings.Join(identity.Fold(organization), " "); org != "" {
		return org
	}
	return "unknown"
}

// officialKey is prefix ":" the person key of the name, or "" when the
// name has no letters at all.
func officialKey(prefix, name string) string {
	key := identity.PersonKey(name)
	if key == "" {
		return ""
	}
	return prefix + ":" + key
}

// nameEnds are the words of a name a one-word mention may stand for: the
// first and the last identifying words, since the family name comes first
// in some usages ("YAMADA Taro") and last in others.
func nameEnds(tokens []string) []string {
	switch len(tokens) {
	case 0:
		return nil
	case 1:
		return tokens
	}
	return []string{tokens[0], tokens[len(tokens)-1]}
}

// keyWords are the words of an official's key after its prefix.
func keyWords(id string) (prefix string, words []string, ok bool) {
	prefix, name, ok := strings.Cut(id, ":")
	words = strings.Fields(name)
	return prefix, words, ok && len(words) > 0
}

// betterName reports whether a should replace b as an official's display
// name: the name with more words wins, then the longer, then the first in
// byte order. It is a total order, so the name chosen does not depend on the
// order in which articles are loaded.
func betterName(a, b string) bool {
	if b == "" {
		return a != ""
	}
	if na, nb := len(strings.Fields(a)), len(strings.Fields(b)); na != nb {
		return na > nb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}
