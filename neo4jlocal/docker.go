package neo4jlocal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// composeService is the Neo4j service in docker-compose.yml; it publishes
// Bolt on dockerAddr.
const (
	composeService = "neo4j"
	dockerAddr     = "127.0.0.1:7687"
)

// dockerAvailable reports whether a Docker engine answers within a few
// seconds. A docker CLI without an engine (as in CI) does not count.
func dockerAvailable(ctx context.Context) bool {
	docker, err := exec.LookPath("docker")
	if err != nil {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, docker, "info", "--format", "{{.ServerVersion}}")
	out, err := cmd.Output()
	return err == nil && strings.TrimSpace(string(out)) != ""
}

// compose builds a `docker compose` command for the repository's compose
// file, with the credentials the compose file turns into NEO4J_AUTH.
func compose(ctx context.Context, o Options, args ...string) *exec.Cmd {
	full := append([]string{"compose", "-f", filepath.Join(o.Root, "docker-compose.yml"), "--project-directory", o.Root}, args...)
	cmd := exec.CommandContext(ctx, "docker", full...)
	cmd.Dir = o.Root
	cmd.Env = append(os.Environ(), "NEO4J_USER="+o.User, "NEO4J_PASSWORD="+o.Password)
	return cmd
}

func dockerStatusBase() Status {
	return Status{Route: RouteDocker, URI: "bolt://" + dockerAddr, Detail: "compose service neo4j, data in volume neo4j-data"}
}

func startDocker(ctx context.Context, o Options) (Status, error) {
	st := dockerStatusBase()
	if o.User != DefaultUser {
		// The image's NEO4J_AUTH only sets the password of the user neo4j.
		return st, fmt.Errorf("the docker route supports only NEO4J_USER=neo4j (got %q)", o.User)
	}
	o.logf("Docker engine found: docker compose up -d --wait %s", composeService)
	cctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	cmd := compose(cctx, o, "up", "-d", "--wait", composeService)
	cmd.Stdout = o.Log
	cmd.Stderr = o.Log
	if err := cmd.Run(); err != nil {
		return st, withLogTail(fmt.Errorf("docker compose up: %w", err), "the neo4j container's log", dockerLogTail(ctx, o))
	}
	wctx, cancelWait := context.WithTimeout(ctx, o.StartTimeout)
	defer cancelWait()
	if err := waitReachable(wctx, dockerAddr, true, nil); err != nil {
		return st, withLogTail(fmt.Errorf("the container is up but Bolt does not answer: %w", err), "the neo4j container's log", dockerLogTail(ctx, o))
	}
	st.Running = true
	o.logf("ready on bolt://%s", dockerAddr)
	return st, nil
}

func stopDocker(ctx context.Context, o Options) error {
	running, err := composeRunning(ctx, o)
	if err != nil || !running {
		return err
	}
	o.logf("stopping the compose service %s (its volume stays)", composeService)
	cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	cmd := compose(cctx, o, "stop", composeService)
	cmd.Stdout = o.Log
	cmd.Stderr = o.Log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("docker compose stop: %w", err)
	}
	return nil
}

func statusDocker(ctx context.Context, o Options) (Status, error) {
	st := dockerStatusBase()
	running, err := composeRunning(ctx, o)
	if err != nil {
		return st, err
	}
	if !running {
		st.Detail = "compose service neo4j is not running"
		return st, nil
	}
	st.Running = probe(ctx, dockerAddr, true) == nil
	return st, nil
}

// composeRunning reports whether this project's neo4j container runs.
func composeRunning(ctx context.Context, o Options) (bool, error) {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var stderr bytes.Buffer
	cmd := compose(cctx, o, "ps", "--status", "running", "--quiet", composeService)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return false, fmt.Errorf("docker compose ps: %w: %s", err, strings.TrimSpace(stderr.String()))
		}
		return false, fmt.Errorf("docker compose ps: %w", err)
	}
	return strings.TrimSpace(string(out)) != "", nil
}

func dockerLogTail(ctx context.Context, o Options) string {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := compose(cctx, o, "logs", "--no-color", "--tail", fmt.Sprint(logTailLines), composeService).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("(docker compose logs failed: %v) %s", err, strings.TrimSpace(string(out)))
	}
	return lastLines(string(out), logTailLines)
}
