package neo4jdb

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// An API read is one statement that only reads, so it runs as an
// auto-commit transaction: the driver pipelines RUN and PULL and the answer
// comes back in one round trip, where a managed transaction (ExecuteQuery,
// ExecuteRead) also waits for a COMMIT, a second round trip per request on
// a statement of one or two milliseconds. Auto-commit transactions are not
// retried by the driver, so autoCommitRead retries what the managed
// transaction would (neo4j.IsRetryable: transient errors, a connection that
// died, a pool timeout), within the same bounds: the request's deadline and
// the configured maximum retry time. Reads are idempotent, so running one
// again is safe.

// Retry pacing: the first retry is immediate (the usual failure is a pooled
// connection the server closed, and the next one is fine); later ones wait
// twice as long each time from readRetryDelay, with ±20 % jitter so clients
// that failed together do not come back together.
const (
	readRetryDelay    = 50 * time.Millisecond
	readRetryMaxDelay = 2 * time.Second
	// defaultReadRetryTime is the driver's default MaxTransactionRetryTime.
	defaultReadRetryTime = 30 * time.Second
)

// readRetry bounds and paces the retries of one read.
type readRetry struct {
	maxTime time.Duration
	// sleep waits d or until ctx ends; tests replace it.
	sleep func(ctx context.Context, d time.Duration) error
	// retryable says whether an error may pass with another try.
	retryable func(error) bool
	now       func() time.Time
}

func newReadRetry(maxTime time.Duration) readRetry {
	if maxTime <= 0 {
		maxTime = defaultReadRetryTime
	}
	return readRetry{maxTime: maxTime, sleep: sleepCtx, retryable: neo4j.IsRetryable, now: time.Now}
}

// do runs attempt until it succeeds, fails with an error that is not
// retryable, the context ends, or the next try would start after maxTime
// from the first or after the context's deadline. It returns the last
// attempt's result and how many attempts it made; an error after the
// context ended wraps the context's error too.
func (r readRetry) do(ctx context.Context, attempt func() ([]*neo4j.Record, error)) ([]*neo4j.Record, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err // a request that has ended asks nothing
	}
	start := r.now()
	delay := time.Duration(0)
	for tries := 1; ; tries++ {
		records, err := attempt()
		if err == nil {
			return records, tries, nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			// The request ended during the try: that is the cause,
			// whatever the driver made of it (an expired context can
			// come back as a connectivity error), as the managed
			// transaction reported it.
			return nil, tries, errors.Join(ctxErr, err)
		}
		if !r.retryable(err) {
			return nil, tries, err
		}
		wait := jitter(delay)
		next := r.now().Add(wait)
		if next.Sub(start) > r.maxTime {
			return nil, tries, err
		}
		if deadline, ok := ctx.Deadline(); ok && !next.Before(deadline) {
			return nil, tries, err
		}
		if wait > 0 {
			if r.sleep(ctx, wait) != nil {
				return nil, tries, err
			}
		}
		delay = min(max(2*delay, readRetryDelay), readRetryMaxDelay)
	}
}

// jitter spreads d by ±20 %.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	spread := float64(d) * 0.2
	return d - time.Duration(spread) + time.Duration(2*spread*rand.Float64())
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// autoCommitRead runs one read statement as an auto-commit transaction in
// a read-routed session and returns all its records. The session shares
// the bookmarks of ExecuteQuery, as the managed reads did, so a read after
// the store's own ExecuteQuery writes sees them on a cluster too. timeout,
// when positive, is the transaction's timeout on the server.
func (db *DB) autoCommitRead(ctx context.Context, cypher string, params map[string]any, timeout time.Duration) ([]*neo4j.Record, error) {
	session := db.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:      neo4j.AccessModeRead,
		DatabaseName:    db.cfg.Database,
		FetchSize:       neo4j.FetchAll,
		BookmarkManager: db.driver.ExecuteQueryBookmarkManager(),
	})
	defer func() { _ = session.Close(context.WithoutCancel(ctx)) }()
	var configurers []func(*neo4j.TransactionConfig)
	if timeout > 0 {
		configurers = append(configurers, neo4j.WithTxTimeout(timeout))
	}
	res, err := session.Run(ctx, cypher, params, configurers...)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
