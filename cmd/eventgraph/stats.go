package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/graph"
)

func init() { extraCommands = append(extraCommands, newStatsCmd) }

func newStatsCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the graph's nodes by label and relationships by type",
		Long: `Print how many nodes carry each label and how many relationships have
each type: the labels and types of the graph model first (zero when absent),
then any others in the database.`,
		Example: `  eventgraph stats
  eventgraph stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			if format != "table" && format != "json" {
				return fmt.Errorf("stats: unknown --format %q; accepted: table, json", format)
			}
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer func() { err = errors.Join(err, store.Close(ctx)) }()
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return writeStats(cmd.OutOrStdout(), st)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table or json")
	return cmd
}

// writeStats prints two aligned tables, names left and counts right.
func writeStats(w io.Writer, st graph.Stats) error {
	width, digits := len("RELATIONSHIP"), len("COUNT")
	var nodes, rels int64
	for _, c := range st.Nodes {
		width, digits, nodes = max(width, len(c.Name)), max(digits, len(strconv.FormatInt(c.Count, 10))), nodes+c.Count
	}
	for _, c := range st.Relationships {
		width, digits, rels = max(width, len(c.Name)), max(digits, len(strconv.FormatInt(c.Count, 10))), rels+c.Count
	}
	digits = max(digits, len(strconv.FormatInt(max(nodes, rels), 10)))
	line := func(name string, n any) error {
		_, err := fmt.Fprintf(w, "%-*s  %*v\n", width, name, digits, n)
		return err
	}
	section := func(head string, cs []graph.Count, total int64) error {
		if err := line(head, "COUNT"); err != nil {
			return err
		}
		for _, c := range cs {
			if err := line(c.Name, c.Count); err != nil {
				return err
			}
		}
		return line("total", total)
	}
	if err := section("LABEL", st.Nodes, nodes); err != nil {
		return err
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return section("RELATIONSHIP", st.Relationships, rels)
}
