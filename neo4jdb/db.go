// Package neo4jdb is Attaché's store: the Neo4j driver, the schema applied on
// connect, and every line of Cypher the project runs. Queries are named
// constants beside the code of the aggregate they serve (article.go,
// official.go, meeting.go, stats.go); values are always $parameters; writes
// run in managed write transactions whose functions are idempotent, because
// the driver retries them on deadlocks and transient errors.
package neo4jdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/identity"
	"github.com/attache-project/attache/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Defaults of the connection settings: the local server that
// `attache neo4j start` (and `make neo4j`) runs.
const (
	DefaultURI            = "bolt://127.0.0.1:7687"
	DefaultUser           = "neo4j"
	DefaultPassword       = "attache-local"
	DefaultConnectTimeout = 5 * time.Second
)

// deleteBatch is how many nodes DeleteAll deletes per transaction, to keep
// each one's memory small on a large graph.
const deleteBatch = 10000

// indexWaitSeconds bounds how long Open waits for new indexes to come online.
const indexWaitSeconds = 300

// Config says where the Neo4j server is and how to log in.
type Config struct {
	URI      string
	User     string
	Password string
	// Database is the database name; empty means the server's default.
	Database string
	// ConnectTimeout bounds the first connection, so an absent server is
	// reported in seconds rather than after the driver's retries.
	ConnectTimeout time.Duration
	// MaxRetryTime is how long the driver retries a write transaction that
	// failed for a transient reason (a deadlock, a lost connection, a
	// server that refuses connections) before giving up; zero keeps the
	// driver's default of 30 s. The loader shortens it, so that a load
	// whose server went away stops in seconds.
	MaxRetryTime time.Duration
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE through getenv (os.Getenv in programs, a map in tests),
// falling back to the local server's defaults.
func ConfigFromEnv(getenv func(string) string) Config {
	or := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	return Config{
		URI:            or("NEO4J_URI", DefaultURI),
		User:           or("NEO4J_USER", DefaultUser),
		Password:       or("NEO4J_PASSWORD", DefaultPassword),
		Database:       getenv("NEO4J_DATABASE"),
		ConnectTimeout: DefaultConnectTimeout,
	}
}

// DB is a connection pool to one Neo4j database with Attaché's schema
// applied. It is safe for concurrent use.
type DB struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to the server, checks it answers within cfg.ConnectTimeout,
// applies the schema and waits for its indexes to come online. A server that
// cannot be reached or refuses the credentials gives an *attache.Error with
// code EUNAVAILABLE that says what to do.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	if cfg.URI == "" {
		cfg.URI = DefaultURI
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI,
		neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = cfg.ConnectTimeout
			c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
			if cfg.MaxRetryTime > 0 {
				c.MaxTransactionRetryTime = cfg.MaxRetryTime
			}
		})
	if err != nil {
		return nil, &attache.Error{Code: attache.EINVALID,
			Message: fmt.Sprintf("bad Neo4j address %q; set NEO4J_URI to e.g. %s", cfg.URI, DefaultURI), Err: err}
	}
	db := &DB{driver: driver, cfg: cfg}
	if err := db.verify(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	if err := db.ApplySchema(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return db, nil
}

// verify makes one connection within the connect timeout.
func (db *DB) verify(ctx context.Context) error {
	vctx, cancel := context.WithTimeout(ctx, db.cfg.ConnectTimeout)
	defer cancel()
	if err := db.driver.VerifyConnectivity(vctx); err != nil {
		return db.unavailable(err)
	}
	return nil
}

// unavailable turns a failure to connect into a message a person can act on.
func (db *DB) unavailable(err error) error {
	return db.unreachable(err, false)
}

// unreachable turns a connection failure into a message a person can act
// on; midway says that the server answered before (a statement or a
// retried transaction failed), rather than on the first connection.
func (db *DB) unreachable(err error, midway bool) error {
	var neoErr *neo4j.Neo4jError
	if errors.As(err, &neoErr) && strings.HasPrefix(neoErr.Code, "Neo.ClientError.Security.") {
		return &attache.Error{Code: attache.EUNAVAILABLE,
			Message: fmt.Sprintf("Neo4j at %s refused the credentials of user %q; set NEO4J_USER and NEO4J_PASSWORD",
				db.cfg.URI, db.cfg.User),
			Err: err}
	}
	return &attache.Error{Code: attache.EUNAVAILABLE,
		Message: fmt.Sprintf("cannot reach Neo4j at %s (%s); start one with 'make neo4j' or set NEO4J_URI",
			db.cfg.URI, reason(err, db.cfg.ConnectTimeout, midway)),
		Err: err}
}

// reason names the cause of a failed connection in a few words: that of the
// last attempt when the driver gave up retrying.
func reason(err error, timeout time.Duration, midway bool) string {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	var dnsErr *net.DNSError
	switch {
	case midway && (errors.Is(err, context.DeadlineExceeded) || strings.Contains(strings.ToLower(err.Error()), "timeout")):
		return "no answer from the server"
	case midway && (errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) || strings.Contains(err.Error(), "EOF")):
		return "connection lost"
	case errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused"):
		return "connection refused"
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "timeout") ||
		strings.Contains(err.Error(), "deadline exceeded"):
		return fmt.Sprintf("no answer within %s", timeout)
	case errors.As(err, &dnsErr):
		return "unknown host " + dnsErr.Name
	case errors.Is(err, syscall.ECONNRESET) || strings.Contains(err.Error(), "EOF"):
		return "connection closed; is it a Bolt port?"
	}
	return "connection failed"
}

