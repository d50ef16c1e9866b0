package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph"
)

//go:embed *.cypher
var builtin embed.FS

// Parameter types accepted in a header. A type may also list accepted words,
// "day|week|month"; such a value is passed on as a string.
const (
	TypeString = "string"
	TypeInt    = "int"
	TypeFloat  = "float"
	TypeDate   = "date"
	TypeBool   = "bool"
)

// BuiltinSource is the Source of the queries embedded in the binary.
const BuiltinSource = "built-in"

// Param is one declared parameter of a query.
type Param struct {
	Name string
	// Type is string, int, float, date, bool or a list of words "a|b|c".
	Type string
	// Choices are the accepted words when Type lists them.
	Choices []string
	// Required is true when the header gives no default.
	Required bool
	// Default is the default as written in the header ("50", "null",
	// "\"two words\""); empty when Required.
	Default     string
	Description string

	def any // Default converted; nil for null
}

// String gives the parameter as it is shown in listings and errors:
// "actor string", "limit int = 50".
func (p Param) String() string {
	if p.Required {
		return p.Name + " " + p.Type
	}
	return p.Name + " " + p.Type + " = " + p.Default
}

// Query is one stored query.
type Query struct {
	Name    string
	Summary string
	Params  []Param
	// Text is the whole file, header included; it runs as-is.
	Text string
	// Source is BuiltinSource or the file's path in the user's folder.
	Source string
}

// Param returns the declared parameter called name.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// Usage lists the parameters as "actor string, limit int = 50", or
// "no parameters".
func (q *Query) Usage() string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	s := make([]string, len(q.Params))
	for i, p := range q.Params {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}

// Bind checks the textual values given for a run against the declared
// parameters and converts them: int to int64, float to float64, bool to
// bool, date to a checked "YYYY-MM-DD" string, words to the chosen word.
// Parameters not given take their default (nil for null). The result has
// one entry for every declared parameter, ready to send to Neo4j.
//
// Unknown names, missing required parameters and values of the wrong type
// are all reported together in one error wrapping eventgraph.ErrInvalid,
// which lists what the query accepts.
func (q *Query) Bind(values map[string]string) (map[string]any, error) {
	var problems []string
	unknown := make([]string, 0)
	for name := range values {
		if _, ok := q.Param(name); !ok {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		problems = append(problems, fmt.Sprintf("unknown parameter %q", name))
	}
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		raw, given := values[p.Name]
		switch {
		case given:
			v, err := convert(p, raw)
			if err != nil {
				problems = append(problems, fmt.Sprintf("parameter %s: %v", p.Name, err))
				continue
			}
			out[p.Name] = v
		case p.Required:
			problems = append(problems, fmt.Sprintf("missing parameter %s (%s)", p.Name, p.Type))
		default:
			out[p.Name] = p.def
		}
	}
	if len(problems) > 0 {
		return nil, &kindError{
			msg:  fmt.Sprintf("query %s: %s; accepted: %s", q.Name, strings.Join(problems, "; "), q.Usage()),
			kind: eventgraph.ErrInvalid,
		}
	}
	return out, nil
}

// convert turns one textual value into the Go value sent for p.
func convert(p Param, raw string) (any, error) {
	if len(p.Choices) > 0 {
		for _, c := range p.Choices {
			if raw == c {
				return c, nil
			}
		}
		return nil, fmt.Errorf("%q is not one of %s", raw, strings.Join(p.Choices, ", "))
	}
	s := strings.TrimSpace(raw)
	switch p.Type {
	case TypeString:
		return raw, nil
	case TypeInt:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an int (a whole number, such as 50)", raw)
		}
		return n, nil
	case TypeFloat:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%q is not a float (a number, such as 12.5)", raw)
		}
		return f, nil
	case TypeDate:
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, fmt.Errorf("%q is not a date (YYYY-MM-DD, such as 2023-10-07)", raw)
		}
		return t.Format(time.DateOnly), nil
	case TypeBool:
		switch strings.ToLower(s) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not a bool (true or false)", raw)
	}
	return nil, fmt.Errorf("unknown type %q", p.Type) // Parse admits no other type
}

// Parse reads one query file. filename is its path in its folder; the
// header's name must equal its base name without ".cypher".
func Parse(filename string, text []byte) (*Query, error) {
	q, err := parse(filename, string(text))
	if err != nil {
		return nil, &kindError{msg: fmt.Sprintf("query %s: %v", filename, err), kind: eventgraph.ErrInvalid}
	}
	return q, nil
}

func parse(filename, text string) (*Query, error) {
	q := &Query{Text: text}
	body := false
	for i, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			body = true
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, "//")), ":")
		if !ok {
			continue // a free comment line
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			if q.Name != "" {
				return nil, fmt.Errorf("line %d: second name", i+1)
			}
			q.Name = val
		case "summary":
			if q.Summary != "" {
				return nil, fmt.Errorf("line %d: second summary", i+1)
			}
			q.Summary = val
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", i+1, err)
			}
			if _, dup := q.Param(p.Name); dup {
				return nil, fmt.Errorf("line %d: parameter %s declared twice", i+1, p.Name)
			}
			q.Params = append(q.Params, p)
		}
	}
	want := strings.TrimSuffix(path.Base(filename), ".cypher")
	switch {
	case q.Name == "":
		return nil, errors.New(`no "// name:" line in the header`)
	case q.Name != want:
		return nil, fmt.Errorf("header names %q, but the file is %s (want name: %s)", q.Name, filename, want)
	case !validName(q.Name):
		return nil, fmt.Errorf("name %q: use lowercase letters, digits and '-'", q.Name)
	case q.Summary == "":
		return nil, errors.New(`no "// summary:" line in the header`)
	case !body:
		return nil, errors.New("no statement after the header")
	}
	used := usedParams(text)
	for _, name := range used {
		if _, ok := q.Param(name); !ok {
			return nil, fmt.Errorf("$%s is used but not declared (add \"// param: %s TYPE\")", name, name)
		}
	}
	for _, p := range q.Params {
		if !contains(used, p.Name) {
			return nil, fmt.Errorf("parameter %s is declared but never used", p.Name)
		}
	}
	return q, nil
}

