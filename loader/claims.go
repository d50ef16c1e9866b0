package loader

import (
	"sort"
	"strings"
)

// isSpeechAt: a speech cue ("said", "according to") starts at token k.
func (st *docState) isSpeechAt(s *sent, k int) bool {
	for _, c := range s.cues {
		if c.i == k && st.d.cues[c.idx].kind == "speech" {
			return true
		}
	}
	return false
}

// findClaims attributes statements: `X said (that) ...`, `"...," X said`,
// `"...," said X`, `according to X, ...`. The speaker must resolve to an
// actor (a name, a title-bound person, or a pronoun for a recent person).
func (st *docState) findClaims(s *sent) {
	toks := s.toks
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "speech" {
			continue
		}
		var speaker *docActor
		var text string
		verb := spanText(s, c.i, c.j)
		if !st.speechUse(s, c) {
			continue
		}
		if strings.HasPrefix(strings.ToLower(verb), "according to") {
			speaker = st.mentionAfter(s, c.j, 6)
			if speaker == nil {
				continue
			}
			text = strings.TrimSpace(s.Text[:toks[c.i].Start-s.Start])
			if e := st.skipMention(s, c.j); e < len(toks) && len(text) < 10 {
				text = s.Text[toks[e].Start-s.Start:]
			}
		} else {
			// ", stating that ...": a participle takes the speaker of the
			// sentence (its first actor), not the nearest name
			if c.i > 0 && s.toks[c.i-1].Text == "," && strings.HasSuffix(strings.ToLower(verb), "ing") {
				speaker = st.sentenceSubject(s, c.i)
			}
			// speaker before the verb (not inside the quote), else after it
			if speaker == nil && !s.quote[c.i] {
				if sp := st.subject(s, c.i); len(sp) > 0 {
					speaker = sp[0]
				}
			}
			if speaker == nil || (c.i > 0 && isQuoteClose(toks[c.i-1]) || c.i > 1 && toks[c.i-1].Text == "," && isQuoteClose(toks[c.i-2])) {
				if sp := st.mentionAfter(s, c.j, 4); sp != nil && (c.i > 0 && (toks[c.i-1].Text == "," || isQuoteClose(toks[c.i-1]))) {
					speaker = sp
				}
			}
			if speaker == nil {
				continue
			}
			text = st.claimText(s, c)
		}
		text = strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "\"\u201c\u201d,.;: "))
		if len(text) < 8 {
			continue
		}
		cl := &claimOut{speaker: speaker, sent: s}
		cl.Speaker = speaker.name
		cl.Text = text
		cl.Verb = strings.ToLower(verb)
		cl.Date = s.date
		cl.Evidence, cl.Start, cl.End = s.Text, s.Start, s.End
		for _, th := range s.trigs {
			if th.ev != nil {
				cl.about = append(cl.about, th.ev)
			}
		}
		s.claimBy = speaker
		st.claims = append(st.claims, cl)
	}
}

func isQuoteClose(t Token) bool {
	return t.Text == "\u201d" || t.Text == "\"" || t.Text == "'"
}

func (st *docState) mentionAfter(s *sent, k, window int) *docActor {
	for i := k; i < len(s.toks) && i < k+window; i++ {
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.actor != nil && !m.demonym {
				return m.actor
			}
			if m.title {
				i = m.j - 1
				continue
			}
			return nil
		}
		if st.d.gram.is(s.toks[i], gPron) {
			return st.resolvePronoun(s, i, s.toks[i])
		}
	}
	return nil
}

func (st *docState) skipMention(s *sent, k int) int {
	for i := k; i < len(s.toks); i++ {
		if s.toks[i].Text == "," {
			return i + 1
		}
	}
	return len(s.toks)
}

// claimText is what was said: a quotation next to the verb, else the words
// after the verb (without "that"), else the quotation before it.
func (st *docState) claimText(s *sent, c lexHit) string {
	toks := s.toks
	// quote right before: “...,” he said
	if c.i > 0 && (isQuoteClose(toks[c.i-1]) || c.i > 1 && isQuoteClose(toks[c.i-2])) {
		end := c.i - 1
		if !isQuoteClose(toks[end]) {
			end--
		}
		start := end - 1
		for start >= 0 && !(toks[start].Text == "\u201c" || toks[start].Text == "\"") {
			start--
		}
		if start < 0 {
			return s.Text[:toks[end].Start-s.Start]
		}
		return s.Text[toks[start].End-s.Start : toks[end].Start-s.Start]
	}
	k := c.j
	for k < len(toks) && (toks[k].Lower == "that" || toks[k].Text == "," || toks[k].Text == ":" || toks[k].Lower == "reporters" || toks[k].Lower == "journalists") {
		k++
	}
	if k >= len(toks) || len(toks)-k <= 3 && !s.quote[k] {
		// "..., Dujarric told reporters.": the words are the quotation
		// elsewhere in the sentence
		if q := quoteIn(s); q != "" {
			return q
		}
		if k >= len(toks) {
			return ""
		}
	}
	// “quote” right after the verb
	if toks[k].Text == "\u201c" || toks[k].Text == "\"" {
		end := k + 1
		for end < len(toks) && !isQuoteClose(toks[end]) {
			end++
		}
		if end < len(toks) {
			return s.Text[toks[k].End-s.Start : toks[end].Start-s.Start]
		}
	}
	return s.Text[toks[k].Start-s.Start:]
}