// Close releases the connection pool.
func (db *DB) Close(ctx context.Context) error {
	if err := db.driver.Close(ctx); err != nil {
		return fmt.Errorf("close Neo4j driver: %w", err)
	}
	return nil
}

// Ping checks that the server still answers.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.driver.VerifyConnectivity(ctx); err != nil {
		return db.unavailable(err)
	}
	return nil
}

const queryServerInfo = `
CALL dbms.components()
YIELD name, versions, edition
WHERE name = $name
RETURN versions[0] AS version, edition
`

// ServerInfo reports the server's version ("5.26.0") and edition
// ("community" or "enterprise").
func (db *DB) ServerInfo(ctx context.Context) (version, edition string, err error) {
	res, err := db.query(ctx, queryServerInfo, map[string]any{"name": "Neo4j Kernel"}, read)
	if err != nil {
		return "", "", fmt.Errorf("read server version: %w", err)
	}
	if len(res.Records) == 0 {
		return "", "", fmt.Errorf("read server version: dbms.components() names no Neo4j Kernel")
	}
	rec := res.Records[0]
	return str(rec, "version"), str(rec, "edition"), nil
}

// ApplySchema creates the constraints and indexes of package schema that do
// not exist yet and waits for every index to come online. Running it again
// changes nothing.
func (db *DB) ApplySchema(ctx context.Context) error {
	for _, stmt := range schema.Statements() {
		if _, err := db.query(ctx, stmt, nil, write); err != nil {
			return db.storeError("apply schema statement "+firstLine(stmt), err)
		}
	}
	if _, err := db.query(ctx, queryAwaitIndexes, map[string]any{"seconds": indexWaitSeconds}, read); err != nil {
		return db.storeError("wait for indexes", err)
	}
	if _, err := db.query(ctx, queryBackfillPersonKeys, nil, write); err != nil {
		return db.storeError("set the person keys of officials stored without one", err)
	}
	if err := db.backfillNameTails(ctx); err != nil {
		return db.storeError("set the name tails of officials stored without one", err)
	}
	return db.rekeyOfficials(ctx)
}

// queryBackfillPersonKeys gives the officials that a version before the
// official_person_key index wrote the personKey a save gives them
// (personKeyOfID): the id after a state's code or "unknown", for names of
// two words or more. Officials that have one, or should have none, are
// left as they are, so running it again changes nothing.
const queryBackfillPersonKeys = `
MATCH (o:Official)
WHERE o.personKey IS NULL
WITH o, split(o.id, ':')[0] AS prefix
WITH o, prefix, substring(o.id, size(prefix) + 1) AS key
WHERE (prefix =~ '[A-Z]{2}' OR prefix = 'unknown') AND key CONTAINS ' '
SET o.personKey = key
`

