package extract

import (
	"slices"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader/extract/lexicon"
)

// TestUnseenIssueVocabulary runs the issue patterns that articles from
// sources the rules were not tuned on bring: general vocabulary the
// taxonomy lacked, keywords in another sense or inside a name, and the
// longest match, each in an invented sentence.
func TestUnseenIssueVocabulary(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// vocabulary
		{"truce", "The ministers urged both sides to respect the truce.", []string{"peace-process"}},
		{"peace accord", "They reviewed the peace accord signed in the capital.", []string{"peace-process"}},
		{"peace accords", "Implementation of the peace accords was discussed.", []string{"peace-process"}},
		{"two-state solution", "Both reaffirmed support for the two-state solution.", []string{"peace-process"}},
		{"two state solution unhyphenated", "Both reaffirmed support for a two state solution.", []string{"peace-process"}},
		{"hostilities", "They called for an end to hostilities in the north.", []string{"peace-process"}},
		{"cessation of hostilities", "A cessation of hostilities was agreed.", []string{"peace-process"}},
		{"armistice", "The armistice line was discussed.", []string{"peace-process"}},
		{"defense beside defence", "They discussed defense ties and defence industry links.", []string{"defense-cooperation"}},
		{"sovereignty", "The minister reaffirmed support for the country's sovereignty and territorial integrity.", []string{"regional-security", "territorial-dispute"}},
		{"exclusive economic zone", "The vessel entered the exclusive economic zone.", []string{"maritime-security", "territorial-dispute"}},
		{"healthcare", "They agreed to cooperate on healthcare and health care workers.", []string{"health"}},
		{"vaccines", "The two leaders discussed vaccine supplies.", []string{"health"}},
		{"renewables", "Investment in renewable energy and hydrogen was discussed.", []string{"climate-environment", "energy", "trade-investment"}},
		{"liquefied gas", "They discussed supplies of liquefied natural gas.", []string{"energy"}},
		{"annexation", "The ministers condemned the annexation of the peninsula.", []string{"territorial-dispute"}},
		{"disinformation", "They agreed to counter disinformation and hybrid threats.", []string{"cybersecurity"}},
		{"semiconductors", "Cooperation on semiconductors and critical minerals was discussed.", []string{"trade-investment"}},
		{"illicit supply chains are not trade", "They pledged to target illicit supply chains.", nil},
		{"illegal fishing", "Patrols against illegal fishing were discussed.", []string{"maritime-security"}},
		{"cyber", "They discussed ransomware and cyberattacks on hospitals.", []string{"cybersecurity", "health"}},
		{"asylum seekers", "The ministers discussed asylum seekers crossing the border.", []string{"migration"}},
		{"student exchanges", "They agreed to expand student exchanges.", []string{"education-culture"}},
		{"Indo-Pacific", "They discussed the Indo-Pacific and the civil war in the south.", []string{"regional-security"}},
		{"the situation in", "They reviewed the situation in the Sahel.", []string{"regional-security"}},
		{"the environment", "Cooperation covers roads and the environment.", []string{"climate-environment"}},
		{"not the security environment", "The security environment has changed.", nil},
		{"one-China", "It reaffirmed its one-China policy.", []string{"territorial-dispute"}},
		{"missile launches", "They discussed the missile launches of the north.", []string{"nuclear-nonproliferation"}},
		{"detained journalists", "They raised the detention of journalists.", []string{"human-rights"}},
		{"occupied territories", "They discussed the occupied territories.", []string{"territorial-dispute"}},
		{"a named epidemic disease", "They discussed Ebola and malaria.", []string{"health"}},
		{"troop contributions", "They discussed troop contributions to the UN force.", []string{"peacekeeping"}},
		{"a fighter model", "They discussed the F-16 purchase.", []string{"arms-sales"}},
		{"nuclear and missile issues", "They agreed to cooperate on the nuclear and missile issues of the north.", []string{"nuclear-nonproliferation"}},
		{"a general election", "They discussed support for the general election later this year.", []string{"democracy-governance"}},
		{"labour mobility", "They discussed labour mobility through the seasonal worker scheme.", []string{"migration"}},
		{"a climate conference", "They agreed to coordinate ahead of the climate conference.", []string{"climate-environment"}},
		{"demining", "The visit will focus on demining assistance and landmines.", []string{"humanitarian-aid"}},
		{"economic diversification", "She announced support for the country's economic diversification.", []string{"economic-development"}},
		{"language learning", "They opened an English-language learning center.", []string{"education-culture"}},
		{"insecurity and border management", "They discussed insecurity in the Sahel and border management.", []string{"regional-security"}},
		{"liberated areas", "They discussed the recovery of liberated areas.", []string{"stabilization-reconstruction"}},
		{"security sector reform", "They discussed security sector reform.", []string{"stabilization-reconstruction"}},
		{"cooperation in the security field", "They agreed to expand cooperation in the security field.", []string{"defense-cooperation"}},
		// general press vocabulary per taxonomy id: acronyms, spellings, plurals
		{"counter-insurgency", "They discussed counter-insurgency operations and radicalisation.", []string{"counterterrorism"}},
		{"Islamic State", "The coalition against Islamic State was reviewed.", []string{"counterterrorism"}},
		{"counter-narcotics hyphenated", "They discussed counter-narcotics programmes and opium.", []string{"counternarcotics"}},
		{"a UN mission by acronym", "The minister thanked the troops serving with UNIFIL.", []string{"peacekeeping"}},
		{"a peace treaty", "Both sides pledged to conclude a peace treaty.", []string{"peace-process"}},
		{"peacebuilding", "They discussed peacebuilding in the region's post-war provinces.", []string{"peace-process"}},
		{"a mediator", "Qatar offered to mediate between the parties.", []string{"peace-process"}},
		{"destabilisation, British spelling", "They condemned the destabilisation of the border districts.", []string{"regional-security"}},
		{"provocations", "The ministers condemned the repeated provocations.", []string{"regional-security"}},
		{"joint drills", "The navies will hold joint drills next spring.", []string{"defense-cooperation"}},
		{"defence reform over defence", "He praised progress on defence reform.", []string{"military-modernization"}},
		{"a fighter jet", "The deal covers one fighter jet and spare parts.", []string{"arms-sales"}},
		{"foreign military sales", "They discussed Foreign Military Sales cases.", []string{"arms-sales"}},
		{"WMD and the IAEA", "They discussed WMD and cooperation with the IAEA.", []string{"nuclear-nonproliferation"}},
		{"the atomic agency named in full", "They met the International Atomic Energy Agency inspectors.", []string{"nuclear-nonproliferation"}},
		{"six-party talks", "They discussed a new round of six-party talks.", []string{"nuclear-nonproliferation"}},
		{"nation-building", "The donors discussed nation-building after the war.", []string{"stabilization-reconstruction"}},
		{"an FTA", "Negotiations on an FTA will resume.", []string{"trade-investment"}},
		{"non-tariff barriers", "They discussed non-tariff barriers and anti-dumping duties.", []string{"trade-investment"}},
		{"debt", "They discussed debt restructuring and concessional loans.", []string{"economic-development"}},
		{"a debt of gratitude", "He said the country owed a debt of gratitude to its soldiers.", nil},
		{"OPEC and refineries", "They discussed OPEC output and new refineries.", []string{"energy"}},
		{"solar and hydropower", "They opened a solar park and a hydropower dam.", []string{"energy"}},
		{"a coup", "The ministers condemned the coup and called for a return to constitutional order.", []string{"democracy-governance"}},
		{"arbitrary detention", "They raised cases of arbitrary detention and persecution of dissidents.", []string{"human-rights"}},
		{"the Red Cross", "They discussed access for the Red Cross and the UNHCR.", []string{"humanitarian-aid"}},
		{"visa-free travel", "They agreed on visa-free travel and the readmission of irregular migrants.", []string{"migration"}},
		{"pirates", "The patrol deterred pirates in the gulf.", []string{"maritime-security"}},
		{"UNCLOS", "They stressed respect for UNCLOS.", []string{"maritime-security"}},
		{"a line of control", "Firing across the line of control was discussed.", []string{"territorial-dispute"}},
		{"restrictive measures, the EU's term", "The Council extended restrictive measures against the regime.", []string{"sanctions"}},
		{"an asset freeze", "They discussed an asset freeze and travel bans.", []string{"sanctions"}},
		{"influenza", "They discussed influenza and pharmaceutical supplies.", []string{"health"}},
		{"greenhouse gases", "They pledged to cut greenhouse gases and methane.", []string{"climate-environment"}},
		{"a COP by number", "They prepared for COP29.", []string{"climate-environment"}},
		{"hackers", "They discussed state-backed hackers.", []string{"cybersecurity"}},
		{"UNESCO and vocational training", "They discussed UNESCO listings and vocational training.", []string{"education-culture"}},
		{"rare earths beside critical minerals", "Benin will supply rare earth elements to the manufacturers.", []string{"trade-investment"}},
		{"a crisis settlement", "They discussed the settlement of the crisis and a permanent peace regime.", []string{"peace-process"}},
		{"payments in national currencies", "They discussed mutual settlements in national currencies.", []string{"trade-investment"}},
		{"CUSMA, Canada's name for the trade pact", "They discussed the CUSMA review and softwood lumber.", []string{"trade-investment"}},
		{"an economic corridor", "They discussed the Global Gateway and the economic corridor.", []string{"economic-development"}},
		{"visa liberalisation", "They discussed visa liberalisation for Niger's citizens.", []string{"migration"}},
		{"the security area", "They agreed to deepen cooperation in the security area.", []string{"defense-cooperation"}},
		{"extended deterrence", "They reaffirmed the commitment to extended deterrence and close security ties.", []string{"defense-cooperation"}},
		// ... and words of that vocabulary in another sense
		{"rebuilding ties is no reconstruction", "They pledged to rebuild their partnership.", nil},
		{"condolences for a flood", "He offered condolences for the floods and the earthquake.", nil},
		{"investors are no topic", "Private investors are wary of the project.", nil},
		{"travel and commerce", "They discussed securing modes of travel and commerce.", nil},
		{"culture in a list of provisions", "It has strong provisions on culture.", nil},
		{"a guesthouse named after islands", "They met at the Diaoyutai State Guesthouse.", nil},
		{"foreign aid workers are no development aid but humanitarian", "The junta agreed to admit foreign aid workers.", []string{"humanitarian-aid"}},
		// another sense, a name
		{"a museum's name", "They visited the Democracy Museum.", nil},
		{"a memorial's name", "They laid a wreath at the Human Rights Memorial.", nil},
		{"Security Council is a body", "She briefed the Security Council on Tuesday.", nil},
		{"Energy Minister is a title", "He met the Energy Minister of Benin.", nil},
		{"Trade Representative is a title", "The Trade Representative joined the delegation.", nil},
		{"a street name", "The embassy on Commerce Street hosted a reception.", nil},
		{"a ship name", "The frigate Defender docked in the harbour.", nil},
		{"a ministry's name", "The Ministry of Health and the Ministry of Trade sent delegates.", nil},
		{"aid in another sense", "The minister was aided by his deputy.", nil},
		{"hospitality is no hospital", "He thanked his hosts for their hospitality.", nil},
		{"prescription drugs are health", "They discussed the price of prescription drugs.", []string{"health"}},
		{"a party's name", "The opposition Democratic Front welcomed the visit.", nil},
		{"a movement's name", "Members of the Peace Movement marched.", nil},
		{"a peacekeeping force is the subject", "They discussed the mandate of the peacekeeping force.", []string{"peacekeeping"}},
		{"Forces in a name", "Officers of the Peacekeeping Forces attended.", nil},
		{"weapons exports are arms sales", "They discussed licences for weapons exports.", []string{"arms-sales"}},
		{"cyber defence is cybersecurity", "Talks focused on cyber defence.", []string{"cybersecurity"}},
		{"rebuilding infrastructure after war", "They discussed rebuilding infrastructure destroyed in the war.", []string{"stabilization-reconstruction"}},
		{"cross-border attacks", "They discussed cross-border attacks by armed groups.", []string{"regional-security"}},
		{"a disputed border", "The discussions covered the disputed border.", []string{"territorial-dispute"}},
		{"an observatory's name", "They had breakfast at the Naval Observatory.", nil},
		{"modernising a trade agreement", "They agreed to start modernising their trade agreement.", []string{"trade-investment"}},
		{"modernising the armed forces", "They discussed modernising the armed forces.", []string{"military-modernization"}},
		{"global governance is no democracy", "They discussed reform of global governance institutions.", nil},
		{"public procurement is trade", "New rules on public procurement were discussed.", []string{"trade-investment"}},
		{"an economic partnership agreement is trade", "They agreed to upgrade the Comprehensive Economic Partnership Agreement.", []string{"trade-investment"}},
		{"modernising an agreement named at length", "They agreed to modernise the EU-Mexico Global Agreement.", nil},
		{"a portfolio in brackets", "Taking part were ministers Oleg Pavlov (Foreign Affairs) and Vera Zotova (Economic Development).", nil},
		{"a person's health", "He inquired about the health of the king.", nil},
		{"the health of the economy", "They discussed the health of the economy.", nil},
		{"in defence of", "He spoke in defence of the decision.", nil},
		{"a trade-off", "The trade-off was discussed.", nil},
		// longest match
		{"maritime security in a region", "They will discuss maritime security in the Indian Ocean.", []string{"maritime-security"}},
		{"maritime security over security", "They discussed maritime security.", []string{"maritime-security"}},
		{"energy security over security", "They discussed energy security.", []string{"energy"}},
		{"nuclear power is energy", "They discussed nuclear power plants.", []string{"energy"}},
		{"border security", "They discussed border security.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestUnseenIssuesOfTheArticle: what an engagement concerns reaches the
// article's issues, and a government release with no engagement found
// still gets its subjects (a readout whose meeting was not recognised).
func TestUnseenIssuesOfTheArticle(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"engagement's subjects", "Wikinews",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin in Cotonou on Monday. They discussed the truce in the border region and healthcare.",
			[]string{"health", "peace-process"}},
		{"release with no engagement found", "Ministry of Foreign Affairs of Niger",
			"The Ministry welcomes the peace accord and calls on all parties to respect the exclusive economic zone of coastal states.",
			[]string{"maritime-security", "peace-process", "territorial-dispute"}},
		{"the situation in one state discussed is its region's security", "Wikinews",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin in Cotonou on Monday. They exchanged views on the situation in Chad.",
			[]string{"regional-security"}},
		{"the situation in a region is its security", "Wikinews",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin in Cotonou on Monday. They exchanged views on the situation in the Sahel.",
			[]string{"regional-security"}},
		{"trade and economic cooperation is trade, not development aid", "Wikinews",
			"Foreign Minister Ali Sani of Niger met Foreign Minister Femi Tano of Benin in Cotonou on Monday. They discussed trade and economic cooperation.",
			[]string{"trade-investment"}},
		{"news with no engagement", "Wikinews",
			"Heavy fighting resumed in the north despite the truce, witnesses said.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-10", Text: tc.text})
			var got []string
			for _, is := range e.Issues {
				got = append(got, is.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueFrames: a head and its dependent with the words of one noun
// phrase between them put a sentence under an issue ("the disputed X
// region", "a withdrawal of the remaining foreign troops"); a gap ends at
// punctuation, a conjunction or a preposition other than "of", so words of
// the next phrase do not complete a frame. Invented sentences, phrased
// unlike any article the frames were drawn from.
func TestIssueFrames(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// a territory under dispute, said by its conflict noun
		{"disputed named islands", "Talks on the disputed Varna Reef islands resumed in Lisbon.", []string{"territorial-dispute"}},
		{"quarrel over a province", "The long quarrel over the northern province dominated the summit.", []string{"territorial-dispute"}},
		{"rival claims over waters", "Officials from both capitals addressed rival claims over the surrounding waters.", []string{"territorial-dispute"}},
		{"conflict over a border, past tense", "The two states fought a brief conflict over their mountain border in 1969.", []string{"territorial-dispute"}},
		{"disputed figures are no territory", "Officials disputed the figures, and the region stayed calm.", nil},
		{"a dispute about tariffs in the region", "A dispute on tariffs in the region was raised.", []string{"trade-investment"}},
		// forces pulled back from a front or a state
		{"pull back forces", "Both governments pledged to pull back their forces from the frontier.", []string{"regional-security"}},
		{"pullout of a contingent", "The pullout of the last Ukrainian contingent was welcomed.", []string{"regional-security"}},
		{"troop withdrawal, noun first", "A phased troop withdrawal will begin next spring.", []string{"regional-security"}},
		{"withdrew soldiers, past tense", "Benin withdrew 300 soldiers from the buffer area last year.", []string{"regional-security"}},
		{"demilitarised zone", "Patrols along the demilitarised zone were discussed.", []string{"regional-security"}},
		{"withdrawal from a union is no troop withdrawal", "The withdrawal from the union and the armed forces budget were discussed.", nil},
		{"withdrew the offer, and troops", "He withdrew the offer, and troops stayed home.", nil},
		// the links an economy grows along: connectivity, transport routes,
		// roads and railways rebuilt
		{"connectivity", "Leaders of the Pacific states pledged to improve digital connectivity.", []string{"economic-development"}},
		{"transport corridors", "Tokyo will finance new transport corridors linking the two ports.", []string{"economic-development"}},
		{"railways upgraded, passive", "Funds to upgrade the old northern railway were announced.", []string{"economic-development"}},
		{"construction of highways", "Construction of two new highways was on the agenda.", []string{"economic-development"}},
		{"roads rebuilt after a war stay reconstruction", "Donors will help rebuild the war-damaged roads of the north.", []string{"economic-development", "stabilization-reconstruction"}},
		{"bridges between peoples are no infrastructure", "They vowed to build bridges between their peoples.", nil},
		// people trained: teachers, human resources development
		{"teacher training", "A program for teacher training in rural schools was launched.", []string{"education-culture"}},
		{"teachers, active", "The agency will train 500 primary teachers.", []string{"education-culture"}},
		// the movement of goods is trade
		{"flow of goods", "Both leaders agreed to keep goods moving between their ports.", []string{"trade-investment"}},
		{"logistics hub", "The port will become a logistics hub for the Gulf.", []string{"trade-investment"}},
		{"rail freight, past", "Rail freight between the two capitals doubled last year.", []string{"trade-investment"}},
		{"business travel", "They eased quarantine rules for business travellers and business travel.", []string{"trade-investment"}},
		{"public goods are no trade", "Vaccines were called global public goods.", []string{"health"}},
		{"dual-use goods are no trade", "Controls on dual-use goods were tightened.", nil},
		{"human resource development", "Both sides agreed on human resource development for the energy sector.", []string{"economic-development", "education-culture", "energy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestParseKeyword: slots, choices, prefixes and gaps; a frame may not
// start or end with a gap or hold two in a row.
func TestParseKeyword(t *testing.T) {
	tests := []struct {
		phrase string
		slots  int
		ok     bool
	}{
		{"exclusive economic zone", 3, true},
		{"indo-pacific", 3, true},
		{"terror*", 1, true},
		{"disputed ... island*|region*", 3, true},
		{"... troops", 0, false},
		{"troops ...", 0, false},
		{"withdraw* ... ... troops", 0, false},
	}
	for _, tc := range tests {
		e, ok := parseKeyword(lexicon.IssueKeyword{Issue: "x", Phrase: tc.phrase})
		if ok != tc.ok || ok && len(e.slots) != tc.slots {
			t.Errorf("%q: %d slots, ok %v; want %d, %v", tc.phrase, len(e.slots), ok, tc.slots, tc.ok)
		}
	}
}

// TestIssueClassesOfTermsOfArt: the terms of art of a subject, each class
// in sentences of different governments' and wires' styles, none taken
// from an article.
func TestIssueClassesOfTermsOfArt(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// peace process without the word peace
		{"final status, wire", "Negotiators left the final-status questions of borders and refugees for a later round.", []string{"humanitarian-aid", "peace-process"}},
		{"permanent status, readout", "The envoy pressed both delegations to close the gaps on permanent status matters.", []string{"peace-process"}},
		{"normalisation as a process, EU", "The two prime ministers reviewed the normalisation process under the facilitated talks.", []string{"peace-process"}},
		{"normalization of ties, US spelling", "He welcomed progress toward the normalization of ties between the two capitals.", []string{"peace-process"}},
		{"normalizing as a condition is none", "The minister said his country would not normalize relations until the abductions are resolved.", nil},
		{"self-determination", "The islanders' right to self-determination was reaffirmed in Lomé.", []string{"peace-process"}},
		{"a popular consultation", "The council recognised the result of the popular consultation held in the province.", []string{"peace-process"}},
		{"referendum on independence", "Both sides agreed on the timing of a referendum on independence for the region.", []string{"peace-process"}},
		{"good offices", "The Secretary-General offered his good offices to the parties.", []string{"peace-process"}},
		{"a road map", "The ministers endorsed a road map to peace drawn up by the mediators.", []string{"peace-process"}},
		{"a road map of cooperation is none", "They adopted a roadmap for cooperation in science.", nil},
		// regional security named by its theatre, a state's integrity, separatism, tension eased
		{"a peninsula", "The leaders compared notes on the Korean Peninsula.", []string{"regional-security"}},
		{"a sub-region, EU style", "Ministers took stock of developments in the Western Balkans and the South Caucasus.", []string{"regional-security"}},
		{"a strait, past tense", "They had spoken about the Taiwan Strait and the Horn of Africa.", []string{"regional-security"}},
		{"territorial integrity alone", "Canada stands by the territorial integrity of its partner.", []string{"regional-security", "territorial-dispute"}},
		{"separatism", "The two sides will cooperate against separatism and secessionist violence.", []string{"regional-security"}},
		{"easing tension", "The envoy urged both capitals to ease the tension along their common frontier.", []string{"regional-security"}},
		{"reducing tension, gerund", "After the talks they pledged to keep reducing tension.", []string{"regional-security"}},
		{"tension of a period is none", "Even in times of tension the two have cooperated.", nil},
		// humanitarian work of a war's aftermath
		{"exchange of prisoners, wire", "The two sides discussed a possible exchange of prisoners taken in the fighting.", []string{"humanitarian-aid"}},
		{"prisoner swap, headline style", "Rebels and army agree prisoner swap before talks resume", []string{"humanitarian-aid"}},
		{"swapped detainees, past", "They swapped forty detainees at the crossing on Sunday.", []string{"humanitarian-aid"}},
		{"victims of a genocide", "The ministers pledged to meet the needs of the victims of the genocide.", []string{"humanitarian-aid"}},
		{"missing persons and separated families", "The Red Cross raised missing persons and separated families.", []string{"humanitarian-aid"}},
		{"protection of civilians", "He stressed the protection of civilians in the besieged town.", []string{"humanitarian-aid"}},
		{"an exchange of views is none", "They exchanged views on trade and exchanges of students.", []string{"education-culture", "trade-investment"}},
		// the economic ties of two states are their trade, as their commercial and business ties are
		{"economic ties, readout", "The leaders welcomed the growth of economic ties between their countries.", []string{"trade-investment"}},
		{"economic links, wire", "Economic links between the neighbours have deepened despite political friction.", []string{"trade-investment"}},
		{"economic ties beside culture", "Our cultural and economic ties have never been stronger.", []string{"education-culture", "trade-investment"}},
		// modernising a civil plant or service is no military modernisation
		{"a power plant, Japanese loan style", "The loan will finance the modernisation of a hydroelectric power plant.", []string{"energy"}},
		{"a rail network, past", "They had agreed to modernize the railways linking the two capitals.", []string{"economic-development"}}, // the railways are development, no military modernisation
		{"farming and irrigation", "Both sides will cooperate in modernising agriculture and irrigation.", nil},
		{"armed forces still are", "He praised the effort to modernise the armed forces and replace obsolete equipment.", []string{"military-modernization"}},
		// defence among states, arms passed on, equipment replaced
		{"an access agreement", "The two prime ministers signed a reciprocal access agreement for their forces.", []string{"defense-cooperation"}},
		{"a visiting forces agreement", "Talks on a visiting forces agreement will resume in Manila.", []string{"defense-cooperation"}},
		{"a mutual defence treaty", "He reaffirmed the mutual defence treaty of 1951.", []string{"defense-cooperation"}},
		{"weapons supplied", "Berlin has supplied anti-tank weapons to the neighbouring government.", []string{"arms-sales"}},
		{"delivery of howitzers", "They discussed the delivery of additional howitzers before winter.", []string{"arms-sales"}},
		{"arms exported, passive word order", "The ministry will export light arms only under licence.", []string{"arms-sales"}},
		{"a supply of grain is none", "They discussed the supply of grain through the ports.", nil},
		{"replacing fighters", "The ministers discussed replacing the ageing fighters of the air force.", []string{"military-modernization"}},
		{"replacement of submarines", "A decision on the replacement of the navy's old submarines is due.", []string{"military-modernization"}},
		{"replacing a fleet", "The government plans to replace its fleet of Soviet-era helicopters.", []string{"military-modernization"}},
		// rights of minorities and communities, trafficking in persons
		{"the situation of communities", "They talked about the situation of Christian communities in the region.", []string{"human-rights"}},
		{"protection of minorities, EU style", "The Council stressed the protection of national minorities.", []string{"human-rights"}},
		{"religious minorities, past", "He had raised the treatment of religious minorities with his host.", []string{"human-rights"}},
		{"trafficking in persons", "The two agencies will cooperate against trafficking in persons.", []string{"human-rights", "migration"}},
		{"communities of a place are none", "The storm hit coastal communities hard.", nil},
		// humanitarian work by its means, maritime security by its operations
		{"malnutrition", "The envoy warned of rising malnutrition among children in the camps.", []string{"humanitarian-aid"}},
		{"aid convoys", "Both sides agreed to let aid convoys pass the checkpoints.", []string{"humanitarian-aid"}},
		{"mine clearance", "Norway will fund mine clearance in the border districts.", []string{"humanitarian-aid"}},
		{"anti-piracy", "The frigate joins the anti-piracy mission off the coast.", []string{"maritime-security"}},
		{"sea lines of communication", "They stressed open sea lines of communication.", []string{"maritime-security"}},
		// instruments and results: loans, electrification, services, contested land, demobilisation, listed groups
		{"yen loans", "The minister pledged yen loans for a new bridge.", []string{"economic-development"}},
		{"a development loan, past", "The bank approved a development loan to the province last year.", []string{"economic-development"}},
		{"electrification", "The partnership covers the electrification of rural villages.", []string{"energy"}},
		{"financial services", "London pressed for access for its financial services firms.", []string{"trade-investment"}},
		{"trade in services", "Talks on trade in services will open in Geneva.", []string{"trade-investment"}},
		{"contested islands", "Both coast guards patrol near the contested islands.", []string{"maritime-security", "territorial-dispute"}},
		{"contested waters", "The pipeline would cross contested waters.", []string{"energy", "territorial-dispute"}},
		{"demobilisation", "Donors will fund the demobilisation of ex-combatants.", []string{"stabilization-reconstruction"}},
		{"a listed group", "The ministers condemned attacks claimed by the PKK.", []string{"counterterrorism"}},
		{"a contested election is no territory", "The opposition contested the results in three regions.", nil},
		// democracy by its actors and arrangements; air defence weapons
		{"civic groups, wire", "The president agreed to meet civic groups and church leaders.", []string{"democracy-governance"}},
		{"civilian rule", "The envoy urged a swift return to civilian rule.", []string{"democracy-governance"}},
		{"multiparty politics, past", "The country had moved to multiparty elections in 1991.", []string{"democracy-governance"}},
		{"power-sharing", "The rivals signed a power-sharing deal after the disputed vote.", []string{"democracy-governance"}},
		{"air defence missiles", "They discussed the planned sale of air defence missiles to the island.", []string{"arms-sales"}},
		{"air-defense batteries", "Two air-defense batteries will be stationed near the border.", []string{"arms-sales"}},
		// the world order invoked is no region's security
		{"the Charter's formula", "The treaty has never mattered more to international peace and security.", nil},
		{"global stability, past", "Both agreed their dialogue had contributed to global stability.", nil},
		{"world predictability", "Normal relations would serve international predictability and stability.", nil},
		{"a region's peace and security still is", "They discussed peace and security in the Horn of Africa.", []string{"regional-security"}},
		{"regional stability still is", "They stressed regional stability after the floods.", []string{"regional-security"}},
		// a state's epithet is no subject
		{"the largest democracy", "The visitor praised the world's largest democracy.", nil},
		{"two of the oldest democracies", "Our two nations are among the oldest democracies on earth.", nil},
		{"the youngest democracy, past", "He called it Europe's youngest democracy.", nil},
		{"democratic reform still is", "They discussed democratic reform and the largest reforms of the judiciary.", []string{"democracy-governance"}},
		// terms of art of the remaining subjects
		{"a visa ban", "The union imposed a visa ban on twelve officials.", []string{"sanctions"}},
		{"assets frozen, past", "Washington froze the central bank's assets last spring.", []string{"sanctions"}},
		{"freezing assets, gerund", "They agreed on freezing more assets of the regime abroad.", []string{"sanctions"}},
		{"safeguards", "The agency urged the signing of a safeguards agreement and the Additional Protocol.", []string{"nuclear-nonproliferation"}},
		{"radiological material", "Cooperation against smuggling of radiological material was discussed.", []string{"nuclear-nonproliferation"}},
		{"a weapon-free zone", "They backed a nuclear-weapon-free zone in the region.", []string{"nuclear-nonproliferation"}},
		{"reforestation and mangroves", "Funds will go to reforestation and mangrove restoration.", []string{"climate-environment"}},
		{"poaching", "Rangers from both parks will work together against poaching.", []string{"climate-environment"}},
		{"coral reefs", "The reef partnership protects coral reefs.", []string{"climate-environment"}},
		{"a suicide bombing", "The ministers condemned the suicide bombing at the market.", []string{"counterterrorism"}},
		{"car bombs, wire", "Car bombs killed dozens in the capital on Tuesday.", []string{"counterterrorism"}},
		{"eradication of poppies", "The eradication of opium poppies will continue in the south.", []string{"counternarcotics"}},
		{"illicit crops", "Farmers who give up illicit crops will receive support.", []string{"counternarcotics"}},
		{"a world heritage site", "The minister visited the World Heritage site at the old port.", []string{"education-culture"}},
		{"sister cities", "The mayors signed a sister city agreement.", []string{"education-culture"}},
		{"frozen food is none", "They discussed exports of frozen food.", []string{"trade-investment"}},
		// armed incidents between states
		{"a warship sunk", "The leaders discussed the sinking of the navy corvette in March.", []string{"maritime-security", "regional-security"}},
		{"a frigate torpedoed, past", "A submarine torpedoed the frigate near the disputed line.", []string{"maritime-security", "regional-security"}},
		{"skirmishes", "Skirmishes between the two armies continued along the ridge.", []string{"regional-security"}},
		{"an incursion", "The capital protested the incursion of patrol units across the frontier.", []string{"regional-security"}},
		{"armed clashes", "The ministers regretted the armed clashes of last week.", []string{"regional-security"}},
		{"a sunk cost is none", "The firm wrote off its sunk costs.", nil},
		// an alliance of parties, markets or causes
		{"a business alliance", "The two carmakers announced a business alliance in Tokyo.", nil},
		{"a political and economic alliance", "He sought a political and economic alliance with the island states.", nil},
		{"a political alliance, past", "The two parties had formed a political alliance in 2019.", nil},
		{"the military alliance still is", "Both reaffirmed the alliance and its mutual obligations.", []string{"defense-cooperation"}},
		// a state's transition after a war or a regime
		{"supporting a transition", "The minister reaffirmed support for the country's transition after the war.", []string{"stabilization-reconstruction"}},
		{"helped the transition, past", "Donors helped the fragile transition with budget support.", []string{"economic-development", "stabilization-reconstruction"}},
		{"transition from a regime", "The nation is in transition from a military regime.", []string{"stabilization-reconstruction"}},
		{"an interim government", "Envoys met the interim government in the capital.", []string{"stabilization-reconstruction"}},
		{"the energy transition is none", "Both sides will support the energy transition.", []string{"energy"}},
		{"the green transition is none", "They agreed to support the green transition.", []string{"climate-environment"}},
		// peacekeeping by a force not called so
		{"implementation force", "Their troops serve in the multinational implementation force.", []string{"peacekeeping"}},
		{"peace implementation", "They discussed participation in the peace implementation mission.", []string{"peacekeeping"}},
		{"a mission acronym", "The minister thanked the battalion serving with UNMIL.", []string{"peacekeeping"}},
		{"confidence-building", "New confidence-building measures between the two armies were agreed.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueClassesOfWhatStatesDo runs the classes a reviewer's invented
// probes found wanting, each in sentences of other verbs, orders and
// styles: what armed forces do together, weapons bought, a region's
// security, the routes development builds, economic relations.
func TestIssueClassesOfWhatStatesDo(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// defence cooperation by what armed forces do together
		{"combined exercises, readout", "The ministers agreed to hold combined exercises next spring.", []string{"defense-cooperation"}},
		{"trilateral drills, wire", "Tokyo and Manila will stage trilateral amphibious drills in August.", []string{"defense-cooperation"}},
		{"naval manoeuvres at sea, UK", "Both navies welcomed the bilateral naval manoeuvres off the coast.", []string{"defense-cooperation", "maritime-security"}},
		{"exercising a right is none", "They called on all sides to exercise restraint.", nil},
		{"joint patrols", "The two armies began joint patrols of the river border.", []string{"defense-cooperation"}},
		{"a port call", "The frigate's port call in Mombasa was welcomed by the minister.", []string{"defense-cooperation"}},
		{"rotational presence", "The Secretary discussed a rotational presence of allied forces.", []string{"defense-cooperation"}},
		{"rotation of troops, passive", "A rotation of Marine units through the northern bases was agreed.", []string{"defense-cooperation"}},
		{"stationing of forces", "The treaty governs the stationing of foreign forces on the islands.", []string{"defense-cooperation"}},
		{"an access agreement", "Officials hope to conclude the access agreement by year's end.", []string{"defense-cooperation"}},
		{"access to airfields", "The deal gives the air force access to three airfields.", []string{"defense-cooperation"}},
		// arms sales by what a state buys
		{"tank purchases", "The two presidents discussed howitzer and tank purchases.", []string{"arms-sales"}},
		{"acquiring frigates, gerund", "Lisbon is acquiring two frigates from the shipyard.", []string{"arms-sales"}},
		{"a submarine contract", "The submarine contract was signed in the presence of both leaders.", []string{"arms-sales"}},
		{"bought missiles, past", "The kingdom bought interceptor missiles last year.", []string{"arms-sales"}},
		{"an airliner purchase is none", "The airline's purchase of forty aircraft was welcomed.", nil},
		// regional security by its region, sea or ocean
		{"Arctic security", "The Prime Minister raised Arctic security with her guest.", []string{"regional-security"}},
		{"Gulf stability, wire", "Both sides stressed Gulf stability after the attacks.", []string{"regional-security"}},
		{"Baltic Sea security", "They reviewed Baltic Sea security at the meeting.", []string{"regional-security"}},
		{"security in the Pacific", "Ministers spoke of security in the Pacific.", []string{"regional-security"}},
		{"Asian food security is no region's", "They discussed Asian food security.", []string{"humanitarian-aid"}},
		// a region naming a peace process adds no regional security
		{"Middle East peace process", "He briefed the envoy on the Middle East peace process.", []string{"peace-process"}},
		{"Mideast peace talks, headline", "Mideast peace talks to resume in Cairo", []string{"peace-process"}},
		{"the Middle East alone still is", "They discussed the Middle East and North Africa.", []string{"regional-security"}},
		// development by the routes it builds
		{"a railway summit", "Leaders met for a summit on the new railway.", []string{"economic-development"}},
		{"a rail link", "The loan finances a rail link between the two capitals.", []string{"economic-development"}},
		{"an economic corridor", "They welcomed progress on the economic corridor to the coast.", []string{"economic-development"}},
		{"port expansion", "The port expansion at the river mouth was discussed.", []string{"economic-development"}},
		{"a railway station is a place", "The President arrived at the railway station.", nil},
		// economic relations are trade, as economic ties are
		{"economic relations", "The minister hoped to strengthen economic relations.", []string{"trade-investment"}},
		{"economic relationship, past", "They had deepened their economic relationship since the accord.", []string{"trade-investment"}},
		{"economic ties", "Economic ties have grown.", []string{"trade-investment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueCauseOfCancellation: what put a meeting off is no subject of
// it; what the meeting was to address still is.
func TestIssueCauseOfCancellation(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"postponed because of an epidemic, wire", "The summit in Lusaka has been postponed because of the cholera epidemic.", nil},
		{"cause first, readout", "Owing to the pandemic, the minister's visit was deferred until spring.", nil},
		{"called off amid a storm of terror alerts", "The talks were called off amid terrorist threats against the venue.", nil},
		{"cancelled due to, past", "Officials cancelled the dialogue due to the COVID-19 outbreak.", nil},
		{"the cause is gone, the agenda stays", "The meeting, postponed because of the coronavirus, was to address maritime security.", []string{"maritime-security"}},
		{"no cancellation: a subject amid a crisis", "The ministers discussed vaccines amid the pandemic.", []string{"health"}},
		{"no cancellation: cooperation because of terrorism", "They deepened cooperation because of the terrorist threat.", []string{"counterterrorism"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueClassesOfClaimsAndBlocs: maritime claims, a state joining an
// alliance, economic unions, in invented sentences of other styles.
func TestIssueClassesOfClaimsAndBlocs(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"maritime boundaries", "The summit was to settle maritime boundaries in the gulf.", []string{"maritime-security", "territorial-dispute"}},
		{"a sea border, headline", "Neighbours agree to redraw sea border", []string{"maritime-security", "territorial-dispute"}},
		{"delimitation of waters, EU", "Both parties committed to the delimitation of their territorial waters.", []string{"maritime-security", "territorial-dispute"}},
		{"a fisheries row", "The ministers tried to end the fisheries row over the northern banks.", []string{"maritime-security", "territorial-dispute"}},
		{"fishing disputes, past", "Fishing disputes had soured relations for a decade.", []string{"maritime-security", "territorial-dispute"}},
		{"NATO membership", "The President informed him of the plan to seek NATO membership.", []string{"defense-cooperation", "regional-security"}},
		{"joining NATO, gerund", "Officials discussed the country joining NATO next year.", []string{"defense-cooperation", "regional-security"}},
		{"accession to NATO", "He welcomed their accession to NATO.", []string{"defense-cooperation", "regional-security"}},
		{"NATO alone is defence ties", "The two ministers discussed NATO and its headquarters staff.", []string{"defense-cooperation"}},
		{"met at NATO: the venue, no subject", "The two ministers met at NATO headquarters.", nil},
		{"an economic union", "They discussed gas tariffs inside the economic union.", []string{"trade-investment"}},
		{"a single market", "The single market for services was on the agenda.", []string{"trade-investment"}},
		{"a free trade area", "Leaders signed the continental free trade area.", []string{"trade-investment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueSpreadOfOtherThings: "proliferation of" a thing that is no
// weapon names no nonproliferation.
func TestIssueSpreadOfOtherThings(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"armed groups", "The ministers deplored the proliferation of armed groups in the north.", []string{"regional-security"}}, // armed groups are their own subject,
		{"fake news, wire", "Officials warned against the proliferation of fake news before the vote.", nil},
		{"checkpoints, past", "The proliferation of illegal checkpoints had slowed convoys.", nil},
		{"weapons of mass destruction still are", "They opposed the proliferation of weapons of mass destruction.", []string{"nuclear-nonproliferation"}},
		{"nuclear technology still is", "They discussed the proliferation of sensitive nuclear technology.", []string{"nuclear-nonproliferation"}},
		{"proliferation alone still is", "Proliferation was on the agenda.", []string{"nuclear-nonproliferation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueEquipmentMadeTogether: defence equipment developed or made
// together is cooperation; equipment bought is a sale.
func TestIssueEquipmentMadeTogether(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cooperation in the field, Japanese style", "They agreed to deepen cooperation in the defence equipment and technology field.", []string{"defense-cooperation"}},
		{"collaboration on equipment, US", "Both sides praised their collaboration on defense equipment for the coast guard.", []string{"defense-cooperation", "maritime-security"}},
		{"joint development, past", "The ministries began the joint development of military equipment in 2019.", []string{"defense-cooperation"}},
		{"an agreement on transfer", "A defence equipment and technology transfer agreement was signed.", []string{"defense-cooperation"}},
		{"equipment bought is a sale", "India will increase its procurement of American defense equipment.", []string{"arms-sales"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueHeadInEitherNumber: the head noun of a keyword of several
// words is read in either number; a keyword of one word keeps its own.
func TestIssueHeadInEitherNumber(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a relief effort, British release", "The Foreign Secretary praised the coordinated relief effort after the cyclone.", []string{"humanitarian-aid"}},
		{"a legal reform, Japanese overview", "Minister Sani explained the legal reform adopted by the Diet this spring.", []string{"democracy-governance"}},
		{"a security challenge, Kremlin news", "The presidents discussed the main security challenge facing Central Asia.", []string{"regional-security"}},
		{"a sea lane, US readout", "The two secretaries discussed keeping the sea lane through the strait open.", []string{"maritime-security"}},
		{"one word keeps its number", "The two leaders reviewed the latest developments.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestOtherNumber(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"efforts", "effort", true},
		{"effort", "efforts", true},
		{"casualties", "casualty", true},
		{"casualty", "casualties", true},
		{"approaches", "approach", true},
		{"approach", "approaches", true},
		{"process", "", false},
		{"crisis", "", false},
		{"arms", "", false},
		{"talks", "", false},
		{"gas", "", false},
		{"indo-pacific", "", false},
	}
	for _, tc := range tests {
		if got, ok := otherNumber(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("otherNumber(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestIssueTermsOfArtOfForcesAndBlocs: armed opposition, ceasefire
// monitors, UN missions, a military alliance by its treaty's name and
// bases name their subjects without its own word.
func TestIssueTermsOfArtOfForcesAndBlocs(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"guerrillas, wire", "The general said his troops would not fight the guerrillas in the south.", []string{"counterterrorism"}},
		{"militants, VOA", "Militant groups had threatened to attack the new bus service.", []string{"counterterrorism"}},
		{"a UN mission, British release", "He will discuss the drawdown of the UN mission with the Foreign Minister.", []string{"peacekeeping"}},
		{"monitors, Australian release", "I will meet the peace monitors deployed on the island.", []string{"peacekeeping"}},
		{"a monitoring group, NZ", "New Zealand will lead the truce monitoring group until June.", []string{"peacekeeping"}},
		{"the treaty organisation, Kremlin", "The presidents prepared the session of the Collective Security Treaty Organisation's Council.", []string{"defense-cooperation"}},
		{"its acronym, wire", "Both leaders praised the CSTO rapid reaction force.", []string{"defense-cooperation"}},
		{"a base abroad, Kremlin", "They discussed the Russian military base in the republic.", []string{"defense-cooperation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueTermsOfArtOfRussianAndAsianReleases: the wording of Russian,
// Japanese and Korean releases for arms trade, cyber matters, claims
// pressed by force, sanctions evaded, energy supply and labour abroad;
// the EU's stabilisation and association agreement is no post-war
// stabilisation.
func TestIssueTermsOfArtOfRussianAndAsianReleases(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"arms trade, Kremlin", "The sides reviewed military-technical cooperation.", []string{"arms-sales"}},
		{"the information sphere, CSTO style", "The leaders adopted documents on countering threats in the information sphere.", []string{"cybersecurity"}},
		{"the information space, EU", "The ministers discussed resilience of the information space.", []string{"cybersecurity"}},
		{"status quo by force, Japanese overview", "The ministers opposed unilateral attempts to change the status quo by force or coercion.", []string{"territorial-dispute"}},
		{"status quo by force, US readout", "The Secretary opposed any attempt to change the status quo by force.", []string{"territorial-dispute"}},
		{"disputed features, Australian", "They raised the militarisation of disputed features.", []string{"territorial-dispute"}},
		{"ship-to-ship transfers, Japanese overview", "The Minister asked for vigilance against ship-to-ship transfers.", []string{"sanctions"}},
		{"security of supply, British", "Both leaders noted the importance of security of supply.", []string{"energy"}},
		{"offshore wind, Danish", "The ministers opened an offshore wind project.", []string{"energy"}},
		{"employment permits, Korean release", "The Deputy Minister asked for more employment permits for his nationals.", []string{"migration"}},
		{"foreign workers, wire", "The talks covered the rights of foreign workers.", []string{"migration"}},
		{"the EU's association agreement", "Kosovo hopes to open talks on a stabilisation and association agreement.", nil},
		{"stabilisation alone still is", "They discussed the stabilisation of the north after the war.", []string{"stabilization-reconstruction"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueSinceAnchor: a past event after "since the" dates what the
// sentence tells and is no subject; a verb after it makes "since" a cause.
func TestIssueSinceAnchor(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"British release", "The President thanked Britain for its help since the end of the civil war.", nil},
		{"wire", "Trade has tripled since the signing of the ceasefire agreement.", []string{"trade-investment"}},
		{"Kremlin", "Relations have grown steadily since the 1998 financial crisis.", nil},
		{"a cause, not a date", "Since the threat of terrorism is growing, the ministers agreed to share intelligence.", []string{"counterterrorism"}},
		{"the subject itself", "They discussed the end of the civil war.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueClimateInAnyPhrase: "climate" names the subject in whatever
// phrase it stands, but for a mood of affairs.
func TestIssueClimateInAnyPhrase(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"EU release", "Ministers agreed to manage shared water in the face of a changing climate.", []string{"climate-environment"}},
		{"Pacific readout", "The leaders discussed climate diplomacy before the island summit.", []string{"climate-environment"}},
		{"Nordic release", "The two prime ministers launched a climate dialogue.", []string{"climate-environment"}},
		{"the investment climate", "The minister praised the improving investment climate.", []string{"trade-investment"}},
		{"a climate of trust", "The talks were held in a climate of trust.", nil},
		{"the political climate", "They spoke about the political climate before the vote.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueRound6Vocabulary: the claims of contested seas and named
// islands, quarrels named by what they are over, and natural disasters
// tied to relief, each in invented sentences of several governments'
// styles.
func TestIssueRound6Vocabulary(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Tokyo readout, contested seas", "The two ministers exchanged views on the situation in the East China Sea.", []string{"maritime-security", "regional-security", "territorial-dispute"}},
		{"Canberra doorstop, a sea of claims", "I raised our concerns about the South China Sea with the Premier.", []string{"maritime-security", "territorial-dispute"}},
		{"Seoul release, named islets", "The President raised the Dokdo islets with the Prime Minister.", []string{"territorial-dispute"}},
		{"Manila readout, status quo by coercion", "They opposed any attempt to change the status quo by coercion.", []string{"territorial-dispute"}},
		{"wire story, a border row", "The president postponed the visit over a border island row.", []string{"territorial-dispute"}},
		{"border tensions stay regional security", "They discussed border tensions in the east.", []string{"regional-security"}},
		{"Nairobi release, a boundary commission", "They agreed that the joint boundary commission should finish its survey.", []string{"territorial-dispute"}},
		{"Caribbean wire, hurricane recovery", "Talks were dominated by hurricane recovery and the cost of recovering from last year's hurricanes.", []string{"humanitarian-aid"}},
		{"Jakarta story, quake victims", "They discussed assistance for victims of last month's earthquake in the east.", []string{"humanitarian-aid"}},
		{"Lima readout, support after floods", "The President thanked Korea for its support after the floods in the south.", []string{"humanitarian-aid"}},
		{"Manila release, typhoon-hit", "Engineers will help rebuild typhoon-hit areas.", []string{"humanitarian-aid"}},
		{"Colombo visit, tsunami reconstruction", "He will review tsunami reconstruction efforts.", []string{"humanitarian-aid"}},
		{"Port-au-Prince, hit by flooding", "She visited the city hardest hit by flooding.", []string{"humanitarian-aid"}},
		{"Canberra release, security in the sea", "We discussed maritime security in the South China Sea.", []string{"maritime-security"}},
		{"State readout, navigation in the sea", "She stressed upholding freedom of navigation in the South China Sea.", []string{"maritime-security"}},
		{"AFPS story, patrols in the sea", "They discussed joint patrols in the East China Sea.", []string{"defense-cooperation", "maritime-security"}},
		{"condolences alone are no aid", "The minister sent sympathy to families who lost homes in the spring floods.", nil},
		{"a hurricane that moves a trip", "Planes were moved in advance of the arrival of the hurricane.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueForcesRebuiltAndEconomies: a state's forces rebuilt (their
// budget raised, new platforms, their reform) and an economy's state and
// reform, in invented sentences of several governments' styles.
func TestIssueForcesRebuiltAndEconomies(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"White House fact sheet, spending doubled", "The leaders welcomed plans to double its defense spending.", []string{"military-modernization"}},
		{"Canberra release, spending raised", "The minister explained the decision to increase defence spending to two per cent of GDP.", []string{"military-modernization"}},
		{"Tokyo readout, future platforms", "He outlined a programme of future submarines.", []string{"military-modernization"}},
		{"AFPS story, warships built at home", "They discussed plans to build nuclear-powered submarines.", []string{"military-modernization"}},
		{"a fighter bought stays a sale", "They discussed plans to buy new fighter jets.", []string{"arms-sales"}},
		{"Freetown release, restructuring of the armed forces", "Support for the restructuring of the national armed forces was discussed.", []string{"military-modernization"}},
		{"London release, reform of the army", "They discussed British support for the reform of the national army.", []string{"military-modernization"}},
		{"a budget of other things", "They discussed the health budget.", []string{"health"}},
		{"Washington statement, economic reforms", "The Presidents will review progress in the country's economic reforms.", []string{"economic-development"}},
		{"Treasury trip, economic conditions", "He will discuss global economic conditions with finance ministers.", []string{"economic-development"}},
		{"AU summit story, youth employment", "The theme of the summit is youth employment and job creation.", []string{"economic-development"}},
		{"Moscow release, unemployment", "The ministers discussed unemployment in the border regions.", []string{"economic-development"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssuePoliceAndConstitutions: a state's police trained or paid by a
// partner and the reform of its politics and constitution, in invented
// sentences of several governments' styles.
func TestIssuePoliceAndConstitutions(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"State remarks, police trained", "We are ready to help train the new national police.", []string{"stabilization-reconstruction"}},
		{"Tokyo summary, police paid", "He explained support for the payment of salaries of police officers.", []string{"stabilization-reconstruction"}},
		{"EU release, police equipped", "The mission will equip the border police with vehicles.", []string{"stabilization-reconstruction"}},
		{"a police academy is a body", "They toured the Police Academy.", nil},
		{"Wellington release, political reform", "She will discuss the country's political reform process.", []string{"democracy-governance"}},
		{"Suva readout, constitution reviewed", "The ministers discussed the review of the island state's constitution.", []string{"democracy-governance"}},
		{"Kyiv statement, constitution amended", "They welcomed the amendment of the constitution.", []string{"democracy-governance"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueRightsAndWaterTermsOfArt: human rights and shared water by the
// terms of art of several governments' releases, in invented sentences.
func TestIssueRightsAndWaterTermsOfArt(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Tokyo summary, the abductions issue", "The minister asked for understanding on the early resolution of the abductions issue.", []string{"human-rights"}},
		{"Seoul readout, abductees", "Both sides discussed the return of abductees and separated families.", []string{"human-rights", "humanitarian-aid"}},
		{"State remarks, the human dimension", "We will discuss the OSCE's human dimension and room for civil society.", []string{"human-rights"}},
		{"EU release, independent media", "The High Representative stressed the role of independent media.", []string{"human-rights"}},
		{"civil society groups are people met", "She held a town hall with civil society groups.", nil},
		{"members of civil society are people met", "The Secretary will meet members of civil society in the capital.", nil},
		{"Tashkent visit, water management", "They discussed regional water management and border security.", []string{"climate-environment", "regional-security"}},
		{"Mekong release, shared rivers", "Ministers discussed shared rivers and water security.", []string{"climate-environment"}},
		{"Cairo readout, water resources", "The talks covered water resources of the basin.", []string{"climate-environment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueInstrumentsOfDefenceAndBorders: defence cooperation by its
// treaty or base, a border by its delimitation, in invented sentences of
// several governments' styles.
func TestIssueInstrumentsOfDefenceAndBorders(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Jakarta story, security treaty", "The two leaders agreed to begin negotiations on a new security treaty.", []string{"defense-cooperation"}},
		{"Pacific release, security pact", "They discussed the security pact signed last month.", []string{"defense-cooperation"}},
		{"Canberra doorstop, naval base", "We will work together on the redevelopment of the naval base.", []string{"defense-cooperation"}},
		{"Manila readout, air bases", "They discussed rotations through two air bases in the north.", []string{"defense-cooperation"}},
		{"Kremlin readout, seabed delimitation", "They discussed the delimitation of the bed of the northern sea.", []string{"territorial-dispute"}},
		{"Dushanbe release, border delimitation", "The commission continued the delimitation of the state border.", []string{"territorial-dispute"}},
		{"Astana release, delimitation", "Progress on delimitation was noted.", []string{"territorial-dispute"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestIssueInsideAnAuthoritysName: a keyword inside the name of an
// authority, before it or after "on", names the body, in invented
// sentences of several governments' styles.
func TestIssueInsideAnAuthoritysName(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wire story, Authority on Development", "The talks are sponsored by the Regional Authority on Development.", nil},
		{"Gulf trip, an investment authority", "He met officials of the National Investment Authority.", nil},
		{"Canberra release, a maritime authority", "They toured the Maritime Authority with the minister.", nil},
		{"the subject itself stays", "They discussed development and investment.", []string{"economic-development", "trade-investment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
