package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// Hand-written extractions: real input in the shape the loader produces.

func ptr[T any](v T) *T { return &v }

func state(id, name string, aliases ...string) eventgraph.Actor {
	return eventgraph.Actor{ID: id, Name: name, Kind: eventgraph.KindState, Aliases: aliases}
}

func group(id, name string, aliases ...string) eventgraph.Actor {
	return eventgraph.Actor{ID: id, Name: name, Kind: eventgraph.KindArmedGroup, Aliases: aliases}
}

func place(id, name, country string, lat, lon float64) eventgraph.Location {
	return eventgraph.Location{ID: id, Name: name, Kind: "city", Country: ptr(country), Lat: ptr(lat), Lon: ptr(lon)}
}

// strike is an ASSAULT event.
func strike(local, mode, date string, agent, target, where string, fatalities int64) eventgraph.Event {
	ev := eventgraph.Event{ID: local, Type: "ASSAULT", Mode: ptr(mode), Agents: []string{agent},
		Targets: []string{target}, Date: ptr(date), Evidence: fmt.Sprintf("%s %s %s.", agent, mode, target)}
	if where != "" {
		ev.Locations = []string{where}
	}
	if fatalities > 0 {
		ev.Fatalities = ptr(fatalities)
	}
	return ev
}

func retaliation(from, to string) eventgraph.Link {
	return eventgraph.Link{Type: eventgraph.LinkRetaliation, From: from, To: to, Cue: "in response to",
		Evidence: from + " was in response to " + to + "."}
}

func document(id, hash, published string) eventgraph.Document {
	return eventgraph.Document{ID: id, Hash: hash, Title: "Report " + id, Published: ptr(published), Source: id + ".txt"}
}

func load(t *testing.T, s *Store, xs ...eventgraph.Extraction) LoadResult {
	t.Helper()
	res, err := s.Load(context.Background(), xs)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return res
}

// query runs a read statement and returns its rows.
func query(t *testing.T, s *Store, cypher string, params map[string]any) [][]any {
	t.Helper()
	_, rows, err := s.Run(context.Background(), cypher, params)
	if err != nil {
		t.Fatalf("Run(%s): %v", cypher, err)
	}
	return rows
}

func single(t *testing.T, s *Store, cypher string, params map[string]any) any {
	t.Helper()
	rows := query(t, s, cypher, params)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("Run(%s) = %v, want one value", cypher, rows)
	}
	return rows[0][0]
}

// subgraph counts the nodes and relationships around the documents with
// the prefix: the documents, what they mention or report, and every
// relationship of those.
func subgraph(t *testing.T, s *Store, prefix string) (nodes, rels int64) {
	t.Helper()
	rows := query(t, s, `
MATCH (d:Document) WHERE d.id STARTS WITH $p
OPTIONAL MATCH (d)<-[]-(n)
WITH collect(DISTINCT d) + collect(DISTINCT n) AS ns
UNWIND ns AS n
OPTIONAL MATCH (n)-[r]-()
RETURN count(DISTINCT n), count(DISTINCT r)`, map[string]any{"p": prefix})
	return rows[0][0].(int64), rows[0][1].(int64)
}

