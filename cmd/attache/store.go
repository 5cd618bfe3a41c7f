package main

import (
	"context"
	"flag"
	"log/slog"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb"
)

// neo4jFlags adds the connection flags to fs; they override NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. The returned function gives
// the final configuration once fs is parsed.
func neo4jFlags(fs *flag.FlagSet, app *App) func() neo4jdb.Config {
	env := neo4jdb.ConfigFromEnv(app.Getenv)
	uri := fs.String("neo4j-uri", env.URI, "Neo4j `URI` (bolt:// or neo4j:// for a cluster); env NEO4J_URI")
	user := fs.String("neo4j-user", env.User, "Neo4j `user`; env NEO4J_USER")
	password := fs.String("neo4j-password", env.Password, "Neo4j `password`; env NEO4J_PASSWORD")
	database := fs.String("neo4j-database", env.Database, "Neo4j `database` (empty: the server's default); env NEO4J_DATABASE")
	return func() neo4jdb.Config {
		cfg := env
		cfg.URI, cfg.User, cfg.Password, cfg.Database = *uri, *user, *password, *database
		return cfg
	}
}

// openStore connects to Neo4j, applies the schema and labels the policy
// issues from the taxonomy; it fails within a few seconds, naming the URI,
// when Neo4j cannot be reached. A store that refuses the labels (a
// read-only user) is still served: that is logged, not fatal.
func openStore(ctx context.Context, cfg neo4jdb.Config, logger *slog.Logger) (*neo4jdb.DB, error) {
	return openStoreWith(ctx, cfg, logger, nil)
}

// openStoreWith is openStore for a caller that has built an extractor
// already (loading its reference data takes a while): the taxonomy comes
// from x, or from a new extractor when x is nil.
func openStoreWith(ctx context.Context, cfg neo4jdb.Config, logger *slog.Logger, x *extract.Extractor) (*neo4jdb.DB, error) {
	db, err := neo4jdb.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if x == nil {
		x, err = extract.New()
	}
	if err == nil {
		err = db.SaveIssues(ctx, x.Taxonomy())
	}
	if err != nil {
		logger.Warn("the policy issues keep their ids as labels", "reason", err)
	}
	return db, nil
}

// healthService adapts the store to the API's health interface.
type healthService struct{ db *neo4jdb.DB }

func (h healthService) ServerInfo(ctx context.Context) (attache.ServerInfo, error) {
	version, edition, err := h.db.ServerInfo(ctx)
	return attache.ServerInfo{Version: version, Edition: edition}, err
}
