package neo4jdb

import (
	"fmt"
	"sort"
	"strings"
)

// Officials. Each article's view of an official (name, aliases, title,
// level) lives on its MENTIONS edge; the Official node and its REPRESENTS
// edge are recomputed from all of them after every save, so they do not
// depend on the order in which articles arrive.

// queryLockOfficials creates officials that do not exist yet and takes
// their write locks for the rest of the transaction.
const queryLockOfficials = `
UNWIND $ids AS id
MERGE (o:Official {id: id})
SET o._lock = true
REMOVE o._lock
`

// queryFullerOfficials finds officials of a state whose key ends with a
// last name: the candidates for "Blinken" are "US:antony blinken" and any
// other US official so named.
const queryFullerOfficials = `
MATCH (o:Official)
WHERE o.id STARTS WITH $prefix
  AND o.id ENDS WITH $suffix
RETURN o.id AS id
ORDER BY id
`

const queryMentionOfficials = `
UNWIND $rows AS row
MATCH (a:Article {id: $article})
MATCH (o:Official {id: row.id})
MERGE (a)-[m:MENTIONS]->(o)
SET m.evidence = row.evidence,
    m.start = row.start,
    m.end = row.end,
    m.name = row.name,
    m.aliases = row.aliases,
    m.title = row.title,
    m.level = row.level,
    m.country = row.country,
    m.organization = row.organization
`

const queryOfficialMentions = `
MATCH (a:Article)-[m:MENTIONS]->(o:Official {id: $id})
RETURN a.id AS article,
       a.published AS published,
       m.name AS name,
       m.aliases AS aliases,
       m.title AS title,
       m.level AS level,
       m.country AS country,
       m.organization AS organization
`

const queryDeleteOfficial = `
MATCH (o:Official {id: $id})
DETACH DELETE o
`

const querySetOfficial = `
MATCH (o:Official {id: $id})
SET o.name = $name,
    o.aliases = $aliases,
    o.title = $title,
    o.level = $level,
    o.organization = $organization
WITH o
CALL (o) {
  MATCH (o)-[old:REPRESENTS]->(c:Country)
  WHERE NOT c.code IN $codes
  DELETE old
}
CALL (o) {
  UNWIND $codes AS code
  MATCH (c:Country {code: code})
  MERGE (o)-[r:REPRESENTS]->(c)
  SET r.title = $title,
      r.level = $level,
      r.firstSeen = $firstSeen,
      r.lastSeen = $lastSeen
}
`

// queryShortForm says whether a one-word official exists that a fuller
// name may absorb, and how many fuller officials share its last name.
const queryShortForm = `
RETURN EXISTS {
         MATCH (:Article)-[:MENTIONS]->(s:Official {id: $short})
       } AS exists,
       COUNT {
         MATCH (o:Official)
         WHERE o.id STARTS WITH $prefix
           AND o.id ENDS WITH $suffix
       } AS fuller
`

// Absorbing a one-word official ("US:blinken", saved before anyone wrote
// the full name) into the only fuller official of that state: its mentions
// move over and the meetings it attended list the fuller one instead.
const queryMoveMentions = `
MATCH (a:Article)-[old:MENTIONS]->(s:Official {id: $from})
MATCH (t:Official {id: $to})
MERGE (a)-[m:MENTIONS]->(t)
ON CREATE SET m = properties(old)
ON MATCH SET m.aliases = m.aliases + [x IN coalesce(old.aliases, []) + [old.name] WHERE x IS NOT NULL AND NOT x IN coalesce(m.aliases, []) AND x <> m.name]
DELETE old
`

const queryMoveParticipant = `
MATCH (:Official {id: $from})-[:ATTENDED]->(m:Meeting)<-[r:REPORTS]-(a:Article)
WHERE $from IN r.participants
SET r.participants = [p IN r.participants WHERE p <> $from AND p <> $to] + [$to]
RETURN DISTINCT m.id AS id
`

// saveOfficials resolves, locks and mentions the article's officials and
// recomputes them. It returns the graph id of each row.
func (w *txWriter) saveOfficials(a articleRow, rows []officialRow) ([]string, error) {
	ids := make([]string, len(rows))
	var fuller []string
	for i, r := range rows {
		if len(r.Tokens) > 1 {
			ids[i] = r.Key
			fuller = append(fuller, r.Key)
		}
	}
	sort.Strings(fuller)
	if err := w.lockOfficials(fuller); err != nil {
		return nil, err
	}
	// One-word names, after the fuller names of the same article exist.
	for _, i := range byKey(rows) {
		r := rows[i]
		if len(r.Tokens) > 1 {
			continue
		}
		recs, err := w.run(queryFullerOfficials, map[string]any{"prefix": r.Prefix + ":", "suffix": " " + r.Tokens[0]})
		if err != nil {
			return nil, fmt.Errorf("resolve official %s: %w", r, err)
		}
		ids[i] = r.Key
		if len(recs) == 1 {
			ids[i] = str(recs[0], "id")
		}
		if err := w.lockOfficials([]string{ids[i]}); err != nil {
			return nil, err
		}
	}

	// One MENTIONS edge per official, folding rows that resolved together.
	merged := map[string]officialRow{}
	for i, r := range rows {
		if old, ok := merged[ids[i]]; ok {
			r = mergeOfficialRows(old, r)
		}
		merged[ids[i]] = r
	}
	resolved := make([]string, 0, len(merged))
	for id := range merged {
		resolved = append(resolved, id)
	}
	sort.Strings(resolved)
	mentions := make([]map[string]any, 0, len(merged))
	for _, id := range resolved {
		r := merged[id]
		mentions = append(mentions, r.Evidence.params(map[string]any{
			"id": id, "name": r.Name, "aliases": r.Aliases, "title": nullable(r.Title), "level": nullable(r.Level),
			"country": nullable(r.Country), "organization": nullable(r.Organization),
		}))
	}
	if _, err := w.run(queryMentionOfficials, map[string]any{"article": a.ID, "rows": mentions}); err != nil {
		return nil, fmt.Errorf("mention officials: %w", err)
	}

	for _, id := range fuller {
		if err := w.absorbShortForm(id); err != nil {
			return nil, err
		}
	}
	for _, id := range resolved {
		if err := w.refreshOfficial(id); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func byKey(rows []officialRow) []int {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return rows[order[i]].Key < rows[order[j]].Key })
	return order
}

