// Precomputed aggregates (neo4jdb/aggregates.go): a save rewrites the
// edges of the meeting groups it re-clusters, found by their group.
CREATE INDEX met_group IF NOT EXISTS FOR ()-[r:MET]-() ON (r.group);
CREATE INDEX engaged_group IF NOT EXISTS FOR ()-[r:ENGAGED]-() ON (r.group);
CREATE INDEX active_group IF NOT EXISTS FOR ()-[r:ACTIVE]-() ON (r.group);
// A save reads the ENGAGED and ACTIVE edges of the (group, period) keys
// its meetings touch: a seek on both (dated periods; an undated edge,
// without a period, is found through the group index).
CREATE INDEX engaged_group_period IF NOT EXISTS FOR ()-[r:ENGAGED]-() ON (r.group, r.period);
CREATE INDEX active_group_period IF NOT EXISTS FOR ()-[r:ACTIVE]-() ON (r.group, r.period);
