package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// r10Case is one invented article and the engagement keys (meetingKeys)
// that must, and must not, be among its extraction's.
type r10Case struct {
	name, text string
	want, not  []string
}

// checkR10Cases extracts each case as an article of 2019-09-05 and checks
// its keys.
func checkR10Cases(t *testing.T, cases []r10Case) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-09-05"), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
			for _, k := range tc.not {
				if slices.Contains(meetingKeys(e), k) {
					t.Errorf("engagements %q hold %q", meetingKeys(e), k)
				}
			}
		})
	}
}

// A group named as whose counterparts the subject met ("his ASEAN
// counterparts", "her G7 counterparts from A, B and C", "counterparts from
// the Quad") makes all its members parties of one gathering: the
// guidelines' one bilateral per listed counterpart gives way to the group
// meeting. Every example is invented.
func TestGroupCounterparts(t *testing.T) {
	checkR10Cases(t, []r10Case{
		{"wire style: his group counterparts, scheduled",
			"South Korean Foreign Minister Park Min-jae is to meet his ASEAN counterparts in Bangkok on Thursday.",
			[]string{"Park Min-jae|BN-ID-KH-KR-LA-MM-MY-PH-SG-TH-VN"}, nil},
		{"counterparts from the group, spelled out",
			"Chinese Foreign Minister Li Wen met his counterparts from the Association of Southeast Asian Nations in Jakarta on Monday.",
			[]string{"Li Wen|BN-CN-ID-KH-LA-MM-MY-PH-SG-TH-VN"}, nil},
		{"Canadian style: group counterparts listed by state stay one meeting",
			"Minister Jane Moreau, Canada's Minister of Foreign Affairs, met with her G7 counterparts from France, Germany, Italy, Japan, the United Kingdom and the United States in Rome on Monday.",
			[]string{"Jane Moreau|CA-DE-FR-GB-IT-JP-US"}, []string{"Jane Moreau|CA-FR", "Jane Moreau|CA-DE"}},
		{"counterparts from listed states with no group still meet one by one",
			"Minister Jane Moreau, Canada's Minister of Foreign Affairs, met with her counterparts from France, Germany and Italy in Rome on Monday.",
			[]string{"Jane Moreau|CA-FR", "Jane Moreau|CA-DE", "Jane Moreau|CA-IT"}, nil},
	})
}

// A plain list of three states or more beside an engagement, neither its
// topic nor its place, names the states that take part in it, even when
// named officials take part too ("co-hosted by A, B, C and D", "the
// consultations of A, B and C"). A list inside a relative clause, or of
// demonyms that qualify people, does not. Every example is invented.
func TestStatesListedBesideEngagement(t *testing.T) {
	checkR10Cases(t, []r10Case{
		{"EU style: a conference co-hosted by listed states",
			"High Representative Anna Berg and Foreign Minister Omar Qasrawi of Jordan last met in London on 4 February at the conference on refugees, co-hosted by Norway, Kuwait, Germany and the United Nations.",
			[]string{"Anna Berg+Omar Qasrawi|DE-JO-KW-NO"}, nil},
		{"Russian style: the consultations of listed states",
			"Deputy Foreign Minister Ivan Petrov of Russia said the trilateral consultations of Russia, Uzbekistan and Afghanistan, held in Tashkent on October 16, were useful.",
			[]string{"Ivan Petrov|AF-RU-UZ"}, nil},
		{"a list inside a relative clause describes something else",
			"Prime Minister Tom Reid of Australia will meet Prime Minister Ezra Kalo of Solomon Islands in Honiara to discuss the regional mission, in which police from Fiji, Tonga and New Zealand serve.",
			[]string{"Ezra Kalo+Tom Reid|AU-SB"}, []string{"Ezra Kalo+Tom Reid|AU-FJ-NZ-SB-TO"}},
	})
}
