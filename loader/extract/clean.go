package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// document is an article after the clean stage: the text an analyst reads,
// without page chrome, with what the page says about itself set apart.
type document struct {
	text     string // headline (if any), a blank line, then the body
	bodyAt   int    // byte offset of the body in text
	headline string
	byline   string
	// dateline is the opening "LIMA, Peru, Aug. 18, 2005 –"; datelineEnd is
	// where the dateline ends in text (0 when there is none).
	dateline        dateline
	datelineEnd     int
	datelineCountry string // ISO code of the dateline's state
	// published is the publication date (or the dateline's when unknown).
	published date
	// statement: the headline calls the page a readout or statement.
	statement bool
	// page is what an HTML page's head says about the article.
	page pageMeta
	// firstBodyPara is the paragraph number of the body's first line.
	firstBodyPara int
	firstBodySent int
	// leadDate is a date line at the top of the body ("Wednesday, July 10,
	// 2019", "December 2004") that some outlets print instead of a dateline.
	leadDate date
	// usOutlet says the page is published by the US government, whose
	// officials it does not mark as American.
	usOutlet bool
}

type dateline struct {
	city, country, cityRaw string
	date                   date
}

// looksHTML reports whether the text is markup rather than plain text.
func looksHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = strings.ToLower(head)
	for _, tag := range []string{"<html", "<body", "<p>", "<p ", "<div", "<br", "<!doctype", "<article", "<h1", "<span", "<script"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	return false
}

// skipped elements hold no article text.
var skippedElements = map[string]bool{
	"script": true, "style": true, "nav": true, "footer": true, "noscript": true, "head": true,
	"aside": true, "form": true, "iframe": true, "svg": true, "button": true, "select": true, "template": true,
}

// blockElements end a line of text.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "tr": true, "section": true, "article": true, "header": true, "blockquote": true, "pre": true,
	"table": true, "ul": true, "ol": true, "dd": true, "dt": true, "figcaption": true, "main": true, "hr": true, "td": true,
}

// chromeClasses mark elements (by class or id) that hold page furniture.
var chromeClasses = []string{
	"comment", "related", "share", "social", "sidebar", "footer", "cookie", "newsletter", "advert",
	"promo", "breadcrumb", "masthead", "menu", "site-nav", "navbar", "most-read", "popular", "subscribe",
}

// chromeClassWords are class names that mark furniture only as whole words.
var chromeClassWords = map[string]bool{"more": true, "ad": true, "ads": true, "tags": true, "toolbar": true, "byline-links": true}

// voidElements never have an end tag.
var voidElements = map[string]bool{
	"br": true, "img": true, "input": true, "meta": true, "link": true, "hr": true, "area": true,
	"base": true, "col": true, "embed": true, "source": true, "track": true, "wbr": true,
}

// pageMeta is what a page's <head> says about the article.
type pageMeta struct {
	title, siteName, published, url string
}

