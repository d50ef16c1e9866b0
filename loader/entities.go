package loader

import (
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph"
)

// findMentions marks actor, demonym, place and title mentions in a
// sentence: dictionary names first (longest match), then per-document
// aliases, then capitalised names the dictionary does not know.
func (st *docState) findMentions(s *sent) {
	var refs []int32
	toks, keys := s.toks, s.keys
	for i := 0; i < len(toks); {
		var n int
		refs, n = st.d.names.match(toks, keys, i, refs)
		if n > 1 && toks[i].Lower == "the" {
			// "the Gulf of Aden": a longer name after the article wins
			// over an alias that starts with it ("the Gulf")
			if _, n2 := st.d.names.match(toks, keys, i+1, nil); 1+n2 > n {
				i++
				continue
			}
		}
		if n == 0 {
			if a := st.aliases[keys[i]]; a != nil && toks[i].Cap {
				st.addMention(s, &ment{i: i, j: i + 1, actor: a})
				i++
				continue
			}
			i++
			continue
		}
		m := &ment{i: i, j: i + n}
		for _, r := range refs {
			switch refTag(r) {
			case refActor:
				if m.actor == nil {
					m.actor = st.actorFor(refIdx(r))
				}
			case refDemonym:
				if m.actor == nil {
					m.actor = st.actorFor(refIdx(r))
					m.demonym = true
				}
			case refPlace:
				if m.place == nil {
					m.place = st.narrowPlace(st.placeFor(refIdx(r)))
				}
			case refTitle:
				m.title = true
			}
		}
		// a lone place name at the start of a sentence that is also a
		// common word ("Deal", "Police") is not a place; the gazetteer's
		// stopwords handle most, this guards single small towns
		if m.place != nil && m.actor == nil && n == 1 && i == 0 && m.place.e.Kind == "town" && !st.isCapElsewhere(toks[i].Text) {
			m.place = nil
		}
		// "Andrew Kirkwood", "Shlomi Ziv": a capitalised word next to a
		// one-word town makes a personal name; findNames reads it whole. A
		// person the document already named wins over a town of that name.
		if m.place != nil && m.actor == nil && n == 1 && (m.place.e.Kind == "town" || m.place.e.Kind == "city") {
			if a := st.aliases[keys[i]]; a != nil {
				m.place, m.actor = nil, a
			} else if i > 0 && nameWord(st, s, i-1) || i+1 < len(toks) && nameWord(st, s, i+1) && m.place.e.Kind == "town" {
				m.place = nil
			}
		}
		// a group or a person that shares a town's name ("Fano") is the actor
		if m.actor != nil && m.place != nil && m.actor.kind != KindState && (m.place.e.Kind == "town" || m.place.e.Kind == "city") {
			m.place = nil
		}
		if st.countryQualifier(s, m) {
			// "in Marawi, Philippines": the country after a place in it
			// says where that place is; it names no actor
			m.actor, m.demonym = nil, false
			m.place.qual = true
		}
		if m.actor != nil || m.place != nil || m.title {
			st.addMention(s, m)
		}
		i += n
	}
	st.findComposites(s)
	st.findNames(s)
	var prev *ment
	prevLoc := false
	for _, m := range s.ments {
		if m.actor != nil && !m.demonym && !m.title {
			m.actor.byName = true
			m.actor.mentions++
			// a known person named in full goes by the surname later on
			// ("Lieutenant General Ahmed Sharif Chaudhry ... Chaudhry said")
			if m.actor.kind == eventgraph.KindPerson && m.actor.entry >= 0 && m.j-m.i >= 2 {
				last := s.toks[m.j-1]
				if k := keyOf(last.Lower); last.Cap && !last.Punct && st.d.gram.words[last.Lower] == 0 && st.aliases[k] == nil {
					st.aliases[k] = m.actor
				}
			}
			loc := st.locative(s, m, prev, prevLoc)
			if !loc {
				m.actor.actorMents++
			}
			prev, prevLoc = m, loc
			m.actor.addAlias(spanText(s, m.i, m.j))
			if m.actor.ev == nil {
				m.actor.ev = st.evidence(s)
			}
		}
		if m.place != nil {
			if m.place.ev == nil {
				m.place.ev = st.evidence(s)
			}
			if f := spanText(s, m.i, m.j); f != m.place.e.Name && !containsFold(m.place.forms, f) {
				m.place.forms = append(m.place.forms, f)
			}
		}
	}
	// after the forms above: "the territory" is no spelling of Israel
	st.placeAnaphora(s)
}

// placeAnaphora reads "the territory", "the country", "the city" as the
// latest place of that kind named before ("militants infiltrated the
// territory"); "the territory of X" names its own.
func (st *docState) placeAnaphora(s *sent) {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].Lower != "the" || s.at[i+1] >= 0 {
			continue
		}
		if i+2 < len(s.toks) && (s.toks[i+2].Lower == "of" || s.at[i+2] >= 0 || s.toks[i+2].Lower == "'s") {
			continue
		}
		head := s.toks[i+1].Lower
		var p *docPlace
		if len(head) >= 4 && !s.toks[i+1].Cap {
			// "the camp", "the hospital": the latest place whose name ends so
			p = st.recentPlace(s, i, 3, false, func(p *docPlace) bool {
				return strings.HasSuffix(strings.ToLower(p.e.Name), " "+head)
			})
		}
		if p == nil {
			switch head {
			case "territory", "country":
				p = st.recentPlace(s, i, 2, true, func(p *docPlace) bool { return p.e.Kind == "country" })
			case "city", "town":
				p = st.recentPlace(s, i, 2, true, func(p *docPlace) bool { return p.e.Kind == "city" || p.e.Kind == "town" })
			}
		}
		if p != nil {
			st.addMention(s, &ment{i: i, j: i + 2, place: p})
		}
	}
}

