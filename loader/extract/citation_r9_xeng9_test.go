package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// A line citing a report (a quoted headline, a dash, the outlet and the
// report's date), as a wire story's sources list it, tells no engagement
// and gives none its date; a quotation that opens a sentence of the
// story is read as before.
func TestR9CitationLine(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // key|date
	}{
		{"wire sources: the cited headline's date is not the meeting's",
			"LIMA, May 4, 2011 - President Rui Paz of Peru met President Ana Lu of Chile in Lima on Tuesday.\n\nSources\n\n\"Peru, Chile leaders hold talks\" — Andean Wire, May 5, 2011",
			[]string{"Ana Lu+Rui Paz|CL-PE|2011-05-03"}},
		{"sources with typographic quotes and an en dash tell no engagement",
			"Prime Minister Ivo Lenn of Fiji spoke about the budget in Suva on Monday.\n\nSources\n\n“Japanese, Fijian leaders agree to hold talks” – Pacific Daily, May 5, 2011",
			nil},
		{"wire sources: a cited headline's talks are not a second meeting",
			"President Rui Paz of Peru met President Ana Lu of Chile in Lima on Tuesday.\n\nSources\n\n\"Peruvian, Chilean leaders agree to restart border talks\" — Andean Wire, May 5, 2011",
			[]string{"Ana Lu+Rui Paz|CL-PE|2011-05-03"}},
		{"Korean release: a cited meeting headline adds no engagement",
			"Foreign Minister Han Min-jun of Korea met Foreign Minister Ali Sani of Niger in Seoul on July 3, 2019.\n\n\"Korea, Niger ministers agree on aid\" — Seoul Herald, July 4, 2019",
			[]string{"Ali Sani+Han Min-jun|KR-NE|2019-07-03"}},
		{"US remarks: a sentence opening with a quotation is still read",
			"\"We had a good meeting,\" Secretary of State John Carter of the United States said after he met Foreign Minister Ali Sani of Niger in Niamey on May 4, 2011.",
			[]string{"Ali Sani+John Carter|NE-US|2011-05-04"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2011-05-04", Text: tc.text})
			var got []string
			for _, m := range e.Meetings {
				ps, cs := slices.Clone(m.Participants), slices.Clone(m.Countries)
				slices.Sort(ps)
				slices.Sort(cs)
				day := ""
				if m.Date != nil {
					day = string(*m.Date)
				}
				got = append(got, strings.Join(ps, "+")+"|"+strings.Join(cs, "-")+"|"+day)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("engagements\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
