package loader

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// sharedDir is the project's shared material (../shared beside the clone),
// or EVENTGRAPH_SHARED.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("EVENTGRAPH_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "eval", "score.py")); err != nil {
		t.Skipf("no shared evaluation material at %s (set EVENTGRAPH_SHARED): %v", dir, err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is needed to run the shared scorers")
	}
	return dir
}

// extractTo runs the built-in extractor over docs and writes JSON Lines.
func extractTo(t *testing.T, docs string) string {
	t.Helper()
	x, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	err = Walk([]string{docs}, Options{}, func(d eventgraph.Document, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		return enc.Encode(x.Extract(d))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

type scoreReport map[string]struct {
	F1       float64  `json:"f1"`
	Recall   float64  `json:"recall"`
	Accuracy *float64 `json:"accuracy"`
}

func runScorer(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("python3", args...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %v: %v\n%s", args, err, out)
	}
	return out
}

// The bars: the issues' targets where we meet them; where we do not yet,
// the level reached, so that a regression fails the build (see README).
func TestScoreSeedsAndDev(t *testing.T) {
	shared := sharedDir(t)
	sets := []struct {
		name, docs, gold string
		min              map[string]float64
	}{
		{"seeds", filepath.Join("..", "seeds"), filepath.Join(shared, "eval", "gold"), seedBars},
		{"dev", filepath.Join(shared, "eval", "dev", "docs"), filepath.Join(shared, "eval", "dev", "gold"), devBars},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			out := extractTo(t, set.docs)
			raw := runScorer(t, filepath.Join(shared, "eval", "score.py"), "--gold", set.gold, "--system", out, "--json")
			var rep map[string]json.RawMessage
			if err := json.Unmarshal(raw, &rep); err != nil {
				t.Fatalf("scorer output: %v\n%s", err, raw)
			}
			var macro float64
			_ = json.Unmarshal(rep["macro_f1"], &macro)
			var sr scoreReport
			_ = json.Unmarshal(raw, &sr) // numbers we need are read below by key
			for key, bar := range set.min {
				var got float64
				switch key {
				case "macro_f1":
					got = macro
				case "event_mode":
					var acc struct{ Accuracy *float64 }
					_ = json.Unmarshal(rep[key], &acc)
					if acc.Accuracy != nil {
						got = *acc.Accuracy
					}
				default:
					var m struct{ F1 float64 }
					if err := json.Unmarshal(rep[key], &m); err != nil {
						t.Fatalf("scorer has no %s: %v", key, err)
					}
					got = m.F1
				}
				t.Logf("%s %s = %.3f (bar %.2f)", set.name, key, got, bar)
				if got+1e-9 < bar {
					t.Errorf("%s %s = %.3f, below the bar %.2f", set.name, key, got, bar)
				}
			}
		})
	}
}

func TestScorePLOVER(t *testing.T) {
	shared := sharedDir(t)
	docs := filepath.Join(shared, "eval", "plover", "docs")
	out := extractTo(t, docs)
	raw := runScorer(t, filepath.Join(shared, "eval", "plover", "score_external.py"), "--system", out, "--json")
	var reps []map[string]any
	if err := json.Unmarshal(raw, &reps); err != nil || len(reps) == 0 {
		t.Fatalf("scorer output: %v\n%s", err, raw)
	}
	rep := reps[0]
	for key, bar := range ploverBars {
		got, ok := lookupFloat(rep, key)
		if !ok {
			t.Fatalf("PLOVER scorer has no %s in %s", key, raw)
		}
		t.Logf("plover %s = %.3f (bar %.3f)", key, got, bar)
		if strings.HasSuffix(key, "direction_swaps.rate") {
			if got > bar+1e-9 {
				t.Errorf("plover %s = %.3f, above the limit %.3f", key, got, bar)
			}
		} else if got+1e-9 < bar {
			t.Errorf("plover %s = %.3f, below the bar %.3f", key, got, bar)
		}
	}
}

// lookupFloat reads a dotted key ("type.recall") from decoded JSON.
func lookupFloat(m map[string]any, key string) (float64, bool) {
	var cur any = m
	for _, part := range splitDots(key) {
		mm, ok := cur.(map[string]any)
		if !ok {
			return 0, false
		}
		cur = mm[part]
	}
	f, ok := cur.(float64)
	return f, ok
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// Regression bars: the issues' targets (seeds macro F1 0.85 with events,
// links and claims 0.8; dev macro 0.7, events 0.65, links 0.6, claims
// 0.65; PLOVER agent recall 0.7 and swaps at most 2%), written a hair
// under the round figure so that a score that rounds to the target
// passes; where we are well above a target, the level reached, a little
// below. A change that makes extraction worse fails the build. README.md
// reports where we stand. Raise these as the extractor improves.
var (
	seedBars = map[string]float64{"actors": 0.90, "locations": 0.94, "events": 0.82, "links": 0.799, "claims": 0.88, "macro_f1": 0.9, "event_mode": 0.85}
	devBars  = map[string]float64{"actors": 0.88, "locations": 0.86, "events": 0.69, "links": 0.9, "claims": 0.82, "macro_f1": 0.84}
	// event-type recall, agent recall (same-type pairing), direction swaps (at most 2%),
	// target recall (same-type pairing; the level reached)
	ploverBars = map[string]float64{"event_types.micro.recall": 0.80, "roles_same_type.agent_recall.rate": 0.699, "roles_same_type.direction_swaps.rate": 0.02, "roles_same_type.target_recall.rate": 0.54}
)
