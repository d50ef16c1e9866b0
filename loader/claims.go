package loader

import (
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph"
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
// `"...," said X`, `according to X, ...`, `..., X said.`. The speaker must
// resolve to an actor (a name, a title-bound person, or a pronoun for a
// recent person); "X and Y said" gives each of them the claim. A speech cue
// inside the reported content of an earlier cue ("she says she replied
// that ...") is part of that claim, not a claim of its own.
func (st *docState) findClaims(s *sent) {
	toks := s.toks
	var spans [][2]int // content token spans of this sentence's claims
	var last []*claimOut
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "speech" {
			continue
		}
		if !st.speechUse(s, c) || insideSpans(spans, c.i) || st.negatedSpeech(s, c.i) {
			continue
		}
		var speakers []*docActor
		var text string
		from, to := 0, 0
		verb := spanText(s, c.i, c.j)
		lverb := strings.ToLower(verb)
		if strings.HasPrefix(lverb, "according to") {
			sp := st.mentionAfter(s, c.j, 6)
			if sp == nil {
				continue
			}
			speakers = []*docActor{sp}
			from, to = 0, c.i
			if e := st.skipMention(s, c.j); e < len(toks) && toks[c.i].Start-s.Start < 10 {
				from, to = e, len(toks)
			}
			text = tokSpan(s, from, to)
			if from > c.i && st.speechIn(s, from, to) {
				// "according to Reuters, the agency concluded that ...":
				// the inner statement is the claim
				continue
			}
		} else {
			speakers = st.claimSpeakers(s, c, last)
			if len(speakers) == 0 {
				continue
			}
			opening := 0
			if c.i == 0 && strings.HasSuffix(lverb, "ing") {
				// "Claiming solidarity with X, the Houthis fired ...":
				// the words up to the comma
				_, opening = st.openingParticiple(s, c)
			}
			if a := st.attributionStart(s, c.i); a > 1 && a < c.i && (isQuoteClose(toks[a-1]) || toks[a-1].Text == "," && isQuoteClose(toks[a-2])) && !hasWord(s, c.j, "that") {
				// `"...," a senior official told reporters on Monday`:
				// the quotation before the attribution is what was said
				c.i = a
			}
			if opening > 0 {
				from, to = st.contentStart(s, c.j), opening
				text = tokSpan(s, from, to)
			} else {
				text, from, to = st.claimText(s, c)
			}
		}
		text = trimClaim(text)
		if len(text) < 8 {
			continue
		}
		// ", adding that ...": the participle continues the statement
		// before it in the sentence
		// "... as treason and pledged to quell ...": so does a coordinated
		// promise to act ("and demanded that ..." says something new)
		pledge := c.i > 0 && toks[c.i-1].Lower == "and" && c.j < len(toks) && toks[c.j].Lower == "to"
		if len(last) > 0 && c.i > 0 && (toks[c.i-1].Text == "," && strings.HasSuffix(lverb, "ing") || pledge) && !s.quote[from] && sameActors(last, speakers) {
			for _, cl := range last {
				cl.Text += "; " + text
			}
			spans = append(spans, [2]int{from, to})
			continue
		}
		ev, evStart := s.Text, s.Start
		if q := st.quoteOpenedBefore(s, c); q != nil && to <= c.i {
			// "“First sentence. Second,” X said.": the quotation began in
			// an earlier sentence
			ev = st.doc.Text[q.Start:s.End]
			evStart = q.Start
			if k := strings.IndexAny(ev, "\"\u201c"); k >= 0 {
				text = trimClaim(st.doc.Text[q.Start+k : toks[to].Start])
			}
		}
		last = last[:0:0]
		for _, speaker := range speakers {
			cl := &claimOut{speaker: speaker, sent: s, nested: st.quotedAt(s.idx, c.i)}
			cl.Speaker = speaker.name
			cl.Text = text
			cl.Verb = lverb
			cl.Date = s.date
			cl.Evidence, cl.Start, cl.End = ev, evStart, s.End
			for _, th := range s.trigs {
				if th.ev != nil {
					cl.about = append(cl.about, th.ev)
				}
			}
			s.claimBy = speaker
			st.claims = append(st.claims, cl)
			last = append(last, cl)
		}
		spans = append(spans, [2]int{from, to})
	}
}

// hasWord: the sentence holds the lower-case word w from token k on.
func hasWord(s *sent, k int, w string) bool {
	for ; k < len(s.toks); k++ {
		if s.toks[k].Lower == w {
			return true
		}
	}
	return false
}

