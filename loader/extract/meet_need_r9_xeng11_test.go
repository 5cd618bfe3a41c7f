package extract

import "testing"

// "Meet" has two senses: seeing someone, and satisfying a need, a bill or
// a target ("meet its own demand", "help the government meet its costs").
// The second names no engagement, so a state in that clause becomes no
// party; "met amid rising demand" or "met to discuss the needs of" still
// tell a meeting, as the noun is then no object of the verb.
func TestR9MeetANeedIsNoMeeting(t *testing.T) {
	x := newExtractor(t)
	tests := []meetingStatesCase{
		{"wire: a state struggles to meet its own demand, a background clause",
			"",
			"President Ana Ruiz of Chile met President Hugo Sol of Argentina in Mendoza on Friday. Argentina has struggled to meet its own demand for gas since 2004 and had hoped to buy more from Bolivia.",
			[]string{"AR-CL"}},
		{"US release: aid to help a government meet its costs",
			"U.S. Agency for International Development",
			"Administrator Jane Holt met Prime Minister Ivo Lenn of Fiji in Suva on Monday. She announced $10 million to help the government of Tonga meet its costs after the cyclone.",
			[]string{"FJ-US"}},
		{"UK release: a state meets the targets of a programme",
			"UK Prime Minister's Office, 10 Downing Street",
			"The Prime Minister met Prime Minister Ali Sani of Niger in London today. Mali has met the benchmarks of the debt programme, officials said.",
			[]string{"GB-NE"}},
		{"Japanese release: meeting the country's needs",
			"Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Ken held a meeting with Foreign Minister Rui Paz of Peru on May 3. Japan will help Bolivia meet the country's needs for clean water.",
			[]string{"JP-PE"}},
		{"must fire: met amid rising demand is still a meeting",
			"",
			"President Ana Ruiz of Chile met President Hugo Sol of Argentina on Friday amid rising demand for gas.",
			[]string{"AR-CL"}},
		{"must fire: met to discuss the needs of refugees",
			"President of Russia (Kremlin, official website)",
			"Vladimir Orlov, President of Russia, met President Musa Keita of Mali in the Kremlin to discuss the needs of refugees.",
			[]string{"ML-RU"}},
	}
	checkMeetingStates(t, x, tests)
}
