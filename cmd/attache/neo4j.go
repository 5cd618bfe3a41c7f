package main

import (
	"context"
	"fmt"
	"time"

	"github.com/attache-project/attache/neo4jlocal"
)

const neo4jUsage = `Usage: attache neo4j start|stop|status [flags]

Gives a running Neo4j 5.26 Community server, choosing the first route that applies:
  env     NEO4J_URI is set: use that server, start nothing
  docker  a Docker engine answers: docker compose up -d --wait neo4j
  maven   otherwise: Neo4j from Maven Central on the machine's Java 17, run in
          the background with data in .neo4j/data and its log in .neo4j/neo4j.log

start   start the server (idempotent) and wait until Bolt answers
stop    stop the server this checkout started (never one given by NEO4J_URI)
status  report the server; exit status 3 when it is not running

Environment: NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD (default
attache-local), ATTACHE_NEO4J_ROUTE (docker|maven, to force a route),
ATTACHE_NEO4J_ADDR (maven route listen address, default 127.0.0.1:7687),
ATTACHE_NEO4J_STATE (maven route folder for data, log and pid, default .neo4j),
ATTACHE_NEO4J_HEAP (default 2g), ATTACHE_NEO4J_PAGECACHE_MB (default 512),
ATTACHE_NEO4J_JAVA_OPTS (extra JVM flags).`

func neo4jCommand() *command {
	return &command{
		Name:    "neo4j",
		Summary: "start, stop or report the local Neo4j server",
		Usage:   neo4jUsage,
		Run:     runNeo4j,
	}
}

func runNeo4j(ctx context.Context, app *App, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: say start, stop or status", errUsage)
	}
	sub := args[0]
	if sub == "-h" || sub == "--help" || sub == "help" {
		newFlagSet(app, "neo4j", neo4jUsage).Usage()
		return nil
	}
	fs := newFlagSet(app, "neo4j "+sub, neo4jUsage)
	addr := fs.String("addr", "", "Bolt listen address for the maven route (default $ATTACHE_NEO4J_ADDR or 127.0.0.1:7687)")
	timeout := fs.Duration("timeout", 3*time.Minute, "how long start waits for the server to answer once launched")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	opts := neo4jlocal.Options{
		Root:         app.Root,
		Addr:         *addr,
		Getenv:       app.Getenv,
		Log:          app.Stderr,
		StartTimeout: *timeout,
	}
	switch sub {
	case "start":
		st, err := neo4jlocal.Start(ctx, opts)
		if err != nil {
			return err
		}
		fmt.Fprintln(app.Stdout, st)
		return nil
	case "stop":
		return neo4jlocal.Stop(ctx, opts)
	case "status":
		st, err := neo4jlocal.CurrentStatus(ctx, opts)
		if err != nil {
			return err
		}
		fmt.Fprintln(app.Stdout, st)
		if !st.Running {
			return exitError{code: 3}
		}
		return nil
	default:
		return fmt.Errorf("%w: unknown subcommand %q (start, stop or status)", errUsage, sub)
	}
}
