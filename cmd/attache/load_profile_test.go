package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// TestLoadMemoryProfile loads ATTACHE_PROFILE_ARTICLES generated articles
// (seed 1) with `attache load` in this process and logs the peak of the
// heap in objects, sampled as the load runs, so that a loader whose memory grows
// with the corpus shows it, and `go test -memprofile` says where:
//
//	ATTACHE_PROFILE_ARTICLES=20000 go test ./cmd/attache -run TestLoadMemoryProfile -v -memprofile mem.out
//
// It measures rather than asserts (the heap depends on the garbage
// collector's timing), and is skipped without the variable.
func TestLoadMemoryProfile(t *testing.T) {
	n := envInt(t, "ATTACHE_PROFILE_ARTICLES", 0)
	if n == 0 {
		t.Skip("ATTACHE_PROFILE_ARTICLES is not set")
	}
	neo4jtest.Open(t)
	path, _ := corpusWithTruth(t, n, 1)
	runtime.GC()
	stop := samplePeakHeap()
	start := time.Now()
	load(t, path)
	elapsed := time.Since(start)
	t.Logf("%d articles in %s (%.0f articles/s); peak heap in objects %.1f MB", n, elapsed.Round(time.Millisecond),
		float64(n)/elapsed.Seconds(), float64(stop())/(1<<20))
}

// samplePeakHeap samples the bytes of heap objects (live, and dead ones
// not yet swept: runtime/metrics' /memory/classes/heap/objects) every
// 20 ms until the returned stop is called, which gives their maximum.
func samplePeakHeap() (stop func() uint64) {
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// TestLoadWritesProfiles: --cpuprofile and --memprofile write pprof files
// (gzipped protocol buffers) of the load, here a dry run of generated
// articles, which needs no Neo4j.
func TestLoadWritesProfiles(t *testing.T) {
	path, _ := corpusWithTruth(t, 200, 3)
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	code, stdout, stderr := run(t, context.Background(), nil, "load", "--dry-run", "--quiet",
		"--cpuprofile", cpu, "--memprofile", mem, path)
	if code != 0 {
		t.Fatalf("exit code %d: %s%s", code, stdout, stderr)
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s: not a gzipped pprof profile (%d bytes)", p, len(b))
		}
	}
	if !strings.Contains(stderr, "heap profile at the peak") {
		t.Errorf("stderr does not say where the heap profile went: %q", stderr)
	}
}
