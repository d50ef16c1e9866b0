package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// phrase is one dictionary entry as a token sequence.
type phrase struct {
	keys []string // normalised token keys
	// caps[i]: 0 any case, 1 must start upper-case, 2 must equal exactly
	caps []uint8
	text []string // the dictionary's own spelling, for exact tokens
	ref  int32
}

// phraseIndex is a multi-pattern matcher over tokens: entries are grouped
// by their first token's key and tried longest first, so matching a
// sentence costs one map lookup per token.
type phraseIndex struct {
	first map[string][]*phrase
}

func newPhraseIndex() *phraseIndex { return &phraseIndex{first: map[string][]*phrase{}} }

// add indexes s (tokenised like text is) with the payload ref. caseless
// entries match in any case (trigger words, cue phrases).
func (ix *phraseIndex) add(s string, ref int32, caseless bool) {
	toks := Tokenize(strings.TrimSpace(s), 0)
	if len(toks) == 0 {
		return
	}
	p := &phrase{ref: ref}
	for _, t := range toks {
		p.keys = append(p.keys, keyOf(t.Lower))
		p.text = append(p.text, t.Text)
		var c uint8
		switch {
		case caseless:
		case t.Upper && utf8.RuneCountInString(t.Text) <= 6:
			c = 2
		case t.Cap:
			c = 1
		}
		p.caps = append(p.caps, c)
	}
	k := p.keys[0]
	for _, q := range ix.first[k] {
		if q.ref == ref && slices.Equal(q.keys, p.keys) {
			if caseLooser(p.caps, q.caps) {
				q.caps = p.caps
			}
			return
		}
	}
	ix.first[k] = append(ix.first[k], p)
}

func caseLooser(a, b []uint8) bool {
	for i := range a {
		if a[i] < b[i] {
			return true
		}
	}
	return false
}

// finish sorts candidate lists longest first, ties by ref, for
// deterministic matching.
func (ix *phraseIndex) finish() {
	for _, ps := range ix.first {
		sort.SliceStable(ps, func(i, j int) bool {
			if len(ps[i].keys) != len(ps[j].keys) {
				return len(ps[i].keys) > len(ps[j].keys)
			}
			return ps[i].ref < ps[j].ref
		})
	}
}

// match returns the refs of the longest entries that match at toks[i], and
// their length in tokens (0 when none).
func (ix *phraseIndex) match(toks []Token, keys []string, i int, refs []int32) ([]int32, int) {
	refs = refs[:0]
	best := 0
	for _, p := range ix.first[keys[i]] {
		n := len(p.keys)
		if n < best {
			break
		}
		if i+n > len(toks) || !p.matches(toks, keys, i) {
			continue
		}
		best = n
		refs = append(refs, p.ref)
	}
	return refs, best
}

func (p *phrase) matches(toks []Token, keys []string, i int) bool {
	for j, k := range p.keys {
		t := toks[i+j]
		if keys[i+j] != k {
			return false
		}
		switch p.caps[j] {
		case 1:
			if !t.Cap && !t.Upper {
				return false
			}
			// "BLA" is an acronym, not the town Bla
			if t.Upper && len(t.Text) > 2 && len(p.keys) == 1 && p.text[j] != strings.ToUpper(p.text[j]) {
				return false
			}
		case 2:
			if strings.ReplaceAll(t.Text, ".", "") != strings.ReplaceAll(p.text[j], ".", "") {
				return false
			}
		}
	}
	return true
}

// keyOf normalises a lower-cased token for dictionary look-up: diacritics
// are dropped and the article prefixes el-/al-/ al are unified.
func keyOf(lower string) string {
	if hasNonASCII(lower) {
		lower = stripDiacritics(lower)
	}
	if strings.HasPrefix(lower, "el-") || strings.HasPrefix(lower, "ad-") || strings.HasPrefix(lower, "ash-") || strings.HasPrefix(lower, "az-") || strings.HasPrefix(lower, "as-") || strings.HasPrefix(lower, "an-") || strings.HasPrefix(lower, "ar-") || strings.HasPrefix(lower, "at-") {
		lower = "al-" + lower[strings.IndexByte(lower, '-')+1:]
	}
	if strings.HasSuffix(lower, ".") && strings.Count(lower, ".") > 1 {
		lower = strings.TrimSuffix(lower, ".")
	}
	return lower
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

var diacritics = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ā", "a",
	"ç", "c", "č", "c", "ć", "c", "è", "e", "é", "e", "ê", "e", "ë", "e", "ē", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ī", "i", "ı", "i", "ñ", "n", "ń", "n",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ō", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ū", "u", "ý", "y", "ÿ", "y",
	"š", "s", "ś", "s", "ş", "s", "ž", "z", "ź", "z", "ż", "z", "ğ", "g", "ł", "l", "ř", "r", "ț", "t", "ţ", "t", "ș", "s",
	"ʼ", "'", "ʻ", "'", "ʿ", "'", "ʾ", "'",
)

func stripDiacritics(s string) string { return diacritics.Replace(s) }
