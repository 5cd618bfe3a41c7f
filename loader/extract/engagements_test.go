package extract

import (
	"slices"
	"sort"
	"testing"

	"github.com/attache-project/attache"
)

func TestEngagements(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, published, text string
		kind                          attache.MeetingKind
		status                        attache.MeetingStatus
		date                          string // "" for null
		countries                     []string
		participants                  int
	}{
		{"held meeting readout", "U.S. Department of State", "2022-07-28",
			"Deputy Trade Secretary Jane Roe met Nigerien Foreign Minister Ali Sani in Boston, Mass., this morning.",
			attache.KindMeeting, attache.StatusHeld, "2022-07-28", []string{"NE", "US"}, 2},
		{"call", "The White House", "2023-03-19",
			"President Tom Grant spoke with Prime Minister Ehud Sela of Israel about the reforms.",
			attache.KindCall, attache.StatusHeld, "2023-03-19", []string{"IL", "US"}, 2},
		{"scheduled visit", "The White House", "2021-07-30",
			"Vice President Ada Lane will travel to Singapore on August 22 to meet Prime Minister Lee Tan.",
			attache.KindMeeting, attache.StatusScheduled, "2021-08-22", []string{"SG", "US"}, 2},
		{"postponed", "", "2013-09-17",
			"President Ana Rocha of Brazil postponed the official trip to the United States she had planned for October 23.",
			attache.KindVisit, attache.StatusCancelled, "2013-10-23", []string{"BR", "US"}, 1},
		{"venue is not a party", "The White House", "2023-02-19",
			"Vice President Ada Lane met with Foreign Secretary Rob Hale of the United Kingdom in Geneva, Switzerland on February 18.",
			attache.KindMeeting, attache.StatusHeld, "2023-02-18", []string{"GB", "US"}, 2},
		{"joint statement without names", "U.S. Department of State", "2021-06-03",
			"On June 2, Peru and the United States convened online for round four of their bilateral Fisheries Working Group.",
			attache.KindTalks, attache.StatusHeld, "2021-06-02", []string{"PE", "US"}, 0},
		{"summit with weekday", "", "2019-07-10",
			"Leaders met in Niamey for a summit at which Presidents Ada Obi of Nigeria and Paul Tano of Benin initialled the accord on Sunday.",
			attache.KindSummit, attache.StatusHeld, "2019-07-07", []string{"BJ", "NG"}, 2},
		{"wire story dated by its publication", "Wikinews", "2019-03-05",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou.",
			attache.KindMeeting, attache.StatusHeld, "2019-03-05", []string{"BJ", "NE"}, 2},
		{"phone conversation", "", "2019-03-05",
			"President Ada Obi of Nigeria had a phone conversation with President Paul Tano of Benin on Monday.",
			attache.KindCall, attache.StatusHeld, "2019-03-04", []string{"BJ", "NG"}, 2},
		{"telephone talks", "", "2019-03-05",
			"President Ada Obi of Nigeria held telephone talks with President Paul Tano of Benin on Monday.",
			attache.KindCall, attache.StatusHeld, "2019-03-04", []string{"BJ", "NG"}, 2},
		{"met virtually", "", "2019-03-05",
			"President Ada Obi of Nigeria met virtually with President Paul Tano of Benin on Monday.",
			attache.KindCall, attache.StatusHeld, "2019-03-04", []string{"BJ", "NG"}, 2},
		{"courtesy call", "", "2019-03-05",
			"Ambassador Ali Sani of Niger paid a courtesy call on President Paul Tano of Benin on Monday.",
			attache.KindMeeting, attache.StatusHeld, "2019-03-04", []string{"BJ", "NE"}, 2},
		{"announcement day is not the meeting's", "", "2019-03-05",
			"Foreign Minister Ali Sani of Niger said on Monday that he will travel to Benin on Wednesday to meet Foreign Minister Paul Tano.",
			attache.KindMeeting, attache.StatusScheduled, "2019-03-06", []string{"BJ", "NE"}, 2},
		{"a bare year is background", "Wikinews", "2004-11-16",
			"President Ada Obi of Nigeria met President Paul Tano of Benin. At the dinner, Obi said trade between the two in 2004 will reach three billion dollars.",
			attache.KindMeeting, attache.StatusHeld, "2004-11-16", []string{"BJ", "NG"}, 2},
		{"date of the sentence before", "Wikinews", "2019-10-08",
			"The army said on Tuesday it would withdraw.\n\nLate on Sunday, the government of Nigeria announced new measures. The announcement came after President Ada Obi of Nigeria had a phone conversation with President Paul Tano of Benin.",
			attache.KindCall, attache.StatusHeld, "2019-10-06", []string{"BJ", "NG"}, 2},
		{"a date opening the sentence", "U.S. Department of State", "2022-02-11",
			"Yesterday, Acting Assistant Secretary of State for Ocean Affairs Jane Roe and Coast Guard Deputy Director Tom Hale took part virtually with representatives from Niger and Benin in the third regional fisheries dialogue meeting on port inspections.",
			attache.KindTalks, attache.StatusHeld, "2022-02-10", []string{"BJ", "NE", "US"}, 2},
		{"postponed to a stated time", "", "2019-03-05",
			"Foreign Minister Ali Sani of Niger postponed his visit to the United States until March 20.",
			attache.KindVisit, attache.StatusScheduled, "2019-03-20", []string{"NE", "US"}, 1},
		{"postponed with no new time", "", "2019-03-05",
			"Foreign Minister Ali Sani of Niger postponed his visit to the United States because of the storm.",
			attache.KindVisit, attache.StatusCancelled, "", []string{"NE", "US"}, 1},
		{"accepted invitation", "", "2019-03-05",
			"President Paul Tano of Benin accepted an invitation from Foreign Minister Ali Sani of Niger to visit Niger in May.",
			attache.KindVisit, attache.StatusScheduled, "2019-05", []string{"BJ", "NE"}, 2},
		{"background date", "", "2019-05-05",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin, their first meeting since the March 2 elections.",
			attache.KindMeeting, attache.StatusHeld, "2019-05-05", []string{"BJ", "NE"}, 2},
		{"coming weeks", "", "2017-03-04",
			"Foreign Minister Ali Sani of Niger will visit Benin in the coming weeks.",
			attache.KindVisit, attache.StatusScheduled, "2017", []string{"BJ", "NE"}, 1},
		{"last month", "", "2017-03-04",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin last month.",
			attache.KindMeeting, attache.StatusHeld, "2017-02", []string{"BJ", "NE"}, 2},
		{"held a telephone talk", "", "2019-03-05",
			"On March 4, Foreign Minister Ali Sani of Niger held a telephone talk with Foreign Minister Paul Tano of Benin.",
			attache.KindCall, attache.StatusHeld, "2019-03-04", []string{"BJ", "NE"}, 2},
		{"video teleconference", "", "2019-03-05",
			"Foreign Minister Ali Sani of Niger held a video teleconference with Foreign Minister Paul Tano of Benin on Monday.",
			attache.KindCall, attache.StatusHeld, "2019-03-04", []string{"BJ", "NE"}, 2},
		{"a past month-day without a year", "", "2019-02-10",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on July 25.",
			attache.KindMeeting, attache.StatusHeld, "2018-07-25", []string{"BJ", "NE"}, 2},
		{"a past month without a year", "", "2019-02-10",
			"Foreign Minister Ali Sani of Niger visited Benin in July.",
			attache.KindVisit, attache.StatusHeld, "2018-07", []string{"BJ", "NE"}, 1},
		{"a coming month-day without a year", "", "2019-02-10",
			"Foreign Minister Ali Sani of Niger will meet Foreign Minister Paul Tano of Benin in Cotonou on July 25.",
			attache.KindMeeting, attache.StatusScheduled, "2019-07-25", []string{"BJ", "NE"}, 2},
		{"a date between a travel verb and its destination", "", "2000-10-05",
			"Defense Minister Ali Sani of Niger will travel Oct. 6-11 to Benin for talks on border security.",
			attache.KindVisit, attache.StatusScheduled, "2000-10-06", []string{"BJ", "NE"}, 1},
		{"an undated page's heading gives the year", "", "",
			"Niger-Benin Meeting (May 2011)\n\nForeign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on May 3 and discussed trade.",
			attache.KindMeeting, attache.StatusHeld, "2011-05-03", []string{"BJ", "NE"}, 2},
		{"a trade mission", "", "2019-03-05",
			"Trade Minister Ali Sani of Niger will lead a trade mission to Benin in May.",
			attache.KindVisit, attache.StatusScheduled, "2019-05", []string{"BJ", "NE"}, 1},
		{"a line broken after a month abbreviation", "", "2019-05-05",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou on Apr.\n30 to discuss trade.",
			attache.KindMeeting, attache.StatusHeld, "2019-04-30", []string{"BJ", "NE"}, 2},
		{"a line broken after an acronym", "", "2019-05-05",
			"Foreign Minister Ali Sani of Niger met the U.S.\ndelegation in Niamey on May 2.",
			attache.KindMeeting, attache.StatusHeld, "2019-05-02", []string{"NE", "US"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			if len(e.Meetings) != 1 {
				t.Fatalf("meetings = %+v, want one", e.Meetings)
			}
			m := e.Meetings[0]
			if m.Kind != tc.kind || m.Status != tc.status {
				t.Errorf("kind/status = %s/%s, want %s/%s", m.Kind, m.Status, tc.kind, tc.status)
			}
			got := ""
			if m.Date != nil {
				got = string(*m.Date)
			}
			if got != tc.date {
				t.Errorf("date = %q, want %q", got, tc.date)
			}
			if !slices.Equal(m.Countries, tc.countries) {
				t.Errorf("countries = %v, want %v", m.Countries, tc.countries)
			}
			if len(m.Participants) != tc.participants {
				t.Errorf("participants = %v, want %d", m.Participants, tc.participants)
			}
			if len(m.Evidence) == 0 {
				t.Errorf("no evidence")
			}
		})
	}
}

