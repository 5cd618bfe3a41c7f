package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/attache-project/attache"
)

// Per-request dataloaders: every resolver of one level of a query asks its
// loader for a key, and the loader sends the keys gathered within batchWait
// to the ReadService in one call, which is one Cypher statement. A query's
// round trips therefore grow with its depth, not with the number of results.
// Loaders live for one request only (they cache), so instances share no
// state and any number of them can serve behind a load balancer.

// batchWait is how long a loader gathers keys before it fetches. gqlgen
// resolves the items of a list concurrently, so their loads arrive within
// microseconds of one another; a short wait keeps latency low.
const batchWait = 2 * time.Millisecond

type loadersKey struct{}

// pageKey identifies a parent and how many children it wants.
type pageKey struct {
	ID    string
	First int
}

// partnersKey identifies a state and the period and size of its partner list.
type partnersKey struct {
	Code     string
	From, To attache.Date
	First    int
}

// meetingsOfKey identifies a parent's meeting list; Filter is the filter
// as JSON, so that the key is comparable.
type meetingsOfKey struct {
	Scope  attache.MeetingScope
	ID     string
	Filter string
	Order  attache.MeetingOrder
	First  int
	After  string
}

// Loaders batch the ReadService's by-key lookups of one request.
type Loaders struct {
	Official            *dataloadgen.Loader[string, attache.OfficialView]
	Country             *dataloadgen.Loader[string, attache.Country]
	Meeting             *dataloadgen.Loader[string, attache.MeetingView]
	Issue               *dataloadgen.Loader[string, attache.IssueView]
	Article             *dataloadgen.Loader[string, attache.ArticleInfo]
	MeetingParticipants *dataloadgen.Loader[string, []attache.OfficialView]
	MeetingCountries    *dataloadgen.Loader[string, []attache.Country]
	MeetingIssues       *dataloadgen.Loader[string, []attache.IssueView]
	MeetingReports      *dataloadgen.Loader[string, []attache.Report]
	MeetingIssueEvid    *dataloadgen.Loader[string, []attache.DiscussedIssue]
	ArticleText         *dataloadgen.Loader[string, string]
	OfficialRoles       *dataloadgen.Loader[string, []attache.Role]
	CountryLeaders      *dataloadgen.Loader[string, []attache.OfficialView]
	ArticleLinks        *dataloadgen.Loader[string, attache.ArticleLinks]
	OfficialMentions    *dataloadgen.Loader[pageKey, []attache.Report]
	Counterparts        *dataloadgen.Loader[pageKey, []attache.Counterpart]
	OfficialIssues      *dataloadgen.Loader[pageKey, []attache.IssueCount]
	CountryIssues       *dataloadgen.Loader[pageKey, []attache.IssueCount]
	Partners            *dataloadgen.Loader[partnersKey, []attache.Partner]
	MeetingsOf          *dataloadgen.Loader[meetingsOfKey, attache.Page[attache.MeetingView]]
	MeetingCountsOf     *dataloadgen.Loader[meetingsOfKey, int]
}

