package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// concurrentRounds is how many times each concurrent scenario runs: the
// interleavings differ from one run to the next, so repeating them is what
// catches a race.
const concurrentRounds = 5

// concurrentArticles is the size of the concurrent scenarios' corpus. What
// makes a scenario prove something is that its loaders' saves interleave
// and collide on the same articles, officials and meetings, not the number
// of articles: the batch sizes below are cut to keep as many batches in
// flight as the 300-article corpus had, the loaders are fed at the same
// moment (runLoadersTogether), and each scenario of several loaders must
// show in at least one round that their saves interleaved (interleaved),
// so a corpus too small for them to meet fails instead of passing
// vacuously.
const concurrentArticles = 120

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
	path := corpus(t, concurrentArticles, 21)
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
	type loader = concurrentLoader
	scenarios := []struct {
		name    string
		loaders func(round int) []loader
	}{
		{"three loaders of the whole corpus", func(round int) []loader {
			return []loader{{path, "2", "20"}, {path, "4", "10"}, {write(fmt.Sprintf("shuffled-%d.jsonl", round), shuffled(lines, int64(round))), "3", "16"}}
		}},
		{"two loaders of overlapping halves", func(round int) []loader {
			// Both shuffled, so that each reaches the shared third early
			// and both find articles of it the other saved.
			first := write(fmt.Sprintf("first-%d.jsonl", round), shuffled(lines[:len(lines)*2/3], int64(300+round)))
			second := write(fmt.Sprintf("second-%d.jsonl", round), shuffled(lines[len(lines)/3:], int64(100+round)))
			return []loader{{first, "3", "1"}, {second, "2", "12"}}
		}},
		{"one shuffled loader with four writers", func(round int) []loader {
			return []loader{{write(fmt.Sprintf("alone-%d.jsonl", round), shuffled(lines, int64(200+round))), "4", "8"}}
		}},
	}
	met := map[string]int{} // rounds whose loaders interleaved, by scenario
	for _, sc := range scenarios {
		for round := range concurrentRounds {
			t.Run(fmt.Sprintf("%s/round %d", sc.name, round+1), func(t *testing.T) {
				if err := db.DeleteAll(context.Background()); err != nil {
					t.Fatal(err)
				}
				loaders := sc.loaders(round)
				sums := runLoadersTogether(t, bin, loaders)
				if t.Failed() {
					return
				}
				if len(loaders) > 1 && interleaved(t, sums, len(lines)) {
					met[sc.name]++
				}
				if got := dump(t, db); got != want {
					t.Fatalf("the graph differs from one sequential load (%d vs %d lines):\n%s",
						strings.Count(got, "\n"), strings.Count(want, "\n"), neo4jtest.DumpDiff(want, got, 40))
				}
			})
		}
		if n := len(sc.loaders(0)); n > 1 && met[sc.name] == 0 && !t.Failed() {
			t.Errorf("%s: in none of %d rounds did the loaders' saves interleave: the corpus is too small for the scenario to prove anything", sc.name, concurrentRounds)
		}
	}
}

// runLoadersTogether starts one `attache load` process per loader, each
// reading its corpus from standard input, and feeds them all once every
// one has started, so that a process slower to start does not find the
// others done; it returns their summaries.
func runLoadersTogether(t *testing.T, bin string, loaders []concurrentLoader) []loadSummary {
	t.Helper()
	sums := make([]loadSummary, len(loaders))
	outs := make([]bytes.Buffer, len(loaders))
	cmds := make([]*exec.Cmd, len(loaders))
	feeds := make([]io.WriteCloser, len(loaders))
	for i, l := range loaders {
		cmds[i] = cliCommand(bin, "load", "--quiet", "--writers", l.writers, "--batch-size", l.batch, "-")
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
		var err error
		if feeds[i], err = cmds[i].StdinPipe(); err != nil {
			t.Fatal(err)
		}
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i, l := range loaders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, err := os.ReadFile(l.path)
			if err == nil {
				_, err = feeds[i].Write(data)
			}
			if cerr := feeds[i].Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = cmds[i].Wait()
			} else {
				_ = cmds[i].Wait()
			}
			if err != nil {
				t.Errorf("loader %d (%s): %v\n%s", i+1, filepath.Base(l.path), err, outs[i].String())
				return
			}
			sums[i] = parseLoadSummary(t, outs[i].String())
		}()
	}
	wg.Wait()
	return sums
}

// concurrentLoader is one `attache load` process of a concurrent scenario:
// the corpus it reads, its writers and its batch size.
type concurrentLoader struct{ path, writers, batch string }

// loadSummary is the counts of a load's summary line.
type loadSummary struct{ read, loaded, unchanged int }

var summaryLine = regexp.MustCompile(`(\d+) articles read: (\d+) loaded, (\d+) unchanged, 0 failed`)

func parseLoadSummary(t *testing.T, out string) loadSummary {
	t.Helper()
	m := summaryLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line with 0 failed in the load's output:\n%s", out)
	}
	var n [3]int
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return loadSummary{read: n[0], loaded: n[1], unchanged: n[2]}
}

// interleaved says whether the loaders' saves of the same articles
// interleaved. A save locks its articles and finds one another loader
// saved first unchanged, so over loaders run one after the other the first
// finds nothing unchanged and the later ones load nothing of what it
// loaded: at most one loader both loads and finds unchanged articles. Two
// that do each saved articles of the other's before the other got to them,
// while the other was saving: their transactions met on the same articles
// and, through them, on the same officials and meetings. Whether they do
// in a round depends on the machine; that every article is loaded exactly
// once between them does not, and is required.
func interleaved(t *testing.T, sums []loadSummary, articles int) bool {
	t.Helper()
	both, loaded := 0, 0
	for _, s := range sums {
		loaded += s.loaded
		if s.loaded > 0 && s.unchanged > 0 {
			both++
		}
	}
	t.Logf("loaders' summaries (read, loaded, unchanged): %v; %d both loaded and found articles saved by another", sums, both)
	if loaded != articles {
		t.Errorf("the loaders loaded %d articles between them, want each of the %d once: %v", loaded, articles, sums)
	}
	return both >= 2
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