func TestNotEngagements(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"Secretary of State Mark Pine sent a letter to Secretary of Transportation Ella Chen about flights.",
		"The defence ministers will talk regularly and meet at least twice a year.",
		"President Tom Grant spoke to reporters outside a school about the budget.",
		"We will set up a joint energy working group to deepen cooperation on grids.",
		"Both hoped to meet again some day, once the situation allows.",
		"Prime Minister Rita Sand of the United Kingdom met her cabinet ministers from the United Kingdom.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Text: text})
		if len(e.Meetings) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, e.Meetings)
		}
	}
}

func TestIssuesScopedToEngagements(t *testing.T) {
	x := newExtractor(t)
	// The engagement is not the article's opening, so only its own
	// paragraph and those beside it count.
	text := "A storm hit the coast on Monday and the government announced a new health plan.\n\n" +
		"The harvest was poor.\n\n" +
		"Later, Foreign Minister Ana Ruiz of Chile met Foreign Minister Luis Paz of Bolivia to discuss trade and drug trafficking."
	e := extractText(t, x, attache.Article{ID: "t", Published: "2020-01-01", Text: text})
	var ids []string
	for _, is := range e.Issues {
		ids = append(ids, is.ID)
	}
	if !slices.Equal(ids, []string{"counternarcotics", "trade-investment"}) {
		t.Errorf("issues = %v", ids)
	}
	e = extractText(t, x, attache.Article{ID: "t", Text: "The government announced a new health plan and new trade rules."})
	if len(e.Issues) != 0 {
		t.Errorf("issues without an engagement: %+v", e.Issues)
	}
}

