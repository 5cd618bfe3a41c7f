package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// The failure classes of participants seen on articles the rules were never
// tuned on (issue 11), each with an invented example.

// meetingKeys writes each engagement as "participants|countries", both
// sorted, and sorts the list: what the pairs and engagements parts score.
func meetingKeys(e *attache.Extraction) []string {
	var keys []string
	for _, m := range e.Meetings {
		ps := slices.Clone(m.Participants)
		slices.Sort(ps)
		cs := slices.Clone(m.Countries)
		slices.Sort(cs)
		keys = append(keys, strings.Join(ps, "+")+"|"+strings.Join(cs, "-"))
	}
	slices.Sort(keys)
	return keys
}

// wantMeetingKeys extracts text as an article published on the given day
// and compares its meetingKeys with want.
func wantMeetingKeys(t *testing.T, x *Extractor, published, text string, want []string) {
	t.Helper()
	e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date(published), Text: text})
	if got := meetingKeys(e); !slices.Equal(got, want) {
		t.Errorf("engagements\n got %q\nwant %q", got, want)
	}
}

// wantAmongMeetingKeys fails for each wanted key the extraction's
// engagements lack; other engagements may stand beside them.
func wantAmongMeetingKeys(t *testing.T, e *attache.Extraction, want []string) {
	t.Helper()
	got := meetingKeys(e)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("engagements\n got %q\nwant among them %q", got, w)
		}
	}
}

