package attache

import "context"

// SaveResult says what saving one article's extraction did to the graph.
type SaveResult struct {
	ArticleID string
	// Changed is false when the article was already stored with the same
	// text, in which case nothing was written.
	Changed              bool
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
}

// Stats counts the graph's nodes by label and relationships by type.
type Stats struct {
	Nodes         map[string]int64
	Relationships map[string]int64
}

// Store is where the loader writes: one article's extraction at a time,
// atomically, safe to call from several goroutines and processes at once.
type Store interface {
	SaveExtraction(ctx context.Context, doc *Extraction) (SaveResult, error)
}
