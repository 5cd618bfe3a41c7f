package synth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/attache-project/attache"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := Config{Articles: 300, Seed: 7}
	a, b := Generate(cfg), Generate(cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same seed differ")
	}
	c := Generate(Config{Articles: 300, Seed: 8})
	if reflect.DeepEqual(a.Articles, c.Articles) {
		t.Fatal("seeds 7 and 8 give the same articles")
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name         string
		cfg          Config
		wantMeetings int
	}{
		{"empty", Config{}, 0},
		{"one article", Config{Articles: 1, Seed: 1}, 1},
		{"default three reports", Config{Articles: 900, Seed: 2}, 300},
		{"one report each", Config{Articles: 200, Seed: 3, ReportsPerMeeting: 1}, 200},
		{"explicit pools", Config{Articles: 500, Seed: 4, Officials: 50, Meetings: 100}, 100},
		{"more meetings than articles", Config{Articles: 20, Seed: 5, Meetings: 50}, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Generate(tt.cfg)
			if len(c.Articles) != tt.cfg.Articles {
				t.Errorf("articles = %d, want %d", len(c.Articles), tt.cfg.Articles)
			}
			if len(c.Truth.Meetings) != tt.wantMeetings {
				t.Errorf("meetings = %d, want %d", len(c.Truth.Meetings), tt.wantMeetings)
			}
			ids := map[string]bool{}
			for _, a := range c.Articles {
				if ids[a.ID] {
					t.Errorf("article id %s twice", a.ID)
				}
				ids[a.ID] = true
			}
			reported := map[string]int{}
			for _, m := range c.Truth.Meetings {
				if len(m.Articles) == 0 {
					t.Errorf("meeting %s is reported by no article", m.ID)
				}
				for _, id := range m.Articles {
					if !ids[id] {
						t.Errorf("meeting %s lists unknown article %s", m.ID, id)
					}
					reported[id]++
				}
			}
			for id := range ids {
				if reported[id] != 1 && reported[id] != 2 {
					t.Errorf("article %s reports %d meetings, want 1, or 2 with the earlier stop of a trip", id, reported[id])
				}
			}
		})
	}
}

func TestReportsPerMeetingAverage(t *testing.T) {
	c := Generate(Config{Articles: 3000, Seed: 11, ReportsPerMeeting: 3})
	avg := float64(len(c.Articles)) / float64(len(c.Truth.Meetings))
	if avg != 3 {
		t.Errorf("average reports per meeting = %.2f, want 3", avg)
	}
	multi := 0
	for _, m := range c.Truth.Meetings {
		if len(m.Articles) > 1 {
			multi++
		}
	}
	if multi < len(c.Truth.Meetings)/2 {
		t.Errorf("only %d of %d meetings are reported by several articles", multi, len(c.Truth.Meetings))
	}
}

