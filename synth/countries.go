package synth

// country is one sovereign state the generator writes about. The table is
// kept here, not taken from the extractor's lexicon, so that the generator
// and the extractor cannot share a mistake: the synthetic truth is written
// independently of the code it measures.
type country struct {
	Code string
	// Name is the short name; NameIn the form used inside a sentence ("the
	// United States"); Poss the possessive ("Peru's", "the U.S.").
	Name, NameIn, Poss string
	// Demonym is the adjective before a title ("Peruvian"); empty when it
	// would be ambiguous (both Congos are "Congolese"), so the generator
	// never writes it.
	Demonym string
	Capital string
	// President and PrimeMinister say which heads the state has; HeadOfGov
	// overrides the head of government's title ("Chancellor", "Premier").
	President, PrimeMinister bool
	HeadOfGov                string
	// US uses secretaries instead of ministers; GB has its own secretaries.
	Titles []title
}

// countries are the states of the synthetic world: real states, with the
// look-alikes an extractor must keep apart (Niger and Nigeria, the two
// Congos, Georgia), and a spread over every continent.
var countries = []country{
	{Code: "US", Name: "United States", NameIn: "the United States", Poss: "the U.S.", Demonym: "U.S.", Capital: "Washington", President: true, Titles: usTitles},
	{Code: "GB", Name: "United Kingdom", NameIn: "Britain", Poss: "Britain's", Demonym: "British", Capital: "London", PrimeMinister: true, Titles: gbTitles},
	{Code: "FR", Name: "France", NameIn: "France", Poss: "France's", Demonym: "French", Capital: "Paris", President: true, PrimeMinister: true},
	{Code: "DE", Name: "Germany", NameIn: "Germany", Poss: "Germany's", Demonym: "German", Capital: "Berlin", PrimeMinister: true, HeadOfGov: "Chancellor"},
	{Code: "IT", Name: "Italy", NameIn: "Italy", Poss: "Italy's", Demonym: "Italian", Capital: "Rome", PrimeMinister: true},
	{Code: "ES", Name: "Spain", NameIn: "Spain", Poss: "Spain's", Demonym: "Spanish", Capital: "Madrid", PrimeMinister: true},
	{Code: "PL", Name: "Poland", NameIn: "Poland", Poss: "Poland's", Demonym: "Polish", Capital: "Warsaw", President: true, PrimeMinister: true},
	{Code: "UA", Name: "Ukraine", NameIn: "Ukraine", Poss: "Ukraine's", Demonym: "Ukrainian", Capital: "Kyiv", President: true, PrimeMinister: true},
	{Code: "RU", Name: "Russia", NameIn: "Russia", Poss: "Russia's", Demonym: "Russian", Capital: "Moscow", President: true, PrimeMinister: true},
	{Code: "TR", Name: "Turkey", NameIn: "Turkey", Poss: "Turkey's", Demonym: "Turkish", Capital: "Ankara", President: true},
	{Code: "GR", Name: "Greece", NameIn: "Greece", Poss: "Greece's", Demonym: "Greek", Capital: "Athens", PrimeMinister: true},
	{Code: "SE", Name: "Sweden", NameIn: "Sweden", Poss: "Sweden's", Demonym: "Swedish", Capital: "Stockholm", PrimeMinister: true},
	{Code: "NO", Name: "Norway", NameIn: "Norway", Poss: "Norway's", Demonym: "Norwegian", Capital: "Oslo", PrimeMinister: true},
	{Code: "FI", Name: "Finland", NameIn: "Finland", Poss: "Finland's", Demonym: "Finnish", Capital: "Helsinki", President: true, PrimeMinister: true},
	{Code: "CH", Name: "Switzerland", NameIn: "Switzerland", Poss: "Switzerland's", Demonym: "Swiss", Capital: "Bern", President: true},
	{Code: "AT", Name: "Austria", NameIn: "Austria", Poss: "Austria's", Demonym: "Austrian", Capital: "Vienna", PrimeMinister: true, HeadOfGov: "Chancellor"},
	{Code: "GE", Name: "Georgia", NameIn: "Georgia", Poss: "Georgia's", Demonym: "Georgian", Capital: "Tbilisi", President: true, PrimeMinister: true},
	{Code: "EG", Name: "Egypt", NameIn: "Egypt", Poss: "Egypt's", Demonym: "Egyptian", Capital: "Cairo", President: true, PrimeMinister: true},
	{Code: "NG", Name: "Nigeria", NameIn: "Nigeria", Poss: "Nigeria's", Demonym: "Nigerian", Capital: "Abuja", President: true},
	{Code: "NE", Name: "Niger", NameIn: "Niger", Poss: "Niger's", Demonym: "Nigerien", Capital: "Niamey", President: true, PrimeMinister: true},
	{Code: "KE", Name: "Kenya", NameIn: "Kenya", Poss: "Kenya's", Demonym: "Kenyan", Capital: "Nairobi", President: true},
	{Code: "ET", Name: "Ethiopia", NameIn: "Ethiopia", Poss: "Ethiopia's", Demonym: "Ethiopian", Capital: "Addis Ababa", PrimeMinister: true},
	{Code: "ZA", Name: "South Africa", NameIn: "South Africa", Poss: "South Africa's", Demonym: "South African", Capital: "Pretoria", President: true},
	{Code: "CD", Name: "Democratic Republic of the Congo", NameIn: "the Democratic Republic of the Congo", Poss: "the Democratic Republic of the Congo's", Capital: "Kinshasa", President: true, PrimeMinister: true},
	{Code: "CG", Name: "Republic of the Congo", NameIn: "the Republic of the Congo", Poss: "the Republic of the Congo's", Capital: "Brazzaville", President: true},
	{Code: "IL", Name: "Israel", NameIn: "Israel", Poss: "Israel's", Demonym: "Israeli", Capital: "Jerusalem", PrimeMinister: true},
	{Code: "IR", Name: "Iran", NameIn: "Iran", Poss: "Iran's", Demonym: "Iranian", Capital: "Tehran", President: true},
	{Code: "IQ", Name: "Iraq", NameIn: "Iraq", Poss: "Iraq's", Demonym: "Iraqi", Capital: "Baghdad", President: true, PrimeMinister: true},
	{Code: "IN", Name: "India", NameIn: "India", Poss: "India's", Demonym: "Indian", Capital: "New Delhi", PrimeMinister: true},
	{Code: "PK", Name: "Pakistan", NameIn: "Pakistan", Poss: "Pakistan's", Demonym: "Pakistani", Capital: "Islamabad", President: true, PrimeMinister: true},
	{Code: "CN", Name: "China", NameIn: "China", Poss: "China's", Demonym: "Chinese", Capital: "Beijing", President: true, PrimeMinister: true, HeadOfGov: "Premier"},
	{Code: "JP", Name: "Japan", NameIn: "Japan", Poss: "Japan's", Demonym: "Japanese", Capital: "Tokyo", PrimeMinister: true},
	{Code: "KR", Name: "South Korea", NameIn: "South Korea", Poss: "South Korea's", Demonym: "South Korean", Capital: "Seoul", President: true},
	{Code: "ID", Name: "Indonesia", NameIn: "Indonesia", Poss: "Indonesia's", Demonym: "Indonesian", Capital: "Jakarta", President: true},
	{Code: "PH", Name: "Philippines", NameIn: "the Philippines", Poss: "the Philippines'", Demonym: "Philippine", Capital: "Manila", President: true},
	{Code: "VN", Name: "Vietnam", NameIn: "Vietnam", Poss: "Vietnam's", Demonym: "Vietnamese", Capital: "Hanoi", PrimeMinister: true},
	{Code: "AU", Name: "Australia", NameIn: "Australia", Poss: "Australia's", Demonym: "Australian", Capital: "Canberra", PrimeMinister: true},
	{Code: "CA", Name: "Canada", NameIn: "Canada", Poss: "Canada's", Demonym: "Canadian", Capital: "Ottawa", PrimeMinister: true},
	{Code: "MX", Name: "Mexico", NameIn: "Mexico", Poss: "Mexico's", Demonym: "Mexican", Capital: "Mexico City", President: true},
	{Code: "BR", Name: "Brazil", NameIn: "Brazil", Poss: "Brazil's", Demonym: "Brazilian", Capital: "Brasília", President: true},
	{Code: "AR", Name: "Argentina", NameIn: "Argentina", Poss: "Argentina's", Demonym: "Argentine", Capital: "Buenos Aires", President: true},
	{Code: "PE", Name: "Peru", NameIn: "Peru", Poss: "Peru's", Demonym: "Peruvian", Capital: "Lima", President: true},
	{Code: "CO", Name: "Colombia", NameIn: "Colombia", Poss: "Colombia's", Demonym: "Colombian", Capital: "Bogotá", President: true},
	{Code: "CL", Name: "Chile", NameIn: "Chile", Poss: "Chile's", Demonym: "Chilean", Capital: "Santiago", President: true},
}

// venues are cities where negotiating rounds are often held on neutral
// ground; the state that hosts the venue is not a party to the talks.
var venues = []struct{ City, Country string }{
	{"Geneva", "CH"}, {"Vienna", "AT"}, {"Oslo", "NO"}, {"Helsinki", "FI"}, {"Istanbul", "TR"}, {"Nairobi", "KE"},
}

// countryIndex finds a country by code; -1 when it is not in the table.
func countryIndex(code string) int {
	for i := range countries {
		if countries[i].Code == code {
			return i
		}
	}
	return -1
}
