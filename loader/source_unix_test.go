//go:build unix

package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe in a folder would block the reader in open(2) until someone
// writes to it: it is reported and skipped, and the other files are read.
func TestReadSourcesSkipsSpecialFilesInFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Title A\n\nBody of A.", "z.jsonl": `{"id":"z","text":"Body Z"}` + "\n"})
	for _, name := range []string{"pipe.txt", "pipe.jsonl"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "pipe.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	type outcome struct{ ids, errs []string }
	done := make(chan outcome, 1)
	go func() {
		ids, errs := collect(t, []string{dir}, "")
		done <- outcome{ids, errs}
	}()
	var got outcome
	select {
	case got = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("reading a folder with a named pipe in it did not end")
	}
	if strings.Join(got.ids, ",") != "a,z" {
		t.Errorf("ids = %v, want a,z", got.ids)
	}
	want := []string{"link.txt: not a regular file (a named pipe), skipped", "pipe.jsonl: not a regular file (a named pipe), skipped", "pipe.txt: not a regular file (a named pipe), skipped"}
	if len(got.errs) != len(want) {
		t.Fatalf("errors = %q, want %d", got.errs, len(want))
	}
	for i := range want {
		if !strings.Contains(got.errs[i], want[i]) {
			t.Errorf("error %d = %q, want it to contain %q", i, got.errs[i], want[i])
		}
	}
	n := 0
	if err := CountSources([]string{dir}, func(k int) { n += k }); err != nil || n != 2 {
		t.Errorf("CountSources = %d, %v; want the 2 regular files", n, err)
	}
}

// A named pipe named on the command line is read, as the user asked (bash's
// <(zcat feed.jsonl.gz) is one); while nobody writes to it, a cancelled
// context still ends the reading.
func TestReadSourcesReadsANamedPipeNamedExplicitly(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "feed.jsonl")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	go func() {
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		_, _ = f.WriteString(`{"id":"p1","text":"through a pipe"}` + "\n")
		f.Close()
	}()
	ids, errs := collect(t, []string{pipe}, "")
	if strings.Join(ids, ",") != "p1" || len(errs) != 0 {
		t.Errorf("ids %v, errors %q; want p1 alone", ids, errs)
	}

	silent := filepath.Join(dir, "silent.jsonl")
	if err := syscall.Mkfifo(silent, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- ReadSources(ctx, []string{silent}, nil, func(Item) error { return nil })
	}()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("ReadSources still blocks opening a silent pipe after cancellation")
	}
	// Let the abandoned reader go: open the pipe's other end once.
	if f, err := os.OpenFile(silent, os.O_WRONLY, 0); err == nil {
		f.Close()
	}
}