func TestStreamEqualsGenerate(t *testing.T) {
	cfg := Config{Articles: 400, Seed: 21}
	want := Generate(cfg)
	var got []attache.Article
	truth, err := Stream(cfg, func(a attache.Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want.Articles) {
		t.Error("streamed articles differ from generated ones")
	}
	if !reflect.DeepEqual(truth, want.Truth) {
		t.Error("streamed truth differs from generated truth")
	}
}

func TestStreamStopsAtEmitError(t *testing.T) {
	boom := errors.New("disk full")
	n := 0
	_, err := Stream(Config{Articles: 50, Seed: 1}, func(attache.Article) error {
		n++
		if n == 5 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the emit error wrapped", err)
	}
	if n != 5 {
		t.Errorf("emit called %d times after failing at 5", n)
	}
}

func TestStreamRejectsNegativeSizes(t *testing.T) {
	_, err := Stream(Config{Articles: -1}, func(attache.Article) error { return nil })
	if attache.ErrorCode(err) != attache.EINVALID {
		t.Fatalf("err = %v, want code %s", err, attache.EINVALID)
	}
	if c := Generate(Config{Articles: -5}); len(c.Articles) != 0 {
		t.Errorf("Generate with a negative size made %d articles", len(c.Articles))
	}
}

// TestReportsNameTheirFacts checks that each article that reports a meeting
// actually states it: every participant's full name, every issue by one of
// its phrases, and the state visited in a visit.
// namesPerson says whether a text names a person in one of the forms an
// article may use: as is, family name first in capitals, with a middle
// initial, with the familiar form of the given name, or in another
// romanisation of the given name or of the family name's ending.
func namesPerson(text, name string) bool {
	family := familyOf(name)
	given := strings.TrimSuffix(name, " "+family)
	for _, fam := range familyForms(family) {
		if !strings.Contains(strings.ToLower(text), strings.ToLower(fam)) {
			continue
		}
		if strings.Contains(text, given) {
			return true
		}
		for _, other := range append([]string{familiarForms[given]}, romanisations[given]...) {
			if other != "" && strings.Contains(text, other+" "+fam) {
				return true
			}
		}
	}
	return false
}

func TestReportsNameTheirFacts(t *testing.T) {
	c := Generate(Config{Articles: 2000, Seed: 5})
	byID := map[string]attache.Article{}
	for _, a := range c.Articles {
		byID[a.ID] = a
	}
	for _, m := range c.Truth.Meetings {
		for _, id := range m.Articles {
			text := byID[id].Text
			for _, name := range m.Participants {
				if !namesPerson(text, name) {
					t.Errorf("%s reports %s but does not name participant %q:\n%s", id, m.ID, name, text)
				}
			}
			for _, is := range m.Issues {
				found := false
				for _, ph := range issues[issueIndex(is)].Phrases {
					if strings.Contains(strings.ToLower(text), strings.ToLower(ph)) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s reports %s but states no phrase of issue %s", id, m.ID, is)
				}
			}
			if m.Kind == attache.KindVisit {
				visited := countries[countryIndex(m.Countries[1])]
				if !strings.Contains(text, visited.NameIn) {
					t.Errorf("%s reports visit %s but does not name %s", id, m.ID, visited.NameIn)
				}
			}
		}
		if t.Failed() {
			return
		}
	}
	for _, a := range c.Articles {
		for _, para := range strings.Split(strings.TrimSpace(a.Text), "\n\n") {
			if r := []rune(para)[0]; unicode.IsLower(r) {
				t.Errorf("%s: paragraph starts in lowercase: %q", a.ID, para)
			}
		}
	}
}

func TestTruthIsConsistent(t *testing.T) {
	c := Generate(Config{Articles: 3000, Seed: 9})
	officials := checkTruthOfficials(t, c.Truth.Officials)
	published := map[string]attache.Date{}
	for _, a := range c.Articles {
		published[a.ID] = a.Published
	}
	kinds := map[attache.MeetingKind]int{}
	statuses := map[attache.MeetingStatus]int{}
	for _, m := range c.Truth.Meetings {
		kinds[m.Kind]++
		statuses[m.Status]++
		checkTruthMeeting(t, m, officials)
		checkTruthReports(t, m, published)
	}
	for _, k := range attache.MeetingKinds {
		if kinds[k] == 0 {
			t.Errorf("no meeting of kind %s", k)
		}
	}
	for _, s := range attache.MeetingStatuses {
		if statuses[s] == 0 {
			t.Errorf("no meeting with status %s", s)
		}
	}
}

// checkTruthOfficials checks that every official of the truth is complete
// and distinct, down to the family name (which an article uses alone after
// the first mention), and returns them by name.
func checkTruthOfficials(t *testing.T, list []TruthOfficial) map[string]TruthOfficial {
	t.Helper()
	officials := map[string]TruthOfficial{}
	families := map[string]string{}
	for _, o := range list {
		if _, dup := officials[o.Name]; dup {
			t.Errorf("official %q twice", o.Name)
		}
		officials[o.Name] = o
		fam := familyOf(o.Name)
		if other, dup := families[fam]; dup {
			t.Errorf("%q and %q share the family name", o.Name, other)
		}
		families[fam] = o.Name
		if countryIndex(o.Country) < 0 || o.Title == "" || o.Level == "" {
			t.Errorf("official %+v incomplete", o)
		}
	}
	return officials
}

// checkTruthMeeting checks one engagement of the truth on its own: a day
// date, at least two states and an issue, participants that are known
// officials of those states, and no place for a call.
func checkTruthMeeting(t *testing.T, m TruthMeeting, officials map[string]TruthOfficial) {
	t.Helper()
	if m.Date.Precision() != attache.DateDay {
		t.Errorf("%s: date %q", m.ID, m.Date)
	}
	if len(m.Countries) < 2 || len(m.Issues) == 0 {
		t.Errorf("%s: countries %v issues %v", m.ID, m.Countries, m.Issues)
	}
	for _, name := range m.Participants {
		o, ok := officials[name]
		if !ok {
			t.Errorf("%s: participant %q not among the officials", m.ID, name)
			continue
		}
		if !containsString(m.Countries, o.Country) {
			t.Errorf("%s: participant %q serves %s, not among %v", m.ID, name, o.Country, m.Countries)
		}
	}
	if m.Kind == attache.KindCall && m.Location != nil {
		t.Errorf("%s: a call with a location", m.ID)
	}
}

// checkTruthReports checks an engagement's reports against their articles
// and its date (held only on or after it, scheduled only before), and that
// the engagement's status is the one its latest report gives.
func checkTruthReports(t *testing.T, m TruthMeeting, published map[string]attache.Date) {
	t.Helper()
	latest, latestStatus := attache.Date(""), attache.MeetingStatus("")
	for i, r := range m.Reports {
		if r.Article != m.Articles[i] || published[r.Article] != r.Published {
			t.Errorf("%s: report %+v does not match its article", m.ID, r)
		}
		switch r.Status {
		case attache.StatusHeld:
			if r.Published < m.Date {
				t.Errorf("%s: held in an article of %s, before its date %s", m.ID, r.Published, m.Date)
			}
		case attache.StatusScheduled:
			if r.Published >= m.Date {
				t.Errorf("%s: scheduled in an article of %s, not before its date %s", m.ID, r.Published, m.Date)
			}
		}
		if r.Published > latest {
			latest, latestStatus = r.Published, r.Status
		}
	}
	if latestStatus != m.Status {
		t.Errorf("%s: status %s but its latest report says %s", m.ID, m.Status, latestStatus)
	}
}

// TestIssuesAreInTheTaxonomy checks the built-in issue ids against the
// evaluation's taxonomy when the shared folder is next to the checkout.
func TestIssuesAreInTheTaxonomy(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "issue-taxonomy.tsv"))
	if err != nil {
		t.Skipf("taxonomy not available: %v", err)
	}
	ids := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		if id, _, ok := strings.Cut(line, "\t"); ok {
			ids[id] = true
		}
	}
	for _, is := range issues {
		if !ids[is.ID] {
			t.Errorf("issue %q is not in the taxonomy", is.ID)
		}
	}
	for _, pool := range issuesByRole {
		for _, id := range pool {
			if issueIndex(id) < 0 {
				t.Errorf("issuesByRole names unknown issue %q", id)
			}
		}
	}
}

