package loader

import (
	"strings"

	"github.com/eventgraph/eventgraph"
)

// findLexicon marks trigger, weapon and cue phrases in a sentence.
func (st *docState) findLexicon(s *sent) {
	var refs []int32
	for i := 0; i < len(s.toks); {
		var n int
		refs, n = st.d.lexicon.match(s.toks, s.keys, i, refs)
		if n == 0 {
			i++
			continue
		}
		var verbT, nounT *Trigger
		for _, r := range refs {
			idx := int(r & 0xffffff)
			switch int(r >> 24) {
			case lexTrigger:
				t := &st.d.Triggers[idx]
				if t.Verb && verbT == nil {
					verbT = t
				} else if !t.Verb && nounT == nil {
					nounT = t
				}
			case lexWeapon:
				s.weap = append(s.weap, lexHit{i: i, j: i + n, idx: idx})
			case lexCue:
				s.cues = append(s.cues, lexHit{i: i, j: i + n, idx: idx})
			}
		}
		if t := st.choosePOS(s, i, n, verbT, nounT); t != nil {
			s.trigs = append(s.trigs, &trigHit{i: i, j: i + n, t: t})
		}
		i += n
	}
}

// inName: the span lies inside an actor or place name ("Islamic Resistance").
func inName(s *sent, i, n int) bool {
	for k := i; k < i+n; k++ {
		if idx := s.at[k]; idx >= 0 && !s.ments[idx].title {
			return true
		}
	}
	return false
}

// choosePOS picks the verb or the noun reading of a trigger word from its
// left neighbour.
func (st *docState) choosePOS(s *sent, i, n int, verbT, nounT *Trigger) *Trigger {
	if verbT == nil || nounT == nil {
		if verbT != nil {
			return verbT
		}
		return nounT
	}
	g := &st.d.gram
	w := s.toks[i+n-1].Lower
	if i > 0 {
		p := s.toks[i-1]
		switch {
		case p.Lower == "'s" || g.is(p, gDet) || p.Num:
			return nounT
		case s.at[i-1] >= 0 && s.ments[s.at[i-1]].demonym:
			return nounT
		case s.at[i-1] >= 0 && s.ments[s.at[i-1]].actor != nil:
			return verbT
		case g.is(p, gBe|gPron|gRel) || p.Lower == "to" || p.Lower == "had" || p.Lower == "has" || p.Lower == "have" || p.Lower == "will":
			return verbT
		case g.is(p, gPrep):
			if strings.HasSuffix(w, "ing") {
				return verbT
			}
			return nounT
		}
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return verbT
	}
	return nounT
}

// buildEvents turns the triggers of a sentence into event frames.
func (st *docState) buildEvents(s *sent) {
	for _, th := range s.trigs {
		if st.blocked(s, th) || st.isRelationCue(s, th) {
			continue
		}
		promised := st.promised(s, th)
		f := st.frameFor(s, th)
		if f == nil {
			continue
		}
		if promised != "" {
			f.Type = promised
		}
		th.ev = f
		st.inheritAgent(f)
		st.events = append(st.events, f)
	}
	st.responsibility(s)
	st.fatalities(s)
}

// inheritAgent gives an agentless event the agent of the report just
// before it ("Hamas launched an offensive. ... a barrage of rockets fired
// from Gaza"), when the two are of one type and do not contradict: the
// earlier agent is not this event's target.
func (st *docState) inheritAgent(f *frame) {
	if len(f.agents) > 0 {
		return
	}
	// "The Hamas-led attack involved a barrage of rockets", "During this
	// attack, ... were killed": an earlier event this sentence names again
	// is the one it goes on to tell
	if s := f.sent; f.trig != nil {
		for _, th := range s.trigs {
			p := th.ev.live()
			if p == nil || p == f || p.sent == s || p.Type != f.Type || len(p.agents) == 0 || th.j > f.trig.i || overlapActors(p.agents, f.targets) {
				continue
			}
			cue, be := false, false
			for k := th.j; k < f.trig.i; k++ {
				cue = cue || st.cueAt(s, k, "retaliation")
				be = be || st.d.gram.is(s.toks[k], gBe)
			}
			if cue {
				continue // "the rebellion was a response to an attack"
			}
			f.agents = append(f.agents, p.agents...)
			if be && !f.trig.t.Verb {
				// "The assault was the largest incursion": one event
				p.absorb(f)
			}
			return
		}
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		p := st.events[i]
		if p.dead || f.sent.idx-p.sent.idx > 2 {
			return
		}
		if len(p.agents) == 0 || p.Type != f.Type {
			continue
		}
		if overlapActors(p.agents, f.targets) {
			return
		}
		f.agents = append(f.agents, p.agents...)
		return
	}
}

// retaliateTrigger frames "X retaliated with artillery fire": a response
// verb with a weapon is itself the responding attack.
var retaliateTrigger = Trigger{Lemma: "retaliate", Verb: true, Type: "ASSAULT", Obj: "none"}

func (st *docState) responseFrame(s *sent, c lexHit) *frame {
	for k := c.j; k < len(s.toks) && k <= c.j+3; k++ {
		if st.weaponAt(s, k) {
			th := &trigHit{i: c.i, j: c.j, t: &retaliateTrigger}
			f := st.frameFor(s, th)
			if f == nil || len(f.agents) == 0 {
				return nil
			}
			th.ev = f
			st.events = append(st.events, f)
			return f
		}
	}
	return nil
}

// blocked: negated, threatened, hypothetical or reported as denied.
func (st *docState) blocked(s *sent, th *trigHit) bool {
	// "warned that ... could", "did not strike"; a cue behind a comma that
	// closes another clause does not count
	if st.cueBefore(s, th, "threat") || st.cueBefore(s, th, "negation") {
		return true
	}
	// "launched proceedings", "fired the minister": a verb whose object is
	// the weapon makes an event only with a weapon word after it; when an
	// event noun follows ("launched an offensive"), the noun carries it
	if th.t.Verb && th.t.Obj == "none" && th.t.Mode == "" && th.t.Type == "ASSAULT" && !st.isPassive(s, th) {
		weapon := false
		for k := th.j; k < len(s.toks) && k <= th.j+5; k++ {
			if st.weaponAt(s, k) {
				weapon = true
				break
			}
			if st.nounTriggerAt(s, k) {
				return true
			}
			if s.toks[k].Punct || s.at[k] >= 0 {
				break
			}
		}
		if !weapon && !(th.i > 0 && st.weaponAt(s, th.i-1)) {
			// "opened fire", "fired at the crowd": shooting needs no weapon word
			if !(th.j < len(s.toks) && (s.toks[th.j].Lower == "at" || s.toks[th.j].Lower == "on" || s.toks[th.j].Lower == "upon")) {
				return true
			}
		}
	}
	// "if" / "unless" opening the clause; a parenthetical pair of commas
	// ("if Hezbollah, with Iran's support, joins") stays inside it
	commas := 0
	for k := th.i - 1; k >= 0 && k >= th.i-14; k-- {
		w := s.toks[k].Lower
		if w == "if" || w == "unless" || w == "whether" {
			return commas%2 == 0
		}
		if s.toks[k].Text == "," {
			commas++
		}
		if s.toks[k].Text == ";" || commas > 2 {
			break
		}
	}
	// a gerund event noun right after a speech verb is a verb ("reported
	// hearing"), and a noun that modifies the next noun is no event
	// ("warning sirens", "attack helicopters")
	if !th.t.Verb {
		w := s.toks[th.j-1].Lower
		if strings.HasSuffix(w, "ing") && th.i > 0 && st.isSpeechAt(s, th.i-1) {
			return true
		}
		if th.j < len(s.toks) {
			n := s.toks[th.j]
			if !n.Punct && !n.Cap && !n.Num && strings.HasSuffix(n.Lower, "s") && !strings.HasSuffix(n.Lower, "ss") && st.d.gram.words[n.Lower] == 0 && !st.triggerAt(s, th.j) && !st.weaponAt(s, th.j) && !strings.HasSuffix(w, "s") {
				return true
			}
		}
	}
	return false
}

