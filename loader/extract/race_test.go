//go:build race

package extract

// raceEnabled says the race detector runs, which makes the code 5-10 times
// slower: tests with time bounds widen them.
const raceEnabled = true
