// Package neo4jlocal gives Attaché a running Neo4j 5.26 Community server with
// one call, on any machine. It picks the first route that applies:
//
//  1. "env": NEO4J_URI is set — use that server and start nothing.
//  2. "docker": a Docker engine answers — `docker compose up -d --wait neo4j`
//     with the repository's docker-compose.yml.
//  3. "maven": otherwise — resolve Neo4j from Maven Central with
//     tools/neo4j/pom.xml, compile the one-class launcher and run it on the
//     machine's Java 17 in the background, data and logs under .neo4j/.
//
// Every route waits until Bolt answers a handshake. The package speaks no
// Cypher: the neo4jdb package owns the driver.
package neo4jlocal

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Routes, in the order Start tries them.
const (
	RouteEnv    = "env"
	RouteDocker = "docker"
	RouteMaven  = "maven"
)

// Defaults for the local server; the neo4jdb package and the CLI use the same.
const (
	DefaultAddr     = "127.0.0.1:7687"
	DefaultUser     = "neo4j"
	DefaultPassword = "attache-local"
)

// Options say where the repository is and how the server should listen.
// Zero values fall back to the environment and then to the defaults.
type Options struct {
	// Root is the repository root: tools/neo4j/ and .neo4j/ live under it.
	Root string
	// Addr is the Bolt listen address of a server started by the maven
	// route (default ATTACHE_NEO4J_ADDR, then 127.0.0.1:7687). The docker
	// route always publishes 127.0.0.1:7687.
	Addr string
	// State is the maven route's folder for data, log and pid (default
	// ATTACHE_NEO4J_STATE, then .neo4j under Root): a second folder lets a
	// checkout run a throwaway server for its tests beside the user's own.
	State string
	// User and Password are the credentials the server is set up with
	// (default NEO4J_USER / NEO4J_PASSWORD, then neo4j / attache-local).
	User, Password string
	// Getenv reads the environment (default os.Getenv).
	Getenv func(string) string
	// Log receives progress lines (default: discarded).
	Log io.Writer
	// StartTimeout bounds the wait for a started server to answer Bolt
	// (default 3 minutes). Resolving the jars has its own, longer bound.
	StartTimeout time.Duration
}

// Status describes the server a route provides.
type Status struct {
	Route   string // RouteEnv, RouteDocker or RouteMaven
	URI     string // bolt://host:port for the driver
	Running bool   // Bolt answered
	PID     int    // the launcher's process id (maven route), else 0
	Detail  string // one human line: where data and logs are, or why not running
}

// String renders the status the way `attache neo4j status` prints it.
func (s Status) String() string {
	state := "not running"
	if s.Running {
		state = "running"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "neo4j: %s (%s route) at %s", state, s.Route, s.URI)
	if s.PID > 0 {
		fmt.Fprintf(&b, ", pid %d", s.PID)
	}
	if s.Detail != "" {
		b.WriteString(", ")
		b.WriteString(s.Detail)
	}
	return b.String()
}

// Start makes a server available and returns once Bolt answers. It is
// idempotent: a server already started by the project is reported, not
// started again.
func Start(ctx context.Context, o Options) (Status, error) {
	o, err := o.withDefaults()
	if err != nil {
		return Status{}, err
	}
	switch route := chooseRoute(ctx, o.Getenv, dockerAvailable); route {
	case RouteEnv:
		return startEnv(ctx, o)
	case RouteDocker:
		return startDocker(ctx, o)
	default:
		return startMaven(ctx, o)
	}
}

// Stop stops the server the project started: the launcher named by the pid
// file, or the compose service. A server reached through NEO4J_URI is left
// alone. Stopping a server that is not running is not an error.
func Stop(ctx context.Context, o Options) error {
	o, err := o.withDefaults()
	if err != nil {
		return err
	}
	if uri := o.Getenv("NEO4J_URI"); uri != "" {
		o.logf("NEO4J_URI is set (%s): attache did not start that server, so it leaves it running", uri)
		return nil
	}
	// A launcher the project started is stopped whatever route would be
	// chosen now (Docker may have appeared since).
	if err := stopMaven(ctx, o); err != nil {
		return err
	}
	if chooseRoute(ctx, o.Getenv, dockerAvailable) == RouteDocker {
		return stopDocker(ctx, o)
	}
	return nil
}

// CurrentStatus reports the server the current route would use, without
// starting or stopping anything.
func CurrentStatus(ctx context.Context, o Options) (Status, error) {
	o, err := o.withDefaults()
	if err != nil {
		return Status{}, err
	}
	if o.Getenv("NEO4J_URI") != "" {
		return statusEnv(ctx, o)
	}
	// A launcher started by the project takes precedence: it is what holds
	// the port.
	if st, ok := statusMaven(ctx, o); ok {
		return st, nil
	}
	if chooseRoute(ctx, o.Getenv, dockerAvailable) == RouteDocker {
		return statusDocker(ctx, o)
	}
	st, _ := statusMaven(ctx, o)
	return st, nil
}