func commaBetween(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].Text == "," || s.toks[k].Text == ";" {
			return true
		}
	}
	return false
}

// clauseEnd is the last token index (exclusive) of the clause that starts
// at k: a semicolon, a colon, or a comma before a new finite clause.
func clauseBound(t Token) bool {
	return t.Text == ";" || t.Text == ":" || t.Text == "\u2014"
}

// frameFor builds one event frame, or nil when the trigger refers back to
// an event already built ("the attack", "the strikes").
func (st *docState) frameFor(s *sent, th *trigHit) *frame {
	g := &st.d.gram
	t := th.t
	f := &frame{sent: s, trig: th}
	f.Type = t.Type
	f.Evidence, f.Start, f.End = s.Text, s.Start, s.End
	f.Trigger = spanText(s, th.i, th.j)
	passive := t.Verb && st.isPassive(s, th)

	// "The attack killed 42 people", "the explosions targeted pagers": a
	// verb whose subject is an event noun reports that event's outcome
	if t.Verb && !passive {
		if ev := st.eventSubject(s, th.i); ev != nil {
			th.ev = ev
			ev.refs++
			st.addSlots(ev, s, th, passive)
			return nil
		}
	}
	// agents
	if t.Verb {
		if passive {
			f.agents = st.byAgent(s, th.j)
		} else {
			f.agents = st.subject(s, th.i)
		}
	} else {
		f.agents = st.prenominal(s, th.i)
		genitive := !th.possessive && !st.definite(s, th) && st.genitive(s, th)
		if (th.possessive || genitive || st.definite(s, th)) && len(f.agents) > 0 && !st.distinctMarker(s, th) {
			// "its attack", "the Iranian attack": the one reported before;
			// "Israel's ground invasion": the ground invasion told before
			if prev := st.lastEventBy(t.Type, f.agents[0], s, t.Lemma); prev != nil && (!genitive || prev.trig != nil && prev.trig.t.Lemma == t.Lemma) {
				// unless it names another place ("the larger M23
				// offensive in North Kivu" after the battle of Goma)
				probe := &frame{sent: s, trig: th}
				st.addSlots(probe, s, th, passive)
				if !placesConflict(prev, probe) {
					th.ev = prev
					prev.absorb(probe) // its slots, and one more reference
					return nil
				}
			}
		}
		if len(f.agents) == 0 && !st.distinctMarker(s, th) {
			// "the Pazigyi attack": the attack told before at that place
			if p := st.placeModifier(s, th); p != nil {
				if prev := st.lastEventAt(t.Type, st.refMode(s, th), p, s); prev != nil {
					probe := &frame{sent: s, trig: th}
					st.addSlots(probe, s, th, passive)
					th.ev = prev
					prev.absorb(probe)
					return nil
				}
			}
		}
		if len(f.agents) == 0 {
			if by := st.byAgent(s, th.j); len(by) > 0 && s.toks[th.j].Lower == "by" {
				f.agents = by
			}
		}
		if len(f.agents) == 0 && t.Of == "agent" {
			f.agents = st.ofObject(s, th.j)
		}
		if len(f.agents) == 0 && st.anaphoric(s, th) {
			if prev := st.lastEventOfType(t.Type, st.refMode(s, th), s); prev != nil {
				th.ev = prev
				prev.refs++
				st.addSlots(prev, s, th, passive)
				return nil
			}
		}
		if len(f.agents) == 0 {
			if v := st.governingVerb(s, th.i); v >= 0 {
				if st.d.gram.is(s.toks[v], gRecv) {
					// "Israel received support from the US": the giver
					// acts, the receiver is the target
					for _, a := range st.subject(s, v) {
						f.targets = appendActor(f.targets, a)
					}
					f.agents = st.fromActor(s, th.j)
				} else {
					f.agents = st.subject(s, v)
					if a := st.accusedOf(s, v); a != nil {
						f.agents = []*docActor{a}
					}
					if g.is(s.toks[v], gGive) && t.Type != "ASSAULT" && v+1 < th.i && s.at[v+1] >= 0 {
						// "provided Israel military aid": the recipient
						if m := s.ments[s.at[v+1]]; m.actor != nil && !m.demonym {
							f.addTarget(m.actor)
						}
					}
				}
			}
		}
		if len(f.agents) == 0 && len(f.targets) == 0 {
			f.agents = st.subject(s, th.i)
		}
	}
	if len(f.agents) == 0 && len(f.targets) == 0 && !passive {
		// "The regime ..., resorting to indiscriminate shelling": the
		// participle clause shares the main clause's subject
		if p := participleBefore(s, th.i); p > 0 {
			f.agents = st.subject(s, p)
		}
	}
	st.addSlots(f, s, th, passive)
	// mode: the trigger's, else a weapon word near it, else the default
	mode := t.Mode
	f.specific = mode != ""
	if mode == "" {
		if w := st.nearWeapon(s, th); w != "" {
			mode, f.specific = w, true
		} else {
			mode = t.Default
		}
	}
	if mode != "" {
		m := mode
		f.Mode = &m
	}
	f.Date = s.date
	f.Quantity = st.quantity(s, th)
	st.refineType(f, s, th)
	if f.Type == "COERCE" && deref(f.Mode) == "coup" && len(f.places) == 0 && len(f.agents) > 0 && f.agents[0].country != "" {
		// a coup takes power in the plotters' own country
		if i, ok := st.d.countryPlace[f.agents[0].country]; ok {
			f.addPlace(st.placeFor(i))
		}
	}
	if f.Type == "PROTEST" && len(f.agents) == 0 {
		// "civilians across the country staged protests": the people
		// who protest, named by a plain noun
		if a := st.protesters(s, th); a != nil {
			f.agents = []*docActor{a}
		}
	}
	if len(f.places) == 0 && physical[f.Type] {
		// where the sentence says it happened
		for _, m := range s.ments {
			if m.place != nil && m.actor == nil {
				f.addPlace(m.place)
			} else if m.demonym && m.j < len(s.toks) && g.is(s.toks[m.j], gPlaceNoun) {
				// "from Lebanese territory"
				if p := st.placeOf(m, true); p != nil {
					f.addPlace(p)
				}
			}
		}
	}
	_ = g
	return f
}

// protesters reads the plain people noun that opens the clause of a
// protest ("In response, civilians throughout the country staged
// protests", "thousands of students marched"), skipping prepositional
// phrases after it.
func (st *docState) protesters(s *sent, th *trigHit) *docActor {
	g := &st.d.gram
	for i := th.i - 1; i >= 0 && th.i-i <= 8; i-- {
		tk := s.toks[i]
		if clauseBound(tk) || tk.Text == "," || s.at[i] >= 0 || st.cueAt(s, i, "retaliation") {
			break
		}
		if !g.is(tk, gPersonNoun) || g.is(tk, gGroupNoun|gForceNoun) || !strings.HasSuffix(tk.Lower, "s") {
			continue
		}
		if i > 0 && g.is(s.toks[i-1], gPrep) && !g.is(s.toks[i-1], gPrepOf) {
			continue
		}
		start := i
		for start > 0 && start > i-4 && s.at[start-1] < 0 && !s.toks[start-1].Punct && !s.toks[start-1].Cap && g.words[s.toks[start-1].Lower]&(gPrep|gBe|gRel|gPron|gLight) == 0 {
			start--
		}
		return st.peopleAt(s, start)
	}
	return nil
}

