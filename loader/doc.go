// Package loader reads documents and turns their text into eventgraph values:
// actors, locations, events, claims and retaliation links.
//
// The pipeline is small stages with plain data between them: read ->
// segment -> match dictionaries -> build event frames -> resolve dates ->
// attach claims -> link retaliation. Only the reader (read.go) touches I/O;
// every later stage is pure and deterministic: the same input gives
// byte-identical output.
//
// It imports the standard library and golang.org/x/net/html only. It must
// not import the graph package, the Neo4j driver, viper or cobra; the
// dictionaries it needs are embedded data (data/) loaded through fs.FS.
package loader
