package neo4jdb

import (
	"net"
	"testing"
)

// SilentBoltServer listens on a free local port, accepts every connection
// and never answers: a Neo4j that hangs. It returns its bolt:// URI; the
// listener and the connections close when the test ends. Exported for the
// package's external tests too.
func SilentBoltServer(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, silent, until the listener closes
		}
	}()
	return "bolt://" + l.Addr().String()
}
