package extract

import "testing"

// One subject's calls with a list of others "respectively" are one call
// each; a meeting only when days are what the list pairs with. Names
// paired with states in one meeting, and two subjects, stay as they were.
func TestR9RespectiveEncounters(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Korean release: spoke by phone with two ministers, respectively",
			"On Tuesday, Foreign Minister Han Min-jun of Korea also spoke by phone with Foreign Minister Sato Kenji of Japan and Foreign Minister Li Wen of China, respectively.",
			[]string{"Han Min-jun+Li Wen|CN-KR", "Han Min-jun+Sato Kenji|JP-KR"}},
		{"UK style: telephoned two leaders, respectively",
			"Prime Minister Ana Lu of the United Kingdom telephoned President Musa Keita of Mali and President Ali Sani of Niger, respectively.",
			[]string{"Ali Sani+Ana Lu|GB-NE", "Ana Lu+Musa Keita|GB-ML"}},
		{"wire: met two leaders on two days, respectively",
			"President Ali Sani of Niger met Prime Minister Ivo Lenn of Fiji and President Rui Paz of Ecuador on Monday and Tuesday, respectively.",
			[]string{"Ali Sani+Ivo Lenn|FJ-NE", "Ali Sani+Rui Paz|EC-NE"}},
		{"EU style: names paired with states in one meeting stay one meeting",
			"High Representative Jan Peeters of Belgium met the foreign ministers of Fiji and Ecuador, Ivo Lenn and Rui Paz respectively, in Brussels on Monday.",
			[]string{"Ivo Lenn+Jan Peeters+Rui Paz|BE-EC-FJ"}},
		{"Kremlin: a call without respectively stays one call",
			"President Ivan Sokolov of Russia held a telephone call with President Musa Keita of Mali and President Ali Sani of Niger.",
			[]string{"Ali Sani+Ivan Sokolov+Musa Keita|ML-NE-RU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
