package queries_test

// Integration tests: every stored query against a real Neo4j
// (EVENTGRAPH_TEST_NEO4J_URI), on a small graph loaded through the graph
// package's real Load. Without the variable they skip; in CI (CI set) a
// missing or unreachable server fails them.
//
// The helpers are meant for more such tests, for example on the seeds:
//
//	s := openStore(t)
//	p := newPrefix(t, "seeds")
//	loadGraph(t, s, p, prefixIDs(p, extractionsOfTheSeeds)...)
//	r := runQuery(t, s, queries.Builtin(), "retaliation-chains",
//		map[string]string{"actor": "Qassam Brigades"}).only("docs", p)
//	r.has(t, 1, row{"step": 2, "agents": []string{"Izz ad-Din al-Qassam Brigades"}})
//
// prefixIDs keeps names (so real names and aliases find the actors) but
// prefixes every id, so the copy is cleaned up alone; result.only then
// drops rows from other data that shares the names.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/queries"
)

// budget is the most a stored query may take on a small graph (the issue's
// bar for the seeds graph).
const budget = 100 * time.Millisecond

// testConfig is the Neo4j the integration tests use (neo4jtest.Get).
func testConfig(t testing.TB) graph.Config {
	t.Helper()
	srv := neo4jtest.Get(t)
	return graph.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database}
}

// openStore opens the test database with the schema applied; outside CI an
// unreachable server skips the test.
func openStore(t testing.TB) *graph.Store {
	t.Helper()
	cfg := testConfig(t)
	ctx := context.Background()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		neo4jtest.CannotOpen(t, err)
	}
	t.Cleanup(func() {
		if err := s.Close(ctx); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	if _, err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema: %v", err)
	}
	return s
}

// newPrefix returns a fresh id prefix, so that concurrent or interrupted
// runs never see each other's data.
func newPrefix(t testing.TB, name string) string {
	t.Helper()
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return name + "-" + hex.EncodeToString(b) + "-"
}

// loadGraph loads xs through graph.Store.Load and, when the test ends,
// deletes what it loaded: every document, actor and location whose id
// starts with prefix, and the events and claims those documents report.
// All ids in xs must carry the prefix.
func loadGraph(t testing.TB, s *graph.Store, prefix string, xs ...eventgraph.Extraction) {
	t.Helper()
	cfg := testConfig(t)
	t.Cleanup(func() {
		if err := deletePrefix(context.Background(), cfg, prefix); err != nil {
			t.Errorf("clean up %s: %v", prefix, err)
		}
	})
	if _, err := s.Load(context.Background(), xs); err != nil {
		t.Fatalf("Load: %v", err)
	}
}

// prefixIDs returns copies of xs whose document, actor and location ids
// start with prefix (actors and places without an id get one from their
// name), for loadGraph's cleanup. Names are kept.
func prefixIDs(prefix string, xs []eventgraph.Extraction) []eventgraph.Extraction {
	id := func(kind, id, name string) string {
		if id == "" {
			id = kind + ":" + strings.Join(strings.Fields(strings.ToLower(name)), " ")
		}
		return prefix + id
	}
	out := make([]eventgraph.Extraction, len(xs))
	for i, x := range xs {
		x.Document.ID = prefix + x.Document.ID
		x.Actors = append([]eventgraph.Actor(nil), x.Actors...)
		for j, a := range x.Actors {
			x.Actors[j].ID = id("name", a.ID, a.Name)
		}
		x.Locations = append([]eventgraph.Location(nil), x.Locations...)
		for j, l := range x.Locations {
			x.Locations[j].ID = id("place", l.ID, l.Name)
		}
		out[i] = x
	}
	return out
}

// deletePrefix is test cleanup, the only write these tests make outside
// graph.Load. The graph package exports no delete, so it talks to the
// driver itself; only tests do this.
func deletePrefix(ctx context.Context, cfg graph.Config, prefix string) (err error) {
	if prefix == "" {
		return errors.New("refusing to delete with an empty prefix")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, driver.Close(ctx)) }()
	steps := []string{`
MATCH (d:Document) WHERE d.id STARTS WITH $prefix
OPTIONAL MATCH (d)<-[:REPORTED_IN]-(x)
WITH collect(DISTINCT d) AS ds, collect(DISTINCT x) AS xs
FOREACH (x IN xs | DETACH DELETE x)
FOREACH (d IN ds | DETACH DELETE d)`, `
MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
DETACH DELETE a`, `
MATCH (l:Location) WHERE l.id STARTS WITH $prefix
DETACH DELETE l`}
	for _, cypher := range steps {
		_, err := neo4j.ExecuteQuery(ctx, driver, cypher, map[string]any{"prefix": prefix},
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			return err
		}
	}
	return nil
}

