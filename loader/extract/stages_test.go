package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/attache-project/attache"
)

// The tests below cover the small pieces that the clean, token and output
// stages are made of.

func TestWordEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the first token
	}{
		{"U.S. forces", "U.S."},
		{"a.m. today", "a.m."},
		{"A. Sani", "A."},
		{"Mr. Sani", "Mr."},
		{"No. 5 passed", "No."},
		{"no. Then", "no"},
		{"don't go", "don't"},
		{"O'Hara met", "O'Hara"},
		{"Niger's minister", "Niger"},
		{"Niger’s minister", "Niger"},
		{"Sani-Bello said", "Sani"},
		{"Ali2go now", "Ali2go"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text), nil)
		if len(toks) == 0 || toks[0].text != tt.want {
			t.Errorf("tokenize(%q)[0] = %v, want %q", tt.text, toks, tt.want)
		}
	}
}

func TestTokenKinds(t *testing.T) {
	text := "On the 6th, 1,200 troops’s 1970s Niger's: 10:30"
	var got []string
	for _, tk := range tokenize(text, 0, len(text), nil) {
		got = append(got, tk.text+"/"+string("wnpo"[tk.kind]))
	}
	want := []string{"On/w", "the/w", "6th/n", ",/p", "1,200/n", "troops/w", "’s/o", "1970s/n", "Niger/w", "'s/o", ":/p", "10:30/n"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %v\nwant %v", got, want)
	}
}

func TestAcronymEnd(t *testing.T) {
	tests := []struct {
		text string
		end  int
		ok   bool
	}{
		{"U.S. and", 4, true},
		{"U.N.", 4, true},
		{"D.C", 2, false}, // the last letter has no period: not read as one
		{"A. Sani", 0, false},
		{"Ab.", 0, false},
	}
	for _, tt := range tests {
		end, ok := acronymEnd(tt.text, 0, len(tt.text), 1)
		if ok != tt.ok || ok && end != tt.end {
			t.Errorf("acronymEnd(%q) = %d, %v; want %d, %v", tt.text, end, ok, tt.end, tt.ok)
		}
	}
}

func TestHTMLWalker(t *testing.T) {
	page := `<html><head><title>Minister visits Niamey | Ministry</title>
<meta property="og:site_name" content="Ministry"><link rel="canonical" href="https://example.org/a"></head>
<body><nav>Home Menu</nav><div class="share-bar">Share</div><div class="ad">Buy</div>
<article><header><h1>Ali Sani visits Niamey</h1></header><p>Foreign Minister Ali Sani of Niger  met
 his counterpart.</p><aside>Related</aside></article><footer>Contact</footer></body></html>`
	text, meta := htmlToText(page)
	if meta.title != "Ali Sani visits Niamey" || meta.siteName != "Ministry" || meta.url != "https://example.org/a" {
		t.Errorf("meta = %+v", meta)
	}
	for _, furniture := range []string{"Home", "Share", "Buy", "Related", "Contact"} {
		if strings.Contains(text, furniture) {
			t.Errorf("text keeps furniture %q: %q", furniture, text)
		}
	}
	if !strings.Contains(text, "Foreign Minister Ali Sani of Niger met his counterpart.") {
		t.Errorf("text = %q", text)
	}
}

func TestHTMLHeadlineFallbacks(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"og title", `<meta property="og:title" content="Talks  in Niamey"><p>x</p>`, "Talks in Niamey"},
		{"title without site", `<title>Talks in Niamey | Ministry</title><meta property="og:site_name" content="Ministry"><p>x</p>`, "Talks in Niamey"},
		{"h1 outside article", `<h1>Talks in Niamey</h1><p>x</p>`, "Talks in Niamey"},
	}
	for _, tt := range tests {
		if _, meta := htmlToText(tt.page); meta.title != tt.want {
			t.Errorf("%s: headline = %q, want %q", tt.name, meta.title, tt.want)
		}
	}
}

func TestHeadlineFromTitle(t *testing.T) {
	tests := map[string]string{
		"Minister  visits Niamey": "Minister visits Niamey",
		"Share":                   "",
		"":                        "",
	}
	for in, want := range tests {
		if got := headlineFromTitle(in); got != want {
			t.Errorf("headlineFromTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTakeByline(t *testing.T) {
	var d document
	lines := []string{"By Jane Roe", "American Forces Press Service", "WASHINGTON — The minister met."}
	next, ok := d.takeByline(lines, 0)
	if !ok || next != 1 || d.byline != "Jane Roe, American Forces Press Service" || !d.usOutlet {
		t.Errorf("takeByline = %d, %v; byline %q, usOutlet %v", next, ok, d.byline, d.usOutlet)
	}
	if _, ok := d.takeByline([]string{"The minister met."}, 0); ok {
		t.Error("a line of prose read as a byline")
	}
}

func TestIsStatementHeadline(t *testing.T) {
	for h, want := range map[string]bool{
		"Readout of the Minister's Call": true, "Joint Communiqué of Niger and Chad": true,
		"Statement by the Spokesperson": true, "Minister visits Niamey": false,
	} {
		if got := isStatementHeadline(h); got != want {
			t.Errorf("isStatementHeadline(%q) = %v", h, got)
		}
	}
}

func TestOutputPieces(t *testing.T) {
	people := []person{{name: "Ali Sani", first: 40}, {name: "Awa Diallo", first: 10}, {name: "Former One", first: 5}}
	index := map[int]int{0: 1, 1: 0} // person 2 is not listed
	if got := participantNames([]int{0, 2, 1}, people, index); !slices.Equal(got, []string{"Awa Diallo", "Ali Sani"}) {
		t.Errorf("participantNames = %v", got)
	}
	if got := participantNames(nil, people, index); got == nil || len(got) != 0 {
		t.Errorf("participantNames(nil) = %#v, want empty", got)
	}
	if engagementLocation(candidate{}) != nil {
		t.Error("a location without city or state")
	}
	loc := engagementLocation(candidate{city: "Niamey", locCode: "NE"})
	if loc == nil || *loc.City != "Niamey" || *loc.Country != "NE" {
		t.Errorf("location = %+v", loc)
	}
}

func TestAssemblyEvidence(t *testing.T) {
	text := "Talks in Niamey\n\nThe ministers met. They agreed."
	sents := splitSentences(text, len("Talks in Niamey")+2)
	d := document{text: text, headline: "Talks in Niamey", bodyAt: len("Talks in Niamey") + 2}
	asm := newAssembly(&d, sents, attache.Article{})
	if len(asm.out.Article.ID) != 16 {
		t.Errorf("article id = %q, want the hash's first 16 digits", asm.out.Article.ID)
	}
	evs := asm.engagementEvidence(candidate{sents: []int{2, 1, 2}, rules: []string{"met", "met", "agreed"}})
	if len(evs) != 2 || evs[0].Sentence != "The ministers met." || evs[1].Rule != "engagement:met,agreed" {
		t.Errorf("evidence = %+v", evs)
	}
}
