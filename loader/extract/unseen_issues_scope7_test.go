package extract

import (
	"slices"
	"testing"
)

// issueCase is one invented sentence and the issues it must give.
type issueCase struct {
	name, text string
	want       []string
}

// runIssueCases checks each case's issues.
func runIssueCases(t *testing.T, tests []issueCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueMissionOfAMultinationalBody: a "mission" of the UN, the AU, the
// EU or a regional body sent into a country is a peace operation however
// the release names it ("the AU's mission in the Central African
// Republic", "a UN integrated mission", "future EU missions"); a mission that observes an election, trades,
// represents a state at a seat ("the EU Mission to the UN") or assesses an
// economy is not. Invented sentences in several governments' styles.
func TestIssueMissionOfAMultinationalBody(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"the AU's mission, EU press release", "Funding for the AU's mission in the Central African Republic was the first item on the Commissioner's list.", []string{"peacekeeping"}},
		{"African Union mission, UK readout", "The Minister of State praised Ugandan officers who serve with the African Union mission.", []string{"peacekeeping"}},
		{"UN integrated mission, Japanese style", "Minister Sato called on the head of a UN integrated mission in Dili.", []string{"peacekeeping"}},
		{"EU missions, Korean style", "Seoul is ready to send staff to future EU missions, the Vice Minister told the High Representative.", []string{"peacekeeping"}},
		{"ECOWAS mission, wire", "West African leaders agreed to extend the ECOWAS mission in Guinea-Bissau by six months.", []string{"peacekeeping"}},
		{"election observation mission: not", "The Commissioner will discuss support for the AU's election observation missions.", []string{"democracy-governance"}},
		{"EU mission to the UN: not", "She met the head of the EU Mission to the United Nations in New York.", nil},
		{"IMF mission: not", "An IMF mission will visit Accra next week to review the programme.", nil},
		{"trade mission: not", "The minister will lead an EU trade mission to Jakarta.", []string{"trade-investment"}},
		{"naval mission: maritime, not peacekeeping", "The ministers welcomed the EU naval mission off the Horn of Africa.", []string{"maritime-security", "regional-security"}},
		{"diplomatic mission: not", "The Kremlin said the UN diplomatic mission would be reduced.", nil},
	})
}

// TestIssueMovementOfPeople: the movement of people across borders under
// the names releases give it: trafficking in persons (a migration matter
// as much as a rights one), the free movement of persons or workers
// within a bloc, youth mobility and working holiday schemes, seasonal farm
// worker programmes, the right "to live and work" in the other country,
// and refugee flows. The free movement of goods, the return of hostages
// or of refugees after a war and citizens who live abroad are no migration. Invented sentences
// in several governments' styles.
func TestIssueMovementOfPeople(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"trafficking in human beings, EU press release", "The Commissioner and the Interior Minister discussed how to curb trafficking in human beings along the river crossings.", []string{"human-rights", "migration"}},
		{"trafficking of women, USAID release", "The Ambassador pressed officials to act against the trafficking of women into domestic service.", []string{"human-rights", "migration"}},
		{"human trafficking, wire", "The ministers agreed to cooperate more closely against human trafficking.", []string{"human-rights", "migration"}},
		{"free movement of workers, Caribbean summit", "Heads of government set a deadline for the free movement of qualified professionals among member states.", []string{"migration"}},
		{"free movement of persons, EU style", "Ministers reviewed the agreement on the free movement of persons.", []string{"migration"}},
		{"youth mobility scheme, UK readout", "Both premiers hailed the first intake of the young professionals scheme between the two countries.", []string{"migration"}},
		{"working holiday, Japanese style", "The two ministers agreed to expand the working holiday programme.", []string{"migration"}},
		{"to live and work, UK style", "The new visa lets nationals under thirty to live and work in either country for a year.", []string{"migration"}},
		{"seasonal farm workers, Canadian readout", "Ottawa and its partner reviewed how seasonal agricultural workers are housed on orchards.", []string{"migration"}},
		{"influx of refugees, Commonwealth style", "The Minister thanked Jordan for absorbing the influx of refugees from the north.", []string{"humanitarian-aid", "migration"}},
		{"refugee flows, wire", "Officials discussed refugee flows across the northern frontier.", []string{"humanitarian-aid", "migration"}},
		{"free movement of goods: not", "The two sides discussed the free movement of goods.", []string{"trade-investment"}},
		{"return of hostages: not", "The President called for the return of the hostages.", nil},
		{"citizens who live and work: not", "The consul met citizens who live and work in the capital.", nil},
		{"return of refugees: humanitarian only", "The two presidents met to discuss reconciliation and the return of refugees.", []string{"humanitarian-aid", "peace-process"}},
		{"refugees alone: humanitarian only", "The Administrator visited a camp sheltering refugees.", []string{"humanitarian-aid"}},
	})
}

