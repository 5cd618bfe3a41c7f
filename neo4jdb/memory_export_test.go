package neo4jdb

// KeepClusterAggregates makes the save keep every clustered meeting's
// whole aggregate until its aggregates are written, as it did before only
// their counts were kept, until restore is called.
func KeepClusterAggregates() (restore func()) {
	keepClusterAggregates = true
	return func() { keepClusterAggregates = false }
}
