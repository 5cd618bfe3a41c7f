package extract

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

func TestOfficialPatterns(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		wantName, title    string
		country            string // "" means null
		org                string
	}{
		{"demonym title name", "", "Peruvian President Alejandro Rivas spoke to the press today.", "Alejandro Rivas", "President", "PE", ""},
		{"possessive title comma name", "", "Peru's defense minister, Marco Lino, resigned after a long debate.", "Marco Lino", "Minister of Defense", "PE", ""},
		{"name comma possessive title", "", "Marco Lino, Peru's new defense minister, resigned after a long debate.", "Marco Lino", "Minister of Defense", "PE", ""},
		{"name comma the title of", "", "Bruno Calle, the foreign affairs minister of Chile, replied on Twitter.", "Bruno Calle", "Foreign Minister", "CL", ""},
		{"title name of country", "", "Prime Minister Rita Sand of the United Kingdom met reporters today.", "Rita Sand", "Prime Minister", "GB", ""},
		{"title of country name", "", "The President of Vietnam Mr. Tran Van Minh arrived today.", "Tran Van Minh", "President", "VN", ""},
		{"honorific dropped", "", "Minister of Foreign Affairs Dr. Ali bin Hamad Al Noor of Bahrain spoke.", "Ali bin Hamad Al Noor", "Foreign Minister", "BH", ""},
		{"military", "", "Army Gen. Dana Cole, the commander, and Adm. Lee Park of the United States toured the base.", "Dana Cole", "General", "", ""},
		{"single token", "The White House (briefing room)", "President Grant welcomed the delegation to the White House today.", "Grant", "President", "US", ""},
		{"US outlet default", "U.S. Department of State", "Deputy Secretary Jane Roe met the Nigerien foreign minister today.", "Jane Roe", "Deputy Secretary", "US", ""},
		{"international organisation", "", "UN Secretary-General Ana Gomez visited the camps in a long sentence.", "Ana Gomez", "Secretary-General", "", "UN"},
		{"org official of", "", "Secretary General of the Andean Community Mora praised the summit.", "Mora", "Secretary-General of the Andean Community", "", "Andean Community"},
		{"president-elect", "U.S. Department of State", "Secretary Blake spoke with Colombian President-Elect Ruiz today.", "Ruiz", "President-Elect", "CO", ""},
		{"implied by title", "", "Taoiseach Sean Kerr welcomed the visitors in a long sentence.", "Sean Kerr", "Taoiseach", "IE", ""},
		{"envoy destination", "U.S. Department of State", "Special Representative for Afghanistan Tom Wells led the delegation.", "Tom Wells", "Special Representative for Afghanistan", "US", ""},
		{"plural title", "", "Presidents Ada Obi of Nigeria and Paul Tano of Benin signed the pact.", "Paul Tano", "President", "BJ", ""},
		{"topic title", "", "AU trade and industry commissioner Alan Moyo announced the date.", "Alan Moyo", "Commissioner for Trade and Industry", "", "AU"},
		{"office implies its state", "", "Federal Chancellor Lena Brandt welcomed the visitors in a long sentence.", "Lena Brandt", "Federal Chancellor", "DE", ""},
		{"tanaiste", "", "The Tánaiste, Ciara Nolan, welcomed the visitors in a long sentence.", "Ciara Nolan", "Tánaiste", "IE", ""},
		{"trade representative", "", "Ama Osei, United States Trade Representative, met the minister.", "Ama Osei", "Trade Representative", "US", ""},
		{"politburo member", "", "Member of the Politburo of China Wen Bo visited the port.", "Wen Bo", "Politburo Member", "CN", ""},
		{"state secretary", "", "Swedish State Secretary Nils Berg met the minister in a long sentence.", "Nils Berg", "State Secretary", "SE", ""},
		{"month abbreviation as first name", "", "Visiting Dutch Prime Minister Jan Willem Kok held talks.", "Jan Willem Kok", "Prime Minister", "NL", ""},
		{"hyphenated lower-case part", "", "Participants included Mr. Kim Min-ho, Minister of Trade of Korea; and others.", "Kim Min-ho", "Minister", "KR", ""},
		{"capitalised title comma name", "", "The visitors met NATO Secretary General, Lena Vik, in a long sentence.", "Lena Vik", "Secretary-General", "", "NATO"},
		{"title with complement comma name", "", "Commissioner for Trade, Ana Vell, will attend the long meeting.", "Ana Vell", "Commissioner for Trade", "", ""},
		{"unmarked lower-case title", "", "The deal was praised by current president Ali Sani on Friday.", "Ali Sani", "President", "", ""},
		{"lower-case title coordinated", "", "The pact was signed by Kenyan president Jomo Otieno and energy minister Kipto Lang today.", "Kipto Lang", "Minister", "KE", ""},
		{"marked noname title", "", "The visitors met European Council chief Marc Delon in a long sentence.", "Marc Delon", "Chief", "", "EU"},
		{"ambassador from state", "", "He pushed the ambassador from the Republic of Kiribati, Mr. Tane Aru, after the party.", "Tane Aru", "Ambassador", "KI", ""},
		{"government outlet's own official", "Ministry of Foreign Affairs of Japan", "Prime Minister Kenji Sato held a meeting with President Ali Sani of Niger.", "Kenji Sato", "Prime Minister", "JP", ""},
		{"government outlet's host", "Ministry of Foreign Affairs of Japan", "During her visit, President Ana Vell of Niger held meetings with Prime Minister Kenji Sato and others.", "Kenji Sato", "Prime Minister", "JP", ""},
		{"possessive is no object of a meeting", "", "The leaders started the meeting with Prime Minister Kenji Sato's report on his trip to Peru. Japan and Peru agreed.", "Kenji Sato", "Prime Minister", "JP", ""},
		{"office after a complement's comma", "", "President of the European Council, Federal Chancellor Lena Brandt, will attend.", "Lena Brandt", "Federal Chancellor", "DE", ""},
		{"apposition title that introduces the next name", "", "The deal was signed by Kenyan president Jomo Otieno and energy minister Kipto Lang, Ugandan president Okello Mugisha and energy minister Sara Nabwire.", "Kipto Lang", "Minister", "KE", ""},
		{"that country's", "", "The presidency is held by Chile, and that country's Prime Minister Rui Matos and Foreign Minister Ana Lobo took part.", "Ana Lobo", "Foreign Minister", "CL", ""},
		{"no president in a monarchy's release", "UK Prime Minister's Office, 10 Downing Street", "The Prime Minister and President Ivan Petrov of Russia discussed this when they met.", "Ivan Petrov", "President", "RU", ""},
		{"domestic institution in a US outlet", "U.S. Department of the Treasury", "Joining him will be Chairman of the Trade and Tariff Commission Tom Ward, and others.", "Tom Ward", "Chairman of the Trade and Tariff Commission", "US", ""},
		{"head met in a US outlet", "American Forces Press Service", "The secretary landed in Brasilia. In the evening he met President Jorge Bastos. Brazil and the US agreed.", "Jorge Bastos", "President", "BR", ""},
		{"envoy posted in a state", "", "The senior Peruvian diplomat in Chile, Ana Vell, is standing firm on the decision.", "Ana Vell", "Diplomat", "PE", ""},
		{"surname He inside a sentence", "", "The Chinese side will be led by He Min, Vice Premier of China, and others.", "He Min", "Vice Premier", "CN", ""},
		{"title with a list complement", "U.S. Department of State", "Special Envoy for Women, Children, and Refugees Ana Vell is leading the effort.", "Ana Vell", "Special Envoy for Women, Children, and Refugees", "US", ""},
		{"host of a meeting abroad", "The White House", "The first meeting was hosted by President Bima Sakti in Surabaya, Indonesia; the next by the United Kingdom.", "Bima Sakti", "President", "ID", ""},
		{"acronym after the complement", "", "Taking part were Chairman of the Peruvian Commission for the G8 Ana Vell and others.", "Ana Vell", "Chairman", "PE", ""},
		{"office of one organisation", "", "Chinese State Councilor Wen Bo met the High Representative for Foreign Affairs Ana Vell in Brussels.", "Ana Vell", "High Representative for Foreign Affairs and Security Policy", "", "EU"},
		{"british secretary of state", "", "Secretary of State for Foreign Affairs Tom Ward of the United Kingdom met the press.", "Tom Ward", "Secretary of State", "GB", ""},
		{"british secretary of state, unmarked", "", "Secretary of State for Defence Tom Ward met the press in a long sentence.", "Tom Ward", "Secretary of State", "GB", ""},
		{"un under-secretary-general", "", "UN Under-Secretary-General Ana Vell visited the camps in a long sentence.", "Ana Vell", "Under-Secretary-General", "", "UN"},
		{"european commissioner", "", "European Commissioner Ana Vell visited the camps in a long sentence.", "Ana Vell", "Commissioner", "", "EU"},
		{"institution adjectives and a two-word Chinese name", "", "They met Director of the Central Economic and Financial Affairs Commission Zhao He, and others.", "Zhao He", "Director of the Central Economic and Financial Affairs Commission", "", ""},
		{"organisation's release", "European Commission (press release)", "Commissioner for Trade, Ana Vell, and Peruvian Minister Jorge Bastos will meet in Lima.", "Ana Vell", "Commissioner for Trade", "", "EU"},
		{"organisation's release, head", "European External Action Service (EEAS news story)", "Commission President Ana Vell will meet Russian President Ivan Petrov for the summit.", "Ana Vell", "President", "", "EU"},
		{"verb is no topic of the office", "", "Prime Minister Jane Holt of New Zealand met Prime Minister Kenji Sato of Japan.", "Kenji Sato", "Prime Minister", "JP", ""},
		{"kremlin offices", "President of Russia (Kremlin, official website, English)", "Taking part were Aide to the President Yury Orlov and Chairman of the Government of the Russian Federation Ivan Petrov.", "Ivan Petrov", "Prime Minister", "RU", ""},
		{"presidential aide", "President of Russia (Kremlin, official website, English)", "Presidential Aide Yury Orlov said the talks went well in a long sentence.", "Yury Orlov", "Presidential Aide", "RU", ""},
		{"legislator deputy", "", "Brazilian Deputy Paulo Reis, a member of the delegation, spoke.", "Paulo Reis", "Deputy", "BR", ""},
		{"japanese vice-minister", "", "Mr. Kenji Oda, Parliamentary Vice-Minister for Foreign Affairs, attended.", "Kenji Oda", "Parliamentary Vice-Minister for Foreign Affairs", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text})
			o, ok := officialNamed(e, tc.wantName)
			if !ok {
				t.Fatalf("no official %q in %+v", tc.wantName, e.Officials)
			}
			if o.Title != tc.title {
				t.Errorf("title = %q, want %q", o.Title, tc.title)
			}
			got := ""
			if o.Country != nil {
				got = *o.Country
			}
			if got != tc.country && tc.country != "" {
				t.Errorf("country = %q, want %q", got, tc.country)
			}
			if o.Organization != tc.org {
				t.Errorf("organization = %q, want %q", o.Organization, tc.org)
			}
			if len(o.Evidence) == 0 || o.Evidence[0].Rule == "" {
				t.Errorf("no evidence with a rule")
			}
		})
	}
}

