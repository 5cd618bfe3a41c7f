package neo4jdb

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Dump writes the graph as sorted text, one node or relationship a line,
// for tests that compare graphs: nodes with their labels and properties
// (ingestedAt, which records when rather than what, left out), and
// relationships with their type, the keys of both ends and their properties.

const queryDumpNodes = `
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
`

// The precomputed aggregates (aggregates.go) are left out: they are
// derived from the rest, and TestAggregatesEqualRecomputation checks them.
const queryDumpRelationships = `
MATCH (a)-[r]->(b)
WHERE NOT type(r) IN $derived
RETURN labels(a) AS fromLabels,
       properties(a) AS fromProps,
       type(r) AS type,
       properties(r) AS props,
       labels(b) AS toLabels,
       properties(b) AS toProps
`

// nodeKeys names the key property of each label.
var nodeKeys = map[string]string{
	"Article": "id", "Official": "id", "Country": "code", "Meeting": "id", "Issue": "id",
}

// Dump returns the canonical text of the whole graph.
func (db *DB) Dump(ctx context.Context) (string, error) {
	var lines []string
	nodes, err := db.query(ctx, queryDumpNodes, nil, read)
	if err != nil {
		return "", db.storeError("dump nodes", err)
	}
	for _, rec := range nodes.Records {
		lines = append(lines, "("+labelsText(rec.Values[0])+" "+propsText(rec.Values[1], "ingestedAt")+")")
	}
	rels, err := db.query(ctx, queryDumpRelationships, map[string]any{"derived": aggregateTypes}, read)
	if err != nil {
		return "", db.storeError("dump relationships", err)
	}
	for _, rec := range rels.Records {
		v := rec.Values
		lines = append(lines, fmt.Sprintf("(%s)-[:%v %s]->(%s)",
			keyText(v[0], v[1]), v[2], propsText(v[3]), keyText(v[4], v[5])))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n", nil
}

func labelsText(v any) string {
	list, _ := v.([]any)
	var labels []string
	for _, l := range list {
		labels = append(labels, fmt.Sprint(l))
	}
	sort.Strings(labels)
	return ":" + strings.Join(labels, ":")
}

// keyText names a node by its labels and key property.
func keyText(labels, props any) string {
	l := labelsText(labels)
	p, _ := props.(map[string]any)
	for _, label := range strings.Split(strings.TrimPrefix(l, ":"), ":") {
		if key, ok := nodeKeys[label]; ok {
			return l + " {" + key + ": " + valueText(p[key]) + "}"
		}
	}
	return l + " " + propsText(props, "ingestedAt")
}

// propsText writes properties sorted by name, values as JSON.
func propsText(v any, skip ...string) string {
	props, _ := v.(map[string]any)
	keys := make([]string, 0, len(props))
	for k := range props {
		if !contains(skip, k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + valueText(props[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func valueText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
