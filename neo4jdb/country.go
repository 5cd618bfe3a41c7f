package neo4jdb

import (
	"fmt"
	"sort"
)

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

// queryMentionCountries writes one mention per article and state; it
// CREATEs, as queryMentionOfficials does and for the same reason.
const queryMentionCountries = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (c:Country {code: row.key})
CREATE (a)-[m:MENTIONS]->(c)
SET m.evidence = row.evidence,
    m.start = row.start,
    m.end = row.end
`

// mergeCountries merges every state the batch touches, in code order,
// keeping the first name in byte order.
func (w *txWriter) mergeCountries(plans []*plan) error {
	names := map[string]string{}
	for _, p := range plans {
		for _, c := range p.countries {
			if old, ok := names[c.Code]; !ok || (c.Name != "" && (old == "" || c.Name < old)) {
				names[c.Code] = c.Name
			}
		}
	}
	codes := make([]string, 0, len(names))
	for code := range names {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	rows := make([]map[string]any, len(codes))
	for i, code := range codes {
		rows[i] = map[string]any{"code": code, "name": nullable(names[code])}
	}
	if _, err := w.run(queryMergeCountries, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("merge countries: %w", err)
	}
	return nil
}

func (w *txWriter) mentionCountries(plans []*plan) error {
	var rows []map[string]any
	for _, p := range plans {
		rows = append(rows, mentionRows(p.article.ID, p.countryMentions)...)
	}
	if _, err := w.run(queryMentionCountries, map[string]any{"rows": nonNilRows(rows)}); err != nil {
		return fmt.Errorf("mention countries: %w", err)
	}
	return nil
}

func mentionRows(article string, mentions []mentionRow) []map[string]any {
	rows := make([]map[string]any, len(mentions))
	for i, m := range mentions {
		rows[i] = m.Evidence.params(map[string]any{"article": article, "key": m.Key})
	}
	return rows
}

func nonNilRows(rows []map[string]any) []map[string]any {
	if rows == nil {
		return []map[string]any{}
	}
	return rows
}
