// Command eventgraph turns news documents into a Neo4j knowledge graph of who
// did what to whom, where, when, and who said so.
//
// It is the only package that reads configuration (viper) and parses flags
// (cobra); it wires the loader (text in, values out) to the graph package
// (values in, Neo4j out).
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	root := newRootCmd()
	if err := root.Execute(); err != nil {
		var quiet *exitError
		if !errors.As(err, &quiet) || quiet.msg != "" {
			fmt.Fprintf(os.Stderr, "eventgraph: %v\n", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitError carries an exit code; an empty msg means the problem was already
// reported (for example one line per failed file).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}
