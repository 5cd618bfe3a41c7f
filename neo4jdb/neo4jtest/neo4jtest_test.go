package neo4jtest_test

import (
	"context"
	"testing"

	"github.com/attache-project/attache/neo4jdb/neo4jtest"
)

// A subtest may open the store again while its parent holds the lock.
func TestNestedOpenDoesNotWaitForItself(t *testing.T) {
	db := neo4jtest.Open(t)
	t.Run("inner", func(t *testing.T) {
		inner := neo4jtest.Open(t)
		if err := inner.Ping(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
	if err := db.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestOpenGivesAnEmptyGraph(t *testing.T) {
	db := neo4jtest.Open(t)
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Nodes) != 0 || len(s.Relationships) != 0 {
		t.Errorf("graph not empty at start: %+v", s)
	}
}
