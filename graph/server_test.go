package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/attache-project/attache"
)

func TestDepthCountsFieldsNotFragments(t *testing.T) {
	for _, tt := range []struct {
		query string
		want  int
	}{
		{`{ stats { nodes { type } } }`, 3},
		{`{ a b c }`, 1},
		{`{ meetings { edges { node { ...M } } } } fragment M on Meeting { participants { country { name } } }`, 6},
		{`{ meetings { edges { node { ... on Meeting { id } } } } }`, 4},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		// Resolve fragment spreads the way validation does.
		for _, op := range doc.Operations {
			link(op.SelectionSet, doc)
			if got := depth(op.SelectionSet, 0); got != tt.want {
				t.Errorf("depth(%s) = %d, want %d", tt.query, got, tt.want)
			}
		}
	}
}

func link(set ast.SelectionSet, doc *ast.QueryDocument) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			link(s.SelectionSet, doc)
		case *ast.InlineFragment:
			link(s.SelectionSet, doc)
		case *ast.FragmentSpread:
			s.Definition = doc.Fragments.ForName(s.Name)
			link(s.Definition.SelectionSet, doc)
		}
	}
}

func TestErrorPresenterHidesInternals(t *testing.T) {
	present := errorPresenter(slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	for _, tt := range []struct {
		err         error
		code, msg   string
		mustNotHave string
	}{
		{attache.Errorf(attache.ENOTFOUND, "no official %q", "x"), attache.ENOTFOUND, `no official "x"`, ""},
		{fmt.Errorf("read listMeetings: %w", errors.New("Neo.ClientError.Statement.SyntaxError: MATCH (m)")), attache.EINTERNAL, "internal error", "MATCH"},
		{&attache.Error{Code: attache.EUNAVAILABLE, Message: "cannot reach Neo4j at bolt://db:7687; start one with 'make neo4j'", Err: errors.New("dial tcp")}, attache.EUNAVAILABLE, "the graph store is unavailable", "make neo4j"},
		{&attache.Error{Code: attache.EINTERNAL, Message: "secret detail", Err: errors.New("x")}, attache.EINTERNAL, "internal error", "secret"},
		{context.DeadlineExceeded, attache.ETIMEOUT, "took too long", ""},
		{&gqlerror.Error{Message: "Cannot query field", Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}, attache.EINVALID, "Cannot query field", ""},
	} {
		got := present(context.Background(), tt.err)
		if got.Extensions["code"] != tt.code || !strings.Contains(got.Message, tt.msg) {
			t.Errorf("%v presented as %v %q, want %s %q", tt.err, got.Extensions["code"], got.Message, tt.code, tt.msg)
		}
		if tt.mustNotHave != "" && strings.Contains(got.Message, tt.mustNotHave) {
			t.Errorf("%v leaks %q: %q", tt.err, tt.mustNotHave, got.Message)
		}
	}
}

func TestPageArgs(t *testing.T) {
	r := &Resolver{MaxPageSize: 50}
	for _, tt := range []struct {
		first *int
		ok    bool
	}{{nil, true}, {ptrInt(1), true}, {ptrInt(50), true}, {ptrInt(51), false}, {ptrInt(0), false}, {ptrInt(-3), false}} {
		_, err := r.pageArgs(tt.first, nil)
		if (err == nil) != tt.ok || (err != nil && attache.ErrorCode(err) != attache.EINVALID) {
			t.Errorf("pageArgs(%v) = %v", deref(tt.first), err)
		}
	}
}

func ptrInt(n int) *int { return &n }

// writeResponse skips json.Marshal's re-compaction of data alone; the bytes
// must stay those json.Marshal writes, HTML escapes included.
func TestWriteResponseWritesWhatJSONMarshalWould(t *testing.T) {
	hasNext := false
	for _, resp := range []*graphql.Response{
		{Data: json.RawMessage(`{"officialsWhoMet":{"edges":[]}}`)},
		{Data: json.RawMessage(`{"a":"<b>Minister & envoy</b>","n":[1,2.5,null,true],"s":"line\u2028sep\u2029"}`)},
		{Data: json.RawMessage("{\"raw\":\"\u2028 and \u2029 unescaped, é, 東京\"}")},
		{Data: json.RawMessage(`null`)},
		{Data: nil},
		{Data: json.RawMessage(`{"a":1}`), Errors: gqlerror.List{{Message: "bad <input>"}}},
		{Data: json.RawMessage(`{"a":1}`), HasNext: &hasNext},
		{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 3}},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		writeResponse(&got, resp)
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("writeResponse(%s)\n got %s\nwant %s", resp.Data, got.Bytes(), want)
		}
	}
}
