package synth

import "github.com/attache-project/attache"

// role groups titles that do the same job across states, so that a visiting
// foreign minister is received by a foreign minister or a secretary of state.
type role int

const (
	roleHeadOfState role = iota
	roleHeadOfGov
	roleForeign
	roleDefense
	roleTrade
	roleEnergy
	roleFinance
	roleDeputyForeign
	numRoles
)

// title is one office: Norm is the normalised title the truth records, Pre
// the form written before a name ("Defense Minister Ana Velor"), Role the
// lowercase form written as an apposition ("Peru's defense minister").
type title struct {
	Role  role
	Norm  string
	Pre   string
	Lower string
	Level attache.Level
}

// ministerTitles are the offices every state of the table has.
var ministerTitles = []title{
	{roleForeign, "Foreign Minister", "Foreign Minister", "foreign minister", attache.LevelMinister},
	{roleDefense, "Minister of Defense", "Defense Minister", "defense minister", attache.LevelMinister},
	{roleTrade, "Minister of Trade", "Trade Minister", "trade minister", attache.LevelMinister},
	{roleEnergy, "Minister of Energy", "Energy Minister", "energy minister", attache.LevelMinister},
	{roleFinance, "Minister of Finance", "Finance Minister", "finance minister", attache.LevelMinister},
	{roleDeputyForeign, "Deputy Foreign Minister", "Deputy Foreign Minister", "deputy foreign minister", attache.LevelDeputy},
}

var usTitles = []title{
	{roleForeign, "Secretary of State", "Secretary of State", "secretary of state", attache.LevelMinister},
	{roleDefense, "Secretary of Defense", "Defense Secretary", "defense secretary", attache.LevelMinister},
	{roleTrade, "Secretary of Commerce", "Commerce Secretary", "commerce secretary", attache.LevelMinister},
	{roleEnergy, "Secretary of Energy", "Energy Secretary", "energy secretary", attache.LevelMinister},
	{roleFinance, "Secretary of the Treasury", "Treasury Secretary", "treasury secretary", attache.LevelMinister},
	{roleDeputyForeign, "Deputy Secretary of State", "Deputy Secretary of State", "deputy secretary of state", attache.LevelDeputy},
}

var gbTitles = []title{
	{roleForeign, "Foreign Secretary", "Foreign Secretary", "foreign secretary", attache.LevelMinister},
	{roleDefense, "Secretary of Defence", "Defence Secretary", "defence secretary", attache.LevelMinister},
	{roleTrade, "Secretary of State for Business and Trade", "Trade Secretary", "trade secretary", attache.LevelMinister},
	{roleEnergy, "Secretary of State for Energy", "Energy Secretary", "energy secretary", attache.LevelMinister},
	{roleFinance, "Chancellor of the Exchequer", "Chancellor of the Exchequer", "chancellor of the exchequer", attache.LevelMinister},
	{roleDeputyForeign, "Minister of State for Foreign Affairs", "Foreign Office Minister", "foreign office minister", attache.LevelDeputy},
}

// officesOf lists the titles a state's officials can hold, heads first.
func officesOf(c *country) []title {
	var out []title
	if c.President {
		out = append(out, title{roleHeadOfState, "President", "President", "president", attache.LevelHeadOfState})
	}
	if c.PrimeMinister {
		name := "Prime Minister"
		if c.HeadOfGov != "" {
			name = c.HeadOfGov
		}
		out = append(out, title{roleHeadOfGov, name, name, lowerTitle(name), attache.LevelHeadOfGovernment})
	}
	if c.Titles != nil {
		return append(out, c.Titles...)
	}
	return append(out, ministerTitles...)
}

func lowerTitle(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
