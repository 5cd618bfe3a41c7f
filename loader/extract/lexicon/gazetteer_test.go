package lexicon

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attache-project/attache/identity"
)

func loadGazetteer(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatalf("LoadGazetteer: %v", err)
	}
	return g
}

// unMembers are the 193 UN member states' codes; with VA, PS, XK and TW
// they are exactly the gazetteer's rows.
const unMembers = `AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS
BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG
ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ
IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA
PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST
SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`

func TestCountriesAreExactlyTheStates(t *testing.T) {
	g := loadGazetteer(t)
	want := strings.Fields(unMembers)
	if len(want) != 193 {
		t.Fatalf("test list has %d UN members, want 193", len(want))
	}
	want = append(want, "VA", "PS", "XK", "TW")
	sort.Strings(want)

	cs := g.Countries()
	var got []string
	valid := regexp.MustCompile(`^[A-Z]{2}$`)
	for _, c := range cs {
		if !valid.MatchString(c.Code) {
			t.Errorf("code %q is not two uppercase letters", c.Code)
		}
		got = append(got, c.Code)
	}
	if len(got) < 196 {
		t.Errorf("%d countries, want at least 196", len(got))
	}
	if !sort.StringsAreSorted(got) {
		t.Errorf("Countries() not sorted by code")
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		gotSet := map[string]bool{}
		for _, c := range got {
			gotSet[c] = true
		}
		for _, c := range want {
			if !gotSet[c] {
				t.Errorf("missing %s", c)
			}
			delete(gotSet, c)
		}
		for c := range gotSet {
			t.Errorf("unexpected or duplicate %s", c)
		}
	}
}

func TestEveryCountryHasNamesDemonymsCapitals(t *testing.T) {
	g := loadGazetteer(t)
	noCapital := map[string]bool{"PS": true} // its capital is disputed; no metonym counts
	for _, c := range g.Countries() {
		if c.Name == "" || len(c.Names) == 0 || c.Names[0] != c.Name {
			t.Errorf("%s: Name %q, Names %q: Names must start with Name", c.Code, c.Name, c.Names)
		}
		if len(c.Demonyms) == 0 {
			t.Errorf("%s (%s): no demonym", c.Code, c.Name)
		}
		if len(c.Capitals) == 0 && !noCapital[c.Code] {
			t.Errorf("%s (%s): no capital", c.Code, c.Name)
		}
	}
}

func TestCountry(t *testing.T) {
	g := loadGazetteer(t)
	for _, tc := range []struct {
		code, name string
		ok         bool
	}{
		{"US", "United States", true},
		{"us", "United States", true},
		{" gb ", "United Kingdom", true},
		{"Xk", "Kosovo", true},
		{"VA", "Holy See", true},
		{"TW", "Taiwan", true},
		{"PS", "Palestine", true},
		{"SU", "", false},
		{"YU", "", false},
		{"", "", false},
		{"USA", "", false},
	} {
		c, ok := g.Country(tc.code)
		if ok != tc.ok || c.Name != tc.name {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tc.code, c.Name, ok, tc.name, tc.ok)
		}
	}
	// The result is a copy: changing it does not change the gazetteer.
	c, _ := g.Country("US")
	c.Names[0] = "changed"
	if c2, _ := g.Country("US"); c2.Names[0] != "United States" {
		t.Errorf("Country returned shared slice")
	}
}