func TestUnseenParticipants(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
	}{
		{"respective counterparts",
			"", "2019-03-05",
			"Nigerien foreign minister Halit Sani and his Malian, Chadian and Beninese counterparts, Musa Keita, Idriss Mahamat and Roch Tano, respectively, met in Niamey on Monday.",
			[]string{"Halit Sani+Idriss Mahamat+Musa Keita+Roch Tano|BJ-ML-NE-TD"}},
		{"ministers present with their portfolios",
			"", "2019-03-05",
			"Foreign Minister Halit Sani of Niger held talks in Lima on Monday with Peruvian ministers. Ministers present: Ana Vell (Economy), Marco Lino (Finance).",
			[]string{"Ana Vell+Halit Sani+Marco Lino|NE-PE"}},
		{"ministers present at the event told before",
			"Wikinews (English)", "2004-11-13",
			"Rosa Tello, the President of Chile, had lunch today with the President of Peru, Alonso Rivas, at the palace in Lima.\n\n" +
				"Some Peruvian ministers were present at the event: Ana Vell (Economy), Marco Lino (Agriculture), Rui Paz (Energy). Also present was Ana Lu (Andes Mining company president).",
			[]string{"Alonso Rivas+Ana Vell+Marco Lino+Rosa Tello+Rui Paz|CL-PE"}},
		{"a meeting for the summit is the summit, and who will also attend joins it",
			"European Commission", "2007-05-16",
			"Brussels, 16 May 2007\n\nEU – Peru Summit – Lima, Peru, 17-18 May 2007\n\n" +
				"Federal Chancellor Jonas Weber will meet Peruvian President Alonso Rivas for the EU-Peru Summit in Lima on 17-18 May 2007. " +
				"Peruvian Government Ministers including Marco Lino, Minister of Foreign Affairs, will also attend.",
			[]string{"Alonso Rivas+Jonas Weber+Marco Lino|DE-PE"}},
		{"a journey for talks stays a visit",
			"U.S. Department of State", "2019-03-05",
			"Secretary Jane Roe will travel to Ghana for talks on trade.",
			[]string{"Jane Roe|GH-US"}},
		{"a first-person release below page furniture and header lines",
			"U.S. Department of State (Secretary Jane Roe), archive", "2003-09-18",
			"U.S. Department of State\nHome Issues & Press Travel & Business Countries\n You are in: Secretary of State Ana Vell > Past Secretaries > Former Secretary of State Jane Roe > Remarks and Statements > 2003 > September\n\n" +
				"Cancellation of Travel to Ghana\n\nSecretary Jane Roe\nWashington, DC\nSeptember 18, 2003\n\n" +
				"Much to my sorrow, I am unable to travel to Accra on September 19 for the memorial service for Ghanaian Foreign Minister Ama Osei. I spoke with Ghanaian Ambassador Kwame Tetteh and State Secretary Yaw Boateng this morning.",
			[]string{"Jane Roe+Kwame Tetteh+Yaw Boateng|GH-US", "Jane Roe|GH-US"}},
		{"a joint commission named by its states, and who joins the visitor for it",
			"U.S. Department of the Treasury", "2005-10-03",
			"October 3, 2005\n\nTreasury Secretary Jane Roe will visit Accra next week.\n\n" +
				"Following the visit, Secretary Roe will lead a U.S. delegation at the U.S.-Ghana Joint Economic Commission (JEC). " +
				"Joining Roe for the JEC will be Chairman of the Commodity Futures Trading Commission Max Kerr, Federal Reserve Chairman Tom Hale, and Chairman of the Securities and Exchange Commission Ana Vell.",
			[]string{"Ana Vell+Jane Roe+Max Kerr+Tom Hale|GH-US"}}, // the visit carried by the commission held on it
		{"ministers who gathered, and one who joined the talks",
			"Wikinews (English)", "2020-01-11",
			"Peruvian foreign minister Ana Vell and her Chilean, Bolivian and Ecuadorian counterparts, Marco Lino, Rosa Tello and Rui Paz, respectively, gathered in Lima on Wednesday to discuss trade. " +
				"The Brazilian foreign minister, Tom Sena, joined the talks as an observer.",
			[]string{"Ana Vell+Marco Lino+Rosa Tello+Rui Paz+Tom Sena|BO-BR-CL-EC-PE"}},
		{"a visiting office is the guest of the meeting, not a visit's subject",
			"Korea.net (Korean Culture and Information Service), Briefing Room", "2010-04-30",
			"President Kim Dae-ho and visiting Peruvian President Ana Rocha held a bilateral summit at Kim's office in Seoul on Wednesday.",
			[]string{"Ana Rocha+Kim Dae-ho|KR-PE"}},
		{"a journey to take part in a leaders' meeting, and this meeting's host",
			"The White House, Office of the Press Secretary", "1997-11-03",
			"President Tom Grant will travel to Lima, Peru on November 23-25 to participate in the fifth Pacific Leaders' Meeting. " +
				"This meeting, hosted by President Ana Rocha of Peru, will bring together leaders from all 18 member economies of the forum.",
			[]string{"Ana Rocha+Tom Grant|PE-US"}},
		{"a tour's talks are no one meeting",
			"American Forces Press Service", "2000-10-05",
			"Defense Secretary Tom Grant will travel Oct. 14-19 to Morocco, Portugal and Ghana for talks on bilateral matters.",
			[]string{"Tom Grant|GH-US", "Tom Grant|MA-US", "Tom Grant|PT-US"}},
		{"called a person is a call",
			"", "2021-05-10",
			"Foreign Minister Ana Vell of Peru called her Nigerien counterpart Ali Sani on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"called a person something is no call",
			"", "2021-05-10",
			"Foreign Minister Ana Vell of Peru called President Ali Sani of Niger a friend of Peru.",
			nil},
		{"called on a person is a visit to them",
			"", "2021-05-10",
			"Foreign Minister Ali Sani of Niger called on President Ana Vell of Peru in Lima on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"called on a person to act is an appeal",
			"", "2021-05-10",
			"Foreign Minister Ali Sani of Niger called on President Ana Vell of Peru to release the prisoners.",
			nil},
		{"conferred with",
			"", "2021-05-10",
			"Foreign Minister Ali Sani of Niger conferred with Foreign Minister Ana Vell of Peru on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"exchanged views with",
			"", "2021-05-10",
			"Foreign Minister Ali Sani of Niger exchanged views with Foreign Minister Ana Vell of Peru on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"held a bilateral with",
			"", "2021-05-10",
			"Foreign Minister Ali Sani of Niger held a bilateral with Foreign Minister Ana Vell of Peru on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"a plural office of both countries set off from its holders",
			"", "2008-04-16",
			"The summit was prepared by the foreign ministers of both countries, Ana Vell of Peru and Rosa Tello of Chile, who held a meeting of their own on Monday.",
			[]string{"Ana Vell+Rosa Tello|CL-PE"}},
		{"a plural office's states paired with its holders in order",
			"", "2008-04-16",
			"The foreign ministers of Peru and Chile, Ana Vell and Rosa Tello, held a meeting on Monday.",
			[]string{"Ana Vell+Rosa Tello|CL-PE"}},
		{"ministers with their portfolios in brackets, no colon",
			"President of Russia (Kremlin, official website, English)", "2011-09-27",
			"September 27, 2011, The Kremlin, Moscow\n\nIvan Orlov held talks with Prime Minister of Peru Ana Rocha, who is in Russia on a working visit. Taking part in the talks on the Russian side were ministers Oleg Pavlov (Foreign Affairs) and Vera Zotova (Economic Development).",
			[]string{"Ana Rocha+Ivan Orlov+Oleg Pavlov+Vera Zotova|PE-RU"}},
		{"one who accompanied a party joins the engagement",
			"The White House (briefing room)", "2016-03-17",
			"President Tom Grant welcomed Prime Minister Colm Byrne of Ireland to the Oval Office today. The Prime Minister was accompanied by Foreign Minister Niamh Doyle.",
			[]string{"Colm Byrne+Niamh Doyle+Tom Grant|IE-US"}},
		{"one who accompanied a party, in a relative clause",
			"Wikinews (English)", "2008-04-16",
			"Chilean President Rosa Tello and her Peruvian counterpart, Ana Vell, met on Tuesday in the city of Arica. Vell, who was accompanied by energy minister Marco Lino, also promised that gas exports would not be cut.",
			[]string{"Ana Vell+Marco Lino+Rosa Tello|CL-PE"}},
		{"credentials presented",
			"", "2021-05-10",
			"Ambassador Halit Sani of Niger presented his credentials to President Ana Rocha of Brazil on Monday.",
			[]string{"Ana Rocha+Halit Sani|BR-NE"}},
		{"credentials received",
			"", "2021-05-10",
			"President Ana Rocha of Brazil received the credentials of Ambassador Halit Sani of Niger on Monday.",
			[]string{"Ana Rocha+Halit Sani|BR-NE"}},
		{"he after a semicolon is the sentence's subject",
			"", "2021-05-10",
			"President Halit Sani of Niger held talks on Monday with President Ana Rocha of Brazil; he will visit Japan next week to meet Prime Minister Kenji Sato.",
			[]string{"Ana Rocha+Halit Sani|BR-NE", "Halit Sani+Kenji Sato|JP-NE"}},
		{"he of the next sentence is the subject, not the last named",
			"", "2021-05-10",
			"President Halit Sani of Niger held talks on Monday with President Ana Rocha of Brazil. He will visit Japan next week to meet Prime Minister Kenji Sato.",
			[]string{"Ana Rocha+Halit Sani|BR-NE", "Halit Sani+Kenji Sato|JP-NE"}},
		{"a reference back takes no one from another clause",
			"The White House (briefing room)", "2021-07-10",
			"Vice President Ada Lane will travel to Singapore next month.\n\n" +
				"President Tom Grant and Vice President Lane have put renewing our alliances at the top of their agenda, and this upcoming visit continues that work.",
			[]string{"Ada Lane|SG-US"}},
		{"labelled speakers of a transcript take part in the talks its headline names",
			"President of Russia (Kremlin, official website, English)", "2021-05-10",
			"Press statements following Russian-Nigerien talks\n\nPRESIDENT OF RUSSIA IVAN ORLOV: We held productive talks today.\n\nPRESIDENT OF NIGER HALIT SANI (retranslated): Thank you.",
			[]string{"Halit Sani+Ivan Orlov|NE-RU"}},
		{"list tail after a second trigger word",
			"", "2019-03-05",
			"On Monday, Foreign Minister Halit Sani of Niger held talks with Foreign Minister Musa Keita of Mali and Foreign Minister Idriss Mahamat of Chad ahead of the summit.",
			[]string{"Halit Sani+Idriss Mahamat+Musa Keita|ML-NE-TD"}},
		{"instructions from a bystander",
			"", "2019-03-05",
			"Acting on instructions from President Ana Rocha, Foreign Minister Marco Lino of Brazil met Foreign Minister Halit Sani of Niger on Monday.",
			[]string{"Halit Sani+Marco Lino|BR-NE"}},
		{"a bystander's goal",
			"", "2019-03-05",
			"Driven by President Ana Rocha's goal of closer ties, Foreign Minister Marco Lino of Brazil met Foreign Minister Halit Sani of Niger on Monday.",
			[]string{"Halit Sani+Marco Lino|BR-NE"}},
		{"a goal's owner in a readout is no participant",
			"U.S. Department of State", "2025-11-23",
			"Today, Secretary Ana Vell and Special Envoy Tom Hale held a long meeting with the Ukrainian delegation to go over the draft texts.\n\n" +
				"They emphasized that the effort is guided by President Tom Grant's goal of a just and lasting settlement.",
			[]string{"Ana Vell+Tom Hale|UA-US"}},
		{"met separately",
			"", "2019-03-05",
			"In Niamey on Monday, Foreign Minister Marco Lino of Brazil met separately with Foreign Minister Halit Sani of Niger and Foreign Minister Musa Keita of Mali.",
			[]string{"Halit Sani+Marco Lino|BR-NE", "Marco Lino+Musa Keita|BR-ML"}},
		{"counterparts from several states",
			"U.S. Department of State", "2019-03-05",
			"Secretary Jane Roe met with her counterparts from Mali, Chad and Benin on Monday in Niamey.",
			[]string{"Jane Roe|BJ-US", "Jane Roe|ML-US", "Jane Roe|TD-US"}},
		{"held separate meetings",
			"", "2019-03-05",
			"On Monday in Niamey, Foreign Minister Halit Sani of Niger held separate meetings with Foreign Minister Musa Keita of Mali and Foreign Minister Idriss Mahamat of Chad.",
			[]string{"Halit Sani+Idriss Mahamat|NE-TD", "Halit Sani+Musa Keita|ML-NE"}},
		{"sideline meeting is not the summit",
			"", "2021-10-31",
			"On the sidelines of the leaders' summit in Rome on Saturday, President Ana Rocha of Brazil met Prime Minister Kenji Sato of Japan.",
			[]string{"Ana Rocha+Kenji Sato|BR-JP"}},
		{"parties named by a group",
			"", "2021-09-25",
			"The Quad leaders held their first in-person summit in Washington on Friday.",
			[]string{"|AU-IN-JP-US"}},
		{"parties named by a regional group",
			"", "2019-03-05",
			"The ASEAN foreign ministers met in Jakarta on Monday.",
			[]string{"|BN-ID-KH-LA-MM-MY-PH-SG-TH-VN"}},
		{"a group in the year before a member joined",
			"", "1996-03-05",
			"The ASEAN foreign ministers met in Jakarta on Monday.",
			[]string{"|BN-ID-MY-PH-SG-TH-VN"}},
		{"parties not inherited from the engagement before",
			"", "2019-03-05",
			"President Ana Rocha of Brazil met President Halit Sani of Niger on Monday. On Tuesday, Rocha held talks with Prime Minister Kenji Sato of Japan.",
			[]string{"Ana Rocha+Halit Sani|BR-NE", "Ana Rocha+Kenji Sato|BR-JP"}},
		{"a topic state is no party",
			"", "2019-03-05",
			"Foreign Minister Halit Sani of Niger met Foreign Minister Musa Keita of Mali on Monday and discussed Libya.",
			[]string{"Halit Sani+Musa Keita|ML-NE"}},
		{"a headline state is no party",
			"", "2019-03-05",
			"Niger, Mali Talk Trade as Libya Crisis Deepens\n\nForeign Minister Halit Sani of Niger met Foreign Minister Musa Keita of Mali on Monday in Niamey.",
			[]string{"Halit Sani+Musa Keita|ML-NE"}},
		{"a compound summit meeting headline is one engagement with both sides' lists",
			"Ministry of Foreign Affairs of Japan", "2012-05-28",
			"Japan-Niger Summit Meeting (Overview)\n\nMay 28, 2012\n\nPrime Minister Kenji Sato held a meeting with Mr. Halit Sani, President of Niger, in Rome, Italy, on May 21. An outline of the meeting follows:\n\n" +
				"On the Japanese side, also present were Mr. Goro Ueda, Minister of Economy; Mr. Jiro Imai, Deputy Chief Cabinet Secretary; and others. Participants on the Nigerien side included Mr. Musa Keita, Minister of Foreign Affairs; and Mr. Idris Bako, Minister for Trade.",
			[]string{"Goro Ueda+Halit Sani+Idris Bako+Jiro Imai+Kenji Sato+Musa Keita|JP-NE"}},
		{"host officials met in separate meetings are not paired with each other",
			"Ministry of Foreign Affairs of Japan", "2001-04-20",
			"(1) Prime Minister Ana Vell of Peru paid an official visit to Japan from April 10 to 14.\n\n" +
				"(2) During her visit, Prime Minister Vell held meetings with Prime Minister Kenji Sato and Minister for Foreign Affairs Goro Ueda among others, and visited Osaka.",
			// GUIDELINES: meetings with named hosts carry the visit, with no visit entry of its own.
			[]string{"Ana Vell+Goro Ueda|JP-PE", "Ana Vell+Kenji Sato|JP-PE"}},
		{"host officials pair with the guest",
			"Ministry of Foreign Affairs of Japan", "2019-03-05",
			"On March 4, Prime Minister Kenji Sato, joined by Foreign Minister Aiko Ueda, held a meeting with President Halit Sani of Niger.",
			[]string{"Aiko Ueda+Halit Sani+Kenji Sato|JP-NE"}},
		{"a host and the guest hosted for talks are one engagement",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger hosted Peruvian Foreign Minister Ana Vell for talks in Niamey on Monday.",
			[]string{"Ali Sani+Ana Vell|NE-PE"}},
		{"a guest met for consultations",
			"", "2019-03-05",
			"Chilean President Rosa Tello received Foreign Minister Musa Keita of Mali for consultations in Santiago on Monday.",
			[]string{"Musa Keita+Rosa Tello|CL-ML"}},
		{"a plural possessive state names the guest's office",
			"", "2019-03-05",
			"In Niamey on Monday, the Philippines' foreign minister, Maria Tolo, met Niger's foreign minister, Ali Sani.",
			[]string{"Ali Sani+Maria Tolo|NE-PH"}},
		{"an ambiguous state after an office holder's name is the state",
			"", "2019-03-05",
			"Foreign Minister Ilse Kali of Georgia and Peruvian Foreign Minister Ana Vell held a phone call today.",
			[]string{"Ana Vell+Ilse Kali|GE-PE"}},
		{"an ambiguous state's office in apposition is the state",
			"", "2019-03-05",
			"Chilean Foreign Minister Rosa Tello met Ali Sani, Niger's foreign minister, in Niamey on Monday.",
			[]string{"Ali Sani+Rosa Tello|CL-NE"}},
		{"an ambiguous demonym on a list of delegation heads",
			"", "2019-03-05",
			"Delegations from Peru, Georgia and Mali held talks in Lima on Monday. The delegations were led by Peruvian Foreign Minister Ana Vell, Georgian Foreign Minister Ilse Kali and Malian Foreign Minister Musa Keita.",
			[]string{"Ana Vell+Ilse Kali+Musa Keita|GE-ML-PE"}},
		{"a host is to receive a guest",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger is to receive Chilean Foreign Minister Rosa Tello in Niamey on Wednesday.",
			[]string{"Ali Sani+Rosa Tello|CL-NE"}},
		{"a host received the guest named by a state's office",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger received the Democratic Republic of the Congo's foreign minister, Ana Vell, in Niamey on Sunday.",
			[]string{"Ali Sani+Ana Vell|CD-NE"}},
		{"a report received is no meeting",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger received the Chilean Senate's report on Sunday.",
			nil},
		{"one also expected to attend, on a line of its own, joins the meeting",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger will meet Chilean Foreign Minister Rosa Tello in Niamey on Wednesday.\n\nPresident Musa Keita of Niger is also expected to attend.",
			[]string{"Ali Sani+Musa Keita+Rosa Tello|CL-NE"}},
		{"the two were joined by a third",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger hosted Chilean Foreign Minister Rosa Tello for talks in Niamey on Monday.\n\nThe two were joined by Nigerien President Musa Keita.",
			[]string{"Ali Sani+Musa Keita+Rosa Tello|CL-NE"}},
		{"one who also attended joins a guest received",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger received Chilean Foreign Minister Rosa Tello in Niamey on Monday. President Musa Keita of Niger also attended.",
			[]string{"Ali Sani+Musa Keita+Rosa Tello|CL-NE"}},
		{"an attendance in a later paragraph that refers to nothing before stays apart",
			"", "2019-03-05",
			"Foreign Minister Ali Sani of Niger met Chilean Foreign Minister Rosa Tello in Niamey on Monday.\n\nPresident Musa Keita of Niger attended a concert in Zinder.",
			[]string{"Ali Sani+Rosa Tello|CL-NE"}},
		{"an agency credit in the dateline is no engagement",
			"Summit Daily", "2019-03-22",
			"LIMA, March 22 (Summit Daily) — Malian Foreign Minister Musa Keita was in Lima on March 19 on an official visit to Peru.",
			[]string{"Musa Keita|ML-PE"}},
		{"a summit hosted by its host leader, with the leaders attending",
			"", "2019-07-22",
			"LIMA — Leaders of Peru, Mali, Chile and Niger gathered in Lima on July 21 for a summit hosted by President Ana Vell of Peru.\n\nAttending were Malian President Musa Keita, President Rosa Tello of Chile and President Ali Sani of Niger.",
			[]string{"Ali Sani+Ana Vell+Musa Keita+Rosa Tello|CL-ML-NE-PE"}},
		{"a family name in capitals written later in running case",
			"", "2019-03-05",
			"Malian Foreign Minister KEITA Musa will travel to Peru for an official visit.\n\nOn the same trip, Keita is due to meet Chilean President Rosa Tello in Santiago on March 31.",
			[]string{"KEITA Musa+Rosa Tello|CL-ML", "KEITA Musa|ML-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// "I am unable to travel to X" calls the plan off.
func TestUnseenUnableIsCancelled(t *testing.T) {
	x := newExtractor(t)
	text := "Secretary Jane Roe said she was unable to travel to Ghana for the ceremony on Friday."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "U.S. Department of State", Published: "2003-09-18", Text: text})
	if len(e.Meetings) != 1 || e.Meetings[0].Status != attache.StatusCancelled {
		t.Errorf("engagements %+v, want one cancelled visit", e.Meetings)
	}
}

// A long proper name of an engagement does not hide the tense before it:
// "he will lead the delegation to the A-B Strategic Dialogue" is to come.
func TestUnseenNamedEngagementTense(t *testing.T) {
	x := newExtractor(t)
	text := "In Accra, Secretary Jane Roe will lead a small U.S. delegation to the U.S.-Ghana Strategic Dialogue on trade."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "U.S. Department of State", Published: "2022-08-01", Text: text})
	if len(e.Meetings) != 1 {
		t.Fatalf("engagements %q, want one", meetingKeys(e))
	}
	m := e.Meetings[0]
	if m.Status != attache.StatusScheduled || !slices.Equal(m.Countries, []string{"GH", "US"}) && !slices.Equal(m.Countries, []string{"US", "GH"}) {
		t.Errorf("engagement %+v, want the dialogue of GH and US, scheduled", m)
	}
	if m.Location != nil && m.Location.Country != nil && *m.Location.Country == "US" {
		t.Errorf("location %+v: a state naming the dialogue is no place", m.Location)
	}
}

