package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// frameOf runs the trigger pass on one invented sentence and builds its frame.
func frameOf(t *testing.T, x *Extractor, text string) (*document, *frame) {
	t.Helper()
	d := &document{text: text}
	sents := splitSentences(text, 0)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(sents))
	}
	trigs, dms := x.findTriggers(d, sents[0], date{2024, 5, 15})
	if len(trigs) == 0 {
		return d, nil
	}
	return d, newFrame(0, sents[0], trigs, dms)
}

func TestFindTriggers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string // trigger surfaces
	}{
		{"Foreign Minister Ali Sani met with his counterpart in Niamey.", []string{"met"}},
		{"The two ministers could meet in June.", nil},                        // a possibility
		{"She looks forward to meeting him in the future.", nil},              // a wish
		{"The minister called for calm.", nil},                                // "called for" is no call
		{"The talks will meet the needs of both nations.", []string{"talks"}}, // "meet the needs" is no meeting
	}
	for _, tc := range tests {
		_, f := frameOf(t, x, tc.text)
		var got []string
		if f != nil {
			for _, tr := range f.trigs {
				got = append(got, tr.entry.Surface)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: triggers %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNewCandidate(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text              string
		status            string
		definite, negated bool
		name              string
	}{
		{"Ali Sani will visit Benin in June.", "scheduled", false, false, ""},
		{"Ali Sani visited Benin in June.", "held", false, false, ""},
		{"Ali Sani had not visited Benin.", "held", false, true, ""},
		{"The ministers attended the Third Coastal Summit.", "held", true, false, "third coastal"},
		{"Ali Sani cancelled his visit to Benin.", "cancelled", true, false, ""},
		{"In Benin, he will attend the regional conference on maritime security policy and meet Paul Tano.", "scheduled", false, false, ""},
		// An engagement noun a future clause is for takes its tense,
		// however far back the verb stands.
		{"Defense Minister Ali Sani of Niger will travel July 20-25 to Benin, Togo and Ghana for talks on regional security.", "scheduled", false, false, ""},
		{"In Cotonou on 15 July Ali Sani will meet Paul Tano to review progress towards the launch of negotiations on a free trade agreement.", "scheduled", false, false, ""},
		// A past verb between keeps it held.
		{"Ali Sani will meet Paul Tano, who held meetings in Lome last week on the launch of negotiations.", "held", false, false, ""},
		{"Ali Sani met Paul Tano in Cotonou for talks on regional security.", "held", false, false, ""},
		// A decision still to be carried out, with modifiers between.
		{"The two ministers have agreed to begin a series of detailed consultations on fisheries.", "scheduled", false, false, ""},
		// A release's own itinerary in the first-person present.
		{"From Niamey, I fly to Cotonou and Lome.", "scheduled", false, false, ""},
		{"From Niamey, they fly to Cotonou.", "held", false, false, ""},
	}
	for _, tc := range tests {
		_, f := frameOf(t, x, tc.text)
		if f == nil {
			t.Errorf("%q: no trigger", tc.text)
			continue
		}
		c := f.cs[len(f.cs)-1]
		if c.status != tc.status || c.definite != tc.definite || c.negated != tc.negated || c.name != tc.name {
			t.Errorf("%q: status=%s definite=%v negated=%v name=%q, want %s %v %v %q", tc.text, c.status, c.definite, c.negated, c.name, tc.status, tc.definite, tc.negated, tc.name)
		}
	}
}

func TestInheritsParties(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The two sides agreed to meet again.", true},
		{"They discussed trade.", true},
		{"Two ministers met in Accra.", false},
		{"Officials in Niamey say the two leaders spoke by telephone Tuesday.", true},
		{"The two ministers will meet in Accra.", true},
		{"The two reports differ.", false},
		{"Ali Sani met Paul Tano.", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		if got := inheritsParties(toks); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFrameDistanceAndNearest(t *testing.T) {
	x := newExtractor(t)
	// "met" at token 1, "talks" later after a comma.
	_, f := frameOf(t, x, "Sani met Tano, and later Obi held talks with Ade.")
	if f == nil || len(f.trigs) != 2 {
		t.Fatalf("want two triggers, got %+v", f)
	}
	tano, obi := 2, 6
	if f.toks[tano].text != "Tano" || f.toks[obi].text != "Obi" {
		t.Fatalf("tokens moved: %q %q", f.toks[tano].text, f.toks[obi].text)
	}
	if got := f.nearest(tano); got != 0 {
		t.Errorf("Tano goes to trigger %d, want 0", got)
	}
	// Obi is nearer "talks": the comma makes "met" far.
	if got := f.nearest(obi); got != 1 {
		t.Errorf("Obi goes to trigger %d, want 1", got)
	}
	if f.distance(obi, f.trigs[0]) <= f.distance(obi, f.trigs[1]) {
		t.Errorf("a comma should count as a long way")
	}
}

func TestAssignPeopleBetween(t *testing.T) {
	x := newExtractor(t)
	_, f := frameOf(t, x, "Obi welcomed the meeting between Sani and Tano.")
	if f == nil {
		t.Fatal("no trigger")
	}
	at := f.betweenAt()
	ti := len(f.trigs) - 1
	if at[ti] < 0 || f.toks[at[ti]].lower != "between" {
		t.Fatalf("between not found: %v", at)
	}
	// Obi (token 0) stands before "between": not a party of the meeting.
	f.assignPeople([]ref{{tok: 0, end: 1, person: 7}, {tok: 5, end: 6, person: 8}})
	for _, c := range f.cs {
		if containsInt(c.people, 7) {
			t.Errorf("the speaker before 'between' became a participant: %+v", c)
		}
	}
}

func TestSettleKeepsInterstateOnly(t *testing.T) {
	people := []person{{name: "A", country: "NE"}, {name: "B", country: "NE"}, {name: "C", country: "BJ"}}
	st := &settler{d: &document{}, people: people}
	kept := []candidate{
		{kind: "meeting", status: "held", people: []int{0, 1}}, // one state only
		{kind: "meeting", status: "held", people: []int{0, 2}}, // two states
		{kind: "talks", status: "held", countries: []string{"NE"}, hasDate: true},
	}
	got := st.keepInterstate(kept)
	if len(got) != 2 || !slices.Equal(got[0].countries, []string{"NE", "BJ"}) || got[1].kind != "talks" {
		t.Errorf("keepInterstate = %+v", got)
	}
}

func TestDropCarriedVisits(t *testing.T) {
	people := []person{{name: "A", country: "NE"}, {name: "C", country: "BJ"}}
	st := &settler{d: &document{}, people: people}
	merged := []candidate{
		{kind: "visit", people: []int{0}, locCode: "BJ", date: date{2024, 5, 2}},
		{kind: "meeting", people: []int{0, 1}, date: date{2024, 5, 3}},
		{kind: "visit", locCode: "TG"}, // nobody visits
	}
	got := st.dropCarriedVisits(merged)
	if len(got) != 1 || got[0].kind != "meeting" {
		t.Errorf("dropCarriedVisits = %+v", got)
	}
}

func TestListGoesToOneTrigger(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "U.S. Department of State", Published: "2021-07-28",
		Text: "Secretary of State Jane Roe flies to Niamey on July 28; there she will meet with President Ada Obi of Niger, Prime Minister Ali Sani, Speaker of the National Assembly Musa Kane, and Foreign Minister Paul Tano to talk about ports and customs."})
	if len(e.Meetings) != 1 || len(e.Meetings[0].Participants) != 5 {
		t.Fatalf("meetings %+v, want one with all five", e.Meetings)
	}
}

func TestCoordinatedLists(t *testing.T) {
	x := newExtractor(t)
	text := "After the meeting with President Ada Obi and Prime Minister Ali Sani of Niger, Secretary Jane Roe and Minister Paul Tano discussed trade."
	_, f := frameOf(t, x, text)
	if f == nil {
		t.Fatal("no trigger")
	}
	at := func(word string) int {
		for k, tk := range f.toks {
			if tk.text == word {
				return k
			}
		}
		t.Fatalf("no %q", word)
		return -1
	}
	refs := []ref{{tok: at("Obi") - 1, end: at("Obi") + 1}, {tok: at("Sani") - 1, end: at("Sani") + 1},
		{tok: at("Roe") - 1, end: at("Roe") + 1}, {tok: at("Tano") - 1, end: at("Tano") + 1}}
	got := f.coordinated(refs)
	want := []int{0, 0, 2, 2} // the comma after the first list's "and" starts a new clause
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("heads %v, want %v", got, want)
		}
	}
}