func TestNoEngagement(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"A potential visit of Foreign Minister Ali Sani of Niger to Benin has been talked about for years.",
		"The two foreign ministers of Niger and Benin could meet in June.",
		"If talks between Foreign Minister Ali Sani of Niger and Foreign Minister Paul Tano of Benin fail, the border stays closed.",
		"Foreign Minister Ali Sani of Niger invited President Paul Tano of Benin to visit Niger.",
		"The call was promptly echoed by Foreign Minister Ali Sani of Niger and Foreign Minister Paul Tano of Benin.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05", Text: text})
		if len(e.Meetings) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, e.Meetings)
		}
	}
}

func TestHeadlineInfinitiveIsScheduled(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05", Title: "Foreign Minister Ali Sani to visit Benin",
		Text: "Foreign Minister Ali Sani to visit Benin\n\nThe minister of Niger has accepted an invitation. The visit is part of a regional tour."})
	if len(e.Meetings) != 1 || e.Meetings[0].Status != attache.StatusScheduled {
		t.Errorf("meetings %+v, want one scheduled visit", e.Meetings)
	}
}

func TestFurtherTalksAreTheirOwn(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "The White House", Published: "2025-05-12",
		Text: "Foreign Minister Ali Sani of Niger met Foreign Minister Paul Tano of Benin in Cotonou today. Both sides agreed that they will continue discussions on trade."})
	var got []string
	for _, m := range e.Meetings {
		got = append(got, string(m.Status))
	}
	sort.Strings(got)
	if !slices.Equal(got, []string{"held", "scheduled"}) {
		t.Errorf("statuses %v, want the meeting held and the further discussions scheduled", got)
	}
}

