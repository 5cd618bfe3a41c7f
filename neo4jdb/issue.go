package neo4jdb

import (
	"context"
	"fmt"
	"strings"

	"github.com/attache-project/attache"
)

// Issues are the policy taxonomy, keyed by id. Articles create them by id;
// SaveIssues sets their labels from the taxonomy file.

const queryMergeIssues = `
UNWIND $ids AS id
MERGE (i:Issue {id: id})
`

// queryMentionIssues writes one mention per article and issue; it
// CREATEs, as queryMentionOfficials does and for the same reason.
const queryMentionIssues = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (i:Issue {id: row.key})
CREATE (a)-[m:MENTIONS]->(i)
SET m.evidence = row.evidence,
    m.start = row.start,
    m.end = row.end
`

const queryUpsertIssues = `
UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
SET i.label = row.label,
    i.description = row.description
`

func (w *txWriter) mergeIssues(plans []*plan) error {
	var ids []string
	var rows []map[string]any
	for _, p := range plans {
		ids = append(ids, p.issues...)
		rows = append(rows, mentionRows(p.article.ID, p.issueMentions)...)
	}
	if _, err := w.run(queryMergeIssues, map[string]any{"ids": nonNil(distinct(ids, strings.TrimSpace))}); err != nil {
		return fmt.Errorf("merge issues: %w", err)
	}
	if _, err := w.run(queryMentionIssues, map[string]any{"rows": nonNilRows(rows)}); err != nil {
		return fmt.Errorf("mention issues: %w", err)
	}
	return nil
}

// SaveIssues upserts taxonomy entries: id, label and description as given.
func (db *DB) SaveIssues(ctx context.Context, issues []attache.Issue) error {
	rows := make([]map[string]any, 0, len(issues))
	for _, is := range issues {
		if is.ID == "" {
			return attache.Errorf(attache.EINVALID, "taxonomy entry %q has no id", is.Label)
		}
		rows = append(rows, map[string]any{"id": is.ID, "label": nullable(is.Label), "description": nullable(is.Description)})
	}
	if _, err := db.query(ctx, queryUpsertIssues, map[string]any{"rows": rows}, write); err != nil {
		return db.storeError("save issues", err)
	}
	return nil
}
