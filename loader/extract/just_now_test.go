package extract

import "testing"

// TestJustNow: "have just concluded", "has just met": the present perfect
// with "just" of a verb of meeting tells the speaker's day; a return
// from a trip, or "just" of another sense, dates nothing. Invented
// sentences of an Australian transcript, a UK release, US remarks and a
// wire story; the reference day 2019-07-10 is a Wednesday.
func TestJustNow(t *testing.T) {
	p := newDateParser()
	checkFindDates(t, p, date{2019, 7, 10}, []dateCase{
		{"Ana and I have just concluded our yearly strategic consultations here in Accra.", []string{"2019-07-10"}},
		{"The Foreign Secretary has just met Foreign Minister Ali Sani of Niger in London.", []string{"2019-07-10"}},
		{"I've just had a very productive meeting with Foreign Minister Ali Sani of Niger.", []string{"2019-07-10"}},
		// must not fire
		{"Foreign Minister Ali Sani of Niger has just returned from a visit to Benin.", nil},
		{"The talks were just concluded in time for the summit.", nil},
		{"They have met just twice since the election.", nil},
	})
}