// TestIssueDevelopmentByItsMeans: economic development named by its means
// and its subjects rather than by "development": budget support,
// remittances, concessional finance, a programme with the IMF, funds for
// roads and railways, the economic damage or fallout of a crisis, and the
// developing or poorest countries themselves. The head of the IMF met, a
// poor harvest and the financing of terrorism are none. Invented sentences
// in several governments' styles.
func TestIssueDevelopmentByItsMeans(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"budget support, EU press release", "The Development Minister signed a five-year budget support agreement with the Finance Minister.", []string{"economic-development"}},
		{"remittances, wire", "Island leaders warned that the loss of correspondent banking would choke remittances.", []string{"economic-development"}},
		{"concessional finance, communiqué", "The finance ministers asked multilateral banks for concessional lending tied to disaster risk.", []string{"economic-development", "humanitarian-aid"}},
		{"programme with the IMF, US readout", "The Deputy Secretary backed Zambia's new arrangement with the International Monetary Fund.", []string{"economic-development"}},
		{"IMF programme, Commonwealth style", "The Minister welcomed progress on the IMF programme.", []string{"economic-development"}},
		{"funds for roads, wire", "The regional bank agreed to fund highways linking the landlocked members to the coast.", []string{"economic-development"}},
		{"economic damage, Australian doorstop", "The Premier and the President compared notes on the economic damage left by the epidemic.", []string{"economic-development", "health"}},
		{"economic fallout, Korean style", "The President and the Prime Minister discussed the economic fallout of the crisis.", []string{"economic-development"}},
		{"developing nations, Japanese style", "The Minister stressed support for developing countries in the region.", []string{"economic-development"}},
		{"head of the IMF: not", "The Chancellor met the head of the International Monetary Fund.", nil},
		{"financing of terrorism: not", "They agreed to fight the financing of terrorism.", []string{"counterterrorism"}},
		{"a poor harvest: not", "Officials blamed the poorest harvest in a decade on the weather.", nil},
		{"road show: not", "The Minister met the fund's managers on the road.", nil},
	})
}

// TestIssuePlaceNotSubject: a region's name that modifies another
// subject's noun ("a wider Middle East trade zone", "the Indo-Pacific
// Economic Framework") is no regional security, and a body's acronym where
// talks were held ("met at NATO", "at the NATO summit") is no subject;
// the region or the alliance discussed as such still is. Invented
// sentences in several governments' styles.
func TestIssuePlaceNotSubject(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"Middle East trade zone, USTR style", "Officials called the accord a building block of a wider Middle East trade zone.", []string{"trade-investment"}},
		{"Indo-Pacific Economic Framework, Japanese style", "The ministers welcomed progress in the Indo-Pacific Economic Framework.", nil},
		{"Caribbean tourism, Commonwealth style", "The leaders discussed Caribbean tourism after the storms.", nil},
		{"at NATO, wire headline", "Hungarian and Slovak envoys confer at NATO", nil},
		{"at the NATO summit, Canadian readout", "The premiers, who had talked briefly at the NATO Summit in Vilnius, spoke about gas prices.", []string{"energy"}},
		{"Middle East security: still", "The two leaders discussed the Middle East and the threat from Iran.", []string{"regional-security"}},
		{"Indo-Pacific as such: still", "They reaffirmed their commitment to a free and open Indo-Pacific.", []string{"regional-security"}},
		{"NATO discussed: still", "The Chancellor and the President discussed NATO's eastern flank.", []string{"defense-cooperation", "regional-security"}},
		{"the NATO summit ahead: still", "The ministers looked ahead to next month's NATO summit in their capital.", []string{"defense-cooperation"}},
	})
}

