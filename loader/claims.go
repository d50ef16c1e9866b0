package loader

import (
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
			// speaker before the verb (not inside the quote), else after it
			if !s.quote[c.i] {
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
	for k < len(toks) && (toks[k].Lower == "that" || toks[k].Text == "," || toks[k].Text == ":" || toks[k].Lower == "reporters" || toks[k].Lower == "on" && false) {
		k++
	}
	if k >= len(toks) {
		return ""
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
