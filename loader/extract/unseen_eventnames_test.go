package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// meetingStates writes each engagement's states, sorted and joined by
// "-", and sorts the list.
func meetingStates(e *attache.Extraction) []string {
	var out []string
	for _, m := range e.Meetings {
		cs := slices.Clone(m.Countries)
		slices.Sort(cs)
		out = append(out, strings.Join(cs, "-"))
	}
	slices.Sort(out)
	return out
}

// States joined by hyphens before an engagement noun name its parties,
// whatever stands between them and the noun: a possessive ("Leaders'
// Meeting"), a short name in brackets, or lower-case modifiers ("trilateral
// summit", "clean energy dialogue"); a hyphen before a lower-case word
// makes an adjective ("France-brokered talks"), which names no party.
func TestUnseenHyphenedStatesNameTheEvent(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingStates, each engagement's states
	}{
		{"Korean briefing: a lower-case trilateral summit",
			"President Kim Dae-ho of Korea held a phone conversation with Prime Minister Ivo Lenn of Japan on May 18. The two leaders agreed to discuss the matter further at the Korea-Japan-China trilateral summit in Tokyo this weekend.",
			[]string{"CN-JP-KR", "JP-KR"}},
		{"Japanese readout: a leaders' meeting with a bracketed name",
			"Prime Minister Ivo Lenn of Japan held a telephone talk with Prime Minister Kate Rowe of Australia. The two leaders confirmed that both of them will travel to Lima to attend the Japan-Australia-Peru-Chile (Pacific Four) Leaders' Meeting to be held on June 24.",
			[]string{"AU-CL-JP-PE", "AU-JP"}},
		{"UK statement: a lower-case dialogue named by three states",
			"Foreign Secretary Ana Lu of the United Kingdom will attend the UK-Ghana-Nigeria trade dialogue in Accra on Friday.",
			[]string{"GB-GH-NG"}},
		{"EU release: a ministerial meeting in capitals",
			"Commissioner Jonas Weber will chair the second EU-Peru-Chile Ministerial Meeting in Lima on 3 May.",
			[]string{"CL-PE"}},
		{"wire: a hyphen before a lower-case word is an adjective, no party",
			"Foreign Minister Ali Sani of Niger and Foreign Minister Musa Keita of Mali held Chile-hosted talks in Niamey on Monday.",
			[]string{"ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2021-06-02"), Text: tc.text})
			if got := meetingStates(e); !slices.Equal(got, tc.want) {
				t.Errorf("states of each engagement\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// A subject that refers back to the pair told before ("The leaders",
// "Both presidents", "The two leaders", "They") and is wished at, or
// attends, a gathering already arranged takes part in it: the gathering
// has the pair as its people beside its own states, and the host a
// relative clause names ("which X will host") is one of them. The
// encounter wished there ("meeting in person at the Summit") is that
// gathering, no meeting of its own.
func TestUnseenPairSubjectAtArrangedGathering(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Canadian readout: the leaders look forward to meeting at a summit a third state hosts",
			"Prime Minister Tom Hale of Canada today spoke with President Rui Paz of Ecuador. The leaders look forward to meeting in person at the Andean Leaders' Summit, which the United States will host in Washington next month.",
			[]string{"Rui Paz+Tom Hale|CA-EC", "Rui Paz+Tom Hale|CA-EC-US"}},
		{"Japanese readout: the two leaders will travel to attend a leaders' meeting",
			"Prime Minister Ivo Lenn of Japan held a telephone talk with Prime Minister Kate Rowe of Australia. The two leaders confirmed that both of them will travel to Lima to attend the Japan-Australia-Peru-Chile (Pacific Four) Leaders' Meeting to be held on June 24.",
			[]string{"Ivo Lenn+Kate Rowe|AU-CL-JP-PE", "Ivo Lenn+Kate Rowe|AU-JP"}},
		{"Kremlin: both presidents look forward to meeting again at a summit",
			"President Ivan Sokolov of Russia held talks with President Ali Sani of Niger in the Kremlin on Monday. Both presidents look forward to meeting again at the Sahel Summit, which Mali will host in Bamako in October.",
			[]string{"Ali Sani+Ivan Sokolov|ML-NE-RU", "Ali Sani+Ivan Sokolov|NE-RU"}},
		{"a plural subject that is no pair lends no one",
			"Prime Minister Tom Hale of Canada today spoke with President Rui Paz of Ecuador. Ministers from twenty countries will attend the Andean Forum in Lima on 14 October.",
			[]string{"Rui Paz+Tom Hale|CA-EC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "The first meeting of a new A-B clean energy working group", "the third
// session of the A-B-C trade dialogue": an engagement noun "of" a body
// the states' hyphen chain names, the rest in lower case, is one
// engagement with that body's noun (as "the seventh meeting of the X
// Dialogue" is), so the meeting inherits no other pair; a hyphen before
// a lower-case word names no body ("a France-backed dialogue").
func TestUnseenMeetingOfHyphenNamedBody(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"White House readout: the first meeting of a working group two states name",
			"President Rui Paz of Ecuador met President Rosa Tello of Chile in Quito on Monday. On Tuesday he met President Ana Vell of Peru. The two presidents agreed that their governments would hold the first meeting of a new Ecuador-Chile clean energy working group before the end of the year.",
			[]string{"Ana Vell+Rui Paz|EC-PE", "Rosa Tello+Rui Paz|CL-EC", "|CL-EC"}},
		{"US release: the third session of a trade dialogue three states name",
			"Secretary Jane Roe will attend the third session of the U.S.-Ghana-Nigeria trade dialogue in Accra on Friday.",
			[]string{"Jane Roe|GH-NG-US"}},
		{"Japanese release: the fifth meeting of a joint committee",
			"Minister Ivo Lenn of Japan co-chaired the fifth meeting of the Japan-Peru joint economic committee in Lima on Monday with Foreign Minister Ana Vell of Peru.",
			[]string{"Ana Vell+Ivo Lenn|JP-PE"}},
		{"a hyphen before a lower-case word names no body",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Musa Keita of Mali in Niamey on Monday, after the first meeting of a France-backed security dialogue in Bamako.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
