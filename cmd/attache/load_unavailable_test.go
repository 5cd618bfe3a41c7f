package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader"
	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb"
	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// cutProxy forwards TCP connections to a real Neo4j until it is cut: then
// it stops listening and drops every open connection, as a stopped server
// or a pulled cable would, while the server behind it keeps running.
type cutProxy struct {
	ln      net.Listener
	backend string
	mu      sync.Mutex
	conns   []net.Conn
	cut     bool
}

func startCutProxy(t *testing.T, backend string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, backend: backend}
	go p.serve()
	t.Cleanup(p.Cut)
	return p
}

func (p *cutProxy) URI() string { return "bolt://" + p.ln.Addr().String() }

func (p *cutProxy) serve() {
	for {
		client, err := p.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", p.backend)
		if err != nil {
			client.Close()
			continue
		}
		if !p.track(client, server) {
			return
		}
		go pipe(client, server)
		go pipe(server, client)
	}
}

func (p *cutProxy) track(conns ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cut {
		for _, c := range conns {
			c.Close()
		}
		return false
	}
	p.conns = append(p.conns, conns...)
	return true
}

func pipe(dst, src net.Conn) {
	_, _ = io.Copy(dst, src)
	dst.Close()
	src.Close()
}

// Cut closes the listening socket (new connections are refused) and every
// connection in flight.
func (p *cutProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cut {
		return
	}
	p.cut = true
	p.ln.Close()
	for _, c := range p.conns {
		c.Close()
	}
}

// neo4jAddr is the host:port of the test server named by NEO4J_URI.
func neo4jAddr(t *testing.T) string {
	t.Helper()
	u, err := url.Parse(neo4jdb.ConfigFromEnv(os.Getenv).URI)
	if err != nil || u.Host == "" {
		t.Fatalf("NEO4J_URI %q is not a bolt://host:port address: %v", os.Getenv("NEO4J_URI"), err)
	}
	return u.Host
}

// TestLoadStopsSoonWhenNeo4jGoesAway cuts the loader's connection to Neo4j
// in the middle of a load fed through standard input. The load must end
// within seconds with the message that says how to get a server (not retry
// each article for half a minute), must have committed whole batches only,
// and a rerun must give the graph of a clean load. The cut lands either
// while a batch is being written or while the loader waits for input, so
// that the next batch finds the server gone when it asks for a connection.
func TestLoadStopsSoonWhenNeo4jGoesAway(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	const articles, batch = 600, 20
	// The corpus of TestLoadAcrossANeo4jRestart, whose clean graph the two
	// tests load once between them.
	path := corpus(t, articles, 4)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	clean := cleanDump(t, db, path, articles, 4)

	for _, tc := range []struct {
		name string
		// before is how many articles are fed (and written) before the
		// cut; the rest follow it. Zero feeds everything at once.
		before int
	}{
		{"while writing", 0},
		{"while waiting for input", 3 * batch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := db.DeleteAll(ctx); err != nil {
				t.Fatal(err)
			}
			proxy := startCutProxy(t, neo4jAddr(t))
			stdin, feed := io.Pipe()
			done := startLoad(t, proxy.URI(), stdin, "--workers", "1", "--batch-size", strconv.Itoa(batch), "-")
			first := lines
			if tc.before > 0 {
				first = lines[:tc.before]
			}
			go func() { _, _ = io.WriteString(feed, strings.Join(first, "")) }()
			if err := waitForArticles(ctx, db, 3*batch, done); err != nil {
				t.Fatal(err)
			}
			proxy.Cut()
			cutAt := time.Now()
			if tc.before > 0 {
				go func() {
					_, _ = io.WriteString(feed, strings.Join(lines[tc.before:], ""))
					feed.Close()
				}()
			}
			var res loadResult
			select {
			case res = <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("the load was still running 2 minutes after Neo4j went away")
			}
			feed.Close()
			took := time.Since(cutAt)
			t.Logf("the load ended %s after the cut, exit %d\nstdout:\n%s\nstderr (end):\n%s",
				took.Round(time.Millisecond), res.code, res.stdout, lastLines(res.stderr, 3))
			if took > 60*time.Second {
				t.Errorf("the load took %s to give up after Neo4j went away; want well under a minute", took.Round(time.Second))
			}
			if res.code != 1 {
				t.Errorf("exit code %d, want 1", res.code)
			}
			want := "attache load: cannot reach Neo4j at " + proxy.URI()
			if !strings.Contains(res.stderr, want) || !strings.Contains(res.stderr, "start one with 'make neo4j' or set NEO4J_URI") {
				t.Errorf("stderr does not say %q and how to start one:\n%s", want, lastLines(res.stderr, 10))
			}
			n, err := articleCount(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 || n%batch != 0 || n >= articles {
				t.Errorf("%d articles in the graph after the cut; want a whole number of batches of %d, fewer than all", n, batch)
			}
			loadCLI(t, "--batch-size", strconv.Itoa(batch), path)
			requireSameGraph(t, "after a cut load and a rerun", clean, dump(t, db))
		})
	}
}