func TestTranscriptSpeakersTakePart(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05",
		Title: "Remarks at the talks held with the President of Niger",
		Text: "Remarks at the talks held with the President of Niger\n\n" +
			"ALI SANI, PRIME MINISTER OF BENIN: Mr President, it is good to see you again. We have much to discuss about trade and the river.\n\n" +
			"ADA OBI, PRESIDENT OF NIGER: Thank you, Prime Minister. We agree on trade."})
	if len(e.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", e.Meetings)
	}
	if m := e.Meetings[0]; len(m.Participants) != 2 || !slices.Equal(m.Countries, []string{"BJ", "NE"}) {
		t.Errorf("participants %v countries %v, want both speakers of BJ and NE", m.Participants, m.Countries)
	}
}

func TestSeparateEncounters(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05",
		Text: "Foreign Minister Ali Sani of Niger met President Paul Tano of Benin in Cotonou on Monday. Sani also met Defence Minister Ada Obi of Benin on Monday to discuss border patrols."})
	if len(e.Meetings) != 2 {
		t.Fatalf("meetings %+v, want one per encounter", e.Meetings)
	}
	e = extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05",
		Text: "Foreign Minister Ali Sani of Niger met President Paul Tano of Benin in Cotonou on Monday. At the meeting, Sani and Tano were joined by Defence Minister Ada Obi of Benin."})
	if len(e.Meetings) != 1 {
		t.Errorf("meetings %+v, want the meeting told twice as one", e.Meetings)
	}
}

func TestDatedAfterArticleIsScheduled(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-05-16",
		Text: "Niamey, 16 May 2019\n\nSummit of President Ada Obi of Niger and President Paul Tano of Benin in Cotonou, 17-18 May 2019."})
	if len(e.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", e.Meetings)
	}
	if m := e.Meetings[0]; m.Status != attache.StatusScheduled || m.Date == nil || *m.Date != "2019-05-17" {
		t.Errorf("status %s date %v, want scheduled on 2019-05-17 (after the article's day)", m.Status, m.Date)
	}
}

func TestWishAfterTriggerIsAnotherClause(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2022-08-01",
		Text: "In Benin on August 9-10, Foreign Minister Ali Sani of Niger will meet President Paul Tano of Benin to discuss their mutual interest in free elections."})
	if len(e.Meetings) != 1 || e.Meetings[0].Date == nil || *e.Meetings[0].Date != "2022-08-09" {
		t.Fatalf("meetings %+v, want one on 2022-08-09", e.Meetings)
	}
	e = extractText(t, x, attache.Article{ID: "t", Published: "2022-08-01",
		Text: "Foreign Minister Ali Sani of Niger expressed interest in a visit to Benin to meet President Paul Tano of Benin."})
	if len(e.Meetings) != 0 {
		t.Errorf("a wish before the trigger made an engagement: %+v", e.Meetings)
	}
}

