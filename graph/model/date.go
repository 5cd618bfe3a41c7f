package model

import (
	"io"
	"regexp"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/attache-project/attache"
)

// datePattern accepts a year, a year and month, or a full date.
var datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// MarshalDate writes a Date as a string, or null when it is unknown.
func MarshalDate(d attache.Date) graphql.Marshaler {
	if d == "" {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(string(d)))
	})
}

// UnmarshalDate reads "2005", "2005-08" or "2005-08-18".
func UnmarshalDate(v any) (attache.Date, error) {
	s, ok := v.(string)
	if !ok {
		return "", attache.Errorf(attache.EINVALID, "a Date is a string such as \"2005\", \"2005-08\" or \"2005-08-18\"")
	}
	if !datePattern.MatchString(s) {
		return "", attache.Errorf(attache.EINVALID, "%q is not a Date: write YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return attache.Date(s), nil
}
