package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// The server's collector settings apply only when the environment leaves
// the collector alone.
func TestTuneGCLeavesTheOperatorsSettings(t *testing.T) {
	percent := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
	for _, tc := range []struct {
		name        string
		env         map[string]string
		wantChanged bool
		wantPercent int
		wantLimit   int64
	}{
		{"nothing set", nil, true, serveGCPercent, serveMemoryLimit},
		{"GOGC set", map[string]string{"GOGC": "50"}, false, 100, math.MaxInt64},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "2GiB"}, false, 100, math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			changed := tuneGC(func(k string) string { return tc.env[k] })
			gotPercent := debug.SetGCPercent(100)
			gotLimit := debug.SetMemoryLimit(math.MaxInt64)
			if changed != tc.wantChanged || gotPercent != tc.wantPercent || gotLimit != tc.wantLimit {
				t.Errorf("tuneGC = %v, GOGC %d, limit %d; want %v, %d, %d", changed, gotPercent, gotLimit, tc.wantChanged, tc.wantPercent, tc.wantLimit)
			}
		})
	}
}
