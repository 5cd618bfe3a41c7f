package attache_test

import (
	"os/exec"
	"strings"
	"testing"
)

// importRules says which of the project's packages, and which outside
// modules, each package may import directly. Dependencies point inward: the
// CLI wires everything; the API and the loader see only the domain and
// interfaces; only neo4jdb touches the driver. A package missing here fails
// the test, so a new package must state its place.
var importRules = map[string]struct {
	project []string // project packages allowed, relative to the module root ("" = root)
	outside []string // prefixes of non-standard imports allowed
}{
	"":                       {},
	"schema":                 {},
	"identity":               {project: []string{""}, outside: []string{"golang.org/x/text"}},
	"loader/extract":         {project: []string{"", "identity", "loader/extract/lexicon"}, outside: []string{"golang.org/x/net/html", "golang.org/x/text"}},
	"loader/extract/lexicon": {project: []string{"", "identity"}},
	"loader":                 {project: []string{"", "loader/extract"}, outside: []string{"golang.org/x/term"}},
	"neo4jdb":                {project: []string{"", "identity", "schema"}, outside: []string{"github.com/neo4j/neo4j-go-driver/v5", "golang.org/x/text"}},
	"neo4jdb/neo4jtest":      {project: []string{"", "neo4jdb"}, outside: []string{"github.com/neo4j/neo4j-go-driver/v5"}},
	"neo4jlocal":             {project: []string{""}},
	"synth":                  {project: []string{""}},
	"graph":                  {project: []string{"", "graph/model"}, outside: []string{"github.com/99designs/gqlgen", "github.com/vektah/gqlparser/v2", "github.com/vikstrous/dataloadgen", "github.com/hashicorp/golang-lru/v2"}},
	"graph/model":            {project: []string{""}, outside: []string{"github.com/99designs/gqlgen"}},
	"web":                    {},
	"cmd/attache":            {project: []string{"*"}, outside: []string{"*"}},
	"scripts/datediff":       {},
}

func TestImportDirection(t *testing.T) {
	const module = "github.com/attache-project/attache"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		rule, ok := importRules[pkg]
		if !ok {
			t.Errorf("package %q has no import rule in deps_test.go: say what it may import", pkg)
			continue
		}
		for _, imp := range fields[1:] {
			switch {
			case imp == module || strings.HasPrefix(imp, module+"/"):
				dep := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
				if !allowed(rule.project, dep, true) {
					t.Errorf("%s imports %s: not allowed (dependencies point inward; see deps_test.go)", orRoot(pkg), orRoot(dep))
				}
			case !strings.Contains(strings.Split(imp, "/")[0], "."):
				// standard library
			default:
				if !allowed(rule.outside, imp, false) {
					t.Errorf("%s imports %s: not allowed (only the packages listed in deps_test.go may use it)", orRoot(pkg), imp)
				}
			}
		}
	}
}

func allowed(list []string, imp string, exact bool) bool {
	for _, a := range list {
		if a == "*" || a == imp || (!exact && strings.HasPrefix(imp, a)) {
			return true
		}
	}
	return false
}

func orRoot(p string) string {
	if p == "" {
		return "attache (root)"
	}
	return p
}
