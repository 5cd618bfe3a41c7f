package neo4jlocal

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The launcher class tools/neo4j builds; its name also identifies the
// process behind a pid file.
const launcherClass = "attache.Neo4jLauncher"

// mavenTimeout bounds dependency resolution: a cold cache downloads about
// 170 MB of jars from Maven Central.
const mavenTimeout = 20 * time.Minute

// logTailLines is how much of a server log an error carries.
const logTailLines = 30

// mavenPaths are the files of the maven route, all absolute.
type mavenPaths struct {
	pom, source, classes, classFile, classpath string
	state, data, log, prevLog, pid, ready      string
	lock, mavenLog                             string
}

func (o Options) mavenPaths() mavenPaths {
	tool := filepath.Join(o.Root, "tools", "neo4j")
	state := o.stateDir()
	classes := filepath.Join(tool, "target", "classes")
	return mavenPaths{
		pom:       filepath.Join(tool, "pom.xml"),
		source:    filepath.Join(tool, "src", "main", "java", "attache", "Neo4jLauncher.java"),
		classes:   classes,
		classFile: filepath.Join(classes, "attache", "Neo4jLauncher.class"),
		classpath: filepath.Join(tool, "target", "classpath.txt"),
		state:     state,
		data:      filepath.Join(state, "data"),
		log:       filepath.Join(state, "neo4j.log"),
		prevLog:   filepath.Join(state, "neo4j.log.1"),
		pid:       filepath.Join(state, "neo4j.pid"),
		ready:     filepath.Join(state, "ready"),
		lock:      filepath.Join(state, "start.lock"),
		mavenLog:  filepath.Join(state, "maven.log"),
	}
}

// rel shows path relative to the repository root when it is inside it.
func (o Options) rel(path string) string {
	if r, err := filepath.Rel(o.Root, path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

func (o Options) mavenDetail(p mavenPaths) string {
	return fmt.Sprintf("data %s, log %s", o.rel(p.data), o.rel(p.log))
}

func startMaven(ctx context.Context, o Options) (Status, error) {
	p := o.mavenPaths()
	st := Status{Route: RouteMaven, URI: "bolt://" + o.Addr, Detail: o.mavenDetail(p)}
	if err := os.MkdirAll(p.state, 0o755); err != nil {
		return st, fmt.Errorf("create %s: %w", p.state, err)
	}
	unlock, err := lockFile(ctx, p.lock, func() { o.logf("another start is in progress; waiting for it") })
	if err != nil {
		return st, fmt.Errorf("lock %s for the Neo4j server: %w", o.rel(p.lock), err)
	}
	defer unlock()

	if pid, ok := readLauncherPID(p.pid); ok {
		st.PID = pid
		o.logf("already started by this checkout (pid %d); checking that bolt://%s answers", pid, o.Addr)
		wctx, cancel := context.WithTimeout(ctx, o.StartTimeout)
		defer cancel()
		if err := waitReachable(wctx, o.Addr, true, readyMarker(p.ready)); err != nil {
			return st, withLogTail(fmt.Errorf("the Neo4j server with pid %d does not answer: %w", pid, err), o.rel(p.log), tailFile(p.log, logTailLines))
		}
		st.Running = true
		return st, nil
	}
	removeStale(p)
	if probe(ctx, o.Addr, false) == nil {
		return st, fmt.Errorf("something already listens on %s but this checkout did not start it (no live %s); "+
			"use it with NEO4J_URI=bolt://%s, stop it, or pick another address with ATTACHE_NEO4J_ADDR", o.Addr, o.rel(p.pid), o.Addr)
	}

	java, javac, err := findJava(ctx, o.Getenv)
	if err != nil {
		return st, err
	}
	cp, err := resolveClasspath(ctx, o, p)
	if err != nil {
		return st, err
	}
	if err := compileLauncher(ctx, o, p, javac, cp); err != nil {
		return st, err
	}
	pid, err := launch(ctx, o, p, java, cp)
	st.PID = pid
	if err != nil {
		return st, err
	}
	st.Running = true
	return st, nil
}

// readyMarker reports whether the launcher has written its ready file.
func readyMarker(path string) func() error {
	return func() error {
		if _, err := os.Stat(path); err != nil {
			return errors.New("the launcher has not written its ready marker yet")
		}
		return nil
	}
}

// readLauncherPID returns the pid in the pid file if that process is alive
// and is our launcher (not a recycled pid).
func readLauncherPID(pidFile string) (int, bool) {
	b, err := os.ReadFile(pidFile)
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0, false
	}
	if !processAlive(pid) || !looksLikeLauncher(pid) {
		return 0, false
	}
	return pid, true
}

// looksLikeLauncher checks the process's command line where the system
// shows it (Linux /proc); elsewhere a live pid is trusted.
func looksLikeLauncher(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return true
	}
	return bytes.Contains(b, []byte(launcherClass))
}

