package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/synth"
)

// runGenCmd runs the gen subcommand directly, so the test does not depend on
// how the command list in main.go is assembled.
func runGenCmd(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	app := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	err = genCommand().Run(context.Background(), app, args)
	return out.String(), errb.String(), err
}

func TestGenWritesCorpusAndTruth(t *testing.T) {
	dir := t.TempDir()
	corpus, truthFile := filepath.Join(dir, "c.jsonl"), filepath.Join(dir, "truth.json")
	goldDir := filepath.Join(dir, "gold")
	_, stderr, err := runGenCmd(t, "-n", "30", "-seed", "4", "-o", corpus, "--truth", truthFile, "--gold", goldDir)
	if err != nil {
		t.Fatalf("gen: %v (%s)", err, stderr)
	}
	want := synth.Generate(synth.Config{Articles: 30, Seed: 4})
	f, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		var a attache.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if i < len(want.Articles) && a != want.Articles[i] {
			t.Errorf("line %d differs from synth.Generate", i+1)
		}
	}
	if i != 30 {
		t.Errorf("%d lines, want 30", i)
	}
	data, err := os.ReadFile(truthFile)
	if err != nil {
		t.Fatal(err)
	}
	var truth synth.Truth
	if err := json.Unmarshal(data, &truth); err != nil {
		t.Fatal(err)
	}
	if len(truth.Meetings) != len(want.Truth.Meetings) || len(truth.Officials) != len(want.Truth.Officials) {
		t.Errorf("truth has %d meetings and %d officials, want %d and %d",
			len(truth.Meetings), len(truth.Officials), len(want.Truth.Meetings), len(want.Truth.Officials))
	}
	golds, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if len(golds) != 30 {
		t.Errorf("%d gold files, want 30", len(golds))
	}
	if !strings.Contains(stderr, "30 articles") {
		t.Errorf("no summary on stderr: %q", stderr)
	}
}

func TestGenToStdout(t *testing.T) {
	stdout, _, err := runGenCmd(t, "-n", "5")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(stdout, "\n"); got != 5 {
		t.Errorf("%d lines on stdout, want 5", got)
	}
}

func TestGenUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-n", "-3"}, {"-reports", "0"}, {"extra"}} {
		if _, _, err := runGenCmd(t, args...); !errors.Is(err, errUsage) {
			t.Errorf("gen %v: err = %v, want a usage error", args, err)
		}
	}
}