func TestNotOfficials(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"By Donna Writer\nExample Press Service\n\nQUITO, Ecuador, Oct. 6, 2009 – A senior defense official said the talks went well today.",
		"The following is attributable to Spokesperson Jo Sample:\n\nThe Secretary met the minister in a long sentence.",
		"Press Secretary Jo Example said the Paraguayan president would not attend the meeting.",
		"Delegates to the UN General Assembly Special Committee on Decolonization met in New York for a long time.",
		"Former Prime Minister Abe Example was remembered in a long sentence here.",
		"Andes Water Research Institute Director Ana Example said the glaciers shrank.",
		"The exercises were led by HMS King Alfred in a long sentence.",
		"Peruvian President Visits Chile\n\nThe two leaders discussed trade in a long sentence.",
		"Ana Example, deputy director of the Sahel Water Institute, called the pipeline vital.",
		"A university expert and former Peruvian security official, Ana Example, said the fires grew.",
		"The ceremony was attended by ex-President Ana Example in a long sentence.",
		"Home > Secretary of State Ana Example > Speeches > 2003\n\nThe minister spoke in a long sentence.",
		"He Said Peru Would Win\n\nThe minister spoke in a long sentence.",
	} {
		e := extractText(t, x, attache.Article{ID: "t", Text: text})
		if len(e.Officials) != 0 {
			t.Errorf("%q: officials %+v, want none", text, e.Officials)
		}
	}
}