// result is one run of a stored query.
type result struct {
	query string
	cols  []string
	rows  [][]any
	took  time.Duration // the fastest of the runs
	cold  time.Duration // the first run
}

// runQuery binds params to the stored query name and runs it three times,
// keeping the rows of the last run and the fastest time.
func runQuery(t testing.TB, s *graph.Store, set *queries.Set, name string, params map[string]string) result {
	t.Helper()
	q, err := set.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	bound, err := q.Bind(params)
	if err != nil {
		t.Fatal(err)
	}
	r := result{query: name}
	for i := 0; i < 3; i++ {
		start := time.Now()
		cols, rows, err := s.Run(context.Background(), q.Text, bound)
		took := time.Since(start)
		if err != nil {
			t.Fatalf("query %s %v: %v", name, params, err)
		}
		r.cols, r.rows = cols, rows
		if i == 0 {
			r.cold, r.took = took, took
		}
		r.took = min(r.took, took)
	}
	return r
}

// maps returns the rows as column -> value maps.
func (r result) maps() []map[string]any {
	out := make([]map[string]any, len(r.rows))
	for i, row := range r.rows {
		m := make(map[string]any, len(r.cols))
		for j, c := range r.cols {
			m[c] = row[j]
		}
		out[i] = m
	}
	return out
}

// row is an expected row: some columns and their values. Ints may be
// written as int and lists as []string.
type row map[string]any

// matching returns the rows that have every value of want.
func (r result) matching(want row) []map[string]any {
	var out []map[string]any
	for _, got := range r.maps() {
		if matches(got, want) {
			out = append(out, got)
		}
	}
	return out
}

func matches(got map[string]any, want row) bool {
	for k, w := range want {
		if !reflect.DeepEqual(got[k], normal(w)) {
			return false
		}
	}
	return true
}

// normal converts expected values to the shapes graph.Store.Run returns.
func normal(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return v
}

// has fails the test unless exactly n rows match want.
func (r result) has(t testing.TB, n int, want row) {
	t.Helper()
	if got := r.matching(want); len(got) != n {
		t.Errorf("%s: %d rows match %v, want %d; rows:\n%s", r.query, len(got), want, n, r)
	}
}

// only keeps the rows whose column col is or contains a string with the
// test's tag, so that data loaded by others does not disturb a test.
func (r result) only(col, tag string) result {
	i := -1
	for j, c := range r.cols {
		if c == col {
			i = j
		}
	}
	out := r
	out.rows = nil
	for _, row := range r.rows {
		if i >= 0 && strings.Contains(fmt.Sprint(row[i]), tag) {
			out.rows = append(out.rows, row)
		}
	}
	return out
}

func (r result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %v\n", r.cols)
	for _, row := range r.rows {
		fmt.Fprintf(&b, "  %v\n", row)
	}
	return b.String()
}

func ptr[T any](v T) *T { return &v }

