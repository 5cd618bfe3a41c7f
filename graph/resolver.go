// Package graph is Attaché's GraphQL API: gqlgen's generated executor and
// thin resolvers over the domain's service interfaces. It never imports the
// Neo4j driver; everything it reads comes through the interfaces in Resolver.
package graph

import "github.com/attache-project/attache"

//go:generate go tool gqlgen generate

// Resolver holds the services the resolvers read through.
type Resolver struct {
	HealthCheck attache.HealthService
	// Read answers every query.
	Read attache.ReadService
	// Ingest runs the ingestArticle mutation; nil turns mutations off.
	Ingest attache.Ingester
	// CountryAliases maps the lower-cased common names of states ("usa",
	// "u.k.", "britain") to ISO codes; cmd/attache fills it from the
	// extractor's gazetteer, which this package may not import.
	CountryAliases map[string]string
	// MaxPageSize bounds `first` on every list (DefaultMaxPageSize when 0).
	MaxPageSize int
	// NoFastPath sends every query through gqlgen's generated executor
	// (fastpath.go), for tests that compare the two.
	NoFastPath bool
	// OnFastPath, when set, learns of each query the fast path takes
	// whether it answered (true) or left it to the generated executor.
	OnFastPath func(answered bool)
}
