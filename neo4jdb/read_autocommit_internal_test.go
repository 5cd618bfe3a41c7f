package neo4jdb

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// The auto-commit read retries what a managed transaction would retry, and
// stops where it would: at an error that is not transient, at the maximum
// retry time, at the request's deadline.
func TestReadRetryRetriesWhatAManagedTransactionWould(t *testing.T) {
	transient := func() error { return &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"} }
	syntax := func() error { return &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"} }
	lost := func() error { return &neo4j.ConnectivityError{Inner: errors.New("connection reset by peer")} }
	ok := []*neo4j.Record{{Keys: []string{"n"}, Values: []any{int64(1)}}}

	cases := []struct {
		name      string
		failures  []func() error // the attempts' errors before one succeeds
		maxTime   time.Duration
		deadline  time.Duration // 0: no deadline
		wantTries int
		wantErr   bool
		wantSlept []time.Duration // the nominal waits (jitter removed)
	}{
		{name: "first try", wantTries: 1},
		{name: "a lost connection, then fine: retried at once", failures: []func() error{lost},
			wantTries: 2, wantSlept: nil},
		{name: "transient errors back off", failures: []func() error{transient, transient, transient},
			wantTries: 4, wantSlept: []time.Duration{readRetryDelay, 2 * readRetryDelay}},
		{name: "a client error is not retried", failures: []func() error{syntax, transient},
			wantTries: 1, wantErr: true},
		{name: "the maximum retry time ends the retries", failures: repeat(transient, 100),
			maxTime: 300 * time.Millisecond, wantErr: true,
			// waits of 0, 50 and 100 ms; a fourth of 200 ms would end at 350 ms.
			wantTries: 4, wantSlept: []time.Duration{readRetryDelay, 2 * readRetryDelay}},
		{name: "the deadline ends the retries", failures: repeat(lost, 100),
			deadline: 120 * time.Millisecond, wantErr: true,
			wantTries: 3, wantSlept: []time.Duration{readRetryDelay}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			if c.deadline > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, c.deadline)
				defer cancel()
			}
			// Simulated time: sleeping advances a clock that the retry
			// reads through its start, so nothing here waits for real.
			var slept []time.Duration
			r := newReadRetry(c.maxTime)
			var offset time.Duration
			r.sleep = func(_ context.Context, d time.Duration) error {
				slept = append(slept, d)
				offset += d
				return nil
			}
			r.now = func() time.Time { return time.Now().Add(offset) }
			tries := 0
			records, n, err := r.do(ctx, func() ([]*neo4j.Record, error) {
				tries++
				if tries <= len(c.failures) {
					return nil, c.failures[tries-1]()
				}
				return ok, nil
			})
			if n != tries || n != c.wantTries {
				t.Errorf("attempts: reported %d, made %d, want %d", n, tries, c.wantTries)
			}
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, c.wantErr)
			}
			if err == nil && len(records) != 1 {
				t.Errorf("records = %v, want the successful attempt's", records)
			}
			if len(slept) != len(c.wantSlept) {
				t.Fatalf("waits %v, want about %v", slept, c.wantSlept)
			}
			for i, d := range slept {
				if want := c.wantSlept[i]; d < want*8/10 || d > want*12/10 {
					t.Errorf("wait %d = %v, want %v ± 20 %%", i, d, want)
				}
			}
		})
	}
}

// A request whose context has ended asks nothing; one that ends during a
// try is not retried, and its error is the context's, whatever the driver
// made of it (an expired context can come back as a connectivity error).
func TestReadRetryStopsWhenTheRequestEnds(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: errors.New("dial tcp: i/o timeout")}
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	r := newReadRetry(time.Minute)
	_, n, err := r.do(ended, func() ([]*neo4j.Record, error) { return nil, lost })
	if n != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("ended request: %d attempts, err %v; want none and the context's error", n, err)
	}

	during, cancel := context.WithCancel(context.Background())
	_, n, err = r.do(during, func() ([]*neo4j.Record, error) {
		cancel()
		return nil, lost
	})
	if n != 1 || !errors.Is(err, context.Canceled) || !errors.Is(err, lost) {
		t.Errorf("request ended during a try: %d attempts, err %v; want one and both errors", n, err)
	}
}

func repeat(f func() error, n int) []func() error {
	out := make([]func() error, n)
	for i := range out {
		out[i] = f
	}
	return out
}

// An auto-commit read answers when its request's deadline comes, also
// against a server that accepted the connection and says nothing (the
// driver's acquisition timeout is 5 s here): the request's context
// reaches the driver, which races its reads against it.
func TestReadEndsAtTheRequestDeadline(t *testing.T) {
	uri := SilentBoltServer(t)
	driver, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth("neo4j", "x", ""), func(c *config.Config) {
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.SocketConnectTimeout = 5 * time.Second
	})
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(context.Background())
	rs := NewReadStore(&DB{driver: driver, cfg: Config{URI: uri, ConnectTimeout: 5 * time.Second}}, nil)

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = rs.run(ctx, "test", "RETURN 1", nil)
	elapsed := time.Since(start)
	if attache.ErrorCode(err) != attache.ETIMEOUT {
		t.Errorf("err = %v, want a timeout", err)
	}
	if elapsed > 2*time.Second {
		t.Errorf("the read took %s with 300 ms left", elapsed)
	}
}
