package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// A row whose id cannot name a file in --out is skipped with an error that
// names the row and the reason; the other rows are written, nothing lands
// outside the folder, and the run ends with a summary and exit code 1.
func TestExtractOutSkipsIDsThatCannotNameAFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	text := "Foreign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru in Lima on 3 May 2005."
	var rows []string
	for _, id := range []string{"first", "../escape", "a/b", "..", ".hidden", "tab\there", strings.Repeat("x", 201), "last"} {
		rows = append(rows, `{"id":`+jsonString(id)+`,"text":"`+text+`"}`)
	}
	input := filepath.Join(dir, "rows.jsonl")
	if err := os.WriteFile(input, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runWithin(t, time.Minute, "extract", "--out", out, input)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	for _, want := range []string{
		input + `:2: article id "../escape" cannot name a file in ` + out + `: it contains a path separator; skipped`,
		input + `:3: article id "a/b" cannot name a file in ` + out + `: it contains a path separator; skipped`,
		input + `:4: article id ".." cannot name a file in ` + out + `: it names a folder; skipped`,
		input + `:5: article id ".hidden" cannot name a file in ` + out + `: it starts with a dot (a hidden file); skipped`,
		input + `:6: article id "tab\there" cannot name a file in ` + out + `: it contains a control character; skipped`,
		input + `:7: article id "` + strings.Repeat("x", 201) + `" cannot name a file in ` + out + `: it is longer than 200 bytes; skipped`,
		"attache extract: 2 articles written to " + out + ", 6 failed or skipped",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	written, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range written {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"first.json", "last.json"}) {
		t.Errorf("written %v, want first.json and last.json", names)
	}
	if _, err := os.Stat(filepath.Join(dir, "escape.json")); err == nil {
		t.Error("an id wrote outside the --out folder")
	}
}

func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// A second row with an id already read is reported with both places and
// skipped, so that --out does not overwrite the first one's file.
func TestExtractSkipsDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "rows.jsonl")
	rows := `{"id":"same","title":"First report","text":"Foreign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru."}` + "\n" +
		`{"id":"same","title":"Second report","text":"Foreign Minister Ana Reyes of Peru visited Niger."}` + "\n"
	if err := os.WriteFile(input, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := runWithin(t, time.Minute, "extract", "--out", out, input)
	want := input + `:2: article id "same" was already read at ` + input + `:1; this one is skipped`
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "same.json"))
	if err != nil || !strings.Contains(string(data), "First report") {
		t.Errorf("same.json does not hold the first row: %v\n%s", err, data)
	}
}

// runWithin runs the CLI in this process and fails the test if it has not
// returned within the limit (a hang, as opening a named pipe would be).
func runWithin(t *testing.T, limit time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := run(t, context.Background(), nil, args...)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(limit):
		t.Fatalf("attache %s did not return within %s", strings.Join(args, " "), limit)
		return 0, "", ""
	}
}