// chainDocs: document A says strike 2 answered strike 1; document B
// describes strike 2 again (a day later, the target under an alias) and
// says strike 3 answered it.
func chainDocs(p string) (a, b eventgraph.Extraction) {
	israel := state(p+"israel", "Israel")
	idf := eventgraph.Actor{ID: p + "idf", Name: "Israel Defense Forces", Kind: eventgraph.KindMilitary,
		Aliases: []string{"IDF", "Israeli military"}, PartOf: ptr("Israel"), Country: ptr("ISR")}
	hamas := group(p+"hamas", "Hamas")
	gaza := place(p+"gaza", "Gaza City", "PSE", 31.5, 34.47)
	a = eventgraph.Extraction{
		Document:  document(p+"a", "a1", "2023-10-08"),
		Actors:    []eventgraph.Actor{israel, idf, hamas},
		Locations: []eventgraph.Location{gaza},
		Events: []eventgraph.Event{
			strike("e1", "rocket_fire", "2023-10-07", "Hamas", "Israel", "", 0),
			strike("e2", "airstrike", "2023-10-08", "IDF", "Hamas", "Gaza City", 0),
		},
		Links: []eventgraph.Link{retaliation("e2", "e1")},
	}
	hezbollah := group(p+"hezbollah", "Hezbollah", "Hizbullah")
	hamasB := group(p+"hamas", "Hamas", "Islamic Resistance Movement")
	lebanon := eventgraph.Location{ID: p + "lebanon", Name: "Lebanon", Kind: "country", Country: ptr("LBN")}
	s3 := strike("e3", "rocket_fire", "2023-10-09", "Hezbollah", "Israel", "", 0)
	s3.LaunchedFrom = []string{"Lebanon"}
	b = eventgraph.Extraction{
		Document:  document(p+"b", "b1", "2023-10-09"),
		Actors:    []eventgraph.Actor{israel, idf, hamasB, hezbollah},
		Locations: []eventgraph.Location{gaza, lebanon},
		Events: []eventgraph.Event{
			strike("e1", "airstrike", "2023-10-09", "Israeli military", "Islamic Resistance Movement", "Gaza City", 0),
			s3,
		},
		Links: []eventgraph.Link{retaliation("e3", "e1")},
		Claims: []eventgraph.Claim{{Speaker: "Hezbollah", Text: "the rockets answered the strikes on Gaza",
			About: []string{"e3"}, Evidence: "Hezbollah said the rockets answered the strikes on Gaza."}},
	}
	return a, b
}

func TestRetaliationChainAcrossDocuments(t *testing.T) {
	for _, together := range []bool{false, true} {
		name := "separate loads"
		if together {
			name = "one batch"
		}
		t.Run(name, func(t *testing.T) {
			s := openTest(t)
			p := "t-chain-" + map[bool]string{false: "sep-", true: "one-"}[together]
			cleanPrefix(t, s, p)
			a, b := chainDocs(p)
			if together {
				load(t, s, a, b)
			} else {
				load(t, s, a)
				load(t, s, b)
			}
			rows := query(t, s, `
MATCH (e3:Event)-[:RETALIATION_FOR]->(e2:Event)-[:RETALIATION_FOR]->(e1:Event)
WHERE (e3)-[:REPORTED_IN]->(:Document {id: $b}) AND (e1)-[:REPORTED_IN]->(:Document {id: $a})
RETURN [(e3)<-[:PERFORMED]-(ag) | ag.name][0], e3.label,
       [(e2)<-[:PERFORMED]-(ag) | ag.name][0], e2.label,
       COUNT { (e2)-[:REPORTED_IN]->() },
       [(e1)<-[:PERFORMED]-(ag) | ag.name][0], e1.label`,
				map[string]any{"a": p + "a", "b": p + "b"})
			want := [][]any{{"Hezbollah", "rocket_fire 2023-10-09", "Israel Defense Forces", "airstrike 2023-10-08",
				int64(2), "Hamas", "rocket_fire 2023-10-07"}}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("chain 3 -> 2 -> 1 = %v, want %v", rows, want)
			}
			if n := single(t, s, `MATCH (e:Event)-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p
RETURN count(DISTINCT e)`, map[string]any{"p": p}); n != int64(3) {
				t.Errorf("events = %v, want 3 (strike 2 is one event)", n)
			}
			docs := single(t, s, `MATCH (:Actor {id: $idf})-[r:PERFORMED]->(:Event) RETURN r.docs`,
				map[string]any{"idf": p + "idf"})
			if !reflect.DeepEqual(docs, []any{p + "a", p + "b"}) {
				t.Errorf("IDF PERFORMED docs = %v, want both documents", docs)
			}
			launched := single(t, s, `MATCH (:Actor {id: $h})-[:PERFORMED]->(e)-[:LAUNCHED_FROM]->(l) RETURN l.name`,
				map[string]any{"h": p + "hezbollah"})
			if launched != "Lebanon" {
				t.Errorf("Hezbollah's strike launched from %v, want Lebanon", launched)
			}
		})
	}
}

