// Precomputed aggregates (neo4jdb/aggregates.go): a save rewrites the
// edges of the meeting groups it re-clusters, found by their group.
CREATE INDEX met_group IF NOT EXISTS FOR ()-[r:MET]-() ON (r.group);
CREATE INDEX engaged_group IF NOT EXISTS FOR ()-[r:ENGAGED]-() ON (r.group);
CREATE INDEX active_group IF NOT EXISTS FOR ()-[r:ACTIVE]-() ON (r.group);
