package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The first signal cancels the command's context with a cause naming it;
// the second exits at once with 128 plus the signal's number.
func TestHandleSignalsCancelsThenExits(t *testing.T) {
	for _, tc := range []struct {
		sig  os.Signal
		code int
		name string
	}{
		{os.Interrupt, 130, "SIGINT"},
		{syscall.SIGTERM, 143, "SIGTERM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sigs := make(chan os.Signal, 2)
			ctx, cancel := context.WithCancelCause(context.Background())
			var stderr bytes.Buffer
			exited := make(chan int, 1)
			go handleSignals(sigs, cancel, &stderr, func(code int) { exited <- code })

			sigs <- tc.sig
			<-ctx.Done()
			var cause interrupted
			if !errors.As(context.Cause(ctx), &cause) || cause.exitCode() != tc.code {
				t.Errorf("cause %v, want interrupted by %s", context.Cause(ctx), tc.name)
			}
			select {
			case code := <-exited:
				t.Fatalf("exited with %d after the first signal", code)
			default:
			}
			sigs <- tc.sig
			select {
			case code := <-exited:
				if code != tc.code {
					t.Errorf("exit code %d, want %d", code, tc.code)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no exit after the second signal")
			}
			want := "attache: " + tc.name + " received, stopping; send it again to exit at once\n" +
				"attache: " + tc.name + " received again, exiting now\n"
			if stderr.String() != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), want)
			}
		})
	}
}

// A command stopped by a signal says so and exits with the signal's code,
// whatever error the stop caused inside it.
func TestMainReportsAnInterruption(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(interrupted{syscall.SIGTERM})
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/a.txt", []byte("Foreign Minister Ali Sani of Niger met his counterpart."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, ctx, nil, "extract", dir)
	if code != 143 || !strings.Contains(stderr, "attache extract: interrupted by SIGTERM") {
		t.Errorf("exit %d, stderr %q; want 143 and the interruption", code, stderr)
	}
}
