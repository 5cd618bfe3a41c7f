package neo4jdb

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/attache-project/attache/identity"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Officials. Each article's view of an official (name, aliases, title,
// level) lives on its MENTIONS edge; the Official node and its REPRESENTS
// edges are their aggregate (officialState.add), which does not depend on
// the order in which articles arrive. A save folds the batch's new
// mentions into the stored aggregate; an official whose mentions were
// removed or moved is recomputed from all of them.

// queryLockOfficials creates officials that do not exist yet and takes
// their write locks for the rest of the transaction. personKey is the
// part of the id after the state for officials of a state (or of none)
// with a name of two words or more, what queryPersonAcrossStates looks up
// through its index; absent for the others. nameTail (nameTailOfID) is
// what officialsWithWord seeks.
const queryLockOfficials = `
UNWIND $rows AS row
MERGE (o:Official {id: row.id})
SET o._lock = true, o.personKey = row.personKey, o.nameTail = row.nameTail
REMOVE o._lock
`

// queryOfficialsWithoutNameTail reads the ids of the officials stored
// without a nameTail: those a version before the official_name_tail index
// wrote, and those whose one-word key should have none.
const queryOfficialsWithoutNameTail = `
MATCH (o:Official)
WHERE o.nameTail IS NULL
RETURN o.id AS id
ORDER BY id
`

// queryWriteNameTails gives officials the nameTail a save gives them,
// computed in Go by nameTailOfID, the one home of the rule. An official
// that has one by then is left as it is, so running it again changes
// nothing.
const queryWriteNameTails = `
UNWIND $rows AS row
MATCH (o:Official {id: row.id})
WHERE o.nameTail IS NULL
SET o.nameTail = row.nameTail
`

// backfillBatch is how many officials one transaction of
// backfillNameTails writes, so a large old graph is not one transaction.
const backfillBatch = 5000

// backfillNameTails gives the officials a version before the
// official_name_tail index wrote the nameTail a save gives them
// (nameTailOfID). Officials with a one-word key get none.
func (db *DB) backfillNameTails(ctx context.Context) error {
	res, err := db.query(ctx, queryOfficialsWithoutNameTail, nil, read)
	if err != nil {
		return fmt.Errorf("read the officials without a name tail: %w", err)
	}
	var rows []map[string]any
	for _, rec := range res.Records {
		id := str(rec, "id")
		if tail := nameTailOfID(id); tail != "" {
			rows = append(rows, map[string]any{"id": id, "nameTail": tail})
		}
	}
	for chunk := range slices.Chunk(rows, backfillBatch) {
		if _, err := db.query(ctx, queryWriteNameTails, map[string]any{"rows": chunk}, write); err != nil {
			return fmt.Errorf("write the name tails of %d officials: %w", len(chunk), err)
		}
	}
	return nil
}

// nameTailOfID is the prefix of an official's id and the last word of
// the rest, when the rest has two words or more ("US:taro yamada" gives
// "US:yamada"): an official the one-word name "US:yamada" may stand for
// with that word last. It is "" for one-word keys.
func nameTailOfID(id string) string {
	prefix, rest, ok := strings.Cut(id, ":")
	i := strings.LastIndex(rest, " ")
	if !ok || i < 0 {
		return ""
	}
	return prefix + ":" + rest[i+1:]
}

// officialsWithWord is a subquery that returns, as o, the officials of
// row.prefix whose two-word key has the word of wordRow(prefix, word) first
// (o.id STARTS WITH row.head, a seek in the official_id constraint's range
// index) or last (o.nameTail = row.short, a seek in official_name_tail):
// the officials whose id starts with row.prefix and ends with row.suffix.
// It used to be one WHERE with the two cases under OR, which Neo4j
// planned as a scan of every official of the prefix for each row; an
// ENDS WITH seek in a text index on the id found the same officials with
// fewer db hits but took longer (a Lucene query per row).
const officialsWithWord = `
CALL (row) {
  MATCH (o:Official)
  WHERE o.id STARTS WITH row.head
  RETURN o
  UNION
  MATCH (o:Official {nameTail: row.short})
  RETURN o
}
`

// queryFullerOfficials finds, for each one-word name, the officials of its
// state whose key ends with that last name: the candidates for
// "US:blinken" are "US:antony blinken" and any other US official so named.
const queryFullerOfficials = `
UNWIND $rows AS row
CALL (row) {
  ` + officialsWithWord + `
  WITH o
  ORDER BY o.id
  RETURN collect(o.id) AS fuller
}
RETURN row.key AS key,
       fuller
`

// queryMentionOfficials writes the batch's mentions of officials, one
// row per article and official (officialMentionRows). It CREATEs rather
// than MERGEs: a saved article has no REPORTS or MENTIONS edge at that
// point (it is new, or queryDetachArticleFacts removed its old text's),
// and its lock keeps other saves off it, so checking for an edge (an
// Expand(Into) per row, a third of the statement's db hits) finds none.
const queryMentionOfficials = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (o:Official {id: row.id})
CREATE (a)-[m:MENTIONS]->(o)
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

const queryOfficialsMentions = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(o)
         RETURN {
           article: a.id,
           published: a.published,
           name: m.name,
           aliases: m.aliases,
           title: m.title,
           level: m.level,
           country: m.country,
           organization: m.organization
         }
       } AS mentions
`

const queryDeleteOfficial = `
MATCH (o:Official {id: $id})
DETACH DELETE o
`

const queryDeleteOfficials = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
DETACH DELETE o
`

