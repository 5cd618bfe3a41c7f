package neo4jlocal

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// env builds a Getenv from a map.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestChooseRoute(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		docker bool
		want   string
	}{
		{"uri wins over docker", map[string]string{"NEO4J_URI": "bolt://db:7687"}, true, RouteEnv},
		{"uri wins over a forced route", map[string]string{"NEO4J_URI": "bolt://db:7687", "ATTACHE_NEO4J_ROUTE": "maven"}, false, RouteEnv},
		{"docker engine answers", nil, true, RouteDocker},
		{"no engine: maven", nil, false, RouteMaven},
		{"forced maven despite docker", map[string]string{"ATTACHE_NEO4J_ROUTE": "maven"}, true, RouteMaven},
		{"forced docker", map[string]string{"ATTACHE_NEO4J_ROUTE": " Docker "}, false, RouteDocker},
		{"unknown forced route is ignored", map[string]string{"ATTACHE_NEO4J_ROUTE": "podman"}, false, RouteMaven},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked := false
			got := chooseRoute(context.Background(), env(tt.env), func(context.Context) bool { asked = true; return tt.docker })
			if got != tt.want {
				t.Errorf("chooseRoute = %q, want %q", got, tt.want)
			}
			if got == RouteEnv && asked {
				t.Error("asked Docker although NEO4J_URI is set")
			}
		})
	}
}

func TestBoltAddr(t *testing.T) {
	tests := []struct {
		uri     string
		addr    string
		tls     bool
		wantErr bool
	}{
		{"bolt://127.0.0.1:7687", "127.0.0.1:7687", false, false},
		{"neo4j://db.example", "db.example:7687", false, false},
		{"neo4j+s://x.databases.neo4j.io", "x.databases.neo4j.io:7687", true, false},
		{"bolt+ssc://[::1]:7688", "[::1]:7688", true, false},
		{"http://127.0.0.1:7474", "", false, true},
		{"bolt://", "", false, true},
		{"::not a uri", "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.uri, func(t *testing.T) {
			addr, tls, err := boltAddr(tt.uri)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if addr != tt.addr || tls != tt.tls {
				t.Errorf("got %q tls=%v, want %q tls=%v", addr, tls, tt.addr, tt.tls)
			}
		})
	}
}

