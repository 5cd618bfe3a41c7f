# Attaché — the commands a developer needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash
ATTACHE := go run ./cmd/attache
SHARED ?= ../shared
ADDR ?= 127.0.0.1:8080

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

.PHONY: demo
demo: ## start Neo4j, load the sample articles, serve the API and explorer on :8080
	$(ATTACHE) neo4j start
	$(ATTACHE) load examples/articles
	@echo "Attaché is serving on http://$(ADDR)/  (GraphQL at http://$(ADDR)/graphql; Ctrl-C stops it)"
	$(ATTACHE) serve --addr $(ADDR)

.PHONY: test
test: ## vet, staticcheck, generated-code check and every test against a real Neo4j
	scripts/test.sh

.PHONY: neo4j
neo4j: ## start a local Neo4j 5.26 (NEO4J_URI, Docker, or Maven + Java 17)
	$(ATTACHE) neo4j start

.PHONY: neo4j-stop
neo4j-stop: ## stop the Neo4j that 'make neo4j' started
	$(ATTACHE) neo4j stop

.PHONY: generate
generate: ## regenerate the GraphQL code from schema/*.graphqls
	go tool gqlgen generate

.PHONY: web
web: ## rebuild the explorer bundle in web/dist from web/src (needs Node; commit web/dist)
	web/build.sh

.PHONY: lint
lint: ## gofmt, go vet and staticcheck
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	go vet ./...
	go tool staticcheck ./...

.PHONY: eval
eval: ## extract the shared corpus and score it against the gold annotations
	@test -d $(SHARED)/eval || (echo "make eval needs $(SHARED)/eval and $(SHARED)/corpus beside the checkout"; exit 1)
	rm -rf tmp/eval && mkdir -p tmp/eval
	$(ATTACHE) extract --out tmp/eval $(SHARED)/corpus/articles.jsonl
	go run $(SHARED)/eval/score.go -gold $(SHARED)/eval/gold -pred tmp/eval -corpus $(SHARED)/corpus/articles.jsonl

.PHONY: eval-splits
eval-splits: ## one line per held-out split and the corpus (score and six parts) for comparing builds; PERART=1 SPLITS="test8" for each article (scripts/eval-splits.sh)
	scripts/eval-splits.sh

.PHONY: eval-dates
eval-dates: ## how the dates of shared engagements differ from the gold in one split: make eval-dates SPLIT=test8 (after make eval-splits)
	go run ./scripts/datediff -gold testdata/heldout/$(SPLIT)/gold -pred tmp/eval-splits/$(SPLIT) -examples 5

.PHONY: eval-heldout
eval-heldout: ## every held-out split (dev, test, test2 … test9 and the sealed test10 and test11) and the corpus, each scorer table in full (scripts/eval-splits.sh)
	SEALED=1 TABLES=1 OUT=tmp/eval-heldout SHARED=$(SHARED) scripts/eval-splits.sh

.PHONY: bench
bench: ## run the Go benchmarks (extraction; loading needs a running Neo4j)
	go test -run '^$$' -bench . -benchmem ./...

.PHONY: bench-load
bench-load: ## load 10,000 generated articles into a Neo4j of its own, per batch size; prints a table
	scripts/bench-load.sh

.PHONY: bench-growth
bench-growth: ## officialsWhoMet's latency on 3,000 and 30,000 generated articles beside the meetings in its answers
	scripts/bench-whomet-growth.sh

.PHONY: bench-api
bench-api: ## Attaché vs @neo4j/graphql vs hand-written Cypher on N generated articles (needs Node; dev-only npm packages)
	scripts/bench-api.sh

.PHONY: build
build: ## build bin/attache
	go build -o bin/attache ./cmd/attache