func TestSameStrikeTwoReports(t *testing.T) {
	s := openTest(t)
	const p = "t-same-"
	cleanPrefix(t, s, p)
	idf := eventgraph.Actor{ID: p + "idf", Name: "Israel Defense Forces", Kind: eventgraph.KindMilitary, Aliases: []string{"IDF"}}
	hamas := group(p+"hamas", "Hamas")
	jabalia := place(p+"jabalia", "Jabalia", "PSE", 31.53, 34.48)
	docA := eventgraph.Extraction{Document: document(p+"a", "a1", "2023-10-31"),
		Actors: []eventgraph.Actor{idf, hamas}, Locations: []eventgraph.Location{jabalia},
		Events: []eventgraph.Event{strike("e1", "airstrike", "2023-10-31", "IDF", "Hamas", "Jabalia", 50)}}
	docB := eventgraph.Extraction{Document: document(p+"b", "b1", "2023-11-01"),
		Actors: []eventgraph.Actor{idf, hamas}, Locations: []eventgraph.Location{jabalia},
		Events: []eventgraph.Event{
			strike("e1", "airstrike", "2023-11-01", "Israel Defense Forces", "Hamas", "Jabalia", 120),
			// Same day, same actors, another mode: another event.
			strike("e2", "ground_assault", "2023-10-31", "IDF", "Hamas", "Jabalia", 0),
		}}
	docC := eventgraph.Extraction{Document: document(p+"c", "c1", "2023-11-06"),
		Actors: []eventgraph.Actor{idf, hamas}, Locations: []eventgraph.Location{jabalia},
		Events: []eventgraph.Event{
			// Five days later: another strike.
			strike("e1", "airstrike", "2023-11-05", "IDF", "Hamas", "Jabalia", 7),
		}}
	load(t, s, docA)
	load(t, s, docB, docC)

	rows := query(t, s, `
MATCH (e:Event)-[r:REPORTED_IN]->(d:Document)
WHERE d.id IN [$a, $b] AND e.mode = 'airstrike'
RETURN e.id, e.label, e.fatalities, d.id, r.fatalities, r.date, r.evidence ORDER BY d.id`,
		map[string]any{"a": p + "a", "b": p + "b"})
	if len(rows) != 2 {
		t.Fatalf("airstrike reports = %v, want two", rows)
	}
	if rows[0][0] != rows[1][0] {
		t.Errorf("the two reports are of events %v and %v, want one event", rows[0][0], rows[1][0])
	}
	for _, r := range rows {
		if r[1] != "airstrike 2023-10-31" || r[2] != int64(120) {
			t.Errorf("event label, fatalities = %v, %v, want airstrike 2023-10-31, 120 (the highest reported)", r[1], r[2])
		}
	}
	if got := []any{rows[0][4], rows[0][5], rows[1][4], rows[1][5]}; !reflect.DeepEqual(got,
		[]any{int64(50), "2023-10-31", int64(120), "2023-11-01"}) {
		t.Errorf("per-report fatalities and dates = %v, want 50 on 2023-10-31 and 120 on 2023-11-01", got)
	}
	if rows[0][6] != "IDF airstrike Hamas." {
		t.Errorf("report evidence = %v", rows[0][6])
	}
	if n := single(t, s, `MATCH (e:Event)-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p
RETURN count(DISTINCT e)`, map[string]any{"p": p}); n != int64(3) {
		t.Errorf("events = %v, want 3: the shared airstrike, the ground assault, the later airstrike", n)
	}
}

