package loader

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph"
)

// Options configures reading and extraction. The zero value is usable.
type Options struct {
	// MaxBytes is the largest file read; larger files fail. 0 means 10 MB.
	MaxBytes int64
	// DictDir names a folder of user dictionaries (actors.tsv, places.tsv,
	// ...) added to the built-in ones; "" for none.
	DictDir string
	// Fields names the JSON Lines fields of a corpus.
	Fields Fields
}

// Fields names the fields of a JSON Lines corpus; each may list several
// comma-separated alternatives, the first present wins.
type Fields struct {
	Text, Title, Date, ID, URL string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return 10 << 20
	}
	return o.MaxBytes
}

func (f Fields) withDefaults() Fields {
	def := func(s, d string) string {
		if strings.TrimSpace(s) == "" {
			return d
		}
		return s
	}
	return Fields{
		Text:  def(f.Text, "text,body,content"),
		Title: def(f.Title, "title,headline"),
		Date:  def(f.Date, "date,published,published_at,publish_date"),
		ID:    def(f.ID, "id,doc_id"),
		URL:   def(f.URL, "url,link,source"),
	}
}

// ReadError is one input that could not be read; the run goes on.
type ReadError struct {
	Path string
	Line int   // 1-based line of a JSON Lines corpus, 0 otherwise
	Off  int64 // byte offset of the problem, -1 when not relevant
	Err  error
}

