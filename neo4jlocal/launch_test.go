package neo4jlocal

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMavenRouteLaunch starts, re-starts, reports and stops a real Neo4j
// through the maven route, in a scratch copy of tools/neo4j on a free port,
// so a server already running for the checkout is not disturbed. It takes
// about half a minute with a warm Maven cache; set
// ATTACHE_TEST_NEO4J_LAUNCH=1 to run it.
func TestMavenRouteLaunch(t *testing.T) {
	if os.Getenv("ATTACHE_TEST_NEO4J_LAUNCH") == "" {
		t.Skip("set ATTACHE_TEST_NEO4J_LAUNCH=1 to launch a real Neo4j (slow)")
	}
	root := t.TempDir()
	for _, f := range []string{"pom.xml", "src/main/java/attache/Neo4jLauncher.java"} {
		b, err := os.ReadFile(filepath.Join("..", "tools", "neo4j", f))
		if err != nil {
			t.Fatal(err)
		}
		mustWrite(t, filepath.Join(root, "tools", "neo4j", f), string(b))
	}
	var log bytes.Buffer
	o := Options{
		Root: root,
		Addr: freeAddr(t),
		Getenv: env(map[string]string{
			"ATTACHE_NEO4J_ROUTE": "maven",
			"ATTACHE_NEO4J_HEAP":  "1g",
			"PATH":                os.Getenv("PATH"),
			"JAVA_HOME":           os.Getenv("JAVA_HOME"),
		}),
		Log: &log,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	t.Cleanup(func() {
		if err := Stop(context.Background(), o); err != nil {
			t.Errorf("cleanup Stop: %v", err)
		}
		t.Logf("progress:\n%s", log.String())
	})

	began := time.Now()
	st, err := Start(ctx, o)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Logf("first start took %s: %s", time.Since(began).Round(time.Millisecond), st)
	if !st.Running || st.Route != RouteMaven || st.PID == 0 || st.URI != "bolt://"+o.Addr {
		t.Fatalf("Start = %+v", st)
	}
	for _, f := range []string{"neo4j.pid", "ready", "neo4j.log", "data"} {
		if _, err := os.Stat(filepath.Join(root, ".neo4j", f)); err != nil {
			t.Errorf("after start: %v", err)
		}
	}

	// Idempotent: the same process is reported, nothing new is launched.
	again, err := Start(ctx, o)
	if err != nil || again.PID != st.PID || !again.Running {
		t.Fatalf("second Start = %+v, %v; want pid %d running", again, err, st.PID)
	}
	cur, err := CurrentStatus(ctx, o)
	if err != nil || !cur.Running || cur.PID != st.PID {
		t.Fatalf("CurrentStatus = %+v, %v", cur, err)
	}

	if err := Stop(ctx, o); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if processAlive(st.PID) {
		t.Errorf("pid %d still alive after Stop", st.PID)
	}
	cur, err = CurrentStatus(ctx, o)
	if err != nil || cur.Running {
		t.Errorf("after Stop, CurrentStatus = %+v, %v", cur, err)
	}
	if b, err := os.ReadFile(filepath.Join(root, ".neo4j", "neo4j.log")); err != nil || !strings.Contains(string(b), "stopped") {
		t.Errorf("the log does not show a clean shutdown (%v):\n%s", err, b)
	}

	// A restart reuses the resolved classpath and the compiled class, and
	// the store keeps the password it was given.
	began = time.Now()
	st2, err := Start(ctx, o)
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	t.Logf("restart took %s", time.Since(began).Round(time.Millisecond))
	if !st2.Running || st2.PID == st.PID {
		t.Errorf("restart = %+v", st2)
	}
	if strings.Count(log.String(), "resolving Neo4j's jars") != 1 || strings.Count(log.String(), "compiling") != 1 {
		t.Errorf("the restart resolved or compiled again:\n%s", log.String())
	}
}

// TestMavenRouteReportsLauncherFailure checks that a launcher that dies
// early is reported at once, with the tail of its log.
func TestMavenRouteReportsLauncherFailure(t *testing.T) {
	if os.Getenv("ATTACHE_TEST_NEO4J_LAUNCH") == "" {
		t.Skip("set ATTACHE_TEST_NEO4J_LAUNCH=1 to launch a real Neo4j (slow)")
	}
	root := t.TempDir()
	for _, f := range []string{"pom.xml", "src/main/java/attache/Neo4jLauncher.java"} {
		b, err := os.ReadFile(filepath.Join("..", "tools", "neo4j", f))
		if err != nil {
			t.Fatal(err)
		}
		mustWrite(t, filepath.Join(root, "tools", "neo4j", f), string(b))
	}
	o := Options{
		Root: root,
		Addr: freeAddr(t),
		// Neo4j refuses passwords shorter than 8 characters; the launcher
		// checks before starting anything.
		Password: "short",
		Getenv: env(map[string]string{
			"ATTACHE_NEO4J_ROUTE": "maven",
			"PATH":                os.Getenv("PATH"),
			"JAVA_HOME":           os.Getenv("JAVA_HOME"),
		}),
		StartTimeout: 2 * time.Minute,
	}
	began := time.Now()
	_, err := Start(context.Background(), o)
	if err == nil {
		_ = Stop(context.Background(), o)
		t.Fatal("Start succeeded with a too-short password")
	}
	for _, want := range []string{"the launcher ended", "last lines of .neo4j/neo4j.log", "at least 8 characters"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if time.Since(began) > time.Minute {
		t.Errorf("took %s to notice the launcher died", time.Since(began))
	}
}
