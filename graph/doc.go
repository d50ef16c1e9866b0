// Package graph stores eventgraph extractions in Neo4j and reads them back:
// the schema, batched idempotent loading with cross-document identity, the
// counts behind `eventgraph stats` and a generic read-only query runner.
//
// It is the only package that imports github.com/neo4j/neo4j-go-driver/v5.
// Besides the driver it imports the eventgraph vocabulary and the standard
// library; it must not import the loader, viper or cobra, and it never reads
// configuration itself: callers pass a Config. Cypher lives in embedded
// .cypher files (schema/ and cypher/); values always travel as parameters.
// The graph model it implements is described in docs/graph-model.md.
package graph
