package extract

import "github.com/attache-project/attache"

// Taxonomy returns the policy issues that extraction files facts under,
// with their labels and descriptions, so the store can label the Issue
// nodes that articles create by id.
func (x *Extractor) Taxonomy() []attache.Issue {
	out := make([]attache.Issue, 0, len(x.lex.Issues))
	for _, is := range x.lex.Issues {
		out = append(out, attache.Issue{ID: is.ID, Label: is.Label, Description: is.Description})
	}
	return out
}
