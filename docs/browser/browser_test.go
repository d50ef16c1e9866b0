package browser

import (
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/queries"
)

func TestGuideUpToDate(t *testing.T) {
	want, err := Generate(os.DirFS("."), queries.Builtin().All())
	if err != nil {
		t.Fatal(err)
	}
	got, err := FS.ReadFile("guide.html")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("guide.html is out of date with queries/*.cypher, examples.tsv or style.grass: run go generate ./docs/browser")
	}
	for _, q := range queries.Builtin().All() {
		if !strings.Contains(string(got), "<h3>"+q.Name+"</h3>") {
			t.Errorf("guide.html has no slide for the stored query %s", q.Name)
		}
	}
	// Browser ignores a click on a block whose text ends in " null" or
	// ":null" (it takes it for a form left empty).
	blocks := regexp.MustCompile(`(?s)<pre class="[^"]*runnable[^"]*">(.*?)</pre>`).FindAllStringSubmatch(string(got), -1)
	if len(blocks) < 2*len(queries.Builtin().All()) {
		t.Errorf("guide.html has %d runnable blocks, want at least two per stored query", len(blocks))
	}
	for _, b := range blocks {
		text := strings.TrimSpace(html.UnescapeString(b[1]))
		if strings.HasSuffix(text, " null") || strings.HasSuffix(text, ":null") {
			t.Errorf("guide.html: Browser would ignore a click on the block ending %q", text[max(0, len(text)-40):])
		}
	}
}

// model reads the labels with their properties and the relationship types
// from the graph model's documentation.
func model(t *testing.T) (labels map[string][]string, types []string) {
	t.Helper()
	b, err := os.ReadFile("../graph-model.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	labels = map[string][]string{}
	for _, m := range regexp.MustCompile(`(?m)^\(:(\w+)\s+\{([^}]*)\}\)`).FindAllStringSubmatch(text, -1) {
		for _, p := range strings.Split(m[2], ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(p), ":")
			labels[m[1]] = append(labels[m[1]], strings.TrimSpace(name))
		}
	}
	for _, m := range regexp.MustCompile(`-\[:(\w+)`).FindAllStringSubmatch(text, -1) {
		if !slices.Contains(types, m[1]) {
			types = append(types, m[1])
		}
	}
	if len(labels) < 5 || len(types) < 10 {
		t.Fatalf("read %d labels and %d relationship types from docs/graph-model.md; has its format changed?", len(labels), len(types))
	}
	return labels, types
}

func TestStyleCoversTheModel(t *testing.T) {
	b, err := FS.ReadFile("style.grass")
	if err != nil {
		t.Fatal(err)
	}
	st, err := ParseStyle(string(b))
	if err != nil {
		t.Fatalf("ParseStyle(style.grass): %v", err)
	}
	labels, types := model(t)
	colours := map[string]string{}
	caption := regexp.MustCompile(`^\{(\w+)\}$`)
	for label, props := range labels {
		sel := "node." + label
		for _, p := range []string{"color", "border-color", "text-color-internal", "diameter", "caption"} {
			if st.Get(sel, p) == "" {
				t.Errorf("style.grass: %s has no %s", sel, p)
			}
		}
		if m := caption.FindStringSubmatch(st.Get(sel, "caption")); m == nil {
			t.Errorf("style.grass: %s caption %q, want one {property}", sel, st.Get(sel, "caption"))
		} else if !slices.Contains(props, m[1]) {
			t.Errorf("style.grass: %s caption {%s} is no property of %s in docs/graph-model.md (%s)", sel, m[1], label, strings.Join(props, ", "))
		}
		c := strings.ToUpper(st.Get(sel, "color"))
		if other, dup := colours[c]; dup {
			t.Errorf("style.grass: %s and %s share the colour %s", sel, other, c)
		}
		colours[c] = sel
	}
	for _, typ := range types {
		if got := st.Get("relationship."+typ, "caption"); got != "<type>" {
			t.Errorf("style.grass: relationship.%s caption %q, want \"<type>\"", typ, got)
		}
	}
	for _, r := range st.Rules {
		kind, name, ok := strings.Cut(r.Selector, ".")
		if !ok {
			continue
		}
		if _, known := labels[name]; kind == "node" && !known {
			t.Errorf("style.grass styles node.%s, a label docs/graph-model.md does not have", name)
		}
		if kind == "relationship" && !slices.Contains(types, name) {
			t.Errorf("style.grass styles relationship.%s, a type docs/graph-model.md does not have", name)
		}
	}
}

func TestParseStyle(t *testing.T) {
	st, err := ParseStyle("node {\n  color: #A5ABB6;\n}\nnode.Actor {\n  caption: \"{name}\";\n  diameter: 70px\n}\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []Rule{
		{"node", []Prop{{"color", "#A5ABB6"}}},
		{"node.Actor", []Prop{{"caption", "{name}"}, {"diameter", "70px"}}},
	}
	if !slices.EqualFunc(st.Rules, want, func(a, b Rule) bool { return a.Selector == b.Selector && slices.Equal(a.Props, b.Props) }) {
		t.Errorf("ParseStyle = %+v, want %+v", st.Rules, want)
	}
	for _, bad := range []string{
		"/* colours */ node { color: #fff; }",
		"node { color: #fff; /* grey */ }",
		"node { caption: \"a: b\"; }",
		"node { color #fff; }",
		"node.Actor { color: #fff;",
		"edge { color: #fff; }",
		"node.my-label { color: #fff; }",
		"node { caption: \"{name}; }",
		"color: #fff;",
	} {
		if _, err := ParseStyle(bad); err == nil {
			t.Errorf("ParseStyle(%q) = nil error, want one", bad)
		}
	}
}

