package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/eventgraph/eventgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Count is how many nodes carry a label or relationships have a type.
type Count struct {
	Name  string `json:"name"`
	Count int64  `json:"count"`
}

// Stats counts the graph by node label and relationship type.
type Stats struct {
	Nodes         []Count `json:"nodes"`
	Relationships []Count `json:"relationships"`
}

// Stats counts nodes by label and relationships by type, every label and
// type of the graph model first (zero when absent), then any others found,
// in name order.
func (s *Store) Stats(ctx context.Context) (st Stats, err error) {
	session := s.readSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "stats", session.Close(ctx))) }()
	st, err = neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (Stats, error) {
		var st Stats
		r, err := tx.Run(ctx, cypherStats, nil)
		if err != nil {
			return st, err
		}
		type row struct {
			kind string
			c    Count
		}
		rows, err := neo4j.CollectTWithContext(ctx, r, func(rec *neo4j.Record) (row, error) {
			kind, _, err1 := neo4j.GetRecordValue[string](rec, "kind")
			name, _, err2 := neo4j.GetRecordValue[string](rec, "name")
			n, _, err3 := neo4j.GetRecordValue[int64](rec, "count")
			return row{kind, Count{name, n}}, errors.Join(err1, err2, err3)
		})
		if err != nil {
			return st, err
		}
		found := map[string]map[string]int64{"node": {}, "relationship": {}}
		for _, r := range rows {
			found[r.kind][r.c.Name] = r.c.Count
		}
		st.Nodes = ordered(modelLabels, found["node"])
		st.Relationships = ordered(modelTypes, found["relationship"])
		return st, nil
	})
	return st, translate(s.cfg, "stats", err)
}

// The labels and relationship types of docs/graph-model.md, in the order
// stats shows them.
var (
	modelLabels = []string{"Document", "Actor", "Location", "Event", "Claim"}
	modelTypes  = []string{"PERFORMED", "TARGETED", "OCCURRED_AT", "LAUNCHED_FROM", "RETALIATION_FOR",
		"PART_OF", "CLAIMED", "ABOUT", "REPORTED_IN", "MENTIONED_IN"}
)

// ordered lists the model's names first, then the others found in name
// order.
func ordered(model []string, found map[string]int64) []Count {
	out := make([]Count, 0, len(found)+len(model))
	inModel := map[string]bool{}
	for _, name := range model {
		inModel[name] = true
		out = append(out, Count{name, found[name]})
	}
	var others []string
	for name := range found {
		if !inModel[name] && found[name] > 0 {
			others = append(others, name)
		}
	}
	sort.Strings(others)
	for _, name := range others {
		out = append(out, Count{name, found[name]})
	}
	return out
}

// DocumentLoaded reports whether x is loaded as it is, that is whether
// Load would skip it.
func (s *Store) DocumentLoaded(ctx context.Context, x eventgraph.Extraction) (loaded bool, err error) {
	session := s.readSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "documents", session.Close(ctx))) }()
	digests, err := neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (map[string]string, error) {
		return documentDigests(ctx, tx, []string{x.Document.ID})
	})
	if err != nil {
		return false, translate(s.cfg, "documents", err)
	}
	_, digest := versionOf(x)
	d, ok := digests[x.Document.ID]
	return ok && d == digest, nil
}

// Run runs one read-only Cypher statement with parameters and returns its
// column names and rows. Values are plain Go: nil, bool, int64, float64,
// string, []any and map[string]any; dates and times become ISO 8601
// strings, points {latitude, longitude} (or {x, y}), nodes {labels,
// properties}, relationships {type, properties}, paths {nodes,
// relationships}. A statement that tries to write fails, as do syntax
// errors and missing parameters (eventgraph.ErrInvalid).
func (s *Store) Run(ctx context.Context, cypher string, params map[string]any) (cols []string, rows [][]any, err error) {
	session := s.readSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "query", session.Close(ctx))) }()
	type table struct {
		cols []string
		rows [][]any
	}
	t, err := neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (table, error) {
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return table{}, err
		}
		keys, err := r.Keys()
		if err != nil {
			return table{}, err
		}
		rows, err := neo4j.CollectTWithContext(ctx, r, func(rec *neo4j.Record) ([]any, error) {
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = plain(v)
			}
			return row, nil
		})
		return table{keys, rows}, err
	})
	return t.cols, t.rows, translate(s.cfg, "query", err)
}

// plain converts a driver value into plain Go values, so that callers need
// not import the driver.
func plain(v any) any {
	switch v := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return v
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = plain(x)
		}
		return out
	case neo4j.Date:
		return v.Time().Format("2006-01-02")
	case neo4j.LocalDateTime:
		return v.Time().Format("2006-01-02T15:04:05.999999999")
	case neo4j.LocalTime:
		return v.Time().Format("15:04:05.999999999")
	case neo4j.Time:
		return v.Time().Format("15:04:05.999999999Z07:00")
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case neo4j.Duration:
		return v.String()
	case neo4j.Point2D:
		if v.SpatialRefId == 4326 {
			return map[string]any{"latitude": v.Y, "longitude": v.X}
		}
		return map[string]any{"x": v.X, "y": v.Y}
	case neo4j.Point3D:
		if v.SpatialRefId == 4979 {
			return map[string]any{"latitude": v.Y, "longitude": v.X, "height": v.Z}
		}
		return map[string]any{"x": v.X, "y": v.Y, "z": v.Z}
	case neo4j.Node:
		labels := make([]any, len(v.Labels))
		for i, l := range v.Labels {
			labels[i] = l
		}
		return map[string]any{"labels": labels, "properties": plain(v.Props)}
	case neo4j.Relationship:
		return map[string]any{"type": v.Type, "properties": plain(v.Props)}
	case neo4j.Path:
		nodes := make([]any, len(v.Nodes))
		for i, n := range v.Nodes {
			nodes[i] = plain(n)
		}
		rels := make([]any, len(v.Relationships))
		for i, r := range v.Relationships {
			rels[i] = plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	}
	return fmt.Sprint(v)
}