// candidates renders Lookup's result as "CODE kind [ambiguous]" items.
func candidates(ps []Phrase) string {
	var out []string
	for _, p := range ps {
		s := p.Code + " " + p.Kind.String()
		if p.Ambiguous {
			s += " ambiguous"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func TestLookupTraps(t *testing.T) {
	g := loadGazetteer(t)
	for _, tc := range []struct {
		text, want string
	}{
		// The United States and its short forms.
		{"United States", "US name"},
		{"United States of America", "US name"},
		{"U.S.", "US name"},
		{"US", "US name"},
		{"U.S.A.", "US name"},
		{"USA", "US name"},
		{"America", "US name ambiguous"},
		{"American", "US demonym"},
		{"Washington", "US capital ambiguous"},
		{"us", ""},
		{"Us", ""},
		// The United Kingdom.
		{"United Kingdom", "GB name"},
		{"UK", "GB name"},
		{"U.K.", "GB name"},
		{"Britain", "GB name"},
		{"Great Britain", "GB name"},
		{"British", "GB demonym"},
		{"London", "GB capital"},
		// The two Chinas and the two Koreas.
		{"China", "CN name"},
		{"People's Republic of China", "CN name"},
		{"People’s Republic of China", "CN name"},
		{"PRC", "CN name"},
		{"Chinese", "CN demonym"},
		{"Beijing", "CN capital"},
		{"Republic of China", "TW name"},
		{"Taiwan", "TW name"},
		{"Taiwanese", "TW demonym"},
		{"Taipei", "TW capital"},
		{"ROC", "TW name ambiguous"},
		{"Chinese Taipei", "TW name"},
		{"South Korea", "KR name"},
		{"Republic of Korea", "KR name"},
		{"ROK", "KR name"},
		{"Seoul", "KR capital"},
		{"North Korea", "KP name"},
		{"Democratic People's Republic of Korea", "KP name"},
		{"DPRK", "KP name"},
		{"Pyongyang", "KP capital"},
		{"North Korean", "KP demonym"},
		{"South Korean", "KR demonym"},
		{"Korean", "KR demonym ambiguous"}, // the North is written "North Korean"
		{"Korea", "KR name ambiguous"},
		// Turkey.
		{"Türkiye", "TR name"},
		{"Turkiye", "TR name"},
		{"Turkey", "TR name ambiguous"},
		{"Turkish", "TR demonym"},
		{"Ankara", "TR capital"},
		// Côte d'Ivoire with both apostrophes and without diacritics.
		{"Côte d'Ivoire", "CI name"},
		{"Côte d’Ivoire", "CI name"},
		{"Cote d'Ivoire", "CI name"},
		{"Cote d’Ivoire", "CI name"},
		{"Ivory Coast", "CI name"},
		{"Ivorian", "CI demonym"},
		// Myanmar.
		{"Burma", "MM name"},
		{"Myanmar", "MM name"},
		{"Burmese", "MM demonym"},
		// The two Congos.
		{"Democratic Republic of the Congo", "CD name"},
		{"DRC", "CD name"},
		{"DR Congo", "CD name"},
		{"Congo-Kinshasa", "CD name"},
		{"Kinshasa", "CD capital"},
		{"Republic of the Congo", "CG name"},
		{"Congo-Brazzaville", "CG name"},
		{"Brazzaville", "CG capital"},
		{"Congo", "CG name ambiguous"},
		{"Congolese", "CD demonym ambiguous; CG demonym ambiguous"},
		// The Guineas.
		{"Guinea", "GN name ambiguous"},
		{"Guinean", "GN demonym ambiguous"},
		{"Guinea-Bissau", "GW name"},
		{"Equatorial Guinea", "GQ name"},
		{"Papua New Guinea", "PG name"},
		// Dominica and the Dominican Republic.
		{"Dominica", "DM name ambiguous"},
		{"Dominican Republic", "DO name"},
		{"Dominican", "DM demonym ambiguous; DO demonym ambiguous"},
		// Niger and Nigeria.
		{"Niger", "NE name ambiguous"},
		{"Nigerien", "NE demonym"},
		{"Niamey", "NE capital"},
		{"Nigeria", "NG name"},
		{"Nigerian", "NG demonym"},
		{"Abuja", "NG capital"},
		// Names a person or a US state can have.
		{"Georgia", "GE name ambiguous"},
		{"Jordan", "JO name ambiguous"},
		{"Chad", "TD name ambiguous"},
		{"Jerusalem", "IL capital ambiguous"},
		// Renamed states and short forms.
		{"Czechia", "CZ name"},
		{"Czech Republic", "CZ name"},
		{"North Macedonia", "MK name"},
		{"Macedonia", "MK name ambiguous"},
		{"Eswatini", "SZ name"},
		{"Swaziland", "SZ name"},
		{"Cabo Verde", "CV name"},
		{"Cape Verde", "CV name"},
		{"Timor-Leste", "TL name"},
		{"East Timor", "TL name"},
		{"Russia", "RU name"},
		{"Russian Federation", "RU name"},
		{"Russian", "RU demonym"},
		{"Moscow", "RU capital"},
		{"Iran", "IR name"},
		{"Islamic Republic of Iran", "IR name"},
		{"Syria", "SY name"},
		{"Laos", "LA name"},
		{"Lao PDR", "LA name"},
		{"Vietnam", "VN name"},
		{"Viet Nam", "VN name"},
		{"Philippines", "PH name"},
		{"Filipino", "PH demonym"},
		{"Philippine", "PH demonym"},
		{"Netherlands", "NL name"},
		{"Holland", "NL name"},
		{"Dutch", "NL demonym"},
		{"UAE", "AE name"},
		{"United Arab Emirates", "AE name"},
		{"Emirati", "AE demonym"},
		{"Saudi Arabia", "SA name"},
		{"Saudi", "SA name"},
		{"Bosnia and Herzegovina", "BA name"},
		{"Bosnia", "BA name"},
		{"Micronesia", "FM name ambiguous"},
		{"Sao Tome", "ST name"},
		{"São Tomé and Príncipe", "ST name"},
		{"Sao Tome and Principe", "ST name"},
		{"St. Lucia", "LC name"},
		{"Saint Lucia", "LC name"},
		// Partly recognised states.
		{"Palestine", "PS name"},
		{"Palestinian Authority", "PS name"},
		{"Palestinian", "PS demonym"},
		{"Kosovo", "XK name"},
		{"Kosovar", "XK demonym"},
		{"Kosovan", "XK demonym"},
		{"Holy See", "VA name"},
		{"Vatican", "VA name"},
		// Demonyms and capitals.
		{"Peruvian", "PE demonym"},
		{"Lima", "PE capital"},
		{"Bangladeshi", "BD demonym"},
		{"Tajik", "TJ demonym"},
		{"Tajikistani", "TJ demonym"},
		{"Omani", "OM demonym"},
		{"Afghan", "AF demonym"},
		{"Iraqi", "IQ demonym"},
		{"Israeli", "IL demonym"},
		{"Japanese", "JP demonym"},
		{"Tokyo", "JP capital"},
		{"Kyiv", "UA capital"},
		{"Kiev", "UA capital"},
		{"New Delhi", "IN capital"},
		{"Bogota", "CO capital"},
		{"Bogotá", "CO capital"},
		{"N’Djamena", "TD capital"},
		// Plural nouns.
		{"Americans", "US demonym"},
		{"Peruvians", "PE demonym"},
		{"Iraqis", "IQ demonym"},
		{"Britons", "GB demonym"},
		{"Koreans", "KR demonym ambiguous"},
		{"Georgians", "GE demonym ambiguous"},
		// Headline forms.
		{"S. Korea", "KR name"},
		{"N. Korea", "KP name"},
		{"Congo (Kinshasa)", "CD name"},
		// Not states.
		{"Soviet Union", ""},
		{"Soviet", ""},
		{"USSR", ""},
		{"Yugoslavia", ""},
		{"Zaire", ""},
		{"Byelorussia", ""},
		{"Kirghizia", ""},
		{"Latin America", ""},
		{"Europe", ""},
		{"Balkans", ""},
		{"Ramallah", ""},
		{"", ""},
		// Case folding only for forms of four letters or more.
		{"PERU", "PE name"},
		{"peruvian", "PE demonym"},
		{"united states", "US name"},
		{"usa", ""},
		{"u.s.", ""},
		{"Uk", ""},
	} {
		if got := candidates(g.Lookup(tc.text)); got != tc.want {
			t.Errorf("Lookup(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPhrasesSortedAndUnique(t *testing.T) {
	g := loadGazetteer(t)
	ps := g.Phrases()
	if len(ps) < 900 {
		t.Errorf("only %d phrases", len(ps))
	}
	seen := map[string]bool{}
	for i, p := range ps {
		if p.Text == "" || strings.TrimSpace(p.Text) != p.Text {
			t.Errorf("phrase %d %q: empty or padded", i, p.Text)
		}
		if _, ok := g.Country(p.Code); !ok {
			t.Errorf("phrase %q: unknown code %q", p.Text, p.Code)
		}
		key := p.Text + "\x00" + p.Code
		if seen[key] {
			t.Errorf("phrase %q for %s listed twice", p.Text, p.Code)
		}
		seen[key] = true
		if i == 0 {
			continue
		}
		q := ps[i-1]
		lq, lp := utf8.RuneCountInString(q.Text), utf8.RuneCountInString(p.Text)
		if lq < lp || (lq == lp && q.Text > p.Text) || (q.Text == p.Text && q.Code >= p.Code) {
			t.Errorf("phrases out of order: %q (%s) before %q (%s)", q.Text, q.Code, p.Text, p.Code)
		}
	}
	// Every phrase is found by Lookup, and Lookup finds only phrases.
	for _, p := range ps {
		found := false
		for _, c := range g.Lookup(p.Text) {
			if c == p {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) misses %+v", p.Text, p)
		}
	}
	// Phrases returns a copy.
	ps[0].Text = "changed"
	if g.Phrases()[0].Text == "changed" {
		t.Errorf("Phrases returned shared slice")
	}
}

func TestLongestFirstPrefersTheFullName(t *testing.T) {
	g := loadGazetteer(t)
	// A matcher that tries phrases in order must meet the longer form first.
	index := map[string]int{}
	for i, p := range g.Phrases() {
		if _, ok := index[p.Text]; !ok {
			index[p.Text] = i
		}
	}
	for _, pair := range [][2]string{
		{"Papua New Guinea", "Guinea"},
		{"Equatorial Guinea", "Guinea"},
		{"Guinea-Bissau", "Guinea"},
		{"Democratic Republic of the Congo", "Congo"},
		{"Republic of the Congo", "Congo"},
		{"People's Republic of China", "Republic of China"},
		{"Republic of China", "China"},
		{"South Sudanese", "Sudanese"},
		{"North Korean", "Korean"},
		{"Dominican Republic", "Dominica"},
		{"Nigeria", "Niger"},
	} {
		long, short := pair[0], pair[1]
		if index[long] >= index[short] {
			t.Errorf("%q (at %d) is not before %q (at %d)", long, index[long], short, index[short])
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	const head = "# comment\ncode\tname\tnames\tdemonyms\tcapitals\tambiguous\n"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"empty", "", "bad.tsv: no header line"},
		{"comments only", "# nothing\n\n", "bad.tsv: no header line"},
		{"no rows", head, "bad.tsv: no countries"},
		{"wrong header", "code\tname\n", `bad.tsv:1: header is "code\tname"`},
		{"few fields", head + "PE\tPeru\t\tPeruvian\tLima\n", "bad.tsv:3: 5 tab-separated fields, want 6"},
		{"lower code", head + "pe\tPeru\t\tPeruvian\tLima\t\n", `bad.tsv:3: code "pe" is not two uppercase letters`},
		{"long code", head + "PER\tPeru\t\tPeruvian\tLima\t\n", `bad.tsv:3: code "PER" is not two uppercase letters`},
		{"empty name", head + "PE\t \t\tPeruvian\tLima\t\n", "bad.tsv:3: PE: empty name"},
		{"duplicate code", head + "PE\tPeru\t\tPeruvian\tLima\t\n\nPE\tPerú\t\tPeruvian\tLima\t\n", "bad.tsv:5: code PE appears twice"},
		{"empty value", head + "PE\tPeru\t\tPeruvian||Peruano\tLima\t\n", `bad.tsv:3: PE: column demonyms: empty value in "Peruvian||Peruano"`},
		{"repeated value", head + "PE\tPeru\t\tPeruvian|Peruvian\tLima\t\n", `bad.tsv:3: PE: column demonyms: value "Peruvian" listed twice`},
		{"no letters", head + "PE\tPeru\t\tPeruvian\t...\t\n", `bad.tsv:3: PE: column capitals: value "..." has no letters`},
		{"unknown ambiguous", head + "PE\tPeru\t\tPeruvian\tLima\tInca\n", `bad.tsv:3: PE: ambiguous form "Inca" is not one of the row's names, demonyms or capitals`},
		{"bad utf8", head + "PE\tPer\xff\t\tPeruvian\tLima\t\n", "bad.tsv:3: invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := parseGazetteer("bad.tsv", []byte(tc.data))
			if err == nil {
				t.Fatalf("parseGazetteer = %v, nil; want error containing %q", g, tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestParseGazetteerMinimal(t *testing.T) {
	data := "code\tname\tnames\tdemonyms\tcapitals\tambiguous\r\n" +
		"# a comment\r\n" +
		"PE\tPeru\tRepublic of Peru\tPeruvian\tLima\tLima\r\n" +
		"CI\tCôte d'Ivoire\t\tIvorian\t\t\n"
	g, err := parseGazetteer("ok.tsv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if got := candidates(g.Lookup("Lima")); got != "PE capital ambiguous" {
		t.Errorf("Lookup(Lima) = %q", got)
	}
	for _, v := range []string{"Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"} {
		if got := candidates(g.Lookup(v)); got != "CI name" {
			t.Errorf("Lookup(%q) = %q, want CI name", v, got)
		}
	}
	c, _ := g.Country("CI")
	if len(c.Names) != 1 || c.Names[0] != "Côte d'Ivoire" || len(c.Capitals) != 0 {
		t.Errorf("CI = %+v", c)
	}
}

func TestStripMarksOfStateNames(t *testing.T) {
	for in, want := range map[string]string{
		"São Tomé and Príncipe": "Sao Tome and Principe",
		"Chișinău":              "Chisinau",
		"Reykjavík":             "Reykjavik",
		"Côte d’Ivoire":         "Cote d’Ivoire",
		"Türkiye":               "Turkiye",
		"Éire":                  "Eire",
		"Peru":                  "Peru",
	} {
		if got := identity.StripMarks(in); got != want {
			t.Errorf("StripMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// A form that can stand for more than one state needs context on each.
func TestSharedFormsAreAmbiguous(t *testing.T) {
	g := loadGazetteer(t)
	codes := map[string]map[string]bool{}
	for _, p := range g.Phrases() {
		if codes[p.Text] == nil {
			codes[p.Text] = map[string]bool{}
		}
		codes[p.Text][p.Code] = true
	}
	for _, p := range g.Phrases() {
		if len(codes[p.Text]) > 1 && !p.Ambiguous {
			t.Errorf("%q stands for %d states but is not ambiguous on %s", p.Text, len(codes[p.Text]), p.Code)
		}
	}
}

func ExampleGazetteer_Lookup() {
	g, err := LoadGazetteer()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{"Peruvian", "U.S.", "Georgia", "Congolese", "us"} {
		for _, p := range g.Lookup(text) {
			fmt.Println(text, p.Code, p.Kind, p.Ambiguous)
		}
	}
	// Output:
	// Peruvian PE demonym false
	// U.S. US name false
	// Georgia GE name true
	// Congolese CD demonym true
	// Congolese CG demonym true
}
