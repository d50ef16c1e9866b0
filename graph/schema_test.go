package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

func TestSchemaStatements(t *testing.T) {
	stmts, err := schemaStatements(schemaFS)
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) < 10 {
		t.Fatalf("schemaStatements() = %d statements, want the constraints and indexes", len(stmts))
	}
	for _, st := range stmts {
		if !strings.Contains(st.text, "IF NOT EXISTS") {
			t.Errorf("%s: %q lacks IF NOT EXISTS: running the schema twice must be a no-op", st.file, st.text)
		}
		if strings.HasPrefix(st.text, "//") || strings.Contains(st.text, ";") {
			t.Errorf("%s: statement not split cleanly: %q", st.file, st.text)
		}
	}
}

func TestSchemaTwiceIsNoOp(t *testing.T) {
	s := openTest(t) // applies the schema once
	ctx := context.Background()
	res, err := s.ApplySchema(ctx)
	if err != nil {
		t.Fatalf("ApplySchema again: %v", err)
	}
	if res.Added != 0 {
		t.Errorf("ApplySchema again added %d constraints or indexes, want 0", res.Added)
	}
	stmts, err := schemaStatements(schemaFS)
	if err != nil {
		t.Fatal(err)
	}
	if res.Statements != len(stmts) {
		t.Errorf("ApplySchema ran %d statements, want %d", res.Statements, len(stmts))
	}

	// Every index the files name exists and is online.
	_, rows, err := s.Run(ctx, "SHOW INDEXES YIELD name, state RETURN name, state", nil)
	if err != nil {
		t.Fatalf("SHOW INDEXES: %v", err)
	}
	state := map[string]string{}
	for _, r := range rows {
		state[r[0].(string)] = r[1].(string)
	}
	for _, name := range []string{"actor_id", "location_id", "event_id", "claim_id", "document_id",
		"event_date", "event_type", "event_identity", "location_point", "names"} {
		if state[name] != "ONLINE" {
			t.Errorf("index %s: state %q, want ONLINE", name, state[name])
		}
	}
}

// The full-text index covers actor aliases (a list property).
func TestFullTextFindsAlias(t *testing.T) {
	s := openTest(t)
	const p = "t-fulltext-"
	cleanPrefix(t, s, p)
	ctx := context.Background()
	x := eventgraph.Extraction{
		Document: eventgraph.Document{ID: p + "doc", Hash: "h1"},
		Actors: []eventgraph.Actor{{ID: p + "houthis", Name: "Houthi movement", Kind: eventgraph.KindArmedGroup,
			Aliases: []string{"Houthis", "Ansar Allah"}}},
		Locations: []eventgraph.Location{{ID: p + "abushouk", Name: "Abu Shouk camp", Kind: "site",
			Aliases: []string{"Abu Shouk", "Abu Shok"}}},
	}
	if _, err := s.Load(ctx, []eventgraph.Extraction{x}); err != nil {
		t.Fatal(err)
	}
	_, rows, err := s.Run(ctx, `
CALL db.index.fulltext.queryNodes('names', $q) YIELD node
WHERE node.id = $id
RETURN node.name`, map[string]any{"q": `"Ansar Allah"`, "id": p + "houthis"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Errorf("full-text search for an alias found %v, want the Houthi movement", rows)
	}
	rows = query(t, s, `
CALL db.index.fulltext.queryNodes('names', 'shok') YIELD node
WHERE node.id = $id
RETURN node.name, node.names_lc`, map[string]any{"id": p + "abushouk"})
	want := [][]any{{"Abu Shouk camp", []any{"abu shouk camp", "abu shouk", "abu shok"}}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("full-text search for a place's alias = %v, want %v", rows, want)
	}
}