func TestWriteJSONLMatchesGenerate(t *testing.T) {
	cfg := Config{Articles: 120, Seed: 3}
	var buf bytes.Buffer
	truth, err := WriteJSONL(&buf, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := Generate(cfg)
	if !reflect.DeepEqual(truth, want.Truth) {
		t.Error("truth differs from Generate's")
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	i := 0
	for sc.Scan() {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, k := range []string{"id", "title", "url", "outlet", "published", "text"} {
			if _, ok := row[k]; !ok {
				t.Errorf("line %d lacks %q", i+1, k)
			}
		}
		var a attache.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, want.Articles[i]) {
			t.Errorf("line %d = %+v, want %+v", i+1, a, want.Articles[i])
		}
		i++
	}
	if i != cfg.Articles {
		t.Errorf("%d lines, want %d", i, cfg.Articles)
	}
}

// TestGolden pins the text of a small corpus so that a change in wording is
// a visible diff; run with -update to accept it.
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	truth, err := WriteJSONL(&buf, Config{Articles: 12, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tj, err := json.MarshalIndent(truth, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file string
		got  []byte
	}{
		{"seed1-n12.jsonl", buf.Bytes()},
		{"seed1-n12.truth.json", append(tj, '\n')},
	} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(g.got, want) {
			t.Errorf("%s differs from the generated corpus; run go test ./synth -update if the change is intended", path)
		}
	}
}

func BenchmarkStream(b *testing.B) {
	cfg := Config{Articles: 10000, Seed: 1}
	for b.Loop() {
		var bytes int
		if _, err := Stream(cfg, func(a attache.Article) error { bytes += len(a.Text); return nil }); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(bytes)/float64(cfg.Articles), "textbytes/article")
	}
}

