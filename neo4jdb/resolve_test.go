package neo4jdb_test

import (
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// The cases an analyst found merged or split on real news, written with
// invented people: one node per person whatever the order of given and
// family name, a familiar given name or a middle initial; one meeting per
// real engagement, not one per pair of states.
func TestResolutionRegressions(t *testing.T) {
	db := neo4jtest.Open(t)
	held, sched, cancelled := attache.StatusHeld, attache.StatusScheduled, attache.StatusCancelled
	roe := official("Joe Roe", "US", "President", attache.LevelHeadOfState)
	petrenko := official("Ivan Petrenko", "UA", "President", attache.LevelHeadOfState)
	docs := []*attache.Extraction{
		// Name order, nickname, middle initial: one node each.
		article("p1", "2024-05-02", []attache.OfficialFact{official("Taro Yamada", "JP", "Prime Minister", attache.LevelHeadOfGovernment)}),
		article("p2", "2024-05-03", []attache.OfficialFact{official("YAMADA Taro", "JP", "Prime Minister", attache.LevelHeadOfGovernment)}),
		article("p3", "2024-05-04", []attache.OfficialFact{official("Yamada", "JP", "", "")}),
		article("p4", "2024-05-05", []attache.OfficialFact{official("Joseph R. Roe", "US", "President", attache.LevelHeadOfState)}),
		// A meeting called off in 2019 and talks of the same states in 2025.
		article("c1", "2019-09-01", []attache.OfficialFact{roe, petrenko},
			meeting(attache.KindMeeting, cancelled, "", []string{"Joe Roe", "Ivan Petrenko"}, []string{"US", "UA"})),
		article("c2", "2025-11-24", []attache.OfficialFact{official("Jane Doe", "US", "Secretary of State", attache.LevelMinister), petrenko},
			meeting(attache.KindTalks, held, "2025-11-23", []string{"Jane Doe", "Ivan Petrenko"}, []string{"US", "UA"})),
		// Foreign ministers and national security advisers on one day.
		article("n1", "2021-05-25", []attache.OfficialFact{
			official("Jane Doe", "US", "Secretary of State", attache.LevelMinister),
			official("Oleg Sidorov", "RU", "Foreign Minister", attache.LevelMinister)},
			meeting(attache.KindMeeting, held, "2021-05-24", []string{"Jane Doe", "Oleg Sidorov"}, []string{"RU", "US"})),
		article("n2", "2021-05-25", []attache.OfficialFact{
			official("Sam Carver", "US", "National Security Advisor", attache.LevelMinister),
			official("Pavel Orlov", "RU", "Security Council Secretary", attache.LevelMinister)},
			meeting(attache.KindMeeting, held, "2021-05-24", []string{"Sam Carver", "Pavel Orlov"}, []string{"RU", "US"})),
		// A preview says "held" about a meeting after its own publication.
		article("s1", "2023-02-01", []attache.OfficialFact{official("Ali Sani", "NE", "Foreign Minister", attache.LevelMinister)},
			meeting(attache.KindMeeting, held, "2023-02-10", []string{"Ali Sani"}, []string{"FR", "NE"})),
		article("s2", "2023-01-20", []attache.OfficialFact{official("Ali Sani", "NE", "Foreign Minister", attache.LevelMinister)},
			meeting(attache.KindMeeting, sched, "2023-02-10", []string{"Ali Sani"}, []string{"FR", "NE"})),
	}
	save(t, db, docs...)
	d := dump(t, db)
	for _, want := range []string{
		`(:Article {id: "p3"})-[:MENTIONS`,
		`]->(:Official {id: "JP:taro yamada"})`,
		`(:Official {aliases: ["Joe Roe"], claims: ["US=2"], firstSeen: "2019-09-01", id: "US:joseph roe"`,
		`]->(:Meeting {id: "meeting:UA-US:undated"})`,
		`]->(:Meeting {id: "meeting:UA-US:2025-11-23"})`,
		`]->(:Meeting {id: "meeting:RU-US:2021-05-24"})`,
		`]->(:Meeting {id: "meeting:RU-US:2021-05-24~2"})`,
		`(:Meeting {countryKey: "FR-NE", date: "2023-02-10"`,
	} {
		if !strings.Contains(d, want) {
			t.Errorf("graph lacks %s:\n%s", want, d)
		}
	}
	if strings.Contains(d, `id: "JP:yamada"`) || strings.Contains(d, `id: "US:roe joe"`) {
		t.Errorf("a person split into several nodes:\n%s", d)
	}
	for _, line := range strings.Split(d, "\n") {
		if strings.HasPrefix(line, "(:Meeting {") && strings.Contains(line, `countryKey: "FR-NE"`) && !strings.Contains(line, `status: "scheduled"`) {
			t.Errorf("a meeting after every article that reports it is not scheduled: %s", line)
		}
	}
}

// Levels follow the guidelines whatever the extractor said: a consort is
// no head of state, a national security adviser counts among the leaders.
func TestLevelsFollowTheGuidelines(t *testing.T) {
	db := neo4jtest.Open(t)
	save(t, db, article("l1", "2024-02-01", []attache.OfficialFact{
		official("Mara Velden", "NL", "Queen Consort", attache.LevelHeadOfState),
		official("Sam Carver", "US", "National Security Advisor", attache.LevelOther),
	}))
	d := dump(t, db)
	for _, want := range []string{
		`id: "NL:mara velden", lastSeen: "2024-02-01", level: "other"`,
		`id: "US:carver samuel", lastSeen: "2024-02-01", level: "minister"`,
	} {
		if !strings.Contains(d, want) {
			t.Errorf("graph lacks %s:\n%s", want, d)
		}
	}
}
