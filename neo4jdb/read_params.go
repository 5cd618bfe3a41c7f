package neo4jdb

import "sync"

// The read statements share their parameter builders across shapes (a
// meetings statement compiled for two states gets the parameters of every
// filter: issue, host, kinds, statuses and the rest, mostly null or
// empty), and every parameter sent is packed by the driver, unpacked by
// Neo4j and part of the key of Neo4j's query cache. usedParams drops those
// the statement does not name, so a statement is sent with what it reads.

// statementParams caches, per statement text, the parameter names it
// uses. Statements are the store's own constants or compiled from its own
// fragments (a few hundred shapes at most, compiledWhoMet and the other
// caches bound them), so the map stays small; it stops growing at
// maxStatementParams entries all the same.
var statementParams = struct {
	sync.RWMutex
	m map[string]map[string]struct{}
}{m: map[string]map[string]struct{}{}}

const maxStatementParams = 4096

// usedParams returns params without the parameters cypher does not name
// ($name); params itself when it names them all. params is not changed.
func usedParams(cypher string, params map[string]any) map[string]any {
	if len(params) == 0 {
		return params
	}
	names := paramNames(cypher)
	unused := 0
	for k := range params {
		if _, ok := names[k]; !ok {
			unused++
		}
	}
	if unused == 0 {
		return params
	}
	out := make(map[string]any, len(params)-unused)
	for k, v := range params {
		if _, ok := names[k]; ok {
			out[k] = v
		}
	}
	return out
}

// paramNames are the names of the parameters cypher names, from the cache
// when it has been seen. A "$" inside a string literal counts too: a
// parameter kept for nothing is harmless, one dropped that is used would
// fail the statement.
func paramNames(cypher string) map[string]struct{} {
	statementParams.RLock()
	names, ok := statementParams.m[cypher]
	statementParams.RUnlock()
	if ok {
		return names
	}
	names = scanParamNames(cypher)
	statementParams.Lock()
	if len(statementParams.m) < maxStatementParams {
		statementParams.m[cypher] = names
	}
	statementParams.Unlock()
	return names
}

// scanParamNames finds every $name in cypher: a dollar sign followed by
// letters, digits and underscores, or by a name in backticks.
func scanParamNames(cypher string) map[string]struct{} {
	names := map[string]struct{}{}
	for i := 0; i < len(cypher); i++ {
		if cypher[i] != '$' || i+1 >= len(cypher) {
			continue
		}
		if cypher[i+1] == '`' {
			end := i + 2
			for end < len(cypher) && cypher[end] != '`' {
				end++
			}
			names[cypher[i+2:end]] = struct{}{}
			i = end
			continue
		}
		end := i + 1
		for end < len(cypher) && isParamNameByte(cypher[end]) {
			end++
		}
		if end > i+1 {
			names[cypher[i+1:end]] = struct{}{}
		}
		i = end - 1
	}
	return names
}

func isParamNameByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c >= 0x80
}
