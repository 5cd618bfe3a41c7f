package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// Invented sentences. A count of more than two ("the three countries",
// "the four ministers") refers back to the latest engagement with that
// many parties, not to the statement's first pair; a count of officials
// counts people ("the four ministers" of a two-plus-two are two states).
// A count looks back past numbered points, and "they" to the engagement
// its paragraph told, before the statement's first.
func TestR10CountedParties(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // wanted among meetingKeys
		not        []string // keys that must not stand
	}{
		{"US media note: a trilateral's earlier leaders' meeting",
			"Secretary of State Tom Hale met Foreign Minister Musa Keita of Mali in New York on Monday.\n\n" +
				"On Tuesday, the Secretary joined Foreign Minister Sato Kenji of Japan and Foreign Minister Han Min-jun of Korea for a trilateral meeting, their first since the leaders of the three countries met in Washington in May.",
			[]string{"|JP-KR-US"}, []string{"|ML-US"}},
		{"Japanese release: the three ministers of a dialogue",
			"Foreign Minister Sato Kenji of Japan met Foreign Minister Musa Keita of Mali on Monday.\n\n" +
				"On Tuesday, Minister Sato held the Trilateral Dialogue with Secretary of State Tom Hale of the United States and Foreign Minister Ann Vale of Australia. The three ministers issued a joint statement, and agreed to meet again in the autumn in a further round of the dialogue in which all three countries will take part.",
			[]string{"|AU-JP-US"}, []string{"|JP-ML"}},
		{"ministry release: numbered points of one meeting, then they",
			"Foreign Minister Sato Kenji of Japan met Foreign Minister Musa Keita of Mali in Bali on July 6.\n\n" +
				"On July 7, Minister Sato held a meeting with Foreign Minister Ann Vale of Australia.\n\n" +
				"(1) Minister Sato congratulated Minister Vale on her appointment.\n\n" +
				"(2) The two ministers agreed to hold a strategic dialogue in Tokyo in October.",
			[]string{"|AU-JP"}, []string{"|JP-ML"}},
		{"wire: they in the paragraph of a later meeting",
			"Foreign Minister Sato Kenji of Japan met Foreign Minister Musa Keita of Mali in Bali on Monday.\n\n" +
				"On Tuesday, Minister Sato met Foreign Minister Ann Vale of Australia. They agreed to hold a strategic dialogue in Tokyo in October.",
			[]string{"|AU-JP"}, []string{"|JP-ML"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-07-10"), Text: tc.text})
			got := meetingKeys(e)
			wantKeyEndings(t, got, tc.want)
			for _, n := range tc.not {
				if c := countSuffix(got, n); c > 1 {
					t.Errorf("engagements\n got %q\nwant at most one ending %q", got, n)
				}
			}
		})
	}
}

// Invented sentences. "Among those attending were A, B and C", "ministers
// attending the dialogue": who attends takes part in the gathering told
// before, which "the meeting" names again (TestLaterAtGathering
// checks that "later met separately" after it tells encounters of their
// own, not the gathering in detail).
func TestR10AttendingJoinsGathering(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wire: among those attending are",
			"Leaders of the West African bloc gathered in Accra on Tuesday for a regional summit.\n\n" +
				"The meeting is devoted to trade. Among those attending are President Ali Sani of Niger, President Femi Tano of Benin and President Kofi Edem of Togo.",
			[]string{"Ali Sani+Femi Tano+Kofi Edem|BJ-NE-TG"}},
		{"ministry release: ministers attending the dialogue",
			"Secretary of State Tom Hale will travel to Suva for the Pacific dialogue on Monday. She is expected to hold bilateral meetings with ministers attending the dialogue, including Foreign Minister Ivo Lenn of Fiji.",
			[]string{"Ivo Lenn+Tom Hale|FJ-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-07-10", tc.text, tc.want)
		})
	}
}

// wantKeyEndings: each of want ends some meeting key in got.
func wantKeyEndings(t *testing.T, got, want []string) {
	t.Helper()
	for _, w := range want {
		if countSuffix(got, w) == 0 {
			t.Errorf("engagements\n got %q\nwant one ending %q", got, w)
		}
	}
}

func countSuffix(keys []string, suf string) int {
	n := 0
	for _, k := range keys {
		if strings.HasSuffix(k, suf) {
			n++
		}
	}
	return n
}