// speechIn: a speech cue starts within tokens [i, j).
func (st *docState) speechIn(s *sent, i, j int) bool {
	for _, c := range s.cues {
		if c.i >= i && c.i < j && st.d.cues[c.idx].kind == "speech" {
			return true
		}
	}
	return false
}

func trimClaim(text string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "\"\u201c\u201d\u2018\u2019',.;: "))
}

func insideSpans(spans [][2]int, k int) bool {
	for _, sp := range spans {
		if k >= sp[0] && k < sp[1] {
			return true
		}
	}
	return false
}

func sameActors(cls []*claimOut, as []*docActor) bool {
	if len(cls) != len(as) {
		return false
	}
	for i, cl := range cls {
		if cl.speaker != as[i] {
			return false
		}
	}
	return true
}

// tokSpan is the text of tokens [i, j) of a sentence.
func tokSpan(s *sent, i, j int) string {
	if i >= j || i >= len(s.toks) {
		return ""
	}
	return s.Text[s.toks[i].Start-s.Start : s.toks[j-1].End-s.Start]
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
			return st.pronounSpeaker(s, i, s.toks[i])
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

// claimSpeakers finds who made the statement of the speech cue c.
func (st *docState) claimSpeakers(s *sent, c lexHit, last []*claimOut) []*docActor {
	toks := s.toks
	lverb := strings.ToLower(spanText(s, c.i, c.j))
	prev := ""
	if c.i > 0 {
		prev = toks[c.i-1].Lower
	}
	afterQuote := c.i > 0 && isQuoteClose(toks[c.i-1]) || c.i > 1 && toks[c.i-1].Text == "," && isQuoteClose(toks[c.i-2])
	if c.i > 0 && strings.HasSuffix(lverb, "ed") && st.d.gram.is(toks[c.i-1], gBe) {
		// "Israel's actions have been denounced in ...", "the deal was
		// confirmed by Qatar": a passive says what was spoken of, not
		// what was said
		return nil
	}
	if c.i == 0 && strings.HasSuffix(lverb, "ing") {
		if a, _ := st.openingParticiple(s, c); a != nil {
			return []*docActor{a}
		}
		return nil
	}
	// ", stating that ...", "... and pledged to ...": a participle or a
	// coordinated verb takes the speaker of the sentence, not the nearest
	// name
	ing := strings.HasSuffix(lverb, "ing") && !(c.i > 0 && s.at[c.i-1] >= 0 && !st.prepObject(s, s.ments[s.at[c.i-1]]))
	if prev == "," && strings.HasSuffix(lverb, "ing") || prev == "and" || ing && !s.quote[c.i] {
		if len(last) > 0 {
			out := make([]*docActor, len(last))
			for i, cl := range last {
				out[i] = cl.speaker
			}
			return out
		}
		if a := st.sentenceSubject(s, c.i); a != nil {
			return []*docActor{a}
		}
	}
	// `"...," said X`, `..., says Commissioner X.`, `which, X said, ...`
	if (prev == "," || afterQuote) && !objectVerb(lverb) {
		if a := st.speakerAfter(s, c.j, afterQuote); a != nil {
			return a
		}
		// "..., say some analysts, ...": unnamed people are no speaker
		if crowdAfter(s, c.j) {
			return nil
		}
	}
	if s.quote[c.i] {
		return nil
	}
	k := c.i - 1
	for k >= 0 && adverbBeforeVerb(toks[k].Lower) {
		k--
	}
	if k < 0 {
		return nil
	}
	// "Washington, which claims ...": the antecedent
	if (toks[k].Lower == "which" || toks[k].Lower == "who") && k > 1 && toks[k-1].Text == "," && s.at[k-2] >= 0 {
		if m := s.ments[s.at[k-2]]; m.actor != nil && !m.demonym {
			return []*docActor{m.actor}
		}
	}
	// "Ghazi Hamad, Hamas spokesperson and former deputy minister, said"
	if toks[k].Text == "," {
		if a := st.appositionSpeaker(s, k); a != nil {
			return []*docActor{a}
		}
		// "X portrayed ..., characterized ...": a verb of a list
		if !parentheticalVerb(lverb) {
			if a := st.sentenceSubject(s, c.i); a != nil {
				return []*docActor{a}
			}
		}
	}
	// "Balochistan Chief Minister Sarfraz Bugti said"
	if idx := s.at[k]; idx >= 0 && s.ments[idx].actor != nil && !s.ments[idx].demonym && !st.prepObject(s, s.ments[idx]) {
		return st.coordinated(s, s.ments[idx])
	}
	// "a spokesman for the SPLM-N said", "officials of the ministry
	// said": the body its unnamed member speaks for
	if idx := s.at[k]; idx >= 0 && s.ments[idx].actor != nil && !s.ments[idx].demonym {
		m := s.ments[idx]
		p := m.i - 1
		if p >= 0 && s.toks[p].Lower == "the" {
			p--
		}
		if p >= 1 {
			switch s.toks[p].Lower {
			case "for", "of", "from":
				if st.unnamedSource(s, p-1) == nil {
					switch s.toks[p-1].Lower {
					case "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson":
						return []*docActor{m.actor}
					}
				}
			}
		}
	}
	// "a senior State Department official told", "Russian military
	// sources said": an unnamed member speaks for the body
	if a := st.unnamedSource(s, k); a != nil {
		return []*docActor{a}
	}
	// "members of the Baloch minority say", "residents said": people the
	// text does not name, not an actor further back
	if st.crowdBefore(s, k) {
		return nil
	}
	// "..., officials said.", "security sources said": officials of no
	// named body are no speaker, and not the subject told before them
	switch toks[k].Lower {
	case "officials", "sources", "authorities", "diplomats", "source", "official":
		if k > 0 && (toks[k-1].Text == "," || !toks[k-1].Cap && s.at[k-1] < 0) {
			return nil
		}
	}
	// "The official added that ...": the unnamed official of the
	// statement just before
	if a := st.sameOfficial(s, k); a != nil {
		return []*docActor{a}
	}
	if toks[k].Lower == "he" || toks[k].Lower == "she" {
		if a := st.pronounSpeaker(s, k, toks[k]); a != nil {
			return []*docActor{a}
		}
	}
	if (toks[k].Lower == "it" || toks[k].Lower == "they") && k > 0 && toks[k-1].Lower == "what" {
		// "struck nine sites in Pakistan in what it called Operation
		// Sindoor": the actor just told acting, not the nearest name
		if a := st.resolvePronoun(s, k, toks[k]); a != nil {
			return []*docActor{a}
		}
	}
	if sp := st.subject(s, c.i); len(sp) > 0 {
		return sp
	}
	// "Wine says ...": a surname the entity pass did not bind
	if toks[k].Cap && s.at[k] < 0 {
		if a := st.surnameActor(toks[k].Text); a != nil {
			return []*docActor{a}
		}
	}
	return nil
}

// sameOfficial: "the official" (or "the source") at k refers back to the
// body whose unnamed official made the latest statement, within two
// sentences; "the spokesperson", "the minister" to the person who made it.
func (st *docState) sameOfficial(s *sent, k int) *docActor {
	w := s.toks[k].Lower
	person := false // "the military spokesperson said": the person who just spoke
	switch w {
	case "official", "source":
	case "spokesperson", "spokesman", "spokeswoman", "minister", "commander", "envoy", "ambassador":
		person = true
	default:
		return nil
	}
	if s.at[k] >= 0 && !s.ments[s.at[k]].title {
		return nil
	}
	i := k - 1
	for i >= 0 && k-i <= 2 && !s.toks[i].Cap && !s.toks[i].Punct && s.toks[i].Lower != "the" && (s.at[i] < 0 || s.ments[s.at[i]].title) {
		i--
	}
	if i < 0 || s.toks[i].Lower != "the" {
		return nil
	}
	if n := len(st.claims); n > 0 {
		cl := st.claims[n-1]
		if s.idx-cl.sent.idx <= 2 && (cl.speaker.kind == eventgraph.KindPerson) == person && (!person || roleFits(cl.speaker.role, w)) {
			return cl.speaker
		}
	}
	return nil
}

// openingParticiple: a sentence that opens with a speech participle
// ("Claiming solidarity with ..., the Houthis launched ...") has its
// speaker in the subject right after the first comma; it returns that
// actor and where the comma stands.
func (st *docState) openingParticiple(s *sent, c lexHit) (*docActor, int) {
	for p := c.j; p+1 < len(s.toks); p++ {
		if s.quote[p] {
			continue
		}
		if s.toks[p].Text != "," {
			continue
		}
		i := p + 1
		if s.toks[i].Lower == "the" {
			i++
		}
		if i < len(s.toks) && s.at[i] >= 0 {
			if m := s.ments[s.at[i]]; m.actor != nil && !m.demonym && !m.title {
				return m.actor, p
			}
		}
		if i < len(s.toks) && st.d.gram.is(s.toks[i], gPron) {
			return st.resolvePronoun(s, i, s.toks[i]), p
		}
		return nil, 0
	}
	return nil, 0
}

// roleFits: a person whose known role is r may be called "the w": the
// role holds w, or names no other office ("the minister" is not the
// president).
func roleFits(r, w string) bool {
	r = strings.ToLower(r)
	if strings.HasPrefix(w, "spokes") {
		w = "spokes"
	}
	if strings.Contains(r, w) {
		return true
	}
	for _, o := range []string{"president", "minister", "prime", "king", "secretary", "chief", "commander", "spokes", "ambassador", "envoy", "leader", "head"} {
		if strings.Contains(r, o) {
			return false
		}
	}
	return true
}

// crowdNoun: plural nouns for unnamed people who speak ("residents
// said", "say some analysts").
func crowdNoun(w string) bool {
	switch w {
	case "residents", "members", "analysts", "witnesses", "villagers", "experts", "critics", "observers", "activists",
		"people", "families", "relatives", "survivors", "locals", "protesters", "civilians", "refugees", "doctors", "medics":
		return true
	}
	return false
}

// crowdBefore: the noun phrase ending at k is unnamed people ("residents",
// "members of the Baloch minority").
func (st *docState) crowdBefore(s *sent, k int) bool {
	for i := k; i >= 0 && k-i <= 5; i-- {
		t := s.toks[i]
		if crowdNoun(t.Lower) {
			return i == k || s.toks[i+1].Lower == "of"
		}
		if t.Punct || st.d.gram.is(t, gPron|gBe) || t.Lower == "that" || t.Lower == "who" || t.Lower == "where" {
			return false
		}
	}
	return false
}

// crowdAfter: an inverted subject from k is unnamed people ("say some
// analysts", "said local residents").
func crowdAfter(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i < k+3; i++ {
		if crowdNoun(s.toks[i].Lower) {
			return true
		}
		if s.toks[i].Punct || s.toks[i].Cap || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// unnamedSource: token k ends a noun phrase for unnamed members of a body
// ("a senior State Department official", "an American defense official",
// "UN sources"); the body or country named in it is the speaker.
func (st *docState) unnamedSource(s *sent, k int) *docActor {
	switch s.toks[k].Lower {
	case "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats":
	default:
		return nil
	}
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.actor == nil || m.title || st.prepObject(s, m) {
				return nil
			}
			return m.actor
		}
		if t := s.toks[i]; t.Punct || t.Cap || t.Num || st.d.gram.is(t, gDet|gPrep|gPron|gBe) {
			return nil
		}
	}
	return nil
}

// prepObject: the mention follows a preposition ("at the International
// Court of Justice").
func (st *docState) prepObject(s *sent, m *ment) bool {
	i := m.i - 1
	if i >= 0 && s.toks[i].Lower == "the" {
		i--
	}
	return i >= 0 && st.d.gram.is(s.toks[i], gPrep) && !st.d.gram.is(s.toks[i], gPrepBy)
}

// objectVerb: speech verbs whose next name is their object, never an
// inverted speaker ("told VOA", "describes Trump as").
func objectVerb(w string) bool {
	switch w {
	case "told", "tell", "tells", "telling", "urged", "urges", "urging", "accused", "accuses", "accusing", "called",
		"described", "describes", "condemned", "denounced", "denounces", "rebuked", "quoted", "quoting",
		"characterized", "characterised":
		return true
	}
	return false
}

// parentheticalVerb: verbs that follow a comma as an attribution ("...,
// say some analysts, ...") rather than as a verb of a list.
func parentheticalVerb(w string) bool {
	switch w {
	case "said", "says", "say", "added", "adds", "told", "tells", "according to", "wrote", "writes", "noted", "explained":
		return true
	}
	return false
}

// negatedSpeech: "has never condemned", "neither confirmed nor denied",
// "did not say".
func (st *docState) negatedSpeech(s *sent, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 3; i-- {
		switch s.toks[i].Lower {
		case "never", "not", "n't", "nor", "neither", "declined", "refused", "without":
			return true
		}
		if !adverbBeforeVerb(s.toks[i].Lower) && s.toks[i].Lower != "did" && s.toks[i].Lower != "does" && s.toks[i].Lower != "to" {
			return false
		}
	}
	return false
}

// adverbBeforeVerb: words between a speaker and the speech verb ("also
// said", "has repeatedly claimed").
func adverbBeforeVerb(w string) bool {
	switch w {
	case "also", "has", "have", "had", "later", "earlier", "previously", "repeatedly", "again", "further",
		"then", "now", "separately", "reportedly", "publicly", "initially", "quickly", "sternly", "strongly", "would", "will":
		return true
	}
	return false
}

// speakerAfter finds an inverted speaker: "said former Turkish ambassador
// Mithat Rende", "says Lamu County Commissioner Irungu Macharia", "said
// he". The name must end the attribution (a punctuation mark, a
// preposition or a time word follows), so that "said Hamas was ..." is not
// read as a speaker.
func (st *docState) speakerAfter(s *sent, k int, afterQuote bool) []*docActor {
	toks := s.toks
	g := &st.d.gram
	ends := func(j int) bool {
		if j >= len(toks) || toks[j].Text == "." || toks[j].Text == "," {
			return true
		}
		return afterQuote && (toks[j].Punct || g.is(toks[j], gPrep|gWeekday) || toks[j].Lower == "told" || toks[j].Lower == "on")
	}
	for i := k; i < len(toks) && i < k+8; i++ {
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.actor != nil && !m.demonym {
				if ends(m.j) {
					return []*docActor{m.actor}
				}
				return nil
			}
			if m.title || m.demonym {
				i = m.j - 1
				continue
			}
			return nil
		}
		t := toks[i]
		if g.is(t, gPron) {
			if ends(i + 1) {
				if a := st.pronounSpeaker(s, i, t); a != nil {
					return []*docActor{a}
				}
			}
			return nil
		}
		if t.Punct {
			return nil
		}
		// "says some companies will return to Russia": a clause, no
		// inverted speaker
		if g.is(t, gPrep|gBe) || t.Lower == "will" || t.Lower == "would" || t.Lower == "could" || t.Lower == "can" || t.Lower == "may" || t.Lower == "must" || t.Lower == "has" || t.Lower == "have" || t.Lower == "had" {
			return nil
		}
		if t.Cap {
			if a := st.surnameActor(t.Text); a != nil && ends(i+1) {
				return []*docActor{a}
			}
		}
	}
	return nil
}

