package lexicon

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
)

// The extractor's vocabularies other than the gazetteer. Each is a small TSV
// file with a header line; comments start with #.
var (
	//go:embed titles.tsv
	titlesTSV []byte
	//go:embed triggers.tsv
	triggersTSV []byte
	//go:embed issues.tsv
	issuesTSV []byte
	//go:embed issue_keywords.tsv
	issueKeywordsTSV []byte
	//go:embed orgs.tsv
	orgsTSV []byte
	//go:embed places.tsv
	placesTSV []byte
)

// Title is one surface form of an office.
type Title struct {
	Surface string // lower case, tokens separated by single spaces
	Title   string // normalised: "Minister of Defense"
	Level   string // an attache.Level value
	US      bool   // an office of the US government too
	Plural  bool   // names several holders: "Presidents"
	Implies string // the only state that has the office ("Taoiseach": IE)
	// Usually is the state whose office it is when the text, the outlet
	// and the places around it say nothing: "Foreign Secretary" is
	// British in most news, but India's and Pakistan's releases have one.
	Usually string
	Org     string // the only organisation that has the office ("High Representative for Foreign Affairs": EU)
	NoName  bool   // never directly before a name ("Head")
	Upper   bool   // only as written in capitals ("NSA")
	Skip    bool   // an office that makes no official (spokespeople)
	// Rank is a military rank: after another office it is the holder's
	// form of address, not a second office ("Defence Minister Gen. N").
	Rank bool
}

// Trigger is one word or phrase that announces an engagement.
type Trigger struct {
	Surface string // lower case, tokens separated by single spaces
	Kind    string // an attache.MeetingKind value
	Weak    bool   // only with two states' parties nearby
	Attach  bool   // adds parties to the engagement just mentioned
	Past    bool   // past tense: the engagement was held
}

// Issue is one row of the policy-issue taxonomy.
type Issue struct{ ID, Label, Description string }

// IssueKeyword puts text under an issue.
type IssueKeyword struct {
	Issue  string
	Phrase string // lower case tokens; a final * matches a prefix
}

// Org is an international organisation's surface form.
type Org struct{ Surface, Name string }

// Place is a surface form read before the gazetteer: Code is empty when the
// form is not a state ("South American", "Korean Peninsula").
type Place struct{ Surface, Code string }

// Lexicon is every vocabulary, parsed once.
type Lexicon struct {
	Titles        []Title
	Triggers      []Trigger
	Issues        []Issue
	IssueKeywords []IssueKeyword
	Orgs          []Org
	Places        []Place
}

// Load parses the embedded vocabularies.
func Load() (*Lexicon, error) {
	lx := &Lexicon{}
	var err error
	if lx.Titles, err = parseTitles(titlesTSV); err != nil {
		return nil, fmt.Errorf("lexicon: titles.tsv: %w", err)
	}
	if lx.Triggers, err = parseTriggers(triggersTSV); err != nil {
		return nil, fmt.Errorf("lexicon: triggers.tsv: %w", err)
	}
	if lx.Issues, err = parseIssues(issuesTSV); err != nil {
		return nil, fmt.Errorf("lexicon: issues.tsv: %w", err)
	}
	if lx.IssueKeywords, err = parseIssueKeywords(issueKeywordsTSV, lx.Issues); err != nil {
		return nil, fmt.Errorf("lexicon: issue_keywords.tsv: %w", err)
	}
	rows, err := readTSV(orgsTSV, 2)
	if err != nil {
		return nil, fmt.Errorf("lexicon: orgs.tsv: %w", err)
	}
	for _, r := range rows {
		lx.Orgs = append(lx.Orgs, Org{Surface: r.f[0], Name: r.f[1]})
	}
	rows, err = readTSV(placesTSV, 2)
	if err != nil {
		return nil, fmt.Errorf("lexicon: places.tsv: %w", err)
	}
	for _, r := range rows {
		lx.Places = append(lx.Places, Place{Surface: r.f[0], Code: r.f[1]})
	}
	return lx, nil
}

type row struct {
	line int
	f    []string
}

