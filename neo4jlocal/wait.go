package neo4jlocal

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

// boltMagic opens every Bolt connection.
const boltMagic = 0x6060B017

// boltProposal offers Bolt 5.0–5.8 and 4.2–4.4: anything a 5.26 server or
// the drivers we use would pick. Only a non-zero answer matters here.
var boltProposal = [4]uint32{
	0x00_08_08_05, // 5.8 down to 5.0
	0x00_02_04_04, // 4.4 down to 4.2
	0x00_00_00_03, // 3
	0,
}

// handshake performs the Bolt version negotiation on conn and returns the
// version the server chose. A server that speaks none of ours answers 0.
func handshake(conn net.Conn) (uint32, error) {
	var req bytes.Buffer
	_ = binary.Write(&req, binary.BigEndian, uint32(boltMagic))
	_ = binary.Write(&req, binary.BigEndian, boltProposal)
	if _, err := conn.Write(req.Bytes()); err != nil {
		return 0, fmt.Errorf("send bolt handshake: %w", err)
	}
	var resp [4]byte
	if _, err := io.ReadFull(conn, resp[:]); err != nil {
		return 0, fmt.Errorf("read bolt handshake answer: %w", err)
	}
	v := binary.BigEndian.Uint32(resp[:])
	if v == 0 {
		return 0, errors.New("server speaks none of the offered bolt versions")
	}
	return v, nil
}

// probe checks once that addr accepts TCP and, if withHandshake, that it
// answers the Bolt handshake.
func probe(ctx context.Context, addr string, withHandshake bool) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	if !withHandshake {
		return nil
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	_, err = handshake(conn)
	return err
}

// waitReachable polls until ready (if given) reports nil and addr answers,
// or ctx ends; the error then names the last reason it was not ready.
func waitReachable(ctx context.Context, addr string, withHandshake bool, ready func() error) error {
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		var err error
		if ready != nil {
			err = ready()
		}
		if err == nil {
			err = probe(ctx, addr, withHandshake)
			if err == nil {
				return nil
			}
			err = fmt.Errorf("bolt at %s: %w", addr, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("gave up waiting (%w): %w", context.Cause(ctx), err)
		case <-tick.C:
		}
	}
}

// tailFile returns the last n lines of the file at path, or a note saying
// why there are none; it reads at most the final 64 KiB.
func tailFile(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	defer f.Close()
	const window = 64 << 10
	info, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(log unreadable: %v)", err)
	}
	start := info.Size() - window
	if start < 0 {
		start = 0
	}
	buf := make([]byte, info.Size()-start)
	if _, err := f.ReadAt(buf, start); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Sprintf("(log unreadable: %v)", err)
	}
	if start > 0 {
		// Drop the partial first line.
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			buf = buf[i+1:]
		}
	}
	return lastLines(string(buf), n)
}

// lastLines keeps the final n lines of s, without a trailing newline.
func lastLines(s string, n int) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return "(log is empty)"
	}
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// withLogTail appends a titled log excerpt to err.
func withLogTail(err error, title, tail string) error {
	return fmt.Errorf("%w\n--- last lines of %s ---\n%s", err, title, tail)
}
