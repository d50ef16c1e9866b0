package browser

import (
	"fmt"
	"strings"
)

// Style is a parsed GraSS style sheet: rules in file order.
type Style struct {
	Rules []Rule
}

// Rule is one selector ("node", "node.Actor", "relationship.PERFORMED")
// and its properties in file order; quoted values are unquoted.
type Rule struct {
	Selector string
	Props    []Prop
}

// Prop is one "name: value" of a rule.
type Prop struct {
	Name, Value string
}

// Get returns the value of the property name of the rule for selector, or
// "" when there is none.
func (s *Style) Get(selector, name string) string {
	for _, r := range s.Rules {
		if r.Selector != selector {
			continue
		}
		for _, p := range r.Props {
			if p.Name == name {
				return p.Value
			}
		}
	}
	return ""
}

// ParseStyle reads GraSS as Neo4j Browser does, but strictly: Browser's own
// reader has no comments, splits each property at its only colon, and
// silently mangles what it cannot read, so ParseStyle rejects comments,
// colons in values, unknown selectors and unbalanced braces or quotes.
func ParseStyle(text string) (*Style, error) {
	st := &Style{}
	rest := text
	line := func() int { return strings.Count(text[:len(text)-len(rest)], "\n") + 1 }
	for {
		rest = strings.TrimLeft(rest, " \t\r\n")
		if rest == "" {
			return st, nil
		}
		if strings.HasPrefix(rest, "/*") || strings.HasPrefix(rest, "//") {
			return nil, fmt.Errorf("style line %d: comments are not allowed (Browser would read them as part of a selector)", line())
		}
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			return nil, fmt.Errorf("style line %d: %q is not followed by a '{' block", line(), firstLine(rest))
		}
		sel := strings.TrimSpace(rest[:open])
		if !validSelector(sel) {
			return nil, fmt.Errorf("style line %d: selector %q: want node, relationship, node.Label or relationship.TYPE", line(), sel)
		}
		rest = rest[open+1:]
		end := blockEnd(rest)
		if end < 0 {
			return nil, fmt.Errorf("style line %d: block of %s is not closed with '}'", line(), sel)
		}
		body := rest[:end]
		if strings.Contains(body, "/*") {
			return nil, fmt.Errorf("style line %d: block of %s holds a comment", line(), sel)
		}
		r := Rule{Selector: sel}
		for _, decl := range strings.Split(body, ";") {
			decl = strings.TrimSpace(decl)
			if decl == "" {
				continue
			}
			name, value, ok := strings.Cut(decl, ":")
			if !ok || strings.Contains(value, ":") {
				return nil, fmt.Errorf("style line %d: in %s, %q: want \"name: value;\" with one colon", line(), sel, decl)
			}
			name, value = strings.TrimSpace(name), strings.TrimSpace(value)
			if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') {
				if value[len(value)-1] != value[0] {
					return nil, fmt.Errorf("style line %d: in %s, unbalanced quotes in %q", line(), sel, decl)
				}
				value = value[1 : len(value)-1]
			}
			if name == "" || value == "" || strings.ContainsAny(value, `"'`) {
				return nil, fmt.Errorf("style line %d: in %s, %q: want \"name: value;\"", line(), sel, decl)
			}
			r.Props = append(r.Props, Prop{Name: name, Value: value})
		}
		st.Rules = append(st.Rules, r)
		rest = rest[end+1:]
	}
}

// blockEnd returns the index of the '}' that closes a block, skipping
// quoted values; -1 if there is none or a '{' comes first.
func blockEnd(s string) int {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '{':
			return -1
		case c == '}':
			return i
		}
	}
	return -1
}

func validSelector(s string) bool {
	kind, name, dotted := strings.Cut(s, ".")
	if kind != "node" && kind != "relationship" {
		return false
	}
	if !dotted {
		return true
	}
	return name != "" && validIdentifier(name)
}

func validIdentifier(s string) bool {
	for i, r := range s {
		letter := r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