// removeStale deletes the pid and ready files of a launcher that is gone.
func removeStale(p mavenPaths) {
	_ = os.Remove(p.pid)
	_ = os.Remove(p.ready)
}

// javaMajor extracts the major version from `java -version` output:
// `openjdk version "17.0.15" ...` → 17, `"1.8.0_392"` → 8.
func javaMajor(versionOutput string) (int, bool) {
	m := regexp.MustCompile(`version "(\d+)(?:\.(\d+))?`).FindStringSubmatch(versionOutput)
	if m == nil {
		return 0, false
	}
	major, _ := strconv.Atoi(m[1])
	if major == 1 && m[2] != "" {
		major, _ = strconv.Atoi(m[2])
	}
	return major, true
}

// findJava locates java and javac (JAVA_HOME first, then PATH) and checks
// that they are Java 17 or newer, which Neo4j 5.26 needs.
func findJava(ctx context.Context, getenv func(string) string) (java, javac string, err error) {
	look := func(name string) (string, error) {
		if home := getenv("JAVA_HOME"); home != "" {
			candidate := filepath.Join(home, "bin", name)
			if _, err := os.Stat(candidate); err == nil {
				return candidate, nil
			}
		}
		return exec.LookPath(name)
	}
	if java, err = look("java"); err != nil {
		return "", "", fmt.Errorf("no java found (JAVA_HOME or PATH); install a JDK 17 or 21, or set NEO4J_URI to a running server: %w", err)
	}
	if javac, err = look("javac"); err != nil {
		return "", "", fmt.Errorf("no javac found next to %s; install a full JDK 17 or 21 (not just a JRE): %w", java, err)
	}
	out, err := exec.CommandContext(ctx, java, "-version").CombinedOutput()
	if err != nil {
		return "", "", fmt.Errorf("%s -version: %w: %s", java, err, strings.TrimSpace(string(out)))
	}
	major, ok := javaMajor(string(out))
	if !ok {
		return "", "", fmt.Errorf("cannot read the Java version from %q", strings.TrimSpace(string(out)))
	}
	if major < 17 {
		return "", "", fmt.Errorf("%s is Java %d; Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME)", java, major)
	}
	return java, javac, nil
}

