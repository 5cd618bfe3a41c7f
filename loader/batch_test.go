package loader

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/attache-project/attache"
)

func jobAt(seq int, failed bool) job {
	j := job{seq: seq}
	if !failed {
		j.doc = &attache.Extraction{}
	}
	return j
}

func seqs(batches [][]job) [][]int {
	var out [][]int
	for _, b := range batches {
		var s []int
		for _, j := range b {
			s = append(s, j.seq)
		}
		out = append(out, s)
	}
	return out
}

// Articles that finish out of turn are batched in reading order, failed
// ones keep their place without being written, and the last batch may be
// short.
func TestBatchInOrder(t *testing.T) {
	for _, tc := range []struct {
		name     string
		arrivals []job
		size     int
		want     [][]int
	}{
		{"in order", []job{jobAt(0, false), jobAt(1, false), jobAt(2, false)}, 2, [][]int{{0, 1}, {2}}},
		{"swapped neighbours", []job{jobAt(1, false), jobAt(0, false), jobAt(3, false), jobAt(2, false)}, 3, [][]int{{0, 1, 2}, {3}}},
		{"a failure holds its place", []job{jobAt(2, false), jobAt(1, true), jobAt(0, false), jobAt(3, false)}, 2, [][]int{{0, 2}, {3}}},
		{"one by one", []job{jobAt(2, false), jobAt(0, false), jobAt(1, false)}, 1, [][]int{{0}, {1}, {2}}},
		{"nothing", nil, 5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := make(chan job, len(tc.arrivals))
			for _, j := range tc.arrivals {
				in <- j
			}
			close(in)
			out := make(chan []job)
			go batchInOrder(context.Background(), in, out, tc.size, time.Hour)
			var got [][]job
			for b := range out {
				got = append(got, b)
			}
			if !reflect.DeepEqual(seqs(got), tc.want) {
				t.Errorf("batches %v, want %v", seqs(got), tc.want)
			}
		})
	}
}

// A source that goes quiet does not keep its articles unwritten: a
// part-filled batch goes after flushAfter, while the source is still open.
func TestBatchInOrderFlushesAQuietSource(t *testing.T) {
	in := make(chan job)
	out := make(chan []job)
	go batchInOrder(context.Background(), in, out, 500, 20*time.Millisecond)
	in <- jobAt(0, false)
	in <- jobAt(1, false)
	select {
	case b := <-out:
		if got := seqs([][]job{b}); !reflect.DeepEqual(got, [][]int{{0, 1}}) {
			t.Errorf("flushed %v, want [[0 1]]", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a part-filled batch was not written while the source stayed open")
	}
	in <- jobAt(2, false)
	close(in)
	if b := <-out; len(b) != 1 || b[0].seq != 2 {
		t.Errorf("last batch %v, want [2]", seqs([][]job{b}))
	}
	if _, open := <-out; open {
		t.Error("batches not closed after the source ended")
	}
}

// A batch that falls due while no writer is free goes on filling until
// one takes it: the articles extracted meanwhile go in it, not in a run of
// small batches.
func TestBatchInOrderFillsADueBatchUntilAWriterTakesIt(t *testing.T) {
	in := make(chan job, 8) // the extractors go on while no writer is free
	out := make(chan []job)
	go batchInOrder(context.Background(), in, out, 10, time.Nanosecond)
	in <- jobAt(0, false)
	time.Sleep(50 * time.Millisecond) // the batch's timer has fired; no writer reads out
	for seq := 1; seq <= 5; seq++ {
		in <- jobAt(seq, false)
	}
	close(in)
	// The batcher takes them all before a writer comes (a batcher that
	// sent the due batch as it was takes none while it waits).
	for wait := 0; len(in) > 0 && wait < 2000; wait++ {
		time.Sleep(time.Millisecond)
	}
	var got [][]job
	for b := range out {
		got = append(got, b)
	}
	if want := [][]int{{0, 1, 2, 3, 4, 5}}; !reflect.DeepEqual(seqs(got), want) {
		t.Errorf("batches %v, want %v", seqs(got), want)
	}
}