// "received" states a meeting only with a guest after it, not a thing.
func TestUnseenReceivesGuest(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		after string // the words after "received"
		want  bool
	}{
		{"Foreign Minister Ana Vell of Peru", true},
		{"the Democratic Republic of the Congo's foreign minister, Ana Vell", true},
		{"the Philippines' foreign minister, Ana Vell", true},
		{"a letter from the president", false},
		{"the Chilean Senate's report", false},
		{"the credentials of the new envoy", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.after, 0, len(tc.after), nil)
		if got := x.receivesGuest(toks, 0); got != tc.want {
			t.Errorf("received %s: guest %v, want %v", tc.after, got, tc.want)
		}
	}
}

// TestUnseenParticipantGaps holds the patterns the passes owned elsewhere
// still miss; each names the pass a fix belongs to, is skipped while it
// fails, and reported when it starts to pass.
func TestUnseenParticipantGaps(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
		gap                           string
	}{
		{"counterparts from several states in a trilateral meeting",
			"U.S. Department of State", "2019-03-05",
			"Secretary Jane Roe met with her counterparts from Mali and Chad in a trilateral meeting on Monday in Niamey.",
			[]string{"Jane Roe|ML-TD-US"},
			"frames.go: \"met ... in a trilateral meeting\" makes two triggers, the states split between them; the noun after \"in a\" in the verb's clause should fold into the verb"},
		{"a transcript's pleasure to meet the foreign minister its headline names",
			"U.S. Department of State", "2019-03-05",
			"Remarks With Ghanaian Foreign Minister Kwame Tetteh Before Their Meeting\n\nSecretary Jane Roe\nAccra, Ghana\nMarch 5, 2019\n\n" +
				"SECRETARY ROE: Good morning. It is a great pleasure to meet with the foreign minister here today.\n\nFOREIGN MINISTER TETTEH: Thank you, Madam Secretary.",
			[]string{"Jane Roe+Kwame Tetteh|GH-US"},
			"frames.go/speakers.go: a speaker's \"to meet with the foreign minister\" takes no subject from the speaker label, and the headline's guest is not read as a person"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			if got := meetingKeys(e); !slices.Equal(got, tc.want) {
				t.Skipf("known gap: %s (got %q)", tc.gap, got)
			}
			t.Logf("gap closed: %s", tc.name)
		})
	}
}