// fixture is a small story in three documents, every name carrying tag and
// every id prefix p:
//
//	A (2023-10-07): Hamas fires 5,000 rockets at Sderot; in response the
//	  IDF strikes Hamas in Gaza City, 200 killed; Hagari speaks.
//	B (2023-10-09): the same strike (a day later, 300 killed, the IDF under
//	  an alias); the Qassam Brigades fire rockets from Lebanon in
//	  retaliation (says Hamad); the IDF answers with artillery on Lebanon.
//	C (2023-10-16): the IDF raids Khan Younis, 12 killed; Hamas threatens.
//
// Loaded, it holds one chain of four steps across A and B: Hamas rockets
// <- IDF airstrike <- Qassam rockets from Lebanon <- IDF artillery.
func fixture(p, tag string) []eventgraph.Extraction {
	n := func(s string) string { return s + " " + tag }
	israel := eventgraph.Actor{ID: p + "israel", Name: n("Israel"), Kind: eventgraph.KindState, Country: ptr("ISR")}
	idf := eventgraph.Actor{ID: p + "idf", Name: n("Israel Defense Forces"), Kind: eventgraph.KindMilitary,
		Aliases: []string{n("IDF"), n("Israeli military")}, PartOf: ptr(n("Israel")), Country: ptr("ISR")}
	hamas := eventgraph.Actor{ID: p + "hamas", Name: n("Hamas"), Kind: eventgraph.KindArmedGroup,
		Aliases: []string{n("Islamic Resistance Movement")}, Country: ptr("PSE")}
	qassam := eventgraph.Actor{ID: p + "qassam", Name: n("Qassam Brigades"), Kind: eventgraph.KindArmedGroup,
		Aliases: []string{n("Izz ad-Din al-Qassam Brigades")}, PartOf: ptr(n("Hamas"))}
	hagari := eventgraph.Actor{ID: p + "hagari", Name: n("Daniel Hagari"), Kind: eventgraph.KindPerson,
		PartOf: ptr(n("Israel Defense Forces")), Role: "military spokesman"}
	hamad := eventgraph.Actor{ID: p + "hamad", Name: n("Ghazi Hamad"), Kind: eventgraph.KindPerson,
		PartOf: ptr(n("Hamas")), Role: "spokesperson"}
	place := func(id, name, kind, country string, lat, lon float64) eventgraph.Location {
		return eventgraph.Location{ID: p + id, Name: n(name), Kind: kind, Country: ptr(country), Lat: ptr(lat), Lon: ptr(lon)}
	}
	gaza := place("gaza", "Gaza City", "city", "PSE", 31.5017, 34.4668)
	sderot := place("sderot", "Sderot", "city", "ISR", 31.525, 34.5969)          // about 12.6 km from Gaza City
	khan := place("khan-younis", "Khan Younis", "city", "PSE", 31.3462, 34.3063) // about 23 km
	lebanon := place("lebanon", "Lebanon", "country", "LBN", 33.85, 35.86)
	palestine := place("palestine", "Palestine", "country", "PSE", 31.9, 35.2) // about 80 km

	// doc builds a document whose text is its sentences, with evidence
	// offsets found in it.
	type sentence = string
	doc := func(id, published string, sentences ...sentence) (eventgraph.Document, func(sentence) (string, int, int)) {
		text := strings.Join(sentences, " ")
		d := eventgraph.Document{ID: p + id, Title: n("Report " + id), Published: ptr(published),
			Source: "test/" + p + id + ".txt", Hash: p + id, Text: text}
		return d, func(s sentence) (string, int, int) {
			i := strings.Index(text, s)
			return s, i, i + len(s)
		}
	}
	event := func(at func(sentence) (string, int, int), local, typ, mode, date string, s sentence) eventgraph.Event {
		ev := eventgraph.Event{ID: local, Type: typ, Date: ptr(date)}
		if mode != "" {
			ev.Mode = ptr(mode)
		}
		ev.Evidence, ev.Start, ev.End = at(s)
		return ev
	}
	link := func(at func(sentence) (string, int, int), from, to, cue, by string, s sentence) eventgraph.Link {
		l := eventgraph.Link{Type: eventgraph.LinkRetaliation, From: from, To: to, Cue: cue, AssertedBy: by}
		l.Evidence, l.Start, l.End = at(s)
		return l
	}
	claim := func(at func(sentence) (string, int, int), speaker, verb, text string, about []string, s sentence) eventgraph.Claim {
		c := eventgraph.Claim{Speaker: speaker, Verb: verb, Text: text, About: about}
		c.Evidence, c.Start, c.End = at(s)
		return c
	}
	mention := func(at func(sentence) (string, int, int), s sentence) *eventgraph.Evidence {
		e := &eventgraph.Evidence{}
		e.Text, e.Start, e.End = at(s)
		return e
	}
	withEv := func(a eventgraph.Actor, e *eventgraph.Evidence) eventgraph.Actor { a.Evidence = e; return a }

	// Document A.
	a1s := n("Hamas") + " fired 5,000 rockets at " + n("Sderot") + " on Saturday."
	a2s := "In response, the " + n("Israel Defense Forces") + " struck " + n("Hamas") + " in " + n("Gaza City") + ", killing 200 people."
	a3s := n("Daniel Hagari") + " said the strikes hit command centres."
	docA, atA := doc("a", "2023-10-07", a1s, a2s, a3s)
	a1 := event(atA, "e1", "ASSAULT", "rocket_fire", "2023-10-07", a1s)
	a1.Agents, a1.Targets, a1.Locations, a1.Quantity = []string{n("Hamas")}, []string{n("Israel")}, []string{n("Sderot")}, ptr(int64(5000))
	a2 := event(atA, "e2", "ASSAULT", "airstrike", "2023-10-07", a2s)
	a2.Agents, a2.Targets, a2.Locations, a2.Fatalities = []string{n("Israel Defense Forces")}, []string{n("Hamas")}, []string{n("Gaza City")}, ptr(int64(200))
	gazaA, sderotA := gaza, sderot
	gazaA.Evidence, sderotA.Evidence = mention(atA, a2s), mention(atA, a1s)
	x1 := eventgraph.Extraction{
		Document:  docA,
		Actors:    []eventgraph.Actor{withEv(hamas, mention(atA, a1s)), withEv(idf, mention(atA, a2s)), israel, withEv(hagari, mention(atA, a3s))},
		Locations: []eventgraph.Location{sderotA, gazaA},
		Events:    []eventgraph.Event{a1, a2},
		Links:     []eventgraph.Link{link(atA, "e2", "e1", "in response", "", a2s)},
		Claims:    []eventgraph.Claim{claim(atA, n("Daniel Hagari"), "said", "the strikes hit command centres", []string{"e2"}, a3s)},
	}

	// Document B.
	b1s := n("Israeli military") + " strikes on " + n("Hamas") + " in " + n("Gaza City") + " on Sunday killed 300 people."
	b2s := "Thirty rockets fired by the " + n("Qassam Brigades") + " from " + n("Lebanon") + " on Monday were in retaliation for the strikes, said " + n("Ghazi Hamad") + "."
	b3s := "The " + n("IDF") + " answered with artillery fire on " + n("Lebanon") + "."
	docB, atB := doc("b", "2023-10-09", b1s, b2s, b3s)
	b1 := event(atB, "e1", "ASSAULT", "airstrike", "2023-10-08", b1s)
	b1.Agents, b1.Targets, b1.Locations, b1.Fatalities = []string{n("Israeli military")}, []string{n("Hamas")}, []string{n("Gaza City")}, ptr(int64(300))
	b2 := event(atB, "e2", "ASSAULT", "rocket_fire", "2023-10-09", b2s)
	b2.Agents, b2.Targets, b2.LaunchedFrom, b2.Quantity = []string{n("Qassam Brigades")}, []string{n("Israel")}, []string{n("Lebanon")}, ptr(int64(30))
	b3 := event(atB, "e3", "ASSAULT", "artillery", "2023-10-09", b3s)
	b3.Agents, b3.Targets = []string{n("IDF")}, []string{n("Lebanon")}
	x2 := eventgraph.Extraction{
		Document:  docB,
		Actors:    []eventgraph.Actor{idf, israel, hamas, withEv(qassam, mention(atB, b2s)), withEv(hamad, mention(atB, b2s))},
		Locations: []eventgraph.Location{gaza, lebanon},
		Events:    []eventgraph.Event{b1, b2, b3},
		Links: []eventgraph.Link{
			link(atB, "e2", "e1", "in retaliation for", n("Ghazi Hamad"), b2s),
			link(atB, "e3", "e2", "answered", "", b3s),
		},
		Claims: []eventgraph.Claim{claim(atB, n("Ghazi Hamad"), "said", "the rockets were in retaliation for the strikes", []string{"e2"}, b2s)},
	}

	// Document C.
	c1s := "The " + n("IDF") + " raided " + n("Khan Younis") + " on Monday, killing 12 " + n("Hamas") + " fighters."
	c2s := n("Hamas") + " threatened to fire more rockets at " + n("Israel") + "."
	docC, atC := doc("c", "2023-10-16", c1s, c2s)
	c1 := event(atC, "e1", "ASSAULT", "ground_assault", "2023-10-16", c1s)
	c1.Agents, c1.Targets, c1.Locations, c1.Fatalities = []string{n("IDF")}, []string{n("Hamas")}, []string{n("Khan Younis")}, ptr(int64(12))
	c2 := event(atC, "e2", "THREATEN", "", "2023-10-16", c2s)
	c2.Agents, c2.Targets, c2.Locations = []string{n("Hamas")}, []string{n("Israel")}, []string{n("Palestine")}
	x3 := eventgraph.Extraction{
		Document:  docC,
		Actors:    []eventgraph.Actor{idf, hamas, israel},
		Locations: []eventgraph.Location{khan, palestine},
		Events:    []eventgraph.Event{c1, c2},
	}
	return []eventgraph.Extraction{x1, x2, x3}
}

