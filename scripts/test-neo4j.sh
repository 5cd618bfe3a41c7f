# Sourced by scripts/test.sh and web/test.sh: the Neo4j servers that tests
# may write to and wipe. They are never the user's server (NEO4J_URI, or the
# default 127.0.0.1:7687 that `make demo` uses):
#   - ATTACHE_TEST_NEO4J_URI, when set, names the tests' server explicitly;
#   - otherwise a throwaway server of this checkout is started on the Maven
#     route, listening on ATTACHE_TEST_NEO4J_ADDR (default 127.0.0.1:7688)
#     with its data in .neo4j-test/, and stopped again by test_neo4j_stop.
# After test_neo4j_start, ATTACHE_TEST_NEO4J_URI names the server and
# NEO4J_URI is set to the same, so every command the tests run reaches it.
#
# scripts/test.sh also wants a second server, so that ./neo4jdb's tests need
# not wait for the other packages' turns on the first (Community edition has
# one database, and the tests take turns on it: neo4jdb/neo4jtest):
#   - ATTACHE_TEST_NEO4J_URI2, when set, names it;
#   - otherwise, when this script starts the first server, it starts a second
#     one on ATTACHE_TEST_NEO4J_ADDR2 (default 127.0.0.1:7689) with its data
#     in .neo4j-test2/;
#   - when ATTACHE_TEST_NEO4J_URI is given and ATTACHE_TEST_NEO4J_URI2 is not,
#     there is no second server and every package uses the one given.
# After test_neo4j2_start, ATTACHE_TEST_NEO4J_URI2 names it, or is empty.

test_neo4j_started=""
test_neo4j2_started=""
test_neo4j_bg=""     # pid of test_neo4j_begin's background start, if any
test_neo4j_bg_log="" # its output
test_neo4j_given_uri="${ATTACHE_TEST_NEO4J_URI:-}"

test_neo4j_addr() { echo "${ATTACHE_TEST_NEO4J_ADDR:-127.0.0.1:7688}"; }
test_neo4j2_addr() { echo "${ATTACHE_TEST_NEO4J_ADDR2:-127.0.0.1:7689}"; }

test_neo4j_env() {
	env -u NEO4J_URI ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE=.neo4j-test \
		ATTACHE_NEO4J_ADDR="$(test_neo4j_addr)" "$@"
}

test_neo4j2_env() {
	env -u NEO4J_URI ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE=.neo4j-test2 \
		ATTACHE_NEO4J_ADDR="$(test_neo4j2_addr)" "$@"
}

# test_neo4j_wants_second: whether a second server is to be started here.
test_neo4j_wants_second() {
	[ -z "$test_neo4j_given_uri" ] && [ -z "${ATTACHE_TEST_NEO4J_URI2:-}" ]
}

# test_neo4j_begin ATTACHE_BINARY_OR_GO_RUN...: starts the servers that
# test_neo4j_start and test_neo4j2_start will need, in the background, one
# after the other (they share Maven's local repository), so that the start
# (and on a fresh machine the download of the jars) overlaps the linters.
# Which servers were started by us is decided here, before they run.
test_neo4j_begin() {
	local first="" second=""
	if [ -z "${ATTACHE_TEST_NEO4J_URI:-}" ]; then
		if ! test_neo4j_env "$@" neo4j status >/dev/null 2>&1; then
			test_neo4j_started=yes
		fi
		first=yes
	fi
	if test_neo4j_wants_second; then
		if ! test_neo4j2_env "$@" neo4j status >/dev/null 2>&1; then
			test_neo4j2_started=yes
		fi
		second=yes
	fi
	[ -n "$first$second" ] || return 0
	test_neo4j_bg_log=$(mktemp)
	(
		if [ -n "$first" ]; then test_neo4j_env "$@" neo4j start || exit; fi
		if [ -n "$second" ]; then test_neo4j2_env "$@" neo4j start || exit; fi
	) >"$test_neo4j_bg_log" 2>&1 &
	test_neo4j_bg=$!
}

# test_neo4j_wait: waits for test_neo4j_begin's start and shows its output.
test_neo4j_wait() {
	[ -n "$test_neo4j_bg" ] || return 0
	local rc=0
	wait "$test_neo4j_bg" || rc=$?
	test_neo4j_bg=""
	cat "$test_neo4j_bg_log"
	rm -f "$test_neo4j_bg_log"
	if [ "$rc" != 0 ]; then
		echo "starting the tests' Neo4j failed (exit $rc)" >&2
		return "$rc"
	fi
}

# test_neo4j_start ATTACHE_BINARY_OR_GO_RUN...
test_neo4j_start() {
	test_neo4j_wait || return
	if [ -z "${ATTACHE_TEST_NEO4J_URI:-}" ]; then
		if [ -z "$test_neo4j_bg_log" ] && [ -z "$test_neo4j_started" ] && ! test_neo4j_env "$@" neo4j status >/dev/null 2>&1; then
			test_neo4j_started=yes
		fi
		echo "starting the tests' own Neo4j (data in .neo4j-test/, never the one at NEO4J_URI or 127.0.0.1:7687)"
		test_neo4j_env "$@" neo4j start
		export ATTACHE_TEST_NEO4J_URI="bolt://$(test_neo4j_addr)"
		# The restart test stops and starts this same server.
		export ATTACHE_NEO4J_ROUTE=maven ATTACHE_NEO4J_STATE=.neo4j-test
		export ATTACHE_NEO4J_ADDR="$(test_neo4j_addr)"
	fi
	export NEO4J_URI="$ATTACHE_TEST_NEO4J_URI"
}

# test_neo4j2_start ATTACHE_BINARY_OR_GO_RUN...: the second server, when
# there is to be one (see above); sets ATTACHE_TEST_NEO4J_URI2 or leaves it
# empty.
test_neo4j2_start() {
	test_neo4j_wait || return
	if test_neo4j_wants_second; then
		if [ -z "$test_neo4j2_started" ] && ! test_neo4j2_env "$@" neo4j status >/dev/null 2>&1; then
			test_neo4j2_started=yes
		fi
		echo "starting the tests' second Neo4j (data in .neo4j-test2/)"
		test_neo4j2_env "$@" neo4j start
		export ATTACHE_TEST_NEO4J_URI2="bolt://$(test_neo4j2_addr)"
	fi
	export ATTACHE_TEST_NEO4J_URI2="${ATTACHE_TEST_NEO4J_URI2:-}"
}

# test_neo4j_stop ATTACHE_BINARY_OR_GO_RUN...: stops the servers only if
# this script started them.
test_neo4j_stop() {
	if [ -n "$test_neo4j_bg" ]; then
		wait "$test_neo4j_bg" 2>/dev/null || true
	fi
	if [ -n "$test_neo4j_started" ]; then
		test_neo4j_env "$@" neo4j stop || true
	fi
	if [ -n "$test_neo4j2_started" ]; then
		test_neo4j2_env "$@" neo4j stop || true
	fi
}
