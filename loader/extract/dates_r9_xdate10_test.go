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
// "From July 15 to 17, she will be in Jakarta, where she will meet ..."
// gives a meeting in the stay its first day (GUIDELINES: a meeting during a
// stay with no day of its own).
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
		{"a US media note's stay from a day, then where", "U.S. Department of State",
			"From July 15 to 17, U.S. Deputy Secretary Jane Roe will be in Jakarta, where she will meet with Foreign Minister Dewi Kartika of Indonesia to discuss the priorities of the regional chair.",
			[]string{"meeting scheduled 2019-07-15"}},
		{"a Japanese ministry's stay from a day, then where", "Ministry of Foreign Affairs of Japan",
			"From July 15 to 17, Minister for Foreign Affairs Kenji Arata of Japan will stay in Lome, the Togolese Republic, where he is scheduled to hold a foreign ministers' meeting with Foreign Minister Femi Tano of Togo and to exchange views on port investment and maritime security.",
			[]string{"meeting scheduled 2019-07-15"}},
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

// TestFutureGovernsConjunct: one auxiliary of the future governs both verb
// phrases joined by "and" ("will meet X and call on Y", "is scheduled to
// hold a meeting with X, and to pay a courtesy call on Y"), so the second
// encounter is scheduled too and takes no publication day as if it had been
// held. A past verb after "and", a sentence of its own, or a noun joined
// to another noun under an unrelated "will" is not governed. Invented
// articles in a wire's, a Japanese ministry's, a UK release's and a
// Kremlin announcement's styles; publication day 2019-07-12.
func TestFutureGovernsConjunct(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a wire's will meet and call on", "Example Wire",
			"Foreign Minister Ali Sani of Niger will meet Foreign Minister Kenji Arata of Japan in Tokyo and call on Prime Minister Taro Mori.",
			[]string{"meeting scheduled null", "meeting scheduled null"}},
		{"a Japanese ministry's scheduled to hold and to pay", "Ministry of Foreign Affairs of Japan",
			"During his stay, Foreign Minister Ali Sani of Niger is scheduled to hold a meeting with Foreign Minister Kenji Arata of Japan, and to pay a courtesy call on Prime Minister Taro Mori.",
			[]string{"meeting scheduled null", "meeting scheduled null"}},
		{"a UK release's talks and a call after an apposition", "GOV.UK",
			"The Foreign Secretary, Ann Vale, will hold talks in London on Monday with Foreign Minister Kwame Osei of Ghana, the chair of the regional bloc, and call on President Kofi Mensah.",
			[]string{"meeting scheduled 2019-07-15", "meeting scheduled null"}},
		{"a Kremlin announcement's receive and hold talks", "President of Russia",
			"President Oleg Marin of Russia will receive President Kofi Edem of Togo in the Kremlin and hold talks with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting scheduled null"}},
		{"must not fire: past verbs in a sentence after the plan", "GOV.UK",
			"The Foreign Secretary, Ann Vale, will travel to Paris next month. Yesterday she held talks with Foreign Minister Kwame Osei of Ghana in London and called on President Kofi Mensah.",
			[]string{"meeting held 2019-07-11", "meeting held 2019-07-11", "visit scheduled 2019-08"}},
		{"must not fire: a noun joined to nouns under an unrelated will", "Example Wire",
			"The ministry will publish a review of the trade figures, of the border incidents of the past decade and of the meeting between Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-12", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestHeadlineTripTakesBodyTense: a headline that names a trip with a noun
// ("The President's Travel to A and B", "Visit to Japan by the Minister")
// has no tense; when the body tells the trip as planned, the headline's
// mention is the plan too, not a trip made on the publication day. A
// headline over a body that tells the trip as made keeps it held. Invented
// articles in a White House statement's, a Japanese ministry's, a UK
// release's and a Kremlin announcement's styles; publication day
// 2019-07-10.
func TestHeadlineTripTakesBodyTense(t *testing.T) {
	tests := []struct {
		name, headline, body string
		want                 []string
	}{
		{"a White House statement's travel to two states",
			"Statement by the Press Secretary: The President's Travel to Ghana and Togo",
			"President John Doe of the United States will travel to Accra, Ghana, on July 17 and to Lome, Togo, on July 19. In Accra, the President will meet President Kofi Mensah of Ghana.",
			[]string{"meeting scheduled 2019-07", "visit scheduled null"}},
		{"a Japanese ministry's visit by a guest, with the headline repeated",
			"Visit to Japan by Mr. Ali Sani, Minister of Foreign Affairs of the Republic of Niger",
			"1. Mr. Ali Sani, Minister of Foreign Affairs of the Republic of Niger, will visit Japan from Monday, July 15 to Thursday, July 18, as a guest of the Ministry of Foreign Affairs.\n2. During his stay, Minister Sani is scheduled to hold a meeting with Mr. Kenji Arata, Minister for Foreign Affairs.",
			[]string{"meeting scheduled 2019-07-15"}},
		{"a UK release's visit to two states",
			"Foreign Secretary's visit to Ghana and Togo",
			"The Foreign Secretary, Ann Vale, will visit Ghana and Togo next week. In Lome she will hold talks with Foreign Minister Femi Tano of Togo on maritime security.",
			[]string{"meeting scheduled 2019-07", "visit scheduled 2019-07"}},
		{"a Kremlin announcement's official visits",
			"Visit of President Oleg Marin to Togo and Benin",
			"President of Russia Oleg Marin will pay official visits to Togo and Benin on July 22-25 at the invitation of the two heads of state. In Cotonou, the President will hold talks with President Femi Tano of Benin.",
			[]string{"meeting scheduled 2019-07", "visit scheduled 2019-07"}},
		{"must not fire: the body tells the trip as made",
			"Foreign Minister Osei's Visit to Togo",
			"Ghanaian Foreign Minister Kwame Osei visited Lome on Monday and held talks with Foreign Minister Femi Tano of Togo. He will travel to Niger next month.",
			[]string{"meeting held 2019-07-08", "visit scheduled 2019-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			text := tc.headline + "\n\n" + tc.body
			e := extractText(t, x, attache.Article{ID: "t", Title: tc.headline, Published: "2019-07-10", Text: text})
			wantSummary(t, e, text, tc.want)
		})
	}
}

// TestWeekdayAfterNamedDay: a bare weekday after a weekday written with its
// date in the same clause ("will arrive on Monday, July 22, and will meet
// X on Tuesday") counts from that day, not from the page's: a plan goes on
// from it, an account takes the nearest. A named day that opens the
// sentence (a dateline's, a lede's) does not anchor, and a weekday with no
// named day is read as before. Invented articles in a US release's, a
// wire's, a Kremlin announcement's and a Japanese ministry's styles;
// publication day Wednesday 2019-07-10.
func TestWeekdayAfterNamedDay(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a US release's plan after an arrival day",
			"U.S. Secretary of State John Doe will arrive in Tokyo on Monday, July 22, and will meet with Prime Minister Kenji Arata of Japan on Tuesday morning.",
			[]string{"meeting scheduled 2019-07-23"}},
		{"a wire's account after an arrival day",
			"Foreign Minister Ali Sani of Niger arrived in Cotonou on Monday, July 1, and held talks with Foreign Minister Femi Tano of Benin on Tuesday.",
			[]string{"meeting held 2019-07-02"}},
		{"a Kremlin announcement's relative clause names the day",
			"President Oleg Marin of Russia, who arrives in Lome on Sunday, July 21, will hold talks with President Kofi Edem of Togo on Monday.",
			[]string{"meeting scheduled 2019-07-22"}},
		{"a Japanese ministry's visit and meeting",
			"Foreign Minister Kenji Arata of Japan will visit Hanoi on Thursday, 18 July, and will hold a meeting with Foreign Minister Nguyen Van An of Viet Nam on Friday.",
			[]string{"meeting scheduled 2019-07-19"}},
		{"must not fire: no day named before the weekday",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin on Tuesday.",
			[]string{"meeting held 2019-07-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Published: "2019-07-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