// refineType applies PLOVER's distinctions that hang on the object: taking
// people is hostage taking, not occupation; storming a place of worship is
// desecration.
func (st *docState) refineType(f *frame, s *sent, th *trigHit) {
	g := &st.d.gram
	mode := deref(f.Mode)
	if f.Type == "COERCE" && mode == "occupation" {
		for k := th.j; k < len(s.toks) && k <= th.j+3; k++ {
			tk := s.toks[k]
			if isQuoteMark(tk.Text) || g.is(tk, gDet) || tk.Num {
				continue
			}
			if g.is(tk, gPersonNoun) || g.is(tk, gForceNoun) || s.at[k] >= 0 && s.ments[s.at[k]].actor != nil && s.ments[s.at[k]].place == nil && !s.ments[s.at[k]].demonym {
				f.Type = "ASSAULT"
				m := "hostage_taking"
				f.Mode, f.specific = &m, true
			}
			break
		}
	}
	if f.Type == "RETREAT" && th.t.Verb && th.j < len(s.toks) && s.toks[th.j].Lower == "from" {
		for k := th.j + 1; k < len(s.toks) && k <= th.j+3; k++ {
			if idx := s.at[k]; idx >= 0 {
				if a := s.ments[idx].actor; a != nil && a.kind == eventgraph.KindOrganization {
					f.Type = "SANCTION"
					f.addTarget(a)
				}
				break
			}
		}
	}
	if f.Type == "ASSAULT" && (mode == "ground_assault" || mode == "raid") {
		for _, p := range f.places {
			if p.e.Kind == "site" && isWorship(p.e.Name) {
				f.Type = "COERCE"
				m := "desecration"
				f.Mode, f.specific = &m, true
			}
		}
	}
}

