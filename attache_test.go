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
