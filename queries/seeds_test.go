package queries_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/loader"
	"github.com/eventgraph/eventgraph/queries"
)

// seedExtractions runs the real extractor over the bundled seeds.
func seedExtractions(t *testing.T) []eventgraph.Extraction {
	t.Helper()
	x, err := loader.NewExtractor(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []eventgraph.Extraction
	err = loader.Walk([]string{"../seeds"}, loader.Options{}, func(d eventgraph.Document, err error) error {
		if err != nil {
			return err
		}
		out = append(out, x.Extract(d))
		return nil
	})
	if err != nil || len(out) != 5 {
		t.Fatalf("extract seeds: %d documents, %v", len(out), err)
	}
	return out
}

func strs(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, fmt.Sprint(x))
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestQueriesOnSeeds loads the seeds as extracted and checks rows an
// analyst expects: the Qassam Brigades' rockets from southern Lebanon
// answered Israeli strikes on Gaza; Hezbollah's rockets answered an Israeli
// strike in Lebanon; the stored queries find them by alias.
func TestQueriesOnSeeds(t *testing.T) {
	s := openStore(t)
	p := newPrefix(t, "seeds")
	loadGraph(t, s, p, prefixIDs(p, seedExtractions(t))...)
	set := queries.Builtin()

	// the chain: Israeli airstrike on Gaza -> Qassam Brigades rocket fire
	chains := runQuery(t, s, set, "retaliation-chains", map[string]string{"actor": "Qassam Brigades", "limit": "50"}).only("docs", p)
	steps := chains.maps()
	found := false
	for _, a := range steps {
		if !contains(strs(a["agents"]), "Izz ad-Din al-Qassam Brigades") || fmt.Sprint(a["mode"]) != "rocket_fire" {
			continue
		}
		for _, b := range steps {
			if fmt.Sprint(b["chain"]) == fmt.Sprint(a["chain"]) && fmt.Sprint(b["step"]) == fmt.Sprint(a["step"].(int64)-1) &&
				contains(strs(b["agents"]), "Israel") && fmt.Sprint(b["mode"]) == "airstrike" && contains(strs(b["places"]), "Gaza Strip") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("retaliation-chains: no step from Israeli airstrikes on the Gaza Strip to the Qassam Brigades' rocket fire; rows:\n%s", chains)
	}
	if chains.took > budget {
		t.Errorf("retaliation-chains took %v on the seeds, want under %v", chains.took, budget)
	}

	// who answered whom: Hezbollah and the Qassam Brigades answered Israel
	pairs := runQuery(t, s, set, "who-retaliated-against-whom", map[string]string{}).maps()
	want := map[string]bool{"Izz ad-Din al-Qassam Brigades": false, "Hezbollah": false}
	for _, r := range pairs {
		line := fmt.Sprint(r)
		for who := range want {
			if strings.Contains(line, who) && strings.Contains(line, "Israel") {
				want[who] = true
			}
		}
	}
	for who, ok := range want {
		if !ok {
			t.Errorf("who-retaliated-against-whom: no pair of %s and Israel in %v", who, pairs)
		}
	}

	// an actor by any alias: the IDF's airstrikes on Gaza
	for _, alias := range []string{"IDF", "Israeli military", "israel defense forces"} {
		tl := runQuery(t, s, set, "actor-timeline", map[string]string{"actor": alias}).only("docs", p)
		ok := false
		for _, r := range tl.maps() {
			if strings.Contains(fmt.Sprint(r), "airstrike") && strings.Contains(fmt.Sprint(r), "Gaza Strip") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("actor-timeline %q: no airstrike on the Gaza Strip; rows:\n%s", alias, tl)
		}
	}

	// what Mohammad Deif claimed, with its source
	claims := runQuery(t, s, set, "claims-by", map[string]string{"speaker": "Deif"}).maps()
	n := 0
	for _, r := range claims {
		if strings.Contains(fmt.Sprint(r), p) {
			n++
		}
	}
	if n < 3 {
		t.Errorf("claims-by Deif: %d claims from the seeds, want at least 3: %v", n, claims)
	}
}