func isWorship(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"mosque", "church", "synagogue", "temple", "aqsa", "shrine", "cathedral", "monastery", "holy"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// fromActor reads "from X" after k.
func (st *docState) fromActor(s *sent, k int) []*docActor {
	for i := k; i < len(s.toks) && i < k+6; i++ {
		if s.toks[i].Lower != "from" {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+10; j++ {
			if idx := s.at[j]; idx >= 0 && s.ments[idx].actor != nil {
				return []*docActor{s.ments[idx].actor}
			}
			if s.toks[j].Punct && s.toks[j].Text != "," {
				break
			}
		}
	}
	return nil
}

// addSlots fills targets and places from the words after the trigger and,
// for passives, the subject.
func (st *docState) addSlots(f *frame, s *sent, th *trigHit, passive bool) {
	g := &st.d.gram
	t := th.t
	if passive && t.Obj == "target" {
		if a := st.peopleBefore(s, th.i); a != nil {
			f.addTarget(a)
		} else {
			for _, a := range st.subject(s, th.i) {
				f.addTarget(a)
			}
		}
		if p := st.subjectPlace(s, th.i); p != nil {
			f.addPlace(p)
		}
	}
	// direct object
	if t.Verb && !passive && t.Obj == "target" {
		st.object(f, s, th.j)
	}
	if !t.Verb && t.Of == "target" && th.j < len(s.toks) && s.toks[th.j].Lower == "of" {
		st.object(f, s, th.j+1)
	}
	// prepositional phrases to the right, up to the clause end
	prep := uint32(0)
	for k := th.j; k < len(s.toks) && k < th.j+18; k++ {
		tk := s.toks[k]
		if clauseBound(tk) {
			break
		}
		if k > th.j && st.verbTriggerAt(s, k) && s.toks[k-1].Lower == "to" && speechAct[t.Type] {
			// "threatened to strike Hezbollah", "urged Israel to halt":
			// the embedded verb's object is what the act is about
			continue
		}
		if k > th.j && (st.isSpeechAt(s, k) || st.cueAt(s, k, "retaliation") || st.verbTriggerAt(s, k)) {
			break
		}
		if c := g.words[tk.Lower] & (gPrepTarget | gPrepInto | gPrepLoc | gPrepFrom | gPrepBy | gPrepWith | gPrepOf | gPrepTo | gPrepOther); c != 0 && !tk.Cap {
			prep = c
			continue
		}
		idx := s.at[k]
		if idx < 0 {
			if tk.Text == "," {
				prep = 0
			}
			continue
		}
		m := s.ments[idx]
		k = m.j - 1
		if m.title {
			continue
		}
		st.slotFor(f, s, m, prep, t)
	}
}

// slotFor places a mention after a preposition into the frame.
func (st *docState) slotFor(f *frame, s *sent, m *ment, prep uint32, t *Trigger) {
	placeNoun := m.demonym && m.j < len(s.toks) && st.d.gram.is(s.toks[m.j], gPlaceNoun)
	switch {
	case prep&gPrepFrom != 0:
		if p := st.placeOf(m, placeNoun); p != nil {
			f.from = appendPlace(f.from, p)
			f.addPlace(p)
		}
	case prep&(gPrepLoc|gPrepInto) != 0:
		if p := st.placeOf(m, placeNoun); p != nil {
			f.addPlace(p)
			if prep&gPrepInto != 0 && m.actor != nil && !m.demonym && t.Type == "ASSAULT" {
				f.addTarget(m.actor)
			}
		} else if m.actor != nil && prep&gPrepInto != 0 {
			f.addTarget(m.actor)
		}
	case prep&gPrepTarget != 0:
		if m.actor != nil {
			f.addTarget(st.targetActor(s, m))
		}
		if p := st.placeOf(m, placeNoun); p != nil {
			f.addPlace(p)
			if m.actor == nil && p.e.Kind == "country" {
				// the state behind a country name
				_ = p
			}
		}
	case prep&gPrepWith != 0:
		if m.actor != nil && (t.Type == "CONSULT" || t.Type == "AGREE" || t.Type == "COOPERATE") {
			f.addAgent(m.actor)
		} else if m.actor != nil && t.Type == "ASSAULT" {
			// "clashes with Hezbollah"
			f.addTarget(m.actor)
		}
	case prep&gPrepTo != 0:
		if m.actor != nil && t.Type != "ASSAULT" {
			f.addTarget(m.actor)
		} else if p := st.placeOf(m, placeNoun); p != nil {
			f.addPlace(p)
		}
	case prep&gPrepBy != 0:
		if m.actor != nil && len(f.agents) == 0 {
			f.addAgent(m.actor)
		}
	case prep&gPrepOf != 0:
		if p := st.placeOf(m, placeNoun); p != nil && m.actor == nil {
			f.addPlace(p)
		}
	case prep == 0:
		if m.place != nil && m.actor == nil {
			f.addPlace(m.place)
		}
	}
}

func (st *docState) personNounAfter(s *sent, m *ment) bool {
	return m.j < len(s.toks) && st.d.gram.is(s.toks[m.j], gPersonNoun|gForceNoun)
}

// placeOf gives the place a mention names: the place itself, or the
// country of a demonym before a place noun ("Israeli towns"), or the
// country of a state named as an actor ("into Israel").
func (st *docState) placeOf(m *ment, placeNoun bool) *docPlace {
	if m.place != nil {
		return m.place
	}
	if m.actor != nil && (placeNoun || !m.demonym) {
		return st.countryPlace(m.actor)
	}
	return nil
}

func appendPlace(ps []*docPlace, p *docPlace) []*docPlace {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

func appendActor(as []*docActor, a *docActor) []*docActor {
	for _, b := range as {
		if b == a {
			return as
		}
	}
	return append(as, a)
}

func (f *frame) addPlace(p *docPlace) { f.places = appendPlace(f.places, p) }
func (f *frame) addTarget(a *docActor) {
	for _, b := range f.agents {
		if b == a {
			return
		}
	}
	f.targets = appendActor(f.targets, a)
}
func (f *frame) addAgent(a *docActor) { f.agents = appendActor(f.agents, a) }

// isPassive: a participle after a form of "be" ("were fired", "was
// stormed"), or directly followed by "by".
func (st *docState) isPassive(s *sent, th *trigHit) bool {
	g := &st.d.gram
	w := s.toks[th.j-1].Lower
	if th.j < len(s.toks) && s.toks[th.j].Lower == "by" {
		return !strings.HasSuffix(w, "ing")
	}
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	// reduced relative: "rockets fired from Gaza"
	// but "the rockets targeted the cities" is active: an object follows
	if th.i > 0 && st.weaponAt(s, th.i-1) && strings.HasSuffix(w, "ed") {
		return !(th.j < len(s.toks) && g.is(s.toks[th.j], gDet) && th.i > 1 && g.is(s.toks[th.i-2], gDet))
	}
	for k := th.i - 1; k >= 0 && k >= th.i-3; k-- {
		tk := s.toks[k]
		if g.is(tk, gBe) && tk.Lower != "'s" {
			return true
		}
		if tk.Punct || s.at[k] >= 0 {
			return false
		}
	}
	return false
}

// subject finds the agent left of a verb at k: the nearest actor mention
// in the clause that is not the object of a preposition; pronouns resolve
// to recent actors.
func (st *docState) subject(s *sent, k int) []*docActor {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		tk := s.toks[i]
		if responseVerb(tk.Lower) && i+2 < k && s.toks[i+1].Lower == "to" && !commaBetween(s, i, k) && !meansBetween(s, i+2, k) {
			break // "Israel responded to the attack": not Israel's attack
		}
		if clauseBound(tk) || st.cueAt(s, i, "retaliation") && !responseVerb(tk.Lower) && !st.inResponseVerbCue(s, i, k) {
			// "Hezbollah, in retaliation for an Israeli strike, launched
			// drones": over a cue phrase set off by commas
			if c := st.parentheticalCue(s, i, k); c > 0 {
				i = c
				continue
			}
			break
		}
		if i < k-1 && st.isSpeechAt(s, i) && !g.is(tk, gLight) && st.newSubjectBetween(s, i+1, k) {
			// "Kirkwood said security forces occupied ...": the speaker
			// is not the agent of what he reports
			break
		}
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			i = m.i
			if v := st.verbBefore(s, i); v >= 0 && i+1 < k {
				// "attacked Israel and killed ...", "provided Israel aid
				// and vetoed ...": the object of an earlier verb; its
				// subject is the subject of this one too
				continue
			}
			if m.title && m.actor == nil {
				if a := st.roleReference(s, m); a != nil && !(m.j < len(s.toks) && s.at[m.j] >= 0) {
					return []*docActor{a}
				}
				continue
			}
			if m.actor == nil {
				continue
			}
			if i > 0 && g.is(s.toks[i-1], gPrep) && !g.is(s.toks[i-1], gPrepBy) && !(conjunction(s.toks[i-1].Lower) && m.j >= k-2) {
				// "in Gaza, Israel struck": skip prepositional objects,
				// but "of" inside "X of Y" names keeps looking
				continue
			}
			if m.demonym && !st.personNounAfter(s, m) && !(m.j < len(s.toks) && g.is(s.toks[m.j], gGroupNoun)) {
				// "Israeli" alone before a noun that is not a force: an
				// adjective ("Israeli towns"), not the subject
				if m.j < len(s.toks) && s.at[m.j] < 0 && !s.toks[m.j].Cap {
					if !g.is(s.toks[m.j], gPersonNoun|gForceNoun|gGroupNoun) {
						continue
					}
				}
			}
			if a := st.appositionHead(s, m, k); a != nil {
				return []*docActor{a}
			}
			return st.coordinated(s, m)
		}
		if g.is(tk, gPron) && tk.Lower != "it" || tk.Lower == "it" && i > 0 && (g.is(s.toks[i-1], gRel|gDet) || st.speakerBefore(s, i) != nil) {
			if a := st.resolvePronoun(s, i, tk); a != nil {
				return []*docActor{a}
			}
		}
		if s.at[i] < 0 && !tk.Cap && g.is(tk, gGroupNoun|gForceNoun) && i > 0 && st.definiteGeneric(s, i) {
			if tk.Lower == "regime" || tk.Lower == "junta" {
				// the state's ruling military, not the nearest force
				if a := st.rulingMilitary(s, i); a != nil {
					return []*docActor{a}
				}
			}
			if a := st.recentForce(s, i, g.is(tk, gGroupNoun) && !g.is(tk, gForceNoun)); a != nil {
				return []*docActor{a}
			}
		}
	}
	return nil
}

// accusedOf: "accusing it of providing support", "blamed Russia for
// launching": the one accused does the gerund at v.
func (st *docState) accusedOf(s *sent, v int) *docActor {
	if v < 2 || !strings.HasSuffix(s.toks[v].Lower, "ing") || s.toks[v-1].Lower != "of" && s.toks[v-1].Lower != "for" {
		return nil
	}
	k := v - 2
	if idx := s.at[k]; idx >= 0 {
		if m := s.ments[idx]; m.actor != nil && !m.demonym {
			return m.actor
		}
		return nil
	}
	if tk := s.toks[k]; st.d.gram.is(tk, gPron) {
		// the pronoun stands for the object of the accusing verb before it
		for i := k - 1; i >= 0 && k-i <= 8; i-- {
			if idx := s.at[i]; idx >= 0 {
				if m := s.ments[idx]; m.actor != nil && !m.demonym && st.verbBefore(s, m.i) >= 0 {
					return m.actor
				}
			}
		}
		return st.resolvePronoun(s, k, tk)
	}
	return nil
}

// verbBefore: a verb takes the mention at i as its object ("blamed
// archrival India", "provided Israel"); it returns the verb's index or -1.
func (st *docState) verbBefore(s *sent, i int) int {
	g := &st.d.gram
	for v := i - 1; v >= 0 && i-v <= 3; v-- {
		tk := s.toks[v]
		if g.is(tk, gGive|gLight) && !g.is(tk, gBe) || st.verbTriggerAt(s, v) {
			return v
		}
		if tk.Punct || tk.Cap || s.at[v] >= 0 || !g.is(tk, gDet) && g.words[tk.Lower] != 0 {
			return -1
		}
	}
	return -1
}

// newSubjectBetween: a clause of its own starts between a and b: "that",
// a name or a pronoun ("said security forces occupied", "said it struck").
func (st *docState) newSubjectBetween(s *sent, a, b int) bool {
	g := &st.d.gram
	for k := a; k < b; k++ {
		tk := s.toks[k]
		if tk.Lower == "that" || s.at[k] >= 0 || g.is(tk, gPron|gForceNoun|gGroupNoun|gPersonNoun) {
			return true
		}
	}
	return false
}

// meansBetween: "by" or "with" between a and b introduces the way a
// response was made ("responded to the attack with airstrikes").
func meansBetween(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.toks[k].Lower; w == "by" || w == "with" {
			return true
		}
	}
	return false
}