// speechUse rejects cue words used otherwise: "an estimated 9,000" (an
// adjective), "claiming the lives of", "declared a state of war" (an act).
func (st *docState) speechUse(s *sent, c lexHit) bool {
	toks := s.toks
	if c.i > 0 && st.d.gram.is(toks[c.i-1], gDet) && !isQuoteMark(toks[c.i-1].Text) {
		return false
	}
	if c.j+1 < len(toks) {
		next, after := toks[c.j].Lower, toks[c.j+1].Lower
		if next == "the" && (after == "life" || after == "lives") || next == "responsibility" && false {
			return false
		}
		w := strings.ToLower(toks[c.j-1].Text)
		if (next == "a" || next == "an") && w != "said" && w != "says" && w != "told" && w != "say" {
			return false
		}
	}
	return true
}

// sentenceSubject is the first actor of the sentence before k that is not
// the object of a preposition; "Israel's Defense Minister" resolves to the
// minister.
func (st *docState) sentenceSubject(s *sent, k int) *docActor {
	g := &st.d.gram
	for i := 0; i < k; i++ {
		idx := s.at[i]
		if idx < 0 {
			continue
		}
		m := s.ments[idx]
		if i > 0 && g.is(s.toks[i-1], gPrep) {
			i = m.j - 1
			continue
		}
		if m.actor != nil && m.j+1 < len(s.toks) && s.toks[m.j].Lower == "'s" && s.at[m.j+1] >= 0 && s.ments[s.at[m.j+1]].title {
			if a := st.roleReference(s, s.ments[s.at[m.j+1]]); a != nil {
				return a
			}
		}
		if m.title {
			if a := st.roleReference(s, m); a != nil {
				return a
			}
			i = m.j - 1
			continue
		}
		if m.actor != nil && !m.demonym {
			if a := st.appositionHead(s, m, k); a != nil {
				return a
			}
			return m.actor
		}
		i = m.j - 1
	}
	return nil
}

// quoteIn returns the first quotation of a sentence.
func quoteIn(s *sent) string {
	start := -1
	for i, t := range s.toks {
		if (t.Text == "\u201c" || t.Text == "\"") && start < 0 {
			start = i
			continue
		}
		if start >= 0 && isQuoteClose(t) && i > start+1 {
			return s.Text[s.toks[start].End-s.Start : t.Start-s.Start]
		}
	}
	return ""
}

// quoteClaims attributes quotations that carry no speech verb of their own
// ("“People are dragged from their homes. Everybody knows somebody who has
// been arrested.”") to the speaker of the nearest attributed statement just
// before or after, as one claim even when the quotation runs over several
// sentences.
func (st *docState) quoteClaims() {
	text := st.doc.Text
	claimed := map[int]*claimOut{} // sentence index -> a claim made there
	for _, c := range st.claims {
		if _, ok := claimed[c.sent.idx]; !ok {
			claimed[c.sent.idx] = c
		}
	}
	for i := 0; i < len(st.sents); i++ {
		s := st.sents[i]
		if _, ok := claimed[i]; ok || len(s.toks) == 0 || !opensQuote(s.toks[0]) {
			continue
		}
		// the quotation runs to the sentence whose text closes it
		j := i
		for j < len(st.sents) && j-i < 6 && !closesQuote(st.sents[j]) {
			j++
		}
		if j == len(st.sents) || j-i >= 6 {
			continue
		}
		if _, ok := claimed[j]; ok && j != i {
			continue // "..." he said: the closing sentence has its claim already
		}
		var by *claimOut
		if c, ok := claimed[j+1]; ok && j+1 < len(st.sents) && st.sents[j+1].Para == s.Para {
			by = c
		}
		for k := i - 1; by == nil && k >= 0 && i-k <= 2; k-- {
			if c, ok := claimed[k]; ok {
				by = c
			}
		}
		if by == nil {
			continue
		}
		last := st.sents[j]
		ev := text[s.Start:last.End]
		body := strings.Trim(ev, " \"\u201c\u201d")
		cl := &claimOut{speaker: by.speaker, sent: s}
		cl.Speaker, cl.Text, cl.Verb, cl.Date = by.speaker.name, body, "quoted", s.date
		cl.Evidence, cl.Start, cl.End = ev, s.Start, last.End
		st.claims = append(st.claims, cl)
		for k := i; k <= j; k++ {
			claimed[k] = cl
		}
		i = j
	}
	sort.SliceStable(st.claims, func(a, b int) bool { return st.claims[a].Start < st.claims[b].Start })
}

func opensQuote(t Token) bool { return t.Text == "\u201c" || t.Text == "\"" }

func closesQuote(s *sent) bool {
	n := len(s.toks)
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if s.toks[k].Text == "\u201d" || s.toks[k].Text == "\"" && k > 0 {
			return true
		}
	}
	return false
}
