package neo4jdb

import (
	"context"

	"github.com/attache-project/attache"
)

// Evidence behind a meeting's issues and the texts evidence points into.

// An issue's evidence for a meeting is the sentence of each article that
// reports the meeting with that issue (the issue is in the report's list)
// and mentions the issue: the sentence that put the issue in the article.
var queryMeetingIssueEvidence = `
UNWIND $ids AS key
MATCH (m:Meeting {id: key})-[:DISCUSSED]->(i:Issue)
WITH key, m, i
ORDER BY coalesce(i.label, i.id), i.id
RETURN key, collect({
         issue: ` + as(issueProjection, "i") + `,
         evidence: COLLECT {
           MATCH (a:Article)-[r:REPORTS]->(m)
           WHERE i.id IN coalesce(r.issues, [])
           MATCH (a)-[mi:MENTIONS]->(i)
           WHERE mi.evidence IS NOT NULL
           WITH a, mi
           ORDER BY a.published DESC, a.id
           RETURN {article: ` + as(articleProjection, "a") + `, evidence: mi.evidence, start: mi.start, end: mi.end}
         }
       }) AS item
`

// MeetingIssueEvidence lists each meeting's issues, by label, with the
// sentences that support them, newest article first.
func (s *ReadStore) MeetingIssueEvidence(ctx context.Context, ids []string) (map[string][]attache.DiscussedIssue, error) {
	return keyed(ctx, s, "meetingIssueEvidence", queryMeetingIssueEvidence, map[string]any{"ids": anyStrs(ids)},
		listOf(func(v any) attache.DiscussedIssue {
			m := asMap(v)
			return attache.DiscussedIssue{Issue: issueFrom(m["issue"]), Evidence: listOf(reportFrom)(m["evidence"])}
		}))
}

const queryArticleTexts = `
UNWIND $ids AS key
MATCH (a:Article {id: key})
WHERE a.text IS NOT NULL
RETURN key, a.text AS item
`

// ArticleTexts reads the cleaned texts of articles; one stored before
// texts were kept has none until it is loaded again.
func (s *ReadStore) ArticleTexts(ctx context.Context, ids []string) (map[string]string, error) {
	return keyed(ctx, s, "articleTexts", queryArticleTexts, map[string]any{"ids": anyStrs(ids)}, asStr)
}
