package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// run runs the CLI in-process with the given environment.
func run(t *testing.T, ctx context.Context, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(ctx, args, &App{
		Stdin:  strings.NewReader(""),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string {
			if v, ok := env[k]; ok {
				return v
			}
			return os.Getenv(k)
		},
	})
	return code, out.String(), errb.String()
}

func TestHelpAndUnknownCommand(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		contains string
	}{
		{[]string{"--help"}, 0, "Commands:"},
		{[]string{}, 2, "Usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"extract"}, 2, "name at least one file"},
		{[]string{"extract", "--format", "xml", "x"}, 2, "--format must be json or text"},
		{[]string{"load", "--help"}, 0, "Usage: attache load"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := run(t, context.Background(), nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if !strings.Contains(stdout+stderr, tt.contains) {
				t.Errorf("output does not contain %q:\n%s%s", tt.contains, stdout, stderr)
			}
		})
	}
	_, stdout, _ := run(t, context.Background(), nil, "--help")
	for _, c := range commands() {
		if !strings.Contains(stdout, c.Name) {
			t.Errorf("--help does not list %q", c.Name)
		}
	}
}

// closedPort returns an address on which nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestNeo4jDownFailsFastNamingTheURI(t *testing.T) {
	uri := "bolt://" + closedPort(t)
	for _, args := range [][]string{
		{"load", "--quiet", "../../examples/articles"},
		{"serve", "--addr", "127.0.0.1:0"},
	} {
		t.Run(args[0], func(t *testing.T) {
			start := time.Now()
			code, _, stderr := run(t, context.Background(), map[string]string{"NEO4J_URI": uri}, args...)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			for _, want := range []string{"cannot reach Neo4j at " + uri, "make neo4j"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not contain %q:\n%s", want, stderr)
				}
			}
			if d := time.Since(start); d > 15*time.Second {
				t.Errorf("took %s to give up; it should fail within seconds", d)
			}
		})
	}
}

func TestServeHealthReportsNeo4jVersion(t *testing.T) {
	neo4jtest.Open(t)
	addr := closedPort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		code, _, stderr := run(t, ctx, nil, "serve", "--addr", addr)
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, stderr)
		}
		done <- code
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Error("serve did not shut down within 20 s of cancellation")
		}
	}()
	var resp *http.Response
	var err error
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resp, err = http.Get("http://" + addr + "/healthz"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("GET /healthz: %v", err)
	}
	defer resp.Body.Close()
	var body struct {
		Status string
		Neo4j  struct {
			OK      bool
			Version string
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || body.Status != "ok" || !body.Neo4j.OK || !strings.HasPrefix(body.Neo4j.Version, "5.26") {
		t.Errorf("GET /healthz = %d %+v, want 200 with Neo4j 5.26.x", resp.StatusCode, body)
	}
}
