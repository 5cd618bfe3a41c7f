package attache

import "context"

// ServerInfo describes the graph database serving the data.
type ServerInfo struct {
	Version string
	Edition string
}

// HealthService reports whether the store answers and what it runs on.
type HealthService interface {
	ServerInfo(ctx context.Context) (ServerInfo, error)
}
