package neo4jdb

import "context"

// queryWriteOldKey gives an official the id an earlier rule of names gave
// it, in its reports' participants too.
const queryWriteOldKey = `
MATCH (o:Official {id: $from})
SET o.id = $to, o.personKey = $personKey, o.nameTail = $nameTail
WITH count(o) AS renamed
MATCH (:Article)-[r:REPORTS]->(:Meeting)
WHERE $from IN r.participants
SET r.participants = [p IN r.participants | CASE p WHEN $from THEN $to ELSE p END]
`

// WriteOldKey turns the official from into one written under an earlier
// rule of names, whose id was to.
func WriteOldKey(ctx context.Context, db *DB, from, to string) error {
	key, _ := personKeyOfID(to)
	_, err := db.query(ctx, queryWriteOldKey, map[string]any{"from": from, "to": to, "personKey": nullable(key), "nameTail": nullable(nameTailOfID(to))}, write)
	return err
}
