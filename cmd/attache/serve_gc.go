package main

import "runtime/debug"

// The server's collector settings. A GraphQL answer allocates its whole
// tree of marshallers (gqlgen builds one value per field and a goroutine
// per list element), so at Go's default (GOGC=100, a collection whenever
// the heap doubles over a live heap of a few tens of MB) the collector
// and its allocation assists took about a third of the CPU of an
// officialsWhoMet request (docs/BENCHMARKS.md). Letting the heap grow to
// five times the live heap makes collections a quarter as frequent; the
// soft memory limit makes the collector work harder again before the
// process gets large.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 1 << 30 // bytes
)

// tuneGC applies the server's collector settings unless the environment
// sets GOGC or GOMEMLIMIT (the operator's choice wins). It says whether it
// changed them.
func tuneGC(getenv func(string) string) bool {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return false
	}
	debug.SetGCPercent(serveGCPercent)
	debug.SetMemoryLimit(serveMemoryLimit)
	return true
}
