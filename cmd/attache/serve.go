package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
)

func serveCommand() *command {
	return &command{
		Name:    "serve",
		Summary: "serve the GraphQL API and the graph explorer",
		Usage: `Usage: attache serve [--addr 127.0.0.1:8080] [neo4j flags]

Serves the GraphQL API at /graphql (POST for queries, GET for GraphiQL),
/healthz (the process is up, with Neo4j's version) and /readyz (Neo4j
answers). Stops gracefully on SIGTERM or Ctrl-C.`,
		Run: runServe,
	}
}

func runServe(ctx context.Context, app *App, args []string) error {
	fs := newFlagSet(app, "serve", serveCommand().Usage)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	neo4jConfig := neo4jFlags(fs, app)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	db, err := openStore(ctx, neo4jConfig())
	if err != nil {
		return err
	}
	defer db.Close(context.Background())

	health := healthService{db: db}
	mux := http.NewServeMux()
	gql := handler.NewDefaultServer(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{HealthCheck: health}}))
	mux.Handle("POST /graphql", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeHealth(w, r.Context(), health, http.StatusOK)
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		writeHealth(w, r.Context(), health, http.StatusServiceUnavailable)
	})

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	app.Logger.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	app.Logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}

// writeHealth answers with Neo4j's version; when Neo4j does not answer it
// uses failStatus (200 for liveness, 503 for readiness).
func writeHealth(w http.ResponseWriter, ctx context.Context, h attache.HealthService, failStatus int) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	body := map[string]any{"status": "ok"}
	status := http.StatusOK
	info, err := h.ServerInfo(ctx)
	if err != nil {
		slog.Warn("health check: Neo4j does not answer", "err", err)
		body["status"] = "degraded"
		body["neo4j"] = map[string]any{"ok": false, "error": attache.ErrorMessage(err)}
		status = failStatus
	} else {
		body["neo4j"] = map[string]any{"ok": true, "version": info.Version, "edition": info.Edition}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}