// readTSV returns the data rows (header skipped) with exactly n fields;
// missing trailing fields are empty.
func readTSV(data []byte, n int) ([]row, error) {
	var out []row
	sc := bufio.NewScanner(bytes.NewReader(data))
	line, header := 0, false
	for sc.Scan() {
		line++
		raw := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(raw, "\t")
		if len(f) > n {
			return nil, fmt.Errorf("line %d: %d fields, want at most %d", line, len(f), n)
		}
		for len(f) < n {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "" {
			return nil, fmt.Errorf("line %d: empty first field", line)
		}
		out = append(out, row{line, f})
	}
	return out, sc.Err()
}

var levels = map[string]bool{
	"head_of_state": true, "head_of_government": true, "minister": true, "deputy": true,
	"ambassador": true, "military": true, "legislator": true, "international_organization": true, "other": true,
}

func parseTitles(data []byte) ([]Title, error) {
	rows, err := readTSV(data, 4)
	if err != nil {
		return nil, err
	}
	var out []Title
	for _, r := range rows {
		t := Title{Surface: strings.Join(strings.Fields(r.f[0]), " "), Title: r.f[1], Level: r.f[2]}
		if t.Title == "" || !levels[t.Level] {
			return nil, fmt.Errorf("line %d: need a title and a known level, got %q %q", r.line, t.Title, t.Level)
		}
		for _, fl := range strings.Split(r.f[3], ",") {
			switch fl = strings.TrimSpace(fl); {
			case fl == "":
			case fl == "us":
				t.US = true
			case fl == "plural":
				t.Plural = true
			case fl == "noname":
				t.NoName = true
			case fl == "upper":
				t.Upper = true
			case fl == "skip":
				t.Skip = true
			case fl == "rank":
				t.Rank = true
			case strings.HasPrefix(fl, "implies="):
				t.Implies = strings.TrimPrefix(fl, "implies=")
			case strings.HasPrefix(fl, "usually="):
				t.Usually = strings.TrimPrefix(fl, "usually=")
			case strings.HasPrefix(fl, "org="):
				t.Org = strings.TrimPrefix(fl, "org=")
			default:
				return nil, fmt.Errorf("line %d: unknown flag %q", r.line, fl)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

var kinds = map[string]bool{"meeting": true, "visit": true, "call": true, "summit": true, "talks": true}

func parseTriggers(data []byte) ([]Trigger, error) {
	rows, err := readTSV(data, 3)
	if err != nil {
		return nil, err
	}
	var out []Trigger
	for _, r := range rows {
		t := Trigger{Surface: strings.Join(strings.Fields(r.f[0]), " "), Kind: r.f[1]}
		if !kinds[t.Kind] {
			return nil, fmt.Errorf("line %d: unknown kind %q", r.line, t.Kind)
		}
		for _, fl := range strings.Split(r.f[2], ",") {
			switch strings.TrimSpace(fl) {
			case "event", "":
			case "weak":
				t.Weak = true
			case "attach":
				t.Attach = true
			case "past":
				t.Past = true
			default:
				return nil, fmt.Errorf("line %d: unknown role %q", r.line, fl)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

func parseIssues(data []byte) ([]Issue, error) {
	// The taxonomy file has a header "id label what belongs here" and no comments.
	rows, err := readTSV(data, 3)
	if err != nil {
		return nil, err
	}
	var out []Issue
	for _, r := range rows {
		out = append(out, Issue{ID: r.f[0], Label: r.f[1], Description: r.f[2]})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no issues")
	}
	return out, nil
}

func parseIssueKeywords(data []byte, issues []Issue) ([]IssueKeyword, error) {
	known := map[string]bool{}
	for _, is := range issues {
		known[is.ID] = true
	}
	rows, err := readTSV(data, 2)
	if err != nil {
		return nil, err
	}
	var out []IssueKeyword
	for _, r := range rows {
		if !known[r.f[0]] {
			return nil, fmt.Errorf("line %d: issue %q is not in the taxonomy", r.line, r.f[0])
		}
		if r.f[1] == "" {
			return nil, fmt.Errorf("line %d: empty phrase", r.line)
		}
		out = append(out, IssueKeyword{Issue: r.f[0], Phrase: strings.ToLower(strings.Join(strings.Fields(r.f[1]), " "))})
	}
	return out, nil
}
