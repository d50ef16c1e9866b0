package browser

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/queries"
)

//go:embed guide.html.tmpl
var guideTemplate string

// Examples holds example parameter values for the guide's query cards:
// query name, then parameter name, then the value as text, as given to
// "eventgraph query NAME --param name=value".
type Examples map[string]map[string]string

// ReadExamples reads examples.tsv: lines of query, parameter and value
// separated by tabs; blank lines and lines starting with '#' are skipped.
func ReadExamples(r io.Reader) (Examples, error) {
	ex := Examples{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("examples line %d: want query, parameter and value separated by tabs, got %q", n, line)
		}
		if ex[f[0]] == nil {
			ex[f[0]] = map[string]string{}
		}
		if _, dup := ex[f[0]][f[1]]; dup {
			return nil, fmt.Errorf("examples line %d: second value for %s %s", n, f[0], f[1])
		}
		ex[f[0]][f[1]] = f[2]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read examples: %w", err)
	}
	return ex, nil
}

// Card is one stored query as the guide shows it: a block that sets the
// example parameters, then a block with the query. They are two blocks
// because Browser shows no result rows for a multi-statement run.
type Card struct {
	Query *queries.Query
	// Params are the ":param name => value" commands that set every declared
	// parameter to its example or default, in declaration order; the arrow
	// form keeps integers integers (":params {...}" would send floats).
	Params []string
	// ParamsText is what a click on the first block puts into Browser's
	// editor: the Params, one statement each, each ending with ';'.
	ParamsText string
	// CLI runs the same from the command line.
	CLI string
}

// Cards returns a card for each query, with the example values of ex bound
// by the query's own rules. A required parameter without an example, an
// example for an unknown query or parameter, or one of the wrong type is an
// error.
func Cards(qs []*queries.Query, ex Examples) ([]Card, error) {
	var errs []string
	known := map[string]bool{}
	cards := make([]Card, 0, len(qs))
	for _, q := range qs {
		known[q.Name] = true
		bound, err := q.Bind(ex[q.Name])
		if err != nil {
			errs = append(errs, fmt.Sprintf("%v (give example values in examples.tsv)", err))
			continue
		}
		c := Card{Query: q, CLI: cliLine(q, ex[q.Name])}
		for _, p := range q.Params {
			lit, err := cypherLiteral(bound[p.Name])
			if err != nil {
				errs = append(errs, fmt.Sprintf("query %s: parameter %s: %v", q.Name, p.Name, err))
				continue
			}
			c.Params = append(c.Params, ":param "+p.Name+" => "+lit)
		}
		// Each statement ends with ';': Browser ignores a click on a block
		// ending in " null", taking it for an unfilled form.
		c.ParamsText = strings.Join(c.Params, ";\n") + ";"
		cards = append(cards, c)
	}
	names := make([]string, 0, len(ex))
	for name := range ex {
		if !known[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		errs = append(errs, fmt.Sprintf("examples.tsv names %q, which is no stored query", name))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("guide cards: %s", strings.Join(errs, "; "))
	}
	return cards, nil
}

// cliLine is the eventgraph command that runs q with the example values.
func cliLine(q *queries.Query, values map[string]string) string {
	s := "eventgraph query " + q.Name
	for _, p := range q.Params {
		v, ok := values[p.Name]
		if !ok {
			continue
		}
		if strings.ContainsAny(v, " \t'\"\\$`!*?[]{}()<>|&;#~") {
			v = "'" + strings.ReplaceAll(v, "'", `'\''`) + "'"
		}
		s += " --param " + p.Name + "=" + v
	}
	return s
}

// cypherLiteral writes a bound parameter value as a Cypher literal.
func cypherLiteral(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "null", nil
	case string:
		r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
		return "'" + r.Replace(v) + "'", nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return "", fmt.Errorf("%v has no Cypher literal", v)
		}
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s, nil
	case bool:
		return strconv.FormatBool(v), nil
	}
	return "", fmt.Errorf("value %v of type %T has no Cypher literal", v, v)
}

// Generate renders the guide from the files of dir (style.grass and
// examples.tsv, as in this package's folder) and the stored queries qs.
func Generate(dir fs.FS, qs []*queries.Query) ([]byte, error) {
	grass, err := fs.ReadFile(dir, "style.grass")
	if err != nil {
		return nil, fmt.Errorf("generate guide: %w", err)
	}
	style, err := ParseStyle(string(grass))
	if err != nil {
		return nil, fmt.Errorf("generate guide: %w", err)
	}
	f, err := dir.Open("examples.tsv")
	if err != nil {
		return nil, fmt.Errorf("generate guide: %w", err)
	}
	ex, err := ReadExamples(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("generate guide: %w", err)
	}
	cards, err := Cards(qs, ex)
	if err != nil {
		return nil, fmt.Errorf("generate guide: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteString("<!-- Generated by \"go generate ./docs/browser\" from queries/*.cypher, examples.tsv and style.grass. Do not edit. -->\n")
	if err := WriteGuide(&buf, style, cards); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteGuide renders the guide: an introduction whose legend takes its
// colours and captions from style, graph views, then one slide per card.
func WriteGuide(w io.Writer, style *Style, cards []Card) error {
	funcs := template.FuncMap{
		"style": func(selector, prop string) (string, error) {
			v := style.Get(selector, prop)
			if v == "" {
				return "", fmt.Errorf("style.grass: %s has no %s", selector, prop)
			}
			return v, nil
		},
		"inc": func(i int) int { return i + 1 },
	}
	t, err := template.New("guide").Funcs(funcs).Parse(guideTemplate)
	if err != nil {
		return fmt.Errorf("guide template: %w", err)
	}
	if err := t.Execute(w, cards); err != nil {
		return fmt.Errorf("guide template: %w", err)
	}
	return nil
}