func TestLoadIdempotent(t *testing.T) {
	s := openTest(t)
	const p = "t-idem-"
	cleanPrefix(t, s, p)
	a, b := chainDocs(p)
	first := load(t, s, a, b)
	if first.Written != 2 || first.Skipped != 0 || first.NodesCreated == 0 || first.RelationshipsCreated == 0 {
		t.Errorf("first Load = %+v, want 2 written and nodes and relationships created", first)
	}
	nodes, rels := subgraph(t, s, p)

	again := load(t, s, a, b)
	if again != (LoadResult{Skipped: 2}) {
		t.Errorf("second Load = %+v, want only 2 skipped", again)
	}
	if n, r := subgraph(t, s, p); n != nodes || r != rels {
		t.Errorf("after the second Load: %d nodes, %d relationships, want %d, %d", n, r, nodes, rels)
	}

	if _, err := s.Load(context.Background(), []eventgraph.Extraction{a, {}}); !errors.Is(err, eventgraph.ErrInvalid) {
		t.Errorf("Load(extraction without id) = %v, want ErrInvalid", err)
	}

	// The same content extracted differently (a new extractor) is a change.
	a.Events[0].Fatalities = ptr(int64(3))
	if res := load(t, s, a, b); res.Replaced != 1 || res.Skipped != 1 {
		t.Errorf("Load(a extracted anew) = %+v, want a replaced and b skipped", res)
	}
	if f := single(t, s, `MATCH (e:Event)-[r:REPORTED_IN]->(:Document {id: $a}) WHERE r.local_id = 'e1' RETURN r.fatalities`,
		map[string]any{"a": p + "a"}); f != int64(3) {
		t.Errorf("fatalities after the new extraction = %v, want 3", f)
	}
	a.Events[0].Fatalities = nil
	load(t, s, a)

	// Without content hashes the extraction itself identifies the version.
	a.Document.Hash, b.Document.Hash = "", ""
	load(t, s, a, b) // replaces both: their extractions changed
	if again := load(t, s, a, b); again != (LoadResult{Skipped: 2}) {
		t.Errorf("Load without hashes, twice = %+v, want only 2 skipped", again)
	}
	if n, r := subgraph(t, s, p); n != nodes || r != rels {
		t.Errorf("after replacing both with the same content: %d nodes, %d relationships, want %d, %d", n, r, nodes, rels)
	}
}

