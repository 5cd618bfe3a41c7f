package extract

import (
	"sort"
	"strings"

	"github.com/attache-project/attache/loader/extract/lexicon"
)

// keywordEntry is an issue keyword split into tokens.
type keywordEntry struct {
	issue  string
	toks   []string
	prefix bool // the last token matches any word it starts
}

type issueIndex struct {
	byFirst map[string][]keywordEntry
	prefix  map[byte][]keywordEntry // single-word prefixes by their first byte
}

func newIssueIndex(kws []lexicon.IssueKeyword) *issueIndex {
	ix := &issueIndex{byFirst: map[string][]keywordEntry{}, prefix: map[byte][]keywordEntry{}}
	for _, k := range kws {
		p := k.Phrase
		e := keywordEntry{issue: k.Issue}
		if strings.HasSuffix(p, "*") {
			e.prefix = true
			p = strings.TrimSuffix(p, "*")
		}
		for _, t := range tokenize(p, 0, len(p), nil) {
			e.toks = append(e.toks, t.lower)
		}
		if len(e.toks) == 0 {
			continue
		}
		if e.prefix && len(e.toks) == 1 {
			ix.prefix[e.toks[0][0]] = append(ix.prefix[e.toks[0][0]], e)
			continue
		}
		ix.byFirst[e.toks[0]] = append(ix.byFirst[e.toks[0]], e)
	}
	return ix
}

// issueHit is an issue found in a sentence.
type issueHit struct {
	issue string
	sent  int
	word  string
}

// match lists the issues a sentence's words put it under.
func (ix *issueIndex) match(toks []token, si int, inState map[int]bool, out []issueHit) []issueHit {
	for i, t := range toks {
		if t.kind != tokWord || inState[i] {
			continue // "Democratic People's Republic" is a state, not democracy
		}
		for _, e := range ix.byFirst[t.lower] {
			if i+len(e.toks) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(e.toks); k++ {
				w := toks[i+k].lower
				if e.prefix && k == len(e.toks)-1 {
					if !strings.HasPrefix(w, e.toks[k]) {
						ok = false
					}
				} else if w != e.toks[k] {
					ok = false
				}
				if !ok {
					break
				}
			}
			if ok {
				out = append(out, issueHit{e.issue, si, strings.Join(e.toks, " ")})
			}
		}
		for _, e := range ix.prefix[t.lower[0]] {
			if strings.HasPrefix(t.lower, e.toks[0]) {
				out = append(out, issueHit{e.issue, si, t.lower})
			}
		}
	}
	return out
}

// findIssues finds each engagement's issues and the article's: the words
// of the sentences and paragraphs that tell of an engagement. A government
// readout or joint statement is about its engagement throughout.
func (x *Extractor) findIssues(d *document, sents []sentence, engs []candidate, cms []countryMention) ([][]string, []issueHit) {
	if len(engs) == 0 {
		return nil, nil
	}
	inState := map[int]map[int]bool{}
	for _, cm := range cms {
		if inState[cm.sent] == nil {
			inState[cm.sent] = map[int]bool{}
		}
		for k := cm.tok; k < cm.end; k++ {
			inState[cm.sent][k] = true
		}
	}
	// An article that opens with its engagement is about it throughout.
	whole := false
	for _, e := range engs {
		if e.headline || e.para <= d.firstBodyPara+1 && (d.usOutlet || d.statement) || len(e.sents) > 0 && e.sents[0] <= d.firstBodySent {
			whole = true
		}
	}
	var hitsBySent = map[int][]issueHit{}
	var buf []issueHit
	for si, s := range sents {
		if s.headline {
			continue
		}
		buf = x.issues.match(s.toks, si, inState[si], buf[:0])
		if len(buf) > 0 {
			hitsBySent[si] = append([]issueHit(nil), buf...)
		}
	}
	// Issues by paragraph, so that each engagement reads its own paragraphs.
	byPara := map[int][]string{}
	var all []string
	for si, hs := range hitsBySent {
		for _, h := range hs {
			byPara[sents[si].para] = appendUniqueStr(byPara[sents[si].para], h.issue)
			all = appendUniqueStr(all, h.issue)
		}
	}
	per := make([][]string, len(engs))
	var article []issueHit
	seenArticle := map[string]bool{}
	for ei, e := range engs {
		if whole {
			per[ei] = append([]string(nil), all...)
		} else {
			done := map[int]bool{}
			for _, si := range e.sents {
				p := sents[si].para
				if done[p] {
					continue
				}
				done[p] = true
				for _, is := range byPara[p] {
					per[ei] = appendUniqueStr(per[ei], is)
				}
			}
		}
		sort.Strings(per[ei])
	}
	sis := make([]int, 0, len(hitsBySent))
	for si := range hitsBySent {
		sis = append(sis, si)
	}
	sort.Ints(sis)
	inScope := map[int]bool{}
	for _, e := range engs {
		for _, si := range e.sents {
			inScope[sents[si].para] = true
		}
	}
	for _, si := range sis {
		if !whole && !inScope[sents[si].para] {
			continue
		}
		for _, h := range hitsBySent[si] {
			if !seenArticle[h.issue] {
				seenArticle[h.issue] = true
				article = append(article, h)
			}
		}
	}
	return per, article
}