// htmlToText converts markup to lines of text with the x/net/html tokenizer,
// which never fails on broken markup and runs in linear time. Elements of
// page furniture (scripts, navigation, footers, share widgets, comments,
// related links) are left out. It returns the text, the article's headline
// (its first <h1> inside <article>, else og:title, else <title>) and the
// page's metadata.
func htmlToText(s string) (string, pageMeta) {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	var meta pageMeta
	var h1, firstH1, titleText strings.Builder
	skipTag, skipDepth := "", 0
	inTitle, inH1, inArticle := false, false, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			head := strings.TrimSpace(h1.String())
			if head == "" {
				head = meta.title
			}
			if head == "" {
				head = strings.TrimSpace(titleText.String())
				if meta.siteName != "" {
					head = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(head, meta.siteName)), "|")
					head = strings.TrimSuffix(strings.TrimSpace(head), " -")
				}
			}
			if head == "" {
				head = strings.TrimSpace(firstH1.String())
			}
			return b.String(), pageMeta{title: collapseSpaces(head), siteName: meta.siteName, published: meta.published, url: meta.url}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			var class string
			var prop, content, rel, href string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "class", "id":
					class += " " + strings.ToLower(string(v))
				case "property", "name":
					prop = strings.ToLower(string(v))
				case "content":
					content = string(v)
				case "rel":
					rel = string(v)
				case "href":
					href = string(v)
				}
			}
			if tag == "meta" {
				switch prop {
				case "og:title":
					meta.title = collapseSpaces(content)
				case "og:site_name":
					meta.siteName = collapseSpaces(content)
				case "article:published_time", "date", "pubdate", "dc.date":
					meta.published = strings.TrimSpace(content)
				}
			}
			if tag == "link" && rel == "canonical" {
				meta.url = href
			}
			if skipDepth > 0 {
				if tag == skipTag && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			if tag == "title" && tt == html.StartTagToken {
				inTitle = true
				continue
			}
			chrome := skippedElements[tag] || tag == "header" && inArticle == 0
			if !chrome && class != "" {
				for _, c := range chromeClasses {
					if strings.Contains(class, c) {
						chrome = true
						break
					}
				}
				for _, w := range strings.Fields(class) {
					if chromeClassWords[w] {
						chrome = true
					}
				}
			}
			if chrome && tt == html.StartTagToken && !voidElements[tag] {
				skipTag, skipDepth = tag, 1
				continue
			}
			if tag == "article" && tt == html.StartTagToken {
				inArticle++
			}
			if tag == "h1" && tt == html.StartTagToken {
				inH1 = true
			}
			if blockElements[tag] {
				b.WriteString("\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if skipDepth > 0 {
				if tag == skipTag {
					skipDepth--
				}
				continue
			}
			if tag == "title" {
				inTitle = false
				continue
			}
			if tag == "article" && inArticle > 0 {
				inArticle--
			}
			if tag == "h1" {
				inH1 = false
			}
			if blockElements[tag] {
				b.WriteString("\n")
			}
		case html.TextToken:
			t := string(z.Text())
			if inTitle {
				titleText.WriteString(t)
				continue
			}
			if skipDepth > 0 {
				continue
			}
			if inH1 {
				if inArticle > 0 {
					h1.WriteString(t)
				} else {
					firstH1.WriteString(t)
				}
			}
			if strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\n") {
				b.WriteString(" ")
			}
			b.WriteString(strings.Join(strings.Fields(t), " "))
			if strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n") {
				b.WriteString(" ")
			}
		}
	}
}

func collapseSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// normalizeText makes text valid UTF-8 with \n line ends, no control
// characters and single spaces inside lines.
func normalizeText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteByte('\n')
			space = false
		case r == '\r' || r == '\t' || r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u200b' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case unicode.IsControl(r) || r == '\ufeff':
			// dropped: binary noise and byte-order marks carry no text
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return b.String()
}

// chromeLines are whole lines of page furniture, compared in lower case.
var chromeLines = map[string]bool{
	"bookmark and share": true, "news article": true, "dod news": true, "share": true, "print": true,
	"email": true, "e-mail": true, "tweet": true, "skip to main content": true, "menu": true, "search": true,
	"home": true, "begin text:": true, "begin text": true, "office of the spokesperson": true,
	"print friendly version": true, "share this": true, "share on facebook": true, "share on twitter": true,
	"font size:": true, "print this article": true, "email this article": true, "subscribe": true,
	"the white house": true, "briefing room": true, "statements and releases": true, "readouts": true,
	"press releases": true, "top of page": true, "back to top": true,
}

// footerMarkers start the page's footer: the line and everything after it
// are dropped. Compared in lower case, as line prefixes.
var footerMarkers = []string{
	"contact author", "related sites", "related articles", "related links", "additional links",
	"stay connected", "###", "end text", "for further information", "for more information, please",
	"share this article", "sources:", "external links", "see also:", "copyright ©", "© copyright",
	"this site uses cookies", "we use cookies", "cookie policy", "follow us on", "subscribe to",
}

// footerLines start the footer when they are the whole line.
var footerLines = map[string]bool{
	"comments": true, "reader comments": true, "most read": true, "leave a comment": true, "related": true,
}

// chromeContains marks lines that are furniture wherever they appear.
var chromeContains = []string{
	"attributable to", "bookmark and share", "we use cookies", "accept cookies", "click here to",
	"sign up for our newsletter", "share on facebook", "share on twitter",
}

// usOutletMarks name outlets of the US government.
var usOutletMarks = []string{
	"u.s.", "department of state", "white house", "department of defense", "american forces press service",
	"dod", "state department", "pentagon", "united states department",
}

