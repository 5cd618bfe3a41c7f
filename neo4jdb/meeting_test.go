package neo4jdb

import (
	"slices"
	"testing"
)

func TestAggregateMeetingIgnoresOrder(t *testing.T) {
	reports := []meetingReport{
		{Article: "a2", Published: "2024-03-01", Kind: "meeting", Status: "scheduled", Date: "2024-03", Participants: []string{"US:a"}, Countries: []string{"CL", "US"}, Issues: []string{"security"}},
		{Article: "a1", Published: "2024-03-15", Kind: "talks", Status: "held", Date: "2024-03-14", City: "Santiago", HeldIn: "CL", Participants: []string{"CL:b", "US:a"}, Countries: []string{"CL", "US"}, Issues: []string{"trade"}},
		{Article: "a4", Published: "2024-03-20", Kind: "talks", Status: "scheduled", Date: "2024-03-13", Participants: []string{"US:a"}, Countries: []string{"CL", "US"}},
	}
	want := aggregateMeeting(slices.Clone(reports))
	if want.Status != "held" || want.Kind != "talks" || want.Date != "2024-03-13" || want.City != "Santiago" ||
		!slices.Equal(want.Dates, []string{"2024-03", "2024-03-13", "2024-03-14"}) ||
		!slices.Equal(want.Participants, []string{"CL:b", "US:a"}) || !slices.Equal(want.Issues, []string{"security", "trade"}) {
		t.Errorf("aggregate = %+v", want)
	}
	rev := slices.Clone(reports)
	slices.Reverse(rev)
	if got := aggregateMeeting(rev); !equalState(got, want) {
		t.Errorf("reversed reports give %+v, want %+v", got, want)
	}
}

func equalState(a, b meetingState) bool {
	return a.Kind == b.Kind && a.Status == b.Status && a.Date == b.Date && a.City == b.City && a.HeldIn == b.HeldIn &&
		slices.Equal(a.Dates, b.Dates) && slices.Equal(a.Participants, b.Participants) &&
		slices.Equal(a.Countries, b.Countries) && slices.Equal(a.Issues, b.Issues)
}

func TestAggregateOfficial(t *testing.T) {
	ms := []officialMention{
		{Article: "r2", Published: "2024-01-02", Name: "Antonia Velmont", Country: "US"},
		{Article: "r1", Published: "2024-01-01", Name: "Antonia J. Velmont", Title: "Deputy Secretary", Level: "deputy", Country: "US"},
		{Article: "r3", Published: "2024-01-03", Name: "Velmont", Title: "Secretary of State", Level: "minister", Aliases: []string{"Secretary Velmont"}, Country: "US"},
	}
	s := aggregateOfficial(ms)
	if s.Name != "Antonia J. Velmont" || s.Title != "Secretary of State" || s.Level != "minister" ||
		!slices.Equal(s.Aliases, []string{"Antonia Velmont", "Secretary Velmont", "Velmont"}) ||
		s.FirstSeen != "2024-01-01" || s.LastSeen != "2024-01-03" || !slices.Equal(s.Countries, []string{"US"}) {
		t.Errorf("aggregate = %+v", s)
	}
}

func TestMeetingIDWithoutStatesOrParticipantsIsPerArticle(t *testing.T) {
	a := meetingID("meeting", nil, nil, []string{"a1"}, "2024-01-02")
	b := meetingID("meeting", nil, nil, []string{"a2"}, "2024-01-02")
	if a == b {
		t.Errorf("two articles' anonymous meetings on one day share the id %s", a)
	}
	if got := meetingID("call", []string{"CL", "US"}, []string{"US:x"}, []string{"a1"}, ""); got != "call:CL-US:undated" {
		t.Errorf("meetingID = %s", got)
	}
}

// A meeting's cached parts agree with a fresh aggregate of its reports as
// they join: joined (what the clustering reads) is the aggregate's part,
// and neither is stale after add.
func TestJoinedMeetingIsTheAggregatesPart(t *testing.T) {
	reports := []meetingReport{
		{Article: "a1", Published: "2024-03-01", Kind: "meeting", Status: "scheduled", Date: "2024-03", Participants: []string{"US:a"}, Countries: []string{"CL", "US"}, Issues: []string{"security"}},
		{Article: "a2", Published: "2024-03-15", Kind: "talks", Status: "held", Date: "2024-03-14", City: "Santiago", HeldIn: "CL", Participants: []string{"US:a", "CL:b"}, Countries: []string{"CL", "US"}, Issues: []string{"trade", "security"}},
		{Article: "a3", Published: "2024-03-15", Kind: "talks", Status: "held", City: "Valparaiso", Participants: []string{"CL:b"}, Countries: []string{"CL", "US"}},
		{Article: "a4", Published: "2024-03-20", Kind: "call", Status: "scheduled", Date: "2024-03-14", City: "Santiago", Participants: []string{}, Countries: []string{"CL", "US"}},
	}
	m := &memMeeting{id: "meeting:CL-US:2024-03"}
	for i, r := range reports {
		m.add(r)
		want := aggregateMeeting(slices.Clone(reports[:i+1]))
		j := m.joined()
		if j.Date != want.Date || j.City != want.City || !slices.Equal(j.Participants, want.Participants) ||
			!slices.Equal(j.Countries, want.Countries) || !slices.Equal(j.Articles, want.Articles) ||
			j.Window != want.Window || j.Published != want.Published {
			t.Errorf("after %d reports joined = %+v, want the parts of %+v", i+1, j, want)
		}
		if got := m.aggregate(); !equalState(got, want) || got.Window != want.Window {
			t.Errorf("after %d reports aggregate = %+v, want %+v", i+1, got, want)
		}
		if c := m.counted(); c.date != want.Date || !slices.Equal(c.participants, want.Participants) {
			t.Errorf("after %d reports counted = %+v", i+1, c)
		}
	}
}
