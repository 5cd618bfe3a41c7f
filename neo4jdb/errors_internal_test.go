package neo4jdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"testing"

	"github.com/attache-project/attache"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The driver reports a lost server in several shapes; each must become
// "Neo4j unavailable" with the message that says what to do, and nothing
// else may.
func TestStoreErrorRecognisesALostServer(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	for _, tc := range []struct {
		name     string
		err      error
		code     string
		contains string
	}{
		{"connection lost in a statement", &neo4j.ConnectivityError{Inner: io.EOF}, attache.EUNAVAILABLE, "(connection lost)"},
		{"the same, wrapped by the transaction function",
			fmt.Errorf("read articles: %w", &neo4j.ConnectivityError{Inner: io.EOF}), attache.EUNAVAILABLE, "(connection lost)"},
		{"retries exhausted on a lost connection", &neo4j.TransactionExecutionLimit{
			Cause:  "timeout (exceeded max retry time: 5s)",
			Errors: []error{&neo4j.ConnectivityError{Inner: io.EOF}},
		}, attache.EUNAVAILABLE, "(connection lost)"},
		{"a server that stopped answering", &neo4j.ConnectivityError{Inner: fmt.Errorf("Timeout while reading from connection: %w", context.DeadlineExceeded)},
			attache.EUNAVAILABLE, "(no answer from the server)"},
		{"retries exhausted on a refused connection", &neo4j.TransactionExecutionLimit{
			Cause:  "timeout (exceeded max retry time: 5s)",
			Errors: []error{deadlock, &neo4j.ConnectivityError{Inner: refused}},
		}, attache.EUNAVAILABLE, "(connection refused)"},
		{"retries exhausted, the driver's raw dial error", &neo4j.TransactionExecutionLimit{
			Cause:  "timeout (exceeded max retry time: 5s)",
			Errors: []error{io.EOF, refused},
		}, attache.EUNAVAILABLE, "(connection refused)"},
		{"retries exhausted on deadlocks", &neo4j.TransactionExecutionLimit{
			Cause:  "timeout (exceeded max retry time: 5s)",
			Errors: []error{&neo4j.ConnectivityError{Inner: io.EOF}, deadlock},
		}, attache.EINTERNAL, ""},
		{"retries exhausted with no errors", &neo4j.TransactionExecutionLimit{Cause: "?"}, attache.EINTERNAL, ""},
		{"a constraint the data broke", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, attache.EINTERNAL, ""},
		{"a misused driver", &neo4j.UsageError{Message: "Pool closed"}, attache.EINTERNAL, ""},
		{"a deadline", context.DeadlineExceeded, attache.ETIMEOUT, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := &DB{cfg: Config{URI: "bolt://db.example:7687", ConnectTimeout: DefaultConnectTimeout}}
			got := db.storeError("save article a1", tc.err)
			if code := attache.ErrorCode(got); code != tc.code {
				t.Fatalf("code %s, want %s: %v", code, tc.code, got)
			}
			if !errors.Is(got, tc.err) {
				t.Errorf("the driver's error is lost: %v", got)
			}
			if tc.code != attache.EUNAVAILABLE {
				return
			}
			msg := attache.ErrorMessage(got)
			for _, want := range []string{"cannot reach Neo4j at bolt://db.example:7687", tc.contains, "start one with 'make neo4j' or set NEO4J_URI"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
		})
	}
}

// The transaction function wraps the driver's errors with the step that
// failed; what it gives back to the driver must be the driver's own error,
// so a lost connection or a deadlock is retried.
func TestDriverErrorReachesTheDriverUnwrapped(t *testing.T) {
	lost := &neo4j.ConnectivityError{Inner: io.EOF}
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	invalid := attache.Errorf(attache.EINVALID, "bad input")
	for _, tc := range []struct {
		err, want error
	}{
		{fmt.Errorf("read articles: %w", lost), lost},
		{fmt.Errorf("lock 3 keys from a: %w", deadlock), deadlock},
		{fmt.Errorf("set meetings: %w", io.EOF), io.EOF},
		{fmt.Errorf("merge articles: %w", refused), refused},
		{invalid, invalid},
	} {
		if got := driverError(tc.err); got != tc.want {
			t.Errorf("driverError(%v) = %v (%T), want %v", tc.err, got, got, tc.want)
		}
	}
	step := &stepError{msg: "read articles: EOF", err: lost}
	var ce *neo4j.ConnectivityError
	if !errors.As(step, &ce) || step.Error() != "read articles: EOF" {
		t.Errorf("stepError hides the driver's error or its message: %v", step)
	}
}
