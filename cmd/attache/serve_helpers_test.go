package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph"
	"github.com/attache-project/attache/loader"
	"github.com/attache-project/attache/loader/extract"
	"github.com/attache-project/attache/neo4jdb"
)

// testAPI is an `attache serve` handler over a real Neo4j, on a local port,
// counting the Cypher statements it runs.
type testAPI struct {
	URL        string
	Statements atomic.Int64
	Metrics    *apiMetrics
}

type apiOption func(*apiOptions)

func startAPI(t *testing.T, db *neo4jdb.DB, opts ...apiOption) *testAPI {
	t.Helper()
	api := &testAPI{Metrics: newAPIMetrics()}
	read := neo4jdb.NewReadStore(db, func(name string, d time.Duration, err error) {
		api.Statements.Add(1)
		api.Metrics.observeQuery(name, d, err)
	})
	o := apiOptions{
		Read: read, Health: healthService{db: db}, Auth: authMutations, Limits: graph.DefaultLimits,
		Metrics: api.Metrics, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	for _, opt := range opts {
		opt(&o)
	}
	srv := httptest.NewServer(newAPIHandler(o))
	t.Cleanup(srv.Close)
	api.URL = srv.URL
	return api
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) Code() string {
	c, _ := e.Extensions["code"].(string)
	return c
}

type gqlResponse struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	Raw    string
}

// post sends a GraphQL request with optional variables and headers.
func (api *testAPI) post(t *testing.T, query string, vars map[string]any, headers ...string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, api.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := gqlResponse{Status: resp.StatusCode, Raw: string(raw)}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, raw)
	}
	return out
}

// mustData posts and fails the test on any error, decoding data into v.
func (api *testAPI) mustData(t *testing.T, query string, vars map[string]any, v any) {
	t.Helper()
	resp := api.post(t, query, vars)
	if len(resp.Errors) > 0 || resp.Status != http.StatusOK {
		t.Fatalf("query failed (%d): %s\nquery: %s", resp.Status, resp.Raw, query)
	}
	if v != nil {
		if err := json.Unmarshal(resp.Data, v); err != nil {
			t.Fatalf("decode data: %v\n%s", err, resp.Data)
		}
	}
}

// loadExamples loads the project's example articles through the loader,
// the path of `attache load examples/articles`.
func loadExamples(t *testing.T, db *neo4jdb.DB) loader.Summary {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extractor: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sum, err := loader.Load(ctx, []string{"../../examples/articles"}, nil, x, db, loader.Options{Writers: 1})
	if err != nil {
		t.Fatalf("load examples: %v", err)
	}
	if sum.Loaded == 0 {
		t.Fatalf("no example article loaded: %+v", sum)
	}
	return sum
}

// save writes hand-built extractions, independent of the extractor.
func save(t *testing.T, db *neo4jdb.DB, docs ...*attache.Extraction) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, d := range docs {
		if _, err := db.SaveExtraction(ctx, d); err != nil {
			t.Fatalf("save %s: %v", d.Article.ID, err)
		}
	}
}

func mustExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extractor: %v", err)
	}
	return x
}
