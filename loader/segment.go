package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the document body.
type Sentence struct {
	Start, End int // byte offsets in the body
	Text       string
	Para       int // paragraph number, from 0
}

// abbreviations never end a sentence when followed by a period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "rep": true,
	"sen": true, "gov": true, "pres": true, "st": true, "jr": true, "sr": true, "no": true,
	"vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"approx": true, "est": true, "fig": true, "brig": true, "cmdr": true, "rev": true, "hon": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// Segment splits a body into sentences. It breaks at . ! ? (with closing
// quotes and brackets) followed by space and an upper-case letter, digit or
// opening quote, and always at blank lines; abbreviations, initials and
// decimal numbers do not break.
func Segment(text string) []Sentence {
	var out []Sentence
	para := 0
	start := 0
	emit := func(end int, nextPara bool) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Para: para})
		}
		if nextPara {
			para++
		}
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c == '\n' {
			// a blank line (or a single newline before an indented or
			// capitalised line after a sentence end) closes the paragraph
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i, true)
				for j < len(text) && unicode.IsSpace(rune(text[j])) {
					j++
				}
				start, i = j, j
				continue
			}
			// single newline: break only after terminal punctuation or a
			// line that looks like a heading (no final punctuation, short)
			if endsSentence(text[start:i]) || looksHeading(text[start:i]) {
				emit(i, true)
				start, i = j, j
				continue
			}
			i++
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j)
			if j >= len(text) {
				break
			}
			r, _ := utf8.DecodeRuneInString(text[j:])
			if r != ' ' && r != '\t' && r != '\n' && r != '\u00a0' {
				i = j
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k < len(text) && text[k] == '\n' {
				i = k // the newline branch decides
				continue
			}
			if c == '.' && !breakAfterPeriod(text, i, k) {
				i = j
				continue
			}
			emit(j, false)
			start, i = k, k
			continue
		}
		i++
	}
	if start < len(text) {
		emit(len(text), false)
	}
	return out
}

func skipClosers(text string, j int) int {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb':
			j += n
			continue
		}
		break
	}
	return j
}

// breakAfterPeriod decides whether the period at i (next word at k) ends a
// sentence.
func breakAfterPeriod(text string, i, k int) bool {
	if k >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' || r == '\'' || r == '\u2018' || r == '(' || r == '[') {
		return false
	}
	// the word before the period
	w := i
	for w > 0 {
		pr, n := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsLetter(pr) || pr == '.' {
			w -= n
			continue
		}
		break
	}
	word := strings.ToLower(text[w:i])
	if abbreviations[word] {
		return false
	}
	// single initials: "J. Smith", and dotted acronyms "U.S." before a name
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rune(text[w])) {
		return false
	}
	if strings.Contains(word, ".") && len(word) <= 5 {
		// "U.S. officials" ends nothing; "in the U.S. The" is rare enough
		next := text[k:]
		nw := next
		if sp := strings.IndexAny(next, " ,;:"); sp > 0 {
			nw = next[:sp]
		}
		return isSentenceStarter(nw)
	}
	return true
}

// isSentenceStarter: words that commonly open a sentence after "U.S.".
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "In", "On", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those", "There", "After", "As", "At", "When", "While", "However", "Meanwhile":
		return true
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"'\u201d\u2019)")
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	return last == '.' || last == '!' || last == '?' || last == ':'
}

func looksHeading(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) < 80 && !strings.ContainsAny(s[len(s)-1:], ",;")
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Token is a word, number or punctuation mark with its byte span.
type Token struct {
	Text       string
	Lower      string // lower case, curly apostrophes folded to '
	Start, End int    // byte offsets in the body
	Cap        bool   // starts with an upper-case letter
	Upper      bool   // all letters upper case (acronym), at least two
	Num        bool   // a number (digits, commas, decimal point)
	Punct      bool
}

// Tokenize splits a sentence into tokens with offsets relative to the body
// (base is the sentence's start offset). Possessive 's becomes its own
// token; hyphens, inner apostrophes and dotted acronyms stay inside words.
func Tokenize(s string, base int) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += n
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '\u2019' || r2 == '.' || r2 == ',' || r2 == '/') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					switch r2 {
					case '-':
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							j += n2
							continue
						}
					case '\'', '\u2019':
						// possessive 's / s' is split off; Kata'ib stays whole
						if unicode.IsLetter(r3) && !(r3 == 's' && wordEndAt(s, j+n2+1)) {
							j += n2
							continue
						}
					case '.':
						// U.S. / a.m.: letter-dot-letter
						if unicode.IsLetter(r3) && isDottedAcronym(s[i:], j-i) || unicode.IsDigit(r3) && isDigits(s[i:j]) {
							j += n2
							continue
						}
					case ',':
						if unicode.IsDigit(r3) && isDigits(strings.ReplaceAll(s[i:j], ",", "")) {
							j += n2
							continue
						}
					case '/':
						if unicode.IsDigit(r3) && isDigits(s[i:j]) {
							j += n2
							continue
						}
					}
				}
				break
			}
			// trailing period of a dotted acronym: "U.S."
			if j < len(s) && s[j] == '.' && strings.Count(s[i:j], ".") >= 1 && isDottedAcronym(s[i:j+1], j-i) {
				j++
			}
			toks = append(toks, makeToken(s[i:j], base+i, base+j))
			i = j
			continue
		}
		if (r == '\'' || r == '\u2019') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && wordEndAt(s, i+n+1) {
			toks = append(toks, makeToken(s[i:i+n+1], base+i, base+i+n+1))
			i += n + 1
			continue
		}
		toks = append(toks, Token{Text: s[i : i+n], Lower: s[i : i+n], Start: base + i, End: base + i + n, Punct: true})
		i += n
	}
	return toks
}

func wordEndAt(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isDottedAcronym: "U.S", "U.N.", "a.m" — single letters separated by dots.
func isDottedAcronym(s string, upto int) bool {
	seg := s[:min(len(s), upto+2)]
	parts := strings.Split(strings.TrimSuffix(seg, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func makeToken(w string, start, end int) Token {
	t := Token{Text: w, Start: start, End: end}
	t.Lower = foldLower(w)
	r, _ := utf8.DecodeRuneInString(w)
	t.Cap = unicode.IsUpper(r)
	if unicode.IsDigit(r) {
		t.Num = isNumber(w)
	}
	letters, upper := 0, 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	t.Upper = letters >= 2 && upper == letters
	return t
}

func isNumber(w string) bool {
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}

// foldLower lower-cases and folds typographic apostrophes and dashes so that
// dictionary keys match any spelling.
func foldLower(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "\u2019\u2018\u2010\u2011\u2013`") {
		s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "`", "'", "\u2010", "-", "\u2011", "-", "\u2013", "-").Replace(s)
	}
	return s
}
