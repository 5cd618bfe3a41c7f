package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// dieWithTest asks the kernel to send the child SIGKILL when the thread that
// started it exits. The Go runtime does not retire its threads unless a
// goroutine locked to one ends, which tests here never do, so in practice
// this is "when the test binary exits".
func dieWithTest(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// TestChildDiesWithTestBinary starts this test binary again as a stand-in
// for a test that starts a long child and then dies without cleanups (as on
// a -timeout panic), and checks that the child does not outlive it.
func TestChildDiesWithTestBinary(t *testing.T) {
	if os.Getenv("ATTACHE_CHILD_HELPER") == "1" {
		child := cliCommand("sleep", "600")
		if err := child.Start(); err != nil {
			fmt.Println("start:", err)
			os.Exit(2)
		}
		fmt.Println(child.Process.Pid)
		os.Exit(0) // no Wait, no cleanup: the way a timed-out test binary ends
	}
	helper := exec.Command(os.Args[0], "-test.run=^TestChildDiesWithTestBinary$")
	helper.Env = append(os.Environ(), "ATTACHE_CHILD_HELPER=1")
	out, err := helper.Output()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0]))
	if err != nil {
		t.Fatalf("helper printed %q: %v", out, err)
	}
	for range 100 {
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	_ = syscall.Kill(pid, syscall.SIGKILL)
	t.Fatalf("child %d outlived the test binary that started it", pid)
}
