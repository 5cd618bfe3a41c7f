package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// Round 13 (xpair14): companions named in the active or relative forms of
// coming along ("N will accompany the Secretary", "N, who is accompanying
// the Prime Minister", "N will join me in Suva", "N will join the
// delegation in Jakarta") take part in the engagements of the one they
// accompany; nothing else does. Every sentence and name is invented; want
// lists the pairs the guidelines give.
func TestR13CompanionsAlong(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a companion announced apart joins every meeting of the trip", "U.S. Department of Agriculture",
			"WASHINGTON, May 6, 2025 - Trade Secretary Alan Brook will lead a trade mission to Vietnam and the Philippines next week.\n\nIn Hanoi on May 12, Brook will meet with Vietnam's Minister of Industry Le Van Hoa. In Manila on May 14, Brook will meet with Philippine Trade Secretary Ramon Cruz.\n\nDeputy Under Secretary Clara Wynn will accompany the Secretary.",
			[]string{"Alan Brook+Clara Wynn", "Alan Brook+Le Van Hoa", "Alan Brook+Ramon Cruz", "Clara Wynn+Le Van Hoa", "Clara Wynn+Ramon Cruz"}},
		{"a relative clause: who is accompanying the Prime Minister", "New Zealand Government",
			"Prime Minister Tom Reid of New Zealand will meet Prime Minister Sam Kalo of Vanuatu in Port Vila on Tuesday.\n\nForeign Minister Ian Gray, who is accompanying the Prime Minister, will also brief business leaders in Port Vila.",
			[]string{"Ian Gray+Sam Kalo", "Ian Gray+Tom Reid", "Sam Kalo+Tom Reid"}},
		{"one who joins at a stop joins that stop only", "U.S. Department of Commerce",
			"WASHINGTON, February 8, 2025 - Commerce Secretary Alan Brook will travel to India and Indonesia this month.\n\nIn New Delhi on February 21, Brook will meet Indian Trade Minister Ravi Mehta. In Jakarta on February 24, Brook will meet Indonesian Trade Minister Dewi Sari.\n\nUnder Secretary Paul Vance will join the delegation in Jakarta.",
			[]string{"Alan Brook+Dewi Sari", "Alan Brook+Paul Vance", "Alan Brook+Ravi Mehta", "Dewi Sari+Paul Vance"}},
		{"a closing note on who came along on a trip already told adds no one", "Wire",
			"President Min Jae-ho of South Korea met President Ana Cruz of the Philippines in Manila on Monday.\n\nPresident Min concluded his visit on Tuesday. Foreign Minister Yoon Tae-ha and Trade Minister Kang Dae-il accompanied the President.",
			[]string{"Ana Cruz+Min Jae-ho"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date("2025-05-06"), Text: tc.text})
			got, want := strings.Join(participantPairs(e), " "), strings.Join(tc.want, " ")
			if got != want {
				t.Errorf("got %s\nwant %s\nengagements %v", got, want, engagementSummary(e))
			}
		})
	}
}
