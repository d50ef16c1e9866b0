package graph

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed schema/*.cypher
var schemaFS embed.FS

// SchemaResult says what ApplySchema did.
type SchemaResult struct {
	Statements int // statements run
	Added      int // constraints and indexes created (0 when all existed)
}

// ApplySchema creates the constraints and indexes of schema/*.cypher, in
// file name order, and waits until every index is online. Each statement
// says IF NOT EXISTS, so running it again is a no-op (Added == 0).
func (s *Store) ApplySchema(ctx context.Context) (res SchemaResult, err error) {
	stmts, err := schemaStatements(schemaFS)
	if err != nil {
		return res, err
	}
	session := s.writeSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "schema", session.Close(ctx))) }()
	for _, stmt := range stmts {
		// Schema changes may not share a transaction with other writes,
		// so each statement gets its own.
		added, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (int, error) {
			r, err := tx.Run(ctx, stmt.text, nil)
			if err != nil {
				return 0, err
			}
			sum, err := r.Consume(ctx)
			if err != nil {
				return 0, err
			}
			c := sum.Counters()
			return c.ConstraintsAdded() + c.IndexesAdded(), nil
		})
		if err != nil {
			return res, fmt.Errorf("schema %s: %w", stmt.file, translate(s.cfg, "schema", err))
		}
		res.Statements++
		res.Added += added
	}
	_, err = neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		r, err := tx.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": 300})
		if err != nil {
			return struct{}{}, err
		}
		_, err = r.Consume(ctx)
		return struct{}{}, err
	})
	return res, translate(s.cfg, "schema: wait for indexes", err)
}

type statement struct {
	file string
	text string
}

// schemaStatements reads every *.cypher file of fsys in sorted order and
// splits it into statements at semicolons; comment lines are dropped. The
// schema files hold no semicolons inside strings.
func schemaStatements(fsys fs.FS) ([]statement, error) {
	names, err := fs.Glob(fsys, "schema/*.cypher")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []statement
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
				lines = append(lines, l)
			}
		}
		for _, part := range strings.Split(strings.Join(lines, "\n"), ";") {
			if t := strings.TrimSpace(part); t != "" {
				out = append(out, statement{file: name, text: t})
			}
		}
	}
	return out, nil
}