func TestChangedDocumentReplaced(t *testing.T) {
	s := openTest(t)
	const p = "t-change-"
	cleanPrefix(t, s, p)
	x, y := state(p+"x", "Xland"), state(p+"y", "Yland")
	z := eventgraph.Actor{Name: p + "Zgroup", Kind: eventgraph.KindArmedGroup, PartOf: ptr(p + "Zparent")} // known only by name
	north := place(p+"north", "Northtown", "YYY", 10, 10)
	south := place(p+"south", "Southtown", "YYY", 11, 11)

	v1 := eventgraph.Extraction{Document: document(p+"a", "v1", "2024-01-02"),
		Actors: []eventgraph.Actor{x, y, z}, Locations: []eventgraph.Location{north},
		Events: []eventgraph.Event{
			strike("e1", "airstrike", "2024-01-01", "Xland", "Yland", "Northtown", 20),
			{ID: "e2", Type: "PROTEST", Agents: []string{z.Name}, Evidence: "Zgroup protested."},
		},
		Links:  []eventgraph.Link{retaliation("e1", "e2")},
		Claims: []eventgraph.Claim{{Speaker: z.Name, Text: "We protested", About: []string{"e2"}, Evidence: "Zgroup said: we protested."}},
	}
	other := eventgraph.Extraction{Document: document(p+"b", "b1", "2024-01-02"),
		Actors: []eventgraph.Actor{x, y}, Locations: []eventgraph.Location{south},
		Events: []eventgraph.Event{strike("e1", "airstrike", "2024-01-02", "Xland", "Yland", "Southtown", 12)},
	}
	load(t, s, v1, other)
	if n := single(t, s, `MATCH (e:Event {mode: 'airstrike'})-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p
RETURN DISTINCT e.fatalities`, map[string]any{"p": p}); n != int64(20) {
		t.Fatalf("before: the shared strike's fatalities = %v, want 20", n)
	}

	w := group(p+"w", "Wgroup")
	v2 := eventgraph.Extraction{Document: document(p+"a", "v2", "2024-01-03"),
		Actors: []eventgraph.Actor{x, y, w},
		Events: []eventgraph.Event{
			strike("e1", "airstrike", "2024-01-01", "Xland", "Yland", "", 11),
			{ID: "e2", Type: "THREATEN", Agents: []string{"Wgroup"}, Targets: []string{"Xland"}, Evidence: "Wgroup threatened Xland."},
		},
	}
	res := load(t, s, v2)
	if res.Written != 1 || res.Replaced != 1 || res.NodesDeleted == 0 || res.RelationshipsDeleted == 0 {
		t.Errorf("Load(changed) = %+v, want 1 written, 1 replaced, nodes and relationships deleted", res)
	}

	// Only the old version supported these: gone.
	for _, q := range []struct{ what, cypher string }{
		{"the protest", `MATCH (e:Event {type: 'PROTEST'})-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p RETURN count(e)`},
		{"Zgroup", `MATCH (a:Actor) WHERE a.id IN ['name:' + toLower($p) + 'zgroup', 'name:' + toLower($p) + 'zparent'] RETURN count(a)`},
		{"the claim", `MATCH (c:Claim)-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p RETURN count(c)`},
		{"the link", `MATCH (d:Document)<-[:REPORTED_IN]-(:Event)-[r:RETALIATION_FOR]-() WHERE d.id STARTS WITH $p RETURN count(r)`},
		{"Northtown", `MATCH (l:Location {id: $p + 'north'}) RETURN count(l)`},
		{"document v1's reports", `MATCH (:Document {id: $p + 'a'})<-[r]-() WHERE r.evidence CONTAINS 'Zgroup' OR r.fatalities = 20 RETURN count(r)`},
	} {
		if n := single(t, s, q.cypher, map[string]any{"p": p}); n != int64(0) {
			t.Errorf("%s: %v left, want 0", q.what, n)
		}
	}

	// The other document's support stays; the new version's is added.
	rows := query(t, s, `
MATCH (e:Event {mode: 'airstrike'})-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p
WITH e ORDER BY d.id
RETURN e.fatalities, e.label, collect(DISTINCT e.id),
       [(e)-[r:REPORTED_IN]->(d) | d.id + ':' + toString(r.fatalities)],
       [(e)-[:OCCURRED_AT]->(l) | l.name],
       [(x)-[r:PERFORMED]->(e) | r.docs]`, map[string]any{"p": p})
	if len(rows) != 1 {
		t.Fatalf("airstrike events = %v, want one", rows)
	}
	r := rows[0]
	sortAny(r[3])
	want := []any{int64(12), "airstrike 2024-01-01", nil, []any{p + "a:11", p + "b:12"}, []any{"Southtown"}, []any{[]any{p + "b", p + "a"}}}
	r[2] = nil
	if !reflect.DeepEqual(r, want) {
		t.Errorf("shared strike after the change = %v, want %v", r, want)
	}
	if n := single(t, s, `MATCH (:Actor {id: $p + 'w'})-[:PERFORMED]->(e:Event {type: 'THREATEN'})-[:TARGETED]->(:Actor {id: $p + 'x'})
RETURN count(e)`, map[string]any{"p": p}); n != int64(1) {
		t.Errorf("the new version's threat: %v, want 1", n)
	}
	if n := single(t, s, `MATCH (:Document {id: $p + 'a'}) RETURN count(*)`, map[string]any{"p": p}); n != int64(1) {
		t.Errorf("document nodes for a: %v, want 1", n)
	}
	if h := single(t, s, `MATCH (d:Document {id: $p + 'a'}) RETURN d.hash`, map[string]any{"p": p}); h != "v2" {
		t.Errorf("document a hash = %v, want v2", h)
	}
}

