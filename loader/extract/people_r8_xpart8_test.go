package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestStateOfTheTeamAnOfficialLeads: "a Japanese team led by N", "the
// Korean negotiating team, led by N" give N the team's state, as "the
// Japanese delegation" does; a delegation named earlier does not reach
// past another state named before the official.
func TestStateOfTheTeamAnOfficialLeads(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, who, want string
	}{
		{"US trade readout: the other side's team",
			"The U.S. delegation, headed by Ambassador Tom Reed, met for two days with a Japanese team led by Vice Minister SATO Ichiro in Washington.",
			"SATO Ichiro", "JP"},
		{"UK release: team headed by",
			"The British delegation, led by Minister of State Ana Vell, held talks with a Chinese team headed by Vice Foreign Minister Li Wen.",
			"Li Wen", "CN"},
		{"wire: negotiating team",
			"The Canadian delegation, led by Trade Minister Paul Roy, met the Korean negotiating team, led by Deputy Minister Park Min-jun, in Ottawa.",
			"Park Min-jun", "KR"},
		{"must not fire: the delegation's own leader",
			"The U.S. delegation, headed by Ambassador Tom Reed, met for two days with a Japanese team led by Vice Minister SATO Ichiro in Washington.",
			"Tom Reed", "US"},
		{"must not fire: another state named between the team and the official",
			"The U.S. team, led by Secretary Tom Reed, met Chinese officials in Beijing, including Vice Foreign Minister Li Wen.",
			"Li Wen", "CN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			o, ok := officialNamed(e, tc.who)
			if !ok {
				t.Fatalf("officials %+v, want %s", e.Officials, tc.who)
			}
			if o.Country == nil || string(*o.Country) != tc.want {
				t.Errorf("%s: country %v, want %s", tc.who, o.Country, tc.want)
			}
		})
	}
}