// appositionSpeaker: the name before the comma that opens an apposition
// ending at the comma k.
func (st *docState) appositionSpeaker(s *sent, k int) *docActor {
	// "The exiled government of Myanmar, the National Unity Government,
	// declared": an apposition that is a name names the speaker
	if k > 0 && s.at[k-1] >= 0 {
		m := s.ments[s.at[k-1]]
		b := m.i
		if b > 0 && s.toks[b-1].Lower == "the" {
			b--
		}
		if m.j == k && b > 1 && s.toks[b-1].Text == "," && m.actor != nil && !m.demonym && !m.title && s.toks[b-2].Lower != "and" {
			return m.actor
		}
	}
	for p := k - 1; p > 0 && k-p <= 40; p-- {
		t := s.toks[p]
		if isQuoteMark(t.Text) || st.isSpeechAt(s, p) {
			return nil
		}
		if t.Text != "," {
			continue
		}
		if idx := s.at[p-1]; idx >= 0 {
			m := s.ments[idx]
			if m.actor != nil && !m.demonym && m.j == p {
				return m.actor
			}
		}
		// "X, an expert on ..., and author of ..., says": an apposition
		// of two parts
		if s.toks[p+1].Lower == "and" && k-p <= 25 {
			continue
		}
		return nil
	}
	return nil
}

