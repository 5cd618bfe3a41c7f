package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
	"github.com/attache-project/attache/synth"
)

// These tests prove the loader's promises end to end, through the real CLI
// and the real Neo4j: loading twice changes nothing, a load killed at any
// point and run again gives exactly the graph of one clean run, and two
// loaders over overlapping inputs give the graph of one loader.

// corpus writes a synthetic corpus of n articles as JSON Lines.
func corpus(t *testing.T, n int, seed int64) string {
	t.Helper()
	path, _ := corpusWithTruth(t, n, seed)
	return path
}

// corpusWithTruth writes a synthetic corpus and returns its truth too.
func corpusWithTruth(t *testing.T, n int, seed int64) (string, synth.Truth) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	truth, err := synth.WriteJSONL(f, synth.Config{Articles: n, Seed: seed})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("generating the corpus: %v", err)
	}
	return path, truth
}

// buildCLI builds the attache binary once per test binary run, for tests
// that need a process they can kill.
var buildCLI = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "attache-cli")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "attache")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

func dump(t *testing.T, db *neo4jdb.DB) string {
	t.Helper()
	d, err := db.Dump(context.Background())
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return d
}

func load(t *testing.T, args ...string) string {
	t.Helper()
	code, stdout, stderr := run(t, context.Background(), nil, append([]string{"load", "--quiet"}, args...)...)
	if code != 0 {
		t.Fatalf("attache load %v: exit %d\n%s%s", args, code, stdout, stderr)
	}
	return stdout
}