func TestParticipantsFromClause(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       [][]string // per meeting, its sorted countries
	}{
		{"met separately", "WASHINGTON, Feb. 2, 1999 – U.S. Defense Secretary Jane Roe sets off Feb. 4 on a European tour. Roe is to visit Spain first. In Madrid she will meet separately with Defense Ministers Tom Hale of Britain, Luc Morel of France and Karl Weber of Germany.",
			[][]string{{"ES", "US"}, {"GB", "US"}, {"FR", "US"}, {"DE", "US"}}},
		{"hosted by", "Special Envoy Jane Roe of the United States held talks today in Niamey with Foreign Minister Paul Tano of Benin, which were hosted by Foreign Minister Ali Sani of Niger.",
			[][]string{{"BJ", "NE", "US"}}},
		{"counterparts named after a comma", "Foreign Minister Jane Roe of Canada met her counterparts, Foreign Minister Tom Hale of Britain and Foreign Minister Luc Morel of France, in Niamey today.",
			[][]string{{"CA", "GB"}, {"CA", "FR"}}},
		{"counterparts named after a colon", "Foreign Minister Jane Roe of Canada held talks with her counterparts: Foreign Minister Tom Hale of Britain and Foreign Minister Luc Morel of France.",
			[][]string{{"CA", "GB"}, {"CA", "FR"}}},
		{"a trilateral meeting of counterparts stays one", "Foreign Minister Jane Roe of Canada held a trilateral meeting with her counterparts, Foreign Minister Tom Hale of Britain and Foreign Minister Luc Morel of France.",
			[][]string{{"CA", "FR", "GB"}}},
		{"instructions from a bystander", "Special Envoy Jane Roe of the United States met Foreign Minister Ali Sani of Niger today in Niamey. Roe told Sani that she had instructions from President Tom Grant to resolve the differences through dialogue.",
			[][]string{{"NE", "US"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "1999-02-02", Text: tc.text})
			var got [][]string
			for _, m := range e.Meetings {
				cs := append([]string(nil), m.Countries...)
				sort.Strings(cs)
				got = append(got, cs)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("meetings %v, want %v", got, tc.want)
			}
			for i := range got {
				if !slices.Equal(got[i], tc.want[i]) {
					t.Errorf("meeting %d: %v, want %v", i, got[i], tc.want[i])
				}
			}
			if tc.name == "instructions from a bystander" && len(e.Meetings[0].Participants) != 2 {
				t.Errorf("participants %v, want the two who met", e.Meetings[0].Participants)
			}
		})
	}
}

