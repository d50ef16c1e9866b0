# eventgraph: the two commands a newcomer needs are `make demo` and `make test`.
GO      ?= go
BIN     := bin/eventgraph
SHARED  ?= ../shared
export EVENTGRAPH_NEO4J_PASSWORD ?= eventgraph
# Tests talk to the real local server through a separate variable, so a
# test's clean-up can never touch a database configured for real work.
export EVENTGRAPH_TEST_NEO4J_URI ?= neo4j://127.0.0.1:$(or $(EVENTGRAPH_NEO4J_BOLT_PORT),7687)
export EVENTGRAPH_TEST_NEO4J_USER ?= neo4j
export EVENTGRAPH_TEST_NEO4J_PASSWORD ?= $(EVENTGRAPH_NEO4J_PASSWORD)

.PHONY: all build demo test vet deps-check neo4j neo4j-stop neo4j-status neo4j-logs bench fuzz score clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/eventgraph

## neo4j: start Neo4j with Docker when a Docker engine answers, else the
## local server from Maven Central's jars (scripts/neo4j).
neo4j:
	@$(MAKE) --no-print-directory browser
	@if docker info >/dev/null 2>&1; then \
		echo "starting Neo4j with docker compose"; \
		docker compose up -d --wait; \
	else \
		EVENTGRAPH_NEO4J_EXTRA_CONF="$$( { printf '%s\n' "$${EVENTGRAPH_NEO4J_EXTRA_CONF:-}"; $(BIN) browser --conf; } \
			| awk -F= 'NF && ($$1 == "server.jvm.additional" || !seen[$$1]++)')" scripts/neo4j start; \
	fi

.PHONY: browser e2e
## browser: serve the Neo4j Browser style and guide (docs/browser) from the
## background on 127.0.0.1:7475; Browser applies them when it connects.
browser: build
	@$(BIN) browser --detach

## e2e: Neo4j Browser in headless Chromium: the style and guide open on
## connect and the retaliation graph renders (docs/browser-screenshot.png).
e2e: build neo4j
	$(BIN) --neo4j-uri "$(EVENTGRAPH_TEST_NEO4J_URI)" --neo4j-password "$(EVENTGRAPH_TEST_NEO4J_PASSWORD)" schema
	$(BIN) --neo4j-uri "$(EVENTGRAPH_TEST_NEO4J_URI)" --neo4j-password "$(EVENTGRAPH_TEST_NEO4J_PASSWORD)" load seeds
	e2e/run

neo4j-stop:
	@if docker info >/dev/null 2>&1 && docker compose ps -q 2>/dev/null | grep -q .; then docker compose stop; else scripts/neo4j stop; fi

neo4j-status:
	@scripts/neo4j status

neo4j-logs:
	@scripts/neo4j logs

## demo: start Neo4j, load the bundled seeds, print a stored query's result
## and the Browser URL.
demo: build neo4j
	$(BIN) schema
	$(BIN) load seeds
	$(BIN) stats
	$(BIN) query retaliation-chains
	@echo
	@echo "Explore the graph in Neo4j Browser: http://127.0.0.1:7474/browser/ (user neo4j, password $$EVENTGRAPH_NEO4J_PASSWORD)"

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt would change:"; gofmt -l $$(git ls-files '*.go'); exit 1; }

## deps-check: loader, queries and seeds must not depend on Neo4j or viper.
deps-check:
	@if $(GO) list -deps ./loader ./queries ./seeds | grep -E 'neo4j-go-driver|spf13/viper|spf13/cobra'; then \
		echo "deps-check: loader/queries/seeds must not import the driver, viper or cobra"; exit 1; \
	else echo "deps-check: ok"; fi

## test: vet, the dependency rule, every Go test against a real Neo4j, then
## the Neo4j Browser end-to-end test in headless Chromium.
test: vet deps-check neo4j
	$(GO) test -count=1 ./...
	$(MAKE) --no-print-directory e2e

bench: neo4j
	$(GO) test -run '^$$' -bench . -benchmem ./loader ./graph

fuzz:
	$(GO) test ./loader -run '^$$' -fuzz FuzzRead -fuzztime 60s
	$(GO) test ./loader -run '^$$' -fuzz FuzzExtract -fuzztime 60s

## score: extraction scores on the seeds and the development set.
score: build
	$(BIN) extract seeds > /tmp/eventgraph-seeds.jsonl
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/gold --system /tmp/eventgraph-seeds.jsonl
	$(BIN) extract $(SHARED)/eval/dev/docs > /tmp/eventgraph-dev.jsonl
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/dev/gold --system /tmp/eventgraph-dev.jsonl
	$(BIN) extract $(SHARED)/eval/plover/docs > /tmp/eventgraph-plover.jsonl
	python3 $(SHARED)/eval/plover/score_external.py --system /tmp/eventgraph-plover.jsonl

clean:
	rm -rf bin
