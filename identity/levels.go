package identity

import (
	"strings"

	"github.com/attache-project/attache"
)

// LevelOf is the level an office holds by the annotation guidelines,
// given the normalised title and the level an extractor gave it: a consort
// or an heir is no head of state (they are counted as other), and the
// offices of cabinet rank that conduct a state's diplomacy without being
// ministries (a national security adviser, the secretary of a security
// council, the head of a national security secretariat) count among the
// leaders an analyst means, as ministers (their deputies and assistants
// keep the level given). Any other title keeps the level given.
func LevelOf(title string, given attache.Level) attache.Level {
	words := " " + strings.Join(Fold(title), " ") + " "
	for _, w := range []string{" consort ", " crown prince ", " crown princess ", " heir ", " prince ", " princess "} {
		if strings.Contains(words, w) {
			return attache.LevelOther
		}
	}
	if strings.Contains(words, " deputy ") || strings.Contains(words, " assistant ") {
		return given
	}
	for _, w := range []string{" national security advisor ", " national security adviser ", " security council secretary ",
		" secretary of the security council ", " national security secretariat ", " national security council secretary "} {
		if strings.Contains(words, w) {
			return attache.LevelMinister
		}
	}
	return given
}
