package main

import (
	"context"

	"github.com/eventgraph/eventgraph/graph"
)

// openStore connects to the Neo4j the configuration names. Its errors are
// already one clear line (graph.Open) and need no further wrapping.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	c := a.cfg.Neo4j
	return graph.Open(ctx, graph.Config{
		URI:       c.URI,
		User:      c.User,
		Password:  c.Password,
		Database:  c.Database,
		BatchSize: a.cfg.Load.BatchSize,
	})
}
