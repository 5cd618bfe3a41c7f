package identity

import (
	"testing"

	"github.com/attache-project/attache"
)

func TestLevelOf(t *testing.T) {
	tests := []struct {
		title string
		given attache.Level
		want  attache.Level
	}{
		{"Queen Consort", attache.LevelHeadOfState, attache.LevelOther},
		{"Crown Prince", attache.LevelHeadOfState, attache.LevelOther},
		{"Crown Princess", attache.LevelHeadOfState, attache.LevelOther},
		{"King", attache.LevelHeadOfState, attache.LevelHeadOfState},
		{"National Security Advisor", attache.LevelOther, attache.LevelMinister},
		{"Deputy National Security Adviser", attache.LevelDeputy, attache.LevelDeputy},
		{"Head of the National Security Secretariat", attache.LevelIntlOrganization, attache.LevelMinister},
		{"Security Council Secretary", attache.LevelOther, attache.LevelMinister},
		{"Foreign Minister", attache.LevelMinister, attache.LevelMinister},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := LevelOf(tt.title, tt.given); got != tt.want {
			t.Errorf("LevelOf(%q, %q) = %q, want %q", tt.title, tt.given, got, tt.want)
		}
	}
}
