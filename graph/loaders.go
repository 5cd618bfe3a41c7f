package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
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
	MeetingParticipants *loader[string, []attache.OfficialView]
	MeetingCountries    *loader[string, []attache.Country]
	MeetingIssues       *loader[string, []attache.IssueView]
	MeetingReports      *loader[string, []attache.Report]
	MeetingIssueEvid    *loader[string, []attache.DiscussedIssue]
	ArticleText         *loader[string, string]
	OfficialRoles       *loader[string, []attache.Role]
	CountryLeaders      *loader[string, []attache.OfficialView]
	ArticleLinks        *loader[string, attache.ArticleLinks]
	OfficialMentions    *loader[pageKey, []attache.Report]
	Counterparts        *loader[pageKey, []attache.Counterpart]
	OfficialIssues      *loader[pageKey, []attache.IssueCount]
	CountryIssues       *loader[pageKey, []attache.IssueCount]
	Partners            *loader[partnersKey, []attache.Partner]
	MeetingsOf          *loader[meetingsOfKey, attache.Page[attache.MeetingView]]
	MeetingCountsOf     *loader[meetingsOfKey, int]
}

// loader is a dataloader that skips the batching wait when the lookup has
// no siblings to wait for: the object asking is not an element of a list
// (official(id: …) { counterparts }, country(code: …) { partners }), so no
// other resolver of its level will ask. Its one key is fetched at once; in
// a list the keys of the level are batched as before.
type loader[K comparable, V any] struct {
	*dataloadgen.Loader[K, V]
	fetch func(context.Context, []K) ([]V, []error)
}

func newLoader[K comparable, V any](fetch func(context.Context, []K) ([]V, []error), opts ...dataloadgen.Option) *loader[K, V] {
	return &loader[K, V]{Loader: dataloadgen.NewLoader(fetch, opts...), fetch: fetch}
}

// Load returns the value of key, batched with its siblings' keys when the
// asking object is an element of a list, fetched at once otherwise.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	if inList(ctx) {
		return l.Loader.Load(ctx, key)
	}
	values, errs := l.fetch(ctx, []K{key})
	return values[0], errs[0]
}

// inList tells whether the field being resolved belongs to an element of a
// list, at any depth: only then may siblings ask the same loader.
func inList(ctx context.Context) bool {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return true
		}
	}
	return false
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
		MeetingParticipants: newLoader(lists(rs.MeetingParticipants), opt),
		MeetingCountries:    newLoader(lists(rs.MeetingCountries), opt),
		MeetingIssues:       newLoader(lists(rs.MeetingIssues), opt),
		MeetingReports:      newLoader(lists(rs.MeetingReports), opt),
		MeetingIssueEvid:    newLoader(lists(rs.MeetingIssueEvidence), opt),
		ArticleText:         newLoader(lists(rs.ArticleTexts), opt),
		OfficialRoles:       newLoader(lists(rs.OfficialRoles), opt),
		CountryLeaders:      newLoader(lists(rs.CountryLeaders), opt),
		ArticleLinks:        newLoader(lists(rs.ArticleLinks), opt),
		OfficialMentions:    newLoader(paged(rs.OfficialMentions), opt),
		Counterparts:        newLoader(paged(rs.Counterparts), opt),
		OfficialIssues:      newLoader(paged(rs.OfficialIssues), opt),
		CountryIssues:       newLoader(paged(rs.CountryIssues), opt),
		Partners: newLoader(grouped(
			func(k partnersKey) (partnersKey, string) {
				return partnersKey{From: k.From, To: k.To, First: k.First}, k.Code
			},
			func(ctx context.Context, g partnersKey, codes []string) (map[string][]attache.Partner, error) {
				return rs.Partners(ctx, codes, g.From, g.To, g.First)
			}), opt),
		MeetingsOf: newLoader(grouped(splitMeetingsOf,
			func(ctx context.Context, g meetingsOfKey, ids []string) (map[string]attache.Page[attache.MeetingView], error) {
				var f attache.MeetingFilter
				if err := json.Unmarshal([]byte(g.Filter), &f); err != nil {
					return nil, fmt.Errorf("decode a meeting filter: %w", err)
				}
				return rs.ListMeetingsOf(ctx, g.Scope, ids, f, g.Order, attache.PageArgs{First: g.First, After: g.After})
			}), opt),
		MeetingCountsOf: newLoader(grouped(splitMeetingsOf,
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

// WithLoaders returns ctx carrying fresh loaders over rs, made on first
// use: the fast path answers most requests without them, and making the
// two dozen loaders was 3 % of a meetings request's Go CPU.
func WithLoaders(ctx context.Context, rs attache.ReadService) context.Context {
	return context.WithValue(ctx, loadersKey{}, &requestLoaders{rs: rs})
}

// requestLoaders are one request's loaders, made once when first asked
// for; resolvers of one request ask from many goroutines.
type requestLoaders struct {
	once    sync.Once
	rs      attache.ReadService
	loaders *Loaders
}

func (l *requestLoaders) get() *Loaders {
	l.once.Do(func() { l.loaders = NewLoaders(l.rs) })
	return l.loaders
}

// loadersFor returns the request's loaders, making them if the request has
// none (a resolver called outside the HTTP handler, as in tests).
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*requestLoaders); ok {
		return l.get()
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