func (w *txWriter) lockOfficials(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := w.run(queryLockOfficials, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("lock officials: %w", err)
	}
	return nil
}

// absorbShortForm folds "US:blinken" into "US:antony blinken" when the
// latter is the only US official with that last name, so the graph is the
// same whichever of the two articles was saved first.
func (w *txWriter) absorbShortForm(id string) error {
	prefix, name, ok := strings.Cut(id, ":")
	if !ok {
		return nil
	}
	tokens := strings.Fields(name)
	last := tokens[len(tokens)-1]
	short := prefix + ":" + last
	recs, err := w.run(queryShortForm, map[string]any{"short": short, "prefix": prefix + ":", "suffix": " " + last})
	if err != nil {
		return fmt.Errorf("find fuller names of %s: %w", short, err)
	}
	if exists, _ := recs[0].Get("exists"); exists != true {
		return nil
	}
	if fuller, _ := recs[0].Get("fuller"); fuller != int64(1) {
		return nil
	}
	if err := w.lockOfficials([]string{short}); err != nil {
		return err
	}
	params := map[string]any{"from": short, "to": id}
	if _, err := w.run(queryMoveMentions, params); err != nil {
		return fmt.Errorf("move mentions of %s to %s: %w", short, id, err)
	}
	recs, err = w.run(queryMoveParticipant, params)
	if err != nil {
		return fmt.Errorf("move meetings of %s to %s: %w", short, id, err)
	}
	if _, err := w.run(queryDeleteOfficial, map[string]any{"id": short}); err != nil {
		return fmt.Errorf("delete %s: %w", short, err)
	}
	for _, rec := range recs {
		w.markStale(str(rec, "id"))
	}
	return nil
}

// officialMention is one article's view of an official.
type officialMention struct {
	Article, Published, Name, Title, Level, Country, Organization string
	Aliases                                                       []string
}

// officialState is what the node and its REPRESENTS edge hold.
type officialState struct {
	Name, Title, Level, Organization string
	Aliases                          []string
	Countries                        []string
	FirstSeen, LastSeen              string
}

// aggregateOfficial combines the mentions of an official: the fullest name,
// every other form as an alias, the title and level of the latest article
// that gives one, and the span of article dates.
func aggregateOfficial(ms []officialMention) officialState {
	var s officialState
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Published != ms[j].Published {
			return ms[i].Published < ms[j].Published
		}
		return ms[i].Article < ms[j].Article
	})
	forms := map[string]bool{}
	countries := map[string]bool{}
	for _, m := range ms {
		if betterName(m.Name, s.Name) {
			s.Name = m.Name
		}
		forms[m.Name] = true
		for _, a := range m.Aliases {
			forms[a] = true
		}
		if m.Title != "" {
			s.Title = m.Title
			if m.Level != "" {
				s.Level = m.Level
			}
		} else if m.Level != "" && s.Title == "" {
			s.Level = m.Level
		}
		if m.Country != "" {
			countries[m.Country] = true
		}
		if m.Organization != "" && (s.Organization == "" || m.Organization < s.Organization) {
			s.Organization = m.Organization
		}
		if m.Published != "" {
			if s.FirstSeen == "" {
				s.FirstSeen = m.Published
			}
			s.LastSeen = m.Published
		}
	}
	for f := range forms {
		if f != "" && f != s.Name {
			s.Aliases = append(s.Aliases, f)
		}
	}
	sort.Strings(s.Aliases)
	for c := range countries {
		s.Countries = append(s.Countries, c)
	}
	sort.Strings(s.Countries)
	if s.Aliases == nil {
		s.Aliases = []string{}
	}
	if s.Countries == nil {
		s.Countries = []string{}
	}
	return s
}

// refreshOfficial recomputes an official from its mentions and deletes it
// when no article mentions it any more.
func (w *txWriter) refreshOfficial(id string) error {
	recs, err := w.run(queryOfficialMentions, map[string]any{"id": id})
	if err != nil {
		return fmt.Errorf("read mentions of %s: %w", id, err)
	}
	if len(recs) == 0 {
		if _, err := w.run(queryDeleteOfficial, map[string]any{"id": id}); err != nil {
			return fmt.Errorf("delete unmentioned official %s: %w", id, err)
		}
		return nil
	}
	ms := make([]officialMention, len(recs))
	for i, r := range recs {
		ms[i] = officialMention{
			Article: str(r, "article"), Published: str(r, "published"), Name: str(r, "name"),
			Title: str(r, "title"), Level: str(r, "level"), Country: str(r, "country"),
			Organization: str(r, "organization"), Aliases: strs(r, "aliases"),
		}
	}
	s := aggregateOfficial(ms)
	if _, err := w.run(querySetOfficial, map[string]any{
		"id": id, "name": s.Name, "aliases": s.Aliases, "title": nullable(s.Title),
		"level": nullable(s.Level), "organization": nullable(s.Organization), "codes": s.Countries,
		"firstSeen": nullable(s.FirstSeen), "lastSeen": nullable(s.LastSeen),
	}); err != nil {
		return fmt.Errorf("set official %s: %w", id, err)
	}
	return nil
}
