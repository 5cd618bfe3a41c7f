package lexicon

import (
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Issues) != 24 {
		t.Errorf("%d issues, want the taxonomy's 24", len(lx.Issues))
	}
	for name, n := range map[string]int{"titles": len(lx.Titles), "triggers": len(lx.Triggers), "keywords": len(lx.IssueKeywords), "orgs": len(lx.Orgs), "places": len(lx.Places)} {
		if n == 0 {
			t.Errorf("no %s", name)
		}
	}
	byIssue := map[string]int{}
	for _, k := range lx.IssueKeywords {
		byIssue[k.Issue]++
	}
	for _, is := range lx.Issues {
		if byIssue[is.ID] == 0 {
			t.Errorf("issue %s has no keywords", is.ID)
		}
	}
	for _, ti := range lx.Titles {
		if ti.Surface != strings.ToLower(ti.Surface) {
			t.Errorf("title form %q is not lower case", ti.Surface)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		fn   func([]byte) error
		data string
	}{
		{"title level", func(b []byte) error { _, err := parseTitles(b); return err }, "surface\ttitle\tlevel\tflags\npresident\tPresident\tking\t\n"},
		{"title flag", func(b []byte) error { _, err := parseTitles(b); return err }, "surface\ttitle\tlevel\tflags\npresident\tPresident\thead_of_state\tbogus\n"},
		{"trigger kind", func(b []byte) error { _, err := parseTriggers(b); return err }, "surface\tkind\trole\nmet\tparty\tevent\n"},
		{"keyword issue", func(b []byte) error {
			_, err := parseIssueKeywords(b, []Issue{{ID: "energy"}})
			return err
		}, "id\tphrase\nnot-an-issue\toil\n"},
		{"too many fields", func(b []byte) error { _, err := readTSV(b, 2); return err }, "a\tb\nx\ty\tz\n"},
	}
	for _, tc := range tests {
		if err := tc.fn([]byte(tc.data)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestTitleFlags(t *testing.T) {
	ts, err := parseTitles([]byte("surface\ttitle\tlevel\tflags\nhigh representative x\tHigh Representative X\tinternational_organization\torg=EU\ntaoiseach\tTaoiseach\thead_of_government\timplies=IE,plural\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 || ts[0].Org != "EU" || ts[0].Implies != "" || ts[1].Implies != "IE" || !ts[1].Plural {
		t.Errorf("titles %+v", ts)
	}
}
