package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// concurrentRounds is how many times each concurrent scenario runs: the
// interleavings differ from one run to the next, so repeating them is what
// catches a race.
const concurrentRounds = 5

// TestConcurrentLoadsEqualOneSequentialLoad runs several `attache load`
// processes at once, each with several writers, over the same corpus, over
// overlapping parts of it, and in shuffled orders, and compares every
// resulting graph with the one of a single sequential load.
func TestConcurrentLoadsEqualOneSequentialLoad(t *testing.T) {
	db := neo4jtest.Open(t)
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	path := corpus(t, 300, 21)
	loadCLI(t, "--writers", "1", path)
	want := dump(t, db)

	lines := corpusLines(t, path)
	dir := t.TempDir()
	write := func(name string, ls []string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Join(ls, "")), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	type loader struct{ path, writers, batch string }
	scenarios := []struct {
		name    string
		loaders func(round int) []loader
	}{
		{"three loaders of the whole corpus", func(round int) []loader {
			return []loader{{path, "2", "50"}, {path, "4", "25"}, {write(fmt.Sprintf("shuffled-%d.jsonl", round), shuffled(lines, int64(round))), "3", "40"}}
		}},
		{"two loaders of overlapping halves", func(round int) []loader {
			first := write("first.jsonl", lines[:len(lines)*2/3])
			second := write(fmt.Sprintf("second-%d.jsonl", round), shuffled(lines[len(lines)/3:], int64(100+round)))
			return []loader{{first, "3", "1"}, {second, "2", "30"}}
		}},
		{"one shuffled loader with four writers", func(round int) []loader {
			return []loader{{write(fmt.Sprintf("alone-%d.jsonl", round), shuffled(lines, int64(200+round))), "4", "20"}}
		}},
	}
	for _, sc := range scenarios {
		for round := range concurrentRounds {
			t.Run(fmt.Sprintf("%s/round %d", sc.name, round+1), func(t *testing.T) {
				if err := db.DeleteAll(context.Background()); err != nil {
					t.Fatal(err)
				}
				var wg sync.WaitGroup
				for i, l := range sc.loaders(round) {
					wg.Add(1)
					go func() {
						defer wg.Done()
						cmd := cliCommand(bin, "load", "--quiet", "--writers", l.writers, "--batch-size", l.batch, l.path)
						if out, err := cmd.CombinedOutput(); err != nil {
							t.Errorf("loader %d (%s): %v\n%s", i+1, filepath.Base(l.path), err, out)
						}
					}()
				}
				wg.Wait()
				if got := dump(t, db); got != want {
					t.Fatalf("the graph differs from one sequential load (%d vs %d lines):\n%s",
						strings.Count(got, "\n"), strings.Count(want, "\n"), neo4jtest.DumpDiff(want, got, 40))
				}
			})
		}
	}
}

// corpusLines reads a JSON Lines corpus as lines that each end in "\n".
func corpusLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimRight(string(data), "\n")+"\n", "\n")
	return lines[:len(lines)-1] // SplitAfter leaves "" after the last "\n"
}

func shuffled(lines []string, seed int64) []string {
	out := append([]string(nil), lines...)
	rand.New(rand.NewSource(seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