type loadResult struct {
	code           int
	stdout, stderr string
}

// startLoad runs `attache load --quiet ARGS` in this process against the
// given Neo4j, reading stdin, and delivers its outcome on the channel.
func startLoad(t *testing.T, uri string, stdin io.Reader, args ...string) <-chan loadResult {
	t.Helper()
	done := make(chan loadResult, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	go func() {
		var out, errb bytes.Buffer
		code := Main(ctx, append([]string{"load", "--quiet"}, args...), &App{
			Stdin:  stdin,
			Stdout: &out,
			Stderr: &errb,
			Getenv: func(k string) string {
				if k == "NEO4J_URI" {
					return uri
				}
				return os.Getenv(k)
			},
		})
		done <- loadResult{code, out.String(), errb.String()}
	}()
	return done
}

func articleCount(ctx context.Context, db *neo4jdb.DB) (int64, error) {
	s, err := db.Stats(ctx)
	if err != nil {
		return 0, err
	}
	return s.Nodes["Article"], nil
}

// waitForArticles polls the graph until it holds at least n articles; it
// gives up if the load ends first.
func waitForArticles[T any](ctx context.Context, db *neo4jdb.DB, n int64, done <-chan T) error {
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if len(done) > 0 {
			return errors.New("the load ended before the cut; make the corpus larger")
		}
		if got, err := articleCount(ctx, db); err != nil {
			return err
		} else if got >= n {
			return nil
		}
	}
	return errors.New("the load wrote nothing for 2 minutes")
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// spoiling extracts as usual but gives articles whose text holds "BREAK"
// an official without a name, which the store rejects.
type spoiling struct{ x *extract.Extractor }

func (s spoiling) Extract(a attache.Article) (*attache.Extraction, error) {
	doc, err := s.x.Extract(a)
	if err == nil && strings.Contains(a.Text, "BREAK") {
		doc.Officials = append(doc.Officials, attache.OfficialFact{Name: ""})
	}
	return doc, err
}

// cutAfterBatchFails is the real store, whose server goes away at the
// moment a batch has been rejected, just before the loader saves the
// batch's articles one by one.
type cutAfterBatchFails struct {
	*neo4jdb.DB
	proxy *cutProxy
}

func (s cutAfterBatchFails) SaveExtractions(ctx context.Context, docs []*attache.Extraction) ([]attache.SaveResult, error) {
	res, err := s.DB.SaveExtractions(ctx, docs)
	if err != nil {
		s.proxy.Cut()
	}
	return res, err
}

// SavePlanned is the loader's usual way to save since the extraction
// workers plan each article (the embedded DB is a loader.PlanningStore):
// it must cut the server on a rejected batch too, or the batch's rejection
// would reach the one-by-one saves with the server still there.
func (s cutAfterBatchFails) SavePlanned(ctx context.Context, docs []*attache.Extraction, plans []any) ([]attache.SaveResult, error) {
	res, err := s.DB.SavePlanned(ctx, docs, plans)
	if err != nil {
		s.proxy.Cut()
	}
	return res, err
}

// When Neo4j goes away while the loader saves a rejected batch article by
// article, the loader stops at the first article that finds it gone rather
// than retrying each of the others for --retry-time.
func TestLoadStopsSoonWhenNeo4jGoesAwayDuringOneByOneSaves(t *testing.T) {
	neo4jtest.Open(t)
	ctx := context.Background()
	proxy := startCutProxy(t, neo4jAddr(t))
	cfg := neo4jdb.ConfigFromEnv(os.Getenv)
	cfg.URI = proxy.URI()
	cfg.MaxRetryTime = defaultLoadRetryTime
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var rows strings.Builder
	for i := range 20 {
		text := "Foreign Minister Ali Sani of Niger met Foreign Minister Ana Reyes of Peru in Lima."
		if i == 0 {
			text = "BREAK. " + text
		}
		fmt.Fprintf(&rows, `{"id":"a%d","text":%q}`+"\n", i, text)
	}
	start := time.Now()
	sum, err := loader.Load(ctx, []string{"-"}, strings.NewReader(rows.String()), spoiling{x}, cutAfterBatchFails{db, proxy},
		loader.Options{Workers: 1, BatchSize: 20})
	took := time.Since(start)
	t.Logf("the load ended after %s: %v; %+v", took.Round(time.Millisecond), err, sum)
	if attache.ErrorCode(err) != attache.EUNAVAILABLE {
		t.Errorf("err = %v, want Neo4j unavailable", err)
	}
	if took > 60*time.Second {
		t.Errorf("took %s to stop; want the time of one article's retries", took.Round(time.Second))
	}
}
