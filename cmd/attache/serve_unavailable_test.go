package main

import (
	"context"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// cable is a TCP relay to the test's Neo4j that the test can cut and
// mend: a real network failure between the API and a real server.
type cable struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newCable(t *testing.T, target string) *cable {
	c := &cable{t: t, target: target}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c.addr = ln.Addr().String()
	c.serve(ln)
	t.Cleanup(c.cut)
	return c
}

func (c *cable) serve(ln net.Listener) {
	c.mu.Lock()
	c.ln = ln
	c.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", c.target)
			if err != nil {
				in.Close()
				continue
			}
			c.mu.Lock()
			c.conns = append(c.conns, in, out)
			c.mu.Unlock()
			go func() { _, _ = io.Copy(out, in); out.Close() }()
			go func() { _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
}

// cut closes the listener and every connection through it.
func (c *cable) cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ln != nil {
		c.ln.Close()
		c.ln = nil
	}
	for _, conn := range c.conns {
		conn.Close()
	}
	c.conns = nil
}

func (c *cable) mend() {
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		c.t.Fatalf("listen again on %s: %v", c.addr, err)
	}
	c.serve(ln)
}

// While Neo4j is down, clients learn "the graph store is unavailable"
// (the operator's text with 'make neo4j' goes to the log only), and after
// the first failure requests answer at once instead of waiting out their
// timeout; when Neo4j is back, requests are answered again.
func TestStoreDownFailsFastWithoutOperatorText(t *testing.T) {
	neo4jtest.Open(t) // the lock on the server, and a skip without one
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	target := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	c := newCable(t, target)
	cfg.URI = "bolt://" + c.addr
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(context.Background())

	const timeout = 3 * time.Second
	var logs syncBuffer
	api := startAPI(t, db, withLog(&logs), func(o *apiOptions) { o.Limits.Timeout = timeout })
	const q = `{ stats { nodes { type count } } }`
	api.mustData(t, q, nil, nil)

	c.cut()
	for i := range 5 {
		start := time.Now()
		resp := api.post(t, q, nil)
		took := time.Since(start)
		t.Logf("request %d with Neo4j down: %s after %s", i+1, strings.TrimSpace(resp.Raw), took)
		if len(resp.Errors) != 1 || resp.Errors[0].Code() != attache.EUNAVAILABLE || resp.Errors[0].Message != graph.StoreUnavailable {
			t.Errorf("request %d: %s, want UNAVAILABLE %q", i+1, resp.Raw, graph.StoreUnavailable)
		}
		if i > 0 && took > timeout/2 {
			t.Errorf("request %d waited %s while the store was known to be down", i+1, took)
		}
	}
	if !strings.Contains(logs.String(), "cannot reach Neo4j") {
		t.Errorf("the log lacks the operator's message:\n%s", logs.String())
	}
	if resp := api.post(t, `{ health { neo4j { ok } } }`, nil); strings.Contains(resp.Raw, graph.StoreUnavailable) {
		t.Errorf("the health report is refused too: %s", resp.Raw)
	}

	c.mend()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp := api.post(t, q, nil)
		if len(resp.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still failing 20 s after Neo4j came back: %s", resp.Raw)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