// queryOfficialNames reads every official's id and display name, from
// which rekeyOfficials tells the officials whose key the rules of names
// have changed since they were written.
const queryOfficialNames = `
MATCH (o:Official)
WHERE o.name IS NOT NULL
RETURN o.id AS id, o.name AS name
ORDER BY id
`

// rekeyBatch is how many officials one transaction of rekeyOfficials moves.
const rekeyBatch = 100

// rekeyOfficials gives the officials written under earlier rules of names
// the key their name has now: an official's id is its prefix and the
// person key of its name (officialKey), and every name on one node has
// that key, so an id that differs from it was written before a rule
// changed (on 2026-12-07, romanisations: "RU:sergei tumanin" is
// "RU:sergey tumanin" now). Such an official's mentions and its place in
// meetings move to the official of the new key, as when a one-word node
// is folded into a fuller one, and it is recomputed from all of them. A
// graph written under the current rules has none, so running it again
// changes nothing.
func (db *DB) rekeyOfficials(ctx context.Context) error {
	res, err := db.query(ctx, queryOfficialNames, nil, read)
	if err != nil {
		return db.storeError("read the names of officials", err)
	}
	moves := map[string]string{}
	for _, rec := range res.Records {
		if to, ok := rekeyed(str(rec, "id"), str(rec, "name")); ok {
			moves[str(rec, "id")] = to
		}
	}
	if len(moves) == 0 {
		return nil
	}
	from := sortedKeys(moves)
	for start := 0; start < len(from); start += rekeyBatch {
		part := from[start:min(start+rekeyBatch, len(from))]
		if err := db.moveOfficials(ctx, part, moves); err != nil {
			return err
		}
	}
	slog.Info("officials re-keyed by the current rules of names", "officials", len(moves))
	return nil
}

// rekeyed is the id an official of id and display name has under the
// current rules of names, when it is another one.
func rekeyed(id, name string) (string, bool) {
	prefix, key, ok := strings.Cut(id, ":")
	want := identity.PersonKey(name)
	if !ok || want == "" || want == key {
		return "", false
	}
	return prefix + ":" + want, true
}

// moveOfficials moves the officials from to their new ids (moves), in one
// write transaction: each one's mentions and meetings move to the official
// of the new id (created if need be, as a save creates it), a one-word
// official of their family name is folded in when they leave one fuller
// official of that name, the meetings whose participants changed are
// re-clustered, and the officials are recomputed from their mentions.
func (db *DB) moveOfficials(ctx context.Context, from []string, moves map[string]string) error {
	to := make([]string, len(from))
	for i, id := range from {
		to[i] = moves[id]
	}
	to = distinct(to, strings.TrimSpace)
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (bool, error) {
		w := &txWriter{ctx: ctx, tx: tx}
		if err := w.lock(rekeyLocks(append(slices.Clone(from), to...))); err != nil {
			return false, driverError(err)
		}
		if err := w.lockOfficials(to); err != nil {
			return false, driverError(err)
		}
		for _, id := range from {
			if err := w.absorb(id, moves[id]); err != nil {
				return false, driverError(err)
			}
		}
		// A one-word official kept apart while the re-keyed official and
		// the one it joins were two is now the only fuller one's.
		if _, err := w.absorbShortForms(to); err != nil {
			return false, driverError(err)
		}
		if err := w.saveMeetings(nil, nil); err != nil {
			return false, driverError(err)
		}
		if err := w.refreshOfficials(to); err != nil {
			return false, driverError(err)
		}
		return true, driverError(w.saveAggregates())
	})
	if err != nil {
		return db.storeError(fmt.Sprintf("re-key %d officials from %s", len(from), from[0]), err)
	}
	return nil
}

// rekeyLocks are the locks a save naming the officials ids takes for
// them (saveLocks): the first and last words of their names and their
// person keys, so a save of one of them waits for the re-keying.
func rekeyLocks(ids []string) []string {
	var keys []string
	for _, id := range ids {
		if prefix, words, ok := keyWords(id); ok {
			for _, word := range nameEnds(words) {
				keys = append(keys, "name:"+prefix+":"+word)
			}
		}
		if key, ok := personKeyOfID(id); ok {
			keys = append(keys, "person:"+key)
		}
	}
	return distinct(keys, strings.TrimSpace)
}

