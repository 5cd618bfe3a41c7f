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

// TestStopDayOfAnEncounter: an encounter at a stop of a trip with no day
// of its own takes the first day of the stay the itinerary gives that
// place ("travel to A on Thursday and on to B on Saturday", "In B, where
// she stays from", a range over places of one state); a range over several
// states dates no stop to the day. Invented releases in several
// governments' styles; the page's date is 2019-07-10, a Wednesday.
func TestStopDayOfAnEncounter(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"travel to A on a day and on to B on another", "European Commission",
			"Commissioner for Trade Anna Berg will travel to Accra on Thursday and on to Lomé on Saturday. In Accra the Commissioner will meet Ghanaian President Kwesi Mensa. In Lomé, Commissioner Berg will hold talks with Togolese President Koffi Adjo.",
			[]string{"meeting scheduled 2019-07-11", "meeting scheduled 2019-07-13"}},
		{"a range over two cities of one state", "New Zealand Government",
			"New Zealand Prime Minister Mere Tahi will travel to New Delhi and Mumbai from 15 to 19 July with a business delegation. In New Delhi the Prime Minister will hold talks with Indian Prime Minister Anil Rao.",
			[]string{"meeting scheduled 2019-07-15"}},
		{"where he stays from", "Korea.net",
			"Korean Prime Minister Kim Min-ho will make official visits to Kazakhstan and Uzbekistan this month. In Astana, where he stays from July 21 to 23, Kim will meet with Kazakh Prime Minister Daulet Seitov.",
			[]string{"meeting scheduled 2019-07-21", "visit scheduled 2019-07"}},
		{"concludes the trip in a place on a day", "U.S. Department of the Treasury",
			"Treasury Secretary Tom Grant will travel to Ghana and Togo next week. He will be in Accra on July 15 and 16, where he will meet Ghanaian Finance Minister Ama Owusu. He will conclude his trip in Lomé on July 18.",
			[]string{"meeting scheduled 2019-07-15", "visit scheduled 2019-07-18"}},
		{"a range over two states: the month", "Australian Minister for Trade",
			"Australian Trade Minister Mark Lee will visit Thailand and Malaysia from 15 to 18 July to advance negotiations on free trade agreements. In Bangkok Mr Lee will meet Thai Commerce Minister Somchai Ruang.",
			[]string{"meeting scheduled 2019-07", "visit scheduled 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestOpeningDayOverArrival: "X arrived here today for the gathering. The
// gathering opens tomorrow.": the arrival's day is the traveller's, the
// gathering's is the day of its opening. Invented wire and department
// stories; the page's date is 2019-07-10, a Wednesday.
func TestOpeningDayOverArrival(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"opens tomorrow", "U.S. Department of Defense",
			"ACCRA, Ghana, July 10, 2019 – Defense Secretary Tom Grant arrived here today for the West African Defence Ministers' Meeting, which brings together the defence ministers of Ghana, Togo, Benin and Niger. The meeting opens tomorrow.",
			[]string{"meeting scheduled 2019-07-11"}},
		{"begins on a weekday", "Voice of America",
			"Foreign Minister Ama Owusu of Ghana arrived in Lomé on Wednesday for border talks with Togolese Foreign Minister Kofi Adjo. The talks begin Friday.",
			[]string{"talks scheduled 2019-07-12"}},
		{"gets under way", "Wikinews",
			"President Ada Obi of Nigeria arrived in Accra today for the summit of West African leaders with President Kwesi Mensa of Ghana and President Ali Sani of Niger. The summit gets under way on Thursday.",
			[]string{"summit scheduled 2019-07-11"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestTitleCaseInfinitiveLine: a headline's line over the body ("Deputy
// Secretary X to Travel to A and B"), its verb capitalised as titles
// are, tells a plan even where the page's headline is another line.
// Invented releases; the page's date is 2019-07-10.
func TestTitleCaseInfinitiveLine(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, title, text string
		want                      []string
	}{
		{"treasury press room", "U.S. Department of the Treasury", "Deputy Secretary Brook to Travel to Ghana and Togo",
			"Press Room\n\nJuly 10, 2019\nHP-2040\n\nDeputy Secretary Brook to Travel to Ghana and Togo\n\nWashington - Deputy Secretary of the Treasury Alan Brook will travel to Accra on July 22 and on to Lomé on July 24.",
			[]string{"visit scheduled 2019-07-22", "visit scheduled 2019-07-24"}},
		{"ministry news list", "Ministry of Foreign Affairs of Niger", "News",
			"News\n\nForeign Minister Ali Sani to Visit Benin\n\nForeign Minister Ali Sani of Niger will travel to Cotonou later this month for talks on the electricity trade.",
			[]string{"visit scheduled 2019-07"}},
		{"commission rapid page", "European Commission", "Press corner",
			"Press corner\n\nCommissioner Anna Berg to Meet Ghanaian President Kwesi Mensa\n\nCommissioner for Trade Anna Berg will meet President Kwesi Mensa of Ghana in Accra later this month.",
			[]string{"meeting scheduled 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Title: tc.title, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestAlsoAndSidelinesPointBack: "he also joined ... for a working
// lunch", "also had lunch with", "On the sidelines, X met Y": one more
// encounter of the occasion just told, on its day. Invented stories in
// several styles; the page's date is 2019-07-10, a Wednesday.
func TestAlsoAndSidelinesPointBack(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"also joined for a working lunch", "U.S. Department of State",
			"Secretary of State Tom Grant met Foreign Minister Ama Owusu of Ghana in Accra. They discussed the cocoa trade and the security of the coast. He also joined the foreign ministers of Togo and Benin for a working lunch on regional security.",
			[]string{"meeting held 2019-07-10", "meeting held 2019-07-10"}},
		{"also had lunch with", "New Zealand Government",
			"Trade Minister Mere Tahi of New Zealand held talks with Trade Minister Luis Paredes of Peru in Lima. The two ministers reviewed the negotiations on a trade agreement. Ms Tahi also had lunch with Chilean Foreign Minister Ana Rojas.",
			[]string{"meeting held 2019-07-10", "talks held 2019-07-10"}},
		{"on the sidelines, with no gathering named", "Voice of America",
			"African Union leaders opened their annual summit in Accra with President Kwesi Mensa of Ghana as host. The conflict in the Sahel is expected to dominate the closed sessions. On the sidelines, Nigerian President Ada Obi met President Ali Sani of Niger to discuss the border.",
			[]string{"meeting held 2019-07-10", "summit held 2019-07-10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestLedeDayBeforeBackground: a readout that opens with a meeting it
// gives no day for, then tells a background engagement of the same states
// with a date of its own ("the visit to Accra by the Prime Minister in
// December"): the lede is of the publication day, and the background
// engagement stays apart. Invented releases; the page's date is
// 2019-07-10.
func TestLedeDayBeforeBackground(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a president receives a minister", "Official website of the President of Russia",
			"President Ivan Sokolov received Minister of Foreign Affairs of Ghana Ama Owusu, who is in Moscow on a working visit, in the Kremlin. The President said that the visit to Accra by Prime Minister Pavel Orlov in December had opened new prospects for cooperation.",
			[]string{"meeting held 2019-07-10", "visit held 2018-12"}},
		{"talks between ministers", "Ministry of Foreign Affairs of the Republic of Korea",
			"Minister of Foreign Affairs Kim Min-ho held talks with Ghanaian Foreign Minister Ama Owusu in Seoul. The two ministers noted that the visit to Accra by Prime Minister Lee Jun-seo in March had given new momentum to the relationship.",
			[]string{"meeting held 2019-07-10", "visit held 2019-03"}},
		{"a courtesy call", "Ministry of Foreign Affairs of Japan",
			"Prime Minister Sato Kenji received a courtesy call from Foreign Minister Ama Owusu of Ghana. Prime Minister Sato recalled the visit to Accra by Foreign Minister Tanaka Jiro in May and welcomed the progress since.",
			[]string{"meeting held 2019-07-10", "visit held 2019-05"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
