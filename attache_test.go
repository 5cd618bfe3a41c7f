package attache_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/attache-project/attache"
)

func TestDatePrecisionAndRange(t *testing.T) {
	tests := []struct {
		date        attache.Date
		precision   attache.DatePrecision
		first, last string
	}{
		{"2005-08-18", attache.DateDay, "2005-08-18", "2005-08-18"},
		{"2005-08", attache.DateMonth, "2005-08-01", "2005-08-31"},
		{"2024-02", attache.DateMonth, "2024-02-01", "2024-02-29"},
		{"2005", attache.DateYear, "2005-01-01", "2005-12-31"},
		{"", attache.DateNone, "", ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.date), func(t *testing.T) {
			if got := tt.date.Precision(); got != tt.precision {
				t.Errorf("Precision() = %q, want %q", got, tt.precision)
			}
			first, last, ok := tt.date.Range()
			if tt.first == "" {
				if ok {
					t.Errorf("Range() ok for a date with no precision")
				}
				return
			}
			if got := first.Format("2006-01-02"); got != tt.first {
				t.Errorf("first = %s, want %s", got, tt.first)
			}
			if got := last.Format("2006-01-02"); got != tt.last {
				t.Errorf("last = %s, want %s", got, tt.last)
			}
		})
	}
}

func TestErrorCodeAndMessage(t *testing.T) {
	notFound := attache.Errorf(attache.ENOTFOUND, "official %q not found", "x")
	wrapped := fmt.Errorf("resolving: %w", notFound)
	tests := []struct {
		err           error
		code, message string
	}{
		{nil, "", ""},
		{wrapped, attache.ENOTFOUND, `official "x" not found`},
		{errors.New("neo4j: boom"), attache.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		if got := attache.ErrorCode(tt.err); got != tt.code {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.code)
		}
		if got := attache.ErrorMessage(tt.err); got != tt.message {
			t.Errorf("ErrorMessage(%v) = %q, want %q", tt.err, got, tt.message)
		}
	}
}

func TestLeaderLevels(t *testing.T) {
	leaders := map[attache.Level]bool{
		attache.LevelHeadOfState: true, attache.LevelHeadOfGovernment: true, attache.LevelMinister: true,
	}
	for _, l := range attache.Levels {
		if l.IsLeader() != leaders[l] {
			t.Errorf("%s.IsLeader() = %v", l, l.IsLeader())
		}
	}
}

func TestDateOverlaps(t *testing.T) {
	tests := []struct {
		a, b attache.Date
		want bool
	}{
		{"2005-08-18", "2005-08-18", true},
		{"2005-08-18", "2005-08-19", false},
		{"2005-08", "2005-08-31", true},
		{"2005", "2005-11", true},
		{"2005", "2006-01-01", false},
		{"2005-11", "2005-12", false},
		{"", "1999-01-01", true},
		{"2005-13", "2005-01-01", true}, // unreadable: may be any day
	}
	for _, tt := range tests {
		if got := tt.a.Overlaps(tt.b); got != tt.want {
			t.Errorf("%q.Overlaps(%q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Overlaps(tt.a); got != tt.want {
			t.Errorf("%q.Overlaps(%q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
	if !(attache.DateDay.Rank() > attache.DateMonth.Rank() && attache.DateMonth.Rank() > attache.DateYear.Rank() && attache.DateYear.Rank() > attache.DateNone.Rank()) {
		t.Error("precision ranks out of order")
	}
}

func TestMeetingKindRankAndClass(t *testing.T) {
	order := []attache.MeetingKind{"", attache.KindVisit, attache.KindMeeting, attache.KindCall, attache.KindTalks, attache.KindSummit}
	for i := 1; i < len(order); i++ {
		if order[i].Rank() <= order[i-1].Rank() {
			t.Errorf("%q ranks %d, not above %q (%d)", order[i], order[i].Rank(), order[i-1], order[i-1].Rank())
		}
	}
	classes := map[attache.MeetingKind]attache.MeetingKind{
		attache.KindSummit: attache.KindMeeting, attache.KindTalks: attache.KindMeeting, attache.KindMeeting: attache.KindMeeting,
		attache.KindCall: attache.KindCall, attache.KindVisit: attache.KindVisit,
	}
	for k, want := range classes {
		if got := k.Class(); got != want {
			t.Errorf("%q.Class() = %q, want %q", k, got, want)
		}
	}
}
