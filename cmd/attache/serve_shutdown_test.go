package main

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// `attache serve` as the binary runs it: it answers, refuses bad flags, and
// stops cleanly when its context ends (SIGTERM in main).
func TestServeCommandStopsGracefully(t *testing.T) {
	neo4jtest.Open(t) // the lock on the shared server, and a skip without one
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	if code, _, stderr := run(t, context.Background(), nil, "serve", "--auth", "read"); code != 2 || !strings.Contains(stderr, "ATTACHE_API_TOKEN") {
		t.Errorf("--auth read without a token: exit %d, %s", code, stderr)
	}

	ctx, stop := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		code, _, _ := run(t, ctx, map[string]string{"ATTACHE_API_TOKEN": ""}, "serve", "--addr", addr, "--cors", "*")
		done <- code
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("serve did not become ready on %s: %v", addr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after a graceful stop", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop within 20 s")
	}
}
