package neo4jdb

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/attache-project/attache"
)

// Compiled official(id) with its counterparts: the folded statement of
// compiled_root.go projecting only the fields the GraphQL query selects.
// officialProjection reads the official's and every counterpart's aliases,
// level and organisation whatever the question; the analysts' question asks
// the official's name and the counterparts' id, name, title and state. The
// projections are put together from officialFragments only: a field path
// that names none is refused.

// compiledOfficials caches the statements compiled, by their sorted field
// paths; it stops growing at maxCompiledWhoMet shapes.
var compiledOfficials = struct {
	sync.RWMutex
	m map[string]map[string]string
}{m: map[string]map[string]string{}}

// OfficialWithCounterpartsSelected is OfficialWithCounterparts reading only
// the fields named by paths: "<field>" of the official,
// "counterparts.official.<field>" of the counterparts' officials. Ids are
// always read; fields not named are left zero.
func (s *ReadStore) OfficialWithCounterpartsSelected(ctx context.Context, id string, first *int, paths []string) (o attache.OfficialView, cs []attache.Counterpart, found bool, err error) {
	queries, err := officialStatements(paths)
	if err != nil {
		return o, nil, false, err
	}
	return s.officialWithCounterparts(ctx, "officialWithCounterpartsSelected", id, first, queries)
}

// officialStatements returns the compiled statements for paths, by the key
// of queryFoldedOfficial, from the cache when it holds them.
func officialStatements(paths []string) (map[string]string, error) {
	sorted := uniqueSorted(paths)
	key := strings.Join(sorted, ",")
	compiledOfficials.RLock()
	c, ok := compiledOfficials.m[key]
	compiledOfficials.RUnlock()
	if ok {
		return c, nil
	}
	c, err := compileOfficial(sorted)
	if err != nil {
		return nil, err
	}
	compiledOfficials.Lock()
	if len(compiledOfficials.m) < maxCompiledWhoMet {
		compiledOfficials.m[key] = c
	}
	compiledOfficials.Unlock()
	return c, nil
}

// compileOfficial builds the three statements of queryFoldedOfficial with
// the projections of paths in place of officialProjection.
func compileOfficial(paths []string) (map[string]string, error) {
	me, other := []string{"id"}, []string{"id"}
	for _, path := range paths {
		field, ok := strings.CutPrefix(path, "counterparts.official.")
		if _, known := officialFragments[field]; !known {
			return nil, fmt.Errorf("official: no projection for the field %q", path)
		}
		if ok {
			other = append(other, field)
		} else {
			me = append(me, field)
		}
	}
	full, meProj, otherProj := as(officialProjection, "o"), project(officialFragments, me, "me"), project(officialFragments, other, "o")
	out := make(map[string]string, len(queryFoldedOfficial))
	for key, cypher := range queryFoldedOfficial {
		cypher = strings.Replace(cypher, as(officialProjection, "me"), meProj, 1)
		out[key] = strings.Replace(cypher, full, otherProj, 1)
	}
	return out, nil
}
