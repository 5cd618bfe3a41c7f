package attache_test

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"
)

// quoteRun is how many words in a row a line of ours may share with a corpus
// article before it counts as a quote.
const quoteRun = 8

// TestNoCorpusQuotes: the project's code, tests, lexicons and docs never
// quote the shared corpus (its articles are someone else's text, and rules
// written around their sentences do not transfer): no line shares a run of
// eight words with an article. Fuzz seeds, which are the corpus on
// purpose, and binary dumps are left out. Skipped when ../shared is absent.
func TestNoCorpusQuotes(t *testing.T) {
	runs := corpusRuns(t, "../shared/corpus/articles.jsonl")
	out, err := exec.Command("git", "ls-files", "loader", "identity", "neo4jdb", "graph", "docs",
		"cmd", "synth", "schema", "web/src", "README.md").Output()
	if err != nil {
		t.Skipf("git ls-files: %v", err)
	}
	for _, path := range strings.Fields(string(out)) {
		if strings.Contains(path, "testdata/fuzz") || strings.HasSuffix(path, ".dump") || strings.HasSuffix(path, ".png") {
			continue
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(text), "\n") {
			if run, ok := sharedRun(words(line), runs); ok {
				t.Errorf("%s:%d shares %q with a corpus article", path, i+1, run)
			}
		}
	}
}

// corpusRuns reads every run of quoteRun words of the corpus's articles.
func corpusRuns(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is not beside the checkout", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	runs := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		w := words(a.Text)
		for i := 0; i+quoteRun <= len(w); i++ {
			runs[strings.Join(w[i:i+quoteRun], " ")] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return runs
}

// sharedRun finds the first run of quoteRun words of a line among runs.
func sharedRun(w []string, runs map[string]bool) (string, bool) {
	for i := 0; i+quoteRun <= len(w); i++ {
		if r := strings.Join(w[i:i+quoteRun], " "); runs[r] {
			return r, true
		}
	}
	return "", false
}

// words lower-cases a text and splits it into words of letters, digits and
// apostrophes, so that punctuation and markup do not hide a quote.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
