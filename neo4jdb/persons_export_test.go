package neo4jdb

import (
	"context"
	"fmt"
)

// queryEveryMentionClaim is queryPersonAcrossStates as it was before the
// mentions were counted in Cypher: a record of every mention's state.
const queryEveryMentionClaim = `
MATCH (o:Official)
WHERE o.personKey IN $keys
RETURN o.personKey AS key,
       o.id AS id,
       COLLECT {
         MATCH (o)<-[m:MENTIONS]-()
         RETURN m {.country}
       } AS claims
ORDER BY key, id
`

// PersonClaims reads the officials and claims of every person key of the
// graph three times: counted per state in Cypher (queryPersonAcrossStates),
// from every mention, as the save read them before, and from the claims
// the nodes hold (queryPersonsStoredClaims, as a save reads them first).
func PersonClaims(ctx context.Context, db *DB) (counted, everyMention, stored map[string][]string, err error) {
	res, err := db.query(ctx, `MATCH (o:Official) WHERE o.personKey IS NOT NULL RETURN DISTINCT o.personKey AS key`, nil, read)
	if err != nil {
		return nil, nil, nil, err
	}
	var keys []string
	for _, rec := range res.Records {
		keys = append(keys, str(rec, "key"))
	}
	res, err = db.query(ctx, queryPersonAcrossStates, map[string]any{"keys": keys}, read)
	if err != nil {
		return nil, nil, nil, err
	}
	nodes, claims, err := personsOf(res.Records)
	if err != nil {
		return nil, nil, nil, err
	}
	counted = flattenPersons(nodes, claims)
	res, err = db.query(ctx, queryEveryMentionClaim, map[string]any{"keys": keys}, read)
	if err != nil {
		return nil, nil, nil, err
	}
	nodes, claims = map[string][]string{}, map[string][]string{}
	for _, rec := range res.Records {
		key := str(rec, "key")
		nodes[key] = append(nodes[key], str(rec, "id"))
		v, _ := rec.Get("claims")
		list, _ := v.([]any)
		for _, x := range list {
			if c := mapStr(asMap(x), "country"); c != "" {
				claims[key] = addClaim(claims[key], c)
			}
		}
	}
	everyMention = flattenPersons(nodes, claims)
	res, err = db.query(ctx, queryPersonsStoredClaims, map[string]any{"keys": keys, "recount": []string{}}, read)
	if err != nil {
		return nil, nil, nil, err
	}
	nodes, claims, err = personsOf(res.Records)
	if err != nil {
		return nil, nil, nil, err
	}
	return counted, everyMention, flattenPersons(nodes, claims), nil
}

// flattenPersons puts a key's officials and claims in one list.
func flattenPersons(nodes, claims map[string][]string) map[string][]string {
	out := map[string][]string{}
	for key, ids := range nodes {
		out[key] = append(append(out[key], ids...), fmt.Sprint(claims[key]))
	}
	return out
}
