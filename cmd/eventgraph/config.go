package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newConfigCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (password masked)",
		Long: `Print every setting with its effective value and where it can be set.

Precedence, lowest to highest: defaults < eventgraph.yaml < EVENTGRAPH_*
environment variables < flags. A key like neo4j.uri is read from the
environment as EVENTGRAPH_NEO4J_URI.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			src := a.used
			if src == "" {
				src = "(none found)"
			}
			fmt.Fprintf(w, "config file\t%s\n", src)
			keys := make([]string, 0, len(defaults))
			for k := range defaults {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				val := fmt.Sprint(a.v.Get(k))
				if strings.HasSuffix(k, "password") && val != "" {
					val = "********"
				}
				env := "EVENTGRAPH_" + strings.ToUpper(strings.ReplaceAll(k, ".", "_"))
				fmt.Fprintf(w, "%s\t%s\t(%s)\n", k, val, env)
			}
			return w.Flush()
		},
	}
}
