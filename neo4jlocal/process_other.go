//go:build !unix

package neo4jlocal

import (
	"context"
	"errors"
	"syscall"
	"time"
)

// errUnsupported: the maven route relies on Unix sessions, signals and
// advisory locks. Elsewhere use Docker or NEO4J_URI.
var errUnsupported = errors.New("the maven route needs a Unix-like system; use Docker or set NEO4J_URI")

func detachedProcess() *syscall.SysProcAttr { return nil }

func processAlive(pid int) bool { return false }

func terminate(pid int, grace time.Duration) error { return errUnsupported }

func lockFile(ctx context.Context, path string, waiting func()) (func(), error) {
	return nil, errUnsupported
}
