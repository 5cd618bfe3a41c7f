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
			"Vell To Visit Fiji\n\nHon Ana Vell\nMinister of Foreign Affairs and Trade\n\n5 June 2003\n\nMedia Statement\n\nI will travel to Fiji next week for talks with Prime Minister Sione Lata.",
			"Ana Vell"},
		{"Australian header, news paragraph before the minister speaks",
			"Minister for Foreign Affairs\nSenator the Hon Kim Dale\n\nMedia release\n12 April 2019\n\nTalks with Peru postponed\n\nThe third ministerial dialogue with Peru, due in Lima next week, has been postponed.\n\nI spoke with my Peruvian counterpart, Foreign Minister Marco Lino, yesterday.",
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
			"Hon Ana Vell\nMinister of Foreign Affairs\n\nWellington\nMonday\n5 June 2003\nMedia Statement\nFor immediate release\nPage 1 of 1\nI will travel to Fiji next week.",
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