// An appeal ("called on X to meet", "urged both sides to hold talks"), a
// proposal ("proposed a meeting") or an invitation to a gathering ("invited
// X to return for a ministerial meeting") asks for an engagement; the
// agenda a speaker announces in a transcript ("Today we will discuss")
// belongs to the meeting under way. None is an engagement of its own.
func TestAppealsProposalsAndAgendas(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, title, text string
		want                      int // engagements
	}{
		{"appeal, wire style", "VOA", "",
			"Kenya's President Amos Kiptoo on Monday called on Ugandan President Peter Okello to meet with opposition leaders.", 0},
		{"appeal with urged, EU style", "European Council", "",
			"The High Representative Anna Berg of Sweden urged Foreign Minister Ali Sani of Niger and Foreign Minister Paul Tano of Benin to hold talks without delay.", 0},
		{"proposal, Nordic style", "Government of Estonia", "",
			"Foreign Minister Kalle Mets of Estonia proposed a meeting of Baltic and Nordic foreign ministers on cyber defence, an idea Foreign Minister Liis Berzina of Latvia supported.", 0},
		{"headline appeal", "VOA", "Niger urges Beninese dialogue",
			"Niger urges Beninese dialogue\n\nForeign Minister Ali Sani of Niger spoke about the border to the press.", 0},
		{"conditional by inversion", "Government of Latvia", "",
			"Should the meeting of Foreign Minister Liis Berzina of Latvia and Foreign Minister Kalle Mets of Estonia take place, it would be held in Riga.", 0},
		{"invitation to a gathering", "U.S. Department of State", "",
			"Foreign Minister Aida Serik of Kazakhstan invited Secretary of State John Doe to return for a ministerial meeting next year.", 0},
		{"agenda in a Kremlin-style transcript", "President of Russia", "Meeting with President of Serbia Marko Jovic",
			"Meeting with President of Serbia Marko Jovic\n\nPRESIDENT OF RUSSIA IVAN PETROV: Mr President, I am glad to welcome you to Moscow. Today we will discuss gas supplies with President Marko Jovic of Serbia.", 1},
		{"agenda in a State-style transcript", "U.S. Department of State", "Secretary of State John Doe With Croatian Foreign Minister Ana Horvat Before Their Meeting",
			"Secretary of State John Doe With Croatian Foreign Minister Ana Horvat Before Their Meeting\n\nSECRETARY DOE: It is a pleasure to welcome Foreign Minister Ana Horvat of Croatia to the Department today. We will discuss energy security.", 1},
		{"appeal accepted stays", "Government of Ghana", "",
			"President Kwame Mensah of Ghana urged President Paul Tano of Benin to meet him in Accra, and Tano agreed.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Title: tt.title, Published: "2021-03-02", Text: tt.text})
			if len(e.Meetings) != tt.want {
				t.Errorf("%q: %d engagements %+v, want %d", tt.text, len(e.Meetings), e.Meetings, tt.want)
			}
			for _, m := range e.Meetings {
				if m.Status != attache.StatusHeld {
					t.Errorf("%q: engagement %+v, want held", tt.text, m)
				}
			}
		})
	}
}

// A release that introduces an official's statement ("N said:") and goes
// on in the first person ("Today I met ...") has that official as the "I":
// the engagement has both parties.
func TestIntroducedSpeakerIsTheI(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		countries          []string
		participants       int
	}{
		{"GOV.UK story", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"Minister for the Pacific Lord Alan Hume said:\n\nToday I met Fiji's Foreign Minister Ratu Sione Vula in London. We discussed climate finance.",
			[]string{"FJ", "GB"}, 2},
		{"Canadian release", "Global Affairs Canada",
			"Minister of Foreign Affairs Claire Dubois stated:\n\n\"Today I welcomed Foreign Minister Ali Sani of Niger to Ottawa. We agreed to work together on food security.\"",
			[]string{"CA", "NE"}, 2},
		{"Australian release", "Minister for Foreign Affairs (Australia)",
			"Foreign Minister Jane Ross of Australia said:\n\nThis morning I held talks with Foreign Minister Paul Tano of Benin in Canberra.",
			[]string{"AU", "BJ"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-02", Text: tt.text})
			if len(e.Meetings) != 1 {
				t.Fatalf("%q: %d engagements %+v, want 1", tt.text, len(e.Meetings), e.Meetings)
			}
			m := e.Meetings[0]
			if !slices.Equal(m.Countries, tt.countries) || len(m.Participants) != tt.participants {
				t.Errorf("%q: countries %v participants %v, want %v and %d", tt.text, m.Countries, m.Participants, tt.countries, tt.participants)
			}
		})
	}
}

