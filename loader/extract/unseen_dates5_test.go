package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestDatesOfOtherClauses: a date that belongs to another clause of the
// sentence than the engagement's (a document's release, a relative clause
// of the participants' past), the new date of a postponement, and a date
// that a purpose verb nearest to it cannot take. Invented articles in the
// styles of several governments and wires; the reference day, 2019-07-10,
// is a Wednesday.
func TestDatesOfOtherClauses(t *testing.T) {
	const wed = "2019-07-10"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		// The day a document was put out is not the day of what it lists.
		{"a schedule released on a weekday", "Wikinews",
			"Prime Minister Ada Obi of Nigeria, according to a schedule released by her office on Monday, plans to hold talks with President Kwesi Mensa of Ghana in Accra on 20 July.",
			[]string{"meeting scheduled 2019-07-20"}},
		{"a programme published on a day", "Ministry of Foreign Affairs of Niger",
			"Foreign Minister Ali Sani, in a programme published on Tuesday by the ministry, will meet Foreign Minister Femi Tano of Benin in Cotonou on July 18.",
			[]string{"meeting scheduled 2019-07-18"}},
		{"an itinerary issued on a day", "Voice of America",
			"An itinerary issued Monday shows that President Kwesi Mensa of Ghana will visit Togo on July 22.",
			[]string{"visit scheduled 2019-07-22"}},
		// A relative clause opened by "whose" tells the people's past.
		{"a war that ended in a year", "Voice of America",
			"President Milo Dragan of Serbia and President Ante Kovač of Croatia, whose countries fought a war that ended in 1995, met Tuesday in Zagreb.",
			[]string{"meeting held 2019-07-09"}},
		{"a dispute settled in a year", "Wikinews",
			"The foreign ministers of Niger and Benin, whose governments settled a border dispute in 2009, held talks in Niamey on Monday.",
			[]string{"meeting held 2019-07-08"}},
		{"a dispute dating from a month", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Kenji and Foreign Minister Femi Tano of Benin, whose ministries have been at odds since March over a visa rule, held a telephone talk on July 8.",
			[]string{"call held 2019-07-08"}},
		// Postponed to a stated time: scheduled at that time.
		{"postponed to a day", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Kenji's visit to Benin, scheduled for 20 July, has been postponed to 27 July at the request of the Beninese side.",
			[]string{"visit scheduled 2019-07-27"}},
		{"moved to a day", "Wikinews",
			"The talks between President Ada Obi of Nigeria and President Kwesi Mensa of Ghana, planned for July 15, were moved to July 19.",
			[]string{"talks scheduled 2019-07-19"}},
		{"pushed back to a month", "Voice of America",
			"A visit to Ghana by President Ada Obi of Nigeria set for July 15 has been pushed back to August.",
			[]string{"visit scheduled 2019-08"}},
		// A purpose verb nearest to a bare month leaves it to the
		// engagement verb it serves.
		{"met last month to discuss", "U.S. Department of State",
			"Secretary of State Tom Grant will travel to Ghana next month. He met Ghanaian Foreign Minister Ama Owusu last month in Washington to discuss trade.",
			[]string{"meeting held 2019-06", "visit scheduled 2019-08"}},
		{"visited this month to discuss", "Ministry of Foreign Affairs of Niger",
			"Foreign Minister Ali Sani visited Benin this month to discuss the electricity trade with Foreign Minister Femi Tano.",
			[]string{"meeting held 2019-07"}},
		{"will meet next month to discuss", "Wikinews",
			"President Ada Obi of Nigeria will meet President Kwesi Mensa of Ghana next month to discuss the land border.",
			[]string{"meeting scheduled 2019-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: wed, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestPlacedHeaderLineDay: a header line of its own between a release's
// title and its body that gives a place and a day ("Niamey, 9 July 2019")
// dates the release, over a page date a day later. Invented releases of
// several governments' styles; the page's date is 2019-07-10.
func TestPlacedHeaderLineDay(t *testing.T) {
	tests := []struct {
		name, outlet, title, text string
		want                      []string
	}{
		{"a European capital with an article", "European Commission (press release)", "Niger–Benin consultations",
			"Niger–Benin consultations\n\nThe Hague, 9 July 2019\n\nThe governments of Niger and Benin held consultations today on the electricity trade.",
			[]string{"talks held 2019-07-09"}},
		{"a ministry's header, month first", "Ministry of Foreign Affairs of Niger", "Foreign Minister meets his Beninese counterpart",
			"Foreign Minister meets his Beninese counterpart\n\nNiamey, July 8, 2019\n\nForeign Minister Ali Sani met Foreign Minister Femi Tano of Benin today in Niamey.",
			[]string{"meeting held 2019-07-08"}},
		{"a city with its country", "Department of Foreign Affairs of Ghana", "President receives Nigerian counterpart",
			"President receives Nigerian counterpart\n\nAccra, Ghana, 7 July 2019\n\nPresident Kwesi Mensa of Ghana held talks today with President Ada Obi of Nigeria.",
			[]string{"meeting held 2019-07-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Title: tc.title, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestScheduledYearlessMonthAhead: a yearless month of an engagement still
// to come lies ahead of the article's month, however far ("is due to
// visit in November" in a February article). Invented wires and releases.
func TestScheduledYearlessMonthAhead(t *testing.T) {
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"a wire in February, a visit due in November", "Voice of America", "1998-02-17",
			"President Ada Obi of Nigeria is due to visit Ghana in November for a summit with President Kwesi Mensa.",
			[]string{"summit scheduled 1998-11"}},
		{"a release in March, a visit planned for October", "Ministry of Foreign Affairs of Niger", "2019-03-05",
			"Foreign Minister Ali Sani will visit Benin in October at the invitation of Foreign Minister Femi Tano.",
			[]string{"visit scheduled 2019-10"}},
		{"a release in August, talks planned for 20 February", "Department of Foreign Affairs and Trade", "2019-08-12",
			"Foreign Minister Jane Reid of Australia will hold talks with Foreign Minister Sione Tau of Tonga in Nuku'alofa on 20 February.",
			[]string{"meeting scheduled 2020-02-20"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestDayBeforeThePreviousSentence: "The previous day", "On the preceding
// day", "The day before," open a sentence that continues the one before:
// its engagement falls one day before that sentence's day, not on it.
// Invented wire, Japanese and Norwegian styles; published 2019-07-10.
func TestDayBeforeThePreviousSentence(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"the previous day", "Wikinews",
			"President Ada Obi of Nigeria met President Kwesi Mensa of Ghana in Accra on Monday. The previous day, she held talks with Foreign Minister Ama Owusu of Ghana.",
			[]string{"meeting held 2019-07-07", "meeting held 2019-07-08"}},
		{"on the preceding day", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Ken Sato of Japan held a meeting with Foreign Minister Ali Sani of Niger on 9 July. On the preceding day, he held talks with Prime Minister Lena Holm of Norway in Oslo.",
			[]string{"meeting held 2019-07-08", "meeting held 2019-07-09"}},
		{"the day before, with a comma", "Office of the Prime Minister of Norway",
			"Prime Minister Lena Holm of Norway met Prime Minister Anne Leclerc of Canada in Ottawa on 9 July. The day before, she held talks with President Tom Grant in Washington.",
			[]string{"meeting held 2019-07-08", "meeting held 2019-07-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestReceptionVerbTakesCoarseDate: a weak verb of receiving a guest
// ("host", "receive", "welcomed") takes the month, season or year its
// clause gives, which is the guest's stay; a topic verb ("discussed")
// still does not. Invented Norwegian, Nigerien, US and wire styles;
// published 2019-07-10.
func TestReceptionVerbTakesCoarseDate(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"will host next month", "Office of the Prime Minister of Norway",
			"Prime Minister Lena Holm of Norway will host President Kwesi Mensa of Ghana in Oslo next month.",
			[]string{"meeting scheduled 2019-08"}},
		{"will receive in a month", "Ministry of Foreign Affairs of Niger",
			"Foreign Minister Ali Sani of Niger will receive Foreign Minister Femi Tano of Benin in Niamey in September.",
			[]string{"meeting scheduled 2019-09"}},
		{"welcomed in a month", "The White House",
			"President Tom Grant welcomed President Ada Obi of Nigeria to the White House in March.",
			[]string{"meeting held 2019-03"}},
		{"received earlier this year", "Wikinews",
			"President Ada Obi of Nigeria received Foreign Minister Ali Sani of Niger in Abuja earlier this year.",
			[]string{"meeting held 2019"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestStoryAfterTripGivesMonth: a story told after a trip ("back from a
// tour", "returning from", "on his return from") about a meeting with no
// day gives the month of publication, not its day (GUIDELINES:
// Publication date). Invented wire and release styles; published
// 2019-07-10.
func TestStoryAfterTripGivesMonth(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"back from a tour", "Voice of America",
			"Foreign Minister Ali Sani of Niger, back from a tour of West Africa, said he had met President Kwesi Mensa of Ghana and discussed the border.",
			[]string{"meeting held 2019-07"}},
		{"returning from a tour", "Wikinews",
			"Returning from a regional tour, Prime Minister Lena Holm of Norway said she had held talks with Prime Minister Anne Leclerc of Canada on Arctic shipping.",
			[]string{"meeting held 2019-07"}},
		{"on his return from a visit", "Ministry of Foreign Affairs of Niger",
			"On his return from a visit to Japan, Foreign Minister Ali Sani of Niger said he had held talks with Foreign Minister Ken Sato of Japan on food security.",
			[]string{"meeting held 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
