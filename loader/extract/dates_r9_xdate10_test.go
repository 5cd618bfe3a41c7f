package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestFrontedDayWithoutComma: a day phrase that opens the sentence with no
// comma after it ("On Wednesday the ministers ... held a meeting",
// "Yesterday the Foreign Secretary ... held talks") is a fronted time
// adverbial over the whole clause, as it is with the comma, even when the
// subject and its apposition push the trigger out of the date's reach. A
// day that is the subject's possessive ("Tuesday's talks") is not fronted.
// Invented articles in a wire's, a UK release's, a Japanese ministry's and
// a Kremlin report's styles; publication day Friday 2019-07-12.
func TestFrontedDayWithoutComma(t *testing.T) {
	const fri = "2019-07-12"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a wire's weekday before a long subject", "Example Wire",
			"Friday, July 12, 2019\n\nOn Wednesday the foreign ministers of the two neighbours, Ali Sani of Niger and Femi Tano of Benin, held a preparatory meeting in Niamey, where they also discussed the electricity trade and the border crossings.",
			[]string{"meeting held 2019-07-10"}},
		{"a UK release's yesterday before an apposition", "GOV.UK",
			"Yesterday the Foreign Secretary, Ann Vale, accompanied by the Minister for Africa and a delegation of officials, held talks in Accra with Foreign Minister Kwame Osei of Ghana, and they discussed cocoa prices.",
			[]string{"meeting held 2019-07-11"}},
		{"a Japanese ministry's day and month before a relative clause", "Ministry of Foreign Affairs of Japan",
			"On 10 July Foreign Minister Kenji Arata of Japan, who is on a tour of four West African countries this month, held a meeting with President Kofi Edem of Togo in Lome, and they discussed port investment.",
			[]string{"meeting held 2019-07-10"}},
		{"a Kremlin report's weekday and part of the day", "President of Russia",
			"On Tuesday morning President Oleg Marin of Russia, together with several members of his cabinet and the regional governors, held talks with President Kofi Edem of Togo in the Kremlin, where the two leaders signed agreements on grain.",
			[]string{"meeting held 2019-07-09"}},
		{"must not change: a near trigger takes the day as before", "Example Wire",
			"On Wednesday the foreign ministers of Niger and Benin met in Niamey.",
			[]string{"meeting held 2019-07-10"}},
		{"must not fire: the day is the subject's possessive", "Example Wire",
			"Tuesday's talks between Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin, which followed months of border disputes and trade quarrels between the two countries, were described as useful by officials who met the press.",
			[]string{"talks held 2019-07-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: fri, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
