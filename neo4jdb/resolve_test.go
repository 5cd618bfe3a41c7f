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

// Accounts of one engagement that disagree on its form or its sides are one
// meeting, and an article that names no state for a person puts no node
// of its own beside theirs, whatever order the articles come in: a visit
// announced ("heads to Niamey for talks") and the talks held; a readout
// that names only the visitor's state, held in the host's capital; a
// readout whose states leave out the state of a participant it names; a
// full name with no state given.
func TestOneEngagementAcrossFormsAndSides(t *testing.T) {
	db := neo4jtest.Open(t)
	held, sched := attache.StatusHeld, attache.StatusScheduled
	sani := official("Ali Sani", "NE", "Foreign Minister", attache.LevelMinister)
	velmont := official("Antonia Velmont", "FR", "Foreign Minister", attache.LevelMinister)
	venue := func(m attache.EngagementFact, city, country string) attache.EngagementFact {
		m.Location = &attache.Location{City: &city, Country: &country}
		return m
	}
	stateless := official("Antonia Velmont", "", "Foreign Minister", attache.LevelMinister)
	docs := []*attache.Extraction{
		article("v1", "2024-03-05", []attache.OfficialFact{velmont},
			venue(meeting(attache.KindVisit, sched, "", []string{"Antonia Velmont"}, []string{"FR", "NE"}), "Niamey", "NE")),
		article("v2", "2024-03-11", []attache.OfficialFact{velmont, sani},
			venue(meeting(attache.KindTalks, held, "2024-03-10", []string{"Antonia Velmont", "Ali Sani"}, []string{"FR", "NE"}), "Niamey", "NE")),
		article("v3", "2024-03-11", []attache.OfficialFact{velmont},
			venue(meeting(attache.KindTalks, held, "2024-03-10", []string{"Antonia Velmont"}, []string{"FR"}), "Niamey", "NE")),
		article("v4", "2024-03-12", []attache.OfficialFact{velmont, sani},
			meeting(attache.KindMeeting, held, "2024-03-10", []string{"Antonia Velmont", "Ali Sani"}, []string{"FR"})),
		article("v5", "2024-03-12", []attache.OfficialFact{stateless}),
	}
	var want string
	for i, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 4, 0, 3, 1}} {
		wipe(t, db)
		for _, k := range order {
			save(t, db, docs[k])
		}
		d := dump(t, db)
		if i == 0 {
			want = d
		} else if d != want {
			t.Fatalf("order %v gives another graph:\n%s", order, neo4jtest.DumpDiff(want, d, 0))
		}
	}
	if s := count(t, db); s.Nodes["Meeting"] != 1 || s.Nodes["Official"] != 2 {
		t.Errorf("%d meetings and %d officials, want 1 and 2:\n%s", s.Nodes["Meeting"], s.Nodes["Official"], want)
	}
	for _, line := range []string{
		`(:Article {id: "v1"})-[:REPORTS`,
		`]->(:Meeting {id: "meeting:FR-NE:2024-03-10"})`,
		`(:Article {id: "v5"})-[:MENTIONS {`,
		`]->(:Official {id: "FR:antonia velmont"})`,
	} {
		if !strings.Contains(want, line) {
			t.Errorf("graph lacks %s:\n%s", line, want)
		}
	}
}