func TestReadExamples(t *testing.T) {
	ex, err := ReadExamples(strings.NewReader("# comment\n\nclaims-by\tspeaker\tHamas\nevents-near\tplace\tGaza Strip\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ex["claims-by"]["speaker"] != "Hamas" || ex["events-near"]["place"] != "Gaza Strip" {
		t.Errorf("ReadExamples = %v", ex)
	}
	for _, bad := range []string{"claims-by speaker Hamas\n", "claims-by\tspeaker\n", "a\tb\tc\na\tb\td\n", "\tb\tc\n"} {
		if _, err := ReadExamples(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadExamples(%q) = nil error, want one", bad)
		}
	}
}

func TestCards(t *testing.T) {
	text := "// name: near\n// summary: Near.\n// param: place string   a place\n// param: km float = 25\n// param: since date = null\n// param: limit int = 10\n" +
		"MATCH (l:Location {name: $place}) WHERE $km > 0 AND ($since IS NULL OR true) RETURN l LIMIT $limit\n"
	q, err := queries.Parse("near.cypher", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cards, err := Cards([]*queries.Query{q}, Examples{"near": {"place": "Tyre's port", "limit": "3"}})
	if err != nil {
		t.Fatal(err)
	}
	wantParams := []string{`:param place => 'Tyre\'s port'`, ":param km => 25.0", ":param since => null", ":param limit => 3"}
	if !slices.Equal(cards[0].Params, wantParams) {
		t.Errorf("Cards params = %q, want %q", cards[0].Params, wantParams)
	}
	if want := strings.Join(wantParams, ";\n") + ";"; cards[0].ParamsText != want {
		t.Errorf("Cards params text = %q, want %q", cards[0].ParamsText, want)
	}
	if want := `eventgraph query near --param place='Tyre'\''s port' --param limit=3`; cards[0].CLI != want {
		t.Errorf("Cards CLI = %q, want %q", cards[0].CLI, want)
	}
	for name, ex := range map[string]Examples{
		"required parameter without example": {},
		"unknown parameter":                  {"near": {"place": "Tyre", "radius": "3"}},
		"wrong type":                         {"near": {"place": "Tyre", "limit": "many"}},
		"unknown query":                      {"near": {"place": "Tyre"}, "far": {"place": "Tyre"}},
	} {
		if _, err := Cards([]*queries.Query{q}, ex); err == nil {
			t.Errorf("Cards with %s = nil error, want one", name)
		}
	}
}

func TestSettings(t *testing.T) {
	got := Settings("http://127.0.0.1:7475/")
	want := []Setting{
		{"browser.post_connect_cmd", "style http://127.0.0.1:7475/style.grass; play http://127.0.0.1:7475/guide.html"},
		{"browser.remote_content_hostname_whitelist", "127.0.0.1,localhost,guides.neo4j.com"},
		{"client.allow_telemetry", "false"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Settings = %q, want %q", got, want)
	}
	if got := Settings("http://eventgraph.example:80")[1].Value; got != "eventgraph.example,localhost,127.0.0.1,guides.neo4j.com" {
		t.Errorf("Settings allow list = %q", got)
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	do := func(method, path string, header map[string]string) (*http.Response, string) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, string(b)
	}
	for path, ctype := range map[string]string{StylePath: "text/plain", GuidePath: "text/html"} {
		resp, body := do("GET", path, map[string]string{"Origin": "http://127.0.0.1:7474", "Pragma": "no-cache"})
		file, err := FS.ReadFile(path[1:])
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || body != string(file) {
			t.Errorf("GET %s = %s with %d bytes, want 200 with the embedded file", path, resp.Status, len(body))
		}
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("GET %s: Access-Control-Allow-Origin %q, want *", path, got)
		}
		if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, ctype) {
			t.Errorf("GET %s: Content-Type %q, want %s", path, got, ctype)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", path, got)
		}
	}

	// Browser fetches the guide with pragma and cache-control headers, which
	// makes Chromium send a preflight first.
	resp, _ := do("OPTIONS", GuidePath, map[string]string{
		"Origin":                                 "http://127.0.0.1:7474",
		"Access-Control-Request-Method":          "GET",
		"Access-Control-Request-Headers":         "pragma,cache-control",
		"Access-Control-Request-Private-Network": "true",
	})
	if resp.StatusCode != http.StatusNoContent ||
		resp.Header.Get("Access-Control-Allow-Origin") != "*" ||
		resp.Header.Get("Access-Control-Allow-Headers") != "pragma,cache-control" ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "GET") ||
		resp.Header.Get("Access-Control-Allow-Private-Network") != "true" {
		t.Errorf("preflight = %s %v, want 204 allowing the origin, GET, the headers and the private network", resp.Status, resp.Header)
	}

	if resp, _ := do("HEAD", StylePath, nil); resp.StatusCode != 200 {
		t.Errorf("HEAD %s = %s, want 200", StylePath, resp.Status)
	}
	if resp, _ := do("POST", StylePath, nil); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST %s = %s, want 405", StylePath, resp.Status)
	}
	for _, p := range []string{"/", "/browser.go", "/examples.tsv", "/../style.grass/x"} {
		if resp, _ := do("GET", p, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %s, want 404", p, resp.Status)
		}
	}

	resp, body := do("GET", InfoPath, nil)
	var info Info
	if err := json.Unmarshal([]byte(body), &info); err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s = %s %q (%v)", InfoPath, resp.Status, body, err)
	}
	if want := (Info{Server: ServerName, Version: Version(), PID: os.Getpid()}); info != want {
		t.Errorf("GET %s = %+v, want %+v", InfoPath, info, want)
	}
}
