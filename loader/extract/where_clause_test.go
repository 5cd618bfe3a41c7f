package extract

import (
	"slices"
	"testing"
)

// TestTimeBeforeAWhereClause: a time phrase that closes a clause before
// ", where" or ", when" dates that clause's engagement ("praised the visit
// of the Minister to Cotonou last week, where she met ministers"), and the
// relative clause's encounter keeps it too; a time phrase inside the
// relative clause, or after a full stop, dates only what it stands by.
// Invented releases in Canadian, Australian, Korean and wire styles; the
// page's date is 2019-07-10, a Wednesday.
func TestTimeBeforeAWhereClause(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string // candidates that must be among those found
		never              string
	}{
		{"Canada: welcomed the visit last week, where she met", "Prime Minister of Canada",
			"Prime Minister Claire Dubois today spoke with President Femi Tano of Benin. Prime Minister Dubois praised the recent visit of her trade minister, Anne Roy, to Cotonou last week, where she met with Beninese ministers.",
			[]string{"visit held 2019-07", "meeting held 2019-07"}, "visit held null"},
		{"Australia: welcomed the visit last month, where he met", "Australian Minister for Foreign Affairs",
			"Australian Foreign Minister Mark Lee welcomed the visit of Trade Minister Ali Sani of Niger to Perth last month, where he met with Australian Resources Minister Jane Cole.",
			[]string{"visit held 2019-06"}, "visit held null"},
		{"EU: recalled her visit in March, where she met", "European External Action Service",
			"Commissioner Anna Berg of Sweden recalled her visit to Niamey in March, where she held talks with President Ali Sani of Niger and Foreign Minister Femi Tano of Benin.",
			[]string{"visit held 2019-03"}, "visit held null"},
		{"US: in early July, where he met X on a day of its own", "U.S. Department of State",
			"Secretary of State Tom Grant paid a visit to Accra, Ghana, in early July, where he inaugurated a consulate and met with Ghanaian President Kwesi Mensa on July 3.",
			[]string{"visit held 2019-07", "meeting held 2019-07-03"}, "meeting held 2019-07"},
		{"must not change: the time inside the where clause", "Australian Minister for Foreign Affairs",
			"Australian Foreign Minister Mark Lee welcomed the visit of Foreign Minister Ali Sani of Niger to Canberra, where the two ministers met on Monday.",
			[]string{"meeting held 2019-07-08"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tracedCandidates(t, tc.outlet, "2019-07-10", tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n got %q\nwant %q among them", tc.text, got, w)
				}
			}
			if slices.Contains(got, tc.never) {
				t.Errorf("%q:\n got %q, never %q", tc.text, got, tc.never)
			}
		})
	}
}
