package main

import (
	"context"
	"errors"
)

// neo4jCommand is replaced by the local-server launcher's subcommand.
func neo4jCommand() *command {
	return &command{
		Name:    "neo4j",
		Summary: "start, stop or report the local Neo4j server",
		Usage:   "Usage: attache neo4j start|stop|status",
		Run: func(ctx context.Context, app *App, args []string) error {
			return errors.New("not built yet")
		},
	}
}
