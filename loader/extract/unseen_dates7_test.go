package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestLaterAtGathering: "X later met separately with A and with B" told
// after a gathering of three or more states held over several days takes
// the gathering's month (GUIDELINES: a meeting during a stay with no day of
// its own takes the month), not the publication date nor null. After a
// bilateral meeting, for an encounter still to come, or with a date of its
// own, the rule keeps out. Invented articles; the reference day,
// 2019-07-10, is a Wednesday.
func TestLaterAtGathering(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a wire story after a three-day summit", "Example Wire",
			"West African leaders end summit in Accra\n\nLeaders of the West African bloc concluded their summit in Accra on Tuesday, after three days of talks on trade and the border.\n\nAmong those attending were President Ali Sani of Niger, President Femi Tano of Benin and President Kofi Edem of Togo.\n\nThe leaders also discussed a dispute over fishing rights. Sani later met separately with Tano and with Edem to discuss electricity.",
			[]string{"meeting held 2019-07", "meeting held 2019-07", "summit held 2019-07-07"}},
		{"a Japanese-style release after a two-day summit", "Ministry of Foreign Affairs of Japan",
			"Prime Minister Kenji Arata attended the Mekong-Japan Summit held in Vientiane from July 6 to 7, together with Prime Minister Somsak Vong of Laos, Prime Minister Anan Sri of Thailand and Prime Minister Tran Van Minh of Viet Nam.\n\nThe leaders discussed connectivity and disaster risk reduction. Prime Minister Arata later met separately with Prime Minister Sri and with Prime Minister Tran to discuss rail links.",
			[]string{"meeting held 2019-07", "meeting held 2019-07", "summit held 2019-07-06"}},
		{"a US media note after a ministerial", "U.S. Department of State",
			"Secretary of State Tom Hale attended the Lower Mekong ministerial meeting in Bangkok July 1-3 with Foreign Minister Anan Sri of Thailand, Foreign Minister Tran Van Minh of Viet Nam and Foreign Minister Somsak Vong of Laos.\n\nThe ministers discussed water security. The Secretary later met separately with Foreign Minister Sri and with Foreign Minister Tran to discuss trade.",
			[]string{"meeting held 2019-07", "meeting held 2019-07", "summit held 2019-07-01"}},
		{"must not fire: after a bilateral meeting", "GOV.UK",
			"The Foreign Secretary, Ann Vale, met Foreign Minister Femi Tano of Benin in Cotonou on 2 July.\n\nShe later met President Kofi Edem of Togo to discuss the electricity trade.",
			[]string{"meeting held 2019-07-02", "meeting held 2019-07-10"}},
		{"must not fire: a day of its own", "Example Wire",
			"Leaders of the West African bloc held their summit in Accra from July 1 to 3 with President Ali Sani of Niger, President Femi Tano of Benin and President Kofi Edem of Togo.\n\nSani later met separately with Tano and with Edem in Niamey on Monday.",
			[]string{"meeting held 2019-07-08", "meeting held 2019-07-08", "summit held 2019-07-01"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestLaterThenPastIsHeld: "later" right before a verb in the past tense
// ("later held talks", "later met") orders what happened and is no plan;
// "will later meet" and "later this month" still are. Invented sentences
// in a ministry's, a wire's and a UK release's styles; the reference day,
// 2019-07-10, is a Wednesday.
func TestLaterThenPastIsHeld(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a ministry's release", "Ministry of Foreign Affairs of Niger",
			"Foreign Minister Ali Sani arrived in Cotonou on Monday. He later held a meeting with Foreign Minister Femi Tano of Benin on the border.",
			[]string{"meeting held 2019-07-08"}},
		{"a wire story", "Example Wire",
			"President Kofi Edem of Togo later held talks with President Femi Tano of Benin on Monday, officials said.",
			[]string{"meeting held 2019-07-08"}},
		{"must not fire: a plan with will", "GOV.UK",
			"The Foreign Secretary, Ann Vale, will later meet Foreign Minister Femi Tano of Benin on Monday.",
			[]string{"meeting scheduled 2019-07-15"}},
		{"must not fire: later this month", "Example Wire",
			"President Kofi Edem of Togo is to hold talks with President Femi Tano of Benin later this month.",
			[]string{"meeting scheduled 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestSidelinesOfToldGathering: "On the sidelines of the meetings, the
// Minister held bilateral talks with A and B" names back the gathering told
// before; a side encounter with no day of its own takes the first day of a
// series ("the meetings") or the day of the one gathering ("the summit").
// A bilateral meeting before, or a day of its own, keep the rule out. Invented releases; the reference day, 2019-07-10, is a Wednesday.
func TestSidelinesOfToldGathering(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a Korean-style release on a series of meetings", "Ministry of Foreign Affairs, Republic of Korea",
			"1. Minister of Foreign Affairs Park Min-ho attended a series of foreign ministers' meetings in Bangkok from July 2 to 4 with the foreign ministers of Thailand, Viet Nam and Laos.\n\n2. On the sidelines of the meetings, Minister Park held bilateral talks with Thai Foreign Minister Anan Sri and Vietnamese Foreign Minister Tran Van Minh.",
			[]string{"talks held 2019-07-02", "talks held 2019-07-02"}},
		{"a Japanese-style release on one ministerial meeting", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Kenji Arata attended the Japan-Pacific Islands ministerial meeting in Suva from July 2 to 3 with the foreign ministers of Fiji, Samoa and Tonga.\n\nOn the margins of the meeting, Minister Arata held talks with Foreign Minister Ratu Tevita Nailati of Fiji.",
			[]string{"meeting held 2019-07-02", "summit held 2019-07-02"}},
		{"a US media note on a ministerial's side meetings", "U.S. Department of State",
			"Secretary of State Tom Hale attended the Lower Mekong ministerial in Bangkok July 1-3 with Foreign Minister Anan Sri of Thailand, Foreign Minister Tran Van Minh of Viet Nam and Foreign Minister Somsak Vong of Laos.\n\nOn the sidelines of the ministerial, the Secretary held bilateral talks with Foreign Minister Sri and Foreign Minister Tran.",
			[]string{"summit held 2019-07-01", "talks held 2019-07-01", "talks held 2019-07-01"}},
		{"must not fire: after a bilateral meeting", "GOV.UK",
			"The Foreign Secretary, Ann Vale, met Foreign Minister Femi Tano of Benin in Cotonou on 2 July.\n\nOn the margins of the meeting, she also spoke with President Kofi Edem of Togo.",
			[]string{"call held 2019-07-10", "meeting held 2019-07-02"}},
		{"must not fire: a day of its own", "Ministry of Foreign Affairs, Republic of Korea",
			"1. Minister of Foreign Affairs Park Min-ho attended a series of foreign ministers' meetings in Bangkok from July 2 to 4 with the foreign ministers of Thailand, Viet Nam and Laos.\n\n2. On the sidelines of the meetings, Minister Park held bilateral talks with Thai Foreign Minister Anan Sri on July 3.",
			[]string{"meeting held 2019-07-02", "talks held 2019-07-03"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestBodyReadoutDates: a government's own release tells its official's
// meetings in the body, under subheads, with no day of their own: held,
// they take the publication date. Told as background ("had met", "first
// met") they keep none. Invented releases; published 2019-07-10.
func TestBodyReadoutDates(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a UK release with subheads", "GOV.UK",
			"PM meetings in Accra\n\nThe Prime Minister arrived in Accra for the regional summit.\n\nThe Prime Minister discussed the electricity trade with business leaders.\n\nPM meetings with President Tano of Benin and President Edem of Togo\n\nThe Prime Minister met separately with President Femi Tano of Benin and President Kofi Edem of Togo.",
			[]string{"meeting held 2019-07-10", "meeting held 2019-07-10"}},
		{"a Kremlin-style news item", "President of Russia",
			"Vladislav Orlov held talks with the President of Niger.\n\nThe talks covered trade and grain deliveries.\n\nThe two presidents also discussed security in the Sahel.\n\nVladislav Orlov later met separately with the Foreign Minister of Benin, Femi Tano.",
			[]string{"meeting held 2019-07-10", "talks held 2019-07-10"}},
		{"a Japanese-style release", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Kenji Arata visited Accra.\n\nMinister Arata explained Japan's support for the region.\n\nMinister Arata also explained Japan's plans for the region's ports.\n\nMinister Arata also held talks with Foreign Minister Femi Tano of Benin, who was in Accra for the same conference.",
			[]string{"meeting held 2019-07-10", "visit held 2019-07-10"}},
		{"a US media note's account of the day", "U.S. Department of State",
			"Secretary Hale's Meetings in Accra\n\nSecretary of State Tom Hale arrived in Accra for the regional conference.\n\nThe Secretary discussed trade with business leaders.\n\nThe Secretary also discussed security in the Sahel with civil society.\n\nThe Secretary met separately with Foreign Minister Femi Tano of Benin and Foreign Minister Kofi Edem of Togo.",
			[]string{"meeting held 2019-07-10", "meeting held 2019-07-10", "meeting held 2019-07-10"}},
		{"must not fire: a meeting told as background", "GOV.UK",
			"PM call with President Tano of Benin\n\nThe Prime Minister spoke to President Femi Tano of Benin this afternoon.\n\nThey discussed the electricity trade.\n\nThe leaders had met in Lagos during the regional summit.",
			[]string{"call held 2019-07-10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