// The head noun of a gathering decides its kind: "ministerial" before a
// noun of talks only qualifies it, and a "Ministerial Meeting" stays a
// gathering of many.
func TestUnseenGatheringHeadNoun(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, want string }{
		{"Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin held the Ministerial Dialogue in Niamey on 3 May 2022.", "talks"},
		{"Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin opened the Ministerial Consultations in Niamey on 3 May 2022.", "talks"},
		{"Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin attended the Ministerial Meeting in Niamey on 3 May 2022.", "summit"},
		{"Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin met for the Joint Commission in Niamey on 3 May 2022.", "talks"},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2022-05-04", Text: tc.text})
		if len(e.Meetings) != 1 || string(e.Meetings[0].Kind) != tc.want {
			t.Errorf("%q: meetings %+v, want one of kind %s", tc.text, e.Meetings, tc.want)
		}
	}
}

// "hoped to meet" is a wish like "hopes to meet", not an engagement.
func TestUnseenHopedToIsWish(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"Foreign Minister Ali Sani of Niger hoped to meet President Paul Tano of Benin.",
		"Foreign Minister Ali Sani of Niger said he was hoping to visit Benin and meet President Paul Tano of Benin.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2022-05-04", Text: text})
		if len(e.Meetings) != 0 {
			t.Errorf("%q: a wish made engagements %+v", text, e.Meetings)
		}
	}
}

// A host verb with a meal for object ("hosted a working lunch for N")
// states a meeting of the host and the guest after "for" or "in honour of".
func TestUnseenHostedMeal(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"President Ada Obi of Niger hosted a lunch for President Rui Paz of Chad on 3 May 2022.",
		"President Ada Obi of Niger hosted a working dinner for Chadian President Rui Paz on 3 May 2022.",
		"President Ada Obi of Niger hosted a state banquet in honour of President Rui Paz of Chad on 3 May 2022.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2022-05-04", Text: text})
		if got, want := meetingKeys(e), []string{"Ada Obi+Rui Paz|NE-TD"}; !slices.Equal(got, want) {
			t.Errorf("%q: meetings %v, want %v", text, got, want)
		}
	}
}

