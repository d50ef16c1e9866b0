package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

func init() { extraCommands = append(extraCommands, newSchemaCmd) }

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Create the graph's constraints and indexes (safe to run again)",
		Long: `Create the uniqueness constraints (id of Actor, Location, Event, Claim,
Document) and the indexes the loader and the stored queries use (event date,
type and identity, document date, location point, a full-text index on
actor names and aliases and place names), then wait until they are online.

Every statement says IF NOT EXISTS: running it again changes nothing.
"eventgraph load" applies the schema itself, so this is only needed to
prepare an empty database by hand.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			ctx := cmd.Context()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer func() { err = errors.Join(err, store.Close(ctx)) }()
			res, err := store.ApplySchema(ctx)
			if err != nil {
				return err
			}
			if res.Added == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "schema up to date at %s (%d statements, nothing to create)\n", store.URI(), res.Statements)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "schema applied at %s: %d constraints and indexes created (%d statements)\n",
				store.URI(), res.Added, res.Statements)
			return nil
		},
	}
}
