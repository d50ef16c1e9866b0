// Package queries holds the stored analyst queries: named, parameterised
// Cypher statements, one .cypher file each, embedded in the binary.
//
// It imports the standard library and the eventgraph vocabulary only; it
// never imports the Neo4j driver or the configuration libraries. The graph
// package runs the text; cmd/eventgraph picks a query by name, binds the
// user's parameters with Query.Bind and renders the rows.
//
// A query file starts with a header of comment lines, so that the file still
// runs as-is in Neo4j Browser once every parameter is set with :param,
// optional ones too (:param actor => 'IDF'; :param since => null):
//
//	// name: actor-timeline
//	// summary: Events an actor performed or was targeted by, oldest first.
//	// param: actor string   the actor's name or any alias
//	// param: since date = null   only events on or after this day
//	// param: limit int = 50
//	MATCH ...
//
// A param line is "NAME TYPE [= DEFAULT] [description]". TYPE is one of
// string, int, float, date, bool, or a list of accepted words separated by
// "|" (day|week|month), passed on as a string. DEFAULT is one word, a
// double-quoted string, or null (the parameter is optional and reaches
// Cypher as null); a parameter without a default is required. Dates are
// checked to be YYYY-MM-DD and passed as that string, so queries convert
// them with date($since), which accepts a string, a date or null alike.
//
// The header must name the file (name: actor-timeline in
// actor-timeline.cypher), and every $parameter in the body must be declared
// and every declared parameter used; Load rejects a file that breaks these
// rules, so a user's folder of queries gets the same checks as the built-ins.
package queries