// parentheticalCue: token i is in a retaliation cue that a comma opens
// and another comma before k closes; it returns the opening comma's
// index, or -1.
func (st *docState) parentheticalCue(s *sent, i, k int) int {
	for _, c := range s.cues {
		if c.i <= i && i < c.j && st.d.cues[c.idx].kind == "retaliation" && c.i > 1 && s.toks[c.i-1].Text == "," && commaBetween(s, c.j, k) {
			return c.i - 1
		}
	}
	return -1
}

// inResponseVerbCue: token i is inside a cue that opens with a verb of
// responding ("unable to respond to the losses"), which has a subject of
// its own, unlike "in response to", and k is past the cue's phrase.
func (st *docState) inResponseVerbCue(s *sent, i, k int) bool {
	for _, c := range s.cues {
		if c.i <= i && i < c.j && st.d.cues[c.idx].kind == "retaliation" && responseVerb(s.toks[c.i].Lower) && commaBetween(s, c.j, k) {
			return true
		}
	}
	return false
}

// participleBefore: the index of a participle opening the clause of token
// k after a comma (", resorting to shelling", ", launching strikes"),
// within four tokens, or -1.
func participleBefore(s *sent, k int) int {
	for i := k - 1; i > 0 && k-i <= 4; i-- {
		tk := s.toks[i]
		if tk.Punct {
			return -1
		}
		if strings.HasSuffix(tk.Lower, "ing") && s.toks[i-1].Text == "," {
			return i
		}
	}
	return -1
}

// responseVerb: a retaliation cue that is a finite verb ("Israel
// retaliated with artillery fire"), whose subject is the responder.
func responseVerb(w string) bool {
	switch w {
	case "retaliated", "retaliates", "retaliate", "retaliating", "responded", "responds", "respond", "responding", "reacted", "reacts", "react", "reacting", "hit back", "struck back":
		return true
	}
	return false
}

// subjectPlace finds a place subject of a passive ("Al-Aqsa was stormed").
func (st *docState) subjectPlace(s *sent, k int) *docPlace {
	for i := k - 1; i >= 0 && k-i <= 8; i-- {
		if clauseBound(s.toks[i]) {
			break
		}
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.place != nil && m.actor == nil {
				return m.place
			}
			return nil
		}
	}
	return nil
}

// byAgent reads "by X" after a passive participle or event noun.
func (st *docState) byAgent(s *sent, k int) []*docActor {
	for i := k; i < len(s.toks) && i < k+8; i++ {
		if s.toks[i].Lower != "by" {
			if clauseBound(s.toks[i]) || s.toks[i].Text == "," && i > k+2 {
				return nil
			}
			continue
		}
		if i+1 < len(s.toks) && strings.HasSuffix(s.toks[i+1].Lower, "ing") {
			return nil // "responded by striking Hezbollah positions": a means
		}
		for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
			if idx := s.at[j]; idx >= 0 && s.ments[idx].actor != nil {
				return []*docActor{s.ments[idx].actor}
			}
			if s.toks[j].Punct {
				break
			}
		}
		return nil
	}
	return nil
}

// ofObject reads "of X" after an event noun.
func (st *docState) ofObject(s *sent, k int) []*docActor {
	if k < len(s.toks) && s.toks[k].Lower == "of" {
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if idx := s.at[j]; idx >= 0 && s.ments[idx].actor != nil {
				return []*docActor{s.ments[idx].actor}
			}
		}
	}
	return nil
}

// object fills the direct object: actors and places right after a verb,
// over determiners, numbers and adjectives ("killed three Israeli
// soldiers", "struck Hezbollah targets").
func (st *docState) object(f *frame, s *sent, k int) {
	g := &st.d.gram
	for i := k; i < len(s.toks) && i < k+6; i++ {
		tk := s.toks[i]
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.title {
				i = m.j - 1
				continue
			}
			if m.actor != nil {
				f.addTarget(st.targetActor(s, m))
			}
			if p := st.placeOf(m, m.demonym && m.j < len(s.toks) && g.is(s.toks[m.j], gPlaceNoun)); p != nil && (m.actor == nil || !m.demonym) {
				f.addPlace(p)
			}
			if m.j < len(s.toks) && (s.toks[m.j].Lower == "and" || s.toks[m.j].Text == ",") {
				i = m.j
				continue
			}
			return
		}
		if isQuantifier(tk.Lower) {
			continue
		}
		if tk.Punct && tk.Text != "-" || g.is(tk, gPrep) && !g.is(tk, gPrepOf) {
			return
		}
		if g.is(tk, gPron) {
			if a := st.resolvePronoun(s, i, tk); a != nil && tk.Lower != "it" {
				f.addTarget(a)
			}
			return
		}
		if i == k && f.Type != "AID" {
			if a := st.peopleAt(s, k); a != nil {
				f.addTarget(a)
				return
			}
		}
	}
}

// prenominal finds the agent right before an event noun: "Israeli
// airstrikes", "a Hezbollah drone attack", "Russia's invasion", "the
// Hamas-led attack".
func (st *docState) prenominal(s *sent, k int) []*docActor {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 5; i-- {
		tk := s.toks[i]
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.i > 0 && g.is(s.toks[m.i-1], gGive|gRecv) && !m.demonym {
				// "provided Israel aid": a recipient, not an owner
				return nil
			}
			if m.actor != nil {
				return []*docActor{m.actor}
			}
			return nil
		}
		if tk.Lower == "its" || tk.Lower == "their" || tk.Lower == "his" || tk.Lower == "her" {
			if a := st.resolvePronoun(s, i, tk); a != nil {
				th := st.trigAt(s, k)
				if th != nil {
					th.possessive = true
				}
				return []*docActor{a}
			}
			return nil
		}
		// "X stated that the rocket attack": the noun phrase ends at the
		// verb or the complementiser
		if st.isSpeechAt(s, i) || st.verbTriggerAt(s, i) || tk.Lower == "that" && i+1 < k && g.is(s.toks[i+1], gDet) {
			return nil
		}
		if tk.Lower == "'s" || g.is(tk, gDet) || tk.Num || tk.Text == "-" || isQuoteMark(tk.Text) {
			continue
		}
		if tk.Lower == "and" || tk.Lower == "or" || tk.Lower == "but" || tk.Lower == "while" || !tk.Cap && strings.HasSuffix(tk.Lower, "s") && !strings.HasSuffix(tk.Lower, "ss") && !st.weaponAt(s, i) {
			return nil
		}
		if strings.HasSuffix(tk.Lower, "-led") || strings.HasSuffix(tk.Lower, "-backed") {
			// "Hamas-led": the name before the hyphen
			name := tk.Text[:strings.LastIndexByte(tk.Text, '-')]
			if a := st.lookupName(name); a != nil && !strings.HasSuffix(tk.Lower, "-backed") {
				return []*docActor{a}
			}
			continue
		}
		if tk.Punct || g.is(tk, gPrep|gBe|gRel|gPron) || tk.Cap {
			return nil
		}
		// adjectives and weapon words: keep looking
	}
	return nil
}

