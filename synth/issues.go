package synth

// issue is a policy subject of the project's taxonomy
// (shared/eval/issue-taxonomy.tsv) with phrases that name it in a sentence;
// each phrase is chosen so that it belongs to that issue alone.
type issue struct {
	ID      string
	Label   string
	Phrases []string
}

var issues = []issue{
	{"counterterrorism", "Counterterrorism", []string{"cooperation against terrorist groups", "the threat posed by violent extremists", "joint counterterrorism efforts"}},
	{"counternarcotics", "Drug Trafficking", []string{"the fight against drug trafficking", "the eradication of coca crops", "joint operations against narcotics smugglers"}},
	{"peacekeeping", "Peacekeeping", []string{"troop contributions to UN peacekeeping missions", "the mandate of the peacekeeping force", "the deployment of additional peacekeepers"}},
	{"peace-process", "Peace Talks", []string{"efforts to secure a lasting ceasefire", "the stalled peace negotiations", "implementation of the peace accord"}},
	{"regional-security", "Regional Security", []string{"stability in the region", "security along their common border", "cross-border attacks by armed groups"}},
	{"defense-cooperation", "Defense Ties", []string{"military-to-military ties", "joint military exercises", "a new defense cooperation agreement"}},
	{"military-modernization", "Military Reform", []string{"the modernization of the armed forces", "replacing ageing military equipment", "restructuring of the army"}},
	{"arms-sales", "Arms Sales", []string{"the purchase of fighter aircraft", "a proposed sale of air-defense systems", "licences for weapons exports"}},
	{"nuclear-nonproliferation", "Nonproliferation", []string{"nuclear nonproliferation", "arms control commitments", "curbing the spread of weapons of mass destruction"}},
	{"stabilization-reconstruction", "Reconstruction", []string{"post-war reconstruction", "the training of local security forces", "rebuilding infrastructure destroyed in the war"}},
	{"trade-investment", "Trade", []string{"trade and investment", "a proposed free trade agreement", "tariffs and market access"}},
	{"economic-development", "Development", []string{"development assistance", "debt relief", "poverty reduction programmes"}},
	{"energy", "Energy", []string{"energy security", "a planned natural gas pipeline", "oil and gas cooperation"}},
	{"democracy-governance", "Governance", []string{"electoral reform", "the rule of law", "anti-corruption measures"}},
	{"human-rights", "Human Rights", []string{"human rights", "the release of political prisoners", "press freedom"}},
	{"humanitarian-aid", "Humanitarian Aid", []string{"humanitarian assistance", "disaster relief", "support for displaced families"}},
	{"migration", "Migration", []string{"migration flows", "visa requirements", "irregular migration"}},
	{"maritime-security", "Maritime Security", []string{"piracy in nearby shipping lanes", "freedom of navigation", "joint naval patrols"}},
	{"territorial-dispute", "Border Dispute", []string{"the disputed border", "competing sovereignty claims over a group of islands", "the long-running territorial dispute"}},
	{"sanctions", "Sanctions", []string{"sanctions", "the lifting of an arms embargo", "enforcement of economic sanctions"}},
	{"health", "Health", []string{"public-health cooperation", "the response to the epidemic", "vaccine supplies"}},
	{"climate-environment", "Climate", []string{"climate change", "emissions targets", "forest conservation"}},
	{"cybersecurity", "Cybersecurity", []string{"cyber defense", "protection against cyber attacks", "information security"}},
	{"education-culture", "Cultural Ties", []string{"student exchanges", "university scholarships", "cultural cooperation"}},
}

// issuesByRole says which subjects an official of each role plausibly
// discusses; heads of state and government and foreign ministers discuss
// anything.
var issuesByRole = map[role][]string{
	roleDefense:       {"defense-cooperation", "military-modernization", "arms-sales", "counterterrorism", "peacekeeping", "regional-security", "maritime-security", "cybersecurity", "counternarcotics"},
	roleTrade:         {"trade-investment", "economic-development", "sanctions", "energy"},
	roleEnergy:        {"energy", "climate-environment", "trade-investment", "nuclear-nonproliferation"},
	roleFinance:       {"economic-development", "trade-investment", "sanctions"},
	roleDeputyForeign: {"regional-security", "peace-process", "migration", "human-rights", "territorial-dispute", "sanctions", "education-culture", "health"},
}

func issueIndex(id string) int {
	for i := range issues {
		if issues[i].ID == id {
			return i
		}
	}
	return -1
}