const queryAwaitIndexes = `
CALL db.awaitIndexes($seconds)
`

const queryDeleteAll = `
MATCH (n)
CALL {
  WITH n
  DETACH DELETE n
} IN TRANSACTIONS OF $batch ROWS
`

// DeleteAll removes every node and relationship and keeps the schema. It is
// for tests and for reloading from scratch.
func (db *DB) DeleteAll(ctx context.Context) error {
	// CALL { } IN TRANSACTIONS needs an auto-commit transaction, which the
	// driver does not retry; deleting everything is idempotent, so a
	// deadlock with a concurrent writer is simply tried again.
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if err = db.deleteAll(ctx); err == nil || !neo4j.IsRetryable(err) {
			break
		}
		select {
		case <-ctx.Done():
			return db.storeError("delete the graph", ctx.Err())
		case <-time.After(time.Duration(attempt+1) * 200 * time.Millisecond):
		}
	}
	if err != nil {
		return db.storeError("delete the graph", err)
	}
	return nil
}

func (db *DB) deleteAll(ctx context.Context) error {
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := session.Run(ctx, queryDeleteAll, map[string]any{"batch": deleteBatch})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}

type routing int

const (
	read routing = iota
	write
)

// query runs one statement in its own managed transaction, routed to a
// reader or the writer, retried on transient errors.
func (db *DB) query(ctx context.Context, cypher string, params map[string]any, r routing) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithReadersRouting()}
	if r == write {
		opts = []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithWritersRouting()}
	}
	if db.cfg.Database != "" {
		opts = append(opts, neo4j.ExecuteQueryWithDatabase(db.cfg.Database))
	}
	return neo4j.ExecuteQuery(ctx, db.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
}

// session opens a session on the configured database.
func (db *DB) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return db.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: db.cfg.Database})
}

// storeError wraps a driver error: lost connections become EUNAVAILABLE,
// timeouts ETIMEOUT, anything else stays internal with its context.
func (db *DB) storeError(what string, err error) error {
	var domain *attache.Error
	switch {
	case errors.As(err, &domain):
		return err
	case errors.Is(err, context.DeadlineExceeded):
		return &attache.Error{Code: attache.ETIMEOUT, Message: what + ": timed out", Err: err}
	case lostConnection(err):
		return db.unreachable(err, true)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// lostConnection reports whether err says that the server could not be
// reached or that the connection to it broke, however the driver wrapped
// it. When the driver gives up retrying a transaction it returns a
// TransactionExecutionLimit holding the error of every attempt (as the
// driver saw them, not yet wrapped): what counts is the last attempt's.
func lostConnection(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		return len(limit.Errors) > 0 && lostConnection(limit.Errors[len(limit.Errors)-1])
	}
	var connErr *neo4j.ConnectivityError
	var netErr net.Error
	if errors.As(err, &connErr) || errors.As(err, &netErr) {
		return true
	}
	for _, lost := range []error{io.EOF, io.ErrUnexpectedEOF, syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.EPIPE} {
		if errors.Is(err, lost) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// str reads a string field of a record; absent or null gives "".
func str(rec *neo4j.Record, key string) string {
	v, _ := rec.Get(key)
	s, _ := v.(string)
	return s
}

const queryConstraintNames = `
SHOW CONSTRAINTS
YIELD name
RETURN name
`

const queryIndexNames = `
SHOW INDEXES
YIELD name
RETURN name
`

// SchemaNames lists the names of the database's constraints and indexes,
// sorted, so tests and the CLI can see what the schema holds.
func (db *DB) SchemaNames(ctx context.Context) ([]string, error) {
	var names []string
	for _, q := range []string{queryConstraintNames, queryIndexNames} {
		res, err := db.query(ctx, q, nil, read)
		if err != nil {
			return nil, db.storeError("list the schema", err)
		}
		for _, rec := range res.Records {
			names = append(names, str(rec, "name"))
		}
	}
	sort.Strings(names)
	return names, nil
}