func (e *ReadError) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Off >= 0 {
		return fmt.Sprintf("read %s: %v at byte %d", loc, e.Err, e.Off)
	}
	return fmt.Sprintf("read %s: %v", loc, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// Reasons a file is refused.
var (
	ErrEmpty    = fmt.Errorf("%w: empty document", eventgraph.ErrInvalid)
	ErrBinary   = fmt.Errorf("%w: binary file", eventgraph.ErrInvalid)
	ErrBadUTF8  = fmt.Errorf("%w: invalid UTF-8", eventgraph.ErrInvalid)
	ErrTooLarge = fmt.Errorf("%w: file too large", eventgraph.ErrInvalid)
)

// Walk reads every document named by paths (files, folders read
// recursively, glob patterns, "-" for standard input) in a stable order and
// calls fn once per document, or once per input that failed with a
// *ReadError. A non-nil error from fn stops the walk and is returned.
func Walk(paths []string, opts Options, fn func(doc eventgraph.Document, err error) error) error {
	return walk(os.DirFS("/"), os.Stdin, paths, opts, fn)
}

func walk(_ fs.FS, stdin io.Reader, paths []string, opts Options, fn func(eventgraph.Document, error) error) error {
	for _, p := range paths {
		if p == "-" {
			if err := readStream(stdin, "-", opts, fn); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p)
		if err != nil {
			if ferr := fn(eventgraph.Document{Source: p}, &ReadError{Path: p, Off: -1, Err: err}); ferr != nil {
				return ferr
			}
			continue
		}
		for _, f := range files {
			if err := readFile(f, opts, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// expand turns a path, folder or glob into a sorted list of files.
func expand(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		if strings.ContainsAny(p, "*?[") {
			m, gerr := filepath.Glob(p)
			if gerr != nil {
				return nil, gerr
			}
			if len(m) == 0 {
				return nil, errors.New("no file matches the pattern")
			}
			var out []string
			for _, x := range m {
				more, err := expand(x)
				if err != nil {
					return nil, err
				}
				out = append(out, more...)
			}
			return out, nil
		}
		return nil, errors.Unwrap(err)
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	var out []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != p && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || !readable(name) {
			return nil
		}
		out = append(out, path)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// readable reports whether a file in a folder looks like a document.
func readable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", "":
		return true
	}
	return false
}

func readFile(path string, opts Options, fn func(eventgraph.Document, error) error) error {
	fail := func(off int64, err error) error {
		return fn(eventgraph.Document{ID: docID(path), Source: path}, &ReadError{Path: path, Off: off, Err: err})
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(-1, errors.Unwrap(err))
	}
	defer f.Close() // read-only: a close error loses nothing
	st, err := f.Stat()
	if err != nil {
		return fail(-1, err)
	}
	if st.Size() > opts.maxBytes() {
		return fail(-1, fmt.Errorf("%w (%d bytes, limit %d; raise extract.max_bytes)", ErrTooLarge, st.Size(), opts.maxBytes()))
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" || ext == ".ndjson" {
		return readJSONL(f, path, opts, fn)
	}
	data, err := io.ReadAll(io.LimitReader(f, opts.maxBytes()+1))
	if err != nil {
		return fail(-1, err)
	}
	doc, off, err := parse(path, data, ext)
	if err != nil {
		return fail(off, err)
	}
	return fn(doc, nil)
}

// readStream reads standard input: JSON Lines when the first non-space byte
// is '{', else one plain-text document.
func readStream(r io.Reader, name string, opts Options, fn func(eventgraph.Document, error) error) error {
	br := bufio.NewReader(r)
	peek, _ := br.Peek(512) // a short peek is fine: we only sniff the format
	if t := bytes.TrimLeft(peek, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		return readJSONL(br, name, opts, fn)
	}
	data, err := io.ReadAll(io.LimitReader(br, opts.maxBytes()+1))
	if err != nil {
		return fn(eventgraph.Document{Source: name}, &ReadError{Path: name, Off: -1, Err: err})
	}
	if int64(len(data)) > opts.maxBytes() {
		return fn(eventgraph.Document{Source: name}, &ReadError{Path: name, Off: -1, Err: ErrTooLarge})
	}
	doc, off, err := parse("stdin", data, ".txt")
	doc.Source = name
	if err != nil {
		return fn(doc, &ReadError{Path: name, Off: off, Err: err})
	}
	return fn(doc, nil)
}

func readJSONL(r io.Reader, path string, opts Options, fn func(eventgraph.Document, error) error) error {
	fields := opts.Fields.withDefaults()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), int(opts.maxBytes())+1)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		fail := func(off int64, err error) error {
			id := fmt.Sprintf("%s-%d", docID(path), line)
			return fn(eventgraph.Document{ID: id, Source: path}, &ReadError{Path: path, Line: line, Off: off, Err: err})
		}
		if !utf8.Valid(raw) {
			if err := fail(int64(invalidUTF8At(raw)), ErrBadUTF8); err != nil {
				return err
			}
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal(raw, &rec); err != nil {
			if err := fail(-1, fmt.Errorf("%w: not a JSON object: %v", eventgraph.ErrInvalid, err)); err != nil {
				return err
			}
			continue
		}
		text := field(rec, fields.Text)
		if strings.TrimSpace(text) == "" {
			if err := fail(-1, fmt.Errorf("%w (no %q field)", ErrEmpty, fields.Text)); err != nil {
				return err
			}
			continue
		}
		doc := documentFrom(path, []byte(text))
		doc.ID = field(rec, fields.ID)
		if doc.ID == "" {
			doc.ID = fmt.Sprintf("%s-%d", docID(path), line)
		}
		if t := field(rec, fields.Title); t != "" {
			doc.Title = t
		}
		if d := normDate(field(rec, fields.Date)); d != "" {
			doc.Published = &d
		}
		if u := field(rec, fields.URL); u != "" {
			doc.Source = u
		} else {
			doc.Source = fmt.Sprintf("%s:%d", path, line)
		}
		doc.Hash = hashOf(raw)
		if err := fn(doc, nil); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fn(eventgraph.Document{Source: path}, &ReadError{Path: path, Line: line + 1, Off: -1, Err: err})
	}
	return nil
}

// field returns the first non-empty string among comma-separated names.
func field(rec map[string]any, names string) string {
	for _, n := range strings.Split(names, ",") {
		switch v := rec[strings.TrimSpace(n)].(type) {
		case string:
			if strings.TrimSpace(v) != "" {
				return strings.TrimSpace(v)
			}
		case float64:
			return fmt.Sprintf("%.0f", v)
		}
	}
	return ""
}

// parse turns raw bytes into a Document, or reports why it cannot, with
// the byte offset of the problem (-1 when none applies).
func parse(path string, data []byte, ext string) (eventgraph.Document, int64, error) {
	doc := eventgraph.Document{ID: docID(path), Source: path}
	if int64(len(data)) == 0 || len(bytes.TrimSpace(data)) == 0 {
		return doc, -1, ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return doc, int64(i), ErrBinary
	}
	if !utf8.Valid(data) {
		return doc, int64(invalidUTF8At(data)), ErrBadUTF8
	}
	hash := hashOf(data)
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if ext == ".html" || ext == ".htm" || looksHTML(data) {
		title, text := htmlText(data)
		d := documentFrom(path, []byte(text))
		if d.Title == "" {
			d.Title = title
		}
		d.Hash = hash
		if strings.TrimSpace(d.Text) == "" {
			return d, -1, fmt.Errorf("%w (no visible text)", ErrEmpty)
		}
		return d, -1, nil
	}
	d := documentFrom(path, data)
	d.Hash = hash
	if strings.TrimSpace(d.Text) == "" {
		return d, -1, ErrEmpty
	}
	return d, -1, nil
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func looksHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

var (
	dateHeader  = regexp.MustCompile(`^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\s*(.*)$`)
	titleHeader = regexp.MustCompile(`(?i)^\s*title\s*:\s*(.+)$`)
	dateLine    = regexp.MustCompile(`(?i)^\s*(?:date|published)\s*:\s*(.+)$`)
	mdHeading   = regexp.MustCompile(`^#{1,6}\s+(.+)$`)
)

// documentFrom reads headers (a " date YYYY-MM-DD Title" line, "Title:" and
// "Date:" lines, YAML front matter, a Markdown heading) and keeps the rest
// as the body.
func documentFrom(path string, data []byte) eventgraph.Document {
	doc := eventgraph.Document{ID: docID(path), Source: path}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	// YAML front matter.
	if strings.HasPrefix(text, "---\n") {
		if end := strings.Index(text[4:], "\n---"); end >= 0 {
			front := text[4 : 4+end]
			rest := text[4+end+4:]
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				rest = rest[i+1:]
			} else {
				rest = ""
			}
			for _, ln := range strings.Split(front, "\n") {
				k, v, ok := strings.Cut(ln, ":")
				if !ok {
					continue
				}
				v = strings.Trim(strings.TrimSpace(v), `"'`)
				switch strings.ToLower(strings.TrimSpace(k)) {
				case "title":
					doc.Title = v
				case "date", "published":
					if d := normDate(v); d != "" {
						doc.Published = &d
					}
				case "id":
					if v != "" {
						doc.ID = v
					}
				case "url", "source":
					if v != "" {
						doc.Source = v
					}
				}
			}
			text = rest
		}
	}
	// Header lines at the top.
	for {
		line, rest, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(line) == "" && rest != "" && doc.Title == "" && doc.Published == nil {
			text = rest
			continue
		}
		if m := dateHeader.FindStringSubmatch(line); m != nil && doc.Published == nil {
			d := m[1]
			if normDate(d) != "" {
				doc.Published = &d
			}
			if t := strings.TrimSpace(m[2]); t != "" && doc.Title == "" {
				doc.Title = t
			}
			text = rest
			continue
		}
		if m := titleHeader.FindStringSubmatch(line); m != nil && doc.Title == "" {
			doc.Title = strings.TrimSpace(m[1])
			text = rest
			continue
		}
		if m := dateLine.FindStringSubmatch(line); m != nil && doc.Published == nil {
			if d := normDate(m[1]); d != "" {
				doc.Published = &d
				text = rest
				continue
			}
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil && doc.Title == "" {
			doc.Title = strings.TrimSpace(m[1])
			text = rest
			continue
		}
		break
	}
	doc.Text = strings.TrimLeft(text, "\n")
	return doc
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700", "2006/01/02",
}

// normDate turns a date or timestamp into YYYY-MM-DD, or "" when it is none.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func docID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