// querySetOfficials writes the aggregate of officials and their
// REPRESENTS edges. An official's REPRESENTS edges are read in one
// expansion, which deletes those to states no longer listed and updates
// the others; only the listed states without an edge get one. (A MERGE
// per state checked each against both ends, an Expand(Into) that cost
// more db hits than the expansion; the codes are distinct.)
const querySetOfficials = `
UNWIND $rows AS row
MATCH (o:Official {id: row.id})
SET o.name = row.name,
    o.aliases = row.aliases,
    o.title = row.title,
    o.level = row.level,
    o.organization = row.organization,
    o.firstSeen = row.firstSeen,
    o.lastSeen = row.lastSeen,
    o.titleKey = row.titleKey,
    o.levelKey = row.levelKey,
    o.claims = row.claims
WITH o, row
CALL (o, row) {
  MATCH (o)-[r:REPRESENTS]->(c:Country)
  WITH r, c.code AS code, c.code IN row.codes AS keep, row
  FOREACH (x IN CASE WHEN keep THEN [] ELSE [r] END | DELETE x)
  FOREACH (x IN CASE WHEN keep THEN [r] ELSE [] END |
    SET x.title = row.title,
        x.level = row.level,
        x.firstSeen = row.firstSeen,
        x.lastSeen = row.lastSeen)
  RETURN collect(CASE WHEN keep THEN code END) AS have
}
CALL (o, row, have) {
  UNWIND row.codes AS code
  WITH o, row, code
  WHERE NOT code IN have
  MATCH (c:Country {code: code})
  CREATE (o)-[r:REPRESENTS]->(c)
  SET r.title = row.title,
      r.level = row.level,
      r.firstSeen = row.firstSeen,
      r.lastSeen = row.lastSeen
}
`

// queryShortForms finds the one-word officials that a fuller name may
// absorb: mentioned, and the only fuller official of the state with that
// last name is the given one.
const queryShortForms = `
UNWIND $rows AS row
WITH row
WHERE EXISTS {
        MATCH (:Article)-[:MENTIONS]->(s:Official {id: row.short})
      }
CALL (row) {
  ` + officialsWithWord + `
  RETURN count(o) AS namesakes
}
WITH row, namesakes
WHERE namesakes = 1
RETURN row.short AS short,
       row.id AS id
ORDER BY short
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

// queryAttendedGroups finds the meetings an official attended, whose
// groups are locked before their reports change.
const queryAttendedGroups = `
MATCH (:Official {id: $from})-[:ATTENDED]->(m:Meeting)
RETURN DISTINCT m.id AS id,
       m.countryKey AS countryKey
ORDER BY id
`

// queryMoveParticipant puts $to in the place of $from in the reports'
// participants, keeping the list sorted as a fresh save writes it.
const queryMoveParticipant = `
MATCH (:Official {id: $from})-[:ATTENDED]->(m:Meeting)<-[r:REPORTS]-(a:Article)
WHERE $from IN r.participants
WITH m, r, [p IN r.participants WHERE p <> $from AND p <> $to] AS rest
SET r.participants = [p IN rest WHERE p < $to] + [$to] + [p IN rest WHERE p > $to]
RETURN DISTINCT m.id AS id,
       m.countryKey AS countryKey
`

// queryShortMentionsOfNamesakes finds, for each last name with two or
// more fuller officials, the mentions of those officials that gave only
// the last name: they were resolved while one of them was the only one.
// A mention whose name holds the other end of the official's key as a
// word gave the full name and is left out here, so the rows do not grow
// with the articles that name the officials in full (the caller checks
// the rest by identity.NameTokens; a name folded otherwise, "al-Sani"
// for "alsani", is returned and dropped there).
const queryShortMentionsOfNamesakes = `
UNWIND $rows AS row
CALL (row) {
  ` + officialsWithWord + `
  RETURN collect(o) AS namesakes
}
WITH row, namesakes
WHERE size(namesakes) > 1
UNWIND namesakes AS o
WITH row, o, split(substring(o.id, size(row.prefix)), ' ') AS words
WITH row, o, CASE WHEN row.prefix + words[0] = row.short THEN words[-1] ELSE words[0] END AS other
MATCH (a:Article)-[m:MENTIONS]->(o)
WHERE NOT toLower(m.name) =~ ('(?s).*\\b' + other + '\\b.*')
RETURN row.short AS short,
       o.id AS id,
       a.id AS article,
       m.name AS name
ORDER BY short, id, article
`

// queryArticleReportsNaming finds an article's reports that list an
// official among their participants.
const queryArticleReportsNaming = `
MATCH (a:Article {id: $article})-[r:REPORTS]->(m:Meeting)
WHERE $from IN r.participants
RETURN m.id AS id,
       m.countryKey AS countryKey
