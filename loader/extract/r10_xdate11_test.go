package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestR10CoordinatedPredicatesShareDate: a date goes to the trigger nearest
// it, but predicates joined by "and" under one subject ("will call on X
// and hold talks with Y") tell encounters of the one occasion the clause
// dates, so the second takes the first's day. A clause boundary or a word
// of sequence ("later", "then") between them keeps them apart. An
// engagement noun that is a dated verb's object ("hosted a joint meeting")
// is that verb's occasion and takes its date too. Invented articles in a US media note's and a wire's styles;
// publication day Friday 2019-07-12.
func TestR10CoordinatedPredicatesShareDate(t *testing.T) {
	const fri = "2019-07-12"
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a US media note's place and days before two predicates", "U.S. Department of State",
			"In Niamey on July 16 and 17, Deputy Secretary Jane Roe will call on President Moussa Ide of Niger and hold talks with Foreign Minister Ali Sani.",
			[]string{"meeting scheduled 2019-07-16", "meeting scheduled 2019-07-16"}},
		{"a US media note's engagement noun as the dated verb's object", "U.S. Department of State",
			"Earlier in the week, Under Secretary for Political Affairs Jane Roe hosted a joint meeting in New York with the foreign ministers of Ghana, Togo and Benin to discuss irregular migration.",
			[]string{"meeting held 2019-07"}},
		{"must not fire: a word of sequence opens another time", "Example Wire",
			"Foreign Minister Ali Sani of Niger met President Kofi Edem of Togo on Tuesday and later held talks with Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-09", "meeting held 2019-07-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: fri, Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestR10TripOfTheMeeting: a meeting with no day of its own happens during
// the trip of its people told before it. Among several trips, the one its
// own sentence tells ("On 17 July I will travel to A, where I will meet N")
// is its trip, and its day is the meeting's; a trip told as an earlier one
// and dated only to its month ("she last visited A in March") is the
// story's background and dates nothing told after its sentence. Invented
// articles in an Australian minister's and a UK release's styles.
func TestR10TripOfTheMeeting(t *testing.T) {
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"a first-person tour: the stop told with its meeting", "Australian Minister for Foreign Affairs", "2019-07-12",
			"THE HON JANE BIRCH MP\nMINISTER FOR FOREIGN AFFAIRS\n\nVisit to Fiji and Samoa\n\nI will visit Fiji and Samoa from 15 to 18 July.\n\nIn Suva on 15 and 16 July I will co-chair the annual ministerial forum with Fiji's Minister for Foreign Affairs, Tomasi Rabuka.\n\nOn 17 July I will travel to Apia, where I will meet Prime Minister Tuilagi Sefo to discuss climate finance.",
			[]string{"meeting scheduled 2019-07-17", "summit scheduled 2019-07-15"}},
		{"a background visit dates no later meeting", "GOV.UK", "2019-07-12",
			"Foreign Secretary Ann Vale met Foreign Minister Kwame Osei of Ghana in Accra on Wednesday.\n\nThe Foreign Secretary last visited Accra in March, when she and Mr Osei signed a partnership.\n\nOn the margins of the ministerial meeting, the Foreign Secretary met Jamaica's Minister of Foreign Affairs, Audrey Lane.",
			[]string{"meeting held 2019-03", "meeting held 2019-07-10", "meeting held 2019-07-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
