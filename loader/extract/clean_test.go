package extract

import (
	"strings"
	"testing"
)

func TestCleanPlainText(t *testing.T) {
	raw := "Ministry of Examples Ministry of Examples\n\nNews Article\n\nBookmark and Share\n\nEnvoys Meet in Quito\n\nBy Jane Writer\nExample Press Service\n\n" +
		"QUITO, Ecuador, March 3, 2010 – The foreign ministers of Ecuador and Peru met here today.\n\n" +
		"They discussed the border.\n\nContact Author\n\nJohn Official\n\nRelated Articles:\nOther Leaders Discuss Things\n"
	d := clean(raw, "", "", newDateParser())
	if d.headline != "Envoys Meet in Quito" {
		t.Errorf("headline = %q", d.headline)
	}
	if d.byline != "Jane Writer, Example Press Service" {
		t.Errorf("byline = %q", d.byline)
	}
	if d.dateline.city != "Quito" || d.dateline.country != "Ecuador" || d.dateline.date.String() != "2010-03-03" {
		t.Errorf("dateline = %+v", d.dateline)
	}
	for _, chrome := range []string{"Bookmark", "Contact Author", "John Official", "Other Leaders", "News Article", "Ministry of Examples"} {
		if strings.Contains(d.text, chrome) {
			t.Errorf("chrome %q left in text:\n%s", chrome, d.text)
		}
	}
	if !strings.HasPrefix(d.text, "Envoys Meet in Quito\n\nQUITO, Ecuador") {
		t.Errorf("text starts %q", d.text[:40])
	}
}

func TestCleanHTML(t *testing.T) {
	raw := `<!DOCTYPE html><html><head><title>Site | Envoys Meet</title>
<meta property="og:title" content="Envoys Meet in Quito"><meta property="og:site_name" content="Example Desk">
<meta property="article:published_time" content="2010-03-03T10:00:00Z">
<script>var president = "Fake Person";</script><style>p{}</style></head>
<body><nav>Home | President Nav Link</nav><header class="masthead"><h1>Example Desk</h1></header>
<article><h1>Envoys Meet in Quito</h1><p class="byline">By Jane Writer</p>
<div class="share">Bookmark and Share</div>
<p>QUITO, Ecuador, March 3, 2010 &#8211; The foreign ministers met &amp; talked.</p>
<aside class="related"><p>Related: Other Leaders Discuss Things</p></aside>
<section class="comments"><p>Reader: great</p></section></article>
<footer>Copyright Example</footer></body></html>`
	d := clean(raw, "", "", newDateParser())
	if d.headline != "Envoys Meet in Quito" {
		t.Errorf("headline = %q", d.headline)
	}
	if d.page.published != "2010-03-03T10:00:00Z" || d.page.siteName != "Example Desk" {
		t.Errorf("page meta = %+v", d.page)
	}
	for _, chrome := range []string{"Fake Person", "Nav Link", "Other Leaders", "Reader", "Copyright", "Bookmark", "p{}"} {
		if strings.Contains(d.text, chrome) {
			t.Errorf("chrome %q left in text:\n%s", chrome, d.text)
		}
	}
	if !strings.Contains(d.text, "The foreign ministers met & talked.") {
		t.Errorf("body missing or entities not decoded:\n%s", d.text)
	}
	if d.byline != "Jane Writer" {
		t.Errorf("byline = %q", d.byline)
	}
}