// A state named just before a comma and a title is no person: "… of
// South Africa, Foreign Minister …" starts the next delegation.
func TestStateBeforeCommaTitleIsNoPerson(t *testing.T) {
	x := newExtractor(t)
	text := "The delegations were led by Foreign Minister Ana Vell of South Africa, Foreign Minister Oren Tal of Germany and Polish Foreign Minister Kofi Lane."
	e := extractText(t, x, attache.Article{ID: "t", Text: text})
	var names []string
	for _, o := range e.Officials {
		names = append(names, o.Name)
	}
	want := []string{"Ana Vell", "Oren Tal", "Kofi Lane"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("officials %q, want %q", names, want)
	}
}

func TestAliasesAndAnaphora(t *testing.T) {
	x := newExtractor(t)
	text := "QUITO, Ecuador, Oct. 6, 2009 – Defense Secretary Dana Sample will meet here over breakfast with Ecuadorian President Alonso Rivas and his new defense minister.\n\n" +
		"Today, Sample will meet with Rivas and his new defense minister, Marco Lino, sworn in days ago."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "American Forces Press Service", Text: text})
	lino, ok := officialNamed(e, "Marco Lino")
	if !ok || lino.Country == nil || *lino.Country != "EC" {
		t.Fatalf("Marco Lino: %+v", lino)
	}
	if len(e.Meetings) != 1 {
		t.Fatalf("meetings = %+v, want one merged meeting", e.Meetings)
	}
	m := e.Meetings[0]
	if m.Status != attache.StatusScheduled || m.Date == nil || *m.Date != "2009-10-06" {
		t.Errorf("meeting = %+v", m)
	}
	if len(m.Participants) != 3 {
		t.Errorf("participants = %v, want three", m.Participants)
	}
	if m.Location == nil || m.Location.City == nil || *m.Location.City != "Quito" {
		t.Errorf("location = %+v, want Quito (here = dateline)", m.Location)
	}
}

