package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/queries"
)

// clearEnv unsets the EVENTGRAPH_* settings of the developer's shell for
// the test, so that only the test's flags and variables count.
func clearQueryEnv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "EVENTGRAPH_") && !strings.HasPrefix(k, "EVENTGRAPH_TEST_") {
			t.Setenv(k, "") // restored when the test ends
			if err := os.Unsetenv(k); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// runCLI runs the eventgraph command with args and returns stdout, stderr
// and the error, as main would see them.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = root.Execute()
	return out.String(), errOut.String(), err
}

func TestQueryParamFlags(t *testing.T) {
	got, err := parseParamFlags([]string{"actor=Hamas", "text=a=b, c", " since =2023-10-01", "empty="})
	want := map[string]string{"actor": "Hamas", "text": "a=b, c", "since": "2023-10-01", "empty": ""}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("parseParamFlags = %v, %v; want %v", got, err, want)
	}
	for _, bad := range [][]string{{"actor"}, {"=x"}, {"a=1", "a=2"}} {
		if _, err := parseParamFlags(bad); err == nil {
			t.Errorf("parseParamFlags(%q) succeeded, want an error", bad)
		}
	}
}

func TestQueryCellText(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{nil, ""},
		{"Hamas", "Hamas"},
		{int64(42), "42"},
		{12.5, "12.5"},
		{true, "true"},
		{"2023-10-07", "2023-10-07"}, // graph.Store.Run gives dates as ISO strings
		{[]any{"IDF", "Hamas", int64(3)}, "IDF, Hamas, 3"},
		{[]any{}, ""},
		{map[string]any{"latitude": 31.5, "longitude": 34.47}, "31.5, 34.47"},
		{map[string]any{"x": 1.0, "y": 2.0}, "{x: 1, y: 2}"},
		{map[string]any{"labels": []any{"Actor"}, "properties": map[string]any{"name": "Hamas", "kind": "armed_group"}},
			"(:Actor {kind: armed_group, name: Hamas})"},
		{map[string]any{"type": "PART_OF", "properties": map[string]any{"docs": []any{"a", "b"}}},
			"[:PART_OF {docs: a, b}]"},
		{map[string]any{"nodes": []any{
			map[string]any{"labels": []any{"Event"}, "properties": map[string]any{"id": "e2"}},
			map[string]any{"labels": []any{"Event"}, "properties": map[string]any{"id": "e1"}},
		}, "relationships": []any{}}, "(:Event {id: e2}) -> (:Event {id: e1})"},
		{map[string]any{"b": int64(2), "a": "x"}, "{a: x, b: 2}"},
	}
	for _, tc := range tests {
		if got := cellText(tc.in, ", "); got != tc.want {
			t.Errorf("text(%#v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQueryTable(t *testing.T) {
	var b bytes.Buffer
	cols := []string{"date", "agents", "evidence"}
	rows := [][]any{
		{"2023-10-07", []any{"Hamas"}, "Hamas fired\nrockets\tat Israel."},
		{nil, []any{"IDF", "Israel"}, strings.Repeat("x", 30)},
	}
	if err := writeQueryTable(&b, cols, rows, 20); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"date        agents       evidence\n" +
		"----        ------       --------\n" +
		"2023-10-07  Hamas        Hamas fired rockets…\n" +
		"            IDF, Israel  xxxxxxxxxxxxxxxxxxx…\n"
	if b.String() != want {
		t.Errorf("writeTable =\n%s\nwant\n%s", b.String(), want)
	}
	for _, tc := range []struct {
		s     string
		width int
		want  string
	}{
		{"abc", 0, "abc"}, {"abc", 3, "abc"}, {"abcd", 3, "ab…"}, {"a b  c", 1, "…"}, {"Tél Aviv", 4, "Tél…"}, {"ab cd", 4, "ab…"},
	} {
		if got := clipCell(tc.s, tc.width); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
	}
}

func TestQueryJSON(t *testing.T) {
	var b bytes.Buffer
	cols := []string{"z", "a", "list"}
	rows := [][]any{
		{"<Hamas & IDF>", nil, []any{int64(1), math.NaN()}},
		{"b", int64(2), map[string]any{"latitude": 31.5, "longitude": 34.47}},
	}
	if err := writeQueryJSON(&b, cols, rows); err != nil {
		t.Fatal(err)
	}
	want := `[
{"z": "<Hamas & IDF>", "a": null, "list": [1,"NaN"]},
{"z": "b", "a": 2, "list": {"latitude":31.5,"longitude":34.47}}
]
`
	if b.String() != want {
		t.Errorf("writeJSON =\n%s\nwant\n%s", b.String(), want)
	}
	var parsed []map[string]any
	if err := json.Unmarshal(b.Bytes(), &parsed); err != nil || len(parsed) != 2 {
		t.Errorf("writeJSON output does not parse as an array of two objects: %v", err)
	}
	b.Reset()
	if err := writeQueryJSON(&b, cols, nil); err != nil || b.String() != "[]\n" {
		t.Errorf("writeJSON(no rows) = %q, %v; want []", b.String(), err)
	}
}

func TestQueryCSV(t *testing.T) {
	var b bytes.Buffer
	err := writeQueryCSV(&b, []string{"name", "docs"}, [][]any{{"Hamas, the group", []any{"a", "b"}}, {nil, []any{}}})
	want := "name,docs\n\"Hamas, the group\",a; b\n,\n"
	if err != nil || b.String() != want {
		t.Errorf("writeCSV = %q, %v; want %q", b.String(), err, want)
	}
}

func TestQueryList(t *testing.T) {
	clearQueryEnv(t)
	out, _, err := runCLI(t, "query", "list")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range queries.Builtin().All() {
		if !strings.Contains(out, q.Name+" ") || !strings.Contains(out, q.Summary) {
			t.Errorf("query list does not show %s: %s", q.Name, out)
		}
	}
	if !strings.Contains(out, "--param actor=STRING") || !strings.Contains(out, "--param since=YYYY-MM-DD") ||
		!strings.Contains(out, "--param by=day|week|month") || !strings.Contains(out, "(default 10)") {
		t.Errorf("query list does not show the parameters:\n%s", out)
	}
	bare, _, err := runCLI(t, "query")
	if err != nil || bare != out {
		t.Errorf("eventgraph query without a name = %q, %v; want the list", bare, err)
	}

	js, _, err := runCLI(t, "query", "list", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		Name   string
		Params []struct {
			Name     string
			Type     string
			Required bool
			Default  *string
		}
	}
	if err := json.Unmarshal([]byte(js), &list); err != nil || len(list) != len(queries.Builtin().All()) {
		t.Fatalf("query list --format json = %s, %v", js, err)
	}
	for _, q := range list {
		if q.Name == "retaliation-chains" {
			if p := q.Params[1]; p.Name != "limit" || p.Type != "int" || p.Default == nil || *p.Default != "10" {
				t.Errorf("retaliation-chains limit = %+v, want int with default 10", p)
			}
		}
	}
}

func TestQueryUserFolder(t *testing.T) {
	clearQueryEnv(t)
	dir := t.TempDir()
	mine := "// name: mine\n// summary: My own query.\n// param: n int = 3   how many\nUNWIND range(1, $n) AS i RETURN i\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.cypher"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("EVENTGRAPH_QUERIES_DIR", dir)
	out, _, err := runCLI(t, "query", "list")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "My own query. ["+filepath.Join(dir, "mine.cypher")+"]") {
		t.Errorf("query list does not show the user's query with its file:\n%s", out)
	}
	help, _, err := runCLI(t, "query", "--help")
	if err != nil || !strings.Contains(help, "Stored queries:") || !strings.Contains(help, "My own query.") ||
		!strings.Contains(help, "retaliation-chains") {
		t.Errorf("query --help = %q, %v; want the stored queries, the user's too", help, err)
	}

	bad := filepath.Join(dir, "broken.cypher")
	if err := os.WriteFile(bad, []byte("// name: other\n// summary: s.\nRETURN 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCLI(t, "query", "list")
	if err == nil || !strings.Contains(err.Error(), "broken.cypher") || !strings.Contains(err.Error(), "queries.dir") {
		t.Errorf("query list with a broken user query = %v, want an error naming the file", err)
	}
	t.Setenv("EVENTGRAPH_QUERIES_DIR", filepath.Join(dir, "missing"))
	if _, _, err := runCLI(t, "query", "list"); err == nil || !strings.Contains(err.Error(), "queries.dir") {
		t.Errorf("query list with a missing queries.dir = %v, want an error", err)
	}
}

// TestQueryErrors: mistakes are reported before any connection, with what
// is accepted.
func TestQueryErrors(t *testing.T) {
	clearQueryEnv(t)
	unreachable := "--neo4j-uri=neo4j://127.0.0.1:1"
	tests := []struct {
		args []string
		want []string
		is   error
	}{
		{[]string{"query", "retaliation-chain"}, []string{`unknown query "retaliation-chain"`, "stored queries: actor-network,", "retaliation-chains"}, eventgraph.ErrNotFound},
		{[]string{"query", "actor-timeline", "--param", "actor=IDF", "--param", "limit=ten"},
			[]string{`parameter limit: "ten" is not an int`, "accepted: actor string, since date = null"}, eventgraph.ErrInvalid},
		{[]string{"query", "actor-timeline", "-p", "actor=IDF", "-p", "since=10/07/2023"},
			[]string{`"10/07/2023" is not a date (YYYY-MM-DD`}, eventgraph.ErrInvalid},
		{[]string{"query", "actor-timeline", "-p", "who=IDF"},
			[]string{`unknown parameter "who"`, "missing parameter actor (string)", "accepted: actor string"}, eventgraph.ErrInvalid},
		{[]string{"query", "escalation", "-p", "by=year"}, []string{`"year" is not one of day, week, month`}, eventgraph.ErrInvalid},
		{[]string{"query", "actor-timeline", "-p", "actor"}, []string{`--param "actor": want KEY=VALUE`, "accepted: actor string"}, nil},
		{[]string{"query", "actor-timeline", "-p", "actor=IDF", "--format", "xml"}, []string{`unknown --format "xml"; accepted: table, json, csv`}, nil},
		{[]string{"query", "actor-timeline", "Hamas"}, []string{"want one query name", "--param KEY=VALUE"}, nil},
		{[]string{"query", "list", "--format", "csv"}, []string{`unknown --format "csv"; accepted: table, json`}, nil},
		// Well-formed: only then is the store opened.
		{[]string{"query", "actor-timeline", "-p", "actor=IDF"}, []string{"127.0.0.1:1"}, eventgraph.ErrUnavailable},
	}
	for _, tc := range tests {
		_, _, err := runCLI(t, append(tc.args, unreachable)...)
		if err == nil {
			t.Errorf("eventgraph %s succeeded, want an error", strings.Join(tc.args, " "))
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("eventgraph %s: %v; want it to contain %q", strings.Join(tc.args, " "), err, w)
			}
		}
		if tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("eventgraph %s: %v; want errors.Is %v", strings.Join(tc.args, " "), err, tc.is)
		}
	}
}

// TestQueryRunNeo4j runs queries through the command against the real
// Neo4j: a user query returning each kind of value, in every format, and a
// stored query.
func TestQueryRunNeo4j(t *testing.T) {
	conn := neo4jtest.Get(t).Flags()
	clearQueryEnv(t)
	dir := t.TempDir()
	values := `// name: values
// summary: One row of each kind of Neo4j value.
// param: day date   a day
// param: n int = 2
RETURN date($day) AS day, point({latitude: 31.5, longitude: 34.47}) AS at,
       [x IN range(1, $n) | 'p' + x] AS list, {k: 1} AS map, null AS none,
       datetime('2023-10-07T06:30:00Z') AS stamp, duration('P1D') AS span, 1.5 AS f, true AS ok
`
	if err := os.WriteFile(filepath.Join(dir, "values.cypher"), []byte(values), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("EVENTGRAPH_QUERIES_DIR", dir)

	args := append([]string{"query", "values", "-p", "day=2023-10-07", "--param", "n=3"}, conn...)
	out, stderr, err := runCLI(t, args...)
	if errors.Is(err, eventgraph.ErrUnavailable) && os.Getenv("CI") == "" {
		t.Skipf("no Neo4j to run queries against: %v", err)
	}
	if err != nil {
		t.Fatalf("eventgraph query values: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "day         at           list        map     none  stamp") {
		t.Errorf("table header =\n%s", out)
	}
	wantCells := []string{"2023-10-07", "31.5, 34.47", "p1, p2, p3", "{k: 1}", "2023-10-07T06:30:00Z", "P0M1DT0S", "1.5", "true"}
	for _, c := range wantCells {
		if !strings.Contains(lines[len(lines)-1], c) {
			t.Errorf("table row %q lacks %q", lines[len(lines)-1], c)
		}
	}
	if !strings.Contains(stderr, "(1 row,") {
		t.Errorf("stderr = %q, want the row count", stderr)
	}

	out, _, err = runCLI(t, append(args, "--format", "json")...)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("json output %q: %v", out, err)
	}
	want := map[string]any{"day": "2023-10-07", "at": map[string]any{"latitude": 31.5, "longitude": 34.47},
		"list": []any{"p1", "p2", "p3"}, "map": map[string]any{"k": 1.0}, "none": nil,
		"stamp": "2023-10-07T06:30:00Z", "span": "P0M1DT0S", "f": 1.5, "ok": true}
	if !reflect.DeepEqual(rows[0], want) {
		t.Errorf("json row = %v, want %v", rows[0], want)
	}
	if !strings.HasPrefix(out, "[\n{\"day\": ") {
		t.Errorf("json keeps the column order: %q", out)
	}

	out, _, err = runCLI(t, append(args, "--format", "csv")...)
	if err != nil || !strings.HasPrefix(out, "day,at,list,map,none,stamp,span,f,ok\n2023-10-07,\"31.5, 34.47\",p1; p2; p3,{k: 1},,") {
		t.Errorf("csv output = %q, %v", out, err)
	}

	// A stored query, on a document nobody has: the header, no rows.
	out, stderr, err = runCLI(t, append([]string{"query", "document", "--param", "id=query-test-no-such-document"}, conn...)...)
	if err != nil || !strings.HasPrefix(out, "kind  item  detail  evidence  start  end\n") || !strings.Contains(stderr, "(0 rows,") {
		t.Errorf("eventgraph query document = %q, %q, %v", out, stderr, err)
	}
}