func TestTripDates(t *testing.T) {
	merged := []candidate{
		{kind: "visit", people: []int{0}, locCode: "ES", stateMentions: []string{"ZA"}, hasDate: true, date: date{1999, 2, 4}},
		{kind: "meeting", people: []int{0, 1}, locCode: "DE"},
		{kind: "call", people: []int{0, 2}},
		{kind: "meeting", people: []int{3, 4}},
	}
	tripDates(merged)
	if got := merged[1].date.String(); got != "1999-02" {
		t.Errorf("a stop of a tour: %s, want the month", got)
	}
	if merged[2].hasDate || merged[3].hasDate {
		t.Errorf("a call or another's meeting took the trip's date: %+v %+v", merged[2], merged[3])
	}
	one := []candidate{
		{kind: "visit", people: []int{0}, locCode: "ES", hasDate: true, date: date{1999, 2, 4}},
		{kind: "meeting", people: []int{0, 1}, locCode: "ES"},
	}
	tripDates(one)
	if got := one[1].date.String(); got != "1999-02-04" {
		t.Errorf("a meeting where the trip goes: %s, want its first day", got)
	}
}

func TestBilateralMeetingsSplitByState(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2015-02-02",
		Text: "At the margins of the forum, Foreign Minister Ali Sani of Niger held bilateral meetings with Mexico, Peru and Cuba."})
	if len(e.Meetings) != 3 {
		t.Fatalf("meetings %+v, want one per state", e.Meetings)
	}
	for _, m := range e.Meetings {
		if len(m.Countries) != 2 || !slices.Contains(m.Countries, "NE") {
			t.Errorf("meeting with %v: bilateral meetings are Niger and one state each", m.Countries)
		}
	}
}