// A purpose infinitive ("to discuss") after a meeting whose other party
// stands in an apposition between commas belongs to that meeting: the
// party is not taken from it.
func TestPurposeAfterApposition(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		countries          []string
	}{
		{"wire, counterpart apposition", "Voice of America",
			"The Chilean foreign minister, Ana Soto, met Tuesday in Lima with his Peruvian counterpart, Jorge Paz, to discuss the border.",
			[]string{"CL", "PE"}},
		{"readout, office apposition", "U.S. Department of State",
			"Secretary of State John Doe met with the Foreign Minister of Niger, Ali Sani, to discuss regional security.",
			[]string{"NE", "US"}},
		{"Japanese release, ministers", "Ministry of Foreign Affairs of Japan",
			"Minister for Foreign Affairs Taro Yamada held talks with the Minister of Foreign Affairs of Mongolia, Bat Erdene, to discuss mining investment.",
			[]string{"JP", "MN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-02", Text: tt.text})
			if len(e.Meetings) != 1 {
				t.Fatalf("%q: %d engagements %+v, want 1", tt.text, len(e.Meetings), e.Meetings)
			}
			if m := e.Meetings[0]; !slices.Equal(m.Countries, tt.countries) || len(m.Participants) != 2 {
				t.Errorf("%q: countries %v participants %v, want %v and 2", tt.text, m.Countries, m.Participants, tt.countries)
			}
		})
	}
}

// A headline restates the body's engagement: "meets virtually" is the
// video call the body tells, and "A and B resume border talks" the talks
// the body dates, though the headline names its parties only as states.
func TestHeadlineRestatesBody(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, title, text string
		kind                      attache.MeetingKind
		countries                 []string
	}{
		{"Canadian release, meets virtually", "Global Affairs Canada",
			"Prime Minister Ross meets virtually with Prime Minister of Ireland",
			"Prime Minister John Ross of Canada met virtually today with Prime Minister Sean Byrne of Ireland. The leaders discussed trade.",
			attache.KindCall, []string{"CA", "IE"}},
		{"Australian release, meet virtually", "Prime Minister of Australia",
			"Prime Ministers of Australia and Japan meet virtually",
			"Prime Minister Jane Ross of Australia held a video conference today with Prime Minister Taro Yamada of Japan on supply chains.",
			attache.KindCall, []string{"AU", "JP"}},
		{"wire, states resume talks", "Wikinews (English)",
			"Niger and Benin resume border talks",
			"Negotiators from Niger and Benin reconvened in Lome on Monday, led by Nigerien Foreign Minister Ali Sani and Beninese Foreign Minister Paul Tano.",
			attache.KindTalks, []string{"BJ", "NE"}},
		{"wire, states hold talks", "Voice of America",
			"Eritrea, Djibouti hold border talks",
			"Eritrean Foreign Minister Osman Idris met Djiboutian Foreign Minister Ali Hassan in Doha on Tuesday to discuss the border.",
			attache.KindMeeting, []string{"DJ", "ER"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Title: tt.title, Published: "2021-03-03", Text: tt.title + "\n\n" + tt.text})
			if len(e.Meetings) != 1 {
				t.Fatalf("%q: %d engagements %+v, want 1", tt.title, len(e.Meetings), e.Meetings)
			}
			m := e.Meetings[0]
			if kindClass(string(m.Kind)) != kindClass(string(tt.kind)) || !slices.Equal(m.Countries, tt.countries) || m.Status != attache.StatusHeld {
				t.Errorf("%q: %s %s %v, want %s held %v", tt.title, m.Kind, m.Status, m.Countries, tt.kind, tt.countries)
			}
		})
	}
}

// A visit to several states may give each its own time ("Canada in the
// coming weeks and Mexico in the autumn"): each state is a visit.
func TestVisitListWithTimes(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		visited            []string
	}{
		{"GOV.UK story, seasons", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"The Foreign Secretary, Anna Hale, will visit Canada in the coming weeks and Mexico in the autumn to discuss trade.",
			[]string{"CA", "MX"}},
		{"State media note, weekdays", "U.S. Department of State",
			"Secretary of State John Doe will travel to Ghana on Monday and Togo on Wednesday.",
			[]string{"GH", "TG"}},
		{"Japanese release, months", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Taro Yamada will visit India in early March and Nepal later this month.",
			[]string{"IN", "NP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-01", Text: tt.text})
			var got []string
			for _, m := range e.Meetings {
				if m.Kind != attache.KindVisit {
					continue
				}
				for _, c := range m.Countries {
					if c != "GB" && c != "US" && c != "JP" { // the visitors' states
						got = append(got, c)
					}
				}
			}
			sort.Strings(got)
			if !slices.Equal(got, tt.visited) {
				t.Errorf("%q: visited %v, want %v (%+v)", tt.text, got, tt.visited, e.Meetings)
			}
		})
	}
}

