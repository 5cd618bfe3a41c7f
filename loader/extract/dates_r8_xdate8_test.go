package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestPartInPeriod: "earlier in the week", "later in the month", "early in
// the year" date an engagement to the period's finest certain unit (the
// month of the working week when it lies in one; GUIDELINES: coarse
// relative dates), so a readout's publication day does not replace it.
// "Earlier in the day" keeps the day, "later this week" is read as before.
// Invented articles in a US readout's, a UK release's, a Kremlin
// transcript's, a Japanese ministry's and a wire's styles.
func TestPartInPeriod(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"a US readout's earlier call", "U.S. Department of Defense", wed,
			"Readout of the Chairman's Calls\n\nGen. Tom Hale met virtually today with Niger's Chief of Defence Staff, Gen. Ali Sani.\n\nEarlier in the week, Gen. Hale had a phone conversation with Benin's Chief of General Staff, Gen. Femi Tano, on border security.",
			[]string{"call held 2019-07", "call held 2019-07-10"}},
		{"a UK release's visit later in the month", "GOV.UK", wed,
			"The Foreign Secretary, Ann Vale, will visit Cotonou later in the month for talks with Foreign Minister Femi Tano of Benin on the electricity trade.",
			[]string{"talks scheduled 2019-07"}},
		{"a Kremlin transcript's talks early in the year", "President of Russia", wed,
			"President Oleg Marin recalled that early in the year he held talks in Moscow with President Kofi Edem of Togo on grain supplies.",
			[]string{"meeting held 2019"}},
		{"a week across two months gives the year", "Ministry of Foreign Affairs of Japan", "2019-07-31",
			"Earlier in the week, Foreign Minister Kenji Arata held a telephone talk with Foreign Minister Somsak Vong of Laos.",
			[]string{"call held 2019"}},
		{"must not fire: earlier in the day keeps the day", "Example Wire", wed,
			"Foreign Minister Ali Sani of Niger met President Kofi Edem of Togo on Monday. Earlier in the day, Sani held talks with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-08", "meeting held 2019-07-08"}},
		{"must not fire: later this week", "Example Wire", wed,
			"Foreign Minister Ali Sani of Niger will meet President Kofi Edem of Togo later this week.",
			[]string{"meeting scheduled 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
