package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// An encounter told as the one before the story's is an engagement of its
// own, never folded into the story's: an adverb of a previous occasion
// before its verb ("last", "previously", "most recently", "first") or a
// clause of time that "since" opens with its own subject. "First" that
// orders the steps of one occasion ("first met privately, then held
// talks") and "since" before a date ("three times since January") tell no
// earlier encounter.
func TestUnseenBackgroundClauseApart(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Korean release: a year after the two ministers first met",
			"Foreign Minister Hana Seol of Korea held talks with Foreign Minister Ivo Lenn of Japan in Seoul on Monday, a year after the two ministers first met in Tokyo.",
			[]string{"Hana Seol+Ivo Lenn|JP-KR", "|JP-KR"}},
		{"UK style: their first meeting since they met",
			"Foreign Secretary Ana Lu of the United Kingdom met Foreign Minister Musa Keita of Mali in London on Monday, their first meeting since they met in Bamako.",
			[]string{"Ana Lu+Musa Keita|GB-ML", "|GB-ML"}},
		{"Kremlin: the third meeting since the presidents first met",
			"President Ivan Sokolov of Russia held talks with President Ali Sani of Niger in the Kremlin on Monday, their third meeting since the two presidents first met in Sochi.",
			[]string{"Ali Sani+Ivan Sokolov|NE-RU", "|NE-RU"}},
		{"wire: first and then order the steps of one meeting",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Musa Keita of Mali in Niamey on Monday. The ministers first met privately, then held talks with their delegations.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
		{"since before a date tells no earlier encounter",
			"Foreign Minister Ali Sani of Niger has met Foreign Minister Musa Keita of Mali three times since January.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "Ministerial" before "level" or a hyphen is the rank of the meeting
// ("met at ministerial level", "ministerial-level talks"), not a
// ministerial (a summit) of its own; "held a ministerial" is one.
func TestUnseenMinisterialLevel(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ name, text, want string }{
		{"EU style: met at ministerial level", "Niger and Mali met at ministerial level in Niamey on Monday.", "meeting"},
		{"wire: ministerial-level talks", "Niger and Mali held ministerial-level talks in Niamey on Monday.", "talks"},
		{"a ministerial of its own", "Niger and Mali held a ministerial in Niamey on Monday.", "summit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2021-06-02"), Text: tc.text})
			if len(e.Meetings) != 1 || string(e.Meetings[0].Kind) != tc.want {
				t.Errorf("engagements %+v, want one of kind %s", e.Meetings, tc.want)
			}
		})
	}
}
