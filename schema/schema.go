// Package schema holds the Neo4j constraints and indexes of Attaché's graph
// as Cypher files, embedded so the binary applies them without a checkout.
// It imports nothing of the project so that any package may use it.
package schema

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Statements returns the schema statements of every embedded .cypher file,
// in file-name order then file order, without comments or the trailing
// semicolons. Each statement is idempotent.
func Statements() []string {
	names, err := fs.Glob(files, "*.cypher")
	if err != nil {
		return nil // the pattern is constant and valid
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			continue // embedded files are always readable
		}
		out = append(out, split(string(data))...)
	}
	return out
}

// split strips "//" comment lines and cuts the rest on semicolons.
func split(text string) []string {
	var kept []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		kept = append(kept, line)
	}
	var stmts []string
	for _, part := range strings.Split(strings.Join(kept, "\n"), ";") {
		if s := strings.TrimSpace(part); s != "" {
			stmts = append(stmts, s)
		}
	}
	return stmts
}
