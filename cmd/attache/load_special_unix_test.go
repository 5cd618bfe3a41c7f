//go:build unix

package main

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// folderWithPipe holds one article and a named pipe called like one, which
// nobody ever writes to.
func folderWithPipe(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	article := "Ministers meet in Niamey\n\nForeign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru in Niamey on 3 May 2005 to discuss trade.\n"
	if err := os.WriteFile(filepath.Join(dir, "niamey.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	return dir
}

// A named pipe with an article's name inside a folder is skipped with a
// message instead of blocking extract and load forever; the other files
// are read, and the exit code says something was skipped.
func TestNamedPipeInAFolderIsSkipped(t *testing.T) {
	dir := folderWithPipe(t)
	skipped := filepath.Join(dir, "pipe.txt") + ": not a regular file (a named pipe), skipped"
	t.Run("extract", func(t *testing.T) {
		code, stdout, stderr := runWithin(t, time.Minute, "extract", "--format", "text", dir)
		if code != 1 || !strings.Contains(stderr, skipped) || !strings.Contains(stdout, "== niamey") {
			t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
		}
	})
	t.Run("load --dry-run", func(t *testing.T) {
		code, stdout, _ := runWithin(t, time.Minute, "load", "--dry-run", "--quiet", dir)
		if code != 1 || !strings.Contains(stdout, "2 articles read: 1 would load, 0 unchanged, 1 failed") || !strings.Contains(stdout, "failed: "+skipped) {
			t.Errorf("exit %d\nstdout:\n%s", code, stdout)
		}
	})
	t.Run("load", func(t *testing.T) {
		db := neo4jtest.Open(t)
		code, stdout, _ := runWithin(t, 2*time.Minute, "load", "--quiet", dir)
		if code != 1 || !strings.Contains(stdout, "2 articles read: 1 loaded, 0 unchanged, 1 failed") {
			t.Errorf("exit %d\nstdout:\n%s", code, stdout)
		}
		if n, err := articleCount(context.Background(), db); err != nil || n != 1 {
			t.Errorf("%d articles in the graph (%v), want the one regular file", n, err)
		}
	})
}

// `attache load -` and `attache extract -` waiting on a pipe that stays
// open and silent stop promptly on SIGTERM or SIGINT, as built binaries,
// with the signal's exit code and a message.
func TestIdleStdinEndsOnASignal(t *testing.T) {
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	for _, tc := range []struct {
		args []string
		sig  syscall.Signal
		code int
		name string
	}{
		{[]string{"load", "--dry-run", "--quiet", "-"}, syscall.SIGTERM, 143, "SIGTERM"},
		{[]string{"load", "--dry-run", "--quiet", "-"}, syscall.SIGINT, 130, "SIGINT"},
		{[]string{"extract", "-"}, syscall.SIGTERM, 143, "SIGTERM"},
	} {
		t.Run(tc.args[0]+" "+tc.name, func(t *testing.T) {
			stdin, feed, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer feed.Close() // open and silent until the test ends
			cmd := cliCommand(bin, tc.args...)
			cmd.Env = append(os.Environ(), "ATTACHE_DEBUG=1", "NEO4J_URI=bolt://127.0.0.1:1")
			cmd.Stdin = stdin
			stderrPipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stdin.Close()
			lines := make(chan string, 100)
			go func() {
				sc := bufio.NewScanner(stderrPipe)
				for sc.Scan() {
					lines <- sc.Text()
				}
				close(lines)
			}()
			var stderr []string
			waitFor := func(substr string) {
				t.Helper()
				timeout := time.After(time.Minute)
				for {
					select {
					case line, ok := <-lines:
						if !ok {
							t.Fatalf("stderr ended before %q:\n%s", substr, strings.Join(stderr, "\n"))
						}
						stderr = append(stderr, line)
						if strings.Contains(line, substr) {
							return
						}
					case <-timeout:
						_ = cmd.Process.Kill()
						t.Fatalf("no %q on stderr within a minute:\n%s", substr, strings.Join(stderr, "\n"))
					}
				}
			}
			waitFor("started") // the signal handler is in place before any command runs
			sent := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			waitFor("interrupted by " + tc.name)
			for line := range lines {
				stderr = append(stderr, line)
			}
			err = cmd.Wait()
			took := time.Since(sent)
			t.Logf("ended %s after %s; stderr:\n%s", took.Round(time.Millisecond), tc.name, strings.Join(stderr, "\n"))
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit code %d (%v), want %d", code, err, tc.code)
			}
			if took > 30*time.Second {
				t.Errorf("took %s to stop", took)
			}
			all := strings.Join(stderr, "\n")
			for _, want := range []string{"attache: " + tc.name + " received, stopping; send it again to exit at once", "attache " + tc.args[0] + ": interrupted by " + tc.name} {
				if !strings.Contains(all, want) {
					t.Errorf("stderr lacks %q", want)
				}
			}
		})
	}
}

// SIGTERM in the middle of a load stops it within seconds: the batch being
// written is rolled back whole, the summary counts what was not written,
// the exit code is 143, and running the load again gives the graph of a
// clean load.
func TestLoadStoppedBySIGTERMAndRerunEqualsCleanRun(t *testing.T) {
	db := neo4jtest.Open(t)
	bin, err := buildCLI()
	if err != nil {
		t.Fatalf("building attache: %v", err)
	}
	ctx := context.Background()
	const batch = 20
	// The corpus of TestLoadKilledAndRerunEqualsCleanRun, whose clean
	// graph the two tests load once between them.
	path := corpus(t, 400, 3)
	clean := cleanDump(t, db, path, 400, 3)
	if err := db.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}

	cmd := cliCommand(bin, "load", "--quiet", "--workers", "1", "--batch-size", "20", path)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := waitForArticles(ctx, db, 2*batch, exited); err != nil {
		_ = cmd.Process.Kill()
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	select {
	case <-exited:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("the load still ran a minute after SIGTERM")
	}
	t.Logf("stopped %s after SIGTERM, exit %d\nstdout:\n%s\nstderr:\n%s", time.Since(sent).Round(time.Millisecond),
		cmd.ProcessState.ExitCode(), stdout.String(), lastLines(stderr.String(), 3))
	if code := cmd.ProcessState.ExitCode(); code != 143 {
		t.Errorf("exit code %d, want 143", code)
	}
	if !strings.Contains(stderr.String(), "attache load: interrupted by SIGTERM") || !strings.Contains(stdout.String(), "not written (the load stopped") {
		t.Error("the output does not say that the load was interrupted and what it did not write")
	}
	n, err := articleCount(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if n%batch != 0 || n >= 400 {
		t.Errorf("%d articles in the graph after SIGTERM; want a whole number of batches of %d, fewer than all", n, batch)
	}
	loadCLI(t, "--batch-size", "20", path)
	requireSameGraph(t, "after SIGTERM and a rerun", clean, dump(t, db))
}