// TestIssueSecurityOfARegionByItsName: the security of a region named by
// "region", a neighbourhood or a compass point rather than a place name,
// security along a border, and military activity, in several governments'
// styles; security of supply, of a person or of data is none.
func TestIssueSecurityOfARegionByItsName(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"security of the whole region, Australian doorstop", "What is at stake is the security of our whole region, the Prime Minister said.", []string{"regional-security"}},
		{"stability of the far north, UK readout", "The two foreign ministers compared assessments of the stability of the far north.", []string{"regional-security"}},
		{"security of the neighbourhood, EU style", "Ministers exchanged views on the security of the eastern neighbourhood.", []string{"regional-security"}},
		{"security along the border, USAID release", "The Governor asked the envoy for help with security along the eastern border.", []string{"regional-security"}},
		{"military activity, Nordic style", "The leaders agreed that recent military activity near the coast needed careful monitoring.", []string{"regional-security"}},
		{"security of supply: not", "Both leaders noted the importance of gas for security of supply.", []string{"energy"}},
		{"safety of the delegation: not", "The host assured the safety of the delegation.", nil},
		{"security of data: not", "They discussed the security of personal data held abroad.", nil},
	})
}

// TestIssueDisputeNamedByItsPlace: a territorial dispute named only by
// its place, in UK, Canadian, wire, Japanese and Moroccan styles, and a
// territory "under" a state's sovereignty; the Strait of Gibraltar as a
// sea lane and respect for a state's sovereignty are no such dispute.
func TestIssueDisputeNamedByItsPlace(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"Gibraltar, UK readout", "The Foreign Secretary and her Spanish counterpart took stock of the talks on Gibraltar.", []string{"territorial-dispute"}},
		{"Western Sahara, Canadian style", "The Minister raised the question of Western Sahara with her counterpart.", []string{"territorial-dispute"}},
		{"Kashmir, wire", "Envoys from Delhi and Islamabad to meet on Kashmir next week", []string{"territorial-dispute"}},
		{"Northern Territories, Japanese style", "The two leaders agreed to continue negotiations on the Northern Territories.", []string{"territorial-dispute"}},
		{"under sovereignty, North African style", "Rabat's envoy set out a plan for self-rule under Moroccan sovereignty.", []string{"territorial-dispute"}},
		{"Strait of Gibraltar: a sea lane", "The navies will patrol the Strait of Gibraltar together.", []string{"maritime-security"}},
		{"sovereignty respected: not", "The leaders reaffirmed their respect for the sovereignty of all states.", nil},
	})
}

// TestIssueArmsByWhatIsBought: a state buying helicopters, jets, fighters,
// drones or air-defence batteries, and the transfer or export of defence
// equipment, in US, Japanese, Brazilian-wire and Gulf styles; buying
// airliners, a helicopter ride and a transfer of funds are no arms sale.
func TestIssueArmsByWhatIsBought(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"buying helicopters, DoD News", "Mongolia's wish to acquire utility helicopters came up over lunch, an aide said.", []string{"arms-sales"}},
		{"buy jets, wire", "The Chief of Staff briefed his guest on Chile's tender to purchase trainer jets.", []string{"arms-sales"}},
		{"purchase of drones, Gulf style", "The two sides reviewed the purchase of armed drones.", []string{"arms-sales"}},
		{"transfer of defence equipment, Japanese style", "Tokyo and Canberra signed an agreement on the transfer of defence equipment and technology.", []string{"arms-sales", "defense-cooperation"}},
		{"export of military equipment, EU style", "Ministers discussed the export of military equipment to third countries.", []string{"arms-sales"}},
		{"airliners: not", "The airline agreed to buy forty aircraft from the manufacturer.", nil},
		{"helicopter ride: not", "The Administrator travelled by helicopter to the camp.", nil},
		{"transfer of funds: not", "They discussed the transfer of funds to the central bank.", nil},
	})
}