// resolveClasspath returns the launcher's runtime classpath, asking Maven
// only when the cached list is missing, older than the pom, or names a jar
// that is no longer in the local repository.
func resolveClasspath(ctx context.Context, o Options, p mavenPaths) (string, error) {
	if cp, ok := cachedClasspath(p); ok {
		return cp, nil
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return "", fmt.Errorf("mvn is not on PATH; install Maven 3.6+ or set NEO4J_URI to a running server: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(p.classpath), 0o755); err != nil {
		return "", err
	}
	logFile, err := os.Create(p.mavenLog)
	if err != nil {
		return "", err
	}
	defer logFile.Close()

	o.logf("resolving Neo4j's jars with Maven (a first run downloads about 170 MB; output in %s)", o.rel(p.mavenLog))
	mctx, cancel := context.WithTimeout(ctx, mavenTimeout)
	defer cancel()
	tmp := p.classpath + ".tmp"
	cmd := exec.CommandContext(mctx, mvn, "-B", "-f", p.pom,
		"dependency:build-classpath", "-Dmdep.outputFile="+tmp, "-Dmdep.includeScope=runtime")
	cmd.Dir = o.Root
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	started := time.Now()
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("start %s: %w", mvn, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	progress := time.NewTicker(15 * time.Second)
	defer progress.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				if mctx.Err() != nil {
					err = fmt.Errorf("%w (%v)", err, context.Cause(mctx))
				}
				return "", withLogTail(fmt.Errorf("resolving Neo4j with Maven: %w", err), o.rel(p.mavenLog), tailFile(p.mavenLog, logTailLines))
			}
			if err := os.Rename(tmp, p.classpath); err != nil {
				return "", err
			}
			cp, ok := cachedClasspath(p)
			if !ok {
				return "", withLogTail(errors.New("the classpath Maven wrote is unusable"), o.rel(p.mavenLog), tailFile(p.mavenLog, logTailLines))
			}
			o.logf("resolved %d jars in %s", len(filepath.SplitList(cp)), time.Since(started).Round(time.Second))
			return cp, nil
		case <-progress.C:
			o.logf("still resolving with Maven (%s, %d files downloaded so far)", time.Since(started).Round(time.Second), countDownloads(p.mavenLog))
		}
	}
}

// countDownloads counts Maven's "Downloaded from" lines, as a progress hint.
func countDownloads(mavenLog string) int {
	f, err := os.Open(mavenLog)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "Downloaded from") {
			n++
		}
	}
	return n
}

func cachedClasspath(p mavenPaths) (string, bool) {
	cpInfo, err := os.Stat(p.classpath)
	if err != nil {
		return "", false
	}
	if pomInfo, err := os.Stat(p.pom); err != nil || pomInfo.ModTime().After(cpInfo.ModTime()) {
		return "", false
	}
	b, err := os.ReadFile(p.classpath)
	if err != nil {
		return "", false
	}
	cp := strings.TrimSpace(string(b))
	jars := filepath.SplitList(cp)
	if len(jars) == 0 {
		return "", false
	}
	for _, jar := range jars {
		if _, err := os.Stat(jar); err != nil {
			return "", false
		}
	}
	return cp, true
}

// compileLauncher compiles the launcher class unless it is newer than both
// its source and the classpath.
func compileLauncher(ctx context.Context, o Options, p mavenPaths, javac, cp string) error {
	if upToDate(p.classFile, p.source, p.classpath) {
		return nil
	}
	o.logf("compiling %s", o.rel(p.source))
	if err := os.MkdirAll(p.classes, 0o755); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, javac, "--release", "17", "-nowarn", "-d", p.classes, p.source)
	cmd.Env = append(os.Environ(), "CLASSPATH="+cp)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("compile the Neo4j launcher: %w\n%s", err, lastLines(string(out), logTailLines))
	}
	return nil
}

// upToDate reports whether target exists and is newer than every source.
func upToDate(target string, sources ...string) bool {
	t, err := os.Stat(target)
	if err != nil {
		return false
	}
	for _, s := range sources {
		si, err := os.Stat(s)
		if err != nil || si.ModTime().After(t.ModTime()) {
			return false
		}
	}
	return true
}

// javaArgs are the JVM flags for a small machine (2 cores, a few GB free):
// a 2 GB heap by default (ATTACHE_NEO4J_HEAP), the opens Neo4j's own
// scripts pass so the page cache avoids its slow fallback, and any extra
// ATTACHE_NEO4J_JAVA_OPTS.
func javaArgs(o Options, p mavenPaths) []string {
	heap := firstNonEmpty(o.Getenv("ATTACHE_NEO4J_HEAP"), "2g")
	args := []string{
		"-Xms256m", "-Xmx" + heap,
		"-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+ExitOnOutOfMemoryError",
		"-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"--add-opens=java.base/java.lang=ALL-UNNAMED",
	}
	args = append(args, strings.Fields(o.Getenv("ATTACHE_NEO4J_JAVA_OPTS"))...)
	args = append(args, launcherClass, "--home", p.state, "--listen", o.Addr,
		"--pagecache-mb", firstNonEmpty(o.Getenv("ATTACHE_NEO4J_PAGECACHE_MB"), "512"))
	return args
}