func TestVisitToSeveralStates(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2008-01-15",
		Text: "President Ada Obi of Nigeria will travel to Benin, Togo and Ghana on January 20."})
	var got []string
	for _, m := range e.Meetings {
		got = append(got, strings.Join(m.Countries, "-")+"@"+string(*m.Date))
	}
	sort.Strings(got)
	want := []string{"BJ-NG@2008-01", "GH-NG@2008-01", "NG-TG@2008-01"}
	if !slices.Equal(got, want) {
		t.Errorf("visits %v, want one per state, each in the tour's month", got)
	}
}

func TestSentenceSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		name string // the subject's name token, "" for none
	}{
		{"Foreign Minister Ali Sani met Paul Tano.", "Sani"},
		{"Shortly after arriving in the capital on May 26, Ali Sani held talks with Paul Tano.", "Sani"},
		{"The talks with Paul Tano were long.", ""},
	}
	for _, tc := range tests {
		_, f := frameOf(t, x, tc.text)
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		var refs []ref
		for k, tk := range toks {
			if tk.text == "Sani" || tk.text == "Tano" {
				refs = append(refs, ref{tok: k - 1, end: k + 1, person: k})
			}
		}
		var trigs []trig
		if f != nil {
			trigs = f.trigs
		}
		p, ok := sentenceSubject(toks, refs, trigs)
		got := ""
		if ok {
			got = toks[p].text
		}
		if got != tc.name {
			t.Errorf("%q: subject %q, want %q", tc.text, got, tc.name)
		}
	}
}

func TestCountryOfOrganisationChair(t *testing.T) {
	people := []person{{name: "A", org: "EU"}, {name: "B", country: "NE"}}
	st := &settler{d: &document{}, people: people}
	chaired := candidate{kind: "meeting", people: []int{0}, stateMentions: []string{"CN", "FR", "IR"}}
	if got := st.countryOf(&chaired); !slices.Equal(got, []string{"CN", "FR", "IR"}) {
		t.Errorf("a meeting an organisation's official chairs: states %v, want those named beside it", got)
	}
	bilateral := candidate{kind: "meeting", people: []int{0, 1}, stateMentions: []string{"CN"}}
	if got := st.countryOf(&bilateral); !slices.Equal(got, []string{"NE"}) {
		t.Errorf("a meeting with a state's official: states %v, want the official's only", got)
	}
}

func TestGroupAsParty(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-08-21",
		Text: "The G7 is due to meet in Rome this weekend."})
	if len(e.Meetings) != 1 || len(e.Meetings[0].Countries) != 7 {
		t.Fatalf("meetings %+v, want one of the seven members", e.Meetings)
	}
	if d := e.Meetings[0].Date; d == nil || *d != "2019-08-24" {
		t.Errorf("date %v, want the weekend's Saturday", d)
	}
	e = extractText(t, x, attache.Article{ID: "t", Published: "2006-07-14",
		Text: "President Ada Obi of Nigeria arrived in Russia for the G8 summit."})
	for _, m := range e.Meetings {
		if len(m.Countries) > 2 {
			t.Errorf("a group naming the event made its members parties: %v", m.Countries)
		}
	}
}