// pronounSpeaker resolves "he"/"she" as a speaker: the speaker of the
// latest claim, unless another person was named since; other pronouns
// resolve as usual.
func (st *docState) pronounSpeaker(s *sent, k int, t Token) *docActor {
	if t.Lower != "he" && t.Lower != "she" {
		return st.resolvePronoun(s, k, t)
	}
	own := st.quotedAt(s.idx, k) // a pronoun inside a quotation may mean a person it names
	var lastCl *claimOut
	for i := len(st.claims) - 1; i >= 0; i-- {
		cl := st.claims[i]
		if s.idx-cl.sent.idx > 3 {
			break
		}
		if cl.nested && !own {
			continue // "..., and he has said ...” he added": the quoted one is not the speaker
		}
		if cl.speaker.kind == eventgraph.KindPerson {
			lastCl = cl
			break
		}
	}
	if lastCl == nil {
		return st.resolvePronoun(s, k, t)
	}
	named := -1
	st.mentionsBefore(s, k, 3, func(m *ment) bool {
		if m.actor != nil && !m.title && m.actor.kind == eventgraph.KindPerson && (own || !st.quotedAt(st.sentOf(m, s), m.i)) {
			named = st.sentOf(m, s)
			return true
		}
		return false
	})
	if named < 0 || lastCl.sent.idx >= named || lastCl.speaker == st.resolvePronoun(s, k, t) {
		return lastCl.speaker
	}
	return st.resolvePronoun(s, k, t)
}

