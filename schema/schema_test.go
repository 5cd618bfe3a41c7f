package schema

import (
	"strings"
	"testing"
)

func TestStatementsAreIdempotentAndClean(t *testing.T) {
	stmts := Statements()
	if len(stmts) < 10 {
		t.Fatalf("got %d statements, want the constraints and indexes", len(stmts))
	}
	for _, s := range stmts {
		if !strings.Contains(s, "IF NOT EXISTS") {
			t.Errorf("statement is not idempotent: %q", s)
		}
		if strings.Contains(s, "//") || strings.Contains(s, ";") {
			t.Errorf("statement keeps a comment or separator: %q", s)
		}
	}
}

func TestStatementsCoverNodeKeys(t *testing.T) {
	joined := strings.Join(Statements(), "\n")
	for _, want := range []string{
		"(n:Article) REQUIRE n.id IS UNIQUE",
		"(n:Official) REQUIRE n.id IS UNIQUE",
		"(n:Country) REQUIRE n.code IS UNIQUE",
		"(n:Meeting) REQUIRE n.id IS UNIQUE",
		"(n:Issue) REQUIRE n.id IS UNIQUE",
		"CREATE FULLTEXT INDEX attache_search",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("schema lacks %q", want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"comments only", "// a\n  // b\n", nil},
		{"two statements", "// c\nA 1;\n\nB\n 2;\n", []string{"A 1", "B\n 2"}},
		{"no trailing semicolon", "A", []string{"A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
