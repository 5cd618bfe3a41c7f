package neo4jdb

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SetTestHook makes SaveExtraction call f between its steps; the returned
// function restores the previous hook.
func SetTestHook(f func(ctx context.Context, tx neo4j.ManagedTransaction, step string) error) (restore func()) {
	old := testHook
	testHook = f
	return func() { testHook = old }
}
