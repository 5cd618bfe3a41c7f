package identity

import (
	"slices"
	"strings"

	"github.com/attache-project/attache"
)

// JoinClass is the class of kinds whose accounts in different articles
// may describe one engagement, the first part of a meeting's id: a call is
// never an encounter in person, but a visit and the talks, meeting or
// summit it was made for are one engagement that one reporter calls a
// visit ("heads to Tokyo for talks") and another talks. Within one
// article the extractor keeps a visit apart from the talks it tells
// (attache.MeetingKind.Class); across articles they join.
func JoinClass(kind attache.MeetingKind) attache.MeetingKind {
	if kind.Class() == attache.KindCall {
		return attache.KindCall
	}
	return attache.KindMeeting
}

// PartyStates is the set of states that take part in an engagement as one
// article tells it, sorted and without repeats: the states the extractor
// gave, the states its named participants serve (as the article claims
// them), and, when that leaves a single state, the state of the venue if
// it is another one: an official of one state who meets in another
// state's capital meets its hosts, though the article may name them by
// office only. Reports of one engagement then fall in one group of the
// same states even when one of them misses a side. Codes are upper-cased;
// empty ones are dropped.
func PartyStates(given, participantStates []string, venue string) []string {
	var out []string
	add := func(code string) {
		if code = strings.ToUpper(strings.TrimSpace(code)); code != "" && !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	for _, c := range given {
		add(c)
	}
	for _, c := range participantStates {
		add(c)
	}
	if len(out) == 1 {
		add(venue)
	}
	slices.Sort(out)
	return out
}
