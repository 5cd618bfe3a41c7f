package graph

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/attache-project/attache"
)

// storeBreaker makes requests fail fast while Neo4j is known to be down:
// once a read finds the store unavailable, every request that needs it
// answers UNAVAILABLE at once instead of waiting out its timeout, while
// one background probe asks the health service until Neo4j answers again.
// Without a health service the window simply ends after backoff, and the
// next request tries the store.
type storeBreaker struct {
	health  attache.HealthService
	logger  *slog.Logger
	backoff time.Duration
	// downUntil is when the breaker lets requests through again (Unix
	// nanoseconds); 0 while the store is up.
	downUntil atomic.Int64
	probing   atomic.Bool
}

// errStoreDown marks the answers given without asking the store.
var errStoreDown = errors.New("answered without asking Neo4j: it did not answer a moment ago")

// storeBackoff is the window of fast failures after an unavailable store,
// renewed by every probe that fails.
const storeBackoff = 2 * time.Second

func newStoreBreaker(health attache.HealthService, logger *slog.Logger) *storeBreaker {
	return &storeBreaker{health: health, logger: logger, backoff: storeBackoff}
}

func (b *storeBreaker) down() bool {
	until := b.downUntil.Load()
	return until != 0 && time.Now().UnixNano() < until
}

// trip opens the window and starts the probe, once.
func (b *storeBreaker) trip() {
	b.downUntil.Store(time.Now().Add(b.backoff).UnixNano())
	if b.health == nil || !b.probing.CompareAndSwap(false, true) {
		return
	}
	b.logger.Warn("the graph store is unavailable: answering UNAVAILABLE at once until it answers again")
	go b.probe()
}

// probe asks the health service every half backoff until it answers.
func (b *storeBreaker) probe() {
	defer b.probing.Store(false)
	for {
		time.Sleep(b.backoff / 2)
		ctx, cancel := context.WithTimeout(context.Background(), b.backoff)
		_, err := b.health.ServerInfo(ctx)
		cancel()
		if err == nil {
			b.downUntil.Store(0)
			b.logger.Info("the graph store answers again")
			return
		}
		b.downUntil.Store(time.Now().Add(b.backoff).UnixNano())
	}
}

// storeFree are the root fields answered without the store: the health
// report says itself that Neo4j is down.
var storeFree = map[string]bool{"health": true, "__typename": true, "__schema": true, "__type": true}

// aroundRootFields answers UNAVAILABLE for every root field that needs
// the store while the breaker is open.
func (b *storeBreaker) aroundRootFields(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if !b.down() || storeFree[graphql.GetRootFieldContext(ctx).Field.Name] {
		return next(ctx)
	}
	graphql.AddError(ctx, &attache.Error{Code: attache.EUNAVAILABLE, Message: StoreUnavailable, Err: errStoreDown})
	return graphql.Null
}