func TestGroupMeetingTakesMembersLeaders(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-08-21",
		Text: "The G7 is due to meet in Rome this weekend. Prime Minister Rob Hale of Canada and President Ada Obi of Brazil said trade would top the agenda."})
	if len(e.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", e.Meetings)
	}
	names := e.Meetings[0].Participants
	if len(names) != 1 || names[0] != "Rob Hale" {
		t.Errorf("participants %v, want only the member's leader Rob Hale", names)
	}
}

func TestSeparatelyWithOneState(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Secretary of Commerce Jane Roe of the United States met separately with President Ada Obi of Niger, Prime Minister Ali Sani of Niger and Trade Minister Paul Tano of Niger on Monday.", 3},
		{"On Monday, Prime Minister Rita Sand of Benin held meetings with President Ada Obi of Niger and Foreign Minister Ali Sani of Niger.", 2},
		{"On Monday, Prime Minister Rita Sand of Benin held a meeting with President Ada Obi of Niger and Foreign Minister Ali Sani of Niger.", 1},
	} {
		e := extractText(t, x, attache.Article{ID: "t", Published: "2019-03-05", Text: tc.text})
		if len(e.Meetings) != tc.want {
			t.Errorf("%q: %d meetings %+v, want %d", tc.text, len(e.Meetings), e.Meetings, tc.want)
		}
	}
}

func TestSidelineMeetingIsNotTheSummit(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Published: "2019-05-20",
		Text: "Prime Minister Ali Sani of Niger held a meeting with President Paul Tano of Benin in Accra, Ghana, on May 14 on the occasion of the Ghana-Niger-Benin Trilateral Summit. Ghana and Togo also sent delegations to the summit."})
	var meeting, summit bool
	for _, m := range e.Meetings {
		got := ""
		if m.Date != nil {
			got = string(*m.Date)
		}
		switch m.Kind {
		case attache.KindMeeting:
			meeting = got == "2019-05-14" && len(m.Participants) == 2
		case attache.KindSummit:
			summit = got == "2019-05-14"
		}
	}
	if !meeting || !summit {
		t.Errorf("meetings %+v: want the bilateral meeting and the summit apart, both on May 14", e.Meetings)
	}
}

func TestDelegationListsJoinTheMeeting(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Ministry of Foreign Affairs of Niger", Published: "2019-05-20",
		Text: "Prime Minister Ali Sani of Niger held a meeting with President Paul Tano of Benin in Niamey on May 13.\n\n" +
			"Participants on the Beninese side included Mr. Rene Ago, Minister of Finance; and Mr. Luc Dossa, Minister of Trade."})
	if len(e.Meetings) != 1 || len(e.Meetings[0].Participants) != 4 {
		t.Fatalf("meetings %+v, want one with the two leaders and the two ministers", e.Meetings)
	}
}