// "held talks with N, who is visiting Japan": the visit in the relative
// clause says why the guest is there; the engagement is the meeting.
func TestGuestVisitClauseIsTheMeeting(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		countries          []string
	}{
		{"Japanese release, exchanged views", "Ministry of Foreign Affairs of Japan",
			"On March 3, Foreign Minister Taro Yamada exchanged views with Mr. Ali Sani, Minister of Foreign Affairs of Niger, who is visiting Japan, on food security.",
			[]string{"JP", "NE"}},
		{"Korean release, talks", "Ministry of Foreign Affairs of the Republic of Korea",
			"Foreign Minister Kim Min-jun held talks with Foreign Minister Paul Tano of Benin, who is visiting Korea, on March 3.",
			[]string{"BJ", "KR"}},
		{"Australian release, discussed", "Minister for Foreign Affairs (Australia)",
			"Foreign Minister Jane Ross of Australia discussed trade with Foreign Minister Lea Moana of Samoa, who was visiting Canberra.",
			[]string{"AU", "WS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-03", Text: tt.text})
			if len(e.Meetings) != 1 {
				t.Fatalf("%q: %d engagements %+v, want 1", tt.text, len(e.Meetings), e.Meetings)
			}
			m := e.Meetings[0]
			if kindClass(string(m.Kind)) != attache.KindMeeting || !slices.Equal(m.Countries, tt.countries) || len(m.Participants) != 2 {
				t.Errorf("%q: %s %v %v, want a meeting of %v", tt.text, m.Kind, m.Countries, m.Participants, tt.countries)
			}
		})
	}
}

// ", where he held talks with the Foreign Minister of X": the pronoun of a
// clause of place or time is the subject of the sentence it hangs on, and
// an unnamed office of a state is the other party.
func TestPlaceClausePronounSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		countries          []string
	}{
		{"Japanese release", "Ministry of Foreign Affairs of Japan",
			"Minister Ali Sani of Fiji arrived in Tokyo from Canberra, where he held talks with the Minister for Foreign Affairs of Australia last week.",
			[]string{"AU", "FJ"}},
		{"wire", "Voice of America",
			"Nigerien Foreign Minister Ali Sani flew on to Paris, where he met the French foreign minister on Friday.",
			[]string{"FR", "NE"}},
		{"UK story", "UK Foreign, Commonwealth & Development Office (GOV.UK news story)",
			"Foreign Minister Paul Tano of Benin came to London from Brussels, where he held talks with the Belgian Prime Minister.",
			[]string{"BE", "BJ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-08", Text: tt.text})
			for _, m := range e.Meetings {
				if slices.Equal(m.Countries, tt.countries) && len(m.Participants) >= 1 {
					return
				}
			}
			t.Errorf("%q: engagements %+v, want one of %v with its subject", tt.text, e.Meetings, tt.countries)
		})
	}
}

// A stop of a tour at a named place is a visit to its state ("is
// scheduled to stop in Panama City on Thursday"); "a stop in the
// fighting" is none.
func TestStopInPlaceIsAVisit(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		countries          []string // nil: no engagement
	}{
		{"AFPS wire", "American Forces Press Service",
			"Secretary of Defense John Doe is scheduled to stop in Panama City on Thursday for talks with Panamanian security officials.",
			[]string{"PA", "US"}},
		{"State itinerary", "U.S. Department of State",
			"Secretary of State John Doe stopped in Accra on Monday on his way home.",
			[]string{"GH", "US"}},
		{"Australian release", "Minister for Foreign Affairs (Australia)",
			"Foreign Minister Jane Ross of Australia will make a stopover in Suva on 12 March.",
			[]string{"AU", "FJ"}},
		{"not a place", "Voice of America",
			"President Paul Tano of Benin called for a stop in the fighting.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2021-03-08", Text: tt.text})
			if tt.countries == nil {
				if len(e.Meetings) != 0 {
					t.Errorf("%q: engagements %+v, want none", tt.text, e.Meetings)
				}
				return
			}
			for _, m := range e.Meetings {
				if slices.Equal(m.Countries, tt.countries) {
					return
				}
			}
			t.Errorf("%q: engagements %+v, want one of %v", tt.text, e.Meetings, tt.countries)
		})
	}
}