ORDER BY id
`

// queryMoveArticleMention moves one article's mention of an official, and
// the official's place in that article's reports, to another official.
const queryMoveArticleMention = `
MATCH (a:Article {id: $article})-[old:MENTIONS]->(:Official {id: $from})
MATCH (s:Official {id: $to})
MERGE (a)-[m:MENTIONS]->(s)
ON CREATE SET m = properties(old)
DELETE old
WITH DISTINCT a
MATCH (a)-[r:REPORTS]->(:Meeting)
WHERE $from IN r.participants
WITH r, [p IN r.participants WHERE p <> $from AND p <> $to] AS rest
SET r.participants = [p IN rest WHERE p < $to] + [$to] + [p IN rest WHERE p > $to]
`

// savedOfficials is what saveOfficials did: the graph id of each row of
// each plan, the new mentions of each official, and the officials that
// absorbed a short form (whose mentions therefore moved).
type savedOfficials struct {
	ids      [][]string
	added    map[string][]officialMention
	absorbed []string
}

// saveOfficials resolves, locks and mentions the officials of the batch's
// articles.
func (w *txWriter) saveOfficials(plans []*plan) (savedOfficials, error) {
	var none savedOfficials
	ids, fuller, shortRows := officialIDs(plans)
	fuller, err := w.toStoredPersons(plans, ids, fuller)
	if err != nil {
		return none, err
	}
	if err := w.lockOfficials(fuller); err != nil {
		return none, err
	}
	// One-word names, after the fuller names of the batch exist.
	resolvedShort, err := w.resolveShortNames(shortRows)
	if err != nil {
		return none, err
	}
	mentions, added := officialMentionRows(plans, ids, resolvedShort)
	if _, err := w.run(queryMentionOfficials, map[string]any{"rows": nonNilRows(mentions)}); err != nil {
		return none, fmt.Errorf("mention officials: %w", err)
	}
	absorbed, err := w.absorbShortForms(fuller)
	if err != nil {
		return none, err
	}
	unfolded, err := w.unfoldShortForms(fuller)
	if err != nil {
		return none, err
	}
	remap, merged, err := w.mergeStates(plans, ids)
	if err != nil {
		return none, err
	}
	applyRemap(ids, added, remap)
	return savedOfficials{ids: ids, added: added, absorbed: append(append(absorbed, unfolded...), merged...)}, nil
}

// resolveShortNames finds the stored fuller official each one-word name of
// the batch stands for (itself when there is none or several), and locks
// what it resolved to.
func (w *txWriter) resolveShortNames(shortRows map[string]officialRow) (map[string]string, error) {
	resolvedShort := map[string]string{}
	if len(shortRows) == 0 {
		return resolvedShort, nil
	}
	rows := make([]map[string]any, 0, len(shortRows))
	for key, r := range shortRows {
		row := wordRow(r.Prefix, r.Tokens[0])
		row["key"] = key
		rows = append(rows, row)
	}
	recs, err := w.run(queryFullerOfficials, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("resolve one-word officials: %w", err)
	}
	// Lock what each one-word name resolved to, a stored fuller
	// official too: the fold that ends the save reads and rewrites it,
	// and a concurrent save must wait for that rather than fold into
	// the state this one read.
	lock := map[string]bool{}
	for _, rec := range recs {
		key, id := str(rec, "key"), str(rec, "key")
		if f := strs(rec, "fuller"); len(f) == 1 {
			id = f[0]
		}
		lock[id] = true
		resolvedShort[key] = id
	}
	if err := w.lockOfficials(sortedKeys(lock)); err != nil {
		return nil, err
	}
	return resolvedShort, nil
}

// officialMentionRows gives one MENTIONS row per official and article,
// folding the rows of an article that resolved to one official, and the
// mentions each official gained. It fills in ids the official each one-word
// name resolved to.
func officialMentionRows(plans []*plan, ids [][]string, resolvedShort map[string]string) ([]map[string]any, map[string][]officialMention) {
	var mentions []map[string]any
	added := map[string][]officialMention{}
	for pi, p := range plans {
		merged := map[string]officialRow{}
		for i, r := range p.officials {
			if ids[pi][i] == "" {
				ids[pi][i] = resolvedShort[r.Key]
			}
			if old, ok := merged[ids[pi][i]]; ok {
				r = mergeOfficialRows(old, r)
			}
			merged[ids[pi][i]] = r
		}
		for _, id := range slices.Sorted(maps.Keys(merged)) {
			r := merged[id]
			mentions = append(mentions, r.Evidence.params(map[string]any{
				"article": p.article.ID, "id": id, "name": r.Name, "aliases": r.Aliases, "title": nullable(r.Title),
				"level": nullable(r.Level), "country": nullable(r.Country), "organization": nullable(r.Organization),
			}))
			added[id] = append(added[id], officialMention{
				Article: p.article.ID, Published: p.article.Published, Name: r.Name, Aliases: r.Aliases,
				Title: r.Title, Level: r.Level, Country: r.Country, Organization: r.Organization,
			})
		}
	}
	return mentions, added
}

// applyRemap points the batch's rows at the officials that absorbed
// theirs; the mentions of an absorbed official moved with it, and the
// official that absorbed it is recomputed from all of them.
func applyRemap(ids [][]string, added map[string][]officialMention, remap map[string]string) {
	for pi := range ids {
		for i, id := range ids[pi] {
			if to, ok := remap[id]; ok {
				ids[pi][i] = to
			}
		}
	}
	for from := range remap {
		delete(added, from)
	}
}

// queryPersonAcrossStates finds, for each person key, the officials of
// every state keyed by it ("US:taro yamada", "JP:taro yamada", and
// "unknown:taro yamada" from an article that gave no state), with the
// states their mentions claim, counted per state. It seeks the index
// official_person_key. The mentions are counted in Cypher, so a person
// mentioned by thousands of articles costs a few [state, count] pairs
// rather than a record of every mention: the list of every mention held
// by the save was what grew most with the corpus in the loader's heap
// (docs/BENCHMARKS.md, "Loader memory that does not grow"). Each mention's
// state is read once, and mentions without one are dropped after the
// grouping; only Articles mention officials, so the other end's label is
// not checked.
const queryPersonAcrossStates = `
MATCH (o:Official)
WHERE o.personKey IN $keys
RETURN o.personKey AS key,
       o.id AS id,
       COLLECT {
         MATCH (o)<-[m:MENTIONS]-()
         WITH m.country AS country, count(*) AS n
         WHERE country IS NOT NULL AND country <> ''
         RETURN [country, n]
       } AS claims
ORDER BY key, id
`

// queryPersonsStoredClaims is queryPersonAcrossStates as the save reads it
// first, before it writes any mention: an official's claims are then the
// ones its node holds (o.claims, "US=3", kept equal to its mentions' by
// every save: the fold adds a save's new mentions, the recomputation
// counts all of them again), so its mentions are not read. Counting them
// cost a read of every mention of every person the batch names, which
// grows with the corpus (about 200 mentions a person at 40,000 articles).
// They are still counted for the officials in $recount (those whose
// mentions the save removed before this read: a revised article's), for
// a node without claims, and for one with no claims but a REPRESENTS
// edge (written before claims were kept, which foldOfficials recomputes
// too). The rows are queryPersonAcrossStates's.
const queryPersonsStoredClaims = `
MATCH (o:Official)
WHERE o.personKey IN $keys
WITH o, (o.claims IS NULL OR o.id IN $recount
         OR (size(o.claims) = 0 AND EXISTS { (o)-[:REPRESENTS]->() })) AS recount
CALL (o, recount) {
  WITH o
  WHERE recount
  MATCH (o)<-[m:MENTIONS]-()
  WITH m.country AS country, count(*) AS n
  WHERE country IS NOT NULL AND country <> ''
  RETURN collect([country, n]) AS counted
}
RETURN o.personKey AS key,
       o.id AS id,
       CASE WHEN recount THEN counted
            ELSE [c IN o.claims | [split(c, '=')[0], toInteger(split(c, '=')[1])]]
       END AS claims
