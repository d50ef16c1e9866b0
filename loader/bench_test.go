package loader

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// corpus generates n varied news-like documents from templates, with
// actors, places, weapons and dates drawn from the built-in dictionary, so
// the benchmark exercises every stage (not five uniform seeds).
func corpus(tb testing.TB, n int, seed uint64) []eventgraph.Document {
	tb.Helper()
	d, err := DefaultDictionary()
	if err != nil {
		tb.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var groups, persons, places []string
	for _, a := range d.Actors {
		switch a.Kind {
		case "person":
			persons = append(persons, a.Name)
		default:
			groups = append(groups, a.Name)
		}
	}
	for i, p := range d.Places {
		if p.Kind != "town" || i%7 == 0 {
			places = append(places, p.Name)
		}
	}
	if len(groups) == 0 || len(persons) == 0 || len(places) == 0 {
		tb.Skip("built-in dictionary is empty")
	}
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	verbs := []string{"struck", "shelled", "attacked", "fired rockets at", "launched drones at", "raided", "bombed", "besieged"}
	nouns := []string{"airstrikes", "a drone attack", "artillery fire", "a ground offensive", "missile strikes", "a raid"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	templates := []func() string{
		func() string {
			return fmt.Sprintf("%s %s %s in %s on %s, killing %d people.", pick(groups), pick(verbs), pick(groups), pick(places), pick(days), r.IntN(90)+1)
		},
		func() string {
			return fmt.Sprintf("In response to %s on %s, %s %s positions near %s.", pick(nouns), pick(places), pick(groups), pick(verbs), pick(places))
		},
		func() string {
			return fmt.Sprintf("“We will not accept this,” %s, a spokesman for %s, told reporters on %s.", pick(persons), pick(groups), pick(days))
		},
		func() string {
			return fmt.Sprintf("According to %s, at least %d civilians were killed when %s hit %s on %d %s.", pick(groups), r.IntN(40)+2, pick(nouns), pick(places), r.IntN(27)+1, pick(months))
		},
		func() string {
			return fmt.Sprintf("%s said the attack was in retaliation for %s by %s.", pick(persons), pick(nouns), pick(groups))
		},
		func() string {
			return fmt.Sprintf("Residents of %s described long queues for bread and water as prices rose again this week.", pick(places))
		},
		func() string {
			return fmt.Sprintf("%s vowed to retaliate, while %s urged both sides to show restraint.", pick(groups), pick(persons))
		},
	}
	docs := make([]eventgraph.Document, n)
	for i := range docs {
		var sb strings.Builder
		paras := 4 + r.IntN(6)
		for p := 0; p < paras; p++ {
			for s := 0; s < 2+r.IntN(3); s++ {
				sb.WriteString(templates[r.IntN(len(templates))]())
				sb.WriteByte(' ')
			}
			sb.WriteString("\n\n")
		}
		pub := fmt.Sprintf("2024-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
		docs[i] = eventgraph.Document{ID: fmt.Sprintf("gen-%d", i), Title: "generated", Published: &pub, Text: sb.String()}
	}
	return docs
}

func BenchmarkExtract(b *testing.B) {
	docs := corpus(b, 4000, 1)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	if size < 5<<20 {
		b.Fatalf("benchmark corpus is %d bytes, want at least 5 MB", size)
	}
	x, err := NewExtractor(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}

// TestMemoryFlat: extracting more documents does not grow the heap; all
// per-document state is dropped after each Extract.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	docs := corpus(t, 300, 2)
	x, err := NewExtractor(Options{})
	if err != nil {
		t.Fatal(err)
	}
	heap := func(rounds int) uint64 {
		for range rounds {
			for _, d := range docs {
				x.Extract(d)
			}
		}
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	base := heap(1)
	after := heap(5)
	if after > base+base/4+(4<<20) {
		t.Errorf("heap grew from %d to %d bytes over 5x more documents", base, after)
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(" date 2023-10-07 Title\n\nText here."), ".txt")
	f.Add([]byte("<html><body><p>x</p></body></html>"), ".html")
	f.Add([]byte("---\ntitle: a\n---\nbody"), ".md")
	f.Add([]byte("caf\xe9\x00"), ".txt")
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		doc, off, err := parse("f"+ext, data, ext)
		if err != nil {
			if off > int64(len(data)) {
				t.Fatalf("error offset %d beyond %d bytes", off, len(data))
			}
			return
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("document does not marshal: %v", err)
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add("Hezbollah fired rockets at Haifa. In response, Israel struck southern Lebanon on Saturday, killing three children and their grandmother.")
	f.Add("“We will respond,” said Ghazi Hamad, Hamas spokesperson. According to the RSF, 12 people died.")
	f.Add("...,,, “ ” ' 's U.S. 5,000 - — ;")
	x, err := NewExtractor(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		pub := "2024-05-01"
		ex := x.Extract(eventgraph.Document{ID: "f", Text: text, Published: &pub})
		b, err := json.Marshal(ex)
		if err != nil || !json.Valid(b) {
			t.Fatalf("output is not valid JSON: %v", err)
		}
		for _, e := range ex.Events {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Evidence {
				t.Fatalf("event evidence span %d-%d does not match the text", e.Start, e.End)
			}
		}
		for _, c := range ex.Claims {
			if c.Start < 0 || c.End > len(text) || text[c.Start:c.End] != c.Evidence {
				t.Fatalf("claim evidence span %d-%d does not match the text", c.Start, c.End)
			}
		}
	})
}
