package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// Invented sentences. An engagement told with its other side only ("a
// meeting with the Italian Prime Minister that had been planned",
// "bilateral meetings with President A of X", the subject a title with no
// name) is the article's principal's: the official who takes part in most
// of its engagements. One whose own side is named before its trigger
// ("N said negotiators would meet") keeps that side alone, and one still
// "being arranged" is no engagement yet.
func TestR11PrincipalJoins(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // wanted among meetingKeys (suffixes)
		not        []string // suffixes that at most one engagement may have
	}{
		{"readout: a planned meeting that will not take place",
			"U.S. President Tom Hale met Australian Prime Minister Ann Vale on Friday.\n\n" +
				"On Saturday, President Hale met Malian President Musa Keita.\n\n" +
				"A meeting with Italian Prime Minister Luca Renzi that had been planned for Sunday will not take place because of scheduling constraints.",
			[]string{"|IT-US"}, nil},
		{"media note: a scheduled meeting called off, the other side unnamed",
			"Secretary of State Tom Hale met Foreign Minister Ann Vale of Australia in New York on Monday.\n\n" +
				"On Tuesday, the Secretary met Foreign Minister Musa Keita of Mali.\n\n" +
				"A scheduled meeting with Chad's acting foreign minister was called off after the minister's travel was delayed.",
			[]string{"|TD-US"}, nil},
		{"speaker before the trigger keeps the engagement his",
			"Foreign Minister Pedro Alves of Brazil met Foreign Minister Ana Ruiz of Chile on Monday.\n\n" +
				"On Tuesday, Minister Alves met Foreign Minister Juan Soto of Peru.\n\n" +
				"Argentina's trade minister, Carlos Mena, said later that negotiators would meet in Montevideo before the end of the month.",
			nil, []string{"Carlos Mena+Pedro Alves|AR-BR"}},
		{"a meeting still being arranged",
			"Prime Minister Tom Hale of Canada will make official visits to Benin and Niger from June 14 to 18.\n\n" +
				"In Cotonou, where he stays from June 14 to 15, Hale will meet Beninese President Femi Tano. An official said a meeting with the Beninese foreign minister was also being arranged.\n\n" +
				"In Niamey, Hale will meet Nigerien President Ali Sani on June 17.",
			[]string{"Femi Tano+Tom Hale|BJ-CA"}, []string{"|BJ-CA"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2021-06-12"), Text: tc.text})
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

// Invented sentences. A journey whose business is an international
// organisation's gathering at the organisation's seat ("travel to Brussels
// for the meeting of NATO Foreign Ministers", "for the Foreign Affairs
// Council") goes to its venue: the host state of the seat takes no part.
// A gathering a member hosts away from the seat ("leaves for Singapore to
// attend the ASEAN-Korea Summit") keeps its host.
func TestR11OrganisationVenue(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // wanted among meetingKeys (suffixes)
		not        []string // suffixes no engagement may have
	}{
		{"media note: NATO ministers in Brussels",
			"Secretary of State Tom Hale met Polish Foreign Minister Jan Nowak in Warsaw on Saturday.\n\n" +
				"From Warsaw, the Secretary will travel to Brussels for the meeting of NATO Foreign Ministers on December 5.",
			[]string{"|PL-US"}, []string{"|BE-US"}},
		{"news story: an EU council in Brussels",
			"The Foreign Secretary, Ann Vale, met Serbian Foreign Minister Milan Petrovic in London on Tuesday.\n\n" +
				"The Foreign Secretary will travel to Brussels next week for the Foreign Affairs Council.",
			[]string{"|GB-RS"}, []string{"|BE-GB"}},
		{"a member hosts the summit away from the seat",
			"South Korean Prime Minister Kim Min-jun will leave for Singapore on Nov. 11 to attend the ASEAN-Korea Summit.",
			[]string{"|KR-SG"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2022-11-30"), Text: tc.text})
			got := meetingKeys(e)
			wantKeyEndings(t, got, tc.want)
			for _, n := range tc.not {
				if countSuffix(got, n) > 0 {
					t.Errorf("engagements\n got %q\nwant none ending %q", got, n)
				}
			}
		})
	}
}

// Invented sentences. A gathering named by a plural office's possessive
// ("the ASEAN-related Foreign Ministers' Meetings") does not take as its
// people the foreign ministers the article meets apart, when it names
// neither them nor their states.
func TestR11GatheringOfficeOnly(t *testing.T) {
	x := newExtractor(t)
	text := "Foreign Minister Sato Kenji Attends the ASEAN-related Foreign Ministers' Meetings (Overview)\n\n" +
		"From July 31 to August 3, Foreign Minister Sato Kenji visited Bangkok, Thailand, to attend the ASEAN-related Foreign Ministers' Meetings.\n\n" +
		"1. Japan-Thailand Foreign Ministers' Meeting (July 31)\n\n" +
		"On July 31, Minister Sato held a meeting with Mr. Anan Srisuk, Minister of Foreign Affairs of Thailand. The two ministers discussed trade.\n\n" +
		"2. Japan-Laos Foreign Ministers' Meeting (August 1)\n\n" +
		"On August 1, Minister Sato held a meeting with Mr. Khamphan Vong, Minister of Foreign Affairs of Laos. The two ministers discussed roads.\n\n" +
		"3. Japan-ROK Foreign Ministers' Meeting (August 1)\n\n" +
		"On August 1, Minister Sato held a meeting with Ms. Park Ji-won, Minister of Foreign Affairs of the Republic of Korea. The two ministers discussed North Korea."
	e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2019-08-05"), Text: text})
	got := meetingKeys(e)
	wantKeyEndings(t, got, []string{"|JP-TH", "|JP-LA", "|JP-KR"})
	for _, k := range got {
		if strings.Count(k, "-") > 1 && strings.Contains(k, "KR") && strings.Contains(k, "LA") {
			t.Errorf("engagements\n got %q\nwant no gathering of the ministers met apart", got)
		}
	}
}
