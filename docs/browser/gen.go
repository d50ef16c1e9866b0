//go:build ignore

// gen.go writes guide.html from the stored queries, examples.tsv and
// style.grass of this folder: go generate ./docs/browser
package main

import (
	"fmt"
	"os"

	"github.com/eventgraph/eventgraph/docs/browser"
	"github.com/eventgraph/eventgraph/queries"
)

func main() {
	b, err := browser.Generate(os.DirFS("."), queries.Builtin().All())
	if err == nil {
		err = os.WriteFile("guide.html", b, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}