// launch starts the launcher in its own session so it outlives this
// process, then waits for its ready marker and a Bolt handshake. A launch
// that does not become ready is stopped again, so nothing half-started is
// left behind.
func launch(ctx context.Context, o Options, p mavenPaths, java, cp string) (int, error) {
	if _, err := os.Stat(p.log); err == nil {
		_ = os.Rename(p.log, p.prevLog)
	}
	logFile, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return 0, err
	}
	defer logFile.Close()

	cmd := exec.Command(java, javaArgs(o, p)...) // not CommandContext: the server must outlive ctx
	cmd.Dir = o.Root
	// Later duplicates win in exec, so these override the caller's values.
	classpath := p.classes + string(filepath.ListSeparator) + cp
	cmd.Env = append(os.Environ(), "CLASSPATH="+classpath, "NEO4J_USER="+o.User, "NEO4J_PASSWORD="+o.Password)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.SysProcAttr = detachedProcess()
	started := time.Now()
	o.logf("starting Neo4j on bolt://%s (log %s)", o.Addr, o.rel(p.log))
	if err := cmd.Start(); err != nil {
		return 0, fmt.Errorf("start %s: %w", java, err)
	}
	pid := cmd.Process.Pid
	if err := os.WriteFile(p.pid, []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		_ = terminate(pid, 20*time.Second)
		return pid, fmt.Errorf("write %s: %w", p.pid, err)
	}

	// Reap the child whenever it ends, and stop waiting as soon as it does.
	wctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		err := cmd.Wait()
		if err == nil {
			err = errors.New("exited")
		}
		cancel(fmt.Errorf("the launcher ended: %w", err))
	}()
	wctx, cancelTimeout := context.WithTimeoutCause(wctx, o.StartTimeout,
		fmt.Errorf("not ready after %s", o.StartTimeout))
	defer cancelTimeout()

	if err := waitReachable(wctx, o.Addr, true, readyMarker(p.ready)); err != nil {
		if processAlive(pid) {
			_ = terminate(pid, 30*time.Second)
		}
		removeStale(p)
		return pid, withLogTail(fmt.Errorf("Neo4j did not start: %w", err), o.rel(p.log), tailFile(p.log, logTailLines))
	}
	o.logf("ready on bolt://%s after %s (pid %d, user %s)", o.Addr, time.Since(started).Round(100*time.Millisecond), pid, o.User)
	return pid, nil
}

func stopMaven(ctx context.Context, o Options) error {
	p := o.mavenPaths()
	if _, err := os.Stat(p.state); err != nil {
		return nil // never started here
	}
	unlock, err := lockFile(ctx, p.lock, func() { o.logf("a start is in progress; waiting for it before stopping") })
	if err != nil {
		return fmt.Errorf("lock %s for the Neo4j server: %w", o.rel(p.lock), err)
	}
	defer unlock()
	pid, ok := readLauncherPID(p.pid)
	if !ok {
		removeStale(p)
		return nil
	}
	o.logf("stopping the server (pid %d)", pid)
	if err := terminate(pid, 60*time.Second); err != nil {
		return fmt.Errorf("stop the Neo4j server (pid %d): %w", pid, err)
	}
	removeStale(p)
	o.logf("stopped")
	return nil
}

// statusMaven reports the launcher started by this checkout; ok is false
// when there is none (the Status then says so).
func statusMaven(ctx context.Context, o Options) (Status, bool) {
	p := o.mavenPaths()
	st := Status{Route: RouteMaven, URI: "bolt://" + o.Addr}
	pid, ok := readLauncherPID(p.pid)
	if !ok {
		st.Detail = "not started by this checkout"
		if probe(ctx, o.Addr, false) == nil {
			st.Detail += fmt.Sprintf(", but something else listens on %s", o.Addr)
		}
		return st, false
	}
	st.PID = pid
	st.Detail = o.mavenDetail(p)
	if readyMarker(p.ready)() != nil {
		st.Detail = "starting, " + st.Detail
		return st, true
	}
	st.Running = probe(ctx, o.Addr, true) == nil
	return st, true
}
