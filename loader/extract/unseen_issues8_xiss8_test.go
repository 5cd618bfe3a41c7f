package extract

import (
	"slices"
	"testing"
)

// Round 8 (issue 11): issue vocabulary missed on text no rule was written
// against, as the everyday wording of releases of several governments and
// wire stories for each subject of the taxonomy, with sentences where a
// word must not fire. Every sentence is invented.
func TestUnseenIssueVocabulary8(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// Human rights: the press, and journalists or dissidents freed.
		{"a free press, White House readout", "The leaders also discussed the importance of a free press.", []string{"human-rights"}},
		{"journalists released, EU style", "The High Representative welcomed the release of three journalists.", []string{"human-rights"}},
		{"dissidents freed, wire", "The envoy pressed Minsk to keep freeing jailed dissidents.", []string{"human-rights"}},
		{"a press conference is no free press", "The ministers gave a press conference after the talks.", nil},
		{"a hostage released is no press freedom", "The minister welcomed the release of the detained businessman.", nil},
		// Democracy and governance: justice administered, political
		// freedoms, a vote judged unfair.
		{"administration of justice, Canadian style", "The declaration covers the administration of justice and trade.", []string{"democracy-governance", "trade-investment"}},
		{"political freedom, UK style", "The Minister raised political freedom and the rule of law.", []string{"democracy-governance"}},
		{"an election neither free nor fair, wire", "Critics said the vote would be neither free nor fair.", []string{"democracy-governance"}},
		{"a free trade deal is no freedom", "They discussed a free trade deal.", []string{"trade-investment"}},
		// Sanctions: the Council's enforcement chapter, measures applied
		// beyond a state's borders.
		{"Chapter VII, Korean style", "The two ministers agreed that the Council should adopt a resolution under Chapter VII.", []string{"sanctions"}},
		{"extraterritorial measures, Canadian style", "The Minister restated Canada's opposition to the extraterritorial measures of the law.", []string{"sanctions"}},
		{"secondary sanctions, Kremlin style", "The presidents discussed the threat of secondary sanctions.", []string{"sanctions"}},
		{"a chapter of history is no sanction", "The minister said the visit opened a new chapter in relations.", nil},
		// Trade: regional agreements by their full names, trade defence.
		{"the Trans-Pacific Partnership, Japanese style", "The two leaders discussed the Trans-Pacific Partnership.", []string{"trade-investment"}},
		{"RCEP, ASEAN style", "The ministers welcomed the entry into force of RCEP.", []string{"trade-investment"}},
		{"market economy status, US style", "The Vice Minister asked about market economy status in trade remedy cases.", []string{"trade-investment"}},
		{"anti-dumping duties, EU style", "The Commissioner raised the anti-dumping duties on steel.", []string{"trade-investment"}},
		{"an economic partnership is not yet trade", "The leaders welcomed the strategic partnership.", nil},
		// Economic development: donors meeting to fund development.
		{"a consultative group of donors, Japanese style", "The President thanked Japan for its support in the Consultative Group.", []string{"economic-development"}},
		{"a donors' conference, UK style", "The ministers discussed the donors' conference in London.", []string{"economic-development"}},
		// Regional security: security or stability "in" a continent.
		{"security in Central Asia, Kremlin style", "Particular attention was paid to security in Central Asia.", []string{"regional-security"}},
		{"stability in North Africa, White House", "He discussed stability in North Africa.", []string{"regional-security"}},
		{"security in West Africa, UK headline", "Foreign Secretary meets Ghanaian counterpart to discuss security in West Africa", []string{"regional-security"}},
		{"energy security in Europe is energy", "They discussed energy security in Europe.", []string{"energy"}},
		{"financial stability in Asia is no region's security", "They discussed financial stability in Asia.", nil},
		{"the entry into force of an agreement, Korean style", "The leaders welcomed the entry into force of the Comprehensive Economic Partnership.", []string{"trade-investment"}},
		{"investment in Asia is no security", "They discussed investment in Asia.", []string{"trade-investment"}},
		// Peacekeeping: military observers of a ceasefire line.
		{"UN military observers, UK style", "He discussed the deployment of additional UN military observers.", []string{"peacekeeping"}},
		{"observers of an election are no peacekeepers", "The EU will send observers to the elections.", []string{"democracy-governance"}},
		// Climate and environment: fish stocks kept.
		{"fisheries management, New Zealand style", "I will hold talks on fisheries management and trade.", []string{"climate-environment", "trade-investment"}},
		{"fish stocks, EU style", "The Commissioner discussed the conservation of fish stocks.", []string{"climate-environment"}},
		{"overfishing, wire", "The ministers warned against overfishing in the Pacific.", []string{"climate-environment"}},
		// Migration: seasonal work abroad, arrivals outside the law.
		{"seasonal work, New Zealand style", "I will also sign a new arrangement on seasonal work.", []string{"migration"}},
		{"unauthorised arrivals, Australian style", "The agenda covers the unauthorised arrivals on the north-west coast.", []string{"migration"}},
		{"overseas workers, Philippine style", "They discussed the welfare of overseas workers.", []string{"migration"}},
		{"a seasonal visit is no migration", "The ministers discussed the seasonal floods.", nil},
		// Education: universities and young people exchanged.
		{"exchanges between young people, Japanese style", "The two ministers agreed to promote exchanges between young people and universities.", []string{"education-culture"}},
		{"university partnerships, US style", "They discussed expanding university partnerships.", []string{"education-culture"}},
		{"academic exchanges, Korean style", "The ministers agreed to expand academic exchanges.", []string{"education-culture"}},
		{"an exchange of views is no education", "The ministers held an exchange of views on the region.", nil},
		// Military modernisation: a hyphenated compound is one word of a
		// frame's gap.
		{"Soviet-era helicopters replaced, US defence press", "They discussed the replacement of its Soviet-era transport helicopters.", []string{"military-modernization"}},
		{"old jets replaced, wire", "The air force plans to replace its ageing Soviet-built MiG-29 jets.", []string{"military-modernization"}},
		{"a replaced minister is no modernisation", "The President replaced his defence minister.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 8: words that are no subject of the talks where they stand: a
// reporter's question, the disarming of fighters after a war, a body's
// approval, zeal, a kind of state, and offices named with "and the".
func TestUnseenIssueScope8(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"DDR, UK style", "He assured the President of support for the disarmament, demobilisation and reintegration of former combatants.", []string{"stabilization-reconstruction"}},
		{"DDR, UN style", "The mission supports the disarmament and demobilization of militias.", []string{"stabilization-reconstruction"}},
		{"nuclear disarmament stays", "The ministers discussed nuclear disarmament and the treaty.", []string{"nuclear-nonproliferation"}},
		{"disarmament talks stay", "They discussed disarmament, arms control and verification.", []string{"nuclear-nonproliferation"}},
		{"a council's sanction, Kremlin style", "He shared concern at the use of force without the sanction of the Security Council.", nil},
		{"sanctions on a state stay", "They discussed the sanctions of the Council on the regime.", []string{"sanctions"}},
		{"zeal is no energy, New Zealand style", "We agreed to put some real energy into our trade relationship.", []string{"trade-investment"}},
		{"energy supplies stay", "They discussed energy supplies to the islands.", []string{"energy"}},
		{"a trading nation, wire quote", "Calm waters matter to every trading nation, he said.", nil},
		{"trading rules stay", "They discussed trading rules for farm goods.", []string{"trade-investment"}},
		{"ministries in a delegation, US joint statement", "The delegation included representatives of the Ministries of National Defense, Industry and Trade.", nil},
		{"an office for two regions, USTR style", "The team will be led by the Assistant Trade Representative for Europe and the Middle East.", nil},
		{"a briefing on a region stays", "The Prime Minister briefed the Minister on the Middle East and the Gulf.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// A reporter's question in a transcript tells what is in the news, not
// what the talks took up: its sentences carry no issues, the officials'
// turns around it do.
func TestReportersQuestions8(t *testing.T) {
	tests := []struct {
		name, text string
		asked      []int
	}{
		{"State Department availability", "SECRETARY ROE: We discussed trade.\n\nQUESTION: Madam Secretary, on Iraq, will they keep their troops there? And the ceasefire?\n\nSECRETARY ROE: We talked about our alliance.", []int{1, 2}},
		{"Q label, UK style", "PRIME MINISTER: We discussed climate.\n\nQ: Prime Minister, what about sanctions?\n\nPRIME MINISTER: Sanctions came up.", []int{1}},
		{"Kremlin, no questions", "Vladimir Orlov: We discussed gas.\n\nAli Sani: And trade.", nil},
		{"a question whether the talks took it up stays, wire transcript", "SECRETARY ROE: We discussed trade.\n\nQUESTION: There are reports of new bases. Was that discussed?\n\nSECRETARY ROE: It was.", nil},
		{"asked about a raised subject, Australian style", "PRIME MINISTER: A good day.\n\nQ: Did you raise the refugees with him?\n\nPRIME MINISTER: We did.\n\nQ: Will you visit Fiji?", []int{3}},
		{"a question in prose is no label", "The question of trade came up.\n\nThey also discussed sanctions.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			asked := reportersQuestions(splitSentences(tc.text, 0))
			var got []int
			for si := range asked {
				got = append(got, si)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.asked) {
				t.Errorf("asked %v, want %v", got, tc.asked)
			}
		})
	}
}

// Round 8: a conflict settled, forces training together, the move from
// coal, asylum claims processed in a region; and where they must not fire.
func TestUnseenIssueVocabulary8b(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a conflict's settlement, EU style", "Talks will focus on the search for a settlement of the frozen conflict.", []string{"peace-process"}},
		{"no military solution, Kremlin style", "Our positions coincide: there is no military solution.", []string{"peace-process"}},
		{"political means, Kremlin style", "The war could be settled only by political means.", []string{"peace-process"}},
		{"a war resolved, wire", "The envoys urged both sides to resolve the border war.", []string{"peace-process"}},
		{"a settled trade row is no peace process", "They settled the long trade row over steel.", []string{"trade-investment"}},
		{"a settlement in a currency is no peace", "They discussed the settlement of payments in national currencies.", []string{"trade-investment"}},
		{"training together, US defence press", "Special operations units of both countries will train together next spring.", []string{"defense-cooperation"}},
		{"training alongside, Canadian style", "The agreement would allow Canadian personnel to train alongside the army.", []string{"defense-cooperation"}},
		{"students training together are no forces", "The ministers met nurses training alongside doctors.", nil},
		{"a just energy transition, UK style", "They agreed to accelerate the Just Energy Transition Partnership.", []string{"climate-environment"}},
		{"moving away from coal, Japanese style", "Japan will help move the power sector away from coal.", []string{"climate-environment", "energy"}},
		{"coal exports stay energy", "They discussed coal exports.", []string{"energy", "trade-investment"}},
		{"regional processing, Australian style", "We did talk about the regional processing arrangements.", []string{"migration"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 8: arms given as aid or financed, officers and intelligence
// exchanged, a defence budget, merchant shipping, rights of a group, an
// EU advisory mission; and where they must not fire.
func TestUnseenIssueVocabulary8c(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"military assistance, White House", "He reviewed coordination on military assistance to the government in Kyiv.", []string{"arms-sales"}},
		{"military aid, wire", "The country is one of the largest recipients of U.S. military aid.", []string{"arms-sales"}},
		{"lethal aid, UK style", "The Prime Minister ruled out lethal aid to the rebels.", []string{"arms-sales"}},
		{"Foreign Military Financing, US defence press", "He asked for patrol aircraft under the Foreign Military Financing program.", []string{"arms-sales"}},
		{"excess defence articles, US style", "They discussed the transfer of excess defense articles.", []string{"arms-sales"}},
		{"medical aid is no arms", "They discussed medical aid to the region.", []string{"health"}},
		{"two-plus-two, Japanese style", "The ministers prepared the next two-plus-two meeting.", []string{"defense-cooperation"}},
		{"officer exchanges, Korean style", "The two sides agreed to expand officer exchanges.", []string{"defense-cooperation"}},
		{"intelligence sharing, Kremlin style", "The presidents agreed on intelligence sharing.", []string{"defense-cooperation"}},
		{"an intelligence agency is no sharing", "He met the head of the intelligence service.", nil},
		{"a defence budget, EU style", "The minister explained the rise in the defence budget.", []string{"military-modernization"}},
		{"border incidents, wire", "The two sides discussed recent border incidents.", []string{"regional-security"}},
		{"a border crossing's incident is no clash", "They discussed an incident at the airport.", nil},
		{"merchant shipping, UK style", "They condemned the attacks on merchant shipping.", []string{"maritime-security"}},
		{"shipping lanes, US style", "They discussed the protection of shipping lanes.", []string{"maritime-security"}},
		{"a shipping company is no security", "He visited a shipping company.", nil},
		{"rights of women, EU style", "She raised the rights of women and girls.", []string{"human-rights"}},
		{"undocumented workers, US style", "They discussed the status of undocumented workers.", []string{"migration"}},
		{"antimicrobial resistance, Japanese style", "The ministers agreed to work on antimicrobial resistance.", []string{"health"}},
		{"marine litter, EU style", "The Commissioner raised marine litter.", []string{"climate-environment"}},
		{"sports exchanges, Korean style", "President Han thanked him for hosting sports exchanges.", []string{"education-culture"}},
		{"a new start is no treaty", "The visit marks a new start in relations.", nil},
		{"the New START treaty, Kremlin style", "The presidents discussed the New START treaty.", []string{"nuclear-nonproliferation"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// An EU mission that advises a ministry on reform is no peace operation.
func TestAdvisoryMissionCivil8(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"Next week she will open the EU Advisory Mission's new regional office.",
		"They discussed the work of the advisory mission in the ministry.",
	} {
		if got := issuesOf(x, text); slices.Contains(got, "peacekeeping") {
			t.Errorf("%q: issues %v, want no peacekeeping", text, got)
		}
	}
	if got := issuesOf(x, "They discussed the UN peacekeeping mission."); !slices.Contains(got, "peacekeeping") {
		t.Errorf("a peacekeeping mission lost its issue: %v", got)
	}
}

// A body's acronym naming the gathering on whose sidelines talks were
// held is their place, not their subject.
func TestVenueOnSidelines8(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sidelines of a NATO meeting, wire", "The two foreign ministers met on the sidelines of a NATO meeting in Brussels.", nil},
		{"margins of the OSCE council, US style", "On the margins of the OSCE Ministerial Council, the Secretary met her counterpart.", nil},
		{"fringes of the NATO summit, UK style", "The Prime Minister met him on the fringes of the NATO summit.", nil},
		{"NATO as a subject stays, Kremlin style", "The presidents discussed NATO enlargement.", []string{"defense-cooperation", "regional-security"}},
		{"at NATO stays a place", "Two envoys conferred at NATO.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 8: a second sweep of release phrases per taxonomy row, in the
// verb and noun forms governments use; with sentences where a word must
// not fire.
func TestUnseenIssueVocabulary8d(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rebels disarmed, UN style", "They discussed the disarmament of rebel groups in the east.", []string{"stabilization-reconstruction"}},
		{"militias disarmed, wire", "The envoy pressed for the disarming of the militias.", []string{"stabilization-reconstruction"}},
		{"states' disarmament stays arms control", "They discussed disarmament and the nuclear treaty.", []string{"nuclear-nonproliferation"}},
		{"violence in the region, EU style", "The ministers condemned the violence in the region.", []string{"regional-security"}},
		{"deterrence, Japanese style", "The two leaders agreed to strengthen deterrence.", []string{"defense-cooperation"}},
		{"open markets, Canadian style", "The Prime Minister spoke of a partnership founded on open markets.", []string{"trade-investment"}},
		{"import duties, wire", "They discussed import duties on cars.", []string{"trade-investment"}},
		{"official duties are no trade", "The minister resumed her official duties.", nil},
		{"courts reformed, EU style", "They discussed the reform of the judiciary.", []string{"democracy-governance"}},
		{"abuses by forces, UK style", "She raised abuses by the security forces.", []string{"human-rights"}},
		{"food and medicine, Korean style", "They discussed the delivery of food and medicine.", []string{"humanitarian-aid"}},
		{"border controls, EU style", "The ministers discussed border controls in the Schengen area.", []string{"migration"}},
		{"crossing illegally, US style", "They discussed people crossing the border illegally.", []string{"migration"}},
		{"security at sea, Japanese style", "They agreed to cooperate on security at sea.", []string{"maritime-security"}},
		{"an islands dispute, wire", "The islands dispute overshadowed the talks.", []string{"territorial-dispute"}},
		{"a virus, Kremlin style", "The presidents discussed the fight against the virus.", []string{"health"}},
		{"an outbreak of disease, UK style", "They discussed the outbreak of cholera.", []string{"health"}},
		{"an outbreak of war is no health", "They recalled the outbreak of the war.", nil},
		{"languages taught, Korean style", "They agreed to expand the teaching of the Korean language.", []string{"education-culture"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 8: development over the long term, uranium as fuel, the
// judiciary, nuclear confidence-building; and where they must not fire.
func TestUnseenIssueVocabulary8e(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"longer-term investments, USAID style", "They discussed longer-term investments in irrigation and seeds.", []string{"economic-development"}},
		{"long-term investment, EU style", "Talks will cover long-term investment to make herding communities more resilient.", []string{"economic-development"}},
		{"foreign investment stays trade", "They discussed foreign investment in the mining sector.", []string{"trade-investment"}},
		{"uranium supply, Korean style", "They will sign an agreement on uranium supply for power plants.", []string{"energy"}},
		{"uranium mining, Australian style", "The ministers discussed uranium exports under safeguards.", []string{"energy"}},
		{"enriched uranium stays arms control", "They discussed the stockpile of enriched uranium.", []string{"nuclear-nonproliferation"}},
		{"the judiciary, US remarks", "We talked about the reforms Romania is carrying out in its judiciary.", []string{"democracy-governance"}},
		{"the judiciary, EU style", "They discussed the independence of the judiciary.", []string{"democracy-governance"}},
		{"nuclear confidence-building, wire", "The dialogue covers trade and nuclear confidence-building measures.", []string{"nuclear-nonproliferation", "trade-investment"}},
		{"confidence-building between neighbours stays regional", "They agreed on confidence-building measures along the border.", []string{"regional-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// Round 8: the Security Council's resolutions implemented or enforced are
// sanctions; one numbered resolution is not read so.
func TestCouncilResolutionsImplemented8(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"full implementation, EU style", "Ministers supported the full implementation of UN Security Council resolutions.", []string{"sanctions"}},
		{"implementing resolutions, Korean style", "The ministers agreed to keep implementing the relevant Security Council resolutions.", []string{"sanctions"}},
		{"enforcement, Treasury style", "He will brief officials on the enforcement of United Nations Security Council resolutions.", []string{"sanctions"}},
		{"one resolution is not read so, Japanese style", "They confirmed that they would implement the new Security Council resolution.", nil},
		{"adopting resolutions is no sanction", "The Council adopted two resolutions.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// A release's own "Background" heading, "Notes to editors" or a
// paragraph opening "Background:" sets its paragraphs apart from the
// talks: they carry no issues.
func TestBackgroundSection8(t *testing.T) {
	tests := []struct {
		name, text string
		marked     []int
	}{
		{"EU press release heading", "The Commissioner met the minister to discuss trade.\n\nBackground\n\nThe EU has funded a military training mission since 2013.\n\nIt also funds roads.", []int{1, 2, 3}},
		{"UK notes to editors", "The Minister met his counterpart to discuss climate.\n\nNotes to editors\n\nThe UK has imposed sanctions on 40 people.", []int{1, 2}},
		{"White House inline background", "The President met the Chancellor to discuss energy.\n\nBackground: Earlier this year the President visited Kyiv to discuss arms.\n\nThe President returns on Friday.", []int{1}},
		{"a background briefing in prose is no heading", "Officials gave a background briefing on trade.\n\nThe ministers discussed sanctions.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			marked := backgroundSection(splitSentences(tc.text, 0))
			var got []int
			for si := range marked {
				got = append(got, si)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.marked) {
				t.Errorf("background sentences %v, want %v", got, tc.marked)
			}
		})
	}
}

// Round 8: a contested place's status or future, and the breakaway
// regions of frozen conflicts, are territorial; a visit to the place is
// not.
func TestContestedPlaces8(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the future of a holy city, Vatican style", "The talks focused on the future of Jerusalem.", []string{"territorial-dispute"}},
		{"the status of a province, EU style", "The ministers discussed the status of Kosovo.", []string{"territorial-dispute"}},
		{"the future status of an island, UK style", "They discussed the future status of Cyprus.", []string{"territorial-dispute"}},
		{"a breakaway region, Kremlin style", "The presidents discussed Transnistria.", []string{"territorial-dispute"}},
		{"a breakaway region, wire", "Talks on Abkhazia resumed in Geneva.", []string{"territorial-dispute"}},
		{"a visit to the city is no dispute", "The Secretary arrived in Jerusalem on Monday.", nil},
		{"a flight to the island is no dispute", "The minister flew to Cyprus for the meeting.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
