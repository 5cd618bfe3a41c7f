package extract

import "testing"

// A wish ("look forward to", "hopes to") reaches the trigger it governs,
// not a relative clause of place or time after a comma that has its own
// future tense ("…, where I'll meet …"): that clause tells a plan of its
// own. Without such a clause, the wish still makes the trigger none.
func TestR9WishStopsAtPlannedClause(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US remarks: look forward to travelling on, where I'll meet",
			"President John Carter of the United States said: I look forward to traveling on to Manila tomorrow, where I'll meet with President Jose Reyes of the Philippines.",
			[]string{"John Carter+Jose Reyes|PH-US"}},
		{"UK style: looks forward to arriving, where she will hold talks",
			"Foreign Secretary Ana Lu of the United Kingdom looks forward to arriving in Nairobi on Monday, where she will hold talks with President Musa Kiprono of Kenya.",
			[]string{"Ana Lu+Musa Kiprono|GB-KE"}},
		{"Japanese release: hopes to reach the capital, when he will meet",
			"Foreign Minister Sato Kenji of Japan hopes to reach Hanoi on Sunday morning, when he will meet Prime Minister Tran Van Binh of Vietnam.",
			[]string{"Sato Kenji+Tran Van Binh|JP-VN"}},
		{"wire: a wish with no clause of its own stays a wish",
			"Prime Minister Ivo Lenn of Fiji said he looked forward to meeting President Rui Paz of Ecuador.",
			nil},
		{"Kremlin: the wish reaches a plain coordinated trigger",
			"President Ivan Sokolov of Russia would like to visit Mali and meet President Musa Keita of Mali.",
			nil},
		{"EU style: a relative clause in the conditional stays in the wish",
			"High Representative Ana Lu of the European Union hopes to travel to Niamey, where she would meet President Ali Sani of Niger.",
			nil},
		{"wire: a clause with its own future but no where or when stays in the wish",
			"Prime Minister Ivo Lenn of Fiji hopes to visit Quito, and he will meet President Rui Paz of Ecuador if invited.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "sit down with" in the future and the progressive ("I'll sit down with
// the Premier", "is sitting down with") states a meeting as "sat down"
// and "sits down" do; without "with" ("sit down to dinner", "sit down
// and negotiate") it names none.
func TestR9SitDownWith(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Commonwealth transcript: I'll sit down with a premier",
			"Prime Minister Ivo Lenn of Fiji said that tomorrow he'll sit down with the Chinese Premier, Li Wen, in Suva.",
			[]string{"Ivo Lenn+Li Wen|CN-FJ"}},
		{"US release: will sit down with a counterpart",
			"Secretary of State John Carter of the United States will sit down with Foreign Minister Ali Sani of Niger on Friday.",
			[]string{"Ali Sani+John Carter|NE-US"}},
		{"wire: is sitting down with a president",
			"Foreign Minister Sato Kenji of Japan is sitting down with President Rui Paz of Ecuador in Quito this week.",
			[]string{"Rui Paz+Sato Kenji|EC-JP"}},
		{"Kremlin: sit down and negotiate names no meeting",
			"President Ivan Sokolov of Russia urged the parties to sit down and negotiate.",
			nil},
		{"EU style: sit down to work names no meeting",
			"High Representative Ana Lu of the European Union said the member states must sit down to work on the budget.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}