func TestRespectiveList(t *testing.T) {
	x := newExtractor(t)
	text := "Tanzanian foreign minister Sami Adel and his Kenyan, Ugandan and French counterparts, Jomo Otieno, Okello Mugisha and Jean-Luc Marceau, respectively, gathered in Arusha."
	e := extractText(t, x, attache.Article{ID: "t", Text: text})
	want := map[string]string{"Sami Adel": "TZ", "Jomo Otieno": "KE", "Okello Mugisha": "UG", "Jean-Luc Marceau": "FR"}
	for name, c := range want {
		o, ok := officialNamed(e, name)
		if !ok || o.Country == nil || *o.Country != c {
			t.Errorf("%s: %+v, want country %s", name, o, c)
		}
	}
	// As many names as states, or no pairing.
	text = "He met his Kenyan and Ugandan counterparts, Jomo Otieno, on Friday in a long sentence."
	e = extractText(t, x, attache.Article{ID: "t", Text: text})
	if o, ok := officialNamed(e, "Jomo Otieno"); ok && o.Evidence[0].Rule == "official:respective-list+state" {
		t.Errorf("one name paired with two states: %+v", o)
	}
}

func TestColonList(t *testing.T) {
	x := newExtractor(t)
	text := "Some Peruvian ministers attended the dinner: Ana Vell (Mining), Marco Lino (Culture and Sports) and Rosa Tello. Also there was a banker."
	e := extractText(t, x, attache.Article{ID: "t", Text: text})
	want := map[string]string{"Ana Vell": "Minister of Mining", "Marco Lino": "Minister of Culture and Sports", "Rosa Tello": "Minister"}
	for name, title := range want {
		o, ok := officialNamed(e, name)
		if !ok || o.Title != title || o.Country == nil || *o.Country != "PE" {
			t.Errorf("%s: %+v, want %s of PE", name, o, title)
		}
	}
	if len(e.Officials) != 3 {
		t.Errorf("officials %+v, want three", e.Officials)
	}
}

// "The Prime Minister" unnamed in a government's own release is its own.
func TestOwnOffice(t *testing.T) {
	x := newExtractor(t)
	entry := func(title string) titleEntry {
		toks := splitSentences(title, 0)[0].toks
		e, _, ok := x.titles.match(toks, 0)
		if !ok {
			t.Fatalf("no title %q", title)
		}
		return e
	}
	tests := []struct {
		title, outletState string
		usOutlet           bool
		want               string
	}{
		{"Prime Minister", "GB", false, "GB"},
		{"President", "GB", false, ""}, // the UK has no president
		{"President", "KR", false, "KR"},
		{"Secretary", "", true, "US"},
		{"Prime Minister", "", true, ""},
		{"Prime Minister", "", false, ""},
		{"Ambassador", "GB", false, ""},
	}
	for _, tc := range tests {
		d := &document{usOutlet: tc.usOutlet}
		if got := ownOffice(d, titleMatch{entry: entry(tc.title)}, tc.outletState); got != tc.want {
			t.Errorf("ownOffice(%q, %q, us=%v) = %q, want %q", tc.title, tc.outletState, tc.usOutlet, got, tc.want)
		}
	}
}

