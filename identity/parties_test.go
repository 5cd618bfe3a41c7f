package identity

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

func TestJoinClass(t *testing.T) {
	tests := []struct {
		kind attache.MeetingKind
		want attache.MeetingKind
	}{
		{attache.KindCall, attache.KindCall},
		{attache.KindVisit, attache.KindMeeting},
		{attache.KindTalks, attache.KindMeeting},
		{attache.KindSummit, attache.KindMeeting},
		{attache.KindMeeting, attache.KindMeeting},
	}
	for _, tt := range tests {
		if got := JoinClass(tt.kind); got != tt.want {
			t.Errorf("JoinClass(%s) = %s, want %s", tt.kind, got, tt.want)
		}
	}
}

func TestPartyStates(t *testing.T) {
	tests := []struct {
		name                string
		given, participants []string
		venue               string
		want                []string
	}{
		{"the extractor's states, sorted", []string{"US", "FR"}, nil, "", []string{"FR", "US"}},
		{"a named participant's state takes part though the article missed it",
			[]string{"MX", "ID"}, []string{"GE", "ID"}, "ID", []string{"GE", "ID", "MX"}},
		{"a minister of one state received in another state's capital meets its hosts",
			[]string{"NE"}, []string{"NE"}, "ET", []string{"ET", "NE"}},
		{"the venue of a meeting between two states is no third party",
			[]string{"NE", "FR"}, nil, "CH", []string{"FR", "NE"}},
		{"a venue at home adds nothing", []string{"NE"}, nil, "NE", []string{"NE"}},
		{"no state at all stays without states", nil, nil, "CH", nil},
		{"codes are normalised and empty ones dropped", []string{" us", ""}, []string{"us"}, "", []string{"US"}},
	}
	for _, tt := range tests {
		if got := PartyStates(tt.given, tt.participants, tt.venue); !slices.Equal(got, tt.want) {
			t.Errorf("%s: PartyStates(%v, %v, %q) = %v, want %v", tt.name, tt.given, tt.participants, tt.venue, got, tt.want)
		}
	}
}