// lookupName resolves a bare name (from inside a hyphenated word) against
// the dictionary.
func (st *docState) lookupName(name string) *docActor {
	toks := Tokenize(name, 0)
	if len(toks) == 0 {
		return nil
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = keyOf(t.Lower)
	}
	refs, n := st.d.names.match(toks, keys, 0, nil)
	if n != len(toks) {
		return nil
	}
	for _, r := range refs {
		if refTag(r) == refActor || refTag(r) == refDemonym {
			return st.actorFor(refIdx(r))
		}
	}
	return nil
}

// governingVerb finds a light or trigger verb shortly before an event noun
// ("launched massive airstrikes", "fired a barrage of rockets").
func (st *docState) governingVerb(s *sent, k int) int {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 6; i-- {
		tk := s.toks[i]
		if s.at[i] >= 0 {
			// "provided Israel military aid": over the recipient
			if m := s.ments[s.at[i]]; m.i > 0 && g.is(s.toks[m.i-1], gGive) {
				return m.i - 1
			}
			return -1
		}
		if tk.Punct {
			return -1
		}
		if g.is(tk, gLight|gRecv|gGive) {
			return i
		}
		if g.is(tk, gPrep) && !g.is(tk, gPrepOf) || strings.HasSuffix(tk.Lower, "ing") {
			return -1
		}
		for _, th := range s.trigs {
			if th.i == i && th.t.Verb {
				return i
			}
		}
	}
	return -1
}

// anaphoric: a definite event noun with no agent refers back ("the
// attack", "this latest strike").
func (st *docState) anaphoric(s *sent, th *trigHit) bool {
	// "called the incident a terrorist attack": a name for an event
	// already reported
	for i := th.i - 1; i >= 0 && th.i-i <= 6; i-- {
		switch s.toks[i].Lower {
		case "called", "described", "labelled", "labeled", "termed", "branded", "dubbed", "condemned", "denounced":
			return true
		}
		if s.toks[i].Punct {
			break
		}
	}
	// "the killing of hundreds of Palestinians", "the strikes on Gaza":
	// the noun brings its own participants, so it is an event of its own
	if th.j < len(s.toks) && st.d.gram.is(s.toks[th.j], gPrepOf|gPrepTarget|gPrepBy|gPrepInto) {
		for k := th.j + 1; k < len(s.toks) && k <= th.j+4; k++ {
			if s.at[k] >= 0 && !s.ments[s.at[k]].title {
				return false
			}
			if s.toks[k].Punct {
				break
			}
		}
	}
	for i := th.i - 1; i >= 0 && th.i-i <= 3; i-- {
		w := s.toks[i].Lower
		if w == "the" || w == "this" || w == "that" || w == "these" || w == "those" || w == "such" {
			return true
		}
		if s.toks[i].Punct || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// targetActor: "American military bases", "Houthi military and civilian
// infrastructure" strike the state or group, not its armed forces as a
// force in the field.
func (st *docState) targetActor(s *sent, m *ment) *docActor {
	a := m.actor
	if a.kind != eventgraph.KindMilitary || a.entry < 0 || m.j >= len(s.toks) {
		return a
	}
	switch s.toks[m.j].Lower {
	case "bases", "base", "infrastructure", "targets", "sites", "site", "facilities", "facility", "installations", "installation", "assets", "and", "or":
	default:
		return a
	}
	if last := s.toks[m.j-1].Lower; last != "military" && last != "army" {
		return a
	}
	if pid := st.d.Actors[a.entry].PartOf; pid != "" {
		if i, ok := st.d.actorIDs[pid]; ok {
			return st.actorFor(i)
		}
	}
	return a
}

// placesConflict: both name places and none is shared.
func placesConflict(a, b *frame) bool {
	if len(a.places) == 0 || len(b.places) == 0 {
		return false
	}
	for _, p := range a.places {
		for _, q := range b.places {
			if p == q || within(p, q) || within(q, p) {
				return false
			}
		}
	}
	return true
}

// within: place p lies in the country q ("southern Israel" and Israel),
// or q is the region it belongs to ("northern Gaza" and the Gaza Strip).
func within(p, q *docPlace) bool {
	return q.e.Kind == "country" && p.e.Country == q.e.Country && p.e.Country != "" ||
		p.e.Parent != "" && p.e.Parent == q.e.Name && p.e.Country == q.e.Country
}

// definite: the event noun carries "the", "this", "its" ... within three
// words before it ("the Iranian attack", "this latest strike").
func (st *docState) definite(s *sent, th *trigHit) bool {
	for i := th.i - 1; i >= 0 && th.i-i <= 3; i-- {
		switch s.toks[i].Lower {
		case "the", "this", "that", "these", "those", "its", "their", "his", "her":
			return true
		case "a", "an", "more":
			// ("another", "latest" ... are distinctMarker's)
			return false
		}
		if s.toks[i].Punct {
			return false
		}
	}
	return false
}

// genitive: the event noun's agent is a name in the genitive within
// three words before it ("Israel's ground invasion", "Russia's renewed
// offensive").
func (st *docState) genitive(s *sent, th *trigHit) bool {
	for i := th.i - 1; i >= 1 && th.i-i <= 3; i-- {
		if s.toks[i].Lower == "'s" || s.toks[i].Lower == "’s" {
			return s.at[i-1] >= 0
		}
		if s.toks[i].Punct || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// distinctMarker: "another attack", "a second strike", "the latest
// attack", "the first wave": a new event, not one already told.
func (st *docState) distinctMarker(s *sent, th *trigHit) bool {
	for i := th.i - 1; i >= 0 && th.i-i <= 4; i-- {
		switch s.toks[i].Lower {
		case "another", "new", "second", "third", "fourth", "fresh", "further", "other", "latest", "first", "renewed", "separate", "next", "subsequent", "previous", "earlier", "last":
			return true
		}
		if s.toks[i].Punct {
			return false
		}
	}
	return false
}

// lastEventOfType is the event a definite noun refers back to: the latest
// earlier one of the type, and of the mode when the noun names one ("the
// rocket attack" is the rocket fire, not the artillery reply after it).
func (st *docState) lastEventOfType(typ, mode string, s *sent) *frame {
	var any *frame
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i]
		if f.Type != typ || f.sent == s || f.dead || len(f.agents)+len(f.targets)+len(f.places) == 0 {
			// an event that names nobody and nowhere is dropped later
			continue
		}
		if mode == "" || deref(f.Mode) == mode {
			return f
		}
		if any == nil {
			any = f
		}
	}
	return any
}

// refMode is the mode a referring noun names itself: its trigger's, or a
// weapon word right before it ("the rocket attack").
func (st *docState) refMode(s *sent, th *trigHit) string {
	if th.t.Mode != "" {
		return th.t.Mode
	}
	for i := th.i - 1; i >= 0 && th.i-i <= 2; i-- {
		for _, w := range s.weap {
			if w.i <= i && i < w.j {
				return st.d.weapons[w.idx]
			}
		}
	}
	if th.j-th.i > 1 {
		for _, w := range s.weap {
			if w.i >= th.i && w.j <= th.j {
				return st.d.weapons[w.idx]
			}
		}
	}
	return ""
}

// nearWeapon returns the mode of a weapon word in the trigger's clause,
// nearest first.
func (st *docState) nearWeapon(s *sent, th *trigHit) string {
	best, bestD := "", 1<<30
	for _, w := range s.weap {
		d := w.i - th.j
		if w.j <= th.i {
			d = th.i - w.j
		}
		if d < 0 {
			d = 0
		}
		if d <= 8 && d < bestD && st.causePhraseAt(s, w.i) == st.causePhraseAt(s, th.i) {
			best, bestD = st.d.weapons[w.idx], d
		}
	}
	return best
}

// causePhraseAt: the start of the retaliation cue whose phrase (up to the
// next comma) holds token k, or -1: the cause and the response are told
// with their own weapons ("in retaliation for an Israeli strike, ...
// launched drones").
func (st *docState) causePhraseAt(s *sent, k int) int {
	for _, c := range s.cues {
		if c.j > k || st.d.cues[c.idx].kind != "retaliation" {
			continue
		}
		if !commaBetween(s, c.j, k) {
			return c.i
		}
	}
	return -1
}

// ensureKind keeps the eventgraph import used where the kinds are needed.
var _ = eventgraph.KindPerson

// cueAt: a cue of the kind starts at token k.
func (st *docState) cueAt(s *sent, k int, kind string) bool {
	for _, c := range s.cues {
		if c.i == k && st.d.cues[c.idx].kind == kind {
			return true
		}
	}
	return false
}

// verbTriggerAt: another event verb starts at token k.
func (st *docState) verbTriggerAt(s *sent, k int) bool {
	for _, th := range s.trigs {
		if th.i == k && th.t.Verb {
			return true
		}
	}
	return false
}

// speechAct types are verbal acts whose infinitive complement names the
// target ("threatened to attack X", "agreed to release X").
var speechAct = map[string]bool{"THREATEN": true, "REQUEST": true, "AGREE": true, "REJECT": true, "ACCUSE": true, "SUPPORT": true, "CONCEDE": true}

func (st *docState) triggerAt(s *sent, k int) bool {
	for _, th := range s.trigs {
		if th.i == k {
			return true
		}
	}
	return false
}

func (st *docState) weaponAt(s *sent, k int) bool {
	for _, w := range s.weap {
		if w.i == k {
			return true
		}
	}
	return false
}

// definiteGeneric: "the group", "the militants", "security forces", "the
// junta": a generic noun that points at a force the text already named.
func (st *docState) definiteGeneric(s *sent, i int) bool {
	p := s.toks[i-1].Lower
	return p == "the" || p == "security" || p == "militant" || p == "armed" || p == "government" || p == "its" || p == "their"
}

// recentForce is the nearest earlier armed group (groups=true) or military,
// government or state force (the junta, the army, security forces).
func (st *docState) recentForce(s *sent, k int, groups bool) *docActor {
	var found *docActor
	st.mentionsBefore(s, k, 6, func(m *ment) bool {
		if m.actor == nil || m.demonym {
			return false
		}
		switch m.actor.kind {
		case eventgraph.KindArmedGroup:
			found = m.actor
			return groups
		case eventgraph.KindMilitary, eventgraph.KindGovernment:
			found = m.actor
			return !groups
		}
		return false
	})
	return found
}

// rulingMilitary: "the regime", "the junta" is the state military the
// text has named most (the nearest of equals), however many other forces
// it named since.
func (st *docState) rulingMilitary(s *sent, k int) *docActor {
	var found *docActor
	st.mentionsBefore(s, k, 12, func(m *ment) bool {
		if m.actor != nil && !m.demonym && m.actor.kind == eventgraph.KindMilitary && (found == nil || m.actor.mentions > found.mentions) {
			found = m.actor
		}
		return false
	})
	return found
}

// mentionsBefore calls fn on the mentions before token k of s, nearest
// first, then on those of up to back earlier sentences, until fn returns
// true.
func (st *docState) mentionsBefore(s *sent, k, back int, fn func(*ment) bool) {
	for si := s.idx; si >= 0 && s.idx-si <= back; si-- {
		cur := st.sents[si]
		end := len(cur.toks)
		if si == s.idx {
			end = k
		}
		for i := end - 1; i >= 0; i-- {
			if idx := cur.at[i]; idx >= 0 {
				m := cur.ments[idx]
				i = m.i
				if fn(m) {
					return
				}
			}
		}
	}
}

// cueBefore reports whether a cue of the kind ends within five tokens
// before the trigger, in the same clause (no comma between).
func (st *docState) cueBefore(s *sent, th *trigHit, kind string) bool {
	from := max(th.i-5, 0)
	for _, c := range s.cues {
		if c.j <= th.i && c.j >= from && st.d.cues[c.idx].kind == kind && !commaBetween(s, c.j, th.i) {
			return true
		}
	}
	return false
}

func (st *docState) nounTriggerAt(s *sent, k int) bool {
	for _, th := range s.trigs {
		if th.i == k && !th.t.Verb {
			return true
		}
	}
	return false
}

// isRelationCue: "the attack was a counteroffensive on the killing of ...":
// a retaliation cue word names the relation, not a new event, when an
// event noun follows in its phrase.
func (st *docState) isRelationCue(s *sent, th *trigHit) bool {
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "retaliation" || c.i > th.i || c.j < th.j {
			continue
		}
		for _, o := range s.trigs {
			if o != th && o.i >= c.j && o.i <= c.j+4 {
				return true
			}
		}
	}
	return false
}

func (st *docState) trigAt(s *sent, k int) *trigHit {
	for _, th := range s.trigs {
		if th.i == k {
			return th
		}
	}
	return nil
}

// placeModifier: the place named between a definite article and an
// event noun ("the Pazigyi attack", "the 2023 Jenin raid"), else nil.
func (st *docState) placeModifier(s *sent, th *trigHit) *docPlace {
	var p *docPlace
	for i := th.i - 1; i >= 0 && th.i-i <= 5; i-- {
		tk := s.toks[i]
		if k := s.at[i]; k >= 0 {
			m := s.ments[k]
			if m.place == nil || m.actor != nil || m.demonym || p != nil {
				return nil
			}
			p = m.place
			i = m.i
			continue
		}
		switch tk.Lower {
		case "the", "this", "that":
			return p
		}
		if tk.Punct || tk.Cap {
			return nil
		}
	}
	return nil
}

// lastEventAt is the latest earlier live event of a type that took place
// at p (or somewhere in it), of the mode the noun names if it names one
// ("the El Fasher massacre" is not the siege of El Fasher).
func (st *docState) lastEventAt(typ, mode string, p *docPlace, s *sent) *frame {
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f.Type != typ || f.sent == s || mode != "" && f.specific && deref(f.Mode) != mode {
			continue
		}
		for _, q := range f.places {
			if q == p || within(q, p) {
				return f
			}
		}
	}
	return nil
}