func TestGoldAgreesWithTruth(t *testing.T) {
	cfg := Config{Articles: 600, Seed: 13}
	golds := map[string]Gold{}
	texts := map[string]string{}
	truth, err := StreamGold(cfg, func(a attache.Article, g Gold) error {
		if g.ID != a.ID {
			t.Errorf("gold %s for article %s", g.ID, a.ID)
		}
		golds[a.ID], texts[a.ID] = g, a.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range truth.Meetings {
		for i, id := range m.Articles {
			g := golds[id]
			var gm GoldMeeting
			for _, x := range g.Meetings {
				if reflect.DeepEqual(x.Participants, m.Participants) && (x.Date == nil || *x.Date == string(m.Date)) {
					gm = x
				}
			}
			if gm.Kind == "" {
				t.Fatalf("%s: no gold meeting for %s among %+v", id, m.ID, g.Meetings)
			}
			if gm.Kind != m.Kind || gm.Status != m.Reports[i].Status || (gm.Date != nil && *gm.Date != string(m.Date)) ||
				!reflect.DeepEqual(gm.Participants, m.Participants) || !reflect.DeepEqual(gm.Countries, m.Countries) {
				t.Errorf("%s: gold meeting %+v does not match truth %s", id, gm, m.ID)
			}
			for _, c := range m.Countries {
				if !containsString(g.Countries, c) {
					t.Errorf("%s: gold countries %v lack participant state %s", id, g.Countries, c)
				}
			}
			for _, c := range g.Countries {
				ct := countries[countryIndex(c)]
				if !strings.Contains(strings.ToLower(texts[id]), strings.ToLower(ct.NameIn)) && (ct.Demonym == "" || !strings.Contains(texts[id], ct.Demonym+" ")) {
					t.Errorf("%s: gold country %s (%s) is not named in the text", id, c, ct.NameIn)
				}
			}
		}
	}
}

// Some articles write a person's name in another romanisation ("Sergei"
// for "Sergey", "-skiy" for "-sky"), and the gold keeps the form written
// among the aliases: one person, whom the store must not split.
func TestRomanisedNameForms(t *testing.T) {
	var givenForms, familyEndings int
	_, err := StreamGold(Config{Articles: 2000, Seed: 5}, func(_ attache.Article, g Gold) error {
		for _, o := range g.Officials {
			family := familyOf(o.Name)
			given := strings.TrimSuffix(o.Name, " "+family)
			for _, a := range o.Aliases {
				for _, other := range romanisations[given] {
					if a == other+" "+family {
						givenForms++
					}
				}
				if forms := familyForms(family); len(forms) > 1 && slices.Contains(forms[1:], strings.TrimPrefix(a, given+" ")) {
					familyEndings++
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if givenForms == 0 || familyEndings == 0 {
		t.Errorf("2,000 articles wrote %d given names and %d family names in another romanisation, want some of each", givenForms, familyEndings)
	}
}

func TestFamilyForms(t *testing.T) {
	for in, want := range map[string][]string{
		"Velmont":  {"Velmont"},
		"Drabosky": {"Drabosky", "Draboskiy", "Draboskyy"},
	} {
		if got := familyForms(in); !slices.Equal(got, want) {
			t.Errorf("familyForms(%q) = %q, want %q", in, got, want)
		}
	}
}
