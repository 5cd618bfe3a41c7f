package extract

import "testing"

// TestIssuerPortfolioLine: a Westminster release names its minister with
// honours and the portfolio alone on the next line (New Zealand's
// government writes "Hon N" over "Trade and Export Growth"); the minister
// is the "I" of the text. A name without honours over such a line, or a
// line of other words under the honours, makes no issuer.
func TestIssuerPortfolioLine(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "New Zealand speech: honours over a portfolio",
			outlet: "New Zealand Government (beehive.govt.nz), speech",
			text:   "Speech to the Exporters Forum\n\nHon Mere Tane\nTrade and Export Growth\n\nThursday 16 March 2017\n\nGood morning, and thank you for having me.\n\nI want to start with a number. One in four jobs depends on exports.",
			want:   map[string]bool{"Mere Tane": true}},
		{name: "Pacific release: honours over a one-word portfolio",
			outlet: "Government of Samoa, press release",
			text:   "Minister welcomes Fijian counterpart\n\nHon Tavita Leota\nForeign Affairs\n\nToday I welcomed Fiji's Foreign Minister Sakiusa Naivalu to Apia for talks on fisheries.",
			want:   map[string]bool{"Tavita Leota": true, "Sakiusa Naivalu": true}},
		{name: "Australian release: right honourable over portfolios joined by and",
			outlet: "Minister for Trade, media release",
			text:   "Trade mission to Chile\n\nThe Hon Ken Dale MP\nTrade, Tourism and Investment\n\nI will lead a trade mission to Santiago next week to meet Chile's Foreign Minister Rosa Tello.",
			want:   map[string]bool{"Ken Dale": true, "Rosa Tello": true}},
		{name: "no honours: a name over a portfolio-like line is no issuer",
			outlet: "Wire",
			text:   "Exporters meet\n\nMere Tane\nTrade and Export Growth\n\nI want to start with a number. One in four jobs depends on exports.",
			want:   map[string]bool{"Mere Tane": false}},
		{name: "honours over a line that is no portfolio",
			outlet: "New Zealand Government (beehive.govt.nz), speech",
			text:   "Speech at the launch\n\nHon Mere Tane\nthank you all for coming\n\nI want to start with a number. One in four jobs depends on exports.",
			want:   map[string]bool{"Mere Tane": false}},
	})
}

// TestIssuerCapsNameOffice: a header line in capitals with the name, a
// comma and the office ("ANA M. VELL, SECRETARY OF STATE", as the State
// Department heads the Secretary's statements; an Australian minister's
// with honours) names the "I" of the release; a spokesperson's line makes
// no issuer.
func TestIssuerCapsNameOffice(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "US State: a press statement of the Secretary",
			outlet: "U.S. Department of State",
			text:   "Designation of Two Police Commanders\n\nPRESS STATEMENT\nDALE R. REED, SECRETARY OF STATE\nNOVEMBER 19, 2019\n\nToday I am designating two police commanders of Nicaragua for gross violations of human rights.",
			want:   map[string]bool{"Dale R. Reed": true}},
		{name: "Australia: honours before the name, the office after the comma",
			outlet: "Minister for Foreign Affairs, media release",
			text:   "Visit to Indonesia\n\nSENATOR THE HON ANA VELL, MINISTER FOR FOREIGN AFFAIRS\n\nI will travel to Jakarta on Monday to meet Indonesia's Foreign Minister Dewi Sari.",
			want:   map[string]bool{"Ana Vell": true, "Dewi Sari": true}},
		{name: "US State: a spokesperson's statement names no issuer",
			outlet: "U.S. Department of State",
			text:   "Attack in Kabul\n\nPRESS STATEMENT\nJANE P. DOE, DEPARTMENT SPOKESPERSON\nMAY 2, 2020\n\nI condemn the attack in Kabul today in the strongest terms.",
			want:   map[string]bool{"Jane P. Doe": false}},
	})
}