// queryCase is one stored query run with its expectations.
type queryCase struct {
	query  string
	name   string // distinguishes runs of one query
	params map[string]string
	check  func(t *testing.T, r result)
}

func TestStoredQueries(t *testing.T) {
	s := openStore(t)
	p := newPrefix(t, "qt")
	tag := strings.ToUpper(strings.TrimSuffix(strings.TrimPrefix(p, "qt-"), "-"))
	n := func(s string) string { return s + " " + tag }
	loadGraph(t, s, p, fixture(p, tag)...)
	set := queries.Builtin()

	docs := func(ids ...string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = p + id
		}
		return out
	}
	// The four steps of the chain, as retaliation-chains and
	// retaliation-between show them.
	chain := []row{
		{"chain": 1, "step": 1, "date": "2023-10-07", "agents": []string{n("Hamas")}, "type": "ASSAULT",
			"mode": "rocket_fire", "event": "rocket_fire 2023-10-07", "targets": []string{n("Israel")},
			"places": []string{n("Sderot")}, "cue": nil, "asserted_by": []string{}, "docs": docs("a")},
		{"chain": 1, "step": 2, "date": "2023-10-07", "agents": []string{n("Israel Defense Forces")},
			"mode": "airstrike", "targets": []string{n("Hamas")}, "places": []string{n("Gaza City")},
			"cue": "in response", "asserted_by": []string{}, "docs": docs("a", "b")},
		{"chain": 1, "step": 3, "date": "2023-10-09", "agents": []string{n("Qassam Brigades")},
			"mode": "rocket_fire", "targets": []string{n("Israel")}, "places": []string{"from " + n("Lebanon")},
			"cue": "in retaliation for", "asserted_by": []string{n("Ghazi Hamad")}, "docs": docs("b")},
		{"chain": 1, "step": 4, "date": "2023-10-09", "agents": []string{n("Israel Defense Forces")},
			"mode": "artillery", "targets": []string{n("Lebanon")}, "places": []string{},
			"cue": "answered", "docs": docs("b")},
	}
	exactly := func(want ...row) func(t *testing.T, r result) {
		return func(t *testing.T, r result) {
			if len(r.rows) != len(want) {
				t.Errorf("%s: %d rows, want %d:\n%s", r.query, len(r.rows), len(want), r)
			}
			for i, w := range want {
				if i < len(r.rows) && !matches(r.maps()[i], w) {
					t.Errorf("%s: row %d = %v, want %v", r.query, i+1, r.maps()[i], w)
				}
			}
		}
	}
	var airstrikeID string // found by actor-timeline, used by claims-about

	cases := []queryCase{
		{query: "retaliation-chains", params: map[string]string{"actor": n("qassam brigades")}, check: exactly(chain...)},
		{query: "retaliation-chains", name: "alias", params: map[string]string{"actor": strings.ToLower(n("IDF")), "limit": "1"},
			check: exactly(chain...)},
		{query: "retaliation-chains", name: "part-of", params: map[string]string{"actor": n("Israel")},
			check: func(t *testing.T, r result) { r.has(t, 1, row{"step": 4, "mode": "artillery"}) }},
		{query: "retaliation-chains", name: "no-such-actor", params: map[string]string{"actor": n("Hezbollah")},
			check: exactly()},
		{query: "retaliation-between", params: map[string]string{"actor": n("Israeli Military"), "other": n("Islamic Resistance Movement")},
			check: func(t *testing.T, r result) {
				exactly(chain...)(t, r)
				// side repeats the parameter as given.
				hamas, idf := n("Islamic Resistance Movement"), n("Israeli Military")
				for i, side := range []any{hamas, idf, hamas, idf} {
					if i < len(r.rows) && r.maps()[i]["side"] != side {
						t.Errorf("step %d side = %v, want %v", i+1, r.maps()[i]["side"], side)
					}
				}
			}},
		{query: "retaliation-between", name: "either-order", params: map[string]string{"actor": n("Hamas"), "other": n("IDF")},
			check: func(t *testing.T, r result) { r.has(t, 4, row{"chain": 1}) }},
		{query: "retaliation-between", name: "not-linked", params: map[string]string{"actor": n("Hamas"), "other": n("Nobody")},
			check: exactly()},
		{query: "who-retaliated-against-whom", params: map[string]string{"limit": "100000"},
			check: func(t *testing.T, r result) {
				r = r.only("retaliator", tag)
				exactlyPairs := []row{
					{"retaliator": n("Israel Defense Forces"), "against": n("Hamas"), "links": 1, "first": "2023-10-07", "last": "2023-10-07", "docs": docs("a")},
					{"retaliator": n("Israel Defense Forces"), "against": n("Qassam Brigades"), "links": 1, "first": "2023-10-09", "docs": docs("b")},
					{"retaliator": n("Qassam Brigades"), "against": n("Israel Defense Forces"), "links": 1, "first": "2023-10-09", "docs": docs("b")},
				}
				exactly(exactlyPairs...)(t, r)
			}},
		{query: "actor-timeline", params: map[string]string{"actor": n("Israeli military")},
			check: func(t *testing.T, r result) {
				exactly(
					row{"date": "2023-10-07", "role": []string{"agent"}, "mode": "airstrike", "targets": []string{n("Hamas")},
						"places": []string{n("Gaza City")}, "fatalities": 300, "docs": docs("a", "b")},
					row{"date": "2023-10-09", "mode": "artillery", "targets": []string{n("Lebanon")}, "docs": docs("b")},
					row{"date": "2023-10-16", "type": "ASSAULT", "mode": "ground_assault", "places": []string{n("Khan Younis")}, "fatalities": 12},
				)(t, r)
				if len(r.rows) > 0 {
					airstrikeID, _ = r.maps()[0]["id"].(string)
				}
			}},
		{query: "actor-timeline", name: "same-by-name", params: map[string]string{"actor": n("ISRAEL DEFENSE FORCES")},
			check: func(t *testing.T, r result) { r.has(t, 3, row{"agents": []string{n("Israel Defense Forces")}}) }},
		{query: "actor-timeline", name: "target-and-since", params: map[string]string{"actor": n("hamas"), "since": "2023-10-08", "until": "2023-10-16"},
			check: exactly(
				row{"date": "2023-10-09", "role": []string{"agent"}, "agents": []string{n("Qassam Brigades")}},
				row{"date": "2023-10-16", "role": []string{"target"}, "mode": "ground_assault"},
				row{"date": "2023-10-16", "role": []string{"agent"}, "type": "THREATEN", "mode": nil},
			)},
		{query: "actor-network", params: map[string]string{"actor": n("Hamas")},
			check: exactly(
				row{"attacker": n("Israel Defense Forces"), "target": n("Hamas"), "target_kind": "armed_group", "events": 2,
					"first": "2023-10-07", "last": "2023-10-16", "fatalities": 312},
				row{"attacker": n("Hamas"), "target": n("Israel"), "target_kind": "state", "events": 1, "modes": []string{"rocket_fire"}},
				row{"attacker": n("Qassam Brigades"), "target": n("Israel"), "events": 1, "first": "2023-10-09"},
			)},
		{query: "actor-network", name: "threats", params: map[string]string{"actor": n("Israel"), "type": "threaten"},
			check: exactly(row{"attacker": n("Hamas"), "target": n("Israel"), "events": 1, "modes": []string{}})},
		{query: "actor-network", name: "places", params: map[string]string{"limit": "100000"},
			check: func(t *testing.T, r result) {
				r.only("attacker", tag).has(t, 1, row{"attacker": n("Israel Defense Forces"), "target": n("Lebanon"), "target_kind": "place"})
			}},
		{query: "claims-by", params: map[string]string{"speaker": n("Hamas")},
			check: exactly(row{"date": "2023-10-09", "speaker": n("Ghazi Hamad"), "verb": "said",
				"claim": "the rockets were in retaliation for the strikes", "about": []string{"rocket_fire 2023-10-09"},
				"docs": docs("b"), "sources": []string{"test/" + p + "b.txt"}})},
		{query: "claims-by", name: "person", params: map[string]string{"speaker": n("daniel hagari")},
			check: exactly(row{"speaker": n("Daniel Hagari"), "claim": "the strikes hit command centres", "docs": docs("a")})},
		{query: "claims-about", params: map[string]string{"actor": n("Israel Defense Forces")},
			check: exactly(row{"speaker": []string{n("Daniel Hagari")}, "event": "airstrike 2023-10-07", "docs": docs("a")})},
		{query: "claims-about", name: "member", params: map[string]string{"actor": n("Israel")},
			check: func(t *testing.T, r result) {
				r.has(t, 1, row{"speaker": []string{n("Ghazi Hamad")}, "event": "rocket_fire 2023-10-09"})
				r.has(t, 1, row{"speaker": []string{n("Daniel Hagari")}})
			}},
		{query: "claims-about", name: "event", params: map[string]string{"event": "set from actor-timeline"},
			check: exactly(row{"claim": "the strikes hit command centres", "event_date": "2023-10-07"})},
		{query: "claims-about", name: "neither", check: exactly()},
		{query: "contested-figures", params: map[string]string{"limit": "100000"},
			check: func(t *testing.T, r result) {
				exactly(row{"date": "2023-10-07", "agents": []string{n("Israel Defense Forces")}, "figure": "fatalities",
					"low": 200, "high": 300, "reports": []string{p + "a: 200", p + "b: 300"}})(t, r.only("agents", tag))
			}},
		{query: "events-near", params: map[string]string{"place": strings.ToLower(n("Gaza City")), "km": "15"},
			check: func(t *testing.T, r result) {
				r = r.only("agents", tag)
				exactly(
					row{"km": 0.0, "mode": "airstrike", "places": []string{"at " + n("Gaza City")}, "targets": []string{n("Hamas")}},
					row{"km": 12.6, "mode": "rocket_fire", "places": []string{"at " + n("Sderot")}, "date": "2023-10-07"},
				)(t, r)
			}},
		{query: "events-near", name: "wider", params: map[string]string{"place": n("Gaza City"), "km": "100"},
			check: func(t *testing.T, r result) {
				r = r.only("agents", tag)
				r.has(t, 1, row{"mode": "ground_assault", "km": 23.1, "date": "2023-10-16"})
				r.has(t, 0, row{"type": "THREATEN"}) // in a country only
				if len(r.rows) != 3 {
					t.Errorf("events-near: %d rows, want 3:\n%s", len(r.rows), r)
				}
			}},
		{query: "events-near", name: "by-id", params: map[string]string{"place": p + "khan-younis", "km": "1"},
			check: func(t *testing.T, r result) {
				exactly(row{"km": 0.0, "mode": "ground_assault", "places": []string{"at " + n("Khan Younis")}})(t, r.only("agents", tag))
			}},
		{query: "escalation", params: map[string]string{"actor": n("IDF"), "by": "week"},
			check: exactly( // 2023-10-09 is a Monday
				row{"period": "2023-10-02", "type": "ASSAULT", "events": 1, "fatalities": 300, "modes": []string{"airstrike"}},
				row{"period": "2023-10-09", "type": "ASSAULT", "events": 1, "fatalities": 0, "modes": []string{"artillery"}},
				row{"period": "2023-10-16", "type": "ASSAULT", "events": 1, "fatalities": 12},
			)},
		{query: "escalation", name: "by-month", params: map[string]string{"actor": n("Israel"), "by": "month", "type": "assault"},
			check: exactly(row{"period": "2023-10-01", "type": "ASSAULT", "events": 3, "fatalities": 312,
				"modes": []string{"airstrike", "artillery", "ground_assault"}})},
		{query: "escalation", name: "by-day", params: map[string]string{"actor": n("Hamas"), "since": "2023-10-09"},
			check: exactly(
				row{"period": "2023-10-09", "type": "ASSAULT", "events": 1, "fatalities": 0, "modes": []string{"rocket_fire"}},
				row{"period": "2023-10-16", "type": "THREATEN", "events": 1, "fatalities": 0, "modes": []string{}},
			)},
		{query: "document", params: map[string]string{"id": p + "b"},
			check: func(t *testing.T, r result) {
				if len(r.rows) == 0 || r.maps()[0]["kind"] != "document" || r.maps()[0]["item"] != n("Report b") {
					t.Errorf("first row = %v, want the document itself", r.maps())
				}
				r.has(t, 1, row{"kind": "event", "item": "airstrike 2023-10-07",
					"detail": []string{"ASSAULT", "airstrike", "2023-10-08", "by " + n("Israel Defense Forces"), "on " + n("Hamas"),
						"at " + n("Gaza City"), "fatalities 300", "e1"}, "start": 0})
				r.has(t, 1, row{"kind": "event", "item": "rocket_fire 2023-10-09",
					"detail": []string{"ASSAULT", "rocket_fire", "2023-10-09", "by " + n("Qassam Brigades"), "on " + n("Israel"),
						"from " + n("Lebanon"), "quantity 30", "e2"}})
				r.has(t, 1, row{"kind": "claim", "item": "the rockets were in retaliation for the strikes",
					"detail": []string{"by " + n("Ghazi Hamad"), "said", "about rocket_fire 2023-10-09"}})
				r.has(t, 1, row{"kind": "link", "item": "rocket_fire 2023-10-09 -> airstrike 2023-10-07",
					"detail": []string{"in retaliation for", "asserted by " + n("Ghazi Hamad")}, "start": nil})
				r.has(t, 1, row{"kind": "link", "item": "artillery 2023-10-09 -> rocket_fire 2023-10-09", "detail": []string{"answered"}})
				r.has(t, 1, row{"kind": "actor", "item": n("Qassam Brigades")})
				r.has(t, 0, row{"kind": "actor", "item": n("Daniel Hagari")}) // named in document A only
				r.has(t, 1, row{"kind": "place", "item": n("Lebanon")})
				for _, m := range r.maps() {
					if m["kind"] == "event" && m["evidence"] == nil {
						t.Errorf("event row without evidence: %v", m)
					}
				}
			}},
		{query: "document", name: "unknown", params: map[string]string{"id": p + "nope"}, check: exactly()},
	}

	covered := map[string]bool{}
	var timings []string
	for _, tc := range cases {
		covered[tc.query] = true
		name := tc.query
		if tc.name != "" {
			name += "/" + tc.name
		}
		t.Run(name, func(t *testing.T) {
			params := tc.params
			if tc.name == "event" {
				if airstrikeID == "" {
					t.Fatal("no event id from actor-timeline")
				}
				params = map[string]string{"event": airstrikeID}
			}
			r := runQuery(t, s, set, tc.query, params)
			tc.check(t, r)
			timings = append(timings, fmt.Sprintf("%-40s %4d rows  first %6.1f ms  best %6.1f ms", name, len(r.rows),
				ms(r.cold), ms(r.took)))
			if r.took > budget {
				t.Errorf("%s took %v at best, want under %v", name, r.took, budget)
			}
		})
	}
	for _, q := range set.All() {
		if !covered[q.Name] {
			t.Errorf("stored query %s has no integration case", q.Name)
		}
	}
	sort.Strings(timings)
	t.Logf("timings:\n%s", strings.Join(timings, "\n"))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func TestPrefixIDs(t *testing.T) {
	in := []eventgraph.Extraction{{
		Document:  eventgraph.Document{ID: "000_x"},
		Actors:    []eventgraph.Actor{{ID: "Q801", Name: "Israel"}, {Name: "Gaza  Health Ministry"}},
		Locations: []eventgraph.Location{{ID: "geonames:1", Name: "Haifa"}, {Name: "Gaza border"}},
	}}
	out := prefixIDs("p-", in)
	got := []string{out[0].Document.ID, out[0].Actors[0].ID, out[0].Actors[1].ID, out[0].Locations[0].ID, out[0].Locations[1].ID,
		out[0].Actors[1].Name}
	want := []string{"p-000_x", "p-Q801", "p-name:gaza health ministry", "p-geonames:1", "p-place:gaza border", "Gaza  Health Ministry"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("prefixIDs = %q, want %q", got, want)
	}
	if in[0].Document.ID != "000_x" || in[0].Actors[0].ID != "Q801" || in[0].Locations[1].ID != "" {
		t.Errorf("prefixIDs changed its input: %+v", in[0])
	}
}
