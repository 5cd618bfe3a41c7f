package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestIssuerHeaderSpacedOrAfterNewsParagraph: a minister's release may set
// blank lines between the parts of its header (name, office, date, kind of
// statement) and may open with a paragraph of news in the third person
// before the minister speaks as "I". The issuer is still the header's
// person; a header too far above the "I", or an "I" only in a later
// paragraph, names no issuer.
func TestIssuerHeaderSpacedOrAfterNewsParagraph(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, want string // want "" when no issuer may be read
	}{
		{"New Zealand header with blank lines between its parts",
			"Pacific trip\n\nHon Ana Vell\nMinister of Foreign Affairs\n\n14 March 2011\n\nPress Release\n\nOn Monday I fly to Suva to see Prime Minister Josefa Rabuka about the fisheries treaty.",
			"Ana Vell"},
		{"Australian header, news paragraph before the minister speaks",
			"Minister for Trade\nSenator the Hon Kim Dale\n\nStatement\n3 August 2016\n\nNew wine quota with Peru\n\nTrade between Australia and Peru grew by a third last year.\n\nThis morning I called Peru's Foreign Minister Marco Lino to agree the new quota.",
			"Kim Dale"},
		{"US secretary's statement with spaced date lines",
			"Travel to Chile\n\nSecretary Marco T. Lino\n\nWashington, DC\n\nMay 3, 2004\n\nI will travel to Santiago next week to meet President Rosa Tello.",
			"Marco T. Lino"},
		{"UK header in capitals with a news paragraph first",
			"Visit to Ghana\n\nMINISTER FOR AFRICA\nTOM REED\n\nThe United Kingdom and Ghana today agreed a new trade partnership.\n\nIn Accra I met Foreign Minister Kofi Mensah to sign it.",
			"Tom Reed"},
		{"no issuer: the first I comes only in the third paragraph",
			"Visit to Ghana\n\nMINISTER FOR AFRICA\nTOM REED\n\nThe United Kingdom and Ghana today agreed a trade partnership.\n\nTrade between the two countries grew last year.\n\nIn Accra I met Foreign Minister Kofi Mensah to sign it.",
			""},
		{"no issuer: the header is more than six lines above the I",
			"Hon Ana Vell\nMinister of Foreign Affairs\n\nWellington\nMonday\n14 March 2011\nPress Release\nFor immediate release\nPage 1 of 1\nOn Monday I fly to Suva.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Text: tc.text})
			for _, o := range e.Officials {
				for _, ev := range o.Evidence {
					if ev.Rule == "issuer" && tc.want == "" {
						t.Fatalf("issuer %s read, want none", o.Name)
					}
				}
			}
			if tc.want == "" {
				return
			}
			if _, ok := officialNamed(e, tc.want); !ok {
				t.Fatalf("officials %+v, want the issuer %s", e.Officials, tc.want)
			}
		})
	}
}
