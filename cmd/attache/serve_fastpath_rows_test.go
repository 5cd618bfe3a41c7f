package main

import (
	"context"

	"github.com/attache-project/attache"
)

// failingRead's read of officialsWhoMet's rows fails as its other reads of
// the five questions do (serve_fastpath_fail_test.go): the fast path
// writes officialsWhoMet from the store's rows when the store can hand
// them (graph/fastpath_rows.go).
func (f failingRead) VisitOfficialsWhoMet(context.Context, attache.WhoMetQuery, attache.PageArgs, []string, attache.WhoMetVisitor) (bool, error) {
	return false, f.fail()
}
