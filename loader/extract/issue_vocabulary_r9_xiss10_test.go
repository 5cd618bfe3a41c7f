package extract

import (
	"slices"
	"testing"
)

// Round 9: subjects that releases of several governments name by a usual
// word of their own rather than the taxonomy's (a named epidemic, "two-way
// commerce", a Millennium Challenge compact, a return to civilian rule,
// family reunions, trainer aircraft bought, forces that train and exercise
// together, a labour scheme, a security support mission, an exchange of
// fire), and the same words where they name something else. Every
// sentence is invented.
func TestIssueVocabularyR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// health: an epidemic by its name
		{"US: SARS", "The leaders agreed to improve regional readiness for a return of SARS.", []string{"health"}},
		{"UK: Marburg", "The Foreign Secretary and the Minister discussed the response to the Marburg cases in the north.", []string{"health"}},
		{"wire: yellow fever", "Officials said the talks covered a yellow fever vaccination drive.", []string{"health"}},
		// trade: commerce between states, not the traffic police secure
		{"US: two-way commerce", "The Secretary and the Foreign Minister talked about widening two-way commerce.", []string{"trade-investment"}},
		{"US: AGOA written out", "They discussed the African Growth and Opportunity Act.", []string{"trade-investment"}},
		{"Canada: export routes", "The Minister reviewed progress on diversifying export routes across the region.", []string{"trade-investment"}},
		{"not: travel and commerce secured", "The plan secures modes of travel and commerce.", nil},
		{"not: a chamber of commerce", "He addressed the Chamber of Commerce in Lima.", nil},
		// development: a Millennium Challenge compact, irrigation
		{"US: MCC compact", "The delegations reviewed progress toward a compact with the Millennium Challenge Corporation.", []string{"economic-development"}},
		{"USAID: irrigation", "The funds will repair irrigation canals and farm-to-market roads.", []string{"economic-development"}},
		// democracy: civilian rule, a constitution
		{"wire: civilian government", "He pressed for a swift transition to an elected civilian government.", []string{"democracy-governance"}},
		{"US: new constitution", "With the President, he discussed the draft of a new constitution.", []string{"democracy-governance"}},
		{"Commonwealth: local self-government", "The ministers discussed support for local self-government.", []string{"democracy-governance"}},
		{"not: a political transition after a war", "The sessions were dominated by a ceasefire and a political transition there.", []string{"peace-process"}},
		// humanitarian aid: families divided, relief goods
		{"Korea: family reunions", "The two sides agreed to resume reunions of separated families.", []string{"humanitarian-aid"}},
		{"UK: food and shelter", "He set out new funding for emergency shelter in the border towns.", []string{"humanitarian-aid"}},
		// arms sales: aircraft bought, not deployed
		{"Korea: trainer aircraft", "The leaders discussed the purchase of trainer aircraft.", []string{"arms-sales"}},
		{"DoD: night-vision equipment", "The talks covered a request for night-vision equipment.", []string{"arms-sales"}},
		{"US: air and missile defense", "They discussed the acquisition of integrated air and missile defense systems.", []string{"arms-sales"}},
		{"not: aircraft on patrol", "Canadian patrol planes deployed from Japan monitor the transfers.", nil},
		// defence cooperation: training together, the two-plus-two format
		{"UK: train and exercise together", "The agreement lets British and Japanese forces train and exercise together more often.", []string{"defense-cooperation"}},
		{"UK: troops training abroad", "They discussed the role of British troops training in Nanyuki.", []string{"defense-cooperation"}},
		{"Australia: foreign and defence ministers", "The Foreign and Defence Ministers' Meeting was postponed.", []string{"defense-cooperation"}},
		// migration: labour schemes, boats, recruitment of carers
		{"Australia: a labour scheme", "They discussed the Pacific Labour Scheme.", []string{"migration"}},
		{"Australia: unauthorised arrivals", "The agenda covers boats carrying unauthorised people to the coast.", []string{"migration"}},
		{"Canada: recruitment of nurses", "They discussed the ethical recruitment of nurses and caregivers.", []string{"migration"}},
		// peacekeeping, regional security, territory
		{"US: security support mission", "She thanked Kenya for offering to lead a multinational security support mission.", []string{"peacekeeping"}},
		{"wire: exchange of fire", "The prime ministers met after their troops exchanged fire near the border.", []string{"regional-security"}},
		{"wire: disputed land", "Soldiers clashed near the disputed temple and the land around it.", []string{"territorial-dispute"}},
		// energy: a power station in lower case is the plant itself
		{"Kremlin: nuclear power station", "They discussed the construction of a nuclear power station.", []string{"energy"}},
		{"not: a naval station named", "The talks were held at the Naval Station in Rota.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: "the situation in" a state that officials discuss is their
// region's security, as the situation in a region is; the situation a
// government's statement is issued on is the statement's grievance, not
// talks. Every sentence is invented.
func TestIssueSituationDiscussedR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Kremlin: exchanged views on one state", "The presidents also exchanged views on the situation in Afghanistan.", []string{"regional-security"}},
		{"Japan: a third state", "The two leaders also exchanged views on the situation in Cambodia.", []string{"regional-security"}},
		{"Italy-Russia call", "The two leaders discussed the situation in Libya.", []string{"regional-security"}},
		{"EU: a region", "Ministers discussed the situation in the Sahel.", []string{"regional-security"}},
		{"not: a statement's title", "Statement by the Minister on the situation in Chad", nil},
		{"not: a statement issued", "The Prime Minister today issued the following statement on the situation in Belarus:", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: "development" is development aid, except as the growth of the
// ties between states (the Kremlin's and Beijing's "development of
// relations") and as a thing made or worked together ("co-development",
// "joint development"). Every sentence is invented.
func TestIssueDevelopmentOfTiesR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Kremlin: development of relations", "The presidents discussed the development of bilateral relations.", nil},
		{"Beijing: development of ties", "Both sides agreed to promote the development of friendly ties and exchanges.", nil},
		{"Kremlin: trade and economic relations", "The leaders discussed the development of trade and economic relations.", []string{"trade-investment"}},
		{"DoD: co-development", "They held talks on the co-development of jet engines.", nil},
		{"wire: joint development of fields", "The sides discussed the joint development of offshore gas fields.", []string{"energy"}},
		{"still: development aid", "They discussed food security and development.", []string{"economic-development", "humanitarian-aid"}},
		{"still: development of a region", "The ministers discussed the development of the northern provinces.", []string{"economic-development"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: medical teams, specialists and supplies sent with relief after
// a disaster or for refugees are that relief, no public-health
// cooperation; "medical" beside an epidemic, or with no relief in the
// sentence, stays health. Every sentence is invented.
func TestIssueMedicalReliefR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Japan: a disaster relief medical team", "Japan has dispatched a Disaster Relief medical team to the islands hit by the typhoon.", []string{"humanitarian-aid"}},
		{"Australia: medical teams after a tsunami", "He thanked Canberra for the army engineers and medical teams in the tsunami-hit province.", []string{"humanitarian-aid"}},
		{"UK: medical help for refugees", "The UK will send medical specialists to the camps sheltering refugees.", []string{"humanitarian-aid"}},
		{"still: medical cooperation with no relief", "The ministers agreed to expand medical cooperation and research.", []string{"health"}},
		{"still: an epidemic beside relief", "They discussed relief supplies and medical teams to fight the cholera outbreak.", []string{"health", "humanitarian-aid"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: a region named as the place of denuclearization or of peace is
// where that subject lies, not a security matter of its own; the
// situation, stability or tensions of the region stay its security. Every
// sentence is invented.
func TestIssueRegionOfOtherSubjectR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Korea: denuclearization of the peninsula", "The President said his country backs the denuclearization of the Korean Peninsula.", []string{"nuclear-nonproliferation"}},
		{"Korea: lasting peace on the peninsula", "He expressed support for efforts to establish lasting peace on the Korean Peninsula.", []string{"peace-process"}},
		{"US: peace in the Middle East", "The two leaders discussed a lasting peace in the Middle East.", []string{"peace-process"}},
		{"still: the situation on the peninsula", "They reviewed the situation on the Korean Peninsula.", []string{"regional-security"}},
		{"still: tensions on the peninsula", "The ministers discussed rising tensions on the Korean Peninsula.", []string{"regional-security"}},
		{"still: the Sahel itself", "Ministers discussed the Sahel and the threat of violent extremism.", []string{"counterterrorism", "regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: the "humanitarian" ties and sphere of Kremlin and Central Asian
// readouts are culture and exchanges between peoples; humanitarian aid,
// relief and access stay humanitarian. Every sentence is invented.
func TestIssueHumanitarianSphereR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Kremlin: cultural and humanitarian areas", "The sides expressed interest in developing cooperation in political, economic and cultural and humanitarian areas.", []string{"education-culture"}},
		{"Kremlin: humanitarian ties", "Both countries seek to foster political and humanitarian ties.", []string{"education-culture"}},
		{"Astana: the humanitarian sphere", "The presidents stressed the dialogue in the humanitarian sphere, including Culture Days next month.", []string{"education-culture"}},
		{"still: humanitarian aid", "The ministers discussed humanitarian aid to the displaced.", []string{"humanitarian-aid"}},
		{"still: humanitarian access", "She raised humanitarian access to the besieged towns.", []string{"humanitarian-aid"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9, second vocabulary pass: double-taxation treaties, an arms race,
// a negotiated solution, fishing vessels kept safe or seized at sea; and
// illicit trade, which is smuggling, not commerce. Every sentence is
// invented.
func TestIssueVocabularySecondPassR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Kremlin: double taxation", "An agreement on the avoidance of double taxation was signed in the presence of the presidents.", []string{"trade-investment"}},
		{"wire: arms race", "The two leaders warned against a new arms race in space.", []string{"nuclear-nonproliferation"}},
		{"EU: negotiated solution", "The High Representative called for a negotiated solution to the conflict.", []string{"peace-process"}},
		{"Kremlin: safe fishing", "Attention was given to the safe operation of fishing vessels in the waters around the islands.", []string{"maritime-security"}},
		{"wire: boats seized", "Officials said the navy had seized three fishing boats inside the zone.", []string{"maritime-security"}},
		{"not: illicit trade in arms", "They agreed to fight the illicit trade in small arms.", nil},
		{"not: illegal trade beside trade", "They discussed bilateral trade and the illegal trade in wildlife.", []string{"climate-environment", "trade-investment"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: keywords in another sense - a release's press embargo, a line
// of defence as a figure of speech, the civilian infrastructure a war
// strikes and the critical infrastructure cyber defence protects. Every
// sentence is invented.
func TestIssueOtherSensesR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"US Treasury: press embargo", "EMBARGOED UNTIL 10:00 A.M. EDT", nil},
		{"UK: embargoed for release", "Embargoed for 00:01 Tuesday 4 March", nil},
		{"still: an arms embargo", "The ministers discussed the arms embargo on the junta.", []string{"sanctions"}},
		{"US: second line of defense", "Creditor states stand ready to provide a second line of defense if the programme holds.", nil},
		{"still: defense cooperation", "They discussed defense cooperation and joint exercises.", []string{"defense-cooperation"}},
		{"UK: civilian infrastructure attacked", "Both leaders condemned the attacks on civilian infrastructure.", nil},
		{"EU: critical infrastructure", "The ministers agreed to protect critical infrastructure from cyber attacks.", []string{"cybersecurity"}},
		{"still: infrastructure financing", "They discussed infrastructure financing for the islands.", []string{"economic-development"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 9: armed groups that a peace settlement cantons, disarms or
// demobilises are that settlement's subject, not a threat to the region;
// armed groups crossing a border stay regional security. Every sentence
// is invented.
func TestIssueArmedGroupsStoodDownR9(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"US ambassador: cantonment", "I called on the Foreign Minister to discuss the cantonment of armed groups.", nil},
		{"UK: demobilise", "They discussed the government's programme to demobilise illegal armed groups.", []string{"stabilization-reconstruction"}},
		{"UN: disarmament of groups", "The envoy raised the disarmament of the armed groups in the east.", []string{"stabilization-reconstruction"}},
		{"still: groups crossing a border", "Officials were worried about armed groups crossing the river from the north.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
