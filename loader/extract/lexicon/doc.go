// Package lexicon holds the extractor's general reference data: vocabularies
// of knowledge that is true of the world, not of any one article (sovereign
// states and the words that name them, titles, trigger words, issue
// vocabularies). The data files are embedded, parsed once by their Load
// functions and never changed afterwards, so the parsed values are safe for
// concurrent use.
package lexicon
