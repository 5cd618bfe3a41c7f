package extract

import "testing"

// An encounter of named people of two states is not a gathering the text
// tells only by its many states told again (round 8, class K3: a
// bilateral folded into a multilateral, or the multilateral's states lost
// to it). Every example is invented.
func TestEncounterAmongManyStaysApart(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire style: talks among five states, then a bilateral in one capital",
			"The talks, which bring together Ghana, Togo, Benin, Niger and Mali, went into recess in Accra last month.\n\nLast week Foreign Minister Ali Sani of Niger traveled to Lome, where he held talks with Foreign Minister Kofi Mensah of Togo.",
			[]string{"Ali Sani+Kofi Mensah|NE-TG", "|BJ-GH-ML-NE-TG"}},
		{"Kremlin style: a round of four states, then a reception of one president",
			"The round of talks among Russia, Kazakhstan, Belarus and Armenia on the customs union ended in Minsk without agreement.\n\nPresident Ivan Orlov of Russia later received President Aibek Nurlan of Kazakhstan in Moscow.",
			[]string{"Aibek Nurlan+Ivan Orlov|KZ-RU", "|AM-BY-KZ-RU"}},
		{"Korean style: six-party talks, then consultations of two envoys",
			"The six-party talks, which bring together the two Koreas, China, Japan, Russia and the United States, went into recess in Beijing.\n\nSpecial Representative Min-ho Park of South Korea has since held consultations with Special Representative Taro Ikeda of Japan in Tokyo.",
			[]string{"Min-ho Park+Taro Ikeda|JP-KR", "|CN-JP-KP-KR-RU-US"}},
		{"not apart: the gathering names its people",
			"Foreign Minister Ali Sani of Benin, Foreign Minister Kofi Mensah of Ghana and Foreign Minister Paul Houn of Togo held talks in Accra on Monday. Sani and Mensah also discussed the border.",
			[]string{"Ali Sani+Kofi Mensah+Paul Houn|BJ-GH-TG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantMeetingKeys(t, x, "2019-03-05", tc.text, tc.want)
		})
	}
}
