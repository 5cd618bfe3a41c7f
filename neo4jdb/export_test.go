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

// queryForgetOfficialKeys makes officials look as an earlier version
// stored them: no keys of their title and level, no dates on the node.
const queryForgetOfficialKeys = `
MATCH (o:Official)
REMOVE o.titleKey, o.levelKey, o.firstSeen, o.lastSeen
`

// ForgetOfficialKeys turns the stored officials into those of a graph
// written before officials were folded incrementally.
func ForgetOfficialKeys(ctx context.Context, db *DB) error {
	_, err := db.query(ctx, queryForgetOfficialKeys, nil, write)
	return err
}

// queryForgetNameTails makes officials look as a version before the
// official_name_tail index stored them: no nameTail.
const queryForgetNameTails = `
MATCH (o:Official)
REMOVE o.nameTail
`

// ForgetNameTails turns the stored officials into those of a graph
// written before officials had a nameTail.
func ForgetNameTails(ctx context.Context, db *DB) error {
	_, err := db.query(ctx, queryForgetNameTails, nil, write)
	return err
}
