package loader

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph"
)

type walked struct {
	docs []eventgraph.Document
	errs []error
}

func walkAll(t *testing.T, opts Options, paths ...string) walked {
	t.Helper()
	var w walked
	err := Walk(paths, opts, func(d eventgraph.Document, err error) error {
		if err != nil {
			w.errs = append(w.errs, err)
		} else {
			w.docs = append(w.docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return w
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadHeaders(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data, title, pub, bodyStart string
	}{
		{"seed.txt", " date 2023-10-07 Hamas fires rockets.\n\nIn a sudden assault...", "Hamas fires rockets.", "2023-10-07", "In a sudden"},
		{"titled.txt", "Title: Strikes on Kharkiv\nDate: 2024-05-01\n\nRussia shelled Kharkiv.", "Strikes on Kharkiv", "2024-05-01", "Russia shelled"},
		{"front.md", "---\ntitle: \"Goma falls\"\ndate: 2025-01-27T10:00:00Z\n---\nM23 fighters entered Goma.", "Goma falls", "2025-01-27", "M23 fighters"},
		{"plain.txt", "No header here. Just text.", "", "", "No header"},
		{"page.html", "<html><head><title>Siege</title><script>var x=1;</script></head><body><p>The RSF shelled El Fasher.</p><p>Residents fled.</p></body></html>", "Siege", "", "The RSF shelled"},
	}
	for _, tt := range tests {
		p := writeFile(t, dir, tt.name, []byte(tt.data))
		w := walkAll(t, Options{}, p)
		if len(w.errs) > 0 || len(w.docs) != 1 {
			t.Fatalf("read %s: docs %d errs %v", tt.name, len(w.docs), w.errs)
		}
		d := w.docs[0]
		if d.Title != tt.title || deref(d.Published) != tt.pub || !strings.HasPrefix(d.Text, tt.bodyStart) {
			t.Errorf("read %s = title %q published %q body %.20q, want %q %q %q", tt.name, d.Title, deref(d.Published), d.Text, tt.title, tt.pub, tt.bodyStart)
		}
		if strings.Contains(d.Text, "var x") {
			t.Errorf("read %s: script text leaked into body: %q", tt.name, d.Text)
		}
		if d.ID != strings.TrimSuffix(tt.name, filepath.Ext(tt.name)) || len(d.Hash) != 64 {
			t.Errorf("read %s: id %q hash %q", tt.name, d.ID, d.Hash)
		}
	}
}

func TestReadBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a_good.txt", []byte("Hamas fired rockets."))
	writeFile(t, dir, "b_empty.txt", []byte("  \n"))
	writeFile(t, dir, "c_binary.txt", []byte("abc\x00def"))
	writeFile(t, dir, "d_latin1.txt", []byte("caf\xe9 bombing"))
	writeFile(t, dir, "e_big.txt", []byte(strings.Repeat("x", 200)))
	writeFile(t, dir, "f_good.txt", []byte("Russia shelled Kharkiv."))
	w := walkAll(t, Options{MaxBytes: 100}, dir)
	if len(w.docs) != 2 {
		t.Errorf("good documents read = %d, want 2", len(w.docs))
	}
	want := []error{ErrEmpty, ErrBinary, ErrBadUTF8, ErrTooLarge}
	if len(w.errs) != len(want) {
		t.Fatalf("errors = %v, want %d", w.errs, len(want))
	}
	for i, err := range w.errs {
		if !errors.Is(err, want[i]) || !errors.Is(err, eventgraph.ErrInvalid) {
			t.Errorf("error %d = %v, want %v", i, err, want[i])
		}
	}
	var re *ReadError
	if !errors.As(w.errs[2], &re) || re.Off != 3 || !strings.Contains(re.Error(), "at byte 3") {
		t.Errorf("invalid UTF-8 error = %v, want offset 3", w.errs[2])
	}
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "corpus.jsonl", []byte(`{"id":"a1","title":"One","published":"2024-03-02T08:00:00Z","text":"Russia shelled Kharkiv.","url":"https://example.org/a1"}
not json
{"id":"a2","text":""}
{"headline":"Two","body":"Hezbollah fired rockets."}
`))
	w := walkAll(t, Options{}, p)
	if len(w.docs) != 2 || len(w.errs) != 2 {
		t.Fatalf("docs %d errs %v, want 2 and 2", len(w.docs), w.errs)
	}
	if d := w.docs[0]; d.ID != "a1" || d.Title != "One" || deref(d.Published) != "2024-03-02" || d.Source != "https://example.org/a1" {
		t.Errorf("first record = %+v", d)
	}
	if d := w.docs[1]; d.ID != "corpus-4" || d.Title != "Two" || d.Text != "Hezbollah fired rockets." {
		t.Errorf("second record = %+v", d)
	}
	var re *ReadError
	if !errors.As(w.errs[0], &re) || re.Line != 2 {
		t.Errorf("bad line error = %v, want line 2", w.errs[0])
	}
}

func TestReadGlobAndMissing(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "x/1.txt", []byte("One."))
	writeFile(t, dir, "x/2.txt", []byte("Two."))
	writeFile(t, dir, "x/skip.png", []byte("\x89PNG"))
	w := walkAll(t, Options{}, filepath.Join(dir, "x", "*.txt"), filepath.Join(dir, "missing.txt"))
	if len(w.docs) != 2 || len(w.errs) != 1 {
		t.Fatalf("docs %d errs %v", len(w.docs), w.errs)
	}
	if w.docs[0].ID != "1" || w.docs[1].ID != "2" {
		t.Errorf("order = %s, %s", w.docs[0].ID, w.docs[1].ID)
	}
	if !errors.Is(w.errs[0], os.ErrNotExist) {
		t.Errorf("missing file error = %v", w.errs[0])
	}
}