// recentPlace is the latest place named before token k, in this sentence
// or the back sentences before it, that ok accepts; with states, a state's
// name stands for its country.
func (st *docState) recentPlace(s *sent, k, back int, states bool, ok func(*docPlace) bool) *docPlace {
	for si := s.idx; si >= 0 && s.idx-si <= back; si-- {
		ss := st.sents[si]
		for mi := len(ss.ments) - 1; mi >= 0; mi-- {
			m := ss.ments[mi]
			if si == s.idx && m.i >= k || acrossBorder(ss, m) {
				// a neighbour across a border is not the country told of
				continue
			}
			p := m.place
			if p == nil && states && m.actor != nil && !m.demonym {
				p = st.countryPlace(m.actor)
			}
			if p != nil && ok(p) {
				return p
			}
		}
	}
	return nil
}

// isCapElsewhere: the word appears capitalised mid-sentence somewhere in the
// document, so it is a name.
func (st *docState) isCapElsewhere(w string) bool {
	return strings.Contains(st.doc.Text, " "+w+" ") || strings.Contains(st.doc.Text, " "+w+",") || strings.Contains(st.doc.Text, " "+w+".")
}

func (st *docState) addMention(s *sent, m *ment) {
	for k := m.i; k < m.j; k++ {
		if s.at[k] >= 0 {
			return
		}
	}
	idx := len(s.ments)
	s.ments = append(s.ments, m)
	for k := m.i; k < m.j; k++ {
		s.at[k] = idx
	}
}

func spanText(s *sent, i, j int) string {
	return s.Text[s.toks[i].Start-s.Start : s.toks[j-1].End-s.Start]
}

// nameParticles may sit inside a person's or group's name.
var nameParticles = map[string]bool{"al": true, "bin": true, "ibn": true, "de": true, "da": true, "van": true,
	"von": true, "der": true, "el": true, "la": true, "le": true, "of": true, "du": true, "dos": true, "ben": true}

// orgWords mark a capitalised span as an organisation or group.
var orgWords = map[string]string{
	"group": eventgraph.KindArmedGroup, "brigade": eventgraph.KindArmedGroup, "brigades": eventgraph.KindArmedGroup,
	"front": eventgraph.KindArmedGroup, "militia": eventgraph.KindArmedGroup, "army": eventgraph.KindArmedGroup,
	"movement": eventgraph.KindArmedGroup, "forces": eventgraph.KindMilitary, "force": eventgraph.KindMilitary,
	"battalion": eventgraph.KindArmedGroup, "legion": eventgraph.KindArmedGroup, "corps": eventgraph.KindMilitary,
	"ministry": eventgraph.KindGovernment, "council": eventgraph.KindOrganization, "committee": eventgraph.KindOrganization,
	"agency": eventgraph.KindOrganization, "organization": eventgraph.KindOrganization, "organisation": eventgraph.KindOrganization,
	"party": eventgraph.KindOrganization, "union": eventgraph.KindOrganization, "alliance": eventgraph.KindArmedGroup,
	"coalition": eventgraph.KindArmedGroup, "network": eventgraph.KindOrganization, "institute": eventgraph.KindOrganization,
	"office": eventgraph.KindGovernment, "department": eventgraph.KindGovernment, "court": eventgraph.KindOrganization,
	"commission": eventgraph.KindOrganization, "police": eventgraph.KindMilitary, "guard": eventgraph.KindMilitary,
	"center": eventgraph.KindOrganization, "centre": eventgraph.KindOrganization, "congress": eventgraph.KindOrganization,
	"foundation": eventgraph.KindOrganization, "university": eventgraph.KindOrganization, "bureau": eventgraph.KindGovernment,
	"directorate": eventgraph.KindGovernment, "society": eventgraph.KindOrganization, "division": eventgraph.KindMilitary, "regiment": eventgraph.KindMilitary,
}

// findNames turns capitalised spans that no dictionary knows into actor
// candidates: persons bound by a title ("Defense Minister Hulusi Akar"),
// an apposition ("Mesut Casin, a Turkish presidential adviser") or a
// speech verb; groups by an organisation word ("the Jenin Brigade").
func (st *docState) findNames(s *sent) {
	toks := s.toks
	g := &st.d.gram
	for i := 0; i < len(toks); {
		if s.at[i] >= 0 || !toks[i].Cap || toks[i].Num || g.is(toks[i], gWeekday|gMonth) {
			i++
			continue
		}
		j := i
		for j < len(toks) && s.at[j] < 0 && !toks[j].Punct && !g.is(toks[j], gWeekday|gMonth) &&
			(toks[j].Cap || nameParticles[toks[j].Lower] && j+1 < len(toks) && toks[j+1].Cap) {
			j++
		}
		if j == i {
			i++
			continue
		}
		// "the Law Society of Kenya": a particle before a name already
		// found ends the span
		for j > i+1 && nameParticles[toks[j-1].Lower] {
			j--
		}
		start := i
		// drop sentence-initial function words and common openers
		for start < j && start == 0 && (g.words[toks[start].Lower] != 0 || isOpener(toks[start].Lower)) {
			start++
		}
		// "Twenty-year-old Bilai Abdi": an age is no part of the name
		for start < j && strings.HasSuffix(toks[start].Lower, "-old") {
			start++
		}
		if start >= j {
			i = j
			continue
		}
		st.classifyName(s, start, j)
		i = j
	}
}

