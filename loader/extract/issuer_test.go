package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

func TestIssuerOfFirstPersonRelease(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, want, title string
	}{
		{"office line and name line", "Visit To Chile\n\nPRESS STATEMENT MINISTER FOR TRADE\nANA VELL\nI will be visiting Chile from 4 to 6 May to meet the Chilean foreign minister.",
			"Ana Vell", "Minister for Trade"},
		{"title and name on one line", "Travel to Chile\n\nSecretary Marco T. Lino\nWashington, DC\nMay 3, 2004\n\nI will travel to Santiago next week to meet President Rosa Tello.",
			"Marco T. Lino", "Secretary"},
		{"the first I inside the line", "Meeting in Accra\n\nMINISTER FOR FOREIGN AFFAIRS\nANA VELL\n\nToday I met Foreign Minister Kofi Mensah of Ghana in Accra.",
			"Ana Vell", "Foreign Minister"},
		{"name with honours over the office, headline with an office above", "Foreign Minister meets Tongan Prime Minister\n\nHon Ana Vell\nMinister of Foreign Affairs\n\nToday I met Tonga's Prime Minister Sione Lata in Nuku'alofa.",
			"Ana Vell", "Foreign Minister"},
		{"right honourable over a trade office", "Trade talks with Chile\n\nRt Hon Tom Reed\nMinister for Trade\n\nThis morning I spoke with Chile's Foreign Minister Rosa Tello about the trade agreement.",
			"Tom Reed", "Minister for Trade"},
		{"senator the hon over the office", "Visit to Peru\n\nSenator the Hon Kim Dale\nMinister for Foreign Affairs\n\nI will travel to Peru this week to meet Foreign Minister Marco Lino in Lima.",
			"Kim Dale", "Foreign Minister"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			o, ok := officialNamed(e, tc.want)
			if !ok {
				t.Fatalf("officials %+v, want the issuer %s", e.Officials, tc.want)
			}
			if o.Title != tc.title {
				t.Errorf("title %q, want %q", o.Title, tc.title)
			}
		})
	}
	// No "I" in the text: a header name is no issuer.
	e := extractText(t, x, attache.Article{ID: "t", Text: "Visit To Chile\n\nPRESS STATEMENT MINISTER FOR TRADE\nANA VELL\nThe minister will visit Chile in May."})
	if len(e.Officials) != 0 {
		t.Errorf("officials %+v, want none", e.Officials)
	}
}
