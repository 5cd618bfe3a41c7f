package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestDayOfTheOccasionAfterReadout: encounters that point back at the
// day of an engagement the readout dates by its publication day ("later in
// the day", "met separately with A and with B") take that day. Invented
// releases of several governments' styles; the page's date is 2019-07-10.
func TestDayOfTheOccasionAfterReadout(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"later in the day after a readout", "U.S. Department of State",
			"Secretary of State Tom Grant met Foreign Minister Ama Owusu of Ghana in Accra. Later in the day, the Secretary met separately with Foreign Minister Ali Sani of Niger and with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-10", "meeting held 2019-07-10", "meeting held 2019-07-10"}},
		{"earlier in the day, on the sidelines", "Official website of the President of Russia",
			"Russian President Ivan Sokolov held talks with President Nurlan Abenov of Kazakhstan in Astana. Earlier in the day, Ivan Sokolov met separately with President Aibek Nurlanov of Kyrgyzstan and with President Rustam Karimzoda of Tajikistan.",
			[]string{"meeting held 2019-07-10", "meeting held 2019-07-10", "meeting held 2019-07-10"}},
		{"bilateral meetings with counterparts, one dated", "New Zealand Government",
			"Trade Minister Mere Tahi has returned from the Pacific trade ministers' meeting in Lima, held on Saturday and Sunday. While in Lima, Ms Tahi held bilateral meetings with her counterparts from Peru, Chile and Mexico, Luis Paredes, Ana Rojas and Pablo Ibarra respectively.",
			[]string{"meeting held 2019-07-06", "meeting held 2019-07-06", "meeting held 2019-07-06"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