// lastEventBy is the latest earlier event of a type with the actor (or a
// part of it) among its agents.
func (st *docState) lastEventBy(typ string, a *docActor, s *sent, lemma string) *frame {
	var latest *frame
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f.Type != typ || f.sent == s || !sharesActor(f.agents, []*docActor{a}) {
			continue
		}
		// "its attack" is the one told as an attack before, not the
		// killings reported after it
		if lemma != "" && f.trig != nil && f.trig.t.Lemma == lemma {
			return f
		}
		if latest == nil {
			latest = f
		}
	}
	return latest
}

// appositionHead: in "Ghazi Hamad, Hamas spokesperson, said" the nearest
// name before the verb (Hamas) sits in an apposition; the subject is the
// name before the comma that opens it.
func (st *docState) appositionHead(s *sent, m *ment, verb int) *docActor {
	for c := m.i - 1; c >= 0 && m.i-c <= 10; c-- {
		tk := s.toks[c]
		if tk.Text == "," {
			if c > 0 && s.at[c-1] >= 0 {
				h := s.ments[s.at[c-1]]
				if h.actor != nil && !h.demonym && h.actor != m.actor && h.actor.kind == eventgraph.KindPerson {
					return h.actor
				}
			}
			return nil
		}
		if tk.Punct || st.verbTriggerAt(s, c) || st.isSpeechAt(s, c) {
			return nil
		}
	}
	return nil
}

