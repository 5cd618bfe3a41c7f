# Sourced by scripts/test.sh and web/test.sh: the one Neo4j that tests may
# write to and wipe. It is never the user's server (NEO4J_URI, or the
# default 127.0.0.1:7687 that `make demo` uses):
#   - ATTACHE_TEST_NEO4J_URI, when set, names it explicitly;
#   - otherwise a throwaway server of this checkout is started on the Maven
#     route, listening on ATTACHE_TEST_NEO4J_ADDR (default 127.0.0.1:7688)
#     with its data in .neo4j-test/, and stopped again by test_neo4j_stop.
# After test_neo4j_start, ATTACHE_TEST_NEO4J_URI names the server and
# NEO4J_URI is set to the same, so every command the tests run reaches it.

test_neo4j_started=""

test_neo4j_env() {
	env -u NEO4J_URI ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE=.neo4j-test \
		ATTACHE_NEO4J_ADDR="${ATTACHE_TEST_NEO4J_ADDR:-127.0.0.1:7688}" "$@"
}

# test_neo4j_start ATTACHE_BINARY_OR_GO_RUN...
test_neo4j_start() {
	if [ -z "${ATTACHE_TEST_NEO4J_URI:-}" ]; then
		if ! test_neo4j_env "$@" neo4j status >/dev/null 2>&1; then
			test_neo4j_started=yes
		fi
		echo "starting the tests' own Neo4j (data in .neo4j-test/, never the one at NEO4J_URI or 127.0.0.1:7687)"
		test_neo4j_env "$@" neo4j start
		export ATTACHE_TEST_NEO4J_URI="bolt://${ATTACHE_TEST_NEO4J_ADDR:-127.0.0.1:7688}"
		# The restart test stops and starts this same server.
		export ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE=.neo4j-test
		export ATTACHE_NEO4J_ADDR="${ATTACHE_TEST_NEO4J_ADDR:-127.0.0.1:7688}"
	fi
	export NEO4J_URI="$ATTACHE_TEST_NEO4J_URI"
}

# test_neo4j_stop ATTACHE_BINARY_OR_GO_RUN...: stops the server only if
# test_neo4j_start started it.
test_neo4j_stop() {
	if [ -n "$test_neo4j_started" ]; then
		test_neo4j_env "$@" neo4j stop || true
	fi
}
