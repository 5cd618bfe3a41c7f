package extract

import "testing"

// "N also attended.", "N also took part in the talks", "N was also
// present": a named subject whose attendance, with no event of its own
// after the verb, adds them to the engagement just told. A named or new
// event after the verb is an engagement of its own and no back reference.
// The back reference holds across the paragraph break after the event (a
// release's list of who took part, a wire's line of its own).
func TestUnseenAlsoAttendedJoinsTheLatest(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"EU release: a commissioner also attended",
			"The fifth EU-Sahel Ministerial Meeting took place in Niamey today. It was hosted by the Minister of Foreign Affairs of Niger, Ali Sani, and co-chaired by the EU Special Representative, Clara Voss.\n\nTaking part were the Minister of Foreign Affairs of Mali, Musa Keita; and the Minister of Foreign Affairs of Chad, Idriss Mahamat. The EU Commissioner for Partnerships, Pieter Lunde, also attended.",
			[]string{"Ali Sani+Clara Voss+Idriss Mahamat+Musa Keita+Pieter Lunde|ML-NE-TD"}},
		{"Kremlin: a list paragraph, then also present",
			"President Vladimir Orlov of Russia held talks with President Rui Paz of Ecuador in the Kremlin.\n\nThe talks were held in a restricted format. Foreign Minister Ivan Sokolov was also present.",
			[]string{"Ivan Sokolov+Rui Paz+Vladimir Orlov|EC-RU"}},
		{"wire: a second paragraph, then an envoy also attended",
			"Foreign Minister Ali Sani of Niger and Foreign Minister Musa Keita of Mali met in Geneva on Tuesday.\n\nThey spoke for two hours about the border. UN envoy Clara Voss also attended as an observer.",
			[]string{"Ali Sani+Clara Voss+Musa Keita|ML-NE"}},
		{"Korean release: also took part in the dialogue",
			"Vice Foreign Minister Kim Dae-ho held the third Korea-Ecuador Strategic Dialogue with Vice Minister Rosa Tello of Ecuador in Seoul on Monday.\n\nKorean Ambassador to Ecuador Park Min-su also took part in the dialogue.",
			[]string{"Kim Dae-ho+Park Min-su+Rosa Tello|EC-KR"}},
		{"wire: was also present as an observer",
			"Foreign Minister Ali Sani of Niger and Foreign Minister Musa Keita of Mali met in Geneva on Tuesday to discuss the border.\n\nSwiss Foreign Minister Anna Brunner was also present as an observer.",
			[]string{"Ali Sani+Anna Brunner+Musa Keita|CH-ML-NE"}},
		{"UK release: also joined the talks",
			"The Foreign Secretary, James Hale, held talks with Foreign Minister Rui Paz of Ecuador in London on Monday.\n\nMinister of State Ann Cole also joined the talks.",
			[]string{"Ann Cole+James Hale+Rui Paz|EC-GB"}},
		{"must not fire: a named gathering of its own",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Musa Keita of Mali in Geneva on Tuesday.\n\nMinister Sani also attended the Sahel Donors' Conference in Rome on Friday.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
		{"must not fire: also joined a person",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Musa Keita of Mali in Geneva on Tuesday. On Wednesday President Rui Paz of Ecuador also joined Minister Keita for talks on trade.",
			[]string{"Ali Sani+Musa Keita|ML-NE", "Musa Keita+Rui Paz|EC-ML"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
