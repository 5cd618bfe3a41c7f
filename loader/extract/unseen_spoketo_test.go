package extract

import "testing"

// "X spoke to <office> N", as British and Commonwealth readouts write a
// call ("The Prime Minister spoke to Prime Minister N of Norway this
// morning"), is a call, as "spoke with" is; "spoke to reporters", "spoke
// to the nation" are none.
func TestUnseenSpokeToOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK readout: spoke to a minister named after a possessive office",
			"Foreign Secretary Ana Lu of the United Kingdom spoke to Kenya's Cabinet Secretary for Foreign Affairs, Daniel Kiprono, on Monday about the elections.",
			[]string{"Ana Lu+Daniel Kiprono|GB-KE"}},
		{"Australian readout: spoke to a prime minister",
			"Prime Minister Kate Rowe of Australia spoke to Prime Minister Ivo Lenn of Japan this morning.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"wire: spoke to his counterpart",
			"President Rui Paz of Ecuador spoke to his Peruvian counterpart, Ana Vell, on Tuesday.",
			[]string{"Ana Vell+Rui Paz|EC-PE"}},
		{"spoke to reporters is no call",
			"Prime Minister Kate Rowe of Australia spoke to reporters in Canberra after meeting Prime Minister Ivo Lenn of Japan.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"spoke to the nation is no call",
			"President Rui Paz of Ecuador spoke to the nation on Tuesday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// Verbs of talking with an official that wire copy and readouts use for
// an encounter ("talked with President N", "consulted with his
// counterpart", "dined with", "had a brief conversation with", "spoke via
// video link with") make one; talking to reporters or consulting experts
// does not.
func TestUnseenTalkedWithOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: talked with a president by phone",
			"Secretary of State Jane Roe of the United States talked with President Rui Paz of Ecuador by phone on Monday.",
			[]string{"Jane Roe+Rui Paz|EC-US"}},
		{"Korean release: had a brief conversation with a minister",
			"Foreign Minister Hana Seol of Korea had a brief conversation with Foreign Minister Ivo Lenn of Japan in the waiting room before the session.",
			[]string{"Hana Seol+Ivo Lenn|JP-KR"}},
		{"Kremlin: spoke via video link with a president",
			"President Ivan Sokolov of Russia spoke via video link with President Ali Sani of Niger on Monday.",
			[]string{"Ali Sani+Ivan Sokolov|NE-RU"}},
		{"EU style: dined with and consulted with counterparts",
			"High Representative Jonas Weber of the European Union dined with Foreign Minister Musa Keita of Mali on Monday and consulted with Foreign Minister Ali Sani of Niger on Tuesday.",
			[]string{"Ali Sani+Jonas Weber|NE", "Jonas Weber+Musa Keita|ML"}},
		{"talking to reporters or consulting experts is none",
			"President Rui Paz of Ecuador talked to reporters in Quito and consulted with experts on the border.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "held a summit telephone talk with", as Japanese readouts write a call
// between leaders: the two nouns side by side are one compound (as "a
// summit meeting" is), whose counterpart after "with" takes part.
func TestUnseenSummitTelephoneTalk(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Japanese readout: a summit telephone talk",
			"Prime Minister Ivo Lenn of Japan held a summit telephone talk with President Rui Paz of Ecuador on Monday.",
			[]string{"Ivo Lenn+Rui Paz|EC-JP"}},
		{"Korean readout: a summit telephone talk",
			"President Kim Dae-ho of Korea held a summit telephone talk with Prime Minister Ana Vell of Peru on Monday.",
			[]string{"Ana Vell+Kim Dae-ho|KR-PE"}},
		{"Japanese readout: a named summit telephone talk",
			"On June 1, Prime Minister Ivo Lenn of Japan held a Japan-Peru Summit Telephone Talk with President Ana Vell of Peru.",
			[]string{"Ana Vell+Ivo Lenn|JP-PE"}},
		{"no counterpart named, none invented",
			"Prime Minister Ivo Lenn of Japan held a summit telephone talk on Monday.",
			[]string{"Ivo Lenn|JP"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// A wish dated to a day of a month without its year ("look forward to
// welcoming President N to Ottawa on June 9") is an appointment, as one
// with its year is; a weekday or a month alone leaves it a wish.
func TestUnseenWishOnMonthDay(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Canadian readout: look forward to welcoming on a month's day",
			"Prime Minister Tom Hale of Canada looks forward to welcoming President Rui Paz of Ecuador to Ottawa on June 9.",
			[]string{"Rui Paz+Tom Hale|CA-EC"}},
		{"UK style: day before month",
			"Prime Minister Tom Hale of Canada looks forward to hosting President Rui Paz of Ecuador in Ottawa on 9 June.",
			[]string{"Rui Paz+Tom Hale|CA-EC"}},
		{"Japanese style: hopes to welcome on a month's day",
			"Prime Minister Ivo Lenn of Japan expressed his hope to welcome President Ana Vell of Peru to Tokyo on July 3.",
			[]string{"Ana Vell+Ivo Lenn|JP-PE"}},
		{"a month alone leaves a wish",
			"Prime Minister Tom Hale of Canada looks forward to welcoming President Rui Paz of Ecuador to Ottawa in June.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "was on the phone with President N" is a call; "on the phone" without
// an official after "with" is none.
func TestUnseenOnThePhoneWith(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: was on the phone with a king",
			"President Rui Paz of Ecuador was on the phone with King Musa Keita of Mali on Monday.",
			[]string{"Musa Keita+Rui Paz|EC-ML"}},
		{"US release: on the telephone with a minister",
			"Secretary of State Jane Roe of the United States was on the telephone with Foreign Minister Ana Vell of Peru for an hour on Tuesday.",
			[]string{"Ana Vell+Jane Roe|PE-US"}},
		{"Korean release: will be on the phone with a prime minister",
			"President Kim Dae-ho of Korea will be on the phone with Prime Minister Ivo Lenn of Japan on Friday.",
			[]string{"Ivo Lenn+Kim Dae-ho|JP-KR"}},
		{"on the phone with reporters is none",
			"President Rui Paz of Ecuador was on the phone with reporters on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
