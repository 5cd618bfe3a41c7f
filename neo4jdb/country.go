package neo4jdb

import "fmt"

// Countries are reference nodes keyed by ISO code. Saving an article locks
// the countries it touches, in code order, for the rest of its transaction:
// the meeting matching of two concurrent saves about the same states then
// runs one after the other instead of both creating a meeting.

// The name kept is the first in byte order of those given, so it does not
// depend on load order; the lexicon gives one name per code anyway. The
// _lock property is set and removed to take the node's write lock even when
// the name does not change.
const queryMergeCountries = `
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c._lock = true
SET c.name = CASE WHEN row.name IS NOT NULL AND (c.name IS NULL OR row.name < c.name) THEN row.name ELSE c.name END
REMOVE c._lock
`

const queryMentionCountries = `
UNWIND $rows AS row
MATCH (a:Article {id: $article})
MATCH (c:Country {code: row.key})
MERGE (a)-[m:MENTIONS]->(c)
SET m.evidence = row.evidence,
    m.start = row.start,
    m.end = row.end
`

func (w *txWriter) mergeCountries(countries []countryRow) error {
	rows := make([]map[string]any, len(countries))
	for i, c := range countries {
		rows[i] = map[string]any{"code": c.Code, "name": nullable(c.Name)}
	}
	if _, err := w.run(queryMergeCountries, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("merge countries: %w", err)
	}
	return nil
}

func (w *txWriter) mentionCountries(article string, mentions []mentionRow) error {
	if _, err := w.run(queryMentionCountries, map[string]any{"article": article, "rows": mentionRows(mentions)}); err != nil {
		return fmt.Errorf("mention countries: %w", err)
	}
	return nil
}

func mentionRows(mentions []mentionRow) []map[string]any {
	rows := make([]map[string]any, len(mentions))
	for i, m := range mentions {
		rows[i] = m.Evidence.params(map[string]any{"key": m.Key})
	}
	return rows
}
