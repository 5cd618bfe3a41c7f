package graph

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
)

// A request body is a small JSON object: {"query": "...", "variables":
// {...}, "operationName": "..."} and, for persisted queries,
// "extensions". encoding/json decodes it into graphql.RawParams by
// reflection over the struct's fields, some 6 % of a small request's Go
// CPU. decodeBody reads the usual body by hand: json.Valid checks the
// whole of it first (no allocation), then one pass takes the two strings
// as they are and hands only the variables and extensions objects, if
// any, to encoding/json (generic maps, json.Number for numbers, as
// before). Anything unusual (not valid JSON, not an object, a field of
// the wrong type, a key given twice, a key that needs unescaping) goes to
// decodeBodyReflect, the decoder it replaces, so errors and edge cases
// (case-insensitive keys, null fields, invalid UTF-8 replaced) stay
// exactly what they were; FuzzDecodeBody holds the two to the same
// results.

// decodeBody decodes body as decodeBodyReflect does.
func decodeBody(body []byte) (*graphql.RawParams, error) {
	if params, ok := decodeBodyFast(body); ok {
		return params, nil
	}
	return decodeBodyReflect(body)
}

// errMoreThanOneValue is decodeBodyReflect's error for a body that holds a
// value after the request object.
var errMoreThanOneValue = errorString("more than one JSON value")

type errorString string

func (e errorString) Error() string { return string(e) }

// decodeBodyReflect is encoding/json's decoding of body into RawParams,
// numbers as json.Number; a second value after the first is
// errMoreThanOneValue.
func decodeBodyReflect(body []byte) (*graphql.RawParams, error) {
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errMoreThanOneValue
	}
	return params, nil
}

// decodeBodyFast decodes the usual body; ok is false for anything it
// leaves to decodeBodyReflect.
func decodeBodyFast(body []byte) (params *graphql.RawParams, ok bool) {
	if !json.Valid(body) {
		return nil, false
	}
	s := jsonScan{b: body}
	s.space()
	if !s.take('{') {
		return nil, false
	}
	params = &graphql.RawParams{}
	var seen [4]bool
	s.space()
	if s.take('}') {
		return params, true
	}
	for {
		key, ok := s.plainString()
		if !ok {
			return nil, false
		}
		s.space()
		s.take(':')
		s.space()
		start := s.i
		s.skipValue()
		value := body[start:s.i]
		field := bodyField(key)
		if field >= 0 {
			if seen[field] || !setBodyField(params, field, value) {
				return nil, false
			}
			seen[field] = true
		}
		s.space()
		if s.take('}') {
			return params, true
		}
		s.take(',')
		s.space()
	}
}

// The fields of RawParams, as bodyField numbers them.
const (
	fieldQuery = iota
	fieldOperationName
	fieldVariables
	fieldExtensions
)

// bodyField numbers a key that names a field of RawParams, ignoring case
// as encoding/json does; -1 for any other key.
func bodyField(key string) int {
	switch {
	case strings.EqualFold(key, "query"):
		return fieldQuery
	case strings.EqualFold(key, "operationName"):
		return fieldOperationName
	case strings.EqualFold(key, "variables"):
		return fieldVariables
	case strings.EqualFold(key, "extensions"):
		return fieldExtensions
	}
	return -1
}

// setBodyField sets a field of p from its JSON value (valid JSON); false
// for a value decodeBodyReflect is left to judge.
func setBodyField(p *graphql.RawParams, field int, value []byte) bool {
	switch field {
	case fieldQuery, fieldOperationName:
		if string(value) == "null" {
			return true // encoding/json leaves the string as it is
		}
		str, ok := plainStringValue(value)
		if !ok {
			return false
		}
		if field == fieldQuery {
			p.Query = str
		} else {
			p.OperationName = str
		}
		return true
	default:
		m, ok := objectValue(value)
		if !ok {
			return false
		}
		if field == fieldVariables {
			p.Variables = m
		} else {
			p.Extensions = m
		}
		return true
	}
}

// plainStringValue is the JSON string value when it has no escape and is
// valid UTF-8: its bytes are the string's.
func plainStringValue(value []byte) (string, bool) {
	if len(value) < 2 || value[0] != '"' {
		return "", false
	}
	inner := value[1 : len(value)-1]
	if bytes.IndexByte(inner, '\\') >= 0 || !utf8.Valid(inner) {
		return "", false
	}
	return string(inner), true
}

// objectValue decodes a JSON object (or null: nil) into a map, numbers as
// json.Number, as encoding/json fills a map[string]any field.
func objectValue(value []byte) (map[string]any, bool) {
	switch {
	case string(value) == "null":
		return nil, true
	case len(value) == 0 || value[0] != '{':
		return nil, false
	case string(value) == "{}":
		return map[string]any{}, true
	}
	dec := json.NewDecoder(bytes.NewReader(value))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, false
	}
	return m, true
}

// jsonScan walks JSON that json.Valid has accepted.
type jsonScan struct {
	b []byte
	i int
}

func (s *jsonScan) space() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\n' || s.b[s.i] == '\r') {
		s.i++
	}
}

// take consumes c when it comes next.
func (s *jsonScan) take(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// plainString reads a string with no escape in it; false otherwise.
func (s *jsonScan) plainString() (string, bool) {
	start := s.i
	s.skipString()
	return plainStringValue(s.b[start:s.i])
}

// skipString passes the string that starts at i.
func (s *jsonScan) skipString() {
	s.i++ // the opening quote
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '\\':
			s.i += 2
		case '"':
			s.i++
			return
		default:
			s.i++
		}
	}
}

// skipValue passes the value that starts at i.
func (s *jsonScan) skipValue() {
	if s.i >= len(s.b) {
		return
	}
	switch s.b[s.i] {
	case '"':
		s.skipString()
	case '{', '[':
		depth := 0
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case '"':
				s.skipString()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			s.i++
			if depth == 0 {
				return
			}
		}
	default: // a number, true, false or null
		for s.i < len(s.b) && !strings.ContainsRune(",}] \t\n\r", rune(s.b[s.i])) {
			s.i++
		}
	}
}
