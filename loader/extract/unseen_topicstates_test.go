package extract

import "testing"

// K8 (issue 11): a state that is only what was talked about is no party of
// the engagement: inside the object of "discussed", "reviewed", "about",
// "regarding" or "concerning", or in the clause "as ..." after "took
// place", a state's name or demonym is the topic. A state after "with"
// or "between", or the state an official serves, stays a party.
func TestUnseenTopicStates(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string // meetingKeys
	}{
		{"US defense readout: a possessive state after a summit noun inside 'discussed'",
			"2016-03-24",
			"Defense Secretary Dana Whitfield welcomed Polish Defense Minister Jan Nowak to the Pentagon today. The ministers also discussed preparations for the NATO summit in Madrid in July and Belarus's continued support for rebels in eastern Moldova.",
			// The summit in Madrid, only discussed, keeps no state but
			// its one attendee's: no pair of states.
			[]string{"Dana Whitfield+Jan Nowak|PL-US", "Jan Nowak|PL"}},
		{"wire: demonym adjective of a topic after 'discussed'",
			"2019-06-21",
			"The presidents of Argentina and Chile met in Santiago on Friday. The summit also discussed a pipeline to bring Bolivian gas to Argentina and Chile.",
			[]string{"|AR-CL"}},
		{"Kremlin: 'talked about' a summit and third states",
			"2020-06-04",
			"Russian Prime Minister Pavel Orlov held talks with Vietnamese Prime Minister Nguyen Van Long in Moscow on Thursday. Orlov said they had talked about the summit in Jakarta, a reference to Cambodia's claims on the river, and about the need for Laos to join the agreement.",
			[]string{"Nguyen Van Long+Pavel Orlov|RU-VN"}},
		{"Japan MOFA: demonym and state in the object of 'discussed' after a summit noun",
			"2018-11-02",
			"Chief Cabinet Secretary SUZUKI Taro met Mr. Park Ji-hoon, Minister of Foreign Affairs of the Republic of Korea. The two ministers discussed the outcome of the summit meeting in Manila and Chinese exports of rare earths to Malaysia.",
			[]string{"Park Ji-hoon+SUZUKI Taro|JP-KR"}},
		{"wire: background clause after 'took place as'",
			"2020-06-04",
			"The prime ministers of Fiji and Samoa met by video link on Thursday. The summit took place as Tongan and Vanuatuan ships remained in a standoff.",
			[]string{"|FJ-WS"}},
		{"UK: state after 'regarding' before the discussion verb",
			"2022-09-14",
			"Foreign Secretary Alan Pryce spoke today with Kenyan Foreign Minister Ruth Wanjiru. He thanked her for Kenya's votes at the UN regarding the occupation of Moldova and discussed food prices.",
			[]string{"Alan Pryce+Ruth Wanjiru|GB-KE"}},
		// The rule must not fire: a state after "with" or "between", and
		// the state an official serves, are parties.
		{"EU: 'talks with Ghana on trade' keeps Ghana",
			"2023-02-10",
			"Belgium held talks with Ghana on trade in Brussels on Friday.",
			[]string{"|BE-GH"}},
		{"Japan: 'discussed' with a counterpart of a state",
			"2016-03-17",
			"Japanese Foreign Minister SATO Kenji discussed the situation in the region with Ms. Priya Nair, Minister of External Affairs of India.",
			[]string{"Priya Nair+SATO Kenji|IN-JP"}},
		{"wire: the last state of a 'between' list before 'is set to' is no subject of 'is'",
			"2006-01-20",
			"A new round of talks between Ghana and Togo is set to open in Lome on Jan. 30. Foreign Minister Kofi Mensah of Ghana and Togolese Foreign Minister Ama Dossou are to lead their delegations.",
			[]string{"Ama Dossou+Kofi Mensah|GH-TG"}},
		{"Korea: the state a speaker serves stays a party; the topic does not",
			"2018-11-02",
			"Ghana's Foreign Minister Kofi Mensah met Korean Foreign Minister Kim Min-jae in Seoul and discussed Mali.",
			[]string{"Kim Min-jae+Kofi Mensah|GH-KR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantMeetingKeys(t, x, tt.published, tt.text, tt.want)
		})
	}
}

// K8 (issue 11): a state a noun of policy or conflict is aimed at or
// placed in ("pressure on A", "sanctions against B", "the conflict in C",
// "the fight against D's rebels", "assistance to E", "support for F", "off
// the coast of G") is a topic of any engagement its sentence tells.
func TestUnseenTargetOfAction(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string // meetingKeys
	}{
		{"wire: a summit's agenda names a conflict and a fight",
			"2020-06-04",
			"African Union leaders opened their annual summit in Addis Ababa on Thursday, with the conflict in Chad and the fight against Mali's rebels expected to dominate the sessions. The presidents of Ghana and Togo attended.",
			[]string{"|GH-TG"}},
		{"wire: sanctions and aid on a summit's agenda",
			"2020-06-04",
			"The Mercosur summit opened in Asuncion on Friday, with sanctions on Venezuela and aid to Bolivia on the agenda.",
			nil},
		{"Japan: support for a third party on a summit's agenda",
			"2020-06-04",
			"The Quadrilateral summit opened in Tokyo on Monday, with support for Taiwan and the situation in Myanmar high on the agenda.",
			nil},
		{"EU: assistance to a state at a ministerial meeting",
			"2020-06-04",
			"A ministerial meeting on the Sahel opened in Brussels on Tuesday, with assistance to Niger and the crisis in Mali on the agenda.",
			nil},
		{"UK: sanctions against a state",
			"2020-06-04",
			"The Commonwealth summit opened in Kigali on Friday, with sanctions against Zimbabwe on the agenda.",
			nil},
		// The rule must not fire: the state talked with, or the state
		// an official serves, with a noun of policy about something else.
		{"US: talks with a state on assistance to farmers",
			"2020-06-04",
			"Secretary of State Dana Whitfield traveled to Accra on Monday for talks with Ghana on assistance to farmers.",
			[]string{"Dana Whitfield|GH-US", "|GH"}},
		{"Kremlin: talks with a president on support for a sector",
			"2020-06-04",
			"The Kremlin said President Pavel Orlov held talks with the President of Moldova, Ion Rusu, on support for the energy sector.",
			[]string{"Ion Rusu+Pavel Orlov|MD-RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantMeetingKeys(t, x, tt.published, tt.text, tt.want)
		})
	}
}