func TestCleanEdgeCases(t *testing.T) {
	tests := []struct {
		name, raw string
		want      string // substring of the cleaned text, or "" for empty
	}{
		{"empty", "", ""},
		{"only spaces", " \n\t \n", ""},
		{"invalid utf8", "The minister \xff\xfe met here today in a long sentence about many things.", "The minister \uFFFD met"},
		{"control characters", "The minister\x01 met his counterpart in a long sentence about many things.", "The minister met"},
		{"crlf", "A line of text that is long enough to be the body of an article.\r\nSecond line here.", "article.\n\nSecond"},
		{"attribution line", "The following is attributable to Spokesperson Some Body:\n\nThe secretary met the minister today in a long sentence.", "The secretary met"},
		{"footer cut", "The secretary met the minister today in a long sentence.\n###\nMore text after the footer.", "long sentence."},
		{"wrapped lines", "The secretary met the minister today in a long\nsentence that wraps.", "long sentence that wraps."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := clean(tc.raw, "", "", newDateParser())
			if tc.want == "" {
				if strings.TrimSpace(d.text) != "" {
					t.Errorf("text = %q, want empty", d.text)
				}
				return
			}
			if !strings.Contains(d.text, tc.want) {
				t.Errorf("text = %q, want it to contain %q", d.text, tc.want)
			}
			if strings.Contains(d.text, "attributable") || strings.Contains(d.text, "after the footer") {
				t.Errorf("chrome left: %q", d.text)
			}
		})
	}
}

func TestUSOutlet(t *testing.T) {
	for outlet, want := range map[string]bool{
		"U.S. Department of State (Office of the Spokesperson)": true,
		"The White House (briefing room)":                       true,
		"American Forces Press Service":                         true,
		"Wikinews (English)":                                    false,
		"":                                                      false,
	} {
		if got := isUSOutlet(outlet); got != want {
			t.Errorf("isUSOutlet(%q) = %v", outlet, got)
		}
	}
}

func TestJoinWrappedAbbreviations(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  int // paragraphs after joining
	}{
		{"month before its day", []string{"The ministers met on Apr.", "30 in Niamey."}, 1},
		{"month before a day range", []string{"The talks ran Oct.", "6-11 in Cotonou."}, 1},
		{"acronym before a noun", []string{"The minister received the U.S.", "delegation."}, 1},
		{"title before a name", []string{"The minister met Gen.", "Ali Sani."}, 1},
		{"acronym before a new paragraph", []string{"Washington, D.C.", "SECRETARY ROE: Good morning."}, 1 + 1},
		{"sentence end before a capital", []string{"The talks ended.", "The minister left."}, 2},
		{"company before a capital", []string{"The deal went to Acme Inc.", "The minister left."}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinWrapped(tc.lines); len(got) != tc.want {
				t.Errorf("joinWrapped(%q) = %q, want %d paragraphs", tc.lines, got, tc.want)
			}
		})
	}
}

// A whole-line footer word ("Comments", "Most read", "Related") above the
// first paragraph is a toolbar item or a sidebar title: the story after it
// is kept. Below the story it still ends the page.
func TestCleanFooterWordBeforeBody(t *testing.T) {
	tests := []struct {
		name, raw, want, gone string
	}{
		{"wire toolbar between dateline and story",
			"Leaders Meet on Border\n\nAna Ruiz | Nairobi\nMarch 3, 2011\n\nPrint\nComments\nShare\n\nThe presidents of Kenya and Uganda met for four hours on Sunday in Nairobi to discuss their border.\n\nComments\nA reader wrote something here.",
			"The presidents of Kenya and Uganda met", "A reader wrote"},
		{"news site: a most-read box above the story",
			"Most read\n\nMinister Visits Lima\n\nForeign Minister Ola Berg of Norway met Foreign Minister Rosa Tello of Peru in Lima on Tuesday to discuss fisheries.\n\nRelated\nAnother story title",
			"Foreign Minister Ola Berg of Norway met", "Another story title"},
		{"ministry page: a related menu item before the release",
			"Ministry of Foreign Affairs\nRelated\nPress releases\n\nThe Foreign Minister received the Ambassador of Chile at the Ministry on Friday for a courtesy call.\n\nLeave a comment\nName and email",
			"received the Ambassador of Chile", "Name and email"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := clean(tc.raw, "", "", newDateParser())
			if !strings.Contains(d.text, tc.want) {
				t.Errorf("text = %q, want it to contain %q", d.text, tc.want)
			}
			if strings.Contains(d.text, tc.gone) {
				t.Errorf("text = %q, footer %q left in", d.text, tc.gone)
			}
		})
	}
}