func TestListedWithOfficials(t *testing.T) {
	x := newExtractor(t)
	text := "Today, Secretary Ana Vell, Special Envoy Marco Lino, Mr. Paul Tano, and Secretary Rosa Tello held a meeting with the Peruvian delegation."
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "The White House (briefing room)", Text: text})
	o, ok := officialNamed(e, "Paul Tano")
	if !ok || o.Country == nil || *o.Country != "US" || o.Title != "" {
		t.Errorf("Paul Tano: %+v (of %+v), want an untitled US official", o, e.Officials)
	}
	// Not between officials: no official.
	e = extractText(t, x, attache.Article{ID: "t", Outlet: "The White House (briefing room)", Text: "Secretary Ana Vell thanked Mr. Paul Tano, a businessman, in a long sentence."})
	if _, ok := officialNamed(e, "Paul Tano"); ok {
		t.Errorf("officials %+v: a private person listed", e.Officials)
	}
}

// The headline's state is no one's whom its official meets.
func TestHeadlineStateIsNoCounterparts(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Text: "Readout of President Reed's Call with Chancellor Brandt of Germany\n\nPresident Alan Reed spoke today with Chancellor Lena Brandt of Germany."})
	o, ok := officialNamed(e, "Alan Reed")
	if !ok || o.Country != nil && *o.Country == "DE" {
		t.Errorf("Alan Reed: %+v, want not German", o)
	}
}

// A counterpart holds an office of the level of the person it is the
// counterpart of.
func TestCounterpartLevel(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Text: "Kenyan President Jomo Otieno met his Ugandan counterpart Okello Mugisha in Kampala on Friday."})
	o, ok := officialNamed(e, "Okello Mugisha")
	if !ok || o.Level != "head_of_state" || o.Country == nil || *o.Country != "UG" {
		t.Errorf("Okello Mugisha: %+v, want a Ugandan head of state", o)
	}
}

// "Foreign Secretary" is British unless the outlet's government or the
// person's own words say otherwise: India's and Pakistan's releases have
// one of their own.
func TestUsualStateOfOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ outlet, text, want string }{
		{"Example Wire", "Foreign Secretary Ravi Kumar met the Secretary-General in Geneva on Monday to discuss the crisis.", "GB"},
		{"Ministry of External Affairs, Government of India", "Foreign Secretary Ravi Kumar held talks with the visiting delegation of Nepal in New Delhi.", "IN"},
		{"Example Wire", "Nepalese Foreign Secretary Ravi Kumar met the Secretary-General in Geneva.", "NP"},
		{"Example Wire", "Foreign Minister Ali Sani of Niger toured the shipyard with Defence Secretary Ravi Kumar in Portsmouth.", "GB"},
	}
	for _, tt := range tests {
		e := extractText(t, x, attache.Article{ID: "t", Outlet: tt.outlet, Text: tt.text})
		o, ok := officialNamed(e, "Ravi Kumar")
		if !ok || o.Country == nil || *o.Country != tt.want {
			t.Errorf("%s: %q: Ravi Kumar = %+v, want of %s", tt.outlet, tt.text, o, tt.want)
		}
	}
}

// A counterpart serves another state than the person whose counterpart
// it is: the state written before "counterpart" is never the other's,
// even when it is the only state the article names.
func TestCounterpartStateIsNotTheOthers(t *testing.T) {
	x := newExtractor(t)
	e := extractText(t, x, attache.Article{ID: "t", Outlet: "Example Wire", Text: "Secretary Jane Roe met her Nigerien counterpart Ali Sani on Monday."})
	if o, ok := officialNamed(e, "Jane Roe"); !ok || o.Country != nil && *o.Country == "NE" {
		t.Errorf("Jane Roe = %+v, want not of Niger", o)
	}
	if o, ok := officialNamed(e, "Ali Sani"); !ok || o.Country == nil || *o.Country != "NE" {
		t.Errorf("Ali Sani = %+v, want of Niger", o)
	}
}
