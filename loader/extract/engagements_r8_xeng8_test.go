package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
)

// "called on <office> N" followed by an infinitive is an appeal ("called
// on President N to release the prisoners") unless the infinitive is a
// talk the two hold ("to discuss", "to review") or the call is given a
// place ("in Niamey", "at State House"): then it is a courtesy call,
// as readouts of every government write one.
func TestR8CalledOnToDiscuss(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US embassy: called on a minister in the capital to discuss",
			"On Tuesday, Ambassador Jane Doe of the United States called on Minister of Foreign Affairs Ali Sani of Niger in Niamey to discuss the elections.",
			[]string{"Ali Sani+Jane Doe|NE-US"}},
		{"Vietnamese delegation: called on a US under secretary to discuss",
			"Deputy Foreign Minister Tran Van Binh of Vietnam called on U.S. Under Secretary of Commerce John Carter to discuss market access.",
			[]string{"John Carter+Tran Van Binh|US-VN"}},
		{"Japanese style: called on the prime minister to review cooperation",
			"State Minister Sato Kenji of Japan called on Prime Minister Ivo Lenn of Fiji to review cooperation on fisheries.",
			[]string{"Ivo Lenn+Sato Kenji|FJ-JP"}},
		{"UK style: called on the president at State House to present",
			"Minister for Africa Ana Lu of the United Kingdom called on President Musa Keita of Mali at Koulouba Palace to present a letter from the Prime Minister.",
			[]string{"Ana Lu+Musa Keita|GB-ML"}},
		{"wire: an appeal to a named president is no call",
			"President Ali Sani of Niger called on President Rui Paz of Ecuador to release the detained journalists.",
			nil},
		{"Kremlin: an appeal to act is no call",
			"President Ivan Sokolov of Russia called on President Musa Keita of Mali to withdraw the troops without delay.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "will leave for <place>" states a journey as "left for" and "leaves
// for" do; "leave office", "on leave" and "leave the bloc" are none.
func TestR8LeaveFor(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"Korean release: he will leave for a capital to attend a summit",
			"President Han Min-jun of Korea held a summit with Indonesian President Budi Harjo in Jakarta on Nov. 9. He will leave for Singapore on Nov. 11 to attend the regional summit.",
			[]string{"Budi Harjo+Han Min-jun|ID-KR", "Han Min-jun|KR-SG"}},
		{"UK style: will leave for a state for talks",
			"Foreign Secretary Ana Lu of the United Kingdom will leave for Kenya on Monday for talks on the elections.",
			[]string{"Ana Lu|GB-KE"}},
		{"wire: is due to leave for a capital",
			"Japanese Prime Minister Ivo Lenn is due to leave for Canberra on Sunday.",
			[]string{"Ivo Lenn|AU-JP"}},
		{"leave office and on leave are no journeys",
			"Prime Minister Ali Sani of Niger will leave office next year, and Foreign Minister Musa Keita of Mali is on leave.",
			nil},
		{"leaving a bloc is no journey",
			"President Ivan Sokolov of Russia said his country would leave the Council of Europe.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// A relative clause in the present that gives a state or person the chair
// of a standing body ("Singapore, which currently chairs the bloc", "N,
// who chairs the assembly's committee") tells a role, not a part taken in
// the engagement beside it; "who chairs the talks" still takes part.
func TestR8StandingChair(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: a state that currently chairs a bloc is no party of a call",
			"Commonwealth Secretary-General Lim Wei spoke by telephone with Foreign Minister Ali Sani of Niger on Thursday. Singapore, which currently chairs the Commonwealth, said it was deeply concerned.",
			[]string{"Ali Sani+Lim Wei|NE"}},
		{"Kremlin: a president who chairs the organisation this year attends the session",
			"The session was attended by President of Kyrgyzstan Bakyt Osmon, who chairs the organisation this year, and Prime Minister of Armenia Aram Sarkis.",
			[]string{"Aram Sarkis+Bakyt Osmon|AM-KG"}},
		{"Vietnamese release: a deputy who chairs a committee is met, not chairing a meeting",
			"Deputy Minister Ivan Petrov of Russia met on Tuesday in Hanoi with Deputy Tran Thi Lan of Vietnam, who chairs the foreign affairs committee of the National Assembly.",
			[]string{"Ivan Petrov+Tran Thi Lan|RU-VN"}},
		{"EU style: who chairs the talks takes part in them",
			"Deputy Foreign Minister Tran Binh of Vietnam met Deputy Foreign Minister Ivan Petrov of Russia, who chairs the talks, in Hanoi on Monday.",
			[]string{"Ivan Petrov+Tran Binh|RU-VN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// An engagement noun whose own determiner is "no" ("had no meetings
// planned with", "there is no meeting scheduled", "no formal talks were
// held") states that there is none.
func TestR8NoMeetingsPlanned(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: a minister says the president had no meetings planned",
			"President Ali Sani of Niger arrived in New York on Monday. Niger's foreign minister, Musa Keita, told reporters that the president had no meetings planned with American officials during his stay.",
			nil},
		{"US transcript: there is no meeting scheduled",
			"Secretary of State Jane Roe said there is no meeting scheduled with Foreign Minister Ivo Lenn of Japan.",
			nil},
		{"UK style: no formal talks were planned",
			"Foreign Secretary Ana Lu of the United Kingdom said no formal talks with Foreign Minister Rui Paz of Ecuador were planned for the autumn.",
			nil},
		{"Japanese readout: a meeting with no agenda is still a meeting",
			"Foreign Minister Sato Kenji of Japan met Foreign Minister Ivo Lenn of Fiji on Monday, a meeting with no agenda set in advance.",
			[]string{"Ivo Lenn+Sato Kenji|FJ-JP"}},
		{"Kremlin: a plain meeting in the capital",
			"President Ivan Sokolov of Russia met President Musa Keita of Mali in Moscow on Monday.",
			[]string{"Ivan Sokolov+Musa Keita|ML-RU"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// "visit" whose object is a body of people ("visit troops who have served
// in A and B", "visited British soldiers serving with the battlegroup")
// is a call on them where the official is, not a journey to the states
// the clause says they served in; "visited the troops in Chad" and
// "visited Chad" are journeys.
func TestR8VisitsTroops(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US defense: will visit troops who have served in two wars",
			"U.S. Defense Secretary Lyle Parr met Mongolian Defense Minister Bat Enkh in Ulaanbaatar on Thursday and will visit troops who have served in Iraq and Afghanistan.",
			[]string{"Bat Enkh+Lyle Parr|MN-US"}},
		{"Korean release: visited peacekeepers who served in a mission",
			"Minister of National Defense Kim Jae-won of Korea met Lebanese Defense Minister Elias Haddad in Beirut on Monday and visited peacekeepers who had served in South Sudan.",
			[]string{"Elias Haddad+Kim Jae-won|KR-LB"}},
		{"UK readout: visited soldiers serving with a battlegroup",
			"British Prime Minister Ana Lu met Estonian Prime Minister Liis Kask in Tallinn on Thursday and visited British soldiers serving with the NATO battlegroup in the east.",
			[]string{"Ana Lu+Liis Kask|EE-GB"}},
		{"wire: troops visited where they are is a journey there",
			"U.S. Defense Secretary Lyle Parr visited the troops in Chad on Thursday.",
			[]string{"Lyle Parr|TD-US"}},
		{"wire: a state visited is a journey",
			"U.S. Defense Secretary Lyle Parr visited Chad on Thursday.",
			[]string{"Lyle Parr|TD-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-02", tc.text, tc.want) })
	}
}

// A journey to one place and then another, the journey's "to" said again
// before the second ("will travel to A on Wednesday and to B on Friday",
// "and then to B", "and on to B"), visits both, each on its own day.
func TestR8AndToSecondStop(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys, then the engagementSummary
	}{
		{"White House: will travel to A on Wednesday and to B on Friday",
			"U.S. Vice President Ann Lowe met President Kofi Mensah of Ghana in Accra on Monday. The Vice President will travel to Togo on Wednesday and to Benin on Friday.",
			[]string{"Ann Lowe+Kofi Mensah|GH-US", "Ann Lowe|BJ-US", "Ann Lowe|TG-US",
				"meeting held 2021-05-31", "visit scheduled 2021-06-02", "visit scheduled 2021-06-04"}},
		{"EU Commission: travels to A on Thursday and then to B on Saturday",
			"European Commissioner Jonas Weber will travel to Kenya on Thursday and then to Uganda on Saturday.",
			[]string{"Jonas Weber|KE", "Jonas Weber|UG", "visit scheduled 2021-06-03", "visit scheduled 2021-06-05"}},
		{"wire: will fly to A and on to B",
			"Japanese Prime Minister Ivo Lenn will fly to Australia on Thursday and on to New Zealand on Saturday.",
			[]string{"Ivo Lenn|AU-JP", "Ivo Lenn|JP-NZ", "visit scheduled 2021-06-03", "visit scheduled 2021-06-05"}},
		{"aid to a second state is no stop",
			"U.S. Vice President Ann Lowe will travel to Togo on Wednesday to announce aid to Togo and to Benin.",
			[]string{"Ann Lowe|TG-US", "visit scheduled 2021-06-02"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-01", Text: tc.text})
			got := append(meetingKeys(e), engagementSummary(e)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// "call" as a verb of naming ("what diplomats now call X", "who call the
// United States home", "what Moscow calls a hostile policy") is no telephone
// call; "will call President N" and "a phone call with" are.
func TestR8NamingCall(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: what diplomats now call a continental war",
			"Angola, Namibia and Zimbabwe sent troops to defend it, turning a civil conflict into what diplomats now call the continent's first great war.",
			nil},
		{"White House: the diaspora who call the United States home",
			"Ecuador has long been a partner, and the many Ecuadorian Americans who call the United States home have begun raising money.",
			nil},
		{"Kremlin style: what the sides call a hostile policy",
			"Russia and Japan see no use in further contacts while Tokyo keeps what Moscow calls a hostile policy.",
			nil},
		{"US readout: will call a president",
			"U.S. President John Hartley will call President Ali Sani of Niger on Thursday.",
			[]string{"Ali Sani+John Hartley|NE-US"}},
		{"wire: a phone call about refugees who call the camps home",
			"President Ali Sani of Niger had a phone call with U.S. President John Hartley on Thursday about the refugees who call the camps home.",
			[]string{"Ali Sani+John Hartley|NE-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-01", tc.text, tc.want) })
	}
}

// An engagement noun heading an apposition set off after an engagement
// ("held a video conference with N, their first summit since ...",
// "travelled to Kyiv on March 8, his first visit to Ukraine as
// President") renames it: one engagement, with its own kind and day.
func TestR8AppositiveNoun(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // engagementSummary, then meetingKeys
	}{
		{"Korean release: a video conference, their first summit",
			"Earlier in the day, President Shin Min-ho of Korea held a video conference with Swedish Prime Minister Lars Berg, their first summit since Mr. Berg took office.",
			[]string{"call held 2021-06-01", "Lars Berg+Shin Min-ho|KR-SE"}},
		{"EU style: travelled to a capital, his first visit to the state",
			"Earlier this year, French President Paul Lenoir travelled to Kyiv on March 8, his first visit to Ukraine as President.",
			[]string{"visit held 2021-03-08", "Paul Lenoir|FR-UA"}},
		{"UK readout: talks over lunch, their second meeting this year",
			"Foreign Secretary Ana Lu of the United Kingdom held talks with Foreign Minister Rui Paz of Ecuador over a working lunch in London today, their second meeting this year.",
			[]string{"meeting held 2021-06-01", "Ana Lu+Rui Paz|EC-GB"}},
		{"Kremlin: talks in the Kremlin, their first summit since a year",
			"President Ivan Sokolov of Russia held talks with President Musa Keita of Mali in the Kremlin on Monday, their first summit since 2019.",
			[]string{"meeting held 2021-05-31", "Ivan Sokolov+Musa Keita|ML-RU"}},
		{"apposition that is no engagement noun: the first day of the meeting",
			"Cuba's vice president, Ramon Ortiz, met Jamaican Prime Minister Paul Reid on Wednesday, the first day of the conference, to discuss health.",
			[]string{"meeting held 2021-05-26", "Paul Reid+Ramon Ortiz|CU-JM"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-01", Text: tc.text})
			got := append(engagementSummary(e), meetingKeys(e)...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// A question ("Will the Secretary meet the North Korean Foreign Minister
// at the forum?") asks about an engagement and states none, unless the
// answer right after it says yes.
func TestR8QuestionAsks(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US briefing: a reporter asks whether the Secretary will meet a minister",
			"U.S. Secretary of State Jane Roe met Foreign Minister Rui Paz of Ecuador today.\nQUESTION: Will the Secretary meet the North Korean Foreign Minister in Bangkok at the regional forum?",
			[]string{"Jane Roe+Rui Paz|EC-US"}},
		{"Australian transcript: a question answered no",
			"Prime Minister Kate Rowe of Australia met Prime Minister Ivo Lenn of Japan today.\nJOURNALIST: Will you meet President Rui Paz of Ecuador in Lima, Prime Minister?\nPRIME MINISTER: Not at this stage.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"Kremlin transcript: a question in quotation marks",
			"President Ivan Sokolov of Russia met President Musa Keita of Mali on Monday. A reporter asked: \"Will President Sokolov travel to Japan in the autumn?\"",
			[]string{"Ivan Sokolov+Musa Keita|ML-RU"}},
		{"US briefing: a question that presupposes meetings held keeps them",
			"QUESTION: Can you talk about the two meetings that Secretary of State Jane Roe of the United States had with Foreign Minister Rui Paz of Ecuador this week?",
			[]string{"Jane Roe+Rui Paz|EC-US"}},
		{"UK readout: a statement that ends in a stop is stated",
			"Foreign Secretary Ana Lu of the United Kingdom will meet Foreign Minister Rui Paz of Ecuador in London on Thursday.",
			[]string{"Ana Lu+Rui Paz|EC-GB"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-01", tc.text, tc.want) })
	}
}

// answeredYes reads the opening of the answer after a question, past a
// speaker's label.
func TestR8AnsweredYes(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"PRIME MINISTER: That's the plan.", true},
		{"SECRETARY ROE: Yes, I will be there.", true},
		{"I will, on Thursday.", true},
		{"PRIME MINISTER: Not at this stage.", false},
		{"MR. ROE: I have no travel to announce today.", false},
	}
	for _, tc := range tests {
		if got := answeredYes(tokenize(tc.text, 0, len(tc.text), nil)); got != tc.want {
			t.Errorf("answeredYes(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A bare engagement noun after "for" that a journey to several states is
// for ("will travel to A and B next week for talks on Somali piracy") is
// the purpose of the visits; the state its "on ..." names is a topic,
// not the party of an engagement beside them. "for talks with Ugandan
// officials" names its other side and stays.
func TestR8JourneyPurpose(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"US defense: travel to three states for talks on a missile program",
			"U.S. Defense Secretary Harlan Vale will travel to Japan, South Korea and Vietnam next week for talks on regional security and the North Korean missile program.",
			[]string{"Harlan Vale|JP-US", "Harlan Vale|KR-US", "Harlan Vale|US-VN"}},
		{"UK readout: travel to two states for talks on piracy",
			"British Foreign Secretary Ana Lu will travel to Kenya and Uganda next week for talks on Somali piracy.",
			[]string{"Ana Lu|GB-KE", "Ana Lu|GB-UG"}},
		{"Japanese release: visit two states for consultations on a neighbour",
			"Foreign Minister Sato Kenji of Japan will visit Thailand and Laos next month for consultations on the situation in Myanmar.",
			[]string{"Sato Kenji|JP-LA", "Sato Kenji|JP-TH"}},
		{"talks with a named host stay",
			"British Foreign Secretary Ana Lu will travel to Kenya and Uganda next week for talks with President Daniel Oloo of Kenya.",
			[]string{"Ana Lu+Daniel Oloo|GB-KE", "Ana Lu|GB-UG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2021-06-01", tc.text, tc.want) })
	}
}