ORDER BY key, id
`

// toStoredPersons points the batch's fuller names at the stored node their
// claims belong on (destination, over the stored claims and the batch's):
// one article that gets a person's state wrong then costs no node to
// create and move. When that node does not exist yet, the rows keep their
// own keys and mergeStates moves the mentions after they are written. It returns
// the fuller ids to lock and create.
func (w *txWriter) toStoredPersons(plans []*plan, ids [][]string, fuller []string) ([]string, error) {
	stored, claims, err := w.personsStored(personKeys(plans))
	if err != nil {
		return nil, err
	}
	w.persons = personsRead{nodes: stored, claims: maps.Clone(claims)}
	if len(stored) == 0 {
		return fuller, nil
	}
	for _, p := range plans {
		for _, r := range p.officials {
			if key, ok := personKeyOf(r); ok && len(stored[key]) > 0 && r.Country != "" {
				claims[key] = addClaim(claims[key], r.Country)
			}
		}
	}
	redirect := map[string]string{}
	for _, p := range plans {
		for _, r := range p.officials {
			key, ok := personKeyOf(r)
			if !ok || len(stored[key]) == 0 {
				continue
			}
			if to := destination(claims[key], r.Country) + ":" + key; to != r.Key && slices.Contains(stored[key], to) {
				redirect[r.Key] = to
			}
		}
	}
	// The one-word names of the target's state may be absorbed into it
	// at the end of the save: lock them as a save naming that state does.
	var locks []string
	for _, to := range redirect {
		if prefix, words, ok := keyWords(to); ok {
			for _, word := range nameEnds(words) {
				locks = append(locks, "name:"+prefix+":"+word)
			}
		}
	}
	if err := w.lock(distinct(locks, strings.TrimSpace)); err != nil {
		return nil, err
	}
	for pi := range ids {
		for i, id := range ids[pi] {
			if to, ok := redirect[id]; ok {
				ids[pi][i] = to
			}
		}
	}
	out := map[string]bool{}
	for _, id := range fuller {
		if to, ok := redirect[id]; ok {
			id = to
		}
		out[id] = true
	}
	return sortedKeys(out), nil
}

// personKeyOf is the person key of an official row of a state, or of
// neither a state nor an organisation, with a name of two words or more:
// the part of its key after the prefix.
func personKeyOf(r officialRow) (string, bool) {
	return personKeyOfID(r.Key)
}

// isStateCode says whether an id's prefix is a state's ISO code (two
// capital letters), not an organisation's folded name ("un").
func isStateCode(prefix string) bool {
	return len(prefix) == 2 && prefix[0] >= 'A' && prefix[0] <= 'Z' && prefix[1] >= 'A' && prefix[1] <= 'Z'
}

// noState is the prefix of officials whose article names neither a state
// nor an organisation (officialPrefix).
const noState = "unknown"

// personKeyOfID is the person key of an official's id ("US:taro yamada"
// and "unknown:taro yamada" give "taro yamada"): officials of a state, or
// of none, whose name has two words or more may be one person that
// articles place in different states. Officials of organisations and
// one-word names have none.
func personKeyOfID(id string) (string, bool) {
	prefix, key, ok := strings.Cut(id, ":")
	if !ok || (!isStateCode(prefix) && prefix != noState) || !strings.Contains(key, " ") {
		return "", false
	}
	return key, true
}

// personsAcrossStates reads, for each person key, the officials keyed by
// it under any state and the states their mentions claim.
func (w *txWriter) personsAcrossStates(keys []string) (nodes, claims map[string][]string, err error) {
	nodes, claims = map[string][]string{}, map[string][]string{}
	if len(keys) == 0 {
		return nodes, claims, nil
	}
	recs, err := w.run(queryPersonAcrossStates, map[string]any{"keys": keys})
	if err != nil {
		return nil, nil, fmt.Errorf("find officials of one name in several states: %w", err)
	}
	return personsOf(recs)
}

// personsStored is personsAcrossStates before the save writes any
// mention, from the claims the nodes hold (queryPersonsStoredClaims).
func (w *txWriter) personsStored(keys []string) (nodes, claims map[string][]string, err error) {
	if len(keys) == 0 {
		return map[string][]string{}, map[string][]string{}, nil
	}
	recount := w.detached
	if recount == nil {
		recount = []string{}
	}
	recs, err := w.run(queryPersonsStoredClaims, map[string]any{"keys": keys, "recount": recount})
	if err != nil {
		return nil, nil, fmt.Errorf("find officials of one name in several states: %w", err)
	}
	return personsOf(recs)
}

// personsOf reads queryPersonAcrossStates's records: each person key's
// officials, and the states their mentions claim ("US=3"), summed over
// the key's officials.
func personsOf(recs []*neo4j.Record) (nodes, claims map[string][]string, err error) {
	nodes, claims = map[string][]string{}, map[string][]string{}
	for _, rec := range recs {
		key := str(rec, "key")
		nodes[key] = append(nodes[key], str(rec, "id"))
		v, _ := rec.Get("claims")
		list, _ := v.([]any)
		for _, x := range list {
			pair, _ := x.([]any)
			if len(pair) != 2 {
				return nil, nil, fmt.Errorf("the claims of %s: a pair of %d values, want [state, count]", str(rec, "id"), len(pair))
			}
			c, _ := pair[0].(string)
			n, _ := pair[1].(int64)
			claims[key] = addClaims(claims[key], c, int(n))
		}
	}
	return nodes, claims, nil
}

// personsRead is what toStoredPersons read of the batch's person keys
// before the save wrote anything: their nodes and their mentions' claims.
type personsRead struct {
	nodes, claims map[string][]string
}

// placementKeys are the person keys mergeStates must look at: those
// whose nodes, or whose mentions' claims, may be of more than one state
// once the batch is written. What the save writes between
// toStoredPersons and mergeStates under these keys is the batch's
// mentions (on the nodes ids name, claiming the rows' states) and the
// one-word mentions that resolveShortNames, absorbShortForms and
// unfoldShortForms put on fuller nodes, which claim the state of the node
// they land on; so a key with one node, stored or the batch's, and no
// claim of another state than that node's, stored or the batch's, has
// nothing to move (mergeStates's own test), and is not read again.
func (w *txWriter) placementKeys(plans []*plan, ids [][]string) []string {
	nodes, claimed := map[string]map[string]bool{}, map[string]map[string]bool{}
	note := func(m map[string]map[string]bool, key, v string) {
		if m[key] == nil {
			m[key] = map[string]bool{}
		}
		m[key][v] = true
	}
	for key, ns := range w.persons.nodes {
		for _, id := range ns {
			note(nodes, key, id)
		}
	}
	for key, cs := range w.persons.claims {
		for _, c := range claimedStates(cs) {
			note(claimed, key, c)
		}
	}
	for pi, p := range plans {
		for i, r := range p.officials {
			key, ok := personKeyOf(r)
			if !ok {
				continue
			}
			note(nodes, key, ids[pi][i])
			if r.Country != "" {
				note(claimed, key, r.Country)
			}
		}
	}
	var out []string
	for _, key := range personKeys(plans) {
		if len(nodes[key]) != 1 {
			out = append(out, key)
			continue
		}
		for id := range nodes[key] {
			prefix, _, _ := strings.Cut(id, ":")
			for c := range claimed[key] {
				if c != prefix {
					out = append(out, key)
					break
				}
			}
		}
	}
	return out
}

// personKeys are the person keys (the id after the state) of the batch's
// officials of states with names of two words or more: those that may
// have a node under another state that an article got wrong.
func personKeys(plans []*plan) []string {
	set := map[string]bool{}
	for _, p := range plans {
		for _, r := range p.officials {
			if key, ok := personKeyOf(r); ok {
				set[key] = true
			}
		}
	}
	return sortedKeys(set)
}

// destination is the state whose node takes the fuller-name mentions
// claiming state c of one person key: the most claimed state W (the first
// code of those tied) when fewer than half as many mentions claim c as W
// (an article that got the state wrong), else c itself (a namesake of
// another state, whose mentions are not moved back and forth as the
// counts change).
func destination(claims []string, c string) string {
	winners := mostClaimed(claims)
	if len(winners) == 0 || c == winners[0] {
		return c
	}
	count := func(code string) int {
		for _, x := range claims {
			if k, n, _ := strings.Cut(x, "="); k == code {
				return atoi(n)
			}
		}
		return 0
	}
	if 2*count(c) < count(winners[0]) {
		return winners[0]
	}
	return c
}

// mergeStates puts each mention of the batch's person keys on the node
// the claims of all their mentions give it: a fuller name on the node of
// destination(its claim), a one-word name on its own state's node
// (a one-word name resolves within its state only). Every placement is a
// function of all the mentions, so the graph does not depend on the order
// of the articles. It returns where officials emptied by the moves went
// (for the batch's rows) and the officials to recompute.
func (w *txWriter) mergeStates(plans []*plan, ids [][]string) (map[string]string, []string, error) {
	nodes, claims, err := w.personsAcrossStates(w.placementKeys(plans, ids))
	if err != nil {
		return nil, nil, err
	}
	var check []string
	for _, key := range sortedKeys(nodes) {
		for _, id := range nodes[key] {
			prefix, _, _ := strings.Cut(id, ":")
			other := func(c string) bool { return c != prefix }
			if len(nodes[key]) > 1 || slices.ContainsFunc(claimedStates(claims[key]), other) {
				check = append(check, id)
			}
		}
	}
	if len(check) == 0 {
		return nil, nil, nil
	}
	recs, err := w.run(queryMovableMentions, map[string]any{"rows": movableRows(check, claims)})
	if err != nil {
		return nil, nil, fmt.Errorf("read mentions of officials of several states: %w", err)
	}
	remap, moved := map[string]string{}, map[string]bool{}
	for _, rec := range recs {
		id := str(rec, "id")
		key, _ := personKeyOfID(id)
		v, _ := rec.Get("mentions")
		list, _ := v.([]any)
		total, _ := rec.Get("total")
		left, _ := total.(int64)
		for _, x := range list {
			m, _ := x.(map[string]any)
			to := placement(id, key, mapStr(m, "country"), identity.NameTokens(mapStr(m, "name")), claims[key])
			if to == id {
				continue
			}
			if err := w.moveArticleMention(mapStr(m, "article"), id, to); err != nil {
				return nil, nil, err
			}
			moved[id], moved[to] = true, true
			left--
			remap[id] = to
		}
		if left > 0 {
			delete(remap, id)
		}
	}
	return remap, sortedKeys(moved), nil
}

// queryMovableMentions reads the mentions of officials that placement
// may move: those claiming a state in row.moving, and those claiming
// none when row.claimless. The mentions that stay where they are (most
// of a person's, on the node of the state most claimed) are not read, so
// a save naming a person costs the same however many articles named them
// before.
const queryMovableMentions = `
UNWIND $rows AS row
MATCH (o:Official {id: row.id})
RETURN o.id AS id,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(o)
         WHERE m.country IN row.moving OR (m.country IS NULL AND row.claimless)
         RETURN {
           article: a.id,
           name: m.name,
           country: m.country
         }
       } AS mentions,
       COUNT { (:Article)-[:MENTIONS]->(o) } AS total
