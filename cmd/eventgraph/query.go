package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/queries"
)

func init() { extraCommands = append(extraCommands, newQueryCmd) }

func newQueryCmd(a *app) *cobra.Command {
	var (
		params []string
		format string
		width  int
	)
	cmd := &cobra.Command{
		Use:   "query NAME [--param KEY=VALUE ...]",
		Short: "Run a stored analyst query (\"query list\" shows them)",
		Long: `Run a stored, named, parameterised Cypher query against the graph.

  eventgraph query list
  eventgraph query actor-timeline --param actor=IDF --param since=2023-10-01
  eventgraph query retaliation-chains --format json

Parameters are checked against the query's declared types (string, int,
float, date as YYYY-MM-DD, bool, or one of a list of words) and travel to
Neo4j as parameters, never spliced into the text. Actor parameters accept any
alias, case-insensitively. Queries in the folder named by queries.dir
(EVENTGRAPH_QUERIES_DIR) are added to the built-in ones, replacing any of the
same name.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := a.querySet()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				return writeQueryList(cmd.OutOrStdout(), set, a.cfg.Queries.Dir)
			}
			if len(args) > 1 {
				return fmt.Errorf("query: want one query name, got %d words (%s); give values with --param KEY=VALUE", len(args), strings.Join(args, " "))
			}
			if format != "table" && format != "json" && format != "csv" {
				return fmt.Errorf("query: unknown --format %q; accepted: table, json, csv", format)
			}
			q, err := set.Get(args[0])
			if err != nil {
				return err
			}
			raw, err := parseParamFlags(params)
			if err != nil {
				return fmt.Errorf("query %s: %w; accepted: %s", q.Name, err, q.Usage())
			}
			bound, err := q.Bind(raw)
			if err != nil {
				return err
			}
			return a.runQuery(cmd, q, bound, format, width)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&params, "param", "p", nil, "a query parameter as KEY=VALUE (repeat for more)")
	f.StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	f.IntVar(&width, "width", 60, "in tables, cut longer cells to this many characters (0: never)")
	cmd.AddCommand(newQueryListCmd(a))

	// --help lists the stored queries, including the user's folder.
	defaultHelp := (&cobra.Command{}).HelpFunc()
	cmd.SetHelpFunc(func(c *cobra.Command, args []string) {
		if c == cmd {
			var list strings.Builder
			if err := a.loadConfig(c); err != nil {
				fmt.Fprintf(c.ErrOrStderr(), "eventgraph: %v\n", err)
			}
			set, err := a.querySet()
			if err != nil {
				fmt.Fprintf(c.ErrOrStderr(), "eventgraph: %v\n", err)
				set = queries.Builtin()
			}
			if err := writeQueryList(&list, set, a.cfg.Queries.Dir); err == nil {
				c.Long = strings.TrimSpace(c.Long) + "\n\nStored queries:\n\n" + list.String()
			}
		}
		defaultHelp(c, args)
	})
	return cmd
}

func newQueryListCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the stored queries with their parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			set, err := a.querySet()
			if err != nil {
				return err
			}
			switch format {
			case "table":
				return writeQueryList(cmd.OutOrStdout(), set, a.cfg.Queries.Dir)
			case "json":
				return writeQueryListJSON(cmd.OutOrStdout(), set)
			}
			return fmt.Errorf("query list: unknown --format %q; accepted: table, json", format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table or json")
	return cmd
}

// querySet loads the built-in queries and those of queries.dir.
func (a *app) querySet() (*queries.Set, error) {
	dir := a.cfg.Queries.Dir
	if dir == "" {
		return queries.Load(nil)
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("queries.dir: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("queries.dir: %s is not a folder", dir)
	}
	set, err := queries.Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("queries.dir %s: %w", dir, err)
	}
	return set, nil
}

// parseParamFlags turns repeated KEY=VALUE flags into a map.
func parseParamFlags(flags []string) (map[string]string, error) {
	out := make(map[string]string, len(flags))
	for _, f := range flags {
		k, v, ok := strings.Cut(f, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want KEY=VALUE", f)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func (a *app) runQuery(cmd *cobra.Command, q *queries.Query, params map[string]any, format string, width int) (err error) {
	ctx := cmd.Context()
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, store.Close(ctx)) }()
	start := time.Now()
	cols, rows, err := store.Run(ctx, q.Text, params)
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	took := time.Since(start)
	out := cmd.OutOrStdout()
	switch format {
	case "json":
		err = writeQueryJSON(out, cols, rows)
	case "csv":
		err = writeQueryCSV(out, cols, rows)
	default:
		err = writeQueryTable(out, cols, rows, width)
		fmt.Fprintf(cmd.ErrOrStderr(), "(%d %s, %s)\n", len(rows), pluralize(len(rows), "row", "rows"), took.Round(time.Millisecond))
	}
	return err
}

// pluralize picks one or many by n.
func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// writeQueryList prints each query's name and summary, then its parameters
// indented beneath.
func writeQueryList(w io.Writer, set *queries.Set, dir string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range set.All() {
		summary := q.Summary
		if q.Source != queries.BuiltinSource {
			summary += " [" + filepath.Join(dir, q.Source) + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, summary)
		for _, p := range q.Params {
			fmt.Fprintf(tw, "\t  --param %s=%s\t%s\n", p.Name, paramHint(p), paramHelp(p))
		}
	}
	return tw.Flush()
}

func paramHint(p queries.Param) string {
	switch {
	case p.Type == queries.TypeDate:
		return "YYYY-MM-DD"
	case len(p.Choices) > 0:
		return p.Type
	}
	return strings.ToUpper(p.Type)
}

func paramHelp(p queries.Param) string {
	s := p.Description
	switch {
	case p.Required:
		s = strings.TrimSpace(s + " (required)")
	case p.Default != "null":
		s = strings.TrimSpace(s + " (default " + p.Default + ")")
	}
	return s
}

func writeQueryListJSON(w io.Writer, set *queries.Set) error {
	type param struct {
		Name        string  `json:"name"`
		Type        string  `json:"type"`
		Required    bool    `json:"required"`
		Default     *string `json:"default"`
		Description string  `json:"description"`
	}
	type query struct {
		Name    string  `json:"name"`
		Summary string  `json:"summary"`
		Source  string  `json:"source"`
		Params  []param `json:"params"`
	}
	var out []query
	for _, q := range set.All() {
		j := query{Name: q.Name, Summary: q.Summary, Source: q.Source, Params: []param{}}
		for _, p := range q.Params {
			jp := param{Name: p.Name, Type: p.Type, Required: p.Required, Description: p.Description}
			if !p.Required && p.Default != "null" {
				d := p.Default
				if u, err := strconv.Unquote(d); err == nil {
					d = u
				}
				jp.Default = &d
			}
			j.Params = append(j.Params, jp)
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// writeQueryTable prints an aligned table, cells cut to width runes (0: never).
func writeQueryTable(w io.Writer, cols []string, rows [][]any, width int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	line := make([]string, len(cols))
	for i, c := range cols {
		line[i] = clipCell(c, width)
	}
	fmt.Fprintln(tw, strings.Join(line, "\t"))
	for i, c := range cols {
		line[i] = strings.Repeat("-", utf8.RuneCountInString(clipCell(c, width)))
	}
	fmt.Fprintln(tw, strings.Join(line, "\t"))
	for _, row := range rows {
		for i := range cols {
			var v any
			if i < len(row) {
				v = row[i]
			}
			line[i] = clipCell(cellText(v, ", "), width)
		}
		fmt.Fprintln(tw, strings.Join(line, "\t"))
	}
	return tw.Flush()
}

// clipCell flattens whitespace (tabs and newlines would break the table) and
// cuts s to width runes, marking the cut with "…".
func clipCell(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if width <= 0 || utf8.RuneCountInString(s) <= width {
		return s
	}
	if width == 1 {
		return "…"
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:width-1]), " ") + "…"
}

func writeQueryCSV(w io.Writer, cols []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	for _, row := range rows {
		for i := range cols {
			var v any
			if i < len(row) {
				v = row[i]
			}
			rec[i] = cellText(v, "; ")
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeQueryJSON prints a JSON array of row objects whose keys keep the column
// order, one row per line.
func writeQueryJSON(w io.Writer, cols []string, rows [][]any) error {
	var b bytes.Buffer
	b.WriteString("[")
	for r, row := range rows {
		if r > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n{")
		for i, c := range cols {
			var v any
			if i < len(row) {
				v = row[i]
			}
			if i > 0 {
				b.WriteString(", ")
			}
			if err := appendJSON(&b, c); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := appendJSON(&b, jsonSafe(v)); err != nil {
				return fmt.Errorf("column %s: %w", c, err)
			}
		}
		b.WriteString("}")
	}
	if len(rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func appendJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// cellText renders a value from graph.Store.Run (plain Go values) for a table
// or CSV cell: lists joined with sep, points as "lat, lon", nodes as
// (:Label {key: value}), relationships as [:TYPE {key: value}], paths as
// their nodes joined by arrows. Dates already arrive as ISO strings.
func cellText(v any, sep string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = cellText(e, sep)
		}
		return strings.Join(s, sep)
	case map[string]any:
		pm, _ := x["properties"].(map[string]any)
		switch {
		case hasExactKeys(x, "latitude", "longitude") || hasExactKeys(x, "latitude", "longitude", "height"):
			return cellText(x["latitude"], "") + ", " + cellText(x["longitude"], "")
		case hasExactKeys(x, "labels", "properties") && pm != nil:
			return "(:" + cellText(x["labels"], ":") + " {" + cellProps(pm) + "})"
		case hasExactKeys(x, "type", "properties") && pm != nil:
			return "[:" + cellText(x["type"], "") + " {" + cellProps(pm) + "}]"
		case hasExactKeys(x, "nodes", "relationships"):
			return cellText(x["nodes"], " -> ")
		}
		return "{" + cellProps(x) + "}"
	}
	return fmt.Sprint(v)
}

// hasExactKeys reports whether m has exactly the given keys.
func hasExactKeys(m map[string]any, keys ...string) bool {
	if len(m) != len(keys) {
		return false
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			return false
		}
	}
	return true
}

// cellProps renders a property map as "k: v, ..." with keys sorted.
func cellProps(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := make([]string, len(keys))
	for i, k := range keys {
		s[i] = k + ": " + cellText(m[k], ", ")
	}
	return strings.Join(s, ", ")
}

// jsonSafe replaces the floats JSON cannot hold (NaN, ±Inf) with strings.
func jsonSafe(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'f', -1, 64)
		}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonSafe(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonSafe(e)
		}
		return out
	}
	return v
}