// TestIssueStabilisationByItsMeans: an assistance mission sent into a
// state and police training named noun first, in New Zealand, Australian
// and UN styles; a technical assistance mission is none, and police
// reform in a peace settlement is no stabilisation by itself.
func TestIssueStabilisationByItsMeans(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"regional assistance mission, New Zealand style", "The High Commissioner updated the Premier on the regional assistance mission's police contingent.", []string{"stabilization-reconstruction"}},
		{"Australian-led assistance mission, wire", "Forum leaders asked how long the assistance mission should stay.", []string{"stabilization-reconstruction"}},
		{"police training, Australian joint statement", "We agreed to step up police training in the capital and the provinces.", []string{"stabilization-reconstruction"}},
		{"technical assistance mission: not", "An IMF technical assistance mission visited the ministry.", nil},
		{"police reform alone: not", "They discussed police reform and the decommissioning of weapons.", nil},
	})
}

// TestIssuePeacefulSettlementOfDisputes: the law-of-the-sea formula "the
// peaceful settlement of disputes in accordance with international law"
// speaks of claims to islands and waters, not of a peace process; the
// settlement of a named conflict still is one. Japanese, EU-ASEAN and US
// styles.
func TestIssuePeacefulSettlementOfDisputes(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"Japanese style", "The Foreign Minister underlined the peaceful settlement of disputes based on international law, the ministry said.", []string{"territorial-dispute"}},
		{"EU-ASEAN style", "Ministers reaffirmed their attachment to the peaceful resolution of disputes in accordance with UNCLOS.", []string{"maritime-security", "territorial-dispute"}},
		{"US style, all disputes", "The leaders called for the peaceful settlement of all disputes.", []string{"territorial-dispute"}},
		{"a conflict's settlement: not", "They discussed the peaceful settlement of the conflict in the east.", []string{"peace-process", "regional-security"}},
		{"a dispute's settlement: not", "They urged a peaceful settlement of the dispute between the two parties.", []string{"peace-process"}},
	})
}

// TestIssueMedicalCareAmongReliefGoods: medical care or supplies listed
// with food, shelter and water are disaster relief (humanitarian aid), not
// public-health cooperation; medical devices are goods of trade. A medical
// team sent against an epidemic stays health. USAID, Canadian, wire and
// Japanese styles.
func TestIssueMedicalCareAmongReliefGoods(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"USAID release", "The Deputy Administrator pledged $3 million for tents, water and medical supplies after the cyclone.", nil},
		{"Canadian style, relief aid", "Ottawa will send humanitarian assistance, including blankets, food and medical care, to the flooded districts.", []string{"humanitarian-aid"}},
		{"wire, medical devices", "The trade ministers talked about tariffs on medical devices and wine.", []string{"trade-investment"}},
		{"medical team against an epidemic: still", "Japan will dispatch a team of medical personnel to fight the outbreak.", []string{"health"}},
		{"medical cooperation: still", "The two leaders agreed to expand medical cooperation.", []string{"health"}},
	})
}

// TestIssueCivilAlliance: an Alliance named for another subject (green
// growth, solar power, vaccines, the Pacific Alliance's trade) is no
// military alliance; the Alliance of a security treaty still is. Korean,
// Indian, New Zealand and US styles.
func TestIssueCivilAlliance(t *testing.T) {
	runIssueCases(t, []issueCase{
		{"green growth alliance, Korean style", "The President and the Prime Minister signed up their countries to a Green Growth Alliance on offshore wind.", []string{"climate-environment", "energy"}},
		{"Pacific Alliance, New Zealand style", "The Trade Minister sought observer status in the Pacific Alliance for his country.", nil},
		{"Solar Alliance, Indian style", "The Prime Minister welcomed their joining the International Solar Alliance.", []string{"energy"}},
		{"North Atlantic Alliance: still", "They discussed membership of the North Atlantic Alliance.", []string{"defense-cooperation"}},
		{"the alliance: still", "The two leaders reaffirmed the alliance between their countries.", []string{"defense-cooperation"}},
	})
}
