package main

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// secondLaneFile lists the tests of this package that scripts/test.sh
// runs on its second Neo4j (go test -run) and skips on the first (go test
// -skip); see the file's header.
const secondLaneFile = "../../scripts/second-lane.txt"

// readSecondLane returns the test names of secondLaneFile.
func readSecondLane(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(secondLaneFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			names = append(names, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// testFuncs returns the Test functions declared in the _test.go files of
// dir, whatever their build constraints (a test of one platform is in a
// lane too).
func testFuncs(t *testing.T, dir string) map[string]bool {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]bool{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Test") && fn.Name.Name != "TestMain" {
				tests[fn.Name.Name] = true
			}
		}
	}
	return tests
}

// otherPackagesTests returns, for each Test function name of the
// module's packages other than this one, one folder that declares it.
func otherPackagesTests(t *testing.T) map[string]string {
	t.Helper()
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	err = filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != "../.." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
			return filepath.SkipDir
		}
		if abs, _ := filepath.Abs(path); abs == here {
			return nil
		}
		for test := range testFuncs(t, path) {
			found[test] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// Every test of this package runs in exactly one of scripts/test.sh's
// lanes: the script builds one pattern from secondLaneFile and passes it
// to -run in the second lane and to -skip in the first, so a test is in
// the second if the pattern matches it and in the first otherwise. What
// could still go wrong is checked here: a line that is not one test's
// exact name (a typo or a renamed test would quietly move nothing, a
// pattern would move more than meant), a name that another package of
// the first lane also uses (-skip would drop that test from every lane),
// and a script that no longer passes the pattern to both flags.
func TestEveryTestRunsInOneLane(t *testing.T) {
	names := readSecondLane(t)
	if len(names) == 0 {
		t.Fatalf("%s lists no test", secondLaneFile)
	}
	ours := testFuncs(t, ".")
	others := otherPackagesTests(t)
	ident := regexp.MustCompile(`^Test[A-Za-z0-9_]*$`)
	listed := map[string]bool{}
	for _, name := range names {
		switch {
		case !ident.MatchString(name):
			t.Errorf("%s: %q is not a test's name (exact names only, no patterns)", secondLaneFile, name)
		case listed[name]:
			t.Errorf("%s: %s listed twice", secondLaneFile, name)
		case !ours[name]:
			t.Errorf("%s: %s is not a test of ./cmd/attache", secondLaneFile, name)
		case others[name] != "":
			t.Errorf("%s: %s is also a test in %s, which the first lane's -skip would drop", secondLaneFile, name, others[name])
		}
		listed[name] = true
	}
	pattern := regexp.MustCompile("^(" + strings.Join(names, "|") + ")$")
	var first, second int
	for name := range ours {
		if pattern.MatchString(name) { // -run in the second lane, -skip in the first
			second++
		} else {
			first++
		}
	}
	t.Logf("%d tests in the first lane, %d in the second", first, second)

	script, err := os.ReadFile("../../scripts/test.sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, use := range []string{"scripts/second-lane.txt", `-run "$second_lane"`, `-skip "$second_lane"`} {
		if !strings.Contains(string(script), use) {
			t.Errorf("scripts/test.sh no longer has %s: the lanes may not split ./cmd/attache's tests by %s", use, secondLaneFile)
		}
	}
}
