package extract

import (
	"slices"
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

// TestMonthOfYearTold: a bare month takes the year its words tell —
// "April last year", "December of last year", "14 November last year"
// (one mention of that year's month or day, not this year's month beside a
// year), "last October" (the latest one before the reference month: last
// year's when it is later in the year), "next March" (the first after).
// A bare month with no such word keeps the nearest one, "this past" is
// "last". Reference day 2019-07-10.
func TestMonthOfYearTold(t *testing.T) {
	p := newDateParser()
	checkFindDates(t, p, date{2019, 7, 10}, []dateCase{
		{"The two presidents met in Tashkent in April last year.", []string{"2018-04"}},
		{"They had talks in December of last year.", []string{"2018-12"}},
		{"The Foreign Secretary and Mr Vale last met in London on 14 November last year.", []string{"2018-11-14"}},
		{"The dialogue first met in Washington last October.", []string{"2018-10"}},
		{"They met last April in Rome.", []string{"2019-04"}},
		{"The ministers agreed to meet again next March.", []string{"2020-03"}},
		{"The ministers will meet in Seoul next September.", []string{"2019-09"}},
		{"The visit is planned for June next year.", []string{"2020-06"}},
		{"The summit was held in March this year.", []string{"2019-03"}},
		// must not change: a bare month, a year in figures, a day with its year
		{"They met in October.", []string{"2019-10"}},
		{"They met in October 2017.", []string{"2017-10"}},
		{"They met on March 20 last year.", []string{"2018-03-20"}},
		{"The talks ended last year.", []string{"2018"}},
	})
}

// TestMonthOfYearToldInArticles: background encounters told with "April
// last year" or "last November" are dated to that month of the year
// before, in the styles of a Kremlin transcript, a Japanese ministry, a
// UK release and a wire; a month told with no year word keeps the nearest.
func TestMonthOfYearToldInArticles(t *testing.T) {
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"a Kremlin transcript", "President of Russia", "2020-10-27",
			"Oleg Marin held talks with President of Togo Kofi Edem via videoconference.\n\nThe two presidents last met in Sochi in April last year, at the Russia-Africa forum.",
			[]string{"meeting held 2019-04", "meeting held 2020-10-27"}},
		{"a Japanese ministry's release", "Ministry of Foreign Affairs of Japan", "2016-03-18",
			"Foreign Minister Kenji Arata held a telephone talk with Foreign Minister Somsak Vong of Laos. Minister Arata recalled that he had visited Vientiane in December last year.",
			[]string{"call held 2016-03-18", "visit held 2015-12"}},
		{"a UK release", "GOV.UK", "2023-03-09",
			"The Trade Secretary, Ann Vale, today met Minister Femi Tano of Benin in London. The two ministers first met in Cotonou last November.",
			[]string{"meeting held 2022-11", "meeting held 2023-03-09"}},
		{"must not change: a month with no year word", "Example Wire", "2019-07-10",
			"President Kofi Edem of Togo met President Femi Tano of Benin in Lome in June.",
			[]string{"meeting held 2019-06"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestSeasonOfPlanOrMove: a season told as a plan in the passive ("to be
// held in the autumn", "will be signed in the spring") is the next one, not
// the last (a participle after "be" is no past tense); the goal of a move
// ("postponed to the autumn", "moved to the fall", "put off until the
// spring") is a time to come. A season told in the past keeps the latest
// that has begun. Reference day 2019-07-10.
func TestSeasonOfPlanOrMove(t *testing.T) {
	p := newDateParser()
	checkFindDates(t, p, date{2019, 7, 10}, []dateCase{
		{"The annual summit meeting is to be held in Tokyo in the autumn.", []string{"2019"}},
		{"The agreement will be signed in the spring.", []string{"2020"}},
		{"The visit has been postponed to the autumn.", []string{"2019"}},
		{"A stop in Lome was moved to the fall at Togo's request.", []string{"2019"}},
		{"The talks were put off until the spring.", []string{"2020"}},
		// must not change: told in the past, or with no verb of moving
		{"They met in the autumn.", []string{"2018"}},
		{"The treaty was signed in the spring.", []string{"2019"}},
		{"The minister spoke to the autumn session.", nil},
	})
}

// TestSeasonOfPlanOrMoveInArticles: the engagement takes that year, and a
// postponement to a season is scheduled (GUIDELINES: postponed to a stated
// time, it is scheduled at that time). A Japanese ministry's, a US
// department's and a wire's styles; a UK release's past visit must not
// move. Published 2016-03-18.
func TestSeasonOfPlanOrMoveInArticles(t *testing.T) {
	const pub = "2016-03-18"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a Japanese ministry's summit to be held", "Ministry of Foreign Affairs of Japan",
			"On March 17, Foreign Minister Kenji Arata held a meeting with Foreign Minister Somsak Vong of Laos. The two ministers confirmed that they would work for the success of the Japan-Laos summit meeting to be held in Japan in the autumn.",
			[]string{"meeting held 2016-03-17", "summit scheduled 2016"}},
		{"a US department's postponed stop", "U.S. Department of State",
			"Secretary of State Tom Hale met Foreign Minister Kofi Edem of Togo in Washington on March 14. A planned visit by Secretary Hale to Ghana has been postponed to the autumn at the request of the Ghanaian government.",
			[]string{"meeting held 2016-03-14", "visit scheduled 2016"}},
		{"a wire's talks put off", "Example Wire",
			"Talks between President Kofi Edem of Togo and President Femi Tano of Benin were put off until the spring, officials said.",
			[]string{"talks scheduled 2016"}},
		{"must not change: a past visit", "GOV.UK",
			"The Foreign Secretary, Ann Vale, recalled that she visited Lagos in the autumn for talks with Foreign Minister Ade Bello of Nigeria.",
			[]string{"talks held 2015"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: pub, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestSidelinesOfGatheringOnTrip: side meetings told "on the margins of
// the Ministerial" during a trip with one date range take the gathering's
// first day (GUIDELINES: a meeting during a stay with no day of its own
// takes the stay's first day when the text gives it), not the month the
// trip lends nor the publication date, also when a headline about the
// meetings is their first mention. A meeting with no "sidelines" keeps
// the month; one with a day of its own keeps it. US, Japanese and UK
// styles; published 2019-07-10.
func TestSidelinesOfGatheringOnTrip(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a US media note with a headline", "U.S. Department of State",
			"Secretary Hale's Meetings on the Margins of the Lower Mekong Ministerial\n\nSecretary of State Tom Hale traveled to Bangkok, Thailand, July 1–2 to attend the Lower Mekong ministerial meeting with Foreign Minister Anan Sri of Thailand, Foreign Minister Tran Van Minh of Viet Nam and Foreign Minister Somsak Vong of Laos.\n\nOn the margins of the Ministerial, the Secretary met separately with Foreign Minister Tran and Foreign Minister Somsak.",
			[]string{"meeting held 2019-07-01", "meeting held 2019-07-01", "summit held 2019-07-01"}},
		{"a Japanese ministry's trip to a meeting", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Kenji Arata visited Thailand from July 3 to 5 to attend the Mekong-Japan Foreign Ministers' Meeting with the foreign ministers of Thailand, Viet Nam, Laos and Cambodia.\n\nOn the margins of the meeting, Minister Arata met separately with Foreign Minister Tran Van Minh of Viet Nam and Foreign Minister Somsak Vong of Laos.",
			[]string{"meeting held 2019-07-03", "meeting held 2019-07-03"}},
		{"must not fire: no sidelines named", "GOV.UK",
			"The Foreign Secretary, Ann Vale, visited Ghana, Togo and Benin from 2 to 5 July. In Lome she attended the ECOWAS ministerial meeting with the foreign ministers of Ghana, Togo, Benin and Niger. She also met Foreign Minister Femi Tano of Benin to discuss the electricity trade.",
			[]string{"meeting held 2019-07-02", "summit held 2019-07-02", "visit held 2019-07", "visit held 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestSaidOnAcrossOccasion: the date of a statement told with its
// occasion ("said in an interview last week that", "told reporters at a
// news conference on Friday that") is the statement's, not the date of
// the engagement the statement tells of. A wire's, a Kremlin
// correspondent's and a UK paper's styles; published 2019-07-10. The
// meeting itself told "last week" keeps its date.
func TestSaidOnAcrossOccasion(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a wire's interview", "Example Wire",
			"President Kofi Edem of Togo said in an interview last week that he would meet President Femi Tano of Benin in Accra.",
			[]string{"meeting scheduled null"}},
		{"a news conference", "Example Wire",
			"Foreign Minister Oleg Marin told reporters at a news conference on Friday that he would hold talks with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting scheduled null"}},
		{"a statement", "GOV.UK",
			"The Foreign Secretary, Ann Vale, said in a statement on Monday that she would visit Benin for talks with Foreign Minister Femi Tano.",
			[]string{"visit scheduled null", "talks scheduled null"}},
		{"must not fire: the meeting's own date", "Example Wire",
			"President Kofi Edem of Togo met President Femi Tano of Benin in Accra last week, officials said in a statement.",
			[]string{"meeting held 2019-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tracedCandidates(t, tc.outlet, "2019-07-10", tc.text)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestOpeningDateReachesNamedGathering: a date opening the sentence ("On
// November 10, X will take part, via videoconference, in the meeting of
// the Council of Heads of State ...") reaches a definite gathering that is
// named after "of": it introduces the gathering, it does not refer back
// to one told before, so it is not folded into an earlier meeting. A bare
// "the meeting" still refers back. Kremlin, EU, Japanese and wire styles;
// published 2019-07-10.
func TestOpeningDateReachesNamedGathering(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a Kremlin news item", "President of Russia",
			"Oleg Marin held talks with President of Togo Kofi Edem.\n\nOn November 10, Oleg Marin will take part, via videoconference, in the meeting of the Council of Heads of State of the Eurasian Union together with the leaders of Armenia, Belarus, Kazakhstan and Kyrgyzstan.",
			[]string{"meeting held 2019-07-10", "meeting scheduled 2019-11-10"}},
		{"an EU release", "Council of the EU",
			"High Representative Ana Selvani met Foreign Minister Femi Tano of Benin in Brussels.\n\nOn 15 July, the High Representative will take part, by video link, in the meeting of the Association Council of the EU and Benin with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-10", "meeting scheduled 2019-07-15"}},
		{"a Japanese ministry's release", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Kenji Arata held a meeting with Foreign Minister Somsak Vong of Laos.\n\nOn July 20, Minister Arata will take part via videoconference in the meeting of the Mekong-Japan Foreign Ministers with the foreign ministers of Thailand, Viet Nam and Laos.",
			[]string{"meeting held 2019-07-10", "meeting scheduled 2019-07-20"}},
		{"must not change: a bare definite meeting refers back", "Example Wire",
			"President Kofi Edem of Togo met President Femi Tano of Benin in Lome on July 2.\n\nOn July 15, the meeting will be followed by talks between their foreign ministers.",
			[]string{"meeting held 2019-07-02", "talks scheduled 2019-07-15"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestPreparedForIsToCome: a gathering told as what is prepared for
// ("discussed preparations for the summit in Lome in July") or as
// upcoming/forthcoming is still to come, whatever the tense of the verb
// around it: scheduled, and its yearless month is not moved back to last
// year as a past one would be. A past meeting told with its month keeps
// last year's month. US, UK, Korean and wire styles; published 2016-03-24.
func TestPreparedForIsToCome(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a US defense story", "U.S. Department of Defense",
			"Defense Secretary Tom Hale welcomed Defense Minister Femi Tano of Benin to the Pentagon today. The ministers also discussed preparations for the West African security summit in Lome in July.",
			[]string{"meeting held 2016-03-24", "summit scheduled 2016-07"}},
		{"a UK release", "GOV.UK",
			"The Foreign Secretary, Ann Vale, met Foreign Minister Kofi Edem of Togo in London today. They discussed the preparations for the Commonwealth ministerial meeting in Accra in June.",
			[]string{"meeting held 2016-03-24", "summit scheduled 2016-06"}},
		{"a Korean-style release", "Ministry of Foreign Affairs, Republic of Korea",
			"Minister of Foreign Affairs Park Min-ho held talks with Foreign Minister Somsak Vong of Laos on March 23. The two ministers reviewed preparations for the Korea-Mekong summit in Seoul in November.",
			[]string{"meeting held 2016-03-23", "summit scheduled 2016-11"}},
		{"must not change: a past meeting in a later month", "Example Wire",
			"President Kofi Edem of Togo met President Femi Tano of Benin in Lome today. The two leaders last met in Cotonou in November.",
			[]string{"meeting held 2015-11", "meeting held 2016-03-24"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2016-03-24", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestPlanAcrossApposition: "is slated to meet N, Benin's foreign
// minister, on Thursday" tells a plan across the apposition's commas, as
// a "will" does: the coming Thursday, not the last. A statement between
// ("said, on Thursday") or a past meeting keeps the day gone. Wire, UK,
// US and Japanese styles; the reference day, 2019-07-10, is a Wednesday.
func TestPlanAcrossApposition(t *testing.T) {
	p := newDateParser()
	checkFindDates(t, p, date{2019, 7, 10}, []dateCase{
		{"Foreign Minister Ali Sani of Niger is slated to meet Femi Tano, Benin's foreign minister, on Thursday.", []string{"2019-07-11"}},
		{"The Foreign Secretary is scheduled to meet Kofi Edem, the Togolese President, on Friday in Lome.", []string{"2019-07-12"}},
		{"Talks with Minister Somsak Vong, Lao Foreign Minister, are planned for Monday.", []string{"2019-07-15"}},
		{"Prime Minister Kenji Arata is due to hold talks with Somsak Vong, Prime Minister of Laos, on Monday.", []string{"2019-07-15"}},
		// must not change: a past meeting, a plan told before a statement
		{"Foreign Minister Ali Sani met Femi Tano, Benin's foreign minister, on Thursday.", []string{"2019-07-04"}},
		{"The talks were scheduled long ago, officials said, on Thursday.", []string{"2019-07-04"}},
	})
}