func TestJavaMajor(t *testing.T) {
	tests := []struct {
		out  string
		want int
		ok   bool
	}{
		{`openjdk version "17.0.15" 2025-04-15`, 17, true},
		{`java version "1.8.0_392"`, 8, true},
		{`openjdk version "21" 2023-09-19`, 21, true},
		{`openjdk version "25-ea" 2025-09-16`, 25, true},
		{`Picked up JAVA_TOOL_OPTIONS: -Xss1m` + "\n" + `openjdk version "17.0.2"`, 17, true},
		{"no version here", 0, false},
	}
	for _, tt := range tests {
		got, ok := javaMajor(tt.out)
		if got != tt.want || ok != tt.ok {
			t.Errorf("javaMajor(%q) = %d, %v; want %d, %v", tt.out, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLastLines(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"a\nb\nc\n", 2, "b\nc"},
		{"a\nb\nc", 5, "a\nb\nc"},
		{"", 3, "(log is empty)"},
		{"\n\n", 3, "(log is empty)"},
	}
	for _, tt := range tests {
		if got := lastLines(tt.in, tt.n); got != tt.want {
			t.Errorf("lastLines(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestTailFile(t *testing.T) {
	dir := t.TempDir()
	if got := tailFile(filepath.Join(dir, "missing.log"), 3); !strings.HasPrefix(got, "(no log:") {
		t.Errorf("missing file: %q", got)
	}
	// Larger than the 64 KiB window, so the partial first line is dropped.
	var b strings.Builder
	for i := 0; i < 10000; i++ {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(" of a long server log\n")
	}
	path := filepath.Join(dir, "neo4j.log")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got := tailFile(path, 3)
	want := "line 9997 of a long server log\nline 9998 of a long server log\nline 9999 of a long server log"
	if got != want {
		t.Errorf("tailFile = %q, want %q", got, want)
	}
	all := strings.Split(tailFile(path, 1_000_000), "\n")
	if !strings.HasPrefix(all[0], "line ") || !strings.HasSuffix(all[0], "server log") {
		t.Errorf("first line of the window is partial: %q", all[0])
	}
}

func TestStatusString(t *testing.T) {
	tests := []struct {
		st   Status
		want string
	}{
		{Status{Route: RouteMaven, URI: "bolt://127.0.0.1:7687", Running: true, PID: 1234, Detail: "data .neo4j/data, log .neo4j/neo4j.log"},
			"neo4j: running (maven route) at bolt://127.0.0.1:7687, pid 1234, data .neo4j/data, log .neo4j/neo4j.log"},
		{Status{Route: RouteEnv, URI: "bolt://db:7687"}, "neo4j: not running (env route) at bolt://db:7687"},
	}
	for _, tt := range tests {
		if got := tt.st.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestReadLauncherPID(t *testing.T) {
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "neo4j.pid")
	tests := []struct {
		name    string
		content string // "" means no file
	}{
		{"no file", ""},
		{"garbage", "not a pid\n"},
		{"negative", "-5\n"},
		{"dead process", "2147483646\n"},
		// This test binary is alive but is not the launcher (Linux checks
		// the command line, which is what guards against recycled pids).
		{"alive but not the launcher", strconv.Itoa(os.Getpid()) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_ = os.Remove(pidFile)
			if tt.content != "" {
				if err := os.WriteFile(pidFile, []byte(tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tt.name == "alive but not the launcher" {
				if _, err := os.Stat("/proc/self/cmdline"); err != nil {
					t.Skip("no /proc: a live pid is trusted on this system")
				}
			}
			if pid, ok := readLauncherPID(pidFile); ok {
				t.Errorf("readLauncherPID = %d, true; want false", pid)
			}
		})
	}
}

func TestProcessAlive(t *testing.T) {
	if !processAlive(os.Getpid()) {
		t.Error("this process is not alive?")
	}
	if processAlive(2147483646) {
		t.Error("pid 2147483646 is alive?")
	}
}

// boltServer listens on loopback and answers every Bolt handshake with
// answer (0 means "no version in common"); it is a real TCP server, only
// without Neo4j behind it.
func boltServer(t *testing.T, answer uint32) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				var req [20]byte
				if _, err := io.ReadFull(conn, req[:]); err != nil {
					return
				}
				if binary.BigEndian.Uint32(req[:4]) != boltMagic {
					return
				}
				var resp [4]byte
				binary.BigEndian.PutUint32(resp[:], answer)
				_, _ = conn.Write(resp[:])
			}()
		}
	}()
	return ln.Addr().String()
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestProbe(t *testing.T) {
	ctx := context.Background()
	good := boltServer(t, 0x00_00_08_05)
	if err := probe(ctx, good, true); err != nil {
		t.Errorf("bolt server: %v", err)
	}
	picky := boltServer(t, 0)
	if err := probe(ctx, picky, true); err == nil {
		t.Error("a server that agrees on no version passed the handshake")
	}
	if err := probe(ctx, picky, false); err != nil {
		t.Errorf("plain TCP probe: %v", err)
	}
	if err := probe(ctx, freeAddr(t), false); err == nil {
		t.Error("nothing listens, yet the probe passed")
	}
}

func TestWaitReachable(t *testing.T) {
	t.Run("listener that appears later", func(t *testing.T) {
		addr := freeAddr(t)
		go func() {
			time.Sleep(600 * time.Millisecond)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return // port taken meanwhile; the wait then times out and says so
			}
			t.Cleanup(func() { ln.Close() })
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				c.Close()
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := waitReachable(ctx, addr, false, nil); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("waits for the ready check too", func(t *testing.T) {
		addr := boltServer(t, 0x00_00_08_05)
		readyAt := time.Now().Add(500 * time.Millisecond)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := waitReachable(ctx, addr, true, func() error {
			if time.Now().Before(readyAt) {
				return errors.New("not yet")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if time.Now().Before(readyAt) {
			t.Error("returned before the ready check passed")
		}
	})
	t.Run("gives up with the reason", func(t *testing.T) {
		ctx, cancel := context.WithTimeoutCause(context.Background(), 700*time.Millisecond, errors.New("test deadline"))
		defer cancel()
		err := waitReachable(ctx, freeAddr(t), true, nil)
		if err == nil {
			t.Fatal("no error although nothing listens")
		}
		for _, want := range []string{"gave up waiting", "test deadline", "bolt at 127.0.0.1:"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
	})
}

func TestLockFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "start.lock")
	unlock, err := lockFile(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	waited := false
	if _, err := lockFile(ctx, path, func() { waited = true }); err == nil {
		t.Fatal("took a lock that is held")
	}
	if !waited {
		t.Error("did not say it was waiting")
	}
	unlock()
	unlock2, err := lockFile(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	unlock2()
}

func TestCachedClasspath(t *testing.T) {
	root := t.TempDir()
	o := Options{Root: root}
	p := o.mavenPaths()
	jar := filepath.Join(root, "a.jar")
	mustWrite(t, p.pom, "<project/>")
	mustWrite(t, jar, "jar")
	if _, ok := cachedClasspath(p); ok {
		t.Fatal("no classpath file, yet cached")
	}
	mustWrite(t, p.classpath, jar+"\n")
	cp, ok := cachedClasspath(p)
	if !ok || cp != jar {
		t.Fatalf("cachedClasspath = %q, %v", cp, ok)
	}
	// A newer pom invalidates the list.
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p.pom, later, later); err != nil {
		t.Fatal(err)
	}
	if _, ok := cachedClasspath(p); ok {
		t.Error("cached although the pom is newer")
	}
	// So does a jar that vanished from the local repository.
	mustWrite(t, p.classpath, jar+string(filepath.ListSeparator)+filepath.Join(root, "gone.jar"))
	if _, ok := cachedClasspath(p); ok {
		t.Error("cached although a jar is missing")
	}
}

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEnvRoute(t *testing.T) {
	ctx := context.Background()
	addr := boltServer(t, 0x00_00_08_05)
	o := Options{Root: t.TempDir(), Getenv: env(map[string]string{"NEO4J_URI": "bolt://" + addr}), StartTimeout: 5 * time.Second}
	st, err := Start(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.Route != RouteEnv || !st.Running || st.URI != "bolt://"+addr {
		t.Errorf("Start = %+v", st)
	}
	st, err = CurrentStatus(ctx, o)
	if err != nil || !st.Running || st.Route != RouteEnv {
		t.Errorf("CurrentStatus = %+v, %v", st, err)
	}
	if err := Stop(ctx, o); err != nil {
		t.Errorf("Stop: %v", err)
	}
	// Stop left the server alone.
	if err := probe(ctx, addr, true); err != nil {
		t.Errorf("after Stop: %v", err)
	}

	o.Getenv = env(map[string]string{"NEO4J_URI": "bolt://" + freeAddr(t)})
	o.StartTimeout = 600 * time.Millisecond
	if _, err := Start(ctx, o); err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Errorf("Start against nothing: %v", err)
	}
	if st, err := CurrentStatus(ctx, o); err != nil || st.Running {
		t.Errorf("CurrentStatus against nothing = %+v, %v", st, err)
	}
}

func TestMavenRouteRefusesForeignListener(t *testing.T) {
	// Something that is not ours holds the port: Start must say so rather
	// than launch a server that cannot bind.
	addr := boltServer(t, 0x00_00_08_05)
	o := Options{Root: t.TempDir(), Addr: addr, Getenv: env(map[string]string{"ATTACHE_NEO4J_ROUTE": "maven"})}
	_, err := Start(context.Background(), o)
	if err == nil || !strings.Contains(err.Error(), "did not start it") {
		t.Fatalf("Start = %v, want a 'did not start it' error", err)
	}
	st, err := CurrentStatus(context.Background(), o)
	if err != nil || st.Running || !strings.Contains(st.Detail, "something else listens") {
		t.Errorf("CurrentStatus = %+v, %v", st, err)
	}
	if err := Stop(context.Background(), o); err != nil {
		t.Errorf("Stop: %v", err)
	}
	if err := probe(context.Background(), addr, true); err != nil {
		t.Errorf("Stop touched the foreign server: %v", err)
	}
}

func TestOptionsDefaults(t *testing.T) {
	o, err := Options{Getenv: env(map[string]string{"NEO4J_USER": "u", "ATTACHE_ROOT": "/r"})}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if o.Root != "/r" || o.Addr != DefaultAddr || o.User != "u" || o.Password != DefaultPassword || o.StartTimeout != 3*time.Minute || o.State != "/r/.neo4j" {
		t.Errorf("defaults = %+v", o)
	}
	// A test server keeps its data apart from the user's (relative to the root).
	o, err = Options{Getenv: env(map[string]string{"ATTACHE_ROOT": "/r", "ATTACHE_NEO4J_STATE": ".neo4j-test"})}.withDefaults()
	if err != nil || o.State != "/r/.neo4j-test" || o.mavenPaths().data != "/r/.neo4j-test/data" {
		t.Errorf("ATTACHE_NEO4J_STATE gave %q (%v)", o.State, err)
	}
	if _, err := (Options{Addr: "7687", Getenv: env(nil)}).withDefaults(); err == nil {
		t.Error("accepted an address without a host")
	}
}
