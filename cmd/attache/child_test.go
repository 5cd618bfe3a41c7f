package main

import "os/exec"

// cliCommand is exec.Command for the attache processes a test starts. Where
// the platform allows (dieWithTest), the child is killed when the test binary
// dies: a test binary that times out or panics exits without running its
// cleanups, and an `attache load` it left behind would go on writing to the
// test server under the next test's feet.
func cliCommand(bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	dieWithTest(cmd)
	return cmd
}
