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
	// dateline is the opening "QUITO, Ecuador, Oct. 6, 2009 –"; datelineEnd is
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
	// placedDate is the day of a header line above the body that gives a
	// place before it ("The Hague, 14 November 2022"); such a line is
	// not kept in the text.
	placedDate date
	// usOutlet says the page is published by the US government, whose
	// officials it does not mark as American.
	usOutlet bool
	// govOutlet says the page is a government's or an international
	// organisation's own release, of any state (set from the outlet).
	govOutlet bool
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
	var w htmlWalker
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.b.String(), w.pageMeta()
		case html.StartTagToken, html.SelfClosingTagToken:
			w.startTag(readTag(z), tt == html.StartTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			w.endTag(string(name))
		case html.TextToken:
			w.text(string(z.Text()))
		}
	}
}

// htmlWalker holds the state of one walk through a page's tokens.
type htmlWalker struct {
	b                      strings.Builder
	meta                   pageMeta
	h1, firstH1, titleText strings.Builder
	skipTag                string // the furniture element being skipped
	skipDepth              int    // its nesting depth; 0 when not skipping
	inTitle, inH1          bool
	inArticle              int // depth of <article> elements
}

// htmlTag is a start tag with the attributes the walk reads.
type htmlTag struct {
	name                     string
	class                    string // class and id, lower case, each after a space
	prop, content, rel, href string
}

// readTag reads the current start tag's name and attributes.
func readTag(z *html.Tokenizer) htmlTag {
	name, hasAttr := z.TagName()
	t := htmlTag{name: string(name)}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "class", "id":
			t.class += " " + strings.ToLower(string(v))
		case "property", "name":
			t.prop = strings.ToLower(string(v))
		case "content":
			t.content = string(v)
		case "rel":
			t.rel = string(v)
		case "href":
			t.href = string(v)
		}
	}
	return t
}

// readMeta keeps what <meta> and <link rel=canonical> say about the page,
// wherever they stand.
func (w *htmlWalker) readMeta(t htmlTag) {
	if t.name == "meta" {
		switch t.prop {
		case "og:title":
			w.meta.title = collapseSpaces(t.content)
		case "og:site_name":
			w.meta.siteName = collapseSpaces(t.content)
		case "article:published_time", "date", "pubdate", "dc.date":
			w.meta.published = strings.TrimSpace(t.content)
		}
	}
	if t.name == "link" && t.rel == "canonical" {
		w.meta.url = t.href
	}
}

// startTag handles a start tag (open) or a self-closing one.
func (w *htmlWalker) startTag(t htmlTag, open bool) {
	w.readMeta(t)
	if w.skipDepth > 0 {
		if t.name == w.skipTag && open {
			w.skipDepth++
		}
		return
	}
	if t.name == "title" && open {
		w.inTitle = true
		return
	}
	if w.isChrome(t) && open && !voidElements[t.name] {
		w.skipTag, w.skipDepth = t.name, 1
		return
	}
	if t.name == "article" && open {
		w.inArticle++
	}
	if t.name == "h1" && open {
		w.inH1 = true
	}
	if blockElements[t.name] {
		w.b.WriteString("\n")
	}
}

// isChrome tells an element of page furniture by its name or its classes;
// a <header> is furniture only outside an <article>.
func (w *htmlWalker) isChrome(t htmlTag) bool {
	if skippedElements[t.name] || t.name == "header" && w.inArticle == 0 {
		return true
	}
	if t.class == "" {
		return false
	}
	for _, c := range chromeClasses {
		if strings.Contains(t.class, c) {
			return true
		}
	}
	for _, word := range strings.Fields(t.class) {
		if chromeClassWords[word] {
			return true
		}
	}
	return false
}

// endTag handles an end tag.
func (w *htmlWalker) endTag(tag string) {
	if w.skipDepth > 0 {
		if tag == w.skipTag {
			w.skipDepth--
		}
		return
	}
	switch tag {
	case "title":
		w.inTitle = false
		return
	case "article":
		if w.inArticle > 0 {
			w.inArticle--
		}
	case "h1":
		w.inH1 = false
	}
	if blockElements[tag] {
		w.b.WriteString("\n")
	}
}

// text handles a run of text: the <title>'s, or the body's with its spaces
// collapsed and one space kept at either end where the markup had any.
func (w *htmlWalker) text(t string) {
	if w.inTitle {
		w.titleText.WriteString(t)
		return
	}
	if w.skipDepth > 0 {
		return
	}
	if w.inH1 {
		if w.inArticle > 0 {
			w.h1.WriteString(t)
		} else {
			w.firstH1.WriteString(t)
		}
	}
	if strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\n") {
		w.b.WriteString(" ")
	}
	w.b.WriteString(strings.Join(strings.Fields(t), " "))
	if strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n") {
		w.b.WriteString(" ")
	}
}