`

// movableRows says, for each official id, which of its mentions
// placement may move: a full name claiming state c moves when
// destination(claims, c) is not the node's state; a mention without a
// claim when the most claimed state is not; a one-word name only when it
// claims another state than its node's, which never lasts (it is placed
// on its own state's node), so the full names' rule covers the states to
// read.
func movableRows(ids []string, claims map[string][]string) []map[string]any {
	rows := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		state, key, _ := strings.Cut(id, ":")
		moving := []string{}
		for _, c := range append(claimedStates(claims[key]), state) {
			if destination(claims[key], c) != state && !slices.Contains(moving, c) {
				moving = append(moving, c)
			}
		}
		claimless := placement(id, key, "", []string{"", ""}, claims[key]) != id
		rows = append(rows, map[string]any{"id": id, "moving": moving, "claimless": claimless})
	}
	return rows
}

// placement is the node a mention of the official id (of person key key)
// belongs on: see mergeStates. A fuller name that claims no state goes to
// the most claimed state's node when some mention claims one.
func placement(id, key, claim string, tokens []string, claims []string) string {
	state, _, _ := strings.Cut(id, ":")
	if len(tokens) == 1 {
		if claim == "" || claim == state {
			return id
		}
		return claim + ":" + tokens[0]
	}
	if claim == "" {
		if winners := mostClaimed(claims); len(winners) > 0 {
			return winners[0] + ":" + key
		}
		return noState + ":" + key
	}
	return destination(claims, claim) + ":" + key
}

// claimedStates are the states of claims ("US=3" gives US).
func claimedStates(claims []string) []string {
	out := make([]string, len(claims))
	for i, c := range claims {
		out[i], _, _ = strings.Cut(c, "=")
	}
	return out
}

// officialIDs gives each official row of each plan its id where the
// batch alone decides it: a name of two words or more is its key, a
// one-word name the only fuller name of its article with that last name
// ("Peter Harlan ... Harlan said"), whatever else is stored. The other
// one-word names (shortRows, by key) are left "" for the graph to resolve.
func officialIDs(plans []*plan) (ids [][]string, fuller []string, shortRows map[string]officialRow) {
	ids = make([][]string, len(plans))
	fullerSet := map[string]bool{}
	shortRows = map[string]officialRow{}
	for pi, p := range plans {
		ids[pi] = make([]string, len(p.officials))
		for i, r := range p.officials {
			if len(r.Tokens) > 1 {
				ids[pi][i] = r.Key
				fullerSet[r.Key] = true
			}
		}
		for i, r := range p.officials {
			if len(r.Tokens) <= 1 {
				if full := p.articleFuller(r); full != "" {
					ids[pi][i] = full
				} else {
					shortRows[r.Key] = r
				}
			}
		}
	}
	return ids, sortedKeys(fullerSet), shortRows
}

// articleFuller is the key of the only official of the article with more
// than one word, the same prefix and r's word as the first or last of its
// name ("Yamada" for "Taro Yamada" and for "YAMADA Taro"), or "".
func (p *plan) articleFuller(r officialRow) string {
	found := ""
	for _, o := range p.officials {
		if len(o.Tokens) > 1 && o.Prefix == r.Prefix && slices.Contains(nameEnds(o.Tokens), r.Tokens[0]) {
			if found != "" && found != o.Key {
				return ""
			}
			found = o.Key
		}
	}
	return found
}

// sortedKeys lists a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (w *txWriter) lockOfficials(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(ids))
	for i, id := range ids {
		rows[i] = map[string]any{"id": id, "personKey": nil, "nameTail": nullable(nameTailOfID(id))}
		if key, ok := personKeyOfID(id); ok {
			rows[i]["personKey"] = key
		}
	}
	if _, err := w.run(queryLockOfficials, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("lock officials: %w", err)
	}
	return nil
}

// absorbShortForms folds "US:blinken" into "US:antony blinken" when the
// latter is the only US official with that last name, so the graph is the
// same whichever of the two articles was saved first. Finding them is one
// statement; each absorption (rare) takes a few. It returns the officials
// that absorbed one.
func (w *txWriter) absorbShortForms(fuller []string) ([]string, error) {
	var rows []map[string]any
	for _, id := range fuller {
		prefix, words, ok := keyWords(id)
		if !ok || len(words) < 2 {
			continue
		}
		for _, word := range nameEnds(words) {
			row := wordRow(prefix, word)
			row["id"] = id
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return nil, nil
	}
	recs, err := w.run(queryShortForms, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("find one-word names to absorb: %w", err)
	}
	var absorbed []string
	for _, rec := range recs {
		if err := w.absorb(str(rec, "short"), str(rec, "id")); err != nil {
			return nil, err
		}
		absorbed = append(absorbed, str(rec, "id"))
	}
	return absorbed, nil
}

func (w *txWriter) absorb(short, id string) error {
	if err := w.lockOfficials([]string{short}); err != nil {
		return err
	}
	params := map[string]any{"from": short, "to": id}
	// The meetings whose reports name the short form are re-clustered:
	// their groups are locked before the reports change.
	attended, err := w.run(queryAttendedGroups, params)
	if err != nil {
		return fmt.Errorf("find meetings of %s: %w", short, err)
	}
	var groups []meetingGroupKey
	for _, rec := range attended {
		groups = append(groups, storedMeetingGroup(str(rec, "id"), str(rec, "countryKey")))
	}
	if err := w.lockGroups(groups); err != nil {
		return err
	}
	if _, err := w.run(queryMoveMentions, params); err != nil {
		return fmt.Errorf("move mentions of %s to %s: %w", short, id, err)
	}
	recs, err := w.run(queryMoveParticipant, params)
	if err != nil {
		return fmt.Errorf("move meetings of %s to %s: %w", short, id, err)
	}
	if _, err := w.run(queryDeleteOfficial, map[string]any{"id": short}); err != nil {
		return fmt.Errorf("delete %s: %w", short, err)
	}
	for _, rec := range recs {
		w.markStale(str(rec, "id"), str(rec, "countryKey"))
	}
	return nil
}

// unfoldShortForms undoes absorbShortForms once a last name has two
// fuller officials: the mentions that gave only the last name ("Harlan"),
// resolved or absorbed while one of them was the only one, move to the
// one-word official ("GB:harlan"), as if the second had been saved first.
// It returns the officials whose mentions moved, to recompute.
func (w *txWriter) unfoldShortForms(fuller []string) ([]string, error) {
	rows := namesakeRows(fuller)
	if len(rows) == 0 {
		return nil, nil
	}
	recs, err := w.run(queryShortMentionsOfNamesakes, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("find one-word names to unfold: %w", err)
	}
	var moved []string
	for _, rec := range recs {
		short, from, article := str(rec, "short"), str(rec, "id"), str(rec, "article")
		if tokens := identity.NameTokens(str(rec, "name")); len(tokens) != 1 || !strings.HasSuffix(short, ":"+tokens[0]) {
			continue // the article gave the full name, or the other word of it
		}
		if err := w.moveArticleMention(article, from, short); err != nil {
			return nil, err
		}
		moved = append(moved, from, short)
	}
	return distinct(moved, strings.TrimSpace), nil
}

// namesakeRows names, for each fuller official, its one-word form and the
// prefix and suffix of the officials with its last name.
func namesakeRows(fuller []string) []map[string]any {
	seen := map[string]bool{}
	var rows []map[string]any
	for _, id := range fuller {
		prefix, words, ok := keyWords(id)
		if !ok {
			continue
		}
		for _, word := range nameEnds(words) {
			if row := wordRow(prefix, word); !seen[row["short"].(string)] {
				seen[row["short"].(string)] = true
				rows = append(rows, row)
			}
		}
	}
	return rows
}

// wordRow names the one-word official of a state or organisation
// ("US:yamada") and what the keys of the fuller officials it may stand
// for look like: the word first or last of two ("US:yamada taro",
// "US:taro yamada"; a key's words are sorted, so either may be the
// family name).
func wordRow(prefix, word string) map[string]any {
	return map[string]any{
		"short": prefix + ":" + word, "prefix": prefix + ":",
		"suffix": " " + word, "head": prefix + ":" + word + " ",
	}
}

// moveArticleMention moves an article's mention of from, and from's place
// in the article's reports, to the official to (created if need be); the
// groups of those reports are locked first and re-clustered.
func (w *txWriter) moveArticleMention(article, from, to string) error {
	params := map[string]any{"article": article, "from": from, "to": to}
	recs, err := w.run(queryArticleReportsNaming, params)
	if err != nil {
		return fmt.Errorf("find reports of %s naming %s: %w", article, from, err)
	}
	var groups []meetingGroupKey
	for _, rec := range recs {
		groups = append(groups, storedMeetingGroup(str(rec, "id"), str(rec, "countryKey")))
	}
	if err := w.lockGroups(groups); err != nil {
		return err
	}
	if err := w.lockOfficials([]string{to}); err != nil {
		return err
	}
	if _, err := w.run(queryMoveArticleMention, params); err != nil {
		return fmt.Errorf("move the mention of %s in %s to %s: %w", from, article, to, err)
	}
	for _, rec := range recs {
		w.markStale(str(rec, "id"), str(rec, "countryKey"))
	}
	return nil
}

// officialMention is one article's view of an official.
type officialMention struct {
	Article, Published, Name, Title, Level, Country, Organization string
	Aliases                                                       []string
}

// officialState is what the node and its REPRESENTS edges hold.
type officialState struct {
	Name, Title, Level, Organization string
	Aliases                          []string
	Countries                        []string
	// Claims counts the mentions that claim each state ("US=3"), sorted:
	// the official represents the state most of them claim (the states
	// tied for most), so one article that gets the state wrong does not
	// change it; each claim stays on its MENTIONS edge.
	Claims              []string
	FirstSeen, LastSeen string
	// TitleKey and LevelKey name the mention that Title and Level come
	// from (see mentionKey; LevelKey starts with "1" when that mention
	// gives a title too, "0" when not). Stored on the node, they let a new
	// mention be folded into the official without reading the others.
	TitleKey, LevelKey string
}

// mentionKey orders an official's mentions by publication date, then
// article id; the separator sorts before any character of a date, so the
// order of keys is that of (published, article): "2024-04-03 a3".
func mentionKey(m officialMention) string { return m.Published + " " + m.Article }

// add folds one article's view of the official into s: the fullest name,
// every other form as an alias, the title of the latest mention that gives
// one, the level of the latest mention that gives one (a mention with a
// title first), the smallest organization, the states and the span of
// publication dates. Each part is a maximum, minimum or union, so the
// result does not depend on the order of the mentions: an official is the
// same whichever article came first, folded one batch at a time or
// recomputed from all its mentions.
func (s *officialState) add(m officialMention) {
	forms := map[string]bool{}
	for _, f := range append(append([]string{s.Name, m.Name}, s.Aliases...), m.Aliases...) {
		if f != "" {
			forms[f] = true
		}
	}
	if betterName(m.Name, s.Name) {
		s.Name = m.Name
	}
	s.Aliases = s.Aliases[:0:0]
	for f := range forms {
		if f != s.Name {
			s.Aliases = append(s.Aliases, f)
		}
	}
	sort.Strings(s.Aliases)
	key := mentionKey(m)
	if m.Title != "" && key > s.TitleKey {
		s.Title, s.TitleKey = m.Title, key
	}
	if m.Level != "" {
		rank := "0 "
		if m.Title != "" {
			rank = "1 "
		}
		if rank+key > s.LevelKey {
			s.Level, s.LevelKey = m.Level, rank+key
		}
	}
	if m.Country != "" {
		s.Claims = addClaim(s.Claims, m.Country)
		s.Countries = mostClaimed(s.Claims)
	}
	if m.Organization != "" && (s.Organization == "" || m.Organization < s.Organization) {
		s.Organization = m.Organization
	}
	if m.Published != "" {
		if s.FirstSeen == "" || m.Published < s.FirstSeen {
			s.FirstSeen = m.Published
		}
		if m.Published > s.LastSeen {
			s.LastSeen = m.Published
		}
	}
}

// addClaim counts one more mention claiming code in claims ("US=3").
func addClaim(claims []string, code string) []string { return addClaims(claims, code, 1) }

// addClaims counts n more mentions claiming code in claims: the same as n
// calls of addClaim.
func addClaims(claims []string, code string, n int) []string {
	out := make([]string, 0, len(claims)+1)
	found := false
	for _, c := range claims {
		k, had, _ := strings.Cut(c, "=")
		if k == code {
			c, found = fmt.Sprintf("%s=%d", k, atoi(had)+n), true
		}
		out = append(out, c)
	}
	if !found {
		out = append(out, fmt.Sprintf("%s=%d", code, n))
	}
	sort.Strings(out)
	return out
}

// mostClaimed is the states claimed by the most mentions, sorted.
func mostClaimed(claims []string) []string {
	best, top := []string{}, 0
	for _, c := range claims {
		k, n, _ := strings.Cut(c, "=")
		switch count := atoi(n); {
		case count > top:
			best, top = []string{k}, count
		case count == top:
			best = append(best, k)
		}
	}
	sort.Strings(best)
	return best
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return n
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// aggregateOfficial combines all the mentions of an official.
func aggregateOfficial(ms []officialMention) officialState {
	var s officialState
	for _, m := range ms {
		s.add(m)
	}
	if s.Aliases == nil {
		s.Aliases = []string{}
	}
	if s.Countries == nil {
		s.Countries = []string{}
	}
	if s.Claims == nil {
		s.Claims = []string{}
	}
	return s
}

// queryOfficialStates reads what officials hold now, to fold new mentions
// into. The node's properties are one map projection, which Neo4j reads
// in one access, where a property at a time cost a db hit each.
const queryOfficialStates = `
UNWIND $ids AS id
MATCH (o:Official {id: id})
RETURN o.id AS id,
       o {.name, .aliases, .title, .level, .organization, .firstSeen, .lastSeen,
          .titleKey, .levelKey, .claims} AS node,
       COLLECT {
         MATCH (o)-[r:REPRESENTS]->(c:Country)
         RETURN [c.code, r.firstSeen IS NOT NULL]
       } AS represents
