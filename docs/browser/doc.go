// Package browser makes Neo4j Browser ready for the eventgraph graph: a style
// (style.grass: a colour, size and caption per label) and a guide
// (guide.html: what the graph holds, and each stored query as a ready-to-run
// card), embedded in FS and served by Handler to Browser, which fetches them
// on connect when neo4j.conf names them in browser.post_connect_cmd
// (Settings).
//
// It imports the standard library and the queries package only; it never
// imports the Neo4j driver or the configuration libraries. guide.html is
// generated from the stored queries, examples.tsv and style.grass by
// "go generate ./docs/browser", and a test fails when it is out of date.
package browser