// loadCLI runs `attache load --quiet ARGS` as the built binary (buildCLI),
// against the server neo4jtest.Open pointed NEO4J_URI at. It is for the
// loads a test compares with or reruns after a failure, not for the load
// it puts under the race detector: the binary is built without -race,
// under which extraction alone is about seven times slower, while the
// in-process loads (load) keep the loader's goroutines under the race
// detector in every test whose subject they are.
func loadCLI(t *testing.T, args ...string) string {
	t.Helper()
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	cmd := cliCommand(bin, append([]string{"load", "--quiet"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("attache load %v: %v\n%s%s", args, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// cleanGraphs holds, per generated corpus, the dump of the graph one clean
// default load of it gives, so that tests of the same corpus load it for
// their reference once between them. The key is "n/seed".
var cleanGraphs sync.Map // string -> *cleanGraph

type cleanGraph struct {
	once sync.Once
	dump string
	err  error
}

// cleanDump returns the graph of one clean default load of the corpus
// corpus(t, n, seed) wrote at path, loading it into db the first time it is
// asked (the graph is wiped before; afterwards it holds that load or, when
// another test already loaded it, whatever it held). A corpus is a pure
// function of n and seed (synth), and a load's graph does not depend on the
// batches or the workers (TestBatchedLoadEqualsOneByOne).
func cleanDump(t *testing.T, db *neo4jdb.DB, path string, n int, seed int64) string {
	t.Helper()
	v, _ := cleanGraphs.LoadOrStore(fmt.Sprintf("%d/%d", n, seed), &cleanGraph{})
	c := v.(*cleanGraph)
	c.once.Do(func() {
		ctx := context.Background()
		if c.err = db.DeleteAll(ctx); c.err != nil {
			return
		}
		bin, err := buildCLI()
		if err != nil {
			c.err = err
			return
		}
		if out, err := cliCommand(bin, "load", "--quiet", path).CombinedOutput(); err != nil {
			c.err = fmt.Errorf("attache load %s: %w\n%s", path, err, out)
			return
		}
		c.dump, c.err = db.Dump(ctx)
	})
	if c.err != nil {
		t.Fatalf("the clean load of %d articles (seed %d): %v", n, seed, c.err)
	}
	return c.dump
}

func requireSameGraph(t *testing.T, what, want, got string) {
	t.Helper()
	if want == got {
		return
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Fatalf("%s: graphs differ at line %d of %d/%d:\nwant %s\ngot  %s", what, i+1, len(wl), len(gl), w, g)
		}
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	db := neo4jtest.Open(t)
	path := corpus(t, 60, 1)
	first := load(t, path)
	if !strings.Contains(first, "60 articles read: 60 loaded, 0 unchanged, 0 failed") {
		t.Errorf("first load summary:\n%s", first)
	}
	before := dump(t, db)
	second := load(t, "--workers", "1", "--writers", "3", path)
	if !strings.Contains(second, "60 articles read: 0 loaded, 60 unchanged, 0 failed") ||
		!strings.Contains(second, "graph: 0 nodes and 0 relationships created") {
		t.Errorf("second load summary:\n%s", second)
	}
	requireSameGraph(t, "after a second load", before, dump(t, db))
}

func TestLoadBadInputReportsAndLoadsTheRest(t *testing.T) {
	neo4jtest.Open(t)
	dir := t.TempDir()
	good := corpus(t, 5, 2)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]byte("{not json\n"), data...)
	if err := os.WriteFile(filepath.Join(dir, "mixed.jsonl"), bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := run(t, context.Background(), nil, "load", "--quiet", dir)
	if code != 1 {
		t.Errorf("exit code %d, want 1 when some articles failed", code)
	}
	for _, want := range []string{
		"7 articles read: 5 loaded, 0 unchanged, 2 failed",
		"empty.txt: empty article",
		"mixed.jsonl:1: not a JSON object",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
}

// TestLoadKilledAndRerunEqualsCleanRun kills the loader with SIGKILL at
// several points of a load, reruns the same command, and compares the graph
// with that of one clean run.
func TestLoadKilledAndRerunEqualsCleanRun(t *testing.T) {
	db := neo4jtest.Open(t)
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	path := corpus(t, 400, 3)
	clean := cleanDump(t, db, path, 400, 3)

	for _, after := range []time.Duration{300 * time.Millisecond, 900 * time.Millisecond, 2 * time.Second} {
		t.Run("kill after "+after.String(), func(t *testing.T) {
			if err := db.DeleteAll(context.Background()); err != nil {
				t.Fatal(err)
			}
			// Batches of 40: a kill lands between batches or inside one.
			cmd := cliCommand(bin, "load", "--quiet", "--workers", "2", "--batch-size", "40", path)
			cmd.Env = os.Environ()
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(after)
			_ = cmd.Process.Signal(syscall.SIGKILL)
			_ = cmd.Wait()
			partial := dump(t, db)
			loadCLI(t, path)
			requireSameGraph(t, "killed after "+after.String()+" and rerun", clean, dump(t, db))
			if partial == clean {
				t.Logf("the load had finished before the kill at %s", after)
			}
		})
	}
}

// TestLoadAcrossANeo4jRestart stops the local Neo4j in the middle of a
// load: the load must end within seconds saying that Neo4j cannot be
// reached, with whole batches written, and once the server is started
// again, running the load again must give the clean graph. It needs a
// server this checkout started (the Maven route); with a server given by
// NEO4J_URI it cannot restart it and says so.
func TestLoadAcrossANeo4jRestart(t *testing.T) {
	db := neo4jtest.Open(t)
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	statusCmd := cliCommand(bin, "neo4j", "status")
	statusCmd.Env = append(os.Environ(), "NEO4J_URI=")
	status, err := statusCmd.CombinedOutput()
	uri := neo4jdb.ConfigFromEnv(os.Getenv).URI
	if err != nil || !strings.Contains(string(status), "maven route") || !strings.Contains(string(status), uri) {
		t.Skipf("needs the Neo4j at %s to be one this checkout started on the Maven route; status says: %s", uri, strings.TrimSpace(string(status)))
	}
	ctx := context.Background()
	const batch = 10
	path := corpus(t, 600, 4)
	clean := cleanDump(t, db, path, 600, 4)
	if err := db.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}

	cmd := cliCommand(bin, "load", "--quiet", "--workers", "1", "--batch-size", "10", path)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := waitForArticles(ctx, db, 2*batch, exited); err != nil {
		_ = cmd.Process.Kill()
		t.Fatal(err)
	}
	neo4jEnv := func(c *exec.Cmd) *exec.Cmd {
		c.Env = append(os.Environ(), "NEO4J_URI=")
		return c
	}
	stopAt := time.Now()
	if out, err := neo4jEnv(cliCommand(bin, "neo4j", "stop")).CombinedOutput(); err != nil {
		t.Fatalf("neo4j stop: %v\n%s", err, out)
	}
	stopped := time.Since(stopAt)
	select {
	case <-exited:
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		t.Error("the load still ran 2 minutes after Neo4j was stopped")
	}
	took := time.Since(stopAt)
	t.Logf("neo4j stop took %s; the load ended %s after the stop began, exit %d:\n%s",
		stopped.Round(time.Millisecond), took.Round(time.Millisecond), cmd.ProcessState.ExitCode(), lastLines(out.String(), 5))
	if took-stopped > 30*time.Second {
		t.Errorf("the load ended %s after Neo4j had stopped; want seconds", (took - stopped).Round(time.Second))
	}
	if !strings.Contains(out.String(), "attache load: cannot reach Neo4j at "+uri) || cmd.ProcessState.ExitCode() != 1 {
		t.Errorf("the load did not end with exit 1 and 'cannot reach Neo4j at %s'", uri)
	}
	if out, err := neo4jEnv(cliCommand(bin, "neo4j", "start")).CombinedOutput(); err != nil {
		t.Fatalf("neo4j start: %v\n%s", err, out)
	}
	n, err := articleCount(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if n%batch != 0 || n >= 600 {
		t.Errorf("%d articles in the graph after the stop; want a whole number of batches of %d, fewer than all", n, batch)
	}
	loadCLI(t, path)
	requireSameGraph(t, "after a Neo4j restart and a rerun", clean, dump(t, db))
}

// TestBatchedLoadEqualsOneByOne loads a corpus article by article and in
// batches: the graphs must be the same, wherever the batches are cut. The
// whole corpus in one batch is the default load (500 articles a batch, one
// extraction worker per core). 150 articles are three batches of 50 and
// twenty-two of 7, with officials and meetings that recur across the cuts;
// the 400 it had before cost 400 transactions one by one under -race and
// proved nothing more (a batch that folds only part of its mentions, broken
// on purpose, fails it at 150).
func TestBatchedLoadEqualsOneByOne(t *testing.T) {
	db := neo4jtest.Open(t)
	const articles = 150
	path := corpus(t, articles, 3)
	whole := cleanDump(t, db, path, articles, 3)
	for _, c := range []struct{ workers, size string }{{"1", "1"}, {"2", "7"}, {"2", "50"}} {
		if err := db.DeleteAll(context.Background()); err != nil {
			t.Fatal(err)
		}
		// Two extraction workers finish out of turn; the loader puts the
		// articles back in reading order before it writes them.
		load(t, "--workers", c.workers, "--batch-size", c.size, path)
		requireSameGraph(t, fmt.Sprintf("batches of %s against one batch of all %d", c.size, articles), whole, dump(t, db))
	}
}

// A second article with an id already read, in the same file or another,
// is reported with both places and skipped; the first is the one stored,
// and the summary and the exit code say so.
func TestLoadReportsDuplicateIDs(t *testing.T) {
	db := neo4jtest.Open(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.jsonl")
	second := filepath.Join(dir, "second.jsonl")
	rows := `{"id":"same","title":"First report","text":"Foreign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru in Lima on 3 May 2005."}` + "\n" +
		`{"id":"other","title":"Other report","text":"Foreign Minister Ana Reyes of Peru visited Niamey on 9 May 2005."}` + "\n" +
		`{"id":"same","title":"Second report","text":"Foreign Minister Ali Sani of Niger called Foreign Minister Ana Reyes of Peru on 1 June 2005."}` + "\n"
	if err := os.WriteFile(first, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(second, []byte(`{"id":"other","title":"Third report","text":"Niger and Peru signed a trade accord."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := run(t, context.Background(), nil, "load", "--quiet", first, second)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	for _, want := range []string{
		"4 articles read: 2 loaded, 0 unchanged, 0 failed, 2 duplicates skipped",
		"duplicate: " + first + `:3: article id "same" was already read at ` + first + ":1; this one is skipped",
		"duplicate: " + second + `:1: article id "other" was already read at ` + first + ":2; this one is skipped",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	graph := dump(t, db)
	if !strings.Contains(graph, "First report") || !strings.Contains(graph, "Other report") ||
		strings.Contains(graph, "Second report") || strings.Contains(graph, "Third report") {
		t.Errorf("the graph does not hold exactly the first of each id:\n%s", graph)
	}
}

// TestBatchCutsOnAStoredGraphLeaveOneGraph loads a corpus into a graph that
// already holds other articles (as the load benchmark does, after its
// warm-up), cut into batches at different places and written by one or two
// writers: where a batch ends (a full batch, or the one-second flush of a
// part-filled one on a starved machine) must not change the graph. The
// summary's "created" counters may differ: they count what each save
// created, also what a later save of the same load replaced.
func TestBatchCutsOnAStoredGraphLeaveOneGraph(t *testing.T) {
	db := neo4jtest.Open(t)
	// 100 articles after 60 others: batches of 1, 33 and 7 cut it in
	// different places, and its officials and meetings recur in the
	// warm-up's (the 250 after 150 it had before proved nothing more).
	path := corpus(t, 100, 1)
	warmLines := corpusLines(t, corpus(t, 60, 2))
	for i, l := range warmLines {
		// The generator numbers every seed's articles alike; other ids
		// keep the warm-up apart instead of revising the corpus's articles.
		warmLines[i] = strings.Replace(l, `"id":"synth-`, `"id":"warmup-`, 1)
	}
	warmup := filepath.Join(t.TempDir(), "warmup.jsonl")
	if err := os.WriteFile(warmup, []byte(strings.Join(warmLines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	var want string
	for _, c := range []struct{ batch, writers string }{{"100", "1"}, {"1", "1"}, {"33", "1"}, {"7", "2"}} {
		if err := db.DeleteAll(context.Background()); err != nil {
			t.Fatal(err)
		}
		loadCLI(t, warmup)
		load(t, "--workers", "2", "--batch-size", c.batch, "--writers", c.writers, path)
		got := dump(t, db)
		if want == "" {
			want = got
			continue
		}
		requireSameGraph(t, "batches of "+c.batch+", "+c.writers+" writers", want, got)
	}
}
