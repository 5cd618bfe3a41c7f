package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// loadProfiles are the --cpuprofile and --memprofile of a load: where the
// loader's time and memory go, on the real command rather than a test
// binary, so that a load's growth with the corpus can be read from pprof.
type loadProfiles struct {
	cpuFile *os.File
	memPath string

	stop chan struct{}
	done sync.WaitGroup
	// peak is the largest heap seen (bytes of heap objects) and profile the
	// heap profile taken there, written out when the load ends.
	peak    uint64
	profile []byte
	err     error
}

// heapSampleEvery is how often the heap is sampled for its peak: often
// enough to catch a save's garbage (a batch takes a few hundred ms), rarely
// enough to cost nothing measurable.
const heapSampleEvery = 50 * time.Millisecond

// heapPeakStep is how much a new peak must exceed the one profiled before
// it is profiled again, so a slowly rising heap does not write a profile
// at every sample.
const heapPeakStep = 1 << 20

// startLoadProfiles starts the CPU profile into cpuPath and the sampling of
// the heap's peak for memPath (either may be empty).
func startLoadProfiles(cpuPath, memPath string) (*loadProfiles, error) {
	p := &loadProfiles{memPath: memPath, stop: make(chan struct{})}
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			_ = f.Close()
			return nil, fmt.Errorf("--cpuprofile %s: %w", cpuPath, err)
		}
		p.cpuFile = f
	}
	if memPath != "" {
		p.done.Add(1)
		go p.sampleHeap()
	}
	return p, nil
}

// sampleHeap takes a heap profile whenever the heap passes its peak so far,
// until stop is closed. The profile's in-use figures are those of the last
// collection before the peak; its allocated figures count everything up to
// it.
func (p *loadProfiles) sampleHeap() {
	defer p.done.Done()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	tick := time.NewTicker(heapSampleEvery)
	defer tick.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		heap := sample[0].Value.Uint64()
		if p.profile != nil && heap < p.peak+heapPeakStep {
			continue
		}
		var buf bytes.Buffer
		if err := pprof.Lookup("heap").WriteTo(&buf, 0); err != nil {
			p.err = err
			return
		}
		p.peak, p.profile = heap, buf.Bytes()
	}
}

// finish stops the profiles and writes the heap profile of the peak; the
// heap at the peak goes to the log so a run can be compared without pprof.
func (p *loadProfiles) finish(app *App) error {
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
	}
	if p.memPath == "" {
		return nil
	}
	close(p.stop)
	p.done.Wait()
	if p.err != nil {
		return fmt.Errorf("--memprofile: %w", p.err)
	}
	if p.profile == nil { // a load shorter than one sample
		runtime.GC()
		var buf bytes.Buffer
		if err := pprof.Lookup("heap").WriteTo(&buf, 0); err != nil {
			return fmt.Errorf("--memprofile: %w", err)
		}
		p.profile = buf.Bytes()
	}
	if err := os.WriteFile(p.memPath, p.profile, 0o644); err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	fmt.Fprintf(app.Stderr, "heap profile at the peak of heap objects (%.1f MB) written to %s\n", float64(p.peak)/(1<<20), p.memPath)
	return nil
}