// pruneTriggers drops trigger words that lie inside a name ("Islamic
// Resistance", "Rapid Support Forces").
func (st *docState) pruneTriggers(s *sent) {
	kept := s.trigs[:0]
	for _, th := range s.trigs {
		if !inName(s, th.i, th.j-th.i) && !st.attributive(s, th) {
			kept = append(kept, th)
		}
	}
	s.trigs = kept
}

// attributive: "an alleged attack", "its purported strike": a participle
// of accusing between a determiner and a noun hedges that noun; it is no
// accusation of its own.
func (st *docState) attributive(s *sent, th *trigHit) bool {
	if !th.t.Verb || th.t.Type != "ACCUSE" || th.j-th.i != 1 || !strings.HasSuffix(s.toks[th.i].Lower, "ed") || th.i == 0 || th.j >= len(s.toks) {
		return false
	}
	next := s.toks[th.j]
	return st.d.gram.is(s.toks[th.i-1], gDet) && s.toks[th.i-1].Lower != "that" && !next.Punct && next.Lower != "that" && (!next.Cap || s.at[th.j] >= 0)
}

// eventSubject: an event noun stands just before the verb at k (over
// "also", "reportedly", an auxiliary), so the verb tells what that event
// did. It returns the event the noun built or refers to.
func (st *docState) eventSubject(s *sent, k int) *frame {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 3; i-- {
		tk := s.toks[i]
		if th := st.trigAt(s, i); th != nil && !th.t.Verb {
			if th.ev != nil {
				return th.ev.live()
			}
			if !st.weaponAt(s, th.i) {
				return nil
			}
		}
		// "The rockets targeted Haifa": a definite weapon noun stands for
		// the latest attack with that weapon
		for _, w := range s.weap {
			if w.j == i+1 && w.i > 0 && (s.toks[w.i-1].Lower == "the" || s.toks[w.i-1].Lower == "these") {
				if f := st.lastEventOfType("ASSAULT", st.d.weapons[w.idx], s); f != nil && deref(f.Mode) == st.d.weapons[w.idx] {
					return f.live()
				}
				return nil
			}
		}
		if g.is(tk, gBe) || tk.Lower == "also" || tk.Lower == "reportedly" || tk.Lower == "had" || tk.Lower == "has" || tk.Lower == "have" {
			continue
		}
		return nil
	}
	return nil
}

// conjunction: words that are prepositions before a noun but open a clause
// before a subject and its verb ("after Israel invaded Gaza").
func conjunction(w string) bool {
	switch w {
	case "after", "before", "since", "until", "as", "while", "because", "when", "once", "although", "though", "whereas":
		return true
	}
	return false
}

// promised: the act is governed by a committed future ("will withdraw",
// "pledged to provide", "vowed to strike"); PLOVER codes the promise or the
// threat itself: AGREE for cooperative acts, THREATEN for coercive ones.
// It returns the type to use, or "".
func (st *docState) promised(s *sent, th *trigHit) string {
	if !st.cueBefore(s, th, "promise") {
		return ""
	}
	switch th.t.Type {
	case "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN":
		return "THREATEN"
	case "AID", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "AGREE":
		return "AGREE"
	}
	return ""
}

// coordinated collects "Burkina Faso, Mali and Niger" or "the United
// States, the United Kingdom and ..." ending in m.
func (st *docState) coordinated(s *sent, m *ment) []*docActor {
	out := []*docActor{m.actor}
	skipThe := func(i int) int {
		if i >= 0 && s.toks[i].Lower == "the" {
			return i - 1
		}
		return i
	}
	i := skipThe(m.i - 1)
	for i >= 1 {
		w := s.toks[i]
		if w.Text != "," && w.Lower != "and" {
			break
		}
		j := i - 1
		if w.Lower == "and" && j >= 0 && s.toks[j].Text == "," {
			j-- // Oxford comma
		}
		if j < 0 || s.at[j] < 0 {
			break
		}
		prev := s.ments[s.at[j]]
		if prev.actor == nil || prev.demonym || prev.title || prev.actor.kind != m.actor.kind {
			break
		}
		if !overlapActors(out, []*docActor{prev.actor}) {
			// the same actor twice is an apposition, not a list
			out = append([]*docActor{prev.actor}, out...)
		}
		i = skipThe(prev.i - 1)
	}
	return out
}

// peopleBefore finds the people a passive verb at k is about ("eight
// anti-coup demonstrators were killed"), when they are no named actor.
func (st *docState) peopleBefore(s *sent, k int) *docActor {
	g := &st.d.gram
	i := k - 1
	for i >= 0 && (g.is(s.toks[i], gBe) || s.toks[i].Lower == "also" || s.toks[i].Lower == "reportedly") {
		i--
	}
	if i < 0 || !g.is(s.toks[i], gPersonNoun) || s.at[i] >= 0 {
		return nil
	}
	start := i
	for start > 0 && start > i-5 && s.at[start-1] < 0 && !s.toks[start-1].Punct && g.words[s.toks[start-1].Lower]&(gPrep|gBe|gRel|gPron|gLight) == 0 && !s.toks[start-1].Cap {
		start--
	}
	return st.peopleAt(s, start)
}

// isQuantifier: words of an approximate number ("over 250", "an estimated").
func isQuantifier(w string) bool {
	switch w {
	case "over", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "at", "least", "more", "than", "estimated", "up", "to":
		return true
	}
	return false
}

// physical event types happen somewhere; the others (statements, talks,
// sanctions) take no place from their sentence.
var physical = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "PROTEST": true, "AID": true, "RETREAT": true}

// responsibility applies "X claimed responsibility for the attack" and
// "..., for which X took responsibility": X is the agent of that event.
func (st *docState) responsibility(s *sent) {
	for k, tk := range s.toks {
		if tk.Lower != "responsibility" || k == 0 {
			continue
		}
		v := s.toks[k-1].Lower
		if v != "claimed" && v != "took" && v != "claim" && v != "claims" && v != "claiming" && v != "takes" && v != "assumed" && v != "has" {
			continue
		}
		sub := st.subject(s, k-1)
		if len(sub) == 0 {
			continue
		}
		var ev *frame
		// "for which X took responsibility": the event before "for which"
		for i := k - 1; i >= 1; i-- {
			if s.toks[i].Lower == "which" && s.toks[i-1].Lower == "for" {
				for _, th := range s.trigs {
					if th.ev != nil && th.i < i-1 {
						ev = th.ev.live()
					}
				}
				break
			}
		}
		// "claimed responsibility for the attack"
		if ev == nil && k+1 < len(s.toks) && s.toks[k+1].Lower == "for" {
			for _, th := range s.trigs {
				if th.ev != nil && th.i > k && th.i <= k+5 {
					ev = th.ev.live()
					break
				}
			}
			if ev == nil {
				for i := len(st.events) - 1; i >= 0; i-- {
					if f := st.events[i].live(); f != nil && f.Type == "ASSAULT" && f.sent != s {
						ev = f
						break
					}
				}
			}
		}
		if ev != nil && ev.Type == "ASSAULT" {
			ev.agents = sub
			for _, a := range sub {
				ev.targets = removeActor(ev.targets, a)
			}
		}
	}
}

func removeActor(as []*docActor, a *docActor) []*docActor {
	out := as[:0]
	for _, b := range as {
		if b != a {
			out = append(out, b)
		}
	}
	return out
}