// quotedAt: token i of sentence si lies inside a quotation, opened in its
// sentence or by an earlier sentence of the paragraph ("“... President
// Putin remains antagonistic ...” he added": a person a speaker talks
// about is not a new speaker).
func (st *docState) quotedAt(si, i int) bool {
	if si < 0 {
		return false
	}
	p := st.sents[si]
	if p.quote[i] {
		return true
	}
	for _, t := range p.toks[:i] {
		if isQuoteMark(t.Text) {
			return false
		}
	}
	for k := si - 1; k >= 0 && si-k <= 4 && st.sents[k].Para == p.Para; k-- {
		last := ""
		for _, t := range st.sents[k].toks {
			if t.Text == "\u201c" || t.Text == "\u201d" || t.Text == "\"" {
				last = t.Text
			}
		}
		if last != "" {
			return last == "\u201c"
		}
	}
	return false
}

// sentOf finds the sentence index of a mention, looking back from s.
func (st *docState) sentOf(m *ment, s *sent) int {
	for si := s.idx; si >= 0 && s.idx-si <= 4; si-- {
		for _, x := range st.sents[si].ments {
			if x == m {
				return si
			}
		}
	}
	return -1
}

// surnameActor is the one person of the document whose name ends in w.
func (st *docState) surnameActor(w string) *docActor {
	if len(w) < 3 {
		return nil
	}
	var found *docActor
	for _, a := range st.actors {
		if a.kind != eventgraph.KindPerson || !a.byName {
			continue
		}
		n := a.name
		if i := strings.LastIndexByte(n, ' '); i >= 0 {
			n = n[i+1:]
		} else {
			continue
		}
		if n == w {
			if found != nil && found != a {
				return nil
			}
			found = a
		}
	}
	return found
}