`

// refreshOfficials recomputes officials from all their mentions and
// deletes those no article mentions any more: for officials whose mentions
// were removed (a revised article) or moved (an absorbed short form).
func (w *txWriter) refreshOfficials(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := w.run(queryOfficialsMentions, map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("read mentions of officials: %w", err)
	}
	var unmentioned []string
	states := map[string]officialState{}
	for _, rec := range recs {
		id := str(rec, "id")
		v, _ := rec.Get("mentions")
		list, _ := v.([]any)
		if len(list) == 0 {
			unmentioned = append(unmentioned, id)
			continue
		}
		ms := make([]officialMention, 0, len(list))
		for _, x := range list {
			m, _ := x.(map[string]any)
			ms = append(ms, officialMention{
				Article: mapStr(m, "article"), Published: mapStr(m, "published"), Name: mapStr(m, "name"),
				Title: mapStr(m, "title"), Level: mapStr(m, "level"), Country: mapStr(m, "country"),
				Organization: mapStr(m, "organization"), Aliases: mapStrs(m, "aliases"),
			})
		}
		states[id] = aggregateOfficial(ms)
	}
	if len(unmentioned) > 0 {
		if _, err := w.run(queryDeleteOfficials, map[string]any{"ids": unmentioned}); err != nil {
			return fmt.Errorf("delete unmentioned officials: %w", err)
		}
	}
	return w.setOfficials(states)
}

// foldOfficials adds a batch's new mentions to the officials they name,
// reading only what each official holds now, so a save costs the same
// however many articles mentioned its officials before. An official stored
// by an earlier version, without the keys of its title and level or its
// dates on the node, is recomputed from all its mentions instead.
func (w *txWriter) foldOfficials(added map[string][]officialMention) error {
	if len(added) == 0 {
		return nil
	}
	ids := sortedKeys(added)
	recs, err := w.run(queryOfficialStates, map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("read officials: %w", err)
	}
	states := map[string]officialState{}
	var legacy []string
	for _, rec := range recs {
		id := str(rec, "id")
		v, _ := rec.Get("node")
		o, _ := v.(map[string]any)
		s := officialState{
			Name: mapStr(o, "name"), Aliases: mapStrs(o, "aliases"), Title: mapStr(o, "title"), Level: mapStr(o, "level"),
			Organization: mapStr(o, "organization"), TitleKey: mapStr(o, "titleKey"), LevelKey: mapStr(o, "levelKey"),
			FirstSeen: mapStr(o, "firstSeen"), LastSeen: mapStr(o, "lastSeen"), Claims: mapStrs(o, "claims"),
		}
		var seen bool
		s.Countries, seen = represents(rec)
		if (s.Title != "" && s.TitleKey == "") || (s.Level != "" && s.LevelKey == "") || (seen && s.FirstSeen == "") ||
			(len(s.Countries) > 0 && len(s.Claims) == 0) {
			legacy = append(legacy, id)
			continue
		}
		for _, m := range added[id] {
			s.add(m)
		}
		states[id] = s
	}
	if err := w.refreshOfficials(legacy); err != nil {
		return err
	}
	return w.setOfficials(states)
}

// setOfficials writes officials' aggregates and makes their REPRESENTS
// edges those of their states.
func (w *txWriter) setOfficials(states map[string]officialState) error {
	if len(states) == 0 {
		return nil
	}
	ids := sortedKeys(states)
	rows := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		s := states[id]
		rows = append(rows, map[string]any{
			"id": id, "name": s.Name, "aliases": nonNil(s.Aliases), "title": nullable(s.Title),
			"level": nullable(s.Level), "organization": nullable(s.Organization), "codes": nonNil(s.Countries),
			"firstSeen": nullable(s.FirstSeen), "lastSeen": nullable(s.LastSeen),
			"titleKey": nullable(s.TitleKey), "levelKey": nullable(s.LevelKey), "claims": nonNil(s.Claims),
		})
	}
	if _, err := w.run(querySetOfficials, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("set officials: %w", err)
	}
	return nil
}

// mapStr reads a string field of a map a query returned.
func mapStr(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// mapStrs reads a list-of-strings field of a map a query returned.
func mapStrs(m map[string]any, key string) []string { return listStrs(m[key]) }

// represents reads queryOfficialStates' REPRESENTS edges, read in one
// expansion (a second one, for seen, walked every edge of the official
// again): the states, sorted, and whether an edge has a firstSeen.
func represents(rec *neo4j.Record) (codes []string, seen bool) {
	v, _ := rec.Get("represents")
	list, _ := v.([]any)
	codes = make([]string, 0, len(list))
	for _, x := range list {
		pair, _ := x.([]any)
		if len(pair) != 2 {
			continue
		}
		if code, ok := pair[0].(string); ok {
			codes = append(codes, code)
		}
		if first, _ := pair[1].(bool); first {
			seen = true
		}
	}
	sort.Strings(codes)
	return codes, seen
}
