package attache

import (
	"errors"
	"fmt"
)

// Error codes shared by the store, the loader and the API. The API turns them
// into GraphQL extensions.code; the CLI into messages and exit codes.
const (
	ENOTFOUND     = "NOT_FOUND"
	EINVALID      = "BAD_USER_INPUT"
	EUNAUTHORIZED = "UNAUTHENTICATED"
	ETIMEOUT      = "TIMEOUT"
	EUNAVAILABLE  = "UNAVAILABLE"
	EINTERNAL     = "INTERNAL"
)

// Error is a domain error: a code a program can act on and a message a person
// can read. Detail that must not reach API clients stays in the wrapped error.
type Error struct {
	Code    string
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of the first *Error in err's chain,
// or a generic message that leaks nothing for any other error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