func isUSOutlet(s string) bool {
	l := strings.ToLower(s)
	for _, m := range usOutletMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// clean runs the clean stage: HTML to text, chrome out, headline, byline
// and dateline found.
func clean(raw, title, outlet string, dates *dateParser) document {
	var d document
	text := raw
	if looksHTML(text) {
		var pm pageMeta
		text, pm = htmlToText(text)
		if title == "" {
			title = pm.title
		}
		if outlet == "" {
			outlet = pm.siteName
		}
		d.page = pm
	}
	text = normalizeText(text)
	lines := strings.Split(text, "\n")
	var kept []string
	d.usOutlet = isUSOutlet(outlet)
	bodyStarted := false
	headline := collapseSpaces(normalizeText(title))
	// A title that is a site banner ("United States Department of Defense"
	// twice, as a reader that takes the first line gets it) is no headline.
	if isRepeatedBanner(headline) || chromeLines[strings.ToLower(headline)] {
		headline = ""
	}
	var topCandidates []string // short lines before the body: headline candidates
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		low := line
		if len(line) < 300 {
			low = strings.ToLower(line)
		}
		if len(line) < 300 && isFooter(low) {
			break
		}
		// Furniture lines are short; a paragraph is never one.
		if len(line) < 300 && (chromeLines[low] || !bodyStarted && isRepeatedBanner(line) || containsAny(low, chromeContains)) {
			if !bodyStarted && isUSOutlet(line) {
				d.usOutlet = true
			}
			continue
		}
		if !bodyStarted {
			if by, ok := bylineName(line); ok {
				d.byline = by
				// An outlet line may follow the name ("American Forces Press Service").
				if i+1 < len(lines) {
					next := strings.TrimSpace(lines[i+1])
					if next != "" && len(strings.Fields(next)) <= 6 && !endsSentence(next) {
						if isUSOutlet(next) {
							d.usOutlet = true
						}
						d.byline += ", " + next
						i++
					}
				}
				continue
			}
			if dt, ok := dates.leadDateLine(line); ok {
				d.leadDate = dt
				continue
			}
			if isBodyLine(line) {
				bodyStarted = true
			} else {
				topCandidates = append(topCandidates, line)
				continue
			}
		}
		kept = append(kept, line)
	}
	// A short top line that is not chrome is the headline when the source
	// gives none; other short top lines (site names) are dropped.
	switch {
	case !bodyStarted:
		// No line reads like prose: everything is body.
		kept = append(kept, topCandidates...)
	case headline == "" && len(topCandidates) > 0:
		headline = topCandidates[len(topCandidates)-1]
	}
	kept = joinWrapped(kept)
	body := strings.Join(kept, "\n\n")
	if headline != "" && len(headline) < 400 {
		d.headline = headline
		d.text = headline + "\n\n" + body
		d.bodyAt = len(headline) + 2
	} else {
		d.text = body
	}
	if dl, n, ok := dates.parseDateline(d.text[d.bodyAt:]); ok {
		d.dateline = dl
		d.datelineEnd = d.bodyAt + n
	}
	return d
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func isFooter(low string) bool {
	if footerLines[strings.TrimRight(low, ": ")] {
		return true
	}
	for _, m := range footerMarkers {
		if strings.HasPrefix(low, m) {
			return true
		}
	}
	return false
}

// isRepeatedBanner catches site banners printed twice on one line
// ("United States Department of Defense United States Department of Defense").
func isRepeatedBanner(line string) bool {
	f := strings.Fields(line)
	if len(f) < 4 || len(f)%2 != 0 {
		return false
	}
	h := len(f) / 2
	return strings.Join(f[:h], " ") == strings.Join(f[h:], " ")
}

// bylineName reads "By Donna Miles" (optionally ", Outlet").
func bylineName(line string) (string, bool) {
	if !strings.HasPrefix(line, "By ") && !strings.HasPrefix(line, "BY ") {
		return "", false
	}
	rest := strings.TrimSpace(line[3:])
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 10 || endsSentence(rest) && len(f) > 5 {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return "", false
	}
	return rest, true
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’')")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")
}

// isBodyLine: a line long enough or punctuated like prose starts the body.
func isBodyLine(line string) bool {
	n := len(strings.Fields(line))
	return n >= 12 || (n >= 4 && endsSentence(line)) || strings.Contains(line, " – ") || strings.Contains(line, " — ")
}

// joinWrapped joins hard-wrapped lines: a line that does not end a sentence
// followed by one that starts in lower case continue one paragraph.
func joinWrapped(lines []string) []string {
	var out []string
	for _, l := range lines {
		if n := len(out); n > 0 {
			prev := out[n-1]
			r, _ := utf8.DecodeRuneInString(l)
			if !endsSentence(prev) && unicode.IsLower(r) {
				out[n-1] = prev + " " + l
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// textHash is the hex SHA-256 of the text with whitespace collapsed.
func normalizedForHash(s string) []byte {
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}