// NewLoaders returns fresh loaders over rs for one request.
func NewLoaders(rs attache.ReadService) *Loaders {
	opt := dataloadgen.WithWait(batchWait)
	return &Loaders{
		Official:            dataloadgen.NewLoader(nodes(rs.Officials, "official"), opt),
		Country:             dataloadgen.NewLoader(nodes(rs.Countries, "country"), opt),
		Meeting:             dataloadgen.NewLoader(nodes(rs.Meetings, "meeting"), opt),
		Issue:               dataloadgen.NewLoader(nodes(rs.Issues, "issue"), opt),
		Article:             dataloadgen.NewLoader(nodes(rs.Articles, "article"), opt),
		MeetingParticipants: dataloadgen.NewLoader(lists(rs.MeetingParticipants), opt),
		MeetingCountries:    dataloadgen.NewLoader(lists(rs.MeetingCountries), opt),
		MeetingIssues:       dataloadgen.NewLoader(lists(rs.MeetingIssues), opt),
		MeetingReports:      dataloadgen.NewLoader(lists(rs.MeetingReports), opt),
		MeetingIssueEvid:    dataloadgen.NewLoader(lists(rs.MeetingIssueEvidence), opt),
		ArticleText:         dataloadgen.NewLoader(lists(rs.ArticleTexts), opt),
		OfficialRoles:       dataloadgen.NewLoader(lists(rs.OfficialRoles), opt),
		CountryLeaders:      dataloadgen.NewLoader(lists(rs.CountryLeaders), opt),
		ArticleLinks:        dataloadgen.NewLoader(lists(rs.ArticleLinks), opt),
		OfficialMentions:    dataloadgen.NewLoader(paged(rs.OfficialMentions), opt),
		Counterparts:        dataloadgen.NewLoader(paged(rs.Counterparts), opt),
		OfficialIssues:      dataloadgen.NewLoader(paged(rs.OfficialIssues), opt),
		CountryIssues:       dataloadgen.NewLoader(paged(rs.CountryIssues), opt),
		Partners: dataloadgen.NewLoader(grouped(
			func(k partnersKey) (partnersKey, string) {
				return partnersKey{From: k.From, To: k.To, First: k.First}, k.Code
			},
			func(ctx context.Context, g partnersKey, codes []string) (map[string][]attache.Partner, error) {
				return rs.Partners(ctx, codes, g.From, g.To, g.First)
			}), opt),
		MeetingsOf: dataloadgen.NewLoader(grouped(splitMeetingsOf,
			func(ctx context.Context, g meetingsOfKey, ids []string) (map[string]attache.Page[attache.MeetingView], error) {
				var f attache.MeetingFilter
				if err := json.Unmarshal([]byte(g.Filter), &f); err != nil {
					return nil, fmt.Errorf("decode a meeting filter: %w", err)
				}
				return rs.ListMeetingsOf(ctx, g.Scope, ids, f, g.Order, attache.PageArgs{First: g.First, After: g.After})
			}), opt),
		MeetingCountsOf: dataloadgen.NewLoader(grouped(splitMeetingsOf,
			func(ctx context.Context, g meetingsOfKey, ids []string) (map[string]int, error) {
				var f attache.MeetingFilter
				if err := json.Unmarshal([]byte(g.Filter), &f); err != nil {
					return nil, fmt.Errorf("decode a meeting filter: %w", err)
				}
				return rs.CountMeetingsOf(ctx, g.Scope, ids, f)
			}), opt),
	}
}

// splitMeetingsOf separates a parent from the arguments its list shares
// with its siblings'.
func splitMeetingsOf(k meetingsOfKey) (meetingsOfKey, string) {
	id := k.ID
	k.ID = ""
	return k, id
}

// WithLoaders returns ctx carrying fresh loaders over rs.
func WithLoaders(ctx context.Context, rs attache.ReadService) context.Context {
	return context.WithValue(ctx, loadersKey{}, NewLoaders(rs))
}

// loadersFor returns the request's loaders, making them if the request has
// none (a resolver called outside the HTTP handler, as in tests).
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Read)
}

// nodes adapts a by-key lookup: a key with no node is NOT_FOUND.
func nodes[V any](fetch func(context.Context, []string) (map[string]V, error), what string) func(context.Context, []string) ([]V, []error) {
	return func(ctx context.Context, keys []string) ([]V, []error) {
		found, err := fetch(ctx, keys)
		values, errs := make([]V, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			switch v, ok := found[k]; {
			case err != nil:
				errs[i] = err
			case !ok:
				errs[i] = attache.Errorf(attache.ENOTFOUND, "no %s %q", what, excerpt(k, maxQuotedID))
			default:
				values[i] = v
			}
		}
		return values, errs
	}
}

// lists adapts a neighbour lookup: a key with nothing gets the zero value.
func lists[V any](fetch func(context.Context, []string) (map[string]V, error)) func(context.Context, []string) ([]V, []error) {
	return func(ctx context.Context, keys []string) ([]V, []error) {
		found, err := fetch(ctx, keys)
		values, errs := make([]V, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			values[i], errs[i] = found[k], err
		}
		return values, errs
	}
}

// paged adapts a neighbour lookup with a size: keys are grouped by size.
func paged[V any](fetch func(context.Context, []string, int) (map[string]V, error)) func(context.Context, []pageKey) ([]V, []error) {
	return grouped(func(k pageKey) (int, string) { return k.First, k.ID },
		func(ctx context.Context, first int, ids []string) (map[string]V, error) {
			return fetch(ctx, ids, first)
		})
}

// grouped splits a batch of keys into groups that share their arguments
// and fetches each group with one call.
func grouped[K comparable, G comparable, V any](split func(K) (G, string), fetch func(context.Context, G, []string) (map[string]V, error)) func(context.Context, []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) ([]V, []error) {
		values, errs := make([]V, len(keys)), make([]error, len(keys))
		groups := map[G][]int{}
		var order []G
		for i, k := range keys {
			g, _ := split(k)
			if _, seen := groups[g]; !seen {
				order = append(order, g)
			}
			groups[g] = append(groups[g], i)
		}
		for _, g := range order {
			idx := groups[g]
			ids := make([]string, len(idx))
			for j, i := range idx {
				_, ids[j] = split(keys[i])
			}
			found, err := fetch(ctx, g, ids)
			for j, i := range idx {
				values[i], errs[i] = found[ids[j]], err
			}
		}
		return values, errs
	}
}