// parseParam reads "NAME TYPE [= DEFAULT] [description]".
func parseParam(s string) (Param, error) {
	var p Param
	p.Name, s = nextWord(s)
	p.Type, s = nextWord(s)
	if !validIdent(p.Name) {
		return p, fmt.Errorf("param %q: want \"NAME TYPE [= DEFAULT] description\" with NAME a Cypher identifier", p.Name)
	}
	switch p.Type {
	case TypeString, TypeInt, TypeFloat, TypeDate, TypeBool:
	default:
		if !strings.Contains(p.Type, "|") {
			return p, fmt.Errorf("param %s: unknown type %q (want string, int, float, date, bool or word|word|...)", p.Name, p.Type)
		}
		p.Choices = strings.Split(p.Type, "|")
		for _, c := range p.Choices {
			if c == "" {
				return p, fmt.Errorf("param %s: empty word in %q", p.Name, p.Type)
			}
		}
	}
	p.Required = true
	if rest, ok := strings.CutPrefix(s, "="); ok {
		p.Required = false
		rest = strings.TrimSpace(rest)
		if strings.HasPrefix(rest, `"`) {
			quoted, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return p, fmt.Errorf("param %s: bad quoted default: %w", p.Name, err)
			}
			p.Default = quoted
			s = strings.TrimSpace(rest[len(quoted):])
		} else {
			p.Default, s = nextWord(rest)
		}
		if p.Default == "" {
			return p, fmt.Errorf("param %s: '=' without a default (write = null for an optional parameter)", p.Name)
		}
		switch {
		case p.Default == "null":
			p.def = nil
		case strings.HasPrefix(p.Default, `"`):
			unq, err := strconv.Unquote(p.Default)
			if err != nil {
				return p, fmt.Errorf("param %s: bad quoted default: %w", p.Name, err)
			}
			if p.def, err = convert(p, unq); err != nil {
				return p, fmt.Errorf("param %s: default %w", p.Name, err)
			}
		default:
			var err error
			if p.def, err = convert(p, p.Default); err != nil {
				return p, fmt.Errorf("param %s: default %w", p.Name, err)
			}
		}
	}
	p.Description = s
	return p, nil
}

func nextWord(s string) (word, rest string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i:])
	}
	return s, ""
}

func validIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func validName(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for _, r := range s {
		if r != '-' && (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// usedParams returns the distinct $parameters of a Cypher text in order of
// first use, skipping comments, string literals and `quoted` names.
func usedParams(text string) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '/' && strings.HasPrefix(text[i:], "//"):
			for i < len(text) && text[i] != '\n' {
				i++
			}
		case c == '/' && strings.HasPrefix(text[i:], "/*"):
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				return out
			}
			i += 2 + end + 1
		case c == '\'' || c == '"' || c == '`':
			for i++; i < len(text) && text[i] != c; i++ {
				if text[i] == '\\' && c != '`' {
					i++
				}
			}
		case c == '$':
			j := i + 1
			for j < len(text) && (text[j] == '_' || isAlnum(text[j])) {
				j++
			}
			if name := text[i+1 : j]; validIdent(name) && !contains(out, name) {
				out = append(out, name)
			}
			i = j - 1
		}
	}
	return out
}

func isAlnum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// Set is a collection of queries by name.
type Set struct {
	byName map[string]*Query
}

// Builtin returns the queries embedded in the binary. They are verified by
// the package's tests, so a failure here is a programming error.
func Builtin() *Set {
	s := &Set{byName: map[string]*Query{}}
	if err := s.add(builtin, BuiltinSource); err != nil {
		panic(err)
	}
	return s
}

// Load returns the built-in queries merged with the *.cypher files at the
// top of fsys; a user's query replaces a built-in one of the same name. A
// nil fsys gives the built-ins alone. Any file that fails to parse makes
// Load fail, naming the file.
func Load(fsys fs.FS) (*Set, error) {
	s := Builtin()
	if fsys == nil {
		return s, nil
	}
	if err := s.add(fsys, ""); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Set) add(fsys fs.FS, source string) error {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return fmt.Errorf("load queries: %w", err)
	}
	var errs []error
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("load queries: %w", err))
			continue
		}
		q, err := Parse(name, text)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		q.Source = source
		if source == "" {
			q.Source = name
		}
		s.byName[q.Name] = q
	}
	return errors.Join(errs...)
}

// All returns the queries sorted by name.
func (s *Set) All() []*Query {
	out := make([]*Query, 0, len(s.byName))
	for _, q := range s.byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Names returns the query names, sorted.
func (s *Set) Names() []string {
	out := make([]string, 0, len(s.byName))
	for name := range s.byName {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Get returns the query called name, or an error wrapping
// eventgraph.ErrNotFound that lists the stored queries.
func (s *Set) Get(name string) (*Query, error) {
	if q, ok := s.byName[name]; ok {
		return q, nil
	}
	return nil, &kindError{
		msg:  fmt.Sprintf("unknown query %q; stored queries: %s", name, strings.Join(s.Names(), ", ")),
		kind: eventgraph.ErrNotFound,
	}
}

// kindError is a message that matches a sentinel with errors.Is without
// repeating the sentinel's text.
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }
