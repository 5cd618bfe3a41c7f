package extract

import "testing"

// A demonym names who, except when it qualifies a noun of place after a
// locative: "in the Ethiopian capital", "at the Kenyan port of Mombasa".
// That state only seats talks between others and is their location, no
// party (GUIDELINES: a state that provides the venue). Where the
// demonym qualifies a person or delegation, it stays a party.
func TestR9DemonymBeforePlaceNounIsTheVenue(t *testing.T) {
	x := newExtractor(t)
	tests := []meetingStatesCase{
		{"wire: negotiators of two states resume talks in a third state's capital",
			"",
			"Negotiators from Niger and Mali resumed talks in the Ethiopian capital on Thursday after a two-week break.",
			[]string{"ML-NE"}},
		{"EU member's release: ministers meet at a third state's port city",
			"Government Offices of Sweden",
			"Foreign Minister Jan Berg of Sweden met Foreign Minister Ali Sani of Niger at the Moroccan port of Tangier on 3 May.",
			[]string{"NE-SE"}},
		{"Korean release: a meeting in a third state's resort town",
			"Ministry of Foreign Affairs, Republic of Korea",
			"Minister of Foreign Affairs Kim Dae-ho held talks with Foreign Minister Rui Paz of Peru in the Thai resort of Hua Hin on June 4.",
			[]string{"KR-PE"}},
		{"must stay a party: the demonym qualifies a delegation",
			"",
			"The Ethiopian delegation held talks with the Malian delegation in Nairobi on Thursday.",
			[]string{"ET-ML"}},
		{"must stay a party: the demonym qualifies a minister",
			"President of Russia (Kremlin, official website)",
			"Vladimir Orlov, President of Russia, met the Malian Foreign Minister, Musa Keita, in the Kremlin.",
			[]string{"ML-RU"}},
	}
	checkMeetingStates(t, x, tests)
}