// pageMeta is the page's metadata with its headline: the first <h1> of the
// <article>, else og:title, else the <title> without the site's name, else
// the first <h1> anywhere.
func (w *htmlWalker) pageMeta() pageMeta {
	head := strings.TrimSpace(w.h1.String())
	if head == "" {
		head = w.meta.title
	}
	if head == "" {
		head = strings.TrimSpace(w.titleText.String())
		if w.meta.siteName != "" {
			head = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(head, w.meta.siteName)), "|")
			head = strings.TrimSuffix(strings.TrimSpace(head), " -")
		}
	}
	if head == "" {
		head = strings.TrimSpace(w.firstH1.String())
	}
	return pageMeta{title: collapseSpaces(head), siteName: w.meta.siteName, published: w.meta.published, url: w.meta.url}
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
	// lists of other stories (GOV.UK, Canada, agencies, Wikinews): whole
	// lines, so that one set above the body is skipped, not the page's end
	"related content": true, "related products": true, "related stories": true, "related information": true,
	"related news": true,
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
		text, d.page = htmlToText(text)
		if title == "" {
			title = d.page.title
		}
		if outlet == "" {
			outlet = d.page.siteName
		}
	}
	d.usOutlet = isUSOutlet(outlet)
	headline := headlineFromTitle(title)
	kept, topCandidates, bodyStarted := d.sortLines(strings.Split(normalizeText(text), "\n"), headline, dates)
	// A short top line that is not chrome is the headline when the source
	// gives none; other short top lines (site names) are dropped.
	switch {
	case !bodyStarted:
		// No line reads like prose: everything is body.
		kept = append(kept, topCandidates...)
	case headline == "" && len(topCandidates) > 0:
		headline = topCandidates[len(topCandidates)-1]
	case len(topCandidates) > 0 && datedSubheading(topCandidates[len(topCandidates)-1], dates):
		// "Talks in Niamey (May 2004)" over the first item of an archive
		// page: the item's own heading, whose month and year date the
		// yearless days below it, not page furniture.
		kept = append([]string{topCandidates[len(topCandidates)-1]}, kept...)
	}
	d.setText(headline, strings.Join(joinWrapped(kept), "\n\n"))
	if dl, n, ok := dates.parseDateline(d.text[d.bodyAt:]); ok {
		d.dateline = dl
		d.datelineEnd = d.bodyAt + n
	}
	return d
}

// datedSubheading: a short line that ends with its month and year in
// brackets, "Border Talks (May 2004)".
func datedSubheading(line string, dates *dateParser) bool {
	open := strings.LastIndex(line, "(")
	if open <= 0 || !strings.HasSuffix(line, ")") {
		return false
	}
	dt, ok := dates.leadDateLine(line[open+1 : len(line)-1])
	return ok && dt.y > 0 && dt.m > 0
}

// headlineFromTitle is the given title as a headline, or "" when it is a
// site banner ("United States Department of Defense" twice, as a reader
// that takes the first line gets it) or a line of page furniture.
func headlineFromTitle(title string) string {
	headline := collapseSpaces(normalizeText(title))
	if isRepeatedBanner(headline) || chromeLines[strings.ToLower(headline)] {
		return ""
	}
	return headline
}

// setText lays out the document's text: the headline (when there is one
// of sane length), a blank line, then the body.
func (d *document) setText(headline, body string) {
	if headline != "" && len(headline) < 400 {
		d.headline = headline
		d.text = headline + "\n\n" + body
		d.bodyAt = len(headline) + 2
		return
	}
	d.text = body
}

