package neo4jdb

import (
	"fmt"

	"github.com/attache-project/attache"
)

// Each article keeps its cleaned text (the extraction's CleanText, which
// every evidence offset points into), so a reader can check a claim in its
// context without leaving the application. The text is set in the same
// transaction as the article's facts. It is written for every article of a
// batch, changed or not, but only where it differs, so reloading articles
// stored before texts were kept fills them in and an unchanged one costs no
// write. The article is matched by its text hash too: a text never lands on
// an article whose facts came from another text.
const querySetArticleTexts = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE coalesce(a.textHash, '') = row.textHash
  AND (a.text IS NULL OR a.text <> row.text)
SET a.text = row.text
`

// saveAllWithTexts saves the plans, then the texts of their articles. Like
// every step of the transaction function it is idempotent.
func (w *txWriter) saveAllWithTexts(plans []*plan, docs []*attache.Extraction) ([]attache.SaveResult, error) {
	res, err := w.saveAll(plans)
	if err != nil {
		return nil, err
	}
	rows := make([]map[string]any, 0, len(docs))
	for i, d := range docs {
		if d.CleanText == "" {
			continue
		}
		a := plans[i].article // its id falls back on the text hash
		rows = append(rows, map[string]any{"id": a.ID, "textHash": a.TextHash, "text": d.CleanText})
	}
	if len(rows) == 0 {
		return res, nil
	}
	if _, err := w.run(querySetArticleTexts, map[string]any{"rows": rows}); err != nil {
		return nil, fmt.Errorf("set article texts: %w", err)
	}
	return res, nil
}