func sortAny(v any) {
	xs, ok := v.([]any)
	if !ok {
		return
	}
	sort.Slice(xs, func(i, j int) bool { return fmt.Sprint(xs[i]) < fmt.Sprint(xs[j]) })
}

func TestStats(t *testing.T) {
	s := openTest(t)
	const p = "t-stats-"
	cleanPrefix(t, s, p)
	a, b := chainDocs(p)
	load(t, s, a, b)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, c := range append(st.Nodes, st.Relationships...) {
		got[c.Name] = c.Count
	}
	for _, name := range append(append([]string{}, modelLabels...), "PERFORMED", "RETALIATION_FOR", "REPORTED_IN", "MENTIONED_IN", "PART_OF") {
		if got[name] < 1 {
			t.Errorf("Stats: %s = %d, want at least 1", name, got[name])
		}
	}
	if st.Nodes[0].Name != "Document" || st.Relationships[0].Name != "PERFORMED" {
		t.Errorf("Stats order: nodes start %q, relationships %q; want the model's order", st.Nodes[0].Name, st.Relationships[0].Name)
	}
}

func TestRunPlainValues(t *testing.T) {
	s := openTest(t)
	cols, rows, err := s.Run(context.Background(), `
RETURN date('2023-10-07') AS d, point({latitude: 31.5, longitude: 34.47}) AS p, [1, 'a'] AS l, $x AS x`,
		map[string]any{"x": "param"})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"2023-10-07", map[string]any{"latitude": 31.5, "longitude": 34.47}, []any{int64(1), "a"}, "param"}
	if !reflect.DeepEqual(cols, []string{"d", "p", "l", "x"}) || len(rows) != 1 || !reflect.DeepEqual(rows[0], want) {
		t.Errorf("Run = %v %v, want [d p l x] %v", cols, rows, want)
	}
	for _, bad := range []string{"RETURN $missing", "RETURN nonsense(", "CREATE (:ShouldNotExist)"} {
		if _, _, err := s.Run(context.Background(), bad, nil); !errors.Is(err, eventgraph.ErrInvalid) {
			t.Errorf("Run(%q) = %v, want ErrInvalid", bad, err)
		}
	}
}

// Removing every document leaves nothing behind: each node and
// relationship a document contributed is traced to it.
func TestRemove(t *testing.T) {
	s := openTest(t)
	const p = "t-remove-"
	cleanPrefix(t, s, p)
	ctx := context.Background()
	a, b := chainDocs(p)
	load(t, s, a, b)

	res, err := s.Remove(ctx, []string{p + "a", p + "nosuchdoc"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 1 || res.NodesDeleted == 0 {
		t.Errorf("Remove(a) = %+v, want 1 document removed with nodes", res)
	}
	rows := query(t, s, `
MATCH (e:Event)-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $p
RETURN e.label, [(e)-[r:RETALIATION_FOR]->(c) | c.label] ORDER BY e.label`, map[string]any{"p": p})
	want := [][]any{{"airstrike 2023-10-09", []any{}}, {"rocket_fire 2023-10-09", []any{"airstrike 2023-10-09"}}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("after removing a: events %v, want %v (b's view of strike 2, dated by b alone)", rows, want)
	}

	if _, err := s.Remove(ctx, []string{p + "b"}); err != nil {
		t.Fatal(err)
	}
	left := single(t, s, `
MATCH (n) WHERE (n:Actor OR n:Location OR n:Document) AND n.id STARTS WITH $p
RETURN count(n)`, map[string]any{"p": p})
	if left != int64(0) {
		t.Errorf("after removing every document, %v nodes with the prefix remain, want 0", left)
	}
	if n := single(t, s, `MATCH (c:Claim {id: $id}) RETURN count(c)`,
		map[string]any{"id": claimID(p+"hezbollah", "the rockets answered the strikes on Gaza")}); n != int64(0) {
		t.Errorf("claim left after removing its only document: %v", n)
	}
}
