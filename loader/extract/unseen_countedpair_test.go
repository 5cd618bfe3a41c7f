package extract

import "testing"

// "The two countries", "the two leaders", "the two ministers" with no
// party named in their sentence count the latest pair told whose people
// the noun fits (two ministers, two heads of state or government; any
// two states for "countries", "sides", "governments"), not the
// statement's first pair; when the latest engagement has more than two
// states, a count of two picks no pair out of it and the statement's
// first pair stands.
func TestUnseenCountedPairIsTheLatest(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: the two countries after a second pair",
			"President Rui Paz of Ecuador met President Rosa Tello of Chile in Quito on Monday. On Tuesday, Foreign Minister Ana Vell of Ecuador met Foreign Minister Marco Lino of Bolivia. The two countries will hold talks on the border in March.",
			[]string{"Ana Vell+Marco Lino|BO-EC", "Rosa Tello+Rui Paz|CL-EC", "|BO-EC"}},
		{"Korean release: the two leaders of the latest summit",
			"President Kim Dae-ho of Korea held a summit with President Rui Paz of Ecuador on Monday. On Tuesday he met Prime Minister Ana Vell of Peru. The two leaders agreed to hold a summit in Lima next year.",
			[]string{"Ana Vell+Kim Dae-ho|KR-PE", "Kim Dae-ho+Rui Paz|EC-KR", "|KR-PE"}},
		{"US release: the two ministers are not the secretary and a minister",
			"Foreign Minister Ali Sani of Niger and Foreign Minister Musa Keita of Mali met in Geneva on Tuesday. Secretary of State Jane Roe of the United States met Minister Keita afterwards. The two ministers agreed to meet again in Bamako in January.",
			[]string{"Ali Sani+Musa Keita|ML-NE", "Jane Roe+Musa Keita|ML-US", "|ML-NE"}},
		{"a count of two picks no pair out of a gathering of three",
			"Foreign Minister Ali Sani of Niger and Foreign Minister Musa Keita of Mali met in Geneva on Tuesday. Later, President Rui Paz of Ecuador, President Rosa Tello of Chile and President Ana Vell of Peru met in Lima. The two countries will hold talks on trade in March.",
			[]string{"Ali Sani+Musa Keita|ML-NE", "Ana Vell+Rosa Tello+Rui Paz|CL-EC-PE", "|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