// sortLines walks the page's lines up to its footer: furniture is dropped,
// the byline and a lead date line are kept apart, short lines before the
// first line of prose become headline candidates, and the rest is kept as
// the body. bodyStarted says a line of prose was found.
func (d *document) sortLines(lines []string, headline string, dates *dateParser) (kept, topCandidates []string, bodyStarted bool) {
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		// Furniture lines are short; a paragraph is never one.
		short := len(line) < 300
		low := line
		if short {
			low = strings.ToLower(line)
		}
		if short && isFooter(low) {
			if !bodyStarted {
				// "Print / Comments / Share" over the story, a "Most
				// read" or "Related articles" box beside the headline:
				// a toolbar item or sidebar title before any prose,
				// not the page's end, which follows its body.
				continue
			}
			break
		}
		if short && d.navigationLine(line, bodyStarted, dates) {
			continue
		}
		if short && (chromeLines[low] || !bodyStarted && isRepeatedBanner(line) || containsAny(low, chromeContains)) {
			if !bodyStarted && isUSOutlet(line) {
				d.usOutlet = true
			}
			continue
		}
		if !bodyStarted {
			if headline != "" && collapseSpaces(line) == headline {
				// The page prints the headline it was given: long
				// as it may be, it is the headline, not the body's
				// first line, and the date line under it is still
				// the lead date.
				continue
			}
			if next, ok := d.takeByline(lines, i); ok {
				i = next
				continue
			}
			if dt, ok := dates.leadDateLine(line); ok {
				d.leadDate = dt
				continue
			}
			if !isBodyLine(line) {
				if dt, ok := dates.placedDateLine(line); ok && !d.placedDate.known() {
					d.placedDate = dt
				}
				topCandidates = append(topCandidates, line)
				continue
			}
			bodyStarted = true
		}
		kept = append(kept, line)
	}
	return kept, topCandidates, bodyStarted
}

// navSeparators split a line of navigation: the menu's "Home | News |
// Contact", the breadcrumb's "Home > News > Readouts".
var navSeparators = []string{" | ", " > ", " › ", " » "}

// navigationLine tells page navigation by its shape, not its words: three
// or more items (a menu's bar, a breadcrumb's trail, a toolbar's "Print |
// Email | Share") split by one separator, each of a few words and none a
// sentence. Counted as words, a long menu passes for a line of prose and
// starts the body above the headline and the date line, which are then
// never read as such. An item that is a date alone ("2007-01-15 | Print")
// is the lead date when the body has not started.
func (d *document) navigationLine(line string, bodyStarted bool, dates *dateParser) bool {
	line = strings.TrimSpace(line)
	for _, sep := range navSeparators {
		items := strings.Split(line, sep)
		if len(items) < 3 || !shortItems(items) {
			continue
		}
		for _, it := range items {
			if dt, ok := dates.leadDateLine(it); ok && !bodyStarted && !d.leadDate.known() {
				d.leadDate = dt
			}
		}
		return true
	}
	return false
}

// shortItems: every item of a navigation line is a few words, none ending
// a sentence.
func shortItems(items []string) bool {
	for _, it := range items {
		it = strings.TrimSpace(it)
		if n := len(strings.Fields(it)); n == 0 || n > 5 || endsSentence(it) && !strings.HasSuffix(it, ":") {
			return false
		}
	}
	return true
}

// takeByline reads a byline at lines[i], with the outlet line that may
// follow the name ("American Forces Press Service"). It returns the index
// of the last line it used.
func (d *document) takeByline(lines []string, i int) (int, bool) {
	by, ok := bylineName(strings.TrimSpace(lines[i]))
	if !ok {
		return i, false
	}
	d.byline = by
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
	return i, true
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
// ("United States Department of Energy United States Department of Energy").
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
// followed by one that starts in lower case continue one paragraph, and so
// does a line broken after an abbreviation that the next line continues
// ("on Apr." / "30 the ministers", "the U.S." / "delegation", "Gen." / "Ali").
func joinWrapped(lines []string) []string {
	var out []string
	for _, l := range lines {
		if n := len(out); n > 0 {
			prev := out[n-1]
			r, _ := utf8.DecodeRuneInString(l)
			if !endsSentence(prev) && unicode.IsLower(r) || continuesAbbreviation(prev, r) {
				out[n-1] = prev + " " + l
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// monthAbbreviations are the abbreviated months a day number follows.
var monthAbbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// titleAbbreviations are abbreviated forms of address and ranks that a
// name follows; they never end a sentence.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "adm": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "cmdr": true, "brig": true, "sen": true, "rep": true,
	"gov": true, "rev": true, "amb": true, "prof": true, "pres": true, "hon": true, "messrs": true,
	"fr": true, "msgr": true, "supt": true, "cpl": true, "pvt": true, "h.e": true,
}

// continuesAbbreviation says a line ending in an abbreviation goes on in
// the next line, which starts with r: after a month, a day number; after
// a title, a name; after any abbreviation or acronym ("U.S."), a word in
// lower case.
func continuesAbbreviation(prev string, r rune) bool {
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	last := prev[strings.LastIndexAny(prev, " (\"“")+1:]
	w := strings.ToLower(strings.TrimSuffix(last, "."))
	switch {
	case monthAbbreviations[w]:
		return unicode.IsDigit(r) || unicode.IsLower(r)
	case titleAbbreviations[w]:
		return unicode.IsUpper(r) || unicode.IsLower(r)
	case abbreviations[w] || strings.Count(last, ".") >= 2:
		return unicode.IsLower(r)
	}
	return false
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