// chooseRoute applies the route order. ATTACHE_NEO4J_ROUTE=docker|maven
// forces a route (for a machine that has Docker but should not use it);
// NEO4J_URI always wins.
func chooseRoute(ctx context.Context, getenv func(string) string, docker func(context.Context) bool) string {
	if getenv("NEO4J_URI") != "" {
		return RouteEnv
	}
	switch strings.ToLower(strings.TrimSpace(getenv("ATTACHE_NEO4J_ROUTE"))) {
	case RouteMaven:
		return RouteMaven
	case RouteDocker:
		return RouteDocker
	}
	if docker(ctx) {
		return RouteDocker
	}
	return RouteMaven
}

func (o Options) withDefaults() (Options, error) {
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Root == "" {
		o.Root = o.Getenv("ATTACHE_ROOT")
	}
	if o.Root == "" {
		o.Root = "."
	}
	root, err := filepath.Abs(o.Root)
	if err != nil {
		return o, fmt.Errorf("neo4jlocal: repository root %q: %w", o.Root, err)
	}
	o.Root = root
	if o.Addr == "" {
		o.Addr = firstNonEmpty(o.Getenv("ATTACHE_NEO4J_ADDR"), DefaultAddr)
	}
	if _, _, err := net.SplitHostPort(o.Addr); err != nil {
		return o, fmt.Errorf("neo4jlocal: listen address %q is not host:port: %w", o.Addr, err)
	}
	if o.State == "" {
		o.State = firstNonEmpty(o.Getenv("ATTACHE_NEO4J_STATE"), filepath.Join(o.Root, ".neo4j"))
	}
	if !filepath.IsAbs(o.State) {
		o.State = filepath.Join(o.Root, o.State)
	}
	if o.User == "" {
		o.User = firstNonEmpty(o.Getenv("NEO4J_USER"), DefaultUser)
	}
	if o.Password == "" {
		o.Password = firstNonEmpty(o.Getenv("NEO4J_PASSWORD"), DefaultPassword)
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = 3 * time.Minute
	}
	return o, nil
}

func (o Options) logf(format string, args ...any) {
	fmt.Fprintf(o.Log, "neo4j: "+format+"\n", args...)
}

// stateDir is where the maven route keeps data, logs, pid and ready files.
func (o Options) stateDir() string { return o.State }

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// boltAddr turns a Neo4j URI into the host:port to probe; Bolt's default port
// is 7687 for every scheme. It reports whether the scheme uses TLS, since a
// TLS server cannot be probed with a plain handshake.
func boltAddr(uri string) (addr string, tls bool, err error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", false, fmt.Errorf("NEO4J_URI %q: %w", uri, err)
	}
	switch u.Scheme {
	case "bolt", "neo4j":
	case "bolt+s", "bolt+ssc", "neo4j+s", "neo4j+ssc":
		tls = true
	default:
		return "", false, fmt.Errorf("NEO4J_URI %q: scheme must be bolt, neo4j, bolt+s or neo4j+s", uri)
	}
	if u.Hostname() == "" {
		return "", false, fmt.Errorf("NEO4J_URI %q has no host", uri)
	}
	port := u.Port()
	if port == "" {
		port = "7687"
	}
	return net.JoinHostPort(u.Hostname(), port), tls, nil
}

func startEnv(ctx context.Context, o Options) (Status, error) {
	uri := o.Getenv("NEO4J_URI")
	addr, tls, err := boltAddr(uri)
	if err != nil {
		return Status{Route: RouteEnv, URI: uri}, err
	}
	st := Status{Route: RouteEnv, URI: uri, Detail: "NEO4J_URI is set, nothing started"}
	o.logf("NEO4J_URI is set: using %s, starting nothing", uri)
	wctx, cancel := context.WithTimeout(ctx, o.StartTimeout)
	defer cancel()
	if err := waitReachable(wctx, addr, !tls, nil); err != nil {
		return st, fmt.Errorf("neo4j at NEO4J_URI=%s does not answer: %w", uri, err)
	}
	st.Running = true
	return st, nil
}

func statusEnv(ctx context.Context, o Options) (Status, error) {
	uri := o.Getenv("NEO4J_URI")
	st := Status{Route: RouteEnv, URI: uri, Detail: "NEO4J_URI is set"}
	addr, tls, err := boltAddr(uri)
	if err != nil {
		return st, err
	}
	st.Running = probe(ctx, addr, !tls) == nil
	return st, nil
}