// accordingBefore: "according to" ends right before token i, or before a
// few lower-case words that say who the source is ("according to local
// resident ...", "according to a witness, ...").
func (st *docState) accordingBefore(s *sent, i int) bool {
	for _, c := range s.cues {
		if c.j > i || i-c.j > 3 || st.d.cues[c.idx].kind != "speech" || !strings.HasPrefix(strings.ToLower(spanText(s, c.i, c.j)), "according to") {
			continue
		}
		ok := true
		for k := c.j; k < i; k++ {
			if t := s.toks[k]; t.Cap || t.Punct || t.Num || s.at[k] >= 0 {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func isOpener(w string) bool {
	switch w {
	case "but", "and", "however", "meanwhile", "yet", "so", "still", "also", "later", "earlier", "now", "then",
		"while", "when", "if", "although", "though", "because", "since", "after", "before", "despite", "according",
		"overall", "separately", "elsewhere", "today", "yesterday", "tonight", "early", "late", "last", "next", "witnesses",
		"analysts", "officials", "experts", "observers", "critics", "residents", "sources", "reports", "images", "video",
		"footage", "satellite", "the", "a", "an", "in", "on", "at", "as", "it", "he", "she", "they", "we", "there", "this",
		"that", "these", "those", "his", "her", "their", "its", "our", "many", "some", "several", "most", "all", "both",
		"such", "other", "another", "one", "two", "three", "no", "not", "only", "even", "more", "less", "each", "every",
		"large", "small", "heavy", "new", "old", "former", "senior", "top", "key", "major", "minor", "recent", "previous":
		return true
	}
	return false
}

func (st *docState) classifyName(s *sent, i, j int) {
	toks := s.toks
	g := &st.d.gram
	text := spanText(s, i, j)
	// a single capitalised word at the start of a sentence is too often a
	// common word: only keep it when a title or apposition binds it
	titleBefore := i > 0 && s.at[i-1] >= 0 && s.ments[s.at[i-1]].title
	// "Guterres' spokesman, Stephane Dujarric, told": a title, a comma, a name
	titleComma := i > 1 && s.toks[i-1].Text == "," && s.at[i-2] >= 0 && s.ments[s.at[i-2]].title
	lastLower := toks[j-1].Lower
	kind := ""
	if k, ok := orgWords[lastLower]; ok {
		kind = k
	}
	for k := i; k < j && kind == ""; k++ {
		if kk, ok := orgWords[toks[k].Lower]; ok && k > i {
			kind = kk
		}
	}
	appos := j+1 < len(toks) && toks[j].Text == "," && st.appositionRole(s, j+1) != ""
	speech := j < len(toks) && (st.isSpeechAt(s, j) || toks[j].Text == "," && j+1 < len(toks) && st.isSpeechAt(s, j+1))
	saidBefore := (i > 0 && st.isSpeechAt(s, i-1) || st.accordingBefore(s, i)) && (j == len(toks) || toks[j].Punct)
	n := j - i
	switch {
	case kind != "":
		// "the Myanmar Police Force", "the Pakistan Air Force", "Carnegie
		// Russia Eurasia Center": a state's name right before a body's
		// belongs to it
		var state *docActor
		if i > 0 && s.at[i-1] >= 0 {
			if pm := s.ments[s.at[i-1]]; pm.j == i && !pm.demonym && !pm.title && pm.actor != nil && pm.actor.kind == KindState {
				x := s.at[i-1]
				ni := pm.i
				if ni > 1 && nameWord(st, s, ni-1) {
					ni--
				}
				state, i, n = pm.actor, ni, j-ni
				text = spanText(s, i, j)
				s.ments = append(s.ments[:x], s.ments[x+1:]...)
				sortMentions(s)
			}
		}
		// "the 6th Infantry Division": an ordinal opens a unit's name
		if state == nil && i > 0 && s.at[i-1] < 0 && ordinal(s.toks[i-1].Lower) {
			i, n = i-1, n+1
			text = spanText(s, i, j)
		}
		if n == 1 {
			return
		}
		a := st.newActor(text, kind)
		if kind == eventgraph.KindArmedGroup || kind == eventgraph.KindMilitary {
			a.kind = "unknown"
			if kind == eventgraph.KindArmedGroup {
				a.kind = eventgraph.KindArmedGroup
			}
		}
		if state != nil && a.entry < 0 && a.partOf == "" {
			if kind != eventgraph.KindArmedGroup && kind != eventgraph.KindOrganization {
				a.kind = kind
			}
			a.country, a.partOf = state.country, state.name
		}
		st.addMention(s, &ment{i: i, j: j, actor: a})
		sortMentions(s)
	case titleBefore || titleComma || appos || (speech || saidBefore) && n >= 2 && n <= 4:
		if n > 4 || (n == 1 && i == 0 && !titleBefore && !appos) {
			return
		}

		a := st.newActor(text, eventgraph.KindPerson)
		if titleBefore || titleComma {
			k := i - 1
			if !titleBefore {
				k = i - 2 // "Hamas spokesman, Ghazi Hamad"
			}
			tm := s.ments[s.at[k]]
			role := spanText(s, tm.i, tm.j)
			// "Israeli Prime Minister": the demonym before the title
			// "Hamas spokesman", "Guterres' spokesman": the body before it
			before := tm.i - 1
			if before > 0 && (s.toks[before].Lower == "'s" || isQuoteMark(s.toks[before].Text)) {
				before--
			}
			if before >= 0 && s.at[before] >= 0 {
				if dm := s.ments[s.at[before]]; dm.actor != nil {
					if dm.demonym {
						role = spanText(s, dm.i, tm.j)
					}
					if a.country == "" {
						a.country = dm.actor.country
					}
					if a.partOf == "" {
						a.partOf = dm.actor.name
					}
				}
			}
			if a.role == "" {
				a.role = role
			}
		}
		if appos {
			role, org := st.appositionRoleOrg(s, j+1)
			if a.role == "" {
				a.role = role
			}
			if org != nil && a.partOf == "" {
				a.partOf = org.name
				if a.country == "" {
					a.country = org.country
				}
			}
		}
		if n >= 2 && !g.is(toks[j-1], ^uint32(0)) {
			st.aliases[keyOf(toks[j-1].Lower)] = a
			a.addAlias(toks[j-1].Text)
		}
		st.addMention(s, &ment{i: i, j: j, actor: a})
	}
}

// appositionRole returns the role phrase after a name and comma when it
// contains a title ("Hamas spokesperson", "a senior fellow at ..."), else "".
func (st *docState) appositionRole(s *sent, k int) string {
	role, _ := st.appositionRoleOrg(s, k)
	return role
}

func (st *docState) appositionRoleOrg(s *sent, k int) (string, *docActor) {
	toks := s.toks
	end := k
	hasTitle := false
	var org *docActor
	for end < len(toks) && end-k < 10 {
		t := toks[end]
		if t.Punct && t.Text != "-" && t.Text != "'s" {
			break
		}
		if idx := s.at[end]; idx >= 0 {
			m := s.ments[idx]
			if m.title {
				hasTitle = true
			} else if m.actor != nil && org == nil {
				org = m.actor
			}
		}
		if st.isSpeechAt(s, end) {
			break
		}
		end++
	}
	if !hasTitle || end == k {
		return "", nil
	}
	from := k
	for from < end && (toks[from].Lower == "a" || toks[from].Lower == "an" || toks[from].Lower == "the") {
		from++
	}
	if from >= end {
		return "", nil
	}
	return spanText(s, from, end), org
}

// quoteSpeakerAfter: token k is inside a quotation that opens its
// sentence and the quote is followed by a body or group that speaks
// ("\"...,\" the army said", "\"...,\" said an RSF spokesman").
func (st *docState) quoteSpeakerAfter(s *sent, k int) *docActor {
	if len(s.toks) == 0 || !isQuoteMark(s.toks[0].Text) {
		return nil
	}
	end := -1
	for i := k + 1; i < len(s.toks); i++ {
		if isQuoteMark(s.toks[i].Text) {
			end = i
			break
		}
	}
	if end < 0 {
		return nil
	}
	speech := false
	var found *docActor
	for i := end + 1; i < len(s.toks) && i <= end+7; i++ {
		if st.isSpeechAt(s, i) {
			speech = true
		}
		if idx := s.at[i]; idx >= 0 && found == nil {
			if a := s.ments[idx].actor; a != nil && a.kind != eventgraph.KindPerson {
				found = a
			}
			i = s.ments[idx].j - 1
		}
		if clauseBound(s.toks[i]) {
			break
		}
	}
	if !speech {
		return nil
	}
	return found
}

// resolvePronoun maps he/she/they/it to the nearest earlier actor of the
// right sort: a person for he/she, a group or state for they/it. It looks
// back from token k of sentence s, then through earlier sentences.
func (st *docState) resolvePronoun(s *sent, k int, t Token) *docActor {
	var person bool
	switch t.Lower {
	case "he", "she", "him", "her", "his":
		person = true
	case "they", "it", "its", "their", "them", "we", "our":
	default:
		return nil
	}
	// "the Israeli military confirmed that they had ...": a pronoun that
	// opens a reported clause is its speaker
	if a := st.speakerBefore(s, k); a != nil && (a.kind == eventgraph.KindPerson) == person {
		return a
	} else if a != nil && !person && a.partOf != "" {
		// "Burhan's office said it was ready to fight": the body the
		// speaker leads, when the text names it
		for _, b := range st.actors {
			if b.name == a.partOf && b.mentions > 0 {
				return b
			}
		}
	}
	// "police said they had deployed reinforcements": the speakers are
	// people named by no actor, not the group told of before
	if !person && st.unnamedSpeakerBefore(s, k) {
		return nil
	}
	// "\"We struck the airport,\" an RSF spokesman said": the body that
	// speaks after the quote
	if t.Lower == "we" || t.Lower == "our" {
		if a := st.quoteSpeakerAfter(s, k); a != nil {
			return a
		}
	}
	// "The PDF said the strike was in retaliation for its capture of an
	// outpost": a possessive in a reported clause that names no one else
	// before it is the speaker's
	if t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" {
		for i := k - 1; i > 0; i-- {
			if idx := s.at[i]; idx >= 0 && s.ments[idx].actor != nil {
				break
			}
			if clauseBound(s.toks[i]) {
				break
			}
			if st.isSpeechAt(s, i) {
				// the speaker named right before the verb ("Russia's
				// defence ministry said its forces ...")
				for j := i - 1; j >= 0 && i-j <= 4 && !s.toks[j].Punct; j-- {
					if idx := s.at[j]; idx >= 0 {
						if a := s.ments[idx].actor; a != nil && (a.kind == eventgraph.KindPerson) == person {
							return a
						}
						break
					}
				}
				break
			}
		}
	}
	// "it"/"they": the agent of the latest event before the pronoun is the
	// most salient referent ("Iran struck ..., claiming that it had ...")
	if !person {
		pos := s.toks[k].Start
		for i := len(st.events) - 1; i >= 0; i-- {
			f := st.events[i]
			if f.dead || f.Start > pos || s.idx-f.sent.idx > 1 || len(f.agents) == 0 {
				continue
			}
			if f.trig != nil && f.sent == s && f.trig.i > k {
				continue
			}
			if a := f.agents[0]; a.kind != eventgraph.KindPerson {
				return a
			}
			break
		}
	}
	var found *docActor
	st.mentionsBefore(s, k, 3, func(m *ment) bool {
		if m.actor == nil || m.title {
			return false
		}
		isPerson := m.actor.kind == eventgraph.KindPerson
		if person == isPerson && (person || !m.demonym) {
			found = m.actor
			return true
		}
		return false
	})
	return found
}

// speakerBefore: the subject of a speech verb right before token k ("X
// said (that) k").
func (st *docState) speakerBefore(s *sent, k int) *docActor {
	c, ok := st.speechCueBefore(s, k)
	if !ok {
		return nil
	}
	if as := st.subject(s, c.i); len(as) == 1 {
		return as[0]
	}
	return nil
}

// unnamedSpeakerBefore: token k opens a clause reported by a plain noun of
// people who are no actor of the document ("police said they", "residents
// told reporters that they").
func (st *docState) unnamedSpeakerBefore(s *sent, k int) bool {
	c, ok := st.speechCueBefore(s, k)
	if !ok || c.i == 0 || len(st.subject(s, c.i)) > 0 || s.at[c.i-1] >= 0 {
		return false
	}
	return unnamedSpeakers[s.toks[c.i-1].Lower]
}

// speechCueBefore: the speech verb that ends right before token k, over
// "that" and the time of the statement ("said on Tuesday it had",
// "announced today that they").
func (st *docState) speechCueBefore(s *sent, k int) (lexHit, bool) {
	i := k - 1
	if i >= 0 && s.toks[i].Lower == "that" {
		i--
	}
	for n := 0; i > 0 && n < 4 && st.timeWord(s.toks[i]); n++ {
		i--
	}
	if i < 0 {
		return lexHit{}, false
	}
	for _, c := range s.cues {
		if c.j == i+1 && st.d.cues[c.idx].kind == "speech" {
			return c, true
		}
	}
	return lexHit{}, false
}

var unnamedSpeakers = map[string]bool{"police": true, "residents": true, "witnesses": true, "activists": true, "medics": true, "doctors": true, "paramedics": true, "villagers": true, "survivors": true, "rescuers": true, "locals": true, "journalists": true, "lawyers": true}

// timeWord: a word of a time phrase after a speech verb ("on Tuesday",
// "late last week", "today").
func (st *docState) timeWord(t Token) bool {
	switch t.Lower {
	case "on", "today", "yesterday", "tonight", "earlier", "later", "late", "last", "this", "week", "weekend", "month", "morning", "evening", "night", "afternoon":
		return true
	}
	return t.Num || st.d.gram.is(t, gWeekday|gMonth)
}

// roleReference resolves a title used without a name ("Israel's Defense
// Minister", "the Hamas spokesperson") to the person of the document whose
// role carries that title, of the same state or group when one is given.
func (st *docState) roleReference(s *sent, m *ment) *docActor {
	title := strings.ToLower(spanText(s, m.i, m.j))
	var owner *docActor
	if m.i > 0 {
		k := m.i - 1
		if s.toks[k].Lower == "'s" && k > 0 {
			k--
		}
		if idx := s.at[k]; idx >= 0 && s.ments[idx].actor != nil {
			owner = s.ments[idx].actor
		}
	}
	var found *docActor
	for _, a := range st.actors {
		if a.kind != eventgraph.KindPerson || !a.byName || !strings.Contains(strings.ToLower(a.role), title) {
			continue
		}
		if owner != nil && a.country != owner.country && a.partOf != owner.name {
			continue
		}
		if found != nil && found != a {
			return nil // ambiguous
		}
		found = a
	}
	return found
}

// findComposites turns a demonym or an "X-backed" modifier before a plural
// noun of people into an actor of its own: "Palestinian militants" (an
// armed group), "Israeli settlers" (civilians), "Iran-backed militias",
// "pro-Palestinian protesters". Soldiers of a state are its military
// where the dictionary knows it ("Sudanese soldiers").
func (st *docState) findComposites(s *sent) {
	g := &st.d.gram
	toks := s.toks
	for i := 0; i < len(toks)-1; i++ {
		var base *docActor
		start := i
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if !m.demonym || m.j >= len(toks) {
				i = m.j - 1
				continue
			}
			base, start, i = m.actor, m.i, m.j-1
		} else if prefix, ok := modifierPrefix(toks[i].Text); ok {
			base = st.lookupName(prefix)
		} else if st.pluralDemonym(s, i) {
			continue
		}
		if base == nil {
			continue
		}
		n := i + 1
		// "Irish nationalist guerrillas", "Afghan rebel leaders": one
		// descriptive word between the demonym and the plural noun
		armed := false
		if n+1 < len(toks) && s.at[n] < 0 && s.at[n+1] < 0 && !toks[n+1].Cap && peopleModifier[toks[n].Lower] != 0 && strings.HasSuffix(toks[n+1].Lower, "s") && g.is(toks[n+1], gForceNoun|gGroupNoun|gPersonNoun) {
			armed = peopleModifier[toks[n].Lower] == 2
			n++
		}
		// "Bosnian Serbs", "Iraqi Kurds": a people of another state
		people := !armed && n == i+1 && n < len(toks) && s.at[n] < 0 && toks[n].Cap && len(toks[n].Text) > 4 &&
			strings.HasSuffix(toks[n].Text, "s") && !strings.HasSuffix(toks[n].Text, "ss") && st.lookupDemonym(toks[n].Text[:len(toks[n].Text)-1]) != nil
		if n < len(toks) && warMachine(toks[n].Lower) {
			// "Ukrainian drones struck", "a purchase of Russian jets":
			// machines, not people; the demonym names their side
			continue
		}
		if !people && (n >= len(toks) || s.at[n] >= 0 || toks[n].Cap || !strings.HasSuffix(toks[n].Lower, "s") && !g.is(toks[n], gForceNoun) && !stateBody[toks[n].Lower]) {
			continue
		}
		// "Israeli intelligence officials": one more noun of the same kind
		if n+1 < len(toks) && s.at[n+1] < 0 && !toks[n+1].Cap && g.is(toks[n+1], gForceNoun|gPersonNoun) && strings.HasSuffix(toks[n+1].Lower, "s") {
			n++
		}
		var kind string
		switch {
		case people:
			kind = eventgraph.KindCivilians
		case armed:
			kind = eventgraph.KindArmedGroup
		case stateBody[toks[n].Lower]:
			kind = eventgraph.KindGovernment
		case g.is(toks[n], gForceNoun) && !g.is(toks[n], gGroupNoun) && !armedForce(toks[n].Lower):
			kind = eventgraph.KindGovernment
		case g.is(toks[n], gForceNoun) && !g.is(toks[n], gGroupNoun):
			kind = eventgraph.KindMilitary
		case g.is(toks[n], gGroupNoun):
			kind = eventgraph.KindArmedGroup
		case g.is(toks[n], gPersonNoun):
			kind = eventgraph.KindCivilians
		default:
			continue
		}
		var a *docActor
		modifier := strings.Contains(toks[i].Text, "-")
		if kind == eventgraph.KindMilitary && !modifier {
			if mil, ok := st.d.military[base.id]; ok {
				a = st.actorFor(mil)
			}
		}
		if a == nil {
			name := spanText(s, start, n+1)
			a = st.newActor(name, kind)
			if !modifier && a.country == "" {
				a.country = base.country
				a.partOf = base.name
			}
		}
		for k := start; k <= n; k++ {
			s.at[k] = -1
		}
		m := &ment{i: start, j: n + 1, actor: a}
		// replace the demonym mention in place, keeping order
		replaced := false
		for x, old := range s.ments {
			if old.i == start {
				s.ments[x] = m
				replaced = true
				for k := start; k <= n; k++ {
					s.at[k] = x
				}
			}
		}
		if !replaced {
			st.addMention(s, m)
			sortMentions(s)
		}
		i = n
	}
}

// peopleModifier lists the words that may stand between a demonym and a
// plural noun of people ("Irish nationalist guerrillas", "Tamil civilian
// refugees"); 2 marks a word that makes the people an armed group ("Afghan
// rebel leaders").
var peopleModifier = map[string]int{
	"nationalist": 2, "rebel": 2, "separatist": 2, "militia": 2, "insurgent": 2, "guerrilla": 2, "guerilla": 2, "jihadist": 2, "islamist": 2,
	"civilian": 1, "opposition": 1, "traditional": 1, "tribal": 1, "religious": 1, "community": 1, "student": 1, "government": 1,
	"military": 1, "army": 1, "security": 1, "police": 1, "intelligence": 1, "senior": 1, "local": 1, "paper": 1, "factory": 1, "border": 1,
}

// stateBody lists singular nouns of state bodies that a demonym makes an
// actor of its own: "the Azerbaijani parliament", "the Israeli cabinet".
var stateBody = map[string]bool{"parliament": true, "cabinet": true, "legislature": true, "senate": true}

// pluralDemonym reads a plural demonym as its country, as news uses it
// ("Thousands of Nigerians rallied", "three Americans were killed"), and
// "ethnic Albanians", "ethnic Turks" as a people of their own (they live
// elsewhere). The dictionary's own peoples ("Palestinians") come first.
func (st *docState) pluralDemonym(s *sent, i int) bool {
	tk := s.toks[i]
	if s.at[i] >= 0 || !tk.Cap || len(tk.Text) < 5 || !strings.HasSuffix(tk.Text, "s") || strings.HasSuffix(tk.Text, "ss") {
		return false
	}
	if i+1 < len(s.toks) && (s.toks[i+1].Cap || s.toks[i+1].Lower == "'s" || s.toks[i+1].Lower == "'") {
		return false
	}
	if i > 0 && s.at[i-1] >= 0 && s.ments[s.at[i-1]].demonym {
		return false // "Bosnian Serbs" are not Serbia
	}
	base := st.lookupDemonym(tk.Text[:len(tk.Text)-1])
	if base == nil || base.kind != eventgraph.KindState {
		return false
	}
	start, a := i, base
	if i > 0 && s.at[i-1] < 0 && s.toks[i-1].Lower == "ethnic" {
		start = i - 1
		a = st.newActor("ethnic "+tk.Text, eventgraph.KindCivilians)
		if a.country == "" {
			a.country = base.country
			a.partOf = base.name
		}
	}
	st.addMention(s, &ment{i: start, j: i + 1, actor: a})
	sortMentions(s)
	return true
}

// lookupDemonym resolves a word that is only a demonym in the dictionary.
func (st *docState) lookupDemonym(w string) *docActor {
	toks := Tokenize(w, 0)
	if len(toks) != 1 {
		return nil
	}
	refs, n := st.d.names.match(toks, []string{keyOf(toks[0].Lower)}, 0, nil)
	if n != 1 {
		return nil
	}
	for _, r := range refs {
		if refTag(r) == refActor || refTag(r) == refPlace {
			return nil
		}
	}
	for _, r := range refs {
		if refTag(r) == refDemonym {
			return st.actorFor(refIdx(r))
		}
	}
	return nil
}

// quantityOf: the "of" at b follows a head that only counts or parts the
// people after it ("Thousands of Nigerians", "Hundreds of Palestinians",
// "Leaders of the opposition coalition", "Members of the association"),
// so the name after it is the subject, not a prepositional object.
func quantityOf(s *sent, b int) bool {
	if s.toks[b].Lower != "of" || b < 1 {
		return false
	}
	switch s.toks[b-1].Lower {
	case "thousands", "hundreds", "dozens", "scores", "tens", "millions", "crowds", "leaders", "members", "representatives", "supporters":
		return b-1 == 0 || b-2 >= 0 && !s.toks[b-2].Cap && s.at[b-2] < 0 && (s.toks[b-2].Num || s.toks[b-2].Lower == "of" || s.toks[b-2].Lower == "the" || s.toks[b-2].Lower == "many" || s.toks[b-2].Lower == "several")
	}
	return false
}

// liftsBlockade: the object of an easing verb is a siege or blockade
// ("lifted its siege of the city", "eased a day-old blockade on Gaza").
func (st *docState) liftsBlockade(s *sent, th *trigHit) bool {
	for k := th.j; k < len(s.toks) && k <= th.j+3; k++ {
		if o := st.trigAt(s, k); o != nil {
			return o.t.Type == "COERCE" && o.t.Mode == "blockade"
		}
		if s.toks[k].Punct || s.at[k] >= 0 {
			return false
		}
	}
	return false
}

// envoyNouns are the people whose withdrawal reduces relations or
// international involvement rather than military presence.
var envoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomats": true, "diplomat": true,
	"inspectors": true, "observers": true, "monitors": true, "peacekeepers": true, "delegation": true,
	"delegates": true, "negotiators": true, "mediators": true, "embassy": true, "mission": true,
}

// withdrawsEnvoys: a withdrawal verb whose object is envoys, observers or
// peacekeepers ("withdrew its ambassador from Paris", "will pull out
// weapons inspectors").
func (st *docState) withdrawsEnvoys(s *sent, th *trigHit) bool {
	if !th.t.Verb || th.t.Mode != "withdrawal" {
		return false
	}
	g := &st.d.gram
	for k := th.j; k < len(s.toks) && k <= th.j+4; k++ {
		tk := s.toks[k]
		if envoyNouns[tk.Lower] {
			return true
		}
		if tk.Punct || tk.Cap || g.is(tk, gPrep) || s.at[k] >= 0 && !s.ments[s.at[k]].demonym {
			return false
		}
	}
	return false
}

// promisedGift: an aid noun whose giving verb is promised ("will provide
// 25,000 tons of food aid", "is ready to send humanitarian aid").
func (st *docState) promisedGift(s *sent, th *trigHit) bool {
	if th.t.Verb || th.t.Type != "AID" {
		return false
	}
	v := st.governingVerb(s, th.i)
	return v >= 0 && st.d.gram.is(s.toks[v], gGive) && st.cueBefore(s, &trigHit{i: v, j: v + 1}, "promise")
}

// restrictionNoun: a noun trigger naming a restriction that can be
// lifted (restrictions, a ban, a curfew, sanctions, a blockade).
func restrictionNoun(th *trigHit) bool {
	return !th.t.Verb && (th.t.Type == "COERCE" && (th.t.Mode == "restriction" || th.t.Mode == "ban" || th.t.Mode == "blockade") || th.t.Type == "SANCTION" && th.t.Mode == "sanctions")
}

// cancelsRestriction: the object of "cancelled" is such a restriction.
func (st *docState) cancelsRestriction(s *sent, th *trigHit) bool {
	for k := th.j; k < len(s.toks) && k <= th.j+3; k++ {
		if o := st.trigAt(s, k); o != nil {
			return restrictionNoun(o) || o.alt != nil && restrictionNoun(&trigHit{t: o.alt})
		}
		if s.toks[k].Punct || s.at[k] >= 0 {
			return false
		}
	}
	return false
}

// passageNouns name ways people or goods pass.
var passageNouns = map[string]bool{
	"road": true, "roads": true, "street": true, "streets": true, "highway": true, "highways": true, "bridge": true,
	"bridges": true, "traffic": true, "transport": true, "railway": true, "railways": true, "rail": true, "route": true,
	"routes": true, "motorway": true, "crossing": true, "crossings": true, "junction": true, "roadway": true,
}

// blocksPassage: the object of a blocking verb is a road, bridge or
// traffic ("blocked the Europe Bridge", "blocked transport into the city").
func (st *docState) blocksPassage(s *sent, th *trigHit) bool {
	for k := th.j; k < len(s.toks) && k <= th.j+4; k++ {
		tk := s.toks[k]
		if passageNouns[tk.Lower] {
			return true
		}
		if tk.Punct || st.d.gram.is(tk, gPrep) {
			return false
		}
	}
	return false
}

// peacekeepersAfter: peacekeepers are what is deployed ("deployed 3,000
// peacekeepers", "the deployment of NATO peacekeeping troops").
func peacekeepersAfter(s *sent, th *trigHit) bool {
	for k := th.j; k < len(s.toks) && k <= th.j+5; k++ {
		w := s.toks[k].Lower
		if w == "peacekeepers" || w == "peacekeeping" || w == "peace-keeping" || w == "peace-keepers" {
			return true
		}
		if s.toks[k].Punct || w == "to" || w == "in" || w == "into" {
			return false
		}
	}
	return false
}

// modifierPrefix reads "Iran-backed", "Hamas-led", "pro-Russian".
func modifierPrefix(w string) (string, bool) {
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "pro-") && len(w) > 4 {
		return w[4:], true
	}
	for _, suf := range []string{"-backed", "-led", "-aligned", "-allied", "-affiliated", "-linked", "-supported", "-run", "-controlled"} {
		if strings.HasSuffix(lw, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return "", false
}

func sortMentions(s *sent) {
	sort.SliceStable(s.ments, func(a, b int) bool { return s.ments[a].i < s.ments[b].i })
	for k := range s.at {
		s.at[k] = -1
	}
	for x, m := range s.ments {
		for k := m.i; k < m.j; k++ {
			s.at[k] = x
		}
	}
}

// peopleAt reads a plain noun phrase of people at k ("eight anti-coup
// demonstrators", "at least 12 civilians", "passengers") and returns it as
// an actor of kind civilians named by its words, without numbers. Armed
// men ("militants", "soldiers") are not civilians and are left out.
func (st *docState) peopleAt(s *sent, k int) *docActor {
	g := &st.d.gram
	start := -1
	afterConj := false
	for i := k; i < len(s.toks) && i < k+6; i++ {
		tk := s.toks[i]
		if s.at[i] >= 0 || tk.Punct && tk.Text != "-" {
			return nil
		}
		// "burned and raided villages and murdered villagers", "and
		// slaughtering civilians": a conjunction and a verb start the
		// phrase afresh
		if tk.Lower == "and" || tk.Lower == "or" {
			start, afterConj = -1, true
			continue
		}
		if strings.HasSuffix(tk.Lower, "ing") || afterConj && strings.HasSuffix(tk.Lower, "ed") {
			start, afterConj = -1, false
			continue
		}
		afterConj = false
		if g.is(tk, gPersonNoun) && strings.HasSuffix(tk.Lower, "s") && !g.is(tk, gGroupNoun|gForceNoun) {
			if start < 0 {
				start = i
			}
			return st.newActor(spanText(s, start, i+1), eventgraph.KindCivilians)
		}
		if tk.Num || g.is(tk, gDet|gNum) || tk.Lower == "at" || tk.Lower == "least" || tk.Lower == "more" || tk.Lower == "than" || tk.Lower == "some" || tk.Lower == "about" || tk.Lower == "nearly" || tk.Lower == "over" {
			if start >= 0 {
				return nil
			}
			continue
		}
		if g.words[tk.Lower]&(gPrep|gBe|gRel|gPron) != 0 || tk.Cap {
			return nil
		}
		if start < 0 {
			start = i
		}
	}
	return nil
}

// nameWord: token k is a capitalised word no dictionary knows, so it can
// be part of a personal name.
func nameWord(st *docState, s *sent, k int) bool {
	p := s.toks[k]
	return p.Cap && !p.Upper && !p.Punct && s.at[k] < 0 && st.d.gram.words[p.Lower] == 0 && !isOpener(p.Lower) && k > 0
}

// armedForce: nouns for a state's armed forces, which the dictionary maps
// to that state's military ("Sudanese soldiers").
func armedForce(w string) bool {
	switch w {
	case "troops", "soldiers", "forces", "army", "military", "marines", "commandos", "paramilitaries", "special forces":
		return true
	}
	return false
}

// warMachine: plural nouns of weapons platforms that the force-noun class
// lists for "X jets bombed", which are no actor of their own.
func warMachine(w string) bool {
	switch w {
	case "jets", "warplanes", "aircraft", "drones", "helicopters", "gunships", "tanks", "warships", "ships", "missiles", "rockets":
		return true
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// locative: the mention names a territory rather than an actor: it follows
// a preposition of place ("in Lebanon", "across Syria", "the people of
// Uganda", "the border with Somalia"), a place and a comma ("Beirut,
// Lebanon"), or is listed after such a mention ("within Iraq and Syria").
func (st *docState) locative(s *sent, m, prev *ment, prevLoc bool) bool {
	k := m.i - 1
	for k >= 0 && (s.toks[k].Lower == "the" || directionWord(s.toks[k].Lower)) {
		k--
	}
	if k < 0 {
		return false
	}
	t := s.toks[k]
	switch {
	case st.d.gram.words[t.Lower]&(gPrepLoc|gPrepInto|gPrepFrom|gPrepOf) != 0:
		return true
	case t.Lower == "with" && k > 0:
		switch s.toks[k-1].Lower {
		case "border", "borders", "boundary", "frontier":
			return true
		}
	case t.Text == "," && k > 0 && s.at[k-1] >= 0:
		if pm := s.ments[s.at[k-1]]; pm.place != nil && pm.actor == nil {
			return true
		}
	}
	if prev != nil && prevLoc && prev.j <= k {
		for x := prev.j; x <= k; x++ {
			if w := s.toks[x].Lower; w != "," && w != "and" && w != "or" && w != "the" {
				return false
			}
		}
		return true
	}
	return false
}

// narrowPlace: a name that spans borders ("Kurdistan") said after the
// story named a place of one country that starts with it ("Iraq's
// Kurdistan Region") is that place.
func (st *docState) narrowPlace(p *docPlace) *docPlace {
	if p.e.Country != "" {
		return p
	}
	for _, q := range st.places {
		if q != p && q.ev != nil && q.e.Country != "" && strings.HasPrefix(q.e.Name, p.e.Name+" ") {
			return q
		}
	}
	return p
}

// countryQualifier: m is a country named right after a place inside it
// and a comma ("Kerman, Iran, was attacked", "in Lamu County, Kenya in
// January"), not the country acting ("Beirut, Lebanon's army said").
func (st *docState) countryQualifier(s *sent, m *ment) bool {
	if m.place == nil || m.place.e.Kind != "country" || m.i < 2 || s.toks[m.i-1].Text != "," {
		return false
	}
	idx := s.at[m.i-2]
	if idx < 0 {
		return false
	}
	pm := s.ments[idx]
	if pm.place == nil || pm.actor != nil || pm.place.e.Kind == "country" || pm.place.e.Country != m.place.e.Country {
		return false
	}
	if m.j == len(s.toks) {
		return true
	}
	next := s.toks[m.j]
	switch {
	case next.Lower == "'s" || next.Lower == "’s":
		return false
	case next.Punct, next.Lower == "and", next.Lower == "on", next.Lower == "in", next.Lower == "at", next.Lower == "last", next.Lower == "this":
		return true
	}
	return st.d.gram.is(next, gMonth|gWeekday)
}

func directionWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// listedWithParticipant: actors named in one list with an actor that takes part in
// an event or a claim ("Israel, the United States, France, the United
// Kingdom, and Canada said"; "a raid by Yamam, the Shin Bet and the IDF").
// A list of territories ("strikes in Iraq and Syria") does not count.
func (st *docState) listedWithParticipant() map[*docActor]bool {
	out := map[*docActor]bool{}
	var run []*docActor
	flush := func() {
		used := false
		for _, a := range run {
			used = used || a.used
		}
		if used && len(run) > 1 {
			for _, a := range run {
				out[a] = true
			}
		}
		run = run[:0]
	}
	for _, s := range st.sents {
		var prev *ment
		prevLoc := false
		for _, m := range s.ments {
			if m.actor == nil || m.demonym || m.title {
				continue
			}
			loc := st.locative(s, m, prev, prevLoc)
			// persons and possessives ("Nigeria's defense minister") are
			// no members of a list of participants
			if m.actor.kind == eventgraph.KindPerson || m.j < len(s.toks) && s.toks[m.j].Lower == "'s" {
				flush()
				prev, prevLoc = nil, false
				continue
			}
			joined := prev != nil && prev.j < m.i
			if joined {
				for x := prev.j; x < m.i; x++ {
					if w := s.toks[x].Lower; w != "," && w != "and" && w != "or" && w != "the" {
						joined = false
						break
					}
				}
			}
			if !joined {
				flush()
				k := m.i - 1
				if k >= 0 && s.toks[k].Lower == "the" {
					k--
				}
				// a list of participants opens the clause or follows "by";
				// "compare Russia and Iraq" lists topics
				if k >= 0 && s.toks[k].Text != "," && s.toks[k].Lower != "by" {
					loc = true
				}
			}
			if !loc {
				run = append(run, m.actor)
			}
			prev, prevLoc = m, loc
		}
		flush()
	}
	return out
}

// genericPeople: a group of people named by a word that says nothing of who
// they are ("victims", "other individuals", "people"): no actor of its own.
func genericPeople(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "people", "individuals", "persons", "others", "victims", "members", "casualties":
	default:
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "other", "more", "many", "several", "numerous", "innocent", "ordinary":
		default:
			return false
		}
	}
	return true
}

// ordinal: "6th", "1st", "22nd", "3rd".
func ordinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	switch w[d:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