// A weak "welcomed" meeting and a meal another host gave the guest the
// same day are two encounters; the host's own meal for the guest is the
// welcome told again.
func TestUnseenWelcomeAndSeparateMeal(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"President Ada Obi of Niger welcomed Prime Minister Femi Tano of Benin to Niamey on 3 May 2022.\n\n" +
			"Prime Minister Tano was honoured at a dinner hosted by Vice President Musa Keita of Niger the same evening.",
			[]string{"Ada Obi+Femi Tano|BJ-NE", "Femi Tano+Musa Keita|BJ-NE"}},
		{"President Ada Obi of Niger welcomed Prime Minister Femi Tano of Benin to Niamey on 3 May 2022.\n\n" +
			"Foreign Minister Ali Sani of Niger hosted a lunch for Prime Minister Tano on 3 May 2022.",
			[]string{"Ada Obi+Femi Tano|BJ-NE", "Ali Sani+Femi Tano|BJ-NE"}},
		{"President Ada Obi of Niger welcomed Prime Minister Femi Tano of Benin to Niamey on 3 May 2022.\n\n" +
			"President Obi later hosted a dinner for Prime Minister Tano.",
			[]string{"Ada Obi+Femi Tano|BJ-NE"}},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2022-05-04", Text: tc.text})
		if got := meetingKeys(e); !slices.Equal(got, tc.want) {
			t.Errorf("%q: meetings %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "X met both ministers separately": a plural reference back in the
// object of an engagement verb is the pair of officials of the engagement
// told before; met apart, each is an encounter of its own, met together
// they join X's. A relative clause describing X does not take X from the
// verb after it.
func TestUnseenPairReferredBack(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
	}{
		{"wire: both ministers separately, after a relative clause",
			"", "2019-03-06",
			"Malian Foreign Minister Musa Keita and his Chilean counterpart, Rosa Tello, held talks in Geneva on Tuesday.\n\n" +
				"Earlier, Peruvian envoy Ana Vell, who is attending the conference, met both ministers separately.",
			[]string{"Ana Vell+Musa Keita|ML-PE", "Ana Vell+Rosa Tello|CL-PE", "Musa Keita+Rosa Tello|CL-ML"}},
		{"release: received the two foreign ministers together",
			"", "2019-03-06",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Marco Lino of Bolivia in Niamey on Monday.\n\n" +
				"President Musa Keita of Mali later received the two foreign ministers at the presidential palace.",
			[]string{"Ali Sani+Marco Lino+Musa Keita|BO-ML-NE", "Ali Sani+Marco Lino|BO-NE"}},
		{"readout: spoke with each of them",
			"", "2019-03-06",
			"Prime Minister Tom Hale of Canada and President Rui Paz of Ecuador met in Quito on Monday.\n\n" +
				"On Tuesday, Secretary General Ana Lu of Peru spoke with each of the leaders by telephone.",
			[]string{"Ana Lu+Rui Paz|EC-PE", "Ana Lu+Tom Hale|CA-PE", "Rui Paz+Tom Hale|CA-EC"}},
		{"no pair told before: nothing is added",
			"", "2019-03-06",
			"President Musa Keita of Mali met both ministers of Niger in Niamey on Monday.",
			[]string{"Musa Keita|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A wish aimed at a named gathering that the sentence says is arranged
// (its host, or its being held or set) is the gathering: only the meeting
// at it is wished. Without the arrangement the wish stays intent.
func TestUnseenWishAtArrangedSummit(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string // meetingKeys
	}{
		{"Canadian style: seeing each other at a summit a state will host",
			"2021-06-02",
			"Prime Minister Tom Hale of Canada today spoke with President Rui Paz of Ecuador.\n\n" +
				"Prime Minister Hale and President Paz looked forward to seeing each other at the Andean Partners' Summit with Peru, which Ecuador will host in the coming weeks.",
			[]string{"Rui Paz+Tom Hale|CA-EC", "Rui Paz+Tom Hale|CA-EC-PE"}},
		{"British style: hoped to welcome at a summit to be held",
			"2021-06-02",
			"Foreign Secretary Ana Lu of the United Kingdom met Foreign Minister Musa Keita of Mali in London today.\n\n" +
				"Foreign Secretary Lu said she hoped to welcome Minister Keita again at the Sahel Partnership Summit, to be held in London with Niger.",
			[]string{"Ana Lu+Musa Keita|GB-ML", "Ana Lu+Musa Keita|GB-ML-NE"}},
		{"Asian style: hope to meet at a summit convened by a third state",
			"2021-06-02",
			"Prime Minister Kim Dae-ho of Korea held a telephone talk with Prime Minister Marco Lino of Peru on June 2.\n\n" +
				"Prime Minister Kim expressed his hope to meet Prime Minister Lino in person at the Pacific Rim Summit convened by Chile.",
			[]string{"Kim Dae-ho+Marco Lino|CL-KR-PE", "Kim Dae-ho+Marco Lino|KR-PE"}},
		{"a wish at a gathering nothing arranges stays intent",
			"2021-06-02",
			"Prime Minister Tom Hale of Canada today spoke with President Rui Paz of Ecuador.\n\n" +
				"The leaders looked forward to seeing each other at a future summit.",
			[]string{"Rui Paz+Tom Hale|CA-EC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A group whose members the text counts or sums up ("the ministers of the
// 10 ASEAN nations", "all six GCC member states", "all G7 members") takes
// part whole in the engagement the phrase stands by, with the states
// listed beside them; a count that is not the group's size counts no one.
func TestUnseenCountedGroupMembers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string // meetingKeys
	}{
		{"wire: a meeting that brings together the counted members and listed partners",
			"2016-05-10",
			"Peruvian Defence Minister Ana Vell arrived in Vientiane for the regional security meeting, which brings together the defence ministers of the 10 ASEAN countries and partners including Peru and Chile.",
			[]string{"Ana Vell|BN-CL-ID-KH-LA-MM-MY-PE-PH-SG-TH-VN"}},
		{"release: talks attended by all six member states of a council",
			"2016-05-10",
			"Foreign Minister Musa Keita of Mali held talks in Riyadh on Monday with the foreign ministers of all six GCC member states.",
			[]string{"Musa Keita|AE-BH-KW-ML-OM-QA-SA"}},
		{"statement: a summit of all the group's members",
			"2016-05-10",
			"President Rui Paz of Ecuador will attend the Lima summit on June 3 alongside the leaders of all G7 members.",
			[]string{"Rui Paz|CA-DE-EC-FR-GB-IT-JP-US"}}, // Lima is only the venue
		{"a count that is not the group's size is some members only",
			"2016-05-10",
			"Foreign Minister Musa Keita of Mali met Foreign Minister Ali Sani of Niger in Niamey on Monday, after visits to three ASEAN countries.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A second party set off by an adverb of sequence with a time phrase
// ("and, later that day, B", ", then with B", "and the following
// morning with B") was met on its own.
func TestUnseenSequencedSecondParty(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"wire: and, later that day, an object met directly",
			"Foreign Minister Ali Sani of Niger met President Rosa Tello of Chile on Monday and, later that day, Foreign Minister Marco Lino of Bolivia.",
			[]string{"Ali Sani+Marco Lino|BO-NE", "Ali Sani+Rosa Tello|CL-NE"}},
		{"release: held talks with one, then with another",
			"Prime Minister Tom Hale of Canada held talks in Quito with President Rui Paz of Ecuador, then with Foreign Minister Ana Vell of Peru.",
			[]string{"Ana Vell+Tom Hale|CA-PE", "Rui Paz+Tom Hale|CA-EC"}},
		{"itinerary: the following morning with another",
			"Chancellor Jonas Weber of Germany will meet King Musa Keita of Mali in Bamako and the following morning with Prime Minister Ali Sani of Niger.",
			[]string{"Ali Sani+Jonas Weber|DE-NE", "Jonas Weber+Musa Keita|DE-ML"}},
		{"two met together stay one meeting",
			"Foreign Minister Ali Sani of Niger met President Rosa Tello of Chile and Foreign Minister Marco Lino of Bolivia in Santiago on Monday.",
			[]string{"Ali Sani+Marco Lino+Rosa Tello|BO-CL-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2019-03-06", tc.text, tc.want) })
	}
}

// An audience granted, given or had is a meeting of the one who receives
// and the one received; an audience of listeners is none.
func TestUnseenAudience(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"a monarch granted an audience",
			"King Musa Keita of Mali granted an audience to Foreign Minister Ali Sani of Niger in Bamako on Monday.",
			[]string{"Ali Sani+Musa Keita|ML-NE"}},
		{"a visitor had an audience with the monarch",
			"Prime Minister Tom Hale of Canada had an audience with King Rui Paz of Ecuador at the royal palace on Monday.",
			[]string{"Rui Paz+Tom Hale|CA-EC"}},
		{"will give an audience, future",
			"King Musa Keita of Mali will give an audience to President Rosa Tello of Chile on March 9.",
			[]string{"Musa Keita+Rosa Tello|CL-ML"}},
		{"an audience of listeners is no engagement",
			"President Rosa Tello of Chile gave a speech to an audience of students and diplomats of Peru in Lima on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2019-03-06", tc.text, tc.want) })
	}
}

// "They last met in Geneva on May 3", "had previously held talks in
// January", "most recently spoke in March": the encounter before the
// story's is one of its own and never lends the story's its day.
func TestUnseenEarlierEncounterApart(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "countries@date" of each engagement, sorted
	}{
		{"wire: the two last met",
			"NIAMEY, June 2 — Foreign Minister Ali Sani of Niger met President Rosa Tello of Chile in Niamey. The two last met in Santiago on May 3.",
			[]string{"CL-NE@2021-05-03", "CL-NE@2021-06-02"}},
		{"release: had previously held talks",
			"Foreign Minister Ali Sani of Niger held talks with Foreign Minister Rosa Tello of Chile in Niamey. They had previously held talks in Geneva in January.",
			[]string{"CL-NE@2021-01", "CL-NE@2021-06-02"}},
		{"readout: most recently spoke",
			"Prime Minister Tom Hale of Canada spoke with President Rui Paz of Ecuador. The two leaders most recently spoke by telephone on March 9.",
			[]string{"CA-EC@2021-03-09", "CA-EC@2021-06-02"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2021-06-02"), Text: tc.text})
			var got []string
			for _, m := range e.Meetings {
				d := "null"
				if m.Date != nil {
					d = string(*m.Date)
				}
				cs := slices.Clone(m.Countries)
				slices.Sort(cs)
				got = append(got, strings.Join(cs, "-")+"@"+d)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("engagements\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// A plural office held for states ("the Ministers of Foreign Affairs of
// A and B", "the Heads of State and Government of A, B and C") names
// unnamed office holders of each, who take part.
func TestUnseenPluralOfficeOfStates(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"release: chaired a meeting attended by ministers of two states",
			"Foreign Minister Ali Sani of Niger chaired the meeting in Niamey on Monday, attended by the Ministers of Foreign Affairs of Chad and Benin.",
			[]string{"Ali Sani|BJ-NE-TD"}},
		{"communiqué: a summit brought together heads of state of a list",
			"The summit in Brussels on Monday brought together the Heads of State and Government of Peru, Chile and Bolivia.",
			[]string{"|BO-CL-PE"}},
		{"wire: met the foreign ministers of two states",
			"President Rui Paz of Ecuador met the foreign ministers of Peru and Colombia in Quito on Tuesday.",
			[]string{"Rui Paz|CO-EC-PE"}},
		{"a plural office in a sentence of no engagement adds nobody",
			"President Rui Paz of Ecuador met President Rosa Tello of Chile in Quito on Tuesday. The Ministers of Finance of Peru issued a statement.",
			[]string{"Rosa Tello+Rui Paz|CL-EC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2019-03-06", tc.text, tc.want) })
	}
}

// "the Quad Leaders' Meeting", "the G7 Foreign Ministers' Meeting" name
// an event: the guidelines take as parties only the states the article
// says took part, so the members come in only when the text counts or
// lists them, not from knowing who belongs to the club.
func TestUnseenGroupEventNameNamesNoMembers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"statement: will attend the leaders' summit",
			"Prime Minister Tom Hale of Canada will attend the G7 Leaders' Summit in Rome on June 14.",
			[]string{"Tom Hale|CA"}},
		{"readout: two leaders will meet at the group's leaders' meeting",
			"Prime Minister Ivo Lenn of Japan and Prime Minister Kate Rowe of Australia will meet at the Quad Leaders' Meeting in Tokyo in May.",
			[]string{"Ivo Lenn+Kate Rowe|AU-JP"}},
		{"ministry: will attend the group's foreign ministers' meeting",
			"Foreign Minister Hana Seol of the Republic of Korea will attend the BRICS Foreign Ministers' Meeting on August 2 with Foreign Minister Rui Prado of Brazil.",
			[]string{"Hana Seol+Rui Prado|BR-KR"}},
		{"a group that only names a summit makes no one a party",
			"Protests were planned in Genoa ahead of the G8 summit on Monday.",
			nil},
		{"the text counts the members: all of them take part",
			"The defence ministers of the six GCC member states met in Riyadh on Monday.",
			[]string{"|AE-BH-KW-OM-QA-SA"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2019-03-06", tc.text, tc.want) })
	}
}

// A state whose name holds "and" (Bosnia and Herzegovina, Trinidad and
// Tobago, Antigua and Barbuda) inside a list of party states: the state
// after it and a comma goes on with the list, not a place of a "City,
// Country" pair.
func TestUnseenListPastStateWithAnd(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"EU style: hosted a dinner with the ministers of a list",
			"Foreign Minister Ana Vell of Peru hosted a working lunch in Lima on Monday with the foreign ministers of Chile, Trinidad and Tobago, Jamaica, Barbados and Guyana.",
			[]string{"Ana Vell|BB-CL-GY-JM-PE-TT"}},
		{"wire: representatives from a list",
			"Representatives from Jamaica, Antigua and Barbuda, Grenada, Dominica and Belize held talks in Kingston on Tuesday.",
			[]string{"|AG-BZ-DM-GD-JM"}},
		{"release: the delegations of a list met",
			"The delegations of Serbia, Bosnia and Herzegovina, Montenegro and Albania met in Vienna on Friday.",
			[]string{"|AL-BA-ME-RS"}},
		{"a city and its state after the list stays a place",
			"Foreign Minister Ana Vell of Peru met the foreign ministers of Chile and Bolivia in Lima, Peru, on Monday.",
			[]string{"Ana Vell|BO-CL-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantMeetingKeys(t, x, "2019-03-06", tc.text, tc.want) })
	}
}

// The person someone meets is the other side of the meeting: a state
// guessed from the article's context that is the subject's own is wrong,
// and with it the meeting would read as one between compatriots.
func TestUnseenMetByCompatriot(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		person, country               string
		want                          []string // among the meetingKeys
	}{
		{"a minister on a trade mission meets the host's minister", "New Zealand Government (Beehive release)", "2019-03-05",
			"Prime Minister Kim Dale will lead a trade mission to Ghana next week, accompanied by Trade Minister Tom Hale.\n\n" +
				"In Accra the Prime Minister will hold talks with Ghana's President. Minister Hale will meet Commerce Minister Kofi Mensah to discuss market access for dairy.",
			"Kofi Mensah", "GH",
			[]string{"Kofi Mensah+Tom Hale|GH-NZ"}},
		{"a visitor due to meet the host's vice president", "Wikinews (English)", "2006-06-26",
			"Peruvian President Alonso Rivas arrived in Chile on Sunday for a two-day visit.\n\n" +
				"Rivas met Chilean President Rosa Tello in Santiago on Monday. The two leaders discussed trade.\n\n" +
				"Rivas was also due to meet Vice President Ana Vell before returning to Peru.",
			"Ana Vell", "CL",
			[]string{"Alonso Rivas+Ana Vell|CL-PE", "Alonso Rivas+Rosa Tello|CL-PE"}},
		{"a secretary on a tour meets a defence minister", "U.S. Department of Defense (DoD News)", "2011-05-10",
			"Defense Secretary Jane Roe arrived in Hanoi today on the second stop of her Asian tour.\n\n" +
				"Roe met with Defense Minister Nguyen Van Long at the ministry to discuss maritime security.",
			"Nguyen Van Long", "VN",
			[]string{"Jane Roe+Nguyen Van Long|US-VN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			o, ok := officialNamed(e, tc.person)
			if !ok || o.Country == nil || *o.Country != tc.country {
				t.Errorf("official %q: %+v, want of %s", tc.person, o, tc.country)
			}
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// An office that goes on past its usual form with "and" and a further
// portfolio, then the holder's name: the holder is found, and met.
func TestUnseenOfficeWithSecondPortfolio(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		person, country               string
		want                          []string // meetingKeys
	}{
		{"a British release, the name after a comma", "Foreign & Commonwealth Office (news story)", "2016-09-14",
			"Foreign Secretary Tom Hale met Ghana's Minister for Foreign Affairs and Regional Integration, Ama Osei, at the Foreign Office this morning.",
			"Ama Osei", "GH", []string{"Ama Osei+Tom Hale|GB-GH"}},
		{"a Commission release, a signing with a finance minister", "European Commission (press release)", "2011-07-06",
			"In Lima the Commissioner will meet President Alonso Rivas. Commissioner Greta Lund will also hold talks with Peru's Minister of Finance and Economic Development, Marco Lino, on rural roads.",
			"Marco Lino", "PE", []string{"Greta Lund+Marco Lino|PE"}},
		{"a wire story, the state after the office", "Wikinews (English)", "2009-04-02",
			"Peruvian President Alonso Rivas met the Minister of Trade and Regional Integration of Chile, Rosa Tello, in Lima on Wednesday.",
			"Rosa Tello", "CL", []string{"Alonso Rivas+Rosa Tello|CL-PE"}},
		{"a second office after the portfolio is a second person", "Wikinews (English)", "2009-04-02",
			"Peruvian President Alonso Rivas met Chile's Minister of Finance and Defence Minister Rosa Tello in Lima on Wednesday.",
			"Rosa Tello", "CL", []string{"Alonso Rivas+Rosa Tello|CL-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			o, ok := officialNamed(e, tc.person)
			if !ok || o.Country == nil || *o.Country != tc.country {
				t.Errorf("official %q: %+v (all %q), want of %s", tc.person, o, officialNames(e), tc.country)
			}
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A party named after the "between" of an engagement noun belongs to it,
// though a trigger in a relative clause about that engagement ("at which
// the two discussed") stands nearer; that clause tells the same engagement.
func TestUnseenBetweenAndRelativeOfEngagement(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
	}{
		{"a New Zealand statement, talks before a trip", "New Zealand Government (media statement)", "2003-08-14",
			"Foreign Minister Tom Hale will travel to Peru next week.\n\n" +
				"The visit follows talks in Wellington yesterday between Mr Hale and Chile's Foreign Minister, Rosa Tello, at which the two ministers discussed trade.",
			[]string{"Rosa Tello+Tom Hale|CL-NZ", "Tom Hale|NZ-PE"}},
		{"a wire story, a meeting during which they discussed", "Wikinews (English)", "2010-04-12",
			"Officials said there was a meeting on Sunday between Kenyan President Daniel Obi and Uganda's President, Yoweri Tano, during which the two leaders discussed the disputed border.",
			[]string{"Daniel Obi+Yoweri Tano|KE-UG"}},
		{"a ministry readout, consultations where the two discussed cooperation", "Ministry of Foreign Affairs of Japan", "2018-10-10",
			"Vice-Minister Taro Yamada visited Lima from October 7.\n\nOn October 9, consultations were held in Lima between Mr. Yamada and Peru's Deputy Foreign Minister, Ana Vell, where the two vice-ministers discussed bilateral cooperation.",
			[]string{"Ana Vell+Taro Yamada|JP-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			if got := meetingKeys(e); !slices.Equal(got, tc.want) {
				t.Errorf("engagements\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// Who accompanies an official on a trip takes part in the official's
// engagements of that trip: the meeting that carries the visit, every
// stop of a trip announced; a trip told day by day keeps a companion to
// the day told.
func TestUnseenCompanionsJoinTheTrip(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string // meetingKeys
	}{
		{"a release: the companion of the journey joins the talks that carry it", "New Zealand Government (Beehive release)",
			"Prime Minister Kim Dale will lead a business delegation to Ghana next week.\n\n" +
				"The Prime Minister will travel to Accra and Kumasi from 13 to 17 March, accompanied by Trade Minister Tom Hale and around 30 business leaders.\n\n" +
				"In Accra the Prime Minister will hold talks with Ghana's President and attend a business roundtable.",
			[]string{"Kim Dale+Tom Hale|GH-NZ"}},
		{"a treasury note: the companion named last joins the meeting of the trip", "U.S. Department of the Treasury",
			"Deputy Secretary Jane Roe will travel to Riyadh on June 4 to meet with Saudi Finance Minister Ali Sani.\n\n" +
				"She will conclude her trip in Kuwait City on June 5. The Deputy Secretary will be accompanied by Under Secretary for Terrorism and Financial Intelligence Ana Vell, who will also brief Saudi officials.",
			[]string{"Ali Sani+Ana Vell+Jane Roe|SA-US"}},
		// A sentence of its own naming who comes along lists the delegation
		// (companionActs): the companion is no participant of the talks.
		{"a ministry announcement: the companion listed apart joins no stop", "Ministry of Foreign Affairs of Japan",
			"Minister for Foreign Affairs Taro Yamada will visit Peru and Chile from May 3 to 7.\n\n" +
				"In Lima he will hold a meeting with Foreign Minister Ana Vell of Peru, and in Santiago he will meet Foreign Minister Rosa Tello of Chile.\n\n" +
				"Minister Yamada will be accompanied by State Minister for Foreign Affairs Ken Mori.",
			[]string{"Ana Vell+Taro Yamada|JP-PE", "Rosa Tello+Taro Yamada|CL-JP"}},
		{"a story after the fact: the companion of one day stays with that day", "U.S. Department of Defense (DoD News)",
			"Defense Secretary Jane Roe met President Ali Sani of Niger in Niamey on Monday.\n\n" +
				"On Tuesday she visited Mali. She was accompanied by Army Chief of Staff Gen. Tom Hale.",
			[]string{"Ali Sani+Jane Roe|NE-US", "Jane Roe+Tom Hale|ML-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2023-03-09", Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A "he" or "she" opening a clause joined by ", and" is the subject of
// the clause before it, not the person that clause names as its object.
func TestUnseenCoordinatedPronounSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string // meetingKeys
	}{
		{"a ministry announcement of two stops", "Ministry of Foreign Affairs of Japan",
			"Minister for Foreign Affairs Taro Yamada will visit Peru and Chile from May 3 to 7.\n\n" +
				"In Lima he will hold a meeting with Foreign Minister Ana Vell of Peru, and in Santiago he will meet Foreign Minister Rosa Tello of Chile.",
			[]string{"Ana Vell+Taro Yamada|JP-PE", "Rosa Tello+Taro Yamada|CL-JP"}},
		{"a New Zealand statement, the object set off by commas", "New Zealand Government (media statement)",
			"Foreign Minister Tom Hale will travel to Ghana and Togo next week.\n\n" +
				"In Accra Mr Hale will meet Ghana's President, Kofi Mensah, and in Lome he will hold talks with Togo's Prime Minister Ali Sani.",
			[]string{"Kofi Mensah+Tom Hale|GH-NZ", "Ali Sani+Tom Hale|NZ-TG"}},
		{"a wire story told after the trip", "Wikinews (English)",
			"Peruvian President Alonso Rivas toured the region last week.\n\n" +
				"On Monday he met Chilean President Rosa Tello in Santiago, and on Wednesday he held talks with Bolivian President Ana Vell in La Paz.",
			[]string{"Alonso Rivas+Rosa Tello|CL-PE", "Alonso Rivas+Ana Vell|BO-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2023-03-09", Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// "Separate talks with A and B" are one encounter each, and the second of
// two offices set off by commas ("the Chinese foreign minister, A, and
// Japan's foreign minister, B") is an item of the same list as the first.
func TestUnseenSeparateTalksWithApposedList(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
	}{
		{"a wire preview, offices set off by commas", "Voice of America", "2001-07-23",
			"U.S. Secretary of State Jane Roe arrives in Hanoi Tuesday. She is expected to hold separate talks with the Chinese foreign minister, Li Wei, and Japan's foreign minister, Taro Yamada, on the sidelines of the forum.",
			// "arrives in Hanoi" is the visit the talks are held on.
			[]string{"Jane Roe+Li Wei|CN-US", "Jane Roe+Taro Yamada|JP-US", "Jane Roe|US-VN"}},
		{"a wire story, separate video calls", "Wikinews (English)", "2013-04-08",
			"U.S. Deputy Secretary of State Jane Roe held separate video calls with Serbian Prime Minister Ivan Orlov and Kosovo Prime Minister Ana Vell on Monday.",
			[]string{"Ivan Orlov+Jane Roe|RS-US", "Ana Vell+Jane Roe|US-XK"}},
		{"a government release, separate meetings", "Prime Minister of Australia (media release)", "2018-11-17",
			"Today Prime Minister Kim Dale held separate meetings with the President of Chile, Rosa Tello, and Peru's President, Alonso Rivas.",
			[]string{"Kim Dale+Rosa Tello|AU-CL", "Alonso Rivas+Kim Dale|AU-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
			if got := meetingKeys(e); len(got) != len(tc.want) {
				t.Errorf("engagements %q, want %d", got, len(tc.want))
			}
		})
	}
}

// "The visit to Lima by Prime Minister P in December" told inside the
// readout of a meeting held elsewhere is an engagement of its own: not
// merged into the meeting (their places differ), and its visitor is the
// one "by" names, not the official who speaks of it.
func TestUnseenBackgroundVisitByAgent(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // meetingKeys
	}{
		{"a Kremlin readout", "President of Russia (Kremlin, official website, English)", "1999-04-15",
			"Ivan Orlov met with Peruvian Foreign Minister Ana Vell\n\nApril 15, 1999, The Kremlin, Moscow\n\n" +
				"President Ivan Orlov received Minister of Foreign Affairs of Peru Ana Vell, who is in Moscow on a working visit, in the Kremlin.\n\n" +
				"The President said that relations with Peru were of a special character for Russia and that the visit to Lima by Prime Minister Oleg Petrov in December had opened new prospects for cooperation.\n\n" +
				"The sides discussed the situation in the Balkans.",
			[]string{"Ana Vell+Ivan Orlov|PE-RU", "Oleg Petrov|PE-RU"}},
		{"a New Zealand statement", "New Zealand Government (media statement)", "2003-04-15",
			"Foreign Minister Tom Hale received Chile's Foreign Minister Rosa Tello in Wellington.\n\n" +
				"Mr Hale said the visit to Santiago by Prime Minister Kim Dale in March had given the relationship new momentum. The two ministers discussed trade.",
			[]string{"Kim Dale|CL-NZ", "Rosa Tello+Tom Hale|CL-NZ"}},
		{"a Japanese ministry readout", "Ministry of Foreign Affairs of Japan", "2003-04-15",
			"On April 15, Mr. Taro Yamada, Minister for Foreign Affairs, held a meeting with Mr. Ali Sani, Foreign Minister of Niger, in Tokyo.\n\n" +
				"Minister Yamada stated that the visit to Niamey by Prime Minister Ken Mori in January had deepened bilateral relations. The two ministers exchanged views on regional security.",
			[]string{"Ali Sani+Taro Yamada|JP-NE", "Ken Mori|JP-NE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			if got := meetingKeys(e); !slices.Equal(got, tc.want) {
				t.Errorf("engagements\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// The person a verb's "with" takes is that verb's party, though a noun
// trigger of the purpose clause after the name stands nearer.
func TestUnseenWithObjectBeforePurposeNoun(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // among the meetingKeys
	}{
		{"an EEAS release, a bilateral on the margins", "European External Action Service (EEAS press release)", "2019-07-07",
			"Lima, 07/07/2019\n\nThe High Representative, Greta Lund, today co-chaired the 15th EU-Andean Ministerial Meeting in Lima together with the Minister of Foreign Affairs of Peru, Ana Vell.\n\n" +
				"On the margins of the meeting, the High Representative met separately with Chile's Foreign Minister, Rosa Tello, to prepare the negotiations on a new agreement, which are due to open in Santiago in the autumn.",
			[]string{"Greta Lund+Rosa Tello|CL"}},
		{"a DoD story, a bilateral on the sidelines", "U.S. Department of Defense (DoD News)", "2008-05-10",
			"Defense Secretary Jane Roe attended the Shangri-La Dialogue in Singapore today with the defense ministers of Japan and Australia.\n\n" +
				"On the sidelines of the conference, Roe met separately with Indonesia's Defense Minister, Budi Santoso, to prepare the negotiations on a new agreement.",
			[]string{"Budi Santoso+Jane Roe|ID-US"}},
		{"a wire story, a meeting to review negotiations", "Wikinews (English)", "2015-07-04",
			"Peruvian President Alonso Rivas met with Chile's President, Rosa Tello, to review the negotiations on the border before the summit in Santiago on Friday.",
			[]string{"Alonso Rivas+Rosa Tello|CL-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// A verb phrase joined by "and" with no subject of its own ("and to pay a
// courtesy call on B", "and later called on B") shares the subject of the
// engagement told before it, not its object.
func TestUnseenSharedSubjectVerbPhrase(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		want                          []string // among the meetingKeys
	}{
		{"a Japanese ministry announcement", "Ministry of Foreign Affairs of Japan", "1996-09-27",
			"1. Mr. Ali Sani, Minister of Foreign Affairs of the Republic of Niger, will visit Japan from Tuesday, October 8 to Saturday, October 12.\n\n" +
				"2. During his stay, Minister Sani is scheduled to hold a meeting with Mr. Taro Yamada, Minister for Foreign Affairs, and to pay a courtesy call on Prime Minister Ken Mori.",
			[]string{"Ali Sani+Taro Yamada|JP-NE", "Ali Sani+Ken Mori|JP-NE"}},
		{"a DoD story", "U.S. Department of Defense (DoD News)", "2008-05-10",
			"Defense Secretary Jane Roe arrived in Astana today.\n\n" +
				"Roe met this morning with Kazakh Defense Minister Daulet Sarin at the ministry and later called on Kazakh President Nurlan Oskar at the presidential palace.",
			[]string{"Daulet Sarin+Jane Roe|KZ-US", "Jane Roe+Nurlan Oskar|KZ-US"}},
		{"a wire story", "Wikinews (English)", "2015-07-04",
			"Peruvian President Alonso Rivas held talks with Chilean President Rosa Tello in Santiago on Monday, and will then meet Bolivian President Ana Vell in La Paz on Friday.",
			[]string{"Alonso Rivas+Rosa Tello|CL-PE", "Alonso Rivas+Ana Vell|BO-PE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}
