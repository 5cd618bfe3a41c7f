package graph

import (
	"context"

	"github.com/attache-project/attache"
	"github.com/attache-project/attache/graph/model"
)

// connections resolves the two officials (ids or names) and asks for up to
// first shortest paths between them.
func (r *Resolver) connections(ctx context.Context, from, to string, maxHops *int, throughStates *bool, first int) ([]*model.ConnectionPath, error) {
	hops := 6
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > MaxPathHops {
		return nil, attache.Errorf(attache.EINVALID, "maxHops must be between 1 and %d, not %d", MaxPathHops, hops)
	}
	fromID, err := r.officialID(ctx, from)
	if err != nil {
		return nil, err
	}
	toID, err := r.officialID(ctx, to)
	if err != nil {
		return nil, err
	}
	if fromID == toID {
		// Neo4j's shortest paths refuse a path from a node to itself.
		o, err := mustFind(r.loaders(ctx).Official.Load(ctx, fromID))
		if err != nil {
			return nil, err
		}
		step := attache.PathStep{Kind: "official", ID: o.ID, Label: o.Name}
		return []*model.ConnectionPath{{Hops: 0, Steps: []*attache.PathStep{&step}}}, nil
	}
	paths, err := r.Read.ShortestPaths(ctx, attache.PathQuery{FromID: fromID, ToID: toID, MaxHops: hops, ThroughStates: deref(throughStates), First: first})
	if err != nil {
		return nil, err
	}
	out := make([]*model.ConnectionPath, 0, len(paths))
	for _, p := range paths {
		out = append(out, &model.ConnectionPath{Hops: len(p.Steps) - 1, Steps: pointers(p.Steps)})
	}
	return out, nil
}

// optDate is a date or null.
func optDate(d attache.Date) *attache.Date {
	if d == "" {
		return nil
	}
	return &d
}