// TestSeparateCounterpartsSameDay: "On the same day, X met separately
// with his A and B counterparts, N1 and N2, respectively": two meetings,
// each on the day pointed back at and with its own counterpart's state.
func TestSeparateCounterpartsSameDay(t *testing.T) {
	x := newExtractor(t)
	text := "Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin in Accra on Monday.\n\n" +
		"On the same day, Minister Sani met separately with his Ghanaian and Malian counterparts, Kwesi Mensa and Musa Bello, respectively."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Wikinews", Published: "2019-07-10", Text: text})
	var got []string
	for _, m := range e.Meetings {
		d := "null"
		if m.Date != nil {
			d = string(*m.Date)
		}
		cs := slices.Clone(m.Countries)
		slices.Sort(cs)
		got = append(got, d+" "+strings.Join(cs, "-"))
	}
	sort.Strings(got)
	want := []string{"2019-07-08 BJ-NE", "2019-07-08 GH-NE", "2019-07-08 ML-NE"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// meetingsByDateAndStates lists an extraction's engagements as "date
// A-B", sorted.
func meetingsByDateAndStates(e *attache.Extraction) []string {
	var got []string
	for _, m := range e.Meetings {
		d := "null"
		if m.Date != nil {
			d = string(*m.Date)
		}
		cs := slices.Clone(m.Countries)
		slices.Sort(cs)
		got = append(got, d+" "+strings.Join(cs, "-"))
	}
	sort.Strings(got)
	return got
}

// TestCounterpartsListAndRelativeClause: "met with his counterparts from
// A, B and C on the margins of the Ministerial Meeting" is one meeting
// with each, the list not split by the nearer noun; "also met B's
// minister, N, who is leading negotiations for B" gives N to the meeting,
// not to the negotiations of the relative clause, on the day told before.
func TestCounterpartsListAndRelativeClause(t *testing.T) {
	x := newExtractor(t)
	text := "Trade Minister Ali Sani of Niger today met with his counterparts from Benin, Togo and Ghana on the margins of the West African Trade Ministerial Meeting.\n\n" +
		"Minister Sani also met with Mali's Minister of Commerce, Musa Bello, who is leading negotiations for Mali, to discuss tariffs on livestock."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Ministry of Trade of Niger", Published: "2019-07-10", Text: text})
	got := meetingsByDateAndStates(e)
	want := []string{"2019-07-10 BJ-NE", "2019-07-10 GH-NE", "2019-07-10 ML-NE", "2019-07-10 NE-TG"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestPresidedEngagement: the official who convenes, chairs or presides
// over an engagement takes part in it, with the states the clauses about
// it name ("bringing together", "attended by"): one engagement, not a
// verb's and a noun's. "The Nth meeting of the X Dialogue" is one
// engagement too.
func TestPresidedEngagement(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"convened a ministerial with a relative clause of attendance",
			"On Thursday the Foreign Minister of Peru, Ana Vell, convened the second Andean Ministerial, which brought together the foreign ministers of Chile, Bolivia and Ecuador.",
			[]string{"Ana Vell|BO-CL-EC-PE"}},
		{"will convene a named ministerial with a participle of attendance",
			"Next Tuesday Secretary of State Jane Roe of the United States will convene the C4+1 Ministerial, bringing together the foreign ministers of Chile, Peru, Bolivia and Ecuador.",
			[]string{"Jane Roe|BO-CL-EC-PE-US"}},
		{"will chair a round of a named dialogue",
			"Chilean Foreign Minister Rosa Tello will chair the fourth round of the Pacific Dialogue in Santiago next week, with the foreign ministers of Peru and Colombia taking part.",
			[]string{"Rosa Tello|CL-CO-PE"}},
		{"chaired a meeting of a named series, attended by a list",
			"Foreign Minister Ana Vell of Peru chaired the third ministerial meeting of the Andean Dialogue in Lima on Monday, attended by the foreign ministers of Chile and Bolivia, Rosa Tello and Marco Lino, respectively, and by the deputy foreign minister of Ecuador.",
			[]string{"Ana Vell+Marco Lino+Rosa Tello|BO-CL-EC-PE"}},
		{"co-chaired the inaugural meeting of a commission",
			"The Kenyan and Ugandan trade ministers, Paul Tano and Musa Keita, co-chaired the inaugural meeting of the East African Trade Commission in Nairobi on Tuesday.",
			[]string{"Musa Keita+Paul Tano|KE-UG"}},
		{"presided over a summit, attended by",
			"President Ada Obi of Niger presided over the summit in Niamey on Friday, attended by the presidents of Mali, Chad and Benin.",
			[]string{"Ada Obi|BJ-ML-NE-TD"}},
		{"a passive chair joins the commission its sentence names",
			"A meeting of the Joint Commission was held in Lima on 6 December 2019. The Joint Commission was chaired by Foreign Minister Ana Vell of Peru and was attended by the delegations of Chile, Bolivia and Ecuador.",
			[]string{"Ana Vell|BO-CL-EC-PE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2019-12-06", Text: tt.text})
			if got := meetingKeys(e); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEncountersToldApart: a clause that sets a second "with" off by an
// adverb of sequence or apartness ("and later with", "and, separately,
// with", "and afterwards with") tells two encounters; an unnamed or
// stateless subject does not merge them; a lede that told them as one
// gives way, and one who accompanies the subject joins each.
func TestEncountersToldApart(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string // meetingKeys
	}{
		{"an unnamed subject spoke with two, separately", "U.S. Department of State",
			"The Secretary spoke by phone yesterday with Peruvian Foreign Minister Ana Vell and, separately, with Chilean Foreign Minister Rosa Tello.",
			[]string{"Ana Vell|PE-US", "Rosa Tello|CL-US"}},
		{"held talks with one and later with another of the same state", "",
			"British Foreign Secretary Tom Hale today held talks in Lima with Peruvian Foreign Minister Ana Vell and later with Peru's Trade Minister Marco Lino.",
			[]string{"Ana Vell+Tom Hale|GB-PE", "Marco Lino+Tom Hale|GB-PE"}},
		{"an official of an organisation met two ministers separately", "",
			"Ahead of the dinner, NATO Secretary General Ana Vell met separately with Peruvian Foreign Minister Tom Hale and with Chile's Foreign Minister Rosa Tello.",
			[]string{"Ana Vell+Rosa Tello|CL", "Ana Vell+Tom Hale|PE"}},
		{"met one and afterwards with another", "",
			"On Monday the Canadian trade minister, Luc Morel, met Mexico's economy minister, Rosa Tello, and afterwards with Peru's trade minister, Marco Lino, in Ottawa.",
			[]string{"Luc Morel+Marco Lino|CA-PE", "Luc Morel+Rosa Tello|CA-MX"}},
		{"a lede gives way, and the one accompanying joins each", "",
			"Foreign Minister Ali Sani of Niger has held talks in Accra with Ghana's President and Foreign Minister.\n\n" +
				"Today Minister Sani met President Kofi Mensa of Ghana and then, separately, with Foreign Minister Ama Boateng. Minister Sani was accompanied by Niger's Deputy Foreign Minister Idi Maman.",
			[]string{"Ali Sani+Ama Boateng+Idi Maman|GH-NE", "Ali Sani+Idi Maman+Kofi Mensa|GH-NE"}},
		{"met two together stays one meeting", "",
			"On Monday the Canadian trade minister, Luc Morel, met Mexico's economy minister, Rosa Tello, and Peru's trade minister, Marco Lino, in Ottawa.",
			[]string{"Luc Morel+Marco Lino+Rosa Tello|CA-MX-PE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Published: "2018-10-15", Text: tt.text})
			if got := meetingKeys(e); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTopicOfEngagement: what an engagement noun is said to be about
// ("The talks focused on", "the meeting, which is expected to centre
// on", "the talks ... covered") gives it neither parties nor a day: a
// reference back stays the engagement told before.
func TestTopicOfEngagement(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingsByDateAndStates
	}{
		{"a reception, then the talks focused on other states",
			"President Ana Vell of Peru was received on Monday in Santiago by Chilean Foreign Minister Rosa Tello. The talks focused on the crisis in Bolivia and the future of Ecuador's border.",
			[]string{"2019-10-07 CL-PE"}},
		{"the talks covered a date and states of their topic",
			"Foreign Minister Ana Vell of Peru held talks in Santiago on Monday with Chilean Foreign Minister Rosa Tello. The talks covered the Bolivian elections next month and trade with Brazil.",
			[]string{"2019-10-07 CL-PE"}},
		{"a relative clause of topic in the future",
			"Foreign Minister Ana Vell of Peru will meet Chilean Foreign Minister Rosa Tello in Santiago on Monday; the meeting, which is expected to centre on Bolivia, will be their first.",
			[]string{"2019-10-14 CL-PE"}},
		{"the parties between stay parties",
			"The talks between Peru and Chile in Lima on Monday focused on trade with Bolivia.",
			[]string{"2019-10-07 CL-PE"}},
		{"a possessive reference touched on a past dispute",
			"Foreign Minister Ana Vell of Peru met Chilean Foreign Minister Rosa Tello in Santiago on Monday. Their meeting also touched on Ecuador's dispute with Colombia in 2018.",
			[]string{"2019-10-07 CL-PE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2019-10-08", Text: tt.text})
			if got := meetingsByDateAndStates(e); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
