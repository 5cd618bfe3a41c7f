package neo4jdb

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/attache-project/attache"
)

// Compiled meetings: a counted page of meetings that projects only the
// fields the GraphQL query selects. meetingProjection reads every meeting's
// host (HELD_IN), city and precision and every participant's aliases,
// level, organisation and state (REPRESENTS) whatever the question; for the
// analysts' "meetings of two states in a year" that was about half of the
// projection's db hits and of the records the driver decodes. As for
// officialsWhoMet, the projection is put together from the named fragments
// of compiled_whomet.go only: a field path that names none is refused.

// compiledMeetings caches the projections compiled, by their sorted field
// paths; it stops growing at maxCompiledWhoMet shapes.
var compiledMeetings = struct {
	sync.RWMutex
	m map[string]countedMeetings
}{m: map[string]countedMeetings{}}

// ListMeetingsCountedSelected is ListMeetingsCountedWithParticipants reading
// only the fields named by paths below Meeting: a field of the meeting
// ("id", "kind", "status", "date", "datePrecision", "countries"),
// "participants" for the list, "participants.<field>" for a field of its
// officials. The page, its cursors, order and count are those of
// ListMeetingsCounted; fields not named are left zero. Participants come by
// meeting id when asked for, nil otherwise.
func (s *ReadStore) ListMeetingsCountedSelected(ctx context.Context, f attache.MeetingFilter, order attache.MeetingOrder, p attache.PageArgs, paths []string) (attache.Page[attache.MeetingView], int, map[string][]attache.OfficialView, error) {
	proj, err := meetingsStatement(paths)
	if err != nil {
		return attache.Page[attache.MeetingView]{}, 0, nil, err
	}
	return s.listMeetingsCounted(ctx, f, order, p, proj)
}

// meetingsStatement returns the compiled projection for paths, from the
// cache when it holds it.
func meetingsStatement(paths []string) (countedMeetings, error) {
	sorted := uniqueSorted(paths)
	key := strings.Join(sorted, ",")
	compiledMeetings.RLock()
	c, ok := compiledMeetings.m[key]
	compiledMeetings.RUnlock()
	if ok {
		return c, nil
	}
	c, err := compileMeetings(sorted)
	if err != nil {
		return c, err
	}
	compiledMeetings.Lock()
	if len(compiledMeetings.m) < maxCompiledWhoMet {
		compiledMeetings.m[key] = c
	}
	compiledMeetings.Unlock()
	return c, nil
}

// compileMeetings builds the projection of paths. The meeting's id is
// always read (the cursor and the participants are keyed by it); a
// precision needs its date, which it defaults to; the participants keep
// MeetingParticipants' order.
func compileMeetings(paths []string) (countedMeetings, error) {
	meeting := []string{"id"}
	var official []string
	participants := false
	for _, path := range paths {
		prefix, field, nested := strings.Cut(path, ".")
		var ok bool
		switch {
		case prefix == "participants" && !nested:
			participants, ok = true, true
		case prefix == "participants":
			participants = true
			_, ok = officialFragments[field]
			official = append(official, field)
		case !nested:
			_, ok = meetingFragments[prefix]
			meeting = append(meeting, prefix)
			if prefix == "datePrecision" {
				meeting = append(meeting, "date")
			}
		}
		if !ok {
			return countedMeetings{}, fmt.Errorf("meetings: no projection for the field %q", path)
		}
	}
	c := countedMeetings{name: "listMeetingsCountedSelected", item: project(meetingFragments, meeting, "m")}
	if participants {
		// ATTENDED comes from an official: no label check.
		c.participants = `COLLECT { MATCH (m)<-[:ATTENDED]-(o) WITH o ORDER BY o.name, o.id RETURN ` +
			project(officialFragments, official, "o") + ` }`
	}
	return c, nil
}