// quoteOpenedBefore: for a verb right after a closing quotation mark whose
// opening mark is not in this sentence, the earlier sentence (same
// paragraph, at most five back) where the quotation opened.
func (st *docState) quoteOpenedBefore(s *sent, c lexHit) *sent {
	toks := s.toks
	if c.i == 0 || !(isQuoteClose(toks[c.i-1]) || c.i > 1 && isQuoteClose(toks[c.i-2])) {
		return nil
	}
	end := c.i - 1
	if !isQuoteClose(toks[end]) {
		end--
	}
	for i := 0; i < end; i++ {
		if isQuoteMark(toks[i].Text) {
			return nil
		}
	}
	for k := s.idx - 1; k >= 0 && s.idx-k <= 5; k-- {
		p := st.sents[k]
		if p.Para != s.Para {
			return nil
		}
		lastMark := ""
		for _, t := range p.toks {
			if t.Text == "\u201c" || t.Text == "\u201d" || t.Text == "\"" {
				lastMark = t.Text
			}
		}
		switch lastMark {
		case "":
			continue
		case "\u201c":
			return p
		case "\"":
			// a straight mark opens when the sentence starts with it
			if opensQuote(p.toks[0]) && countMarks(p) == 1 {
				return p
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

func countMarks(s *sent) int {
	n := 0
	for _, t := range s.toks {
		if t.Text == "\"" || t.Text == "\u201c" || t.Text == "\u201d" {
			n++
		}
	}
	return n
}

// claimText is what was said: a quotation next to the verb, else the words
// after the verb (without "that"), else the quotation before it, else the
// words before an attribution at the end ("..., Chaudhry said."). It also
// returns the token span of the content.
func (st *docState) claimText(s *sent, c lexHit) (string, int, int) {
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
			return s.Text[:toks[end].Start-s.Start], 0, end
		}
		return s.Text[toks[start].End-s.Start : toks[end].Start-s.Start], start + 1, end
	}
	k := st.contentStart(s, c.j)
	if st.onlyPreamble(s, k) {
		// "..., Human Rights Watch said in a report on Wednesday.": no
		// words after the verb; they are the clause before
		k = len(toks)
	}
	// "..., says Commissioner Irungu Macharia.": the words before
	inverted := c.i > 1 && toks[c.i-1].Text == "," && !objectVerb(toks[c.i].Lower) && st.speakerAfter(s, c.j, false) != nil
	if inverted && !s.quote[c.i-2] {
		return tokSpan(s, 0, c.i-1), 0, c.i - 1
	}
	if k >= len(toks) || len(toks)-k <= 3 && !s.quote[k] {
		// "..., Dujarric told reporters.": the words are the quotation
		// elsewhere in the sentence
		if q, i, j := quoteSpan(s); q != "" {
			return q, i, j
		}
		// "In the last 15 months, 1,250 terrorists were killed, Chaudhry
		// said.": the words before the attribution
		if a := st.attributionStart(s, c.i); a > 1 && toks[a-1].Text == "," {
			return tokSpan(s, 0, a-1), 0, a - 1
		}
		if k >= len(toks) {
			return "", k, k
		}
	}
	// "..., which, Bugti said, largely explained ...": a parenthetical
	// attribution; the words are the sentence around it
	if c.j+1 < len(toks) && toks[c.j].Text == "," && !s.quote[c.j] && !isQuoteMark(toks[c.j+1].Text) && !strings.HasSuffix(toks[c.i].Lower, "ing") {
		if a := st.attributionStart(s, c.i); a > 1 && a < c.i && toks[a-1].Text == "," {
			return tokSpan(s, 0, a-1) + " " + tokSpan(s, c.j+1, len(toks)), 0, len(toks)
		}
	}
	// “quote” right after the verb
	if toks[k].Text == "\u201c" || toks[k].Text == "\"" {
		end := k + 1
		for end < len(toks) && !isQuoteClose(toks[end]) {
			end++
		}
		if end < len(toks) {
			return s.Text[toks[k].End-s.Start : toks[end].Start-s.Start], k + 1, end
		}
	}
	end := st.contentEnd(s, k)
	return tokSpan(s, k, end), k, end
}

// contentStart skips what follows a speech verb before the reported words:
// "that", "reporters", a day, "in a statement", "the claim that".
func (st *docState) contentStart(s *sent, k int) int {
	toks := s.toks
	for k < len(toks) && (toks[k].Lower == "that" || toks[k].Text == "," || toks[k].Text == ":" || toks[k].Lower == "reporters" || toks[k].Lower == "journalists") {
		k++
	}
	// "said Friday that", "told the BBC that", "reiterated the claim that"
	for i := k; i < len(toks) && i < k+7; i++ {
		t := toks[i]
		if t.Lower == "that" {
			if i > k {
				return i + 1
			}
			break
		}
		if !(t.Cap || t.Num || t.Text == "," || st.d.gram.is(t, gWeekday|gMonth|gDet) || preambleWord(t.Lower)) || isQuoteMark(t.Text) {
			break
		}
	}
	return k
}

// onlyPreamble: from k to the end of the sentence stand only the words
// of when and where something was said ("in a report on Wednesday").
func (st *docState) onlyPreamble(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	for i := k; i < len(s.toks); i++ {
		t := s.toks[i]
		if i == len(s.toks)-1 && t.Punct {
			break
		}
		if !(t.Num || st.d.gram.is(t, gWeekday|gMonth|gDet) || preambleWord(t.Lower)) || isQuoteMark(t.Text) {
			return false
		}
	}
	return true
}

func preambleWord(w string) bool {
	switch w {
	case "on", "in", "at", "a", "statement", "reporters", "journalists", "media", "press", "the", "'s", "stance", "position",
		"view", "claim", "claims", "allegation", "allegations", "assertion", "belief", "accusation", "charge", "assessment",
		"however", "also", "earlier", "late", "early", "last", "week", "today", "yesterday", "tonight", "morning",
		"afternoon", "evening", "night", "briefing", "news", "conference", "interview", "post", "video", "message", "with",
		"report", "its", "their", "his", "her", "televised", "address", "speech", "online", "published":
		return true
	}
	return false
}

// contentEnd: reported words end before a coordinated speech verb ("...,
// and demanded that ...", "..., proclaiming, “...”"), which makes a claim
// of its own.
func (st *docState) contentEnd(s *sent, k int) int {
	toks := s.toks
	for _, c := range s.cues {
		if c.i <= k+1 || st.d.cues[c.idx].kind != "speech" || s.quote[c.i] {
			continue
		}
		p := toks[c.i-1].Lower
		lv := toks[c.i].Lower
		if p == "and" || p == "," && strings.HasSuffix(lv, "ing") {
			e := c.i - 1
			for e > k && (toks[e].Lower == "and" || toks[e].Text == ",") {
				e--
			}
			return e + 1
		}
	}
	return len(toks)
}

// attributionStart: where the attribution around the verb at k begins
// ("Chaudhry said", "the chief minister said", "he said").
func (st *docState) attributionStart(s *sent, k int) int {
	a := k
	for a > 0 {
		p := a - 1
		if idx := s.at[p]; idx >= 0 {
			a = s.ments[idx].i
			continue
		}
		t := s.toks[p]
		if t.Punct || isQuoteMark(t.Text) {
			break
		}
		if st.d.gram.is(t, gPron|gDet) || adverbBeforeVerb(t.Lower) || t.Cap || k-p <= 4 && !st.d.gram.is(t, gPrep|gBe) {
			a = p
			continue
		}
		break
	}
	return a
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
		// "called in an air strike", "called off the talks": a phrasal verb
		if w := toks[c.i].Lower; c.j == c.i+1 && (w == "called" || w == "calls" || w == "call" || w == "calling") && (next == "in" || next == "off" || next == "up") {
			return false
		}
		w := strings.ToLower(toks[c.j-1].Text)
		if (next == "a" || next == "an") && w != "said" && w != "says" && w != "told" && w != "say" && w != "reported" && w != "reports" && !st.clauseAfter(s, c.j+1) {
			return false
		}
	}
	// "Israeli claims of a misfired rocket", "Iran's claims": a noun
	if w := toks[c.i].Lower; c.j == c.i+1 && (w == "claims" || w == "claim") {
		if c.j < len(toks) && toks[c.j].Lower == "of" {
			return false
		}
		if c.i > 0 && (toks[c.i-1].Lower == "'s" || toks[c.i-1].Lower == "'" || s.at[c.i-1] >= 0 && s.ments[s.at[c.i-1]].demonym) {
			return false
		}
	}
	return true
}

// clauseAfter: a noun phrase from k is the subject of a finite verb
// ("confirmed an unidentified object had breached its airspace"), so the
// speech verb before it reports a statement, not a thing ("confirmed a
// deal").
func (st *docState) clauseAfter(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i < k+6; i++ {
		t := s.toks[i]
		if t.Punct || st.d.gram.is(t, gPrep) {
			return false
		}
		switch t.Lower {
		case "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did":
			return i > k
		}
	}
	return false
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

// quoteSpan returns the first quotation of a sentence and its token span.
func quoteSpan(s *sent) (string, int, int) {
	start := -1
	for i, t := range s.toks {
		if (t.Text == "\u201c" || t.Text == "\"") && start < 0 {
			start = i
			continue
		}
		if start >= 0 && isQuoteClose(t) && i > start+1 {
			return s.Text[s.toks[start].End-s.Start : t.Start-s.Start], start + 1, i
		}
	}
	return "", 0, 0
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
		for k := c.sent.idx; k >= 0 && st.sents[k].End > c.Start; k-- {
			if _, ok := claimed[k]; !ok {
				claimed[k] = c
			}
		}
	}
	for i := 0; i < len(st.sents); i++ {
		s := st.sents[i]
		// `But “...”`: a conjunction may stand before the opening mark
		if _, ok := claimed[i]; ok || len(s.toks) == 0 || !opensQuote(s.toks[0]) && !(len(s.toks) > 1 && opensQuote(s.toks[1]) && (s.toks[0].Lower == "but" || s.toks[0].Lower == "and")) {
			continue
		}
		// the quotation runs to the sentence that has its closing mark
		j := i
		for j < len(st.sents) && j-i < 6 && !hasClose(st.sents[j], j == i) {
			j++
		}
		if j < len(st.sents) && j-i < 6 && !closesQuote(st.sents[j]) {
			continue // closed mid-sentence: "...,” said X" attributes it there
		}
		if j == len(st.sents) || j-i >= 6 {
			continue
		}
		if _, ok := claimed[j]; ok && j != i {
			continue // "..." he said: the closing sentence has its claim already
		}
		var by *claimOut
		// a quotation right after a quoted statement continues it
		if c, ok := claimed[i-1]; ok && i > 0 && st.sents[i-1].Para == s.Para && countMarks(st.sents[i-1]) > 0 {
			by = c
		}
		if c, ok := claimed[j+1]; ok && by == nil && j+1 < len(st.sents) && st.sents[j+1].Para == s.Para {
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

// hasClose: the sentence holds a closing quotation mark (after its first
// token when the sentence opens the quotation).
func hasClose(s *sent, first bool) bool {
	for k, t := range s.toks {
		if t.Text == "\u201d" || t.Text == "\"" && (k > 0 || !first) {
			if k == 0 && first {
				continue
			}
			return true
		}
	}
	return false
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
