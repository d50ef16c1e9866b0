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
		if t := st.choosePOS(s, i, n, verbT, nounT); t != nil && !(i+n < len(s.toks) && attributiveHead(s.toks[i+n].Lower, t, s.toks[i+n-1].Lower)) {
			alt := verbT
			if t == verbT {
				alt = nounT
			}
			if n > 1 && !t.Verb && st.d.gram.is(s.toks[i+n-1], gPrep) {
				// "operations against": the preposition introduces the
				// target and is not part of the trigger
				n--
			}
			s.trigs = append(s.trigs, &trigHit{i: i, j: i + n, t: t, alt: alt})
		}
		i += n
	}
}

// attributiveHead: nouns a trigger word only modifies ("drone launch sites",
// "attack helicopters", "strike capabilities", "battle zones", "aid
// workers"); the phrase names a place, a thing or people, not an act.
func attributiveHead(w string, t *Trigger, last string) bool {
	switch w {
	case "site", "sites", "pad", "pads", "helicopter", "helicopters", "capability", "capabilities", "zone", "zones":
		return true
	case "workers", "agencies", "groups", "officials", "organizations", "organisations":
		// "aid workers", "relief officials", "protest groups"; not a
		// verb and its object ("pressuring workers")
		return !t.Verb || !strings.HasSuffix(last, "ing") && !strings.HasSuffix(last, "ed")
	}
	return false
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
	g := &st.d.gram
	w := s.toks[i+n-1].Lower
	if verbT == nil || nounT == nil {
		if i > 0 && n == 1 {
			p := s.toks[i-1]
			// "the target of", "a charge he rejected", "an alleged attack":
			// a verb-only word after a determiner is a noun or an
			// adjective, no act ("the shelling" is)
			if verbT != nil && !strings.HasSuffix(w, "ing") && nounDeterminer(p.Lower) {
				return nil
			}
			// "strike military targets deep inside Russia", "hit civilian
			// targets in Kharkiv": a plural noun after an adjective, with
			// no object after it
			if verbT != nil && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !p.Cap && !p.Punct && s.at[i-1] < 0 && !g.is(p, gPron|gRel) &&
				(i+n >= len(s.toks) || s.toks[i+n].Punct || g.is(s.toks[i+n], gPrep) || s.toks[i+n].Lower == "deep") {
				return nil
			}
		}
		if verbT != nil {
			return verbT
		}
		return nounT
	}
	if strings.HasSuffix(w, "ing") && i+n < len(s.toks) && s.toks[i+n].Lower == "between" {
		// "heavy fighting between the army and the rebels": the sides
		// follow a noun
		return nounT
	}
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
	if strings.HasSuffix(w, "ing") && i+n < len(s.toks) && s.toks[i+n].Lower == "between" {
		// "Fighting between the RSF and the army killed 20": a noun
		return nounT
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return verbT
	}
	return nounT
}

// nounDeterminer: words that open a noun phrase and never a clause ("that"
// and numerals-as-words are left out: "forces that targeted").
func nounDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "'s", "each", "every":
		return true
	}
	return false
}

func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}

// buildEvents turns the triggers of a sentence into event frames.
func (st *docState) buildEvents(s *sent) {
	var built []*frame
	for _, th := range s.trigs {
		if st.isRelationCue(s, th) {
			continue
		}
		if st.blocked(s, th) {
			if st.refusal(s, th) {
				// "will not accept", "did not agree to": PLOVER codes the
				// refusal itself
				if f := st.frameFor(s, th); f != nil {
					f.Type = "REJECT"
					m := "refusal"
					f.Mode, f.specific = &m, true
					th.ev = f
					st.events = append(st.events, f)
				}
				continue
			}
			if !st.irrealis(s, th) && !st.hedgedPredicate(s, th) {
				continue
			}
			// no event, but the places a planned or feared act names
			// are still places of the story ("the objective is an
			// offensive in Rafah")
			probe := &frame{sent: s, trig: th}
			st.addSlots(probe, s, th, th.t.Verb && st.isPassive(s, th))
			for _, p := range probe.places {
				p.scene = true
			}
			continue
		}
		if prev := st.sameSentenceReferent(s, th); prev != nil {
			th.ev = prev
			prev.refs++
			st.addSlots(prev, s, th, false)
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
		if f.Type == "ASSAULT" && th.t.Verb && !st.isPassive(s, th) && crowdBefore(s, th.i) {
			// "demonstrators stormed parliament", "protesters torched
			// the governor's office": a riot, not an armed attack, and
			// the crowd is its subject, not a force named before
			f.agents = nil
			f.Type = "PROTEST"
			m := "riot"
			f.Mode, f.specific = &m, true
		}
		if dup := threatTold(built, f); dup != nil {
			// "vowed to retaliate with airstrikes on Tyre": one threat,
			// told by the verb
			th.ev = dup
			for _, a := range f.targets {
				dup.addTarget(a)
			}
			continue
		}
		th.ev = f
		st.events = append(st.events, f)
		built = append(built, f)
	}
	// inherited agents only once the whole sentence is read: "were
	// killed in a siege between X and Y" names its own sides later on
	for _, f := range built {
		local := false
		for _, o := range built {
			if o != f && o.Type == f.Type && len(o.agents) > 0 && o.trig != nil && f.trig != nil && o.trig.i > f.trig.i && !o.trig.t.Verb && !commaBetween(s, f.trig.j, o.trig.i) {
				local = true // "were killed in a siege between X and Y"
			}
		}
		if !local {
			st.inheritAgent(f)
		}
	}
	mediationTargets(built)
	st.hostTargets(built)
	st.trailingAgainst(s, built)
	st.mustDemand(s)
	st.stanceTargets(s)
	st.responsibility(s)
	st.ownedAct(s)
	st.causeAlleged(s)
	st.fatalities(s)
}

// trailingAgainst: "an offensive conducted by the Alliance, a coalition of
// three groups ..., allied with other forces, against the junta": a
// closing ", against X" after a long apposition names whom the
// sentence's campaign noun is aimed at, though its own phrase ended long
// before.
func (st *docState) trailingAgainst(s *sent, built []*frame) {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].Lower != "against" || s.toks[k-1].Text != "," {
			continue
		}
		j := k + 1
		if st.d.gram.is(s.toks[j], gDet) && j+1 < len(s.toks) {
			j++
		}
		if s.at[j] < 0 || s.ments[s.at[j]].actor == nil {
			continue
		}
		m := s.ments[s.at[j]]
		var camp *frame
		for _, f := range built {
			if f.trig != nil && f.trig.i < k && f.Type == "ASSAULT" {
				camp = f
			}
		}
		if camp == nil || camp.trig.t.Verb || len(camp.targets) > 0 || k-camp.trig.j < 18 || sharesActor(camp.agents, []*docActor{m.actor}) {
			continue
		}
		camp.addTarget(st.targetActor(s, m))
	}
}

// sameSentenceReferent: "agreed to a ceasefire, but the agreement
// collapsed", "held talks ..., and the meeting ended": a definite
// agreement or meeting noun after an event of its type in the same
// sentence is that event.
func (st *docState) sameSentenceReferent(s *sent, th *trigHit) *frame {
	if th.t.Verb || th.i < 2 {
		return nil
	}
	// "deposed the president in a coup", "was killed in an airstrike
	// that hit ...": the noun names how the act just reported was done
	if w := s.toks[th.i-1].Lower; (w == "a" || w == "an") && s.toks[th.i-2].Lower == "in" {
		for k := len(s.trigs) - 1; k >= 0; k-- {
			o := s.trigs[k]
			if o.i >= th.i || !o.t.Verb || o.ev == nil {
				continue
			}
			if o.ev.Type == th.t.Type && o.t.Mode == th.t.Mode && o.t.Mode != "" && !commaBetween(s, o.j, th.i) {
				return o.ev.live()
			}
			break
		}
	}
	if th.t.Type != "AGREE" && th.t.Type != "CONSULT" {
		return nil
	}
	if w := s.toks[th.i-1].Lower; w != "the" && w != "this" && w != "that" {
		return nil
	}
	for _, o := range s.trigs {
		if o == th {
			break
		}
		if o.ev != nil && o.ev.Type == th.t.Type {
			return o.ev.live()
		}
	}
	return nil
}

// crowdBefore: the subject right before the verb at k is a crowd of
// protesters ("angry demonstrators stormed", "rioters later set fire").
func crowdBefore(s *sent, k int) bool {
	i := k - 1
	for i >= 0 && k-i <= 2 {
		switch s.toks[i].Lower {
		case "later", "then", "also", "briefly", "reportedly":
			i--
			continue
		}
		break
	}
	if i < 0 {
		return false
	}
	switch s.toks[i].Lower {
	case "protesters", "protestors", "demonstrators", "rioters", "mob", "mobs", "crowd", "crowds":
		return true
	}
	return false
}

// soughtAgreement: the noun at k is the topic of talks or efforts ("talks
// on a ceasefire", "efforts toward a truce", "negotiations over a
// prisoner swap deal").
func soughtAgreement(s *sent, k int) bool {
	i := k - 1
	for i >= 0 && k-i <= 3 {
		switch s.toks[i].Lower {
		case "a", "an", "the", "lasting", "permanent", "new", "possible", "durable", "full", "comprehensive", "humanitarian", "temporary", "immediate", "peace", "hostage", "prisoner":
			i--
			continue
		}
		break
	}
	if i < 1 {
		return false
	}
	switch s.toks[i].Lower {
	case "on", "for", "about", "over", "toward", "towards":
	default:
		return false
	}
	switch s.toks[i-1].Lower {
	case "talks", "negotiations", "discussions", "efforts", "effort", "push", "bid", "proposal", "proposals", "plan", "hopes", "prospects", "mediation", "consultations", "negotiating", "negotiate", "pushing", "pressing", "working":
		return true
	}
	return false
}

// irrealis: a threat-kind cue before the trigger, or the modal "may" in
// lower case ("the EU may halt aid"; the month is capitalized and not a
// cue).
func (st *docState) irrealis(s *sent, th *trigHit) bool {
	if st.cueBefore(s, th, "threat") {
		return true
	}
	for k := th.i - 1; k >= 0 && k >= th.i-3; k-- {
		if t := s.toks[k]; t.Text == "may" {
			return true
		} else if t.Punct {
			break
		}
	}
	return false
}

// hedgedPredicate: an event noun followed by "is believed to", "are
// expected to" (not "to have").
func (st *docState) hedgedPredicate(s *sent, th *trigHit) bool {
	if th.t.Verb {
		return false
	}
	g := &st.d.gram
	k := th.j
	for k < len(s.toks) && k < th.j+6 && !g.is(s.toks[k], gBe) && !s.toks[k].Punct && !st.verbTriggerAt(s, k) {
		k++
	}
	if k+3 < len(s.toks) && g.is(s.toks[k], gBe) && s.toks[k+2].Lower == "to" && s.toks[k+3].Lower != "have" {
		switch s.toks[k+1].Lower {
		case "believed", "thought", "said", "reported", "expected", "likely", "set", "scheduled", "due", "planned", "unlikely":
			return true
		}
	}
	return false
}

// refusal: a cooperative verb negated by its own subject ("Syria will not
// accept refugees", "the rebels refused to sign").
func (st *docState) refusal(s *sent, th *trigHit) bool {
	if !th.t.Verb || th.t.Type != "AGREE" && th.t.Type != "CONCEDE" || st.irrealis(s, th) {
		return false
	}
	from := max(th.i-3, 0)
	for _, c := range s.cues {
		if c.j > th.i || c.j < from || st.d.cues[c.idx].kind != "negation" || commaBetween(s, c.j, th.i) {
			continue
		}
		switch st.d.cues[c.idx].phrase {
		case "not", "will not", "would not", "won't", "wouldn't", "did not", "didn't", "does not", "doesn't",
			"do not", "don't", "refused", "refuses", "refusing", "cannot", "can't", "never":
			return true
		}
	}
	return false
}

// stanceTargets: a condemnation, endorsement or rejection of an event
// ("condemned the Israeli strike", "declared its support for the
// offensive") is aimed at who carried that event out.
func (st *docState) stanceTargets(s *sent) {
	for _, th := range s.trigs {
		f := th.ev
		if f == nil || f.sent != s || f.trig != th || len(f.targets) > 0 {
			continue
		}
		if f.Type == "THREATEN" && th.t.Verb {
			// "vowed that Iran would pay for the attack", "vows Hamas
			// will regret it": the one who is to pay
			if a := payer(s, th.j); a != nil && !overlapActors(f.agents, []*docActor{a}) {
				f.addTarget(a)
			}
			continue
		}
		if f.Type != "ACCUSE" && f.Type != "SUPPORT" && f.Type != "REJECT" {
			continue
		}
		if f.Type == "ACCUSE" && th.t.Verb {
			// "accused the army of using the camp", "blamed the police
			// for the deaths": the force the text named before
			if a := st.namedForceAt(s, th.j); a != nil && !overlapActors(f.agents, []*docActor{a}) {
				f.addTarget(a)
				continue
			}
		}
		for k := th.j; k < len(s.toks) && k <= th.j+5; k++ {
			tk := s.toks[k]
			if o := st.trigAt(s, k); o != nil && !o.t.Verb && o.ev != nil && o.ev != f && !verbal[o.ev.Type] {
				// (an act: who vetoes "proposals for talks with X" does
				// not aim at X)
				for _, a := range o.ev.agents {
					if !overlapActors(f.agents, []*docActor{a}) {
						f.addTarget(a)
					}
				}
				break
			}
			if tk.Punct || s.at[k] >= 0 || st.d.gram.is(tk, gPrep) && tk.Lower != "for" && tk.Lower != "of" {
				break
			}
		}
	}
}

// demandTrigger frames "X said (that) Y must ...": a demand by the
// speaker on Y.
var demandTrigger = Trigger{Lemma: "must", Type: "REQUEST", Mode: "demand"}

// mustDemand builds the demand of "Russia said on Tuesday that Sudan must
// return the helicopter", "the UN says Israel must allow aid in": the
// speaker asks it of the one who must act.
func (st *docState) mustDemand(s *sent) {
	for _, th := range s.trigs {
		if th.ev != nil && th.ev.Type == "REQUEST" {
			return
		}
	}
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "speech" {
			continue
		}
		k := c.j
		for n := 0; k < len(s.toks) && n < 5 && (st.timeWord(s.toks[k]) || s.toks[k].Lower == "that" || s.toks[k].Lower == "the" || s.toks[k].Lower == "here"); n++ {
			k++
		}
		if k >= len(s.toks) || s.at[k] < 0 {
			continue
		}
		m := s.ments[s.at[k]]
		if m.title && m.actor == nil && m.j < len(s.toks) && s.at[m.j] >= 0 {
			m = s.ments[s.at[m.j]] // "President Kagame must"
		}
		must := m.j
		if must < len(s.toks) && s.toks[must].Lower == "and" && must+1 < len(s.toks) {
			n := must + 1
			if n+1 < len(s.toks) && s.at[n] < 0 && (s.toks[n].Lower == "his" || s.toks[n].Lower == "its" || s.toks[n].Lower == "their" || s.toks[n].Lower == "her") {
				n++ // "the president and his party must"
			}
			if s.at[n] >= 0 {
				must = s.ments[s.at[n]].j // "the government and the rebels must"
			}
		}
		for must < len(s.toks) && must < m.j+6 && s.toks[must].Lower != "must" && !s.toks[must].Punct && (s.at[must] < 0 || s.ments[s.at[must]].place != nil && s.ments[s.at[must]].actor == nil) {
			must++ // "the government and the rebels in Darfur must"
		}
		if m.actor == nil || m.title || must >= len(s.toks) || s.toks[must].Lower != "must" {
			continue
		}
		speakers := st.subject(s, c.i)
		if len(speakers) == 0 || overlapActors(speakers, []*docActor{m.actor}) {
			continue
		}
		th := &trigHit{i: must, j: must + 1, t: &demandTrigger}
		f := &frame{sent: s, trig: th}
		f.Type = demandTrigger.Type
		f.Evidence, f.Start, f.End = s.Text, s.Start, s.End
		f.Trigger = spanText(s, must, must+1)
		mode := demandTrigger.Mode
		f.Mode, f.specific = &mode, true
		f.Date = s.date
		f.agents = speakers
		for j := k; j < must; j++ {
			if idx := s.at[j]; idx >= 0 && s.ments[idx].actor != nil && !s.ments[idx].title {
				f.addTarget(s.ments[idx].actor)
				j = s.ments[idx].j - 1
			}
		}
		th.ev = f
		st.events = append(st.events, f)
		return
	}
}

// inheritAgent gives an agentless event the agent of the report just
// before it ("Hamas launched an offensive. ... a barrage of rockets fired
// from Gaza"), when the two are of one type and do not contradict: the
// earlier agent is not this event's target.
func (st *docState) inheritAgent(f *frame) {
	if len(f.agents) > 0 || f.dead {
		return
	}
	// "its attack was in response to airstrikes on Nyala": the act
	// answered is not by the side that answers it
	var responders []*docActor
	if f.trig != nil && st.cueBefore(f.sent, f.trig, "retaliation") {
		for _, th := range f.sent.trigs {
			if o := th.ev.live(); o != nil && o != f {
				responders = append(responders, o.agents...)
			}
		}
		if len(responders) == 0 {
			responders = st.subject(f.sent, f.trig.i)
		}
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
	side := ""
	if f.trig != nil {
		side = st.genericSubject(f.sent, f.trig.i)
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		p := st.events[i]
		if p == f || p.sent == f.sent && p.trig != nil && f.trig != nil && p.trig.i > f.trig.i {
			continue // only what was reported before it
		}
		if p.dead || f.sent.idx-p.sent.idx > 2 {
			return
		}
		if len(p.agents) == 0 || p.Type != f.Type {
			continue
		}
		if overlapActors(p.agents, f.targets) || overlapActors(p.agents, responders) {
			return
		}
		if p.sent == f.sent && p.trig != nil && f.trig != nil && st.timeBetween(f.sent, p.trig.j, f.trig.i) && ownSide(p.agents, f.targets) {
			// "settlers set fire to offices following the killing of
			// an Israeli man": an act that hit the subject's own side
			// is another's ("shelled Kharkiv two days after the
			// bombardment of Sumy" is the same side's)
			return
		}
		switch k := p.agents[0].kind; {
		case side == "state" && k == eventgraph.KindArmedGroup,
			side == "group" && (k == eventgraph.KindMilitary || k == eventgraph.KindGovernment || k == eventgraph.KindState):
			// "The regime ..., resorting to shelling" after a rebel
			// offensive: the other side
			return
		}
		f.agents = append(f.agents, p.agents...)
		return
	}
}

// genericSubject: the sentence opens with a definite common noun for a
// side that was not resolved to a name ("The regime has been unable ...,
// resorting to shelling", "The rebel fighters then ..."). It tells which
// side: "state" (regime, army, government), "group" (rebels, militants),
// or "".
func (st *docState) genericSubject(s *sent, k int) string {
	g := &st.d.gram
	i := 0
	for i < k && i < 3 && (s.toks[i].Punct || g.is(s.toks[i], gPrep) || s.toks[i].Num || g.is(s.toks[i], gWeekday|gMonth) || st.timeWord(s.toks[i])) {
		i++
	}
	if i+1 < k && (s.toks[i].Lower == "security" || s.toks[i].Lower == "government") && (s.toks[i+1].Lower == "forces" || s.toks[i+1].Lower == "troops") && s.at[i] < 0 {
		// "Security forces killed 21 militants": a state's force
		return "state"
	}
	if i >= k || s.toks[i].Lower != "the" {
		return ""
	}
	group := false
	for j := i + 1; j < k && j <= i+3; j++ {
		tk := s.toks[j]
		if s.at[j] >= 0 || tk.Cap || tk.Punct {
			return ""
		}
		switch tk.Lower {
		case "rebel", "militant", "insurgent", "jihadist", "resistance", "opposition", "guerrilla":
			group = true
		}
		if g.is(tk, gForceNoun|gGroupNoun) {
			if j+1 < len(s.toks) && (s.toks[j+1].Lower == "of" || s.toks[j+1].Lower == "'s") {
				return ""
			}
			if group || g.is(tk, gGroupNoun) {
				return "group"
			}
			if tk.Lower == "forces" || tk.Lower == "fighters" {
				return ""
			}
			return "state"
		}
	}
	return ""
}

// stateNoun: a common noun that names a state's side, never an armed
// group.
func stateNoun(w string) bool {
	switch w {
	case "regime", "government", "army", "military", "authorities", "police", "administration", "junta", "navy", "ministry":
		return true
	}
	return false
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
	g := &st.d.gram
	// "warned that ... could", "did not strike"; a cue behind a comma that
	// closes another clause does not count
	if st.irrealis(s, th) || st.cueBefore(s, th, "negation") {
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
	// "arrested 11 politicians at a meeting in Bamako", "was shot during a
	// rally": the gathering is where another act happened, not a meeting
	// of its own
	if !th.t.Verb && th.t.Type == "CONSULT" && th.i >= 2 && (s.toks[th.i-1].Lower == "a" || s.toks[th.i-1].Lower == "the") && (s.toks[th.i-2].Lower == "at" || s.toks[th.i-2].Lower == "during") {
		for _, o := range s.trigs {
			if o.i < th.i-2 && o.t.Verb && o.t.Type != "CONSULT" && physical[o.t.Type] && !commaBetween(s, o.j, th.i) {
				return true
			}
		}
	}
	// "talks on a ceasefire", "negotiations for a truce", "a push for a
	// peace deal": the agreement sought is not (yet) made
	if !th.t.Verb && th.t.Type == "AGREE" && soughtAgreement(s, th.i) {
		return true
	}
	// "made an Israeli airstrike highly unlikely": an act judged
	// improbable
	if !th.t.Verb && judgedUnlikely(s, th.j) {
		return true
	}
	// "accusing it of providing support to militants": the act is the
	// accusation's charge, not one the report vouches for
	if st.chargeOf(s, th) {
		return true
	}
	// "briefed reporters via videoconference": the means, not a meeting
	if !th.t.Verb && th.i > 0 && s.toks[th.i-1].Lower == "via" {
		return true
	}
	// "raided the region to disarm them", "a visit to South Africa to meet
	// leaders": an infinitive of purpose after a place is not (yet) done
	if th.t.Verb && th.i >= 2 && s.toks[th.i-1].Lower == "to" {
		if idx := s.at[th.i-2]; idx >= 0 && (s.ments[idx].place != nil || s.ments[idx].actor != nil && s.ments[idx].actor.kind == eventgraph.KindState && !s.ments[idx].demonym) {
			return true
		}
	}
	// "agreed to a ceasefire", "signed a peace deal": the noun names the
	// agreement, the verb adds nothing
	if th.t.Verb && th.t.Type == "AGREE" && th.t.Obj == "none" {
		// "the accord signed in Juba"
		for _, p := range s.trigs {
			if p.j == th.i && !p.t.Verb && p.t.Type == "AGREE" {
				return true
			}
		}
		for k := th.j; k < len(s.toks) && k <= th.j+4; k++ {
			if t := st.trigAt(s, k); t != nil && !t.t.Verb && t.t.Type == "AGREE" {
				return true
			}
			w := s.toks[k].Lower
			if s.toks[k].Punct || s.at[k] >= 0 || !(w == "to" || w == "on" || w == "upon" || nounDeterminer(w) || k > th.j && !st.triggerAt(s, k)) {
				break
			}
		}
	}
	// "lifted its blockade", "eased the restrictions", "suspended military
	// aid", "banned the rally": the noun names
	// what is being ended, the verb is the event (unless a clause after it
	// reports it: "lifting the sanctions Washington imposed on Moscow")
	if !th.t.Verb && !(th.j < len(s.toks) && (s.at[th.j] >= 0 || g.is(s.toks[th.j], gRel|gPron))) {
		for k := th.i - 1; k >= 0 && k >= th.i-4; k-- {
			if o := st.trigAt(s, k); o != nil {
				if o.t.Verb && o.j == k+1 && (o.t.Type == "CONCEDE" || o.t.Type == "RETREAT" || o.t.Type == "SANCTION" && th.t.Type == "AID" || o.t.Mode == "ban" && th.t.Type == "PROTEST" || o.t.Lemma == "cancel" && restrictionNoun(th)) {
					return true
				}
				break
			}
			if t := s.toks[k]; t.Punct || t.Cap || s.at[k] >= 0 && !s.ments[s.at[k]].demonym {
				break
			}
		}
	}
	// "massacres are believed to be continuing", "talks are expected to
	// resume": an event noun whose predicate is hedged or future ("the
	// attack is believed to have killed 20" stays)
	if st.hedgedPredicate(s, th) {
		return true
	}
	// "purchased pagers", "the purchase of land": buying is an arms deal
	// only when arms are bought
	if th.t.Lemma == "purchase" && !st.armsNear(s, th) {
		return true
	}
	// "took over the town", "took over a passenger train": taking over
	// is an act of force only for a place or a vehicle ("took over as
	// president", "took over the ministry" are not)
	if th.t.Verb && th.t.Lemma == "take over" {
		k := th.j
		for k < len(s.toks) && k < th.j+2 && nounDeterminer(s.toks[k].Lower) {
			k++
		}
		if k >= len(s.toks) || !st.vehicleNoun(s, k) && !(s.at[k] >= 0 && s.ments[s.at[k]].place != nil) {
			return true
		}
	}
	// "exchanged 307 prisoners of war", "swapped hostages": a release;
	// "exchanged views", "swapped places" are none
	if th.t.Verb && th.t.Lemma == "exchange" && !captivesAfter(s, th.j) {
		return true
	}
	// "breached the border fence", "breaching the Gaza–Israel barrier":
	// forcing a way through is an assault; "breached the agreement",
	// "breached its airspace" are not
	if th.t.Verb && th.t.Lemma == "breach" && !st.barrierObject(s, th.j) {
		return true
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
	between, timeSubject := false, false
	joined := -1

	// "The attack killed 42 people", "the explosions targeted pagers": a
	// verb whose subject is an event noun reports that event's outcome
	if t.Verb && !passive && th.i > 1 && s.toks[th.i-1].Text == "," && strings.HasSuffix(s.toks[th.i].Lower, "ing") {
		// "The airstrikes began on March 22, hitting weapons depots": a
		// participle of a sentence whose subject is an event tells more
		// of that event
		if ev := st.subjectEvent(s, th); ev != nil {
			th.ev = ev
			ev.refs++
			st.addSlots(ev, s, th, passive)
			return nil
		}
	}
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
		} else if th.i > 0 && (g.is(s.toks[th.i-1], gDet) || st.weaponAt(s, th.i-1)) && th.j < len(s.toks) && (s.toks[th.j].Lower == "by" || st.placesThenBy(s, th.j)) && len(st.byAgent(s, th.j)) > 0 {
			// "was a failed rocket launch from Gaza by Islamic Jihad": a
			// verb form used as a noun names its own agent, whatever the
			// clause's subject
			f.agents = st.byAgent(s, th.j)
		} else if prev := st.mainVerbFrame(s, th); prev != nil {
			// "he criticized Shoigu and Gerasimov, blaming them": the
			// participle shares the main verb's subject, not its object
			f.agents = append([]*docActor(nil), prev.agents...)
			if th.j < len(s.toks) {
				switch s.toks[th.j].Lower {
				case "them", "him", "her", "it":
					// "blaming them": the main verb's object
					for _, a := range prev.targets {
						f.addTarget(a)
					}
				}
			}
		} else {
			f.agents = st.subject(s, th.i)
			st.widenSubject(f, s, th.i)
			if len(f.agents) == 0 && !physical[t.Type] {
				// "Beirut again rejected the appeal": a capital speaks
				// for its state
				if a := st.cityAsState(s, th.i); a != nil {
					f.agents = []*docActor{a}
				}
			}
			if len(f.agents) == 0 && th.j < len(s.toks) && (s.toks[th.j].Lower == "by" || st.placesThenBy(s, th.j)) {
				// "a failed rocket launch from Gaza by Islamic Jihad": a
				// verb form used as a noun
				f.agents = st.byAgent(s, th.j)
			}
			if len(f.agents) == 0 && t.Type == "ASSAULT" {
				// "radios used by the militia exploded": the users
				// are hit
				for i := th.i - 1; i >= 0 && th.i-i <= 12; i-- {
					if idx := s.at[i]; idx >= 0 && usedBy(s, s.ments[idx].i) && s.ments[idx].actor != nil {
						f.addTarget(s.ments[idx].actor)
						break
					}
				}
			}
			if len(f.agents) == 0 && t.Type == "PROTEST" {
				if a := st.peopleSubject(s, th.i); a != nil {
					f.agents = []*docActor{a}
				}
			}
		}
	} else {
		if st.labelNoun(s, th) {
			// "the government declared the bombings a terrorist attack":
			// a name given to an event told before, not a new one
			return nil
		}
		if c := causativeBefore(s, th.i); c >= 0 && reactive[t.Type] {
			// "Russia's move sparked protests", "the campaign drew
			// condemnation": the cause's author is what others react to
			for _, a := range st.subject(s, c) {
				f.addTarget(a)
			}
			if len(f.targets) == 0 {
				f.targets = st.prenominal(s, c)
			}
		} else if victimNoun(t, s, th) {
			// "to avenge his killing", "Haniyeh's assassination": whom
			// the act befell; the act told before on them
			f.targets = st.prenominal(s, th.i)
			if len(f.targets) > 0 {
				if prev := st.lastActOn(t, f.targets[0], s); prev != nil {
					th.ev = prev
					prev.refs++
					return nil
				}
			}
		} else {
			f.agents = st.prenominal(s, th.i)
		}
		genitive := !th.possessive && !st.definite(s, th) && st.genitive(s, th)
		if (th.possessive || genitive || st.definite(s, th)) && len(f.agents) > 0 && !st.distinctMarker(s, th) && !st.declaredOver(s, th) {
			// "its attack", "the Iranian attack": the one reported before;
			// "Israel's ground invasion": the ground invasion told before
			if prev := st.lastEventBy(t.Type, f.agents[0], s, t.Lemma); prev != nil && (!genitive || prev.trig != nil && prev.trig.t.Lemma == t.Lemma) {
				// unless it names another place ("the larger M23
				// offensive in North Kivu" after the battle of Goma)
				probe := &frame{sent: s, trig: th, Event: eventgraph.Event{Date: s.date}}
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
					probe := &frame{sent: s, trig: th, Event: eventgraph.Event{Date: s.date}}
					st.addSlots(probe, s, th, passive)
					th.ev = prev
					prev.absorb(probe)
					return nil
				}
			}
		}
		if len(f.agents) == 0 {
			if by := st.byAgent(s, th.j); len(by) > 0 && (s.toks[th.j].Lower == "by" || includingBy(s, th.j) > 0 || st.placesThenBy(s, th.j) || (t.Type == "ASSAULT" || t.Type == "COERCE") && st.objectThenBy(s, th.j)) {
				f.agents = by
			} else if k := actedBy(s, th.j); k > 0 {
				// "an insurgency waged by JNIM", "an offensive carried
				// out by the alliance": who wages it acts
				f.agents = st.byAgent(s, k)
			}
		}
		if len(f.agents) == 0 && t.Of == "agent" {
			f.agents = st.ofObject(s, th.j)
		}
		if len(f.agents) == 0 && th.j < len(s.toks) && s.toks[th.j].Lower == "from" {
			switch t.Type {
			case "AGREE", "REQUEST", "SUPPORT", "AID", "THREATEN", "ACCUSE", "CONSULT", "COOPERATE":
				// "an offer from Kabul", "aid from the United States"
				f.agents = st.fromActor(s, th.j)
				if v := st.governingVerb(s, th.i); v >= 0 && len(f.agents) > 0 && g.is(s.toks[v], gRecv) {
					for _, a := range st.subject(s, v) {
						f.addTarget(a)
					}
				}
			}
		}
		if len(f.agents) == 0 {
			// "clashes between the army and the RSF", "talks between
			// Israel and Hamas": both sides act
			f.agents = st.betweenActors(s, betweenAfter(s, th.j))
			if k := th.j; len(f.agents) == 0 && k+1 < len(s.toks) {
				// "a battle fought between the army and the RSF", "the
				// war was waged between ..."
				if s.toks[k].Lower == "of" && k+1 < len(s.toks) && s.at[k+1] >= 0 {
					k = s.ments[s.at[k+1]].j // "the Battle of Marawi was fought"
				}
				if k < len(s.toks) && g.is(s.toks[k], gBe) {
					k++
				}
				if k+1 < len(s.toks) && (s.toks[k].Lower == "fought" || s.toks[k].Lower == "waged") {
					f.agents = st.betweenActors(s, k+1)
				}
			}
			between = len(f.agents) > 0
		}
		if v := joinedAt(s, th.i); v >= 0 && t.Type == "ASSAULT" {
			// "Hamas joined the fighting with Hezbollah": a side of its
			// own, not a back-reference
			joined = v
			if len(f.agents) == 0 {
				f.agents = st.subject(s, v)
			}
		}
		if len(f.agents) == 0 && st.anaphoric(s, th) && !st.declaredOver(s, th) {
			if prev := st.lastEventOfType(t.Type, st.refMode(s, th), s); prev != nil {
				th.ev = prev
				prev.refs++
				st.addSlots(prev, s, th, passive)
				if prev.Date == nil {
					// "The strikes began on March 15": the day of a
					// campaign told by month only
					prev.Date = s.date
				}
				return nil
			}
		}
		// "Kenya condemned the attack", "Hamas denied the raid", "Egypt
		// called for a truce": who speaks of an act does not do it, nor
		// does who mediates a deal make it
		stance := false
		if v := st.governingVerb(s, th.i); v >= 0 {
			if o := st.trigAt(s, v); o != nil && o.t.Verb && o.t.Type != t.Type && (stanceType[o.t.Type] || o.t.Mode == "mediation") && !g.is(s.toks[v], gLight|gRecv|gGive) {
				stance = true
			}
		}
		if len(f.agents) == 0 && !stance {
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
					st.widenSubject(f, s, v)
					if j := joinedIn(s, v); j >= 0 {
						// "Britain joined the United States in conducting
						// strikes": who joined acts too, first
						as := st.subject(s, j)
						for _, a := range f.agents {
							as = appendActor(as, a)
						}
						f.agents = as
					}
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
		if len(f.agents) == 0 && t.Type == "PROTEST" {
			// "students staged protests": unnamed people protest
			k := th.i
			if v := st.governingVerb(s, th.i); v >= 0 {
				k = v
			}
			if a := st.peopleSubject(s, k); a != nil {
				f.agents = []*docActor{a}
			}
		}
		if len(f.agents) == 0 && len(f.targets) == 0 && !stance {
			timeSubject = st.timePhraseNoun(s, th.i)
			f.agents = st.subject(s, th.i)
			if st.victimBefore(s, f.agents, th.i) {
				// "guerrillas wounded two British soldiers in a bomb
				// attack": the soldiers are hit, not attacking
				f.targets, f.agents = f.agents, nil
			}
			if st.actOfOwnBetween(s, f.agents, th) {
				// "Suu Kyi spoke, condemning the airstrikes": the subject
				// condemns; the airstrikes are another's
				f.agents = nil
			}
			if t.Type == "PROTEST" && len(f.agents) > 0 && st.conjBetween(s, f.agents, th.i) {
				// "The government ordered patrols after violent
				// protests": the protesters are others
				f.agents = nil
			}
		}
	}
	if len(f.agents) == 0 && len(f.targets) == 0 && !passive {
		// "The regime ..., resorting to indiscriminate shelling": the
		// participle clause shares the main clause's subject
		if p := participleBefore(s, th.i); p > 0 && st.trigAt(s, p) == nil {
			// (not when the participle is an act of its own: "Zelensky
			// spoke, condemning the missile strikes")
			f.agents = st.subject(s, p)
		}
	}
	st.addSlots(f, s, th, passive)
	if timeSubject && (ownSide(f.agents, f.targets) || !st.sinceBefore(s, th.i)) {
		// "settlers rioted following the killing of two Israelis",
		// "Israel reimposed blockades after the shooting": an act in a
		// phrase of time is another's; one that a state began from
		// ("troops have held territory since an incursion in August") is
		// the subject's own, unless it hit the subject's side
		f.agents = nil
	}
	if len(f.targets) == 0 {
		switch f.Type {
		case "REJECT", "CONCEDE", "AGREE":
			// "rejected an offer from Kabul", "conceded to demands by
			// the union": who asked is the one answered
			if a := st.askerAfter(s, th.j); a != nil && !overlapActors(f.agents, []*docActor{a}) {
				f.addTarget(a)
			}
		}
	}
	if len(f.targets) == 0 && !passive {
		// "allied with the central government", "clashed with the
		// federal government": the state of the country told about
		if a := st.centralGovernment(s, th.j); a != nil && !overlapActors(f.agents, []*docActor{a}) {
			f.addTarget(a)
		}
	}
	if joined >= 0 {
		// "with Hezbollah", "alongside Russia": an ally, whose enemies
		// the joining side now fights
		for k := th.j; k+1 < len(s.toks) && k < th.j+3; k++ {
			if w := s.toks[k].Lower; w == "with" || w == "alongside" {
				a := k + 1
				if s.toks[a].Lower == "the" && a+1 < len(s.toks) {
					a++
				}
				if s.at[a] < 0 {
					break
				}
				if ally := s.ments[s.at[a]].actor; ally != nil {
					f.targets = removeActor(f.targets, ally)
					for i := len(st.events) - 1; i >= 0; i-- {
						if e := st.events[i].live(); e != nil && e.Type == "ASSAULT" && e.sent != s && overlapActors(e.agents, []*docActor{ally}) && len(e.targets) > 0 {
							for _, a := range e.targets {
								if !overlapActors(f.agents, []*docActor{a}) {
									f.addTarget(a)
								}
							}
							break
						}
					}
				}
				break
			}
		}
	}
	if len(f.targets) == 0 && f.Type == "REQUEST" && !t.Verb && len(f.agents) > 0 {
		// "the junta defied calls by ASEAN": who defies was asked
		if v := st.governingVerb(s, th.i); v >= 0 {
			if o := st.trigAt(s, v); o != nil && o.t.Type == "REJECT" {
				for _, a := range st.subject(s, v) {
					if !overlapActors(f.agents, []*docActor{a}) {
						f.addTarget(a)
					}
				}
			}
		}
	}
	if len(f.targets) == 0 && f.Type == "REJECT" {
		// "Moscow's claims were rejected by Kyiv", "..., an accusation
		// Beijing denied": who made the claim is the one answered
		for _, a := range st.claimOwner(s, th, passive) {
			if !overlapActors(f.agents, []*docActor{a}) {
				f.addTarget(a)
			}
		}
	}
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
	if d := st.ownDate(s, th); d != nil {
		f.Date = d
	}
	f.Quantity = st.quantity(s, th)
	if t.Verb && t.Lemma == "enter" && !st.armedEntry(f, s, th) {
		return nil
	}
	st.refineType(f, s, th)
	if between && f.Type == "COERCE" && deref(f.Mode) == "blockade" {
		// "a siege between the insurgents and the army": both fight
		m := "armed_clash"
		f.Type, f.Mode = "ASSAULT", &m
	}
	if len(f.places) == 0 && len(f.agents) > 0 && f.Type == "COERCE" {
		switch deref(f.Mode) {
		case "coup", "state_of_emergency", "martial_law":
			// a coup or an emergency rule happens in the agent's own
			// country
			if i, ok := st.d.countryPlace[f.agents[0].country]; ok && f.agents[0].country != "" {
				f.addPlace(st.placeFor(i))
			}
		}
	}
	if physical[f.Type] && st.wholeCountry(s) {
		// "protests throughout the country": the country the document
		// is about
		if p := st.docCountry(); p != nil {
			f.addPlace(p)
		}
	}
	if f.Type == "PROTEST" && len(f.agents) == 0 {
		// "civilians across the country staged protests": the people
		// who protest, named by a plain noun
		if a := st.peopleSubject(s, th.i); a != nil {
			f.agents = []*docActor{a}
		}
	}
	if len(f.places) == 0 && physical[f.Type] {
		// "Burkina Faso has been the frontline of an insurgency": the
		// country is the scene, not an actor
		if p := st.sceneOf(s, th.i); p != nil {
			f.addPlace(p)
		}
	}
	if len(f.places) == 0 && physical[f.Type] {
		// "at the venue", "inside the hospital": the venue named before
		if p := st.venueBack(s, th); p != nil {
			f.addPlace(p)
		}
	}
	if len(f.places) == 0 && physical[f.Type] {
		// where the sentence says it happened (not where another act of
		// the sentence did: "struck Hezbollah, which fired at Haifa"),
		// nor where the act it answers or is answered by did ("struck
		// Kabul in retaliation for the Quetta bombing")
		lo, hi := st.causeSpan(s, th.i)
		for _, m := range s.ments {
			if relativeBetween(s, th, m.i) || st.causePhraseAt(s, th.i) < 0 && st.causePhraseAt(s, m.i) >= 0 {
				// (nor where the act it answers did: "launched rockets
				// in retaliation for a strike near Tyre")
				continue
			}
			if lo >= 0 && (m.i < lo || m.i >= hi) {
				continue
			}
			if lo < 0 {
				if l, _ := st.causeSpan(s, m.i); l >= 0 {
					continue
				}
			}
			if m.place != nil && m.actor == nil && !homePlace(s, m) {
				f.addPlace(m.place)
			} else if m.demonym && m.j < len(s.toks) && g.is(s.toks[m.j], gPlaceNoun) {
				// "from Lebanese territory"
				if p := st.placeOf(m, true); p != nil {
					f.addPlace(p)
				}
			} else if m.actor != nil && !m.demonym && st.inPlace(s, m) && !homePlace(s, m) {
				// "a village in western Cambodia": a state named after
				// "in" is its territory
				if p := st.placeOf(m, false); p != nil {
					f.addPlace(p)
				}
			}
		}
	}
	return f
}

// inPlace: the mention follows "in", "across", "near" (a locative
// preposition), perhaps with "the" or a direction word between.
func (st *docState) inPlace(s *sent, m *ment) bool {
	k := m.i - 1
	for k >= 0 && (s.toks[k].Lower == "the" || directionWord(s.toks[k].Lower)) {
		k--
	}
	return k >= 0 && st.d.gram.is(s.toks[k], gPrepLoc)
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
			if k+1 < len(s.toks) && facilityNoun(s.toks[k+1].Lower) {
				break // "captured a police outpost", "seized an army base"
			}
			if g.is(tk, gPersonNoun) || g.is(tk, gForceNoun) || st.vehicleNoun(s, k) || s.at[k] >= 0 && s.ments[s.at[k]].actor != nil && s.ments[s.at[k]].place == nil && !s.ments[s.at[k]].demonym {
				f.Type = "ASSAULT"
				m := "hostage_taking"
				f.Mode, f.specific = &m, true
			}
			break
		}
	}
	// "boarded the ship and detained its 25 crew members": holding the
	// people of a seized vessel is hostage taking, not an arrest
	if f.Type == "COERCE" && mode == "arrest" && th.t.Verb {
		for k := th.j; k < len(s.toks) && k <= th.j+5; k++ {
			w := s.toks[k].Lower
			if w == "crew" || w == "crews" || w == "passengers" || w == "sailors" || w == "seafarers" {
				f.Type = "ASSAULT"
				m := "hostage_taking"
				f.Mode, f.specific = &m, true
				break
			}
			if s.toks[k].Punct || st.d.gram.is(s.toks[k], gPrep) {
				break
			}
		}
	}
	// "sent troops into Somalia", "deployed forces into Mali": entering
	// a country with troops is an invasion, not a deployment at home
	if f.Type == "MOBILIZE" && th.t.Verb && th.j+1 < len(s.toks) {
		k := th.j
		for k < len(s.toks) && k < th.j+3 && s.toks[k].Lower != "into" && !s.toks[k].Punct && s.at[k] < 0 {
			k++
		}
		if k+1 < len(s.toks) && s.toks[k].Lower == "into" {
			if k+2 < len(s.toks) && s.toks[k+1].Lower == "the" {
				k++
			}
			if idx := s.at[k+1]; idx >= 0 && s.ments[idx].place != nil && s.ments[idx].place.e.Kind == "country" {
				f.Type = "ASSAULT"
				m := "ground_assault"
				f.Mode, f.specific = &m, true
			}
		}
	}
	// "a four-day strike", "an open-ended strike": a strike that lasts
	// days is a labour strike, not an attack
	if f.Type == "ASSAULT" && !th.t.Verb && th.t.Lemma == "strike" && th.i > 0 {
		p := s.toks[th.i-1].Lower
		if strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-hour") || strings.HasSuffix(p, "-week") ||
			p == "open-ended" || p == "indefinite" || p == "nationwide" || p == "teachers'" || p == "doctors'" {
			f.Type = "PROTEST"
			m := "strike"
			f.Mode, f.specific = &m, true
		}
	}
	// "declared the strikes to be over", "the offensive is over": the
	// attacks are halted
	if (f.Type == "ASSAULT" || f.Type == "COERCE") && st.declaredOver(s, th) {
		typ := f.Type
		f.Type = "RETREAT"
		m := "halt_operations"
		f.Mode, f.specific = &m, true
		if len(f.targets) == 0 && th.i > 0 && s.toks[th.i-1].Lower == "the" {
			// "the strikes": those told before, and whom they hit
			for i := len(st.events) - 1; i >= 0; i-- {
				if e := st.events[i].live(); e != nil && e.Type == typ && e.sent != s && len(e.targets) > 0 {
					for _, a := range e.targets {
						if !overlapActors(f.agents, []*docActor{a}) {
							f.addTarget(a)
						}
					}
					break
				}
			}
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
	if f.Type == "RETREAT" && st.withdrawsEnvoys(s, th) {
		// "withdrew its ambassador", "pulled out its observers": a cut
		// in relations or involvement, not a military retreat (CAMEO
		// 161, 166)
		f.Type = "SANCTION"
	}
	if f.Type == "SANCTION" && th.t.Lemma == "block" && st.blocksPassage(s, th) || f.Type == "PROTEST" && strings.HasPrefix(th.t.Lemma, "block ") {
		// "blocked the bridge", "blocked transport into Abidjan":
		// obstructing passage is a protest (CAMEO 144), a blockade when
		// a state's forces do it
		f.Type, mode = "PROTEST", "protest"
		for _, a := range f.agents {
			if a.kind == eventgraph.KindState || a.kind == eventgraph.KindMilitary || a.kind == eventgraph.KindGovernment {
				f.Type, mode = "COERCE", "blockade"
			}
		}
		f.Mode, f.specific = &mode, true
	}
	if f.Type == "MOBILIZE" && (th.t.Lemma == "deploy" || th.t.Lemma == "deployment" || th.t.Lemma == "dispatch") && peacekeepersAfter(s, th) {
		// "deployed 3,000 peacekeepers to Somalia": providing
		// peacekeeping is aid (CAMEO2PLOVER 074)
		f.Type, mode = "AID", "peacekeeping"
		f.Mode, f.specific = &mode, true
	}
	if f.Type == "SANCTION" && th.t.Lemma == "cancel" && st.cancelsRestriction(s, th) {
		// "cancelled restrictions on the opposition", "cancelled the
		// curfew": ending a restriction is easing it
		f.Type = "CONCEDE"
		m := "easing"
		f.Mode, f.specific = &m, true
	}
	if f.Type == "CONCEDE" && th.t.Verb && st.liftsBlockade(s, th) {
		// "lifted the siege of Kharkiv", "eased a day-old blockade":
		// ending a military blockade is a military retreat (CAMEO 0872)
		f.Type = "RETREAT"
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

// vehicleNoun: the object phrase starting at k is a ship, plane, train or
// bus ("a cargo ship", "the Liberian-flagged, Greek-owned tanker");
// seizing one with the people on board is hijacking.
func (st *docState) vehicleNoun(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j <= k+8; j++ {
		tk := s.toks[j]
		if isVehicleWord(tk.Lower) {
			return true
		}
		if idx := s.at[j]; idx >= 0 && s.ments[idx].place != nil {
			// a named ship or train of the gazetteer ("Galaxy Leader
			// ship", "Jaffar Express train" among its aliases)
			for _, al := range s.ments[idx].place.e.Aliases {
				if f := strings.Fields(strings.ToLower(al)); len(f) > 1 && isVehicleWord(f[len(f)-1]) {
					return true
				}
			}
			return false
		}
		if tk.Punct && tk.Text != "," && tk.Text != "-" || st.d.gram.is(tk, gPrep) || st.triggerAt(s, j) {
			return false
		}
	}
	return false
}

// armedEntry: "M23 rebels entered Bukavu": an armed force or group is
// the subject and a named town, city or district below country level the
// object ("refugees entered Chad", "entered talks" are no capture).
func (st *docState) armedEntry(f *frame, s *sent, th *trigHit) bool {
	armed := false
	for _, a := range f.agents {
		armed = armed || a.kind == eventgraph.KindArmedGroup || a.kind == eventgraph.KindMilitary
	}
	if !armed {
		return false
	}
	k := th.j
	if k < len(s.toks) && s.toks[k].Lower == "the" {
		k++
	}
	if k >= len(s.toks) || s.at[k] < 0 {
		return false
	}
	m := s.ments[s.at[k]]
	return m.place != nil && m.actor == nil && m.place.e.Kind != "country" && m.place.e.Kind != "continent" && m.place.e.Kind != "sea"
}

// militaryOf: the armed forces of a state, or of the state a government
// body belongs to, when the dictionary knows them; a force or an armed
// group is its own.
func (st *docState) militaryOf(a *docActor) *docActor {
	switch a.kind {
	case eventgraph.KindState, eventgraph.KindGovernment:
	default:
		return nil
	}
	if i, ok := st.d.state[a.country]; ok && a.country != "" {
		if mil, ok := st.d.military[st.d.Actors[i].ID]; ok {
			return st.actorFor(mil)
		}
	}
	return nil
}

// barrierObject: the object phrase starting at k is a barrier, fence,
// wall, border or defensive line, by a common noun ("the border fence",
// "enemy lines") or by a place named for one ("the Gaza–Israel barrier").
func (st *docState) barrierObject(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j <= k+5; j++ {
		tk := s.toks[j]
		if idx := s.at[j]; idx >= 0 && s.ments[idx].place != nil && tk.Cap {
			f := strings.Fields(strings.ToLower(s.ments[idx].place.e.Name))
			return len(f) > 1 && barrierWord(f[len(f)-1])
		}
		// ("the city walls": "the city" may stand for a place told before)
		if barrierWord(tk.Lower) {
			return true
		}
		if tk.Punct && tk.Text != "-" || st.d.gram.is(tk, gPrep) || st.triggerAt(s, j) {
			return false
		}
	}
	return false
}

// ownSide: one of bs is one of as, or a people or body of the same
// country ("Israeli settlers" and "Israelis").
func ownSide(as, bs []*docActor) bool {
	for _, a := range as {
		for _, b := range bs {
			if a == b || a.country != "" && a.country == b.country {
				return true
			}
		}
	}
	return false
}

// timePhraseNoun: the event noun at k heads a phrase of time ("burned
// cars following the killing of two Israelis", "after a coup"), whose act
// is not the main clause subject's.
func (st *docState) timePhraseNoun(s *sent, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		w := s.toks[i].Lower
		if timeConjunction(w) {
			return true
		}
		if s.toks[i].Punct || s.at[i] >= 0 || st.triggerAt(s, i) || st.d.gram.is(s.toks[i], gPrep) {
			return false
		}
	}
	return false
}

// sinceBefore: "since" opens the phrase of the noun at k.
func (st *docState) sinceBefore(s *sent, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if timeConjunction(s.toks[i].Lower) {
			return s.toks[i].Lower == "since"
		}
	}
	return false
}

// finiteVerb: a lower-case past form no word class knows ("turned",
// "signed"), which after "and" opens another predicate.
func finiteVerb(g *grammar, t Token) bool {
	return !t.Cap && !t.Punct && strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 && g.words[t.Lower] == 0
}

// timeConjunction: words that open a phrase or clause of time, which
// tells of another act ("after", "before", "since", "following", "amid").
func timeConjunction(w string) bool {
	switch w {
	case "after", "before", "since", "following", "amid", "until":
		return true
	}
	return false
}

// captivesAfter: a noun of people held captive within the few words from k
// ("307 prisoners of war", "the bodies of hostages").
func captivesAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j <= k+4; j++ {
		switch s.toks[j].Lower {
		case "prisoners", "prisoner", "captives", "hostages", "detainees", "pows", "p.o.w.s":
			return true
		}
		if s.toks[j].Punct {
			return false
		}
	}
	return false
}

func borderNoun(w string) bool {
	return w == "border" || w == "borders" || w == "frontier" || w == "boundary"
}

func barrierWord(w string) bool {
	switch w {
	case "barrier", "barriers", "fence", "fences", "wall", "walls", "border", "perimeter", "defences", "defenses", "lines", "line", "gate", "gates", "checkpoint", "checkpoints", "frontier", "cordon":
		return true
	}
	return false
}

// armsNear: a weapon word, an arms noun or a weapon-system designation
// ("S-400s", "F-35 jets", not "AR-924 pagers") within the few words after
// the trigger.
func (st *docState) armsNear(s *sent, th *trigHit) bool {
	for k := th.j; k < len(s.toks) && k <= th.j+6; k++ {
		t := s.toks[k]
		if t.Punct && t.Text != "-" {
			return false
		}
		if st.weaponAt(s, k) {
			return true
		}
		switch t.Lower {
		case "arms", "weapons", "weaponry", "munitions", "ammunition", "warships", "frigates", "submarines", "interceptors":
			return true
		}
		if designation(t.Text) {
			// the model names the goods unless a plural noun after it
			// says what they are ("AR-924 pagers")
			if n := k + 1; n < len(s.toks) && !s.toks[n].Punct && !s.toks[n].Cap && strings.HasSuffix(s.toks[n].Lower, "s") {
				switch s.toks[n].Lower {
				case "systems", "missiles", "jets", "fighters", "batteries", "launchers", "drones", "tanks", "components":
					return true
				}
				return false
			}
			return true
		}
	}
	return false
}

// designation: a model name of letters, a hyphen and digits ("S-400",
// "Su-35s", "F-16").
func designation(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 3 || i+1 >= len(w) {
		return false
	}
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return w[i+1] >= '0' && w[i+1] <= '9'
}

func isVehicleWord(w string) bool {
	switch w {
	case "ship", "ships", "vessel", "vessels", "tanker", "tankers", "boat", "boats", "ferry", "freighter",
		"plane", "airliner", "train", "bus", "buses":
		return true
	}
	return false
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
		if len(f.targets) == 0 {
			if a := st.passiveOwner(s, th.i); a != nil {
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
	if !t.Verb && (t.Type == "SUPPORT" || t.Type == "AID") && th.j < len(s.toks) && s.toks[th.j].Lower == "for" {
		// "its support for the Arakan Army": who is backed
		st.object(f, s, th.j+1)
	}
	// prepositional phrases to the right, up to the clause end
	prep, placePrep := uint32(0), uint32(0)
	_, causeEnd := st.causeSpan(s, th.i)
	for k := th.j; k < len(s.toks) && k < th.j+18; k++ {
		tk := s.toks[k]
		if clauseBound(tk) || causeEnd >= 0 && k >= causeEnd {
			// "In retaliation for the bombing, Pakistan struck X": the
			// cause's phrase ends at the comma
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
		if k > th.j && relativeOfActor(s, k) {
			break // "struck Hezbollah, which fired rockets at Haifa"
		}
		if k > th.j && (tk.Lower == "and" || tk.Lower == "but") && k+1 < len(s.toks) && s.at[k+1] < 0 && finiteVerb(g, s.toks[k+1]) {
			// "expelled French troops and turned to Russia": another
			// predicate, with objects of its own
			break
		}
		if k > th.j && st.timeBetween(s, k, k+1) {
			// "shelled Kharkiv two days after the bombardment of Sumy":
			// another act, with places of its own
			break
		}
		if c := g.words[tk.Lower] & (gPrepTarget | gPrepInto | gPrepLoc | gPrepFrom | gPrepBy | gPrepWith | gPrepOf | gPrepTo | gPrepOther); c != 0 && !tk.Cap {
			prep = c
			if c&gPrepBy != 0 && (k > th.j && ledBy(s.toks[k-1].Lower) || t.Verb && !passive && k > th.j) {
				// "the government led by the NLD": who leads, not who
				// acts; "rejected calls by Minsk": the object's maker
				prep = gPrepOther
				if t.Type == "REQUEST" && t.Verb && !passive && th.i > 0 && s.toks[th.i-1].Lower != "to" && !ledBy(s.toks[k-1].Lower) && !s.toks[k-1].Cap && s.at[k-1] < 0 {
					// "demanded an admission by Moscow", "called for an
					// end to attacks by Israel": who is asked to act
					prep = gPrepTarget
				}
			}
			if c&gPrepWith != 0 && k > th.j && borderNoun(s.toks[k-1].Lower) {
				// "near the border with Niger": a neighbour named for
				// where, neither hit nor where it happened
				prep = gPrepOther
			}
			if c&gPrepWith != 0 && k > 0 && (k == th.j || k > th.j && k-th.j <= 4 && tiesNoun(s.toks[k-1].Lower)) && relationsTarget(t.Type) {
				// "lodged a protest with Albania", "break relations with
				// Russia", "a suspension of air links with Serbia": the
				// side the act is aimed at, not a partner
				prep = gPrepTarget
			}
			if (c&gPrepFrom != 0 || c&gPrepBy != 0) && k >= th.j && k > 0 && k-th.j <= 5 && t.Type != "ASSAULT" && proposalNoun(s.toks[k-1].Lower) {
				// "rejected an offer from Kabul", "accepted demands from the
				// rebels", "rejected calls by the UN chief": whose proposal
				// is answered
				prep = gPrepTarget
			}
			if tk.Lower == "for" && k > 0 && givenThing(s.toks[k-1].Lower) && t.Type != "ASSAULT" {
				// "agreed to provide aid for Romania", "weapons for
				// Ukraine": who receives
				prep = gPrepTo
			}
			if tk.Lower == "from" && k > 0 && givenThing(s.toks[k-1].Lower) {
				// "with intelligence support from the United States": who
				// gives, not where the act happened
				prep = gPrepOther
			}
			if (tk.Lower == "towards" || tk.Lower == "toward") && t.Type == "MOBILIZE" {
				// "advanced through Rostov towards Moscow": where a
				// column heads, not where it is
				prep = gPrepOther
			}
			if tk.Lower == "including" && placePrep != 0 {
				// "on northern Gaza, including Gaza City": more places
				// of the same slot
				prep = placePrep
			}
			continue
		}
		idx := s.at[k]
		if idx < 0 {
			if tk.Text == "," {
				prep = 0
			}
			if prep&gPrepTo != 0 && t.Type == "AID" && s.toks[k-1].Lower == "to" {
				// "delivered food to displaced families": who receives
				if a := st.peopleAt(s, k); a != nil {
					f.addTarget(a)
					prep = 0
				}
			}
			continue
		}
		m := s.ments[idx]
		k = m.j - 1
		if m.title || homePlace(s, m) {
			continue
		}
		placePrep = 0
		if m.place != nil && m.actor == nil && prep&(gPrepLoc|gPrepTarget|gPrepInto) != 0 {
			placePrep = prep
		}
		st.slotFor(f, s, m, prep, t)
	}
	st.protestTarget(f, s, th)
	if t.Type == "CONSULT" && t.Mode == "mediation" && len(f.targets) == 0 {
		// "launched a mediation effort between Syria and the PLO": the
		// two sides are whom the mediator deals with
		for k := th.j; k < len(s.toks) && k < th.j+5; k++ {
			if clauseBound(s.toks[k]) {
				break
			}
			if s.toks[k].Lower == "between" {
				for _, a := range st.betweenActors(s, k) {
					f.addTarget(a)
				}
				break
			}
		}
	}
}

// protestTarget reads whom a protest is aimed at from what it is
// against: the owner of the grievance ("rallied against the junta's
// decree", "in protest of the Russian government's refusal"), the body
// defied ("in defiance of Chinese authorities"), or the doer of the
// wrong ("against abuses by the police").
func (st *docState) protestTarget(f *frame, s *sent, th *trigHit) {
	accuse := th.t.Type == "ACCUSE"
	if th.t.Type != "PROTEST" && !accuse {
		return
	}
	if len(f.targets) == 1 && th.j+1 < len(s.toks) && s.toks[th.j].Lower == "to" && st.actorAfter(s, th.j+1) == f.targets[0] {
		// "complained to the UN over Israeli raids": the UN is only
		// told; the one complained of, when named, is the target
		told := f.targets
		f.targets = nil
		defer func() {
			if len(f.targets) == 0 {
				f.targets = told
			}
		}()
	}
	if len(f.targets) > 0 {
		return
	}
	g := &st.d.gram
	prep := false
	for k := th.j; k < len(s.toks) && k < th.j+14; k++ {
		tk := s.toks[k]
		if clauseBound(tk) || k > th.j && st.isSpeechAt(s, k) && !g.is(s.toks[k-1], gDet) {
			return
		}
		switch tk.Lower {
		case "against", "over", "at":
			prep = true
			continue
		case "demand", "demanding", "demands", "calling", "call", "urging", "overthrow", "oust", "topple":
			prep = !accuse
			continue
		case "from":
			if w := s.toks[k-1].Lower; w == "independence" || w == "autonomy" || w == "secession" {
				// "calling for independence from Iraq": the state left
				if a := st.actorAfter(s, k+1); a != nil {
					f.addTarget(a)
					return
				}
			}
			continue
		case "of":
			w := s.toks[k-1].Lower
			prep = w == "protest" || w == "defiance"
			if k > 0 && (w == "defiance" || removalNoun(w)) {
				if a := st.actorAfter(s, k+1); a != nil {
					f.addTarget(a)
					return
				}
			}
			continue
		case "by":
			if prep && k > 0 && grievanceNoun(s.toks[k-1].Lower) {
				if a := st.actorAfter(s, k+1); a != nil {
					f.addTarget(a)
					return
				}
			}
			continue
		}
		if !prep {
			continue
		}
		if idx := s.at[k]; idx >= 0 {
			m := s.ments[idx]
			if m.j < len(s.toks) && (s.toks[m.j].Lower == "'s" || s.toks[m.j].Lower == "’s") && m.actor != nil && !m.title {
				f.addTarget(m.actor)
				return
			}
			if m.demonym && m.actor != nil && m.j < len(s.toks) && st.trigAt(s, m.j) != nil {
				// "against Israeli airstrikes": the side whose act is
				// protested
				f.addTarget(m.actor)
				return
			}
			k = m.j - 1
			continue
		}
		if g.is(tk, gPrep) && tk.Lower != "of" {
			prep = false
		}
	}
}

// removalNoun: a demand to remove a ruler ("the resignation of", "the
// government of"), whose "of" names who is opposed.
func removalNoun(w string) bool {
	switch w {
	case "resignation", "removal", "ouster", "overthrow", "downfall", "departure", "government", "regime", "rule":
		return true
	}
	return false
}

// actorAfter: the actor named at k, over "the" and a title ("the
// resignation of President X"), not a demonym.
func (st *docState) actorAfter(s *sent, k int) *docActor {
	k = skipDet(s, k)
	for k < len(s.toks) && s.at[k] >= 0 {
		m := s.ments[s.at[k]]
		if m.title {
			k = m.j
			continue
		}
		if m.actor != nil && !m.demonym {
			return m.actor
		}
		return nil
	}
	return nil
}

// skipDet steps over "the" at k.
func skipDet(s *sent, k int) int {
	if k < len(s.toks) && s.toks[k].Lower == "the" {
		return k + 1
	}
	return k
}

// grievanceNoun: a wrong that protesters name with its doer after "by"
// ("violations by the army", "the killing by police").
func grievanceNoun(w string) bool {
	switch w {
	case "violations", "abuses", "abuse", "crimes", "killings", "killing", "crackdown", "repression", "policies", "rule", "arrests", "detention", "brutality", "violence", "seizure", "occupation", "decision", "refusal":
		return true
	}
	return false
}

// homePlace: a place named as where someone lives or speaks from ("from
// his home in Yangon", "at her residence in Lahore") or comes from
// ("nationals from the Philippines, Ukraine and Mexico"), or that names
// a war ("one day into the Gaza war"), not where the event happened.
func homePlace(s *sent, m *ment) bool {
	if originPlace(s, m) || warName(s, m) || acrossBorder(s, m) {
		return true
	}
	i := m.i - 1
	if i < 2 || s.toks[i].Lower != "in" {
		return false
	}
	switch s.toks[i-1].Lower {
	case "home", "house", "residence", "office", "hotel", "exile", "apartment", "studio":
	default:
		return false
	}
	switch s.toks[i-2].Lower {
	case "his", "her", "their", "its", "my", "our":
		return true
	}
	return false
}

// acrossBorder: the neighbour in "along the border with China", "near
// the frontier with Somalia": the act is at the border, not in it.
func acrossBorder(s *sent, m *ment) bool {
	if m.i < 2 || s.toks[m.i-1].Lower != "with" {
		return false
	}
	switch s.toks[m.i-2].Lower {
	case "border", "borders", "frontier", "boundary":
		return true
	}
	return false
}

// warName: the place names a war or a truce ("the Gaza war", "the
// Sudan conflict", "the Lebanon ceasefire").
func warName(s *sent, m *ment) bool {
	if m.j >= len(s.toks) {
		return false
	}
	switch s.toks[m.j].Lower {
	case "war", "wars", "conflict", "crisis", "ceasefire", "truce":
		return true
	}
	return false
}

// originPlace: the place (or one of a list of places) after "citizens
// of", "nationals from", "refugees from": where people come from.
func originPlace(s *sent, m *ment) bool {
	i := m.i - 1
	for i >= 0 && m.i-i <= 12 {
		tk := s.toks[i]
		if tk.Text == "," || tk.Lower == "and" || tk.Lower == "or" || tk.Lower == "the" || s.at[i] >= 0 {
			i--
			continue
		}
		break
	}
	if i < 1 || s.toks[i].Lower != "from" && s.toks[i].Lower != "of" {
		return false
	}
	switch s.toks[i-1].Lower {
	case "citizen", "citizens", "national", "nationals", "native", "natives", "expatriates", "expats",
		"immigrants", "migrants", "refugees", "tourists", "pilgrims", "passport", "passports":
		return true
	}
	return false
}

// relationsTarget: act types whose "with X" names the side aimed at
// (protests, threats, sanctions, refusals), not a partner.
func relationsTarget(typ string) bool {
	switch typ {
	case "ACCUSE", "THREATEN", "SANCTION", "REJECT":
		return true
	}
	return false
}

// tiesNoun: a noun for what links two sides ("air links with Serbia",
// "trade with Iran"), whose "with" names the other side.
func tiesNoun(w string) bool {
	switch w {
	case "ties", "relations", "links", "contacts", "contact", "trade", "flights", "dealings", "exchanges":
		return true
	}
	return false
}

// proposalNoun: a noun for what one side puts to another ("offer",
// "demands", "calls"); the "from" or "by" after it names who made it.
func proposalNoun(w string) bool {
	switch w {
	case "offer", "offers", "proposal", "proposals", "demand", "demands", "call", "calls", "request", "requests",
		"appeal", "appeals", "invitation", "invitations", "ultimatum", "plan", "initiative", "overtures", "bid":
		return true
	}
	return false
}

// givenThing: a noun for what one side gives another ("support from",
// "weapons from"); the "from" after it names the giver.
func givenThing(w string) bool {
	switch w {
	case "support", "aid", "help", "assistance", "backing", "funding", "financing", "intelligence", "weapons", "arms", "supplies", "training":
		return true
	}
	return false
}

// ledBy: a participle whose "by" names a leader or a backer.
func ledBy(w string) bool {
	switch w {
	case "led", "headed", "backed", "supported", "dominated", "run", "controlled", "founded":
		return true
	}
	return false
}

// slotFor places a mention after a preposition into the frame.
func (st *docState) slotFor(f *frame, s *sent, m *ment, prep uint32, t *Trigger) {
	placeNoun := m.demonym && m.j < len(s.toks) && st.d.gram.is(s.toks[m.j], gPlaceNoun)
	switch {
	case prep&gPrepFrom != 0:
		if t.Type == "REQUEST" && m.actor != nil && !m.demonym && (m.place == nil || m.actor.kind != KindState) {
			// "demanded autonomy from the Serbian authorities": who is
			// asked
			f.addTarget(m.actor)
		}
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
		}
	case prep&gPrepWith != 0:
		if m.actor != nil && (t.Type == "CONSULT" || t.Type == "AGREE" || t.Type == "COOPERATE") {
			f.addAgent(m.actor)
		} else if m.actor != nil && (t.Type == "ASSAULT" || t.Type == "SANCTION" && t.Mode == "relations") {
			// "clashes with Hezbollah", "cut ties with Rwanda"
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
	for k := th.i + 1; k < th.j-1; k++ {
		if nounDeterminer(s.toks[k].Lower) {
			return false // "broke up a protest by students": verb and object
		}
	}
	if th.j < len(s.toks) && s.toks[th.j].Lower == "by" {
		return !strings.HasSuffix(w, "ing")
	}
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	if th.j < len(s.toks) && s.toks[th.j].Lower == "to" {
		switch w {
		case "opposed", "committed", "determined", "resigned":
			// "Israel is opposed to the plan": a state, not a passive
			return false
		}
	}
	// reduced relative: "rockets fired from Gaza"
	// but "the rockets targeted the cities" is active: an object follows
	// and "tanks shelled positions" is active: a noun, not a phrase, follows
	if th.i > 0 && st.weaponAt(s, th.i-1) && strings.HasSuffix(w, "ed") {
		if th.j < len(s.toks) {
			nx := s.toks[th.j]
			if !nx.Punct && !g.is(nx, gPrep) && !g.is(nx, gWeekday|gMonth) && !st.timeWord(nx) {
				return false
			}
		}
		return true
	}
	for k := th.i - 1; k >= 0 && k >= th.i-3; k-- {
		tk := s.toks[k]
		if g.is(tk, gBe) && tk.Lower != "'s" {
			return true
		}
		if tk.Punct || s.at[k] >= 0 || tk.Lower == "to" {
			// "is prepared to lift": the infinitive is active
			return false
		}
	}
	return false
}

// subject finds the agent left of a verb at k: the nearest actor mention
// in the clause that is not the object of a preposition; pronouns resolve
// to recent actors.
func (st *docState) subject(s *sent, k int) []*docActor {
	if c := indefiniteApposition(s, k); c > 0 {
		// "IS-K, a regional affiliate of the Islamic State, claimed":
		// the name before the apposition
		if as := st.subjectNear(s, c); len(as) > 0 {
			return as
		}
	}
	as := st.subjectNear(s, k)
	if len(as) == 0 && coordinatedVerb(s, k) && len(s.ments) > 0 {
		// "Prigozhin portrayed the rebellion as ..., characterized it
		// as ..., and demanded": a verb phrase joined by "and" shares the
		// subject that opens the sentence
		if m := s.ments[0]; m.i <= 1 && m.actor != nil && !m.demonym && m.j < k {
			return st.coordinated(s, m)
		}
	}
	if len(as) == 0 {
		if a := st.bareForces(s, k); a != nil {
			as = []*docActor{a}
		}
	}
	return as
}

// bareForces: "the junta imposed martial law", "security forces have
// arrested 2,400 people", "the army shelled the town": an unnamed state
// force as the subject of the verb at k is the state military named last,
// else the military of the country the text is about.
func (st *docState) bareForces(s *sent, k int) *docActor {
	i := k - 1
	for i >= 0 && (st.d.gram.is(s.toks[i], gBe) || auxOrAdverb(s.toks[i].Lower)) {
		i--
	}
	if i > 0 && k < len(s.toks) && s.at[i] < 0 && strings.HasSuffix(s.toks[i].Lower, "ed") && !s.toks[i].Cap {
		// the verb whose object the noun at k is ("the junta imposed
		// martial law")
		i--
		for i >= 0 && (st.d.gram.is(s.toks[i], gBe) || auxOrAdverb(s.toks[i].Lower)) {
			i--
		}
	}
	if i < 0 || s.at[i] >= 0 {
		return nil
	}
	h := i // the head noun
	switch s.toks[h].Lower {
	case "junta", "military", "army":
	case "forces":
		if h == 0 || s.toks[h-1].Lower != "security" && s.toks[h-1].Lower != "armed" || s.at[h-1] >= 0 {
			return nil
		}
		h--
	default:
		return nil
	}
	if h > 0 {
		// the phrase opens a clause: "The junta", "but the army", "said
		// security forces"
		switch s.toks[h-1].Lower {
		case "the", "said", "says", "that", "and", "but", ",":
		default:
			return nil
		}
	}
	var found *docActor
	st.mentionsBefore(s, h, 12, func(m *ment) bool {
		if m.actor != nil && !m.demonym && m.actor.kind == eventgraph.KindMilitary && m.actor.country != "" {
			found = m.actor
			return true
		}
		return false
	})
	if found == nil {
		if p := st.docCountry(); p != nil {
			if i, ok := st.d.state[p.e.Country]; ok {
				if mil, ok := st.d.military[st.d.Actors[i].ID]; ok {
					found = st.actorFor(mil)
				}
			}
		}
	}
	return found
}

func auxOrAdverb(w string) bool {
	switch w {
	case "have", "has", "had", "also", "reportedly", "allegedly", "again", "repeatedly", "then", "later", "subsequently":
		return true
	}
	return false
}

// indefiniteApposition: the verb at k follows an apposition set off by
// commas and opened by "a"/"an" ("X, a group based in Y, said"); it
// returns where the opening comma stands, or 0.
func indefiniteApposition(s *sent, k int) int {
	if k < 4 || s.toks[k-1].Text != "," {
		return 0
	}
	for c := k - 3; c >= 1 && k-c <= 16; c-- {
		tk := s.toks[c]
		if tk.Text == "," {
			if w := s.toks[c+1].Lower; w == "a" || w == "an" {
				return c
			}
			return 0
		}
		if clauseBound(tk) || tk.Lower == "that" || tk.Lower == "said" {
			return 0
		}
	}
	return 0
}

// labelNoun: the event noun at th names what an earlier noun phrase
// was ("called the incident a terrorist attack", "declared the bombings
// an act of terror", "branded the raid a massacre").
func (st *docState) labelNoun(s *sent, th *trigHit) bool {
	i := th.i - 1
	for i >= 0 && th.i-i <= 3 && !s.toks[i].Punct && s.at[i] < 0 && s.toks[i].Lower != "a" && s.toks[i].Lower != "an" {
		i-- // adjectives: "a terrorist attack", "a deliberate act"
	}
	if i < 2 || s.toks[i].Lower != "a" && s.toks[i].Lower != "an" {
		return false
	}
	// back over the object noun phrase to the labelling verb
	for v := i - 1; v >= 0 && i-v <= 5; v-- {
		switch s.toks[v].Lower {
		case "called", "calls", "calling", "declared", "declares", "labelled", "labeled", "branded", "brands", "termed", "deemed", "dubbed":
			return v < i-1
		}
		if s.toks[v].Punct {
			return false
		}
	}
	return false
}

// venueNoun: a noun for a building or site that a text names once and
// then calls "the venue", "the hospital".
func venueNoun(w string) bool {
	switch w {
	case "venue", "hall", "hospital", "camp", "mosque", "church", "school", "market", "hotel", "theatre", "theater", "stadium", "airport", "compound", "prison", "shrine", "mall":
		return true
	}
	return false
}

// venueBack resolves "the venue" after an event trigger, in its clause, to
// the last place of an earlier sentence written with that noun ("the
// Crocus City Hall music venue", "al-Shifa Hospital").
func (st *docState) venueBack(s *sent, th *trigHit) *docPlace {
	noun := ""
	for k := th.j; k+1 < len(s.toks) && k < th.j+10; k++ {
		if clauseBound(s.toks[k]) || s.toks[k].Text == "," {
			break
		}
		if s.toks[k].Lower == "the" && venueNoun(s.toks[k+1].Lower) && (k+2 >= len(s.toks) || s.at[k+2] < 0 && !s.toks[k+2].Cap) {
			noun = s.toks[k+1].Lower
			break
		}
	}
	if noun == "" {
		return nil
	}
	for n := len(st.sents) - 1; n >= 0; n-- {
		o := st.sents[n]
		if o.idx >= s.idx || o.idx < s.idx-4 {
			continue
		}
		for i := len(o.ments) - 1; i >= 0; i-- {
			m := o.ments[i]
			if m.place == nil || m.actor != nil {
				continue
			}
			if strings.EqualFold(o.toks[m.j-1].Lower, noun) {
				return m.place
			}
			for k := m.j; k < len(o.toks) && k <= m.j+2; k++ {
				if o.toks[k].Lower == noun {
					return m.place
				}
				if o.toks[k].Punct || o.at[k] >= 0 {
					break
				}
			}
		}
	}
	return nil
}

// lastSides: the two sides of the last fight told in an earlier
// sentence, its agents and targets, or nil.
func (st *docState) lastSides(s *sent) []*docActor {
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f.sent == s || f.Type != "ASSAULT" || len(f.agents) == 0 || len(f.targets) == 0 {
			continue
		}
		out := append([]*docActor(nil), f.agents...)
		for _, a := range f.targets {
			if a.kind != eventgraph.KindCivilians && !overlapActors(out, []*docActor{a}) {
				out = append(out, a)
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return nil
}

// joinedAt finds "joined (the)" right before an event noun at k ("joined
// the fighting", "joins the war") and returns where the verb stands, or -1.
func joinedAt(s *sent, k int) int {
	for i := k - 1; i >= 0 && k-i <= 2; i-- {
		w := s.toks[i].Lower
		if w == "join" || w == "joins" || w == "joined" || w == "joining" {
			return i
		}
		if w != "the" && w != "a" && w != "an" {
			return -1
		}
	}
	return -1
}

// facilityNoun: a post or building a force holds ("a police outpost",
// "an army base"), taken as a place, not as people.
func facilityNoun(w string) bool {
	switch w {
	case "outpost", "outposts", "post", "posts", "station", "stations", "base", "bases", "headquarters", "checkpoint", "checkpoints", "barracks", "camp", "camps", "garrison", "garrisons", "compound", "building", "buildings":
		return true
	}
	return false
}

// victimNoun: a noun of an act done to a person with nothing after it
// ("his killing", "the commander's assassination", "their abduction"),
// whose possessor is whom it befell, not who did it ("its capture of the
// town" names the taker).
func victimNoun(t *Trigger, s *sent, th *trigHit) bool {
	if t.Verb || t.Of != "target" || th.j < len(s.toks) && s.toks[th.j].Lower == "of" {
		return false
	}
	switch strings.ToLower(t.Lemma) {
	case "killing", "assassination", "murder", "execution", "abduction", "kidnapping", "arrest", "detention":
		return true
	}
	return false
}

// lastActOn: the latest event before s of t's type and mode that befell
// a (or the body a belongs to).
func (st *docState) lastActOn(t *Trigger, a *docActor, s *sent) *frame {
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		mode := t.Mode
		if mode == "" {
			mode = t.Default
		}
		if f == nil || f.sent == s || f.Type != t.Type || mode != "" && deref(f.Mode) != mode {
			continue
		}
		if sharesActor(f.targets, []*docActor{a}) {
			return f
		}
	}
	return nil
}

// threatTold: a threat verb of the sentence, before f and by f's agent,
// that f, an act promised by the same words, only spells out.
func threatTold(built []*frame, f *frame) *frame {
	if f.Type != "THREATEN" || f.trig == nil || f.trig.t.Type == "THREATEN" {
		return nil
	}
	for _, o := range built {
		if o.Type == "THREATEN" && o.trig != nil && o.trig.t.Verb && o.trig.t.Type == "THREATEN" && o.trig.i < f.trig.i && sharesActor(o.agents, f.agents) {
			return o
		}
	}
	return nil
}

// joinedIn: the verb at v follows "joined X in" ("France joined the
// United States in striking ..."); returns where "joined" stands, or -1.
func joinedIn(s *sent, v int) int {
	k := v - 1
	if k < 2 || s.toks[k].Lower != "in" || s.at[k-1] < 0 {
		return -1
	}
	i := s.ments[s.at[k-1]].i - 1
	if i >= 0 && s.toks[i].Lower == "the" {
		i--
	}
	if i >= 0 {
		switch s.toks[i].Lower {
		case "join", "joins", "joined", "joining":
			return i
		}
	}
	return -1
}

// centralGovernment reads "with/against/to the central (federal,
// national) government" right after a trigger at k as the state of the
// country the document is about.
func (st *docState) centralGovernment(s *sent, k int) *docActor {
	if k+3 >= len(s.toks) {
		return nil
	}
	if k > 0 && s.toks[k].Lower == "the" {
		k-- // "allied with" is one trigger
	}
	switch s.toks[k].Lower {
	case "with", "against", "to":
	default:
		return nil
	}
	if s.toks[k+1].Lower != "the" || s.toks[k+3].Lower != "government" {
		return nil
	}
	switch s.toks[k+2].Lower {
	case "central", "federal", "national":
	default:
		return nil
	}
	p := st.docCountry()
	if p == nil {
		return nil
	}
	j, ok := st.d.state[p.e.Country]
	if !ok {
		return nil
	}
	return st.actorFor(j)
}

// coordinatedVerb: the verb at k follows "and" or ", and" directly (over
// an adverb), with no subject of its own.
func coordinatedVerb(s *sent, k int) bool {
	i := k - 1
	if i >= 0 && strings.HasSuffix(s.toks[i].Lower, "ly") {
		i--
	}
	return i >= 1 && s.toks[i].Lower == "and"
}

// prepObject: the noun at i is the object of a preposition other than
// "of" ("by the ministry", "against the army").
func prepObject(g *grammar, s *sent, i int) bool {
	b := i - 1
	for b >= 0 && (g.is(s.toks[b], gDet) || !s.toks[b].Cap && !s.toks[b].Punct && g.words[s.toks[b].Lower] == 0 && b >= i-2) {
		b--
	}
	return b >= 0 && g.is(s.toks[b], gPrep) && !g.is(s.toks[b], gPrepOf)
}

// subjectNear finds the subject within the clause left of k.
func (st *docState) subjectNear(s *sent, k int) []*docActor {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		tk := s.toks[i]
		if (tk.Lower == "who" || tk.Lower == "which") && i > 0 && k-i <= 2 && s.toks[i-1].Lower != "of" {
			// ("both of which condemned": the ones named before)
			// "fired tear gas at protesters who stormed parliament": the
			// relative clause's subject is the noun before it, not the
			// main clause's
			b := i - 1
			if s.toks[b].Text == "," && b > 0 {
				b-- // "the United States, which has provided"
			}
			if idx := s.at[b]; idx >= 0 && s.ments[idx].actor != nil {
				return []*docActor{s.ments[idx].actor}
			}
			if a := st.peopleBefore(s, b+1); a != nil {
				return []*docActor{a}
			}
			return nil
		}
		if conjunction(tk.Lower) && i < k-1 && st.verbTriggerAt(s, k) && st.subjectWordBetween(s, i+1, k) && !commaBetween(s, i, k) && !(i > 0 && (s.toks[i-1].Lower == "such" || s.toks[i-1].Lower == "well" || s.toks[i-1].Lower == "as")) && !(i+1 < k && (s.toks[i+1].Lower == "well" || s.toks[i+1].Lower == "again" || s.toks[i+1].Lower == "the" && i+2 < k && (s.toks[i+2].Lower == "latter" || s.toks[i+2].Lower == "former"))) {
			// "police detained 20 people as protesters rallied": the
			// clause a conjunction opens has its own subject
			break
		}
		if responseVerb(tk.Lower) && i+2 < k && s.toks[i+1].Lower == "to" && !commaBetween(s, i, k) && !meansBetween(s, i+2, k) {
			break // "Israel responded to the attack": not Israel's attack
		}
		if clauseBound(tk) || st.cueAt(s, i, "retaliation") && !responseVerb(tk.Lower) && !st.inResponseVerbCue(s, i, k) && tk.Lower != "retaliatory" && !st.responseCueAt(s, i) {
			// ("launched retaliatory strikes", "decided to retaliate with
			// strikes": the maker stands before the cue)
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
			if lo, _ := st.causeSpan(s, k); m.j == k && lo >= 0 && m.i >= lo && m.actor != nil && strings.HasSuffix(s.toks[k].Lower, "ing") {
				// "in response to Hezbollah firing rockets": the gerund's
				// subject
				return []*docActor{m.actor}
			}
			if v := st.verbBefore(s, i); v >= 0 && i+1 < k {
				// "attacked Israel and killed ...", "provided Israel aid
				// and vetoed ...": the object of an earlier verb; its
				// subject is the subject of this one too
				continue
			}
			if usedBy(s, m.i) {
				// "pagers intended for use by Hezbollah exploded": the
				// owner of the thing, not who acts
				continue
			}
			if a := st.placedGroup(s, m); a != nil {
				return []*docActor{a}
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
			b := i - 1
			if b > 0 && s.toks[b].Lower == "the" {
				b-- // "groups in the United States"
			}
			if b >= 1 && (s.toks[b].Lower == "of" || s.toks[b].Lower == "from") && (!s.toks[b-1].Cap || b == 1) && g.is(s.toks[b-1], gForceNoun|gGroupNoun|gPersonNoun) && strings.HasSuffix(s.toks[b-1].Lower, "s") && (b-1 == 0 || s.toks[b-2].Punct || g.is(s.toks[b-2], gDet) || s.toks[b-2].Num) {
				// "Fighters of the Arakan Army attacked", "Dozens of
				// members of Hamas", "jihadists from JNIM": the members'
				// group acts
				return st.coordinated(s, m)
			}
			if b >= 2 && !m.demonym && (s.toks[b].Lower == "to" || s.toks[b].Lower == "with") && affiliation(s.toks[b-1].Lower) && g.is(s.toks[b-2], gForceNoun|gGroupNoun|gPersonNoun) && (b-2 == 0 || s.toks[b-3].Punct || g.is(s.toks[b-3], gDet) || s.toks[b-3].Num) {
				// "Militants linked to al-Qaeda attacked", "gunmen loyal
				// to the former president": the group they belong to acts
				return st.coordinated(s, m)
			}
			if b >= 0 && g.is(s.toks[b], gPrep) && !g.is(s.toks[b], gPrepBy) && !(conjunction(s.toks[b].Lower) && (m.j >= k-2 || st.coordinatedUpTo(s, m.j, k))) && !quantityOf(s, b) {
				// "in Gaza, Israel struck": skip prepositional objects,
				// but "of" inside "X of Y" names keeps looking
				continue
			}
			if m.demonym && !st.personNounAfter(s, m) && !(m.j < len(s.toks) && (g.is(s.toks[m.j], gGroupNoun) || st.weaponAt(s, m.j))) {
				// ("Russian tanks shelled": the weapon's side acts)
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
		if possessive(tk.Lower) && !(i+1 < k && g.is(s.toks[i+1], gForceNoun|gGroupNoun)) {
			// "their intelligence sources indicate": the owner is not
			// the subject, unless of "their forces"
			continue
		}
		if g.is(tk, gPron) && tk.Lower != "it" || tk.Lower == "it" && i > 0 && (g.is(s.toks[i-1], gRel|gDet) || st.speakerBefore(s, i) != nil) {
			if a := st.resolvePronoun(s, i, tk); a != nil {
				return []*docActor{a}
			}
		}
		if (tk.Lower == "sides" || tk.Lower == "parties") && i > 0 && s.at[i] < 0 {
			switch s.toks[i-1].Lower {
			case "the", "both", "two", "warring":
				// "the sides agreed to a ceasefire": the two sides of
				// the fighting told before
				if as := st.lastSides(s); as != nil {
					return as
				}
			}
		}
		if i >= 2 && s.toks[i-1].Lower == "two" && s.toks[i-2].Lower == "the" && s.at[i] < 0 {
			// "the two presidents", "the two countries": the last two
			// named
			if as := st.lastTwo(s, i-2, tk.Lower); as != nil {
				return as
			}
		}
		if s.at[i] < 0 && !tk.Cap && g.is(tk, gGroupNoun|gForceNoun) && i > 0 && (s.toks[i-1].Lower == "its" || s.toks[i-1].Lower == "their") && armedForce(tk.Lower) {
			// "Israel said its troops raided Jenin", "the ministry said
			// its forces had recaptured": the armed forces of its state
			if a := st.resolvePronoun(s, i-1, s.toks[i-1]); a != nil {
				if mil := st.militaryOf(a); mil != nil {
					return []*docActor{mil}
				}
			}
		}
		if s.at[i] < 0 && !tk.Cap && g.is(tk, gGroupNoun|gForceNoun) && i > 0 && st.definiteGeneric(s, i) && !prepObject(g, s, i) {
			if tk.Lower == "regime" || tk.Lower == "junta" {
				// the state's ruling military, not the nearest force
				if a := st.rulingMilitary(s, i); a != nil {
					return []*docActor{a}
				}
			}
			stateForce := stateNoun(tk.Lower) || s.toks[i-1].Lower == "security" || s.toks[i-1].Lower == "government"
			if a := st.recentForce(s, i, g.is(tk, gGroupNoun) && !g.is(tk, gForceNoun)); a != nil && !(stateForce && a.kind == eventgraph.KindArmedGroup) {
				// ("the regime", "security forces" are no rebel group
				// named before)
				return []*docActor{a}
			}
			if a := st.definiteBody(s, i); a != nil {
				// "The military seized power in Niger": the armed forces
				// of the place, when no force was named before
				return []*docActor{a}
			}
		}
	}
	return nil
}

// coordinatedUpTo: from a (just after a name) to b stands only "and" and
// another noun phrase ("Congolese troops and allied militias withdrew"),
// so the name opens a coordinated subject.
func (st *docState) coordinatedUpTo(s *sent, a, b int) bool {
	g := &st.d.gram
	if a >= b || s.toks[a].Lower != "and" || b-a > 5 {
		return false
	}
	for i := a + 1; i < b; i++ {
		if idx := s.at[i]; idx >= 0 {
			i = s.ments[idx].j - 1
			continue
		}
		t := s.toks[i]
		if t.Punct || g.is(t, gPrep|gBe|gRel|gPron) || st.triggerAt(s, i) {
			return false
		}
	}
	return true
}

// subjectWordBetween: a name, a personal pronoun or a noun of people or
// forces stands between tokens a and b, so a clause opened at a has its
// own subject ("as tens of thousands of protesters rallied"; not "after
// four years to allow").
func (st *docState) subjectWordBetween(s *sent, a, b int) bool {
	g := &st.d.gram
	for i := a; i < b; i++ {
		if idx := s.at[i]; idx >= 0 && s.ments[idx].actor != nil {
			return true
		}
		switch s.toks[i].Lower {
		case "he", "she", "they", "it", "we", "i":
			return true
		}
		if g.is(s.toks[i], gPersonNoun|gForceNoun|gGroupNoun) {
			return true
		}
	}
	return false
}

// affiliation: a participle that ties people to a group ("linked to",
// "loyal to", "affiliated with").
func affiliation(w string) bool {
	switch w {
	case "linked", "loyal", "affiliated", "allied", "aligned", "belonging", "tied", "connected", "attached":
		return true
	}
	return false
}

// stanceType: PLOVER types of taking a stance on something, whose
// subject is not the agent of the act it is about.
var stanceType = map[string]bool{"ACCUSE": true, "REJECT": true, "SUPPORT": true, "REQUEST": true, "THREATEN": true}

// actOfOwnBetween: a verb of another event or of speech stands between
// the subject found for an event noun at k and the noun.
func (st *docState) actOfOwnBetween(s *sent, as []*docActor, th *trigHit) bool {
	if len(as) == 0 {
		return false
	}
	k := th.i
	verb, comma := false, false
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		if idx := s.at[i]; idx >= 0 && s.ments[idx].actor == as[len(as)-1] {
			return verb && comma
		}
		if s.toks[i].Text == "," {
			comma = true
		}
		if !verb {
			if o := st.trigAt(s, i); o != nil && o.t.Verb && o.t.Type != th.t.Type && strings.HasSuffix(s.toks[i].Lower, "ing") {
				verb = true
			}
		}
	}
	return false
}

// placedGroup reads a sentence that opens with unnamed people placed by a
// name ("Security forces in Guinea have tortured", "Rebels in the Ivory
// Coast dismissed"): the people are the subject, named with their place,
// not the place.
func (st *docState) placedGroup(s *sent, m *ment) *docActor {
	g := &st.d.gram
	b := m.i - 1
	if b > 0 && s.toks[b].Lower == "the" {
		b--
	}
	if b < 1 || s.toks[b].Lower != "in" && s.toks[b].Lower != "of" {
		return nil
	}
	head := s.toks[b-1]
	if s.at[b-1] >= 0 || !g.is(head, gGroupNoun|gForceNoun|gPersonNoun) && head.Lower != "groups" && head.Lower != "parties" && head.Lower != "elders" {
		return nil
	}
	if s.toks[b].Lower == "of" {
		// "The government of Sindh province ordered": a state body
		// of a place that has no name of its own
		if m.place == nil || m.actor != nil || !stateNoun(head.Lower) {
			return nil
		}
	} else if !strings.HasSuffix(head.Lower, "s") && head.Lower != "police" && head.Lower != "military" {
		return nil
	}
	for i := 0; i < b-1; i++ {
		tk := s.toks[i]
		if s.at[i] >= 0 || tk.Punct || tk.Num || g.words[tk.Lower]&(gPrep|gBe|gRel|gPron|gLight) != 0 || i > 0 && tk.Cap {
			return nil
		}
	}
	if b-1 > 2 {
		return nil
	}
	kind := eventgraph.KindCivilians
	switch {
	case head.Lower == "government" || head.Lower == "authorities" || head.Lower == "administration" || head.Lower == "ministry":
		kind = eventgraph.KindGovernment
	case head.Lower == "groups" || head.Lower == "parties":
		kind = eventgraph.KindOrganization
	case g.is(head, gGroupNoun):
		kind = eventgraph.KindArmedGroup
	case g.is(head, gForceNoun):
		kind = eventgraph.KindMilitary
	}
	start := 0
	if s.toks[0].Lower == "the" {
		start = 1
	}
	a := st.newActor(spanText(s, start, m.j), kind)
	if a.country == "" && m.actor != nil && m.actor.kind == eventgraph.KindState {
		a.country, a.partOf = m.actor.country, m.actor.name
	}
	return a
}

// lastTwo resolves "the two presidents" or "the two countries" before k
// to the two actors of that kind named last, within three sentences.
func (st *docState) lastTwo(s *sent, k int, noun string) []*docActor {
	var kind string
	switch noun {
	case "presidents", "leaders", "ministers", "men", "prime ministers", "heads":
		kind = eventgraph.KindPerson
	case "countries", "nations", "states", "neighbours", "neighbors":
		kind = eventgraph.KindState
	default:
		return nil
	}
	var out []*docActor
	st.mentionsBefore(s, k, 3, func(m *ment) bool {
		if m.actor == nil || m.demonym || m.title || m.actor.kind != kind || overlapActors(out, []*docActor{m.actor}) {
			return false
		}
		out = append(out, m.actor)
		return len(out) == 2
	})
	if len(out) < 2 {
		return nil
	}
	return []*docActor{out[1], out[0]}
}

// conjBetween: a subordinating word ("after", "amid", "following")
// stands between the subject found for a noun at k and the noun.
func (st *docState) conjBetween(s *sent, as []*docActor, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		if idx := s.at[i]; idx >= 0 && s.ments[idx].actor == as[len(as)-1] {
			return false
		}
		switch s.toks[i].Lower {
		case "after", "before", "amid", "following", "since", "despite", "over", "against":
			return true
		}
	}
	return false
}

// possessive: a possessive determiner.
func possessive(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our", "my", "your":
		return true
	}
	return false
}

// cityAsState reads a large city named as the subject of a political act
// right before the verb at k ("Beirut again rejected", "Berlin on Monday
// agreed") as its country's state, written with the city's name.
func (st *docState) cityAsState(s *sent, k int) *docActor {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 5; i-- {
		tk := s.toks[i]
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.actor != nil || m.place == nil || m.place.e.Kind != "city" || m.place.e.Population < 300000 {
				return nil
			}
			if m.i > 0 && (g.is(s.toks[m.i-1], gPrep) || s.toks[m.i-1].Lower == "the" || s.at[m.i-1] >= 0) {
				return nil
			}
			j, ok := st.d.state[m.place.e.Country]
			if !ok {
				return nil
			}
			a := st.actorFor(j)
			a.addAlias(spanText(s, m.i, m.j))
			return a
		}
		if tk.Punct || !(st.timeWord(tk) || tk.Lower == "again" || tk.Lower == "also" || tk.Lower == "has" || tk.Lower == "have" || tk.Lower == "had" || tk.Lower == "will" || tk.Lower == "would" || g.is(tk, gWeekday|gMonth)) {
			return nil
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
		if st.pastVerbAfterNoun(s, v) {
			// "guerrillas wounded two British soldiers"
			return v
		}
		if tk.Punct || tk.Cap || s.at[v] >= 0 || !g.is(tk, gDet|gNum) && !tk.Num && g.words[tk.Lower] != 0 {
			return -1
		}
	}
	return -1
}

// pastVerbAfterNoun: a lower-case "-ed" word right after a plural noun
// that is no name or function word is a finite verb ("guerrillas wounded
// two soldiers"), not an adjective ("the armed wing", "newly elected").
func (st *docState) pastVerbAfterNoun(s *sent, v int) bool {
	g := &st.d.gram
	tk := s.toks[v]
	if v < 1 || tk.Cap || !strings.HasSuffix(tk.Lower, "ed") || g.words[tk.Lower]&^(gInjured|gFatal) != 0 {
		return false
	}
	p := s.toks[v-1]
	return s.at[v-1] < 0 && !p.Punct && !p.Num && strings.HasSuffix(p.Lower, "s") && !strings.HasSuffix(p.Lower, "ss") &&
		g.words[p.Lower]&(gDet|gPrep|gBe|gRel|gPron|gLight|gGive|gRecv) == 0 && len(p.Lower) > 3
}

// newSubjectBetween: a clause of its own starts between a and b: "that",
// a name or a pronoun ("said security forces occupied", "said it struck").
func (st *docState) newSubjectBetween(s *sent, a, b int) bool {
	g := &st.d.gram
	for k := a; k < b; k++ {
		tk := s.toks[k]
		// or a toll: "reported 471 killed"
		if tk.Lower == "that" || s.at[k] >= 0 || tk.Num || g.is(tk, gPron|gForceNoun|gGroupNoun|gPersonNoun) {
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
				return st.andAfter(s, s.ments[idx])
			}
			if s.toks[j].Punct {
				break
			}
		}
		if i+2 < len(s.toks) && s.toks[i+1].Lower == "the" && s.at[i+2] < 0 {
			if a := st.definiteBody(s, i+2); a != nil {
				return []*docActor{a}
			}
		}
		return nil
	}
	return nil
}

// definiteBody resolves "the ministry", "the army", "the government" at k
// to the body of that kind the text named last ("the Russian Ministry of
// Defence ... an alleged attack by the ministry"); for the army or
// military, the state military named last.
func (st *docState) definiteBody(s *sent, k int) *docActor {
	w := s.toks[k].Lower
	if !stateNoun(w) || w == "regime" || w == "junta" {
		return nil
	}
	var found *docActor
	st.mentionsBefore(s, k, 12, func(m *ment) bool {
		if m.actor == nil || m.demonym {
			return false
		}
		name := strings.ToLower(m.actor.name)
		if strings.Contains(name, w) || (w == "army" || w == "military") && m.actor.kind == eventgraph.KindMilitary {
			found = m.actor
			return true
		}
		return false
	})
	if found == nil && (w == "army" || w == "military" || w == "government" || w == "authorities") {
		// none named: the armed forces (or, for "the government", the
		// state) of the country of the sentence's places, else of the
		// country the text is about ("the RSF said ... airstrikes by the
		// army on Nyala")
		country := ""
		for _, m := range s.ments {
			if m.place != nil && m.actor == nil && m.place.e.Country != "" {
				country = m.place.e.Country
				break
			}
		}
		if country == "" {
			if p := st.docCountry(); p != nil {
				country = p.e.Country
			}
		}
		if i, ok := st.d.state[country]; ok && country != "" {
			if w == "government" || w == "authorities" {
				found = st.actorFor(i)
			} else if mil, ok := st.d.military[st.d.Actors[i].ID]; ok {
				found = st.actorFor(mil)
			}
		}
	}
	return found
}

// andAfter collects "X and (the autonomous) Y" starting at m, for actors
// named after a preposition ("rejected by the Iraqi government and the
// Kurdish government").
func (st *docState) andAfter(s *sent, m *ment) []*docActor {
	out := []*docActor{m.actor}
	j := m.j
	if j >= len(s.toks) || s.toks[j].Lower != "and" {
		return out
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if idx := s.at[k]; idx >= 0 {
			if n := s.ments[idx]; n.actor != nil && !n.title && !(n.demonym && !st.personNounAfter(s, n)) {
				out = appendActor(out, n.actor)
			}
			break
		}
		tk := s.toks[k]
		if tk.Punct || tk.Cap || st.d.gram.words[tk.Lower]&^gDet != 0 {
			break
		}
	}
	return out
}

// betweenAfter: where "between" follows an event noun, past a short "for"
// or "over" phrase ("battles for control between X and Y", "a dispute over
// the border between X and Y"); k when there is none.
func betweenAfter(s *sent, k int) int {
	if k >= len(s.toks) || s.toks[k].Lower != "for" && s.toks[k].Lower != "over" {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		tk := s.toks[j]
		if tk.Lower == "between" {
			return j
		}
		if tk.Punct || clauseBound(tk) {
			break
		}
	}
	return k
}

// betweenActors reads "between X and Y" right after an event noun.
func (st *docState) betweenActors(s *sent, k int) []*docActor {
	if k >= len(s.toks) || s.toks[k].Lower != "between" {
		return nil
	}
	g := &st.d.gram
	var out []*docActor
	and := false
	seg := k + 1 // start of the current side's words
	for j := k + 1; j < len(s.toks) && j <= k+12; j++ {
		if idx := s.at[j]; idx >= 0 {
			m := s.ments[idx]
			j = m.j - 1
			if m.actor != nil && !m.title {
				out = appendActor(out, m.actor)
				if and {
					break
				}
			}
			continue
		}
		tk := s.toks[j]
		if stateNoun(tk.Lower) && !tk.Cap && (j+1 >= len(s.toks) || s.at[j+1] < 0) {
			// "between Fano and the federal army": the state's body,
			// named before or of the country told about
			if a := st.definiteBody(s, j); a != nil && (s.toks[j-1].Lower == "the" || j >= 2 && s.toks[j-2].Lower == "the") {
				out = appendActor(out, a)
				if and {
					break
				}
				seg = j + 1
				continue
			}
		}
		if tk.Lower == "and" {
			// "between Islamic State-affiliated insurgents and the
			// army": an unnamed side ends in a plural noun of fighters
			if len(out) == 0 && j > seg {
				if head := s.toks[j-1]; !head.Cap && strings.HasSuffix(head.Lower, "s") && g.is(head, gGroupNoun|gForceNoun) {
					kind := eventgraph.KindArmedGroup
					if !g.is(head, gGroupNoun) {
						kind = eventgraph.KindMilitary
					}
					out = append(out, st.newActor(spanText(s, seg, j), kind))
				}
			}
			and = true
			continue
		}
		if tk.Punct && tk.Text != "," || clauseBound(tk) || g.is(tk, gPrep) && !g.is(tk, gPrepOf) {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// placesThenBy: only a phrase of place stands between k and "by" ("a
// rocket launch from within Gaza by Islamic Jihad", "an attack in Goma by
// the M23").
func (st *docState) placesThenBy(s *sent, k int) bool {
	g := &st.d.gram
	for i := k; i < len(s.toks) && i < k+7; i++ {
		tk := s.toks[i]
		if tk.Lower == "by" {
			return i > k
		}
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.place == nil {
				return false
			}
			i = m.j - 1
			continue
		}
		if tk.Lower != "within" && !g.is(tk, gPrepLoc|gPrepFrom|gDet) {
			return false
		}
	}
	return false
}

// objectThenBy: the noun at k is followed by what it hit and then by its
// maker ("an attack on his forces by the ministry", "strikes against
// civilians by the junta").
func (st *docState) objectThenBy(s *sent, k int) bool {
	g := &st.d.gram
	if k >= len(s.toks) || s.toks[k].Lower != "on" && s.toks[k].Lower != "against" {
		return false
	}
	for i := k + 1; i < len(s.toks) && i < k+7; i++ {
		tk := s.toks[i]
		if tk.Lower == "by" {
			return i > k+1
		}
		if idx := s.at[i]; idx >= 0 {
			i = s.ments[idx].j - 1
			continue
		}
		if tk.Punct || g.is(tk, gPrep|gRel) || st.triggerAt(s, i) || strings.HasSuffix(tk.Lower, "ing") {
			return false
		}
	}
	return false
}

// askerAfter reads "demands from X", "an appeal by X", "X's offer" after
// a verb of answering at k: the one who asked.
func (st *docState) askerAfter(s *sent, k int) *docActor {
	for i := k; i < len(s.toks) && i < k+6; i++ {
		tk := s.toks[i]
		switch strings.TrimSuffix(tk.Lower, "s") {
		case "demand", "call", "appeal", "offer", "proposal", "request", "plan", "invitation", "ultimatum", "initiative":
		default:
			if claimNoun(tk.Lower) && !tk.Cap {
				break
			}
			if tk.Punct || st.isSpeechAt(s, i) || st.verbTriggerAt(s, i) {
				return nil
			}
			continue
		}
		if claimNoun(tk.Lower) && i+2 < len(s.toks) && (s.toks[i+1].Lower == "made" || s.toks[i+1].Lower == "leveled" || s.toks[i+1].Lower == "levelled") {
			// "the allegations made by Islamabad"
			i++
		}
		if b := includingBy(s, i+1); b > 0 {
			// "calls, including by the Security Council"
			i = b - 1
		}
		if i+1 < len(s.toks) && (s.toks[i+1].Lower == "from" || s.toks[i+1].Lower == "by") {
			for j := i + 2; j < len(s.toks) && j <= i+5; j++ {
				if idx := s.at[j]; idx >= 0 {
					m := s.ments[idx]
					if m.title {
						// "an appeal from President X": the person
						j = m.j - 1
						continue
					}
					if m.actor != nil {
						return m.actor
					}
					return nil
				}
				if s.toks[j].Punct {
					return nil
				}
			}
		}
		return nil
	}
	return nil
}

// sceneOf reads the place named as the scene of an event noun at k:
// "X has been the frontline of an insurgency", "X became the scene of
// heavy fighting".
func (st *docState) sceneOf(s *sent, k int) *docPlace {
	for i := k - 1; i >= 1 && k-i <= 6; i-- {
		switch s.toks[i].Lower {
		case "frontline", "front", "scene", "theater", "theatre", "battleground", "epicenter", "epicentre", "hotbed", "site":
		default:
			if s.toks[i].Punct || st.verbTriggerAt(s, i) {
				return nil
			}
			continue
		}
		if i+1 >= k || s.toks[i+1].Lower != "of" {
			return nil
		}
		// back over "the", a copula and adverbs to the place
		for j := i - 1; j >= 0 && i-j <= 5; j-- {
			if idx := s.at[j]; idx >= 0 {
				if m := s.ments[idx]; m.place != nil {
					return m.place
				}
				return nil
			}
			if s.toks[j].Punct {
				return nil
			}
		}
		return nil
	}
	return nil
}

// includingBy reads ", including by" or "including from" at j ("calls,
// including by the Security Council") and returns where "by"/"from"
// stands, or 0.
func includingBy(s *sent, j int) int {
	if j < len(s.toks) && s.toks[j].Text == "," {
		j++
	}
	if j+1 < len(s.toks) && (s.toks[j].Lower == "including" || s.toks[j].Lower == "notably") && (s.toks[j+1].Lower == "by" || s.toks[j+1].Lower == "from") {
		return j + 1
	}
	return 0
}

// mainVerbFrame: for a participle right after a comma ("..., blaming
// them"), the event of the last verb before it in the sentence that has
// agents, when the nearest actor before the participle is that verb's
// object.
func (st *docState) mainVerbFrame(s *sent, th *trigHit) *frame {
	if th.i < 2 || !strings.HasSuffix(s.toks[th.i].Lower, "ing") {
		return nil
	}
	if s.toks[th.i-1].Lower == "and" {
		// "blaming them for ... and accusing them of ...": the
		// participle before shares its subject
		for n := len(s.trigs) - 1; n >= 0; n-- {
			o := s.trigs[n]
			if o.i >= th.i || o.ev == nil || o.ev.sent != s || o.ev.trig != o {
				continue
			}
			if o.t.Verb && strings.HasSuffix(s.toks[o.i].Lower, "ing") && o.i > 0 && s.toks[o.i-1].Text == "," && len(o.ev.agents) > 0 {
				return o.ev
			}
			return nil
		}
		return nil
	}
	if s.toks[th.i-1].Text != "," {
		return nil
	}
	// (also when the main verb's subject is no known actor: "Militants
	// attacked a base in Burkina Faso, killing 100 soldiers" is not
	// Burkina Faso killing)
	// (or the event noun of a light verb: "Washington imposed sanctions
	// on the general, accusing his forces of ...")
	var prev *trigHit
	for _, o := range s.trigs {
		if o.i < th.i && o.ev != nil && o.ev.sent == s && o.ev.trig == o && (o.t.Verb || len(o.ev.agents) > 0 && st.governingVerb(s, o.i) >= 0) {
			prev = o
		}
	}
	if prev == nil {
		return nil
	}
	for i := prev.j; i < th.i-1; i++ {
		if st.isSpeechAt(s, i) || st.verbTriggerAt(s, i) || clauseBound(s.toks[i]) || s.toks[i].Text == "," && i < th.i-1 {
			return nil
		}
	}
	return prev.ev
}

// reactive: types of events others perform in reaction to a cause.
var reactive = map[string]bool{"PROTEST": true, "ACCUSE": true, "REJECT": true}

// causativeBefore finds a verb of causing right before an event noun at k,
// over adjectives ("sparked mass protests", "prompting widespread
// international condemnation"), and returns its index, or -1.
func causativeBefore(s *sent, k int) int {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		w := s.toks[i].Lower
		for _, stem := range []string{"prompt", "spark", "trigger", "provok", "elicit", "drew", "draw", "attract", "fuel", "ignit"} {
			if strings.HasPrefix(w, stem) && len(w) <= len(stem)+3 {
				return i
			}
		}
		if s.toks[i].Punct || s.toks[i].Cap || s.at[i] >= 0 {
			return -1
		}
	}
	return -1
}

// usedBy: the mention starting at i follows "used by", "for use by",
// "owned by", "operated by", "carried by", "belonging to": it names the
// owner of a thing.
func usedBy(s *sent, i int) bool {
	j := i - 1
	if j >= 0 && s.toks[j].Lower == "the" {
		j--
	}
	if j < 1 {
		return false
	}
	switch s.toks[j].Lower {
	case "by":
		switch s.toks[j-1].Lower {
		case "use", "used", "owned", "operated", "carried", "worn", "held", "possessed":
			return true
		}
	case "to":
		return s.toks[j-1].Lower == "belonging"
	}
	return false
}

// mediationTargets: "a ceasefire between the US and the Houthis,
// brokered by Oman", "Qatar mediated talks between Israel and Hamas": the
// mediator acts on the sides of the deal or talks of its sentence.
// hostTargets: troops sent to, kept in or pulled out of a foreign
// country ("strengthened its forces in Lebanon", "withdrew its troops
// from Chad"), and curfews, bans, sanctions, threats and aid placed in
// one, act on that country's state when nothing else is named.
func (st *docState) hostTargets(built []*frame) {
	for _, f := range built {
		if f.dead || len(f.targets) > 0 || len(f.agents) == 0 {
			continue
		}
		switch f.Type {
		case "RETREAT", "MOBILIZE", "THREATEN", "CONCEDE", "COERCE", "SANCTION", "AID":
			// "threatened to resume attacks in Israel": the foreign
			// country where the threatened act would fall
		case "AGREE", "REJECT":
			// "refused to deploy peacekeepers in Iraq", "will withdraw
			// its force from Chad"
			if f.trig == nil || !personnelAfter(f.sent, f.trig.j) {
				continue
			}
		default:
			continue
		}
		for _, p := range f.places {
			if p.e.Kind != "country" || p.e.Country == "" {
				continue
			}
			i, ok := st.d.state[p.e.Country]
			if !ok {
				continue
			}
			host := st.actorFor(i)
			own := false
			for _, a := range f.agents {
				if a == host || a.country == p.e.Country || a.country == "" && a.kind != eventgraph.KindPerson && a.kind != eventgraph.KindOrganization {
					own = true
				}
			}
			if !own {
				f.addTarget(host)
				break
			}
		}
	}
}

// victimBefore: the only name before the event noun at k is the object
// of a verb that is no trigger of its own, right before "in a" ("wounded
// two British soldiers in a bomb attack").
func (st *docState) victimBefore(s *sent, as []*docActor, k int) bool {
	if len(as) != 1 || k < 3 || st.d.gram.is(s.toks[k-1], gDet) && s.toks[k-2].Lower != "in" {
		return false
	}
	j := k - 1
	for j >= 0 && st.d.gram.is(s.toks[j], gDet) {
		j--
	}
	if j < 2 || s.toks[j].Lower != "in" {
		return false
	}
	j--
	if s.at[j] < 0 && st.d.gram.is(s.toks[j], gForceNoun|gPersonNoun|gGroupNoun) {
		j-- // "British soldiers"
	}
	if s.at[j] < 0 {
		return false
	}
	m := s.ments[s.at[j]]
	if m.actor != as[0] {
		return false
	}
	i := m.i - 1
	for i >= 0 && (s.toks[i].Num || isQuantifier(s.toks[i].Lower) || numberWord(s.toks[i].Lower)) {
		i--
	}
	if i < 1 {
		return false
	}
	v := s.toks[i]
	return !v.Cap && !v.Punct && s.at[i] < 0 && strings.HasSuffix(v.Lower, "ed") && st.trigAt(s, i) == nil
}

// numberWord: small numbers written out.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "scores", "hundreds":
		return true
	}
	return false
}

// passiveOwner: the owner named in a passive subject ("the convoy of
// the Sudanese army was attacked", "a camp for Congolese refugees was
// shelled"): what belongs to them was hit, so they are.
func (st *docState) passiveOwner(s *sent, k int) *docActor {
	g := &st.d.gram
	i := k - 1
	for i >= 0 && (g.is(s.toks[i], gBe) || auxOrAdverb(s.toks[i].Lower)) {
		i--
	}
	if i < 3 {
		return nil
	}
	if s.at[i] < 0 && g.is(s.toks[i], gPersonNoun|gForceNoun|gGroupNoun) {
		i-- // "Palestinian families"
	}
	if s.at[i] < 0 {
		return nil
	}
	m := s.ments[s.at[i]]
	if m.actor == nil || m.title {
		return nil
	}
	b := m.i - 1
	if b > 0 && s.toks[b].Lower == "the" {
		b--
	}
	if b < 1 || s.toks[b].Lower != "of" && s.toks[b].Lower != "for" {
		return nil
	}
	head := s.toks[b-1]
	if s.at[b-1] >= 0 || head.Cap || head.Punct || g.words[head.Lower]&(gPrep|gBe|gRel|gPron|gLight|gNum) != 0 || head.Num || isQuantifier(head.Lower) || numberWord(head.Lower) {
		return nil
	}
	switch head.Lower {
	case "dozens", "thousands", "millions", "number", "group", "members", "some", "many", "most", "none", "one", "all", "each", "part", "rest", "spokesman", "spokesperson", "leader", "head", "chief":
		// "dozens of Hamas fighters were killed": the people themselves
		return nil
	}
	return m.actor
}

// shelterNoun: a place that houses people ("a camp for refugees").
func shelterNoun(w string) bool {
	switch w {
	case "camp", "camps", "shelter", "shelters", "school", "schools", "hospital", "hospitals", "clinic", "housing", "home", "homes", "centre", "center", "centres", "centers", "settlement", "settlements":
		return true
	}
	return false
}

// personnelAfter: troops or staff sent or pulled out are named shortly
// after k ("to deploy peacekeepers", "withdraw its troops").
func personnelAfter(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i < k+8; i++ {
		switch s.toks[i].Lower {
		case "troops", "soldiers", "forces", "force", "peacekeepers", "inspectors", "observers", "monitors", "contingent", "personnel", "staff", "workers", "diplomats":
			return true
		}
		if clauseBound(s.toks[i]) {
			return false
		}
	}
	return false
}

func mediationTargets(built []*frame) {
	for _, f := range built {
		if f.Type != "CONSULT" || deref(f.Mode) != "mediation" || len(f.targets) > 0 || len(f.agents) == 0 {
			continue
		}
		var best *frame
		for _, o := range built {
			if o == f || o.dead || (o.Type != "AGREE" && o.Type != "CONSULT") || len(o.agents) < 2 || overlapActors(o.agents, f.agents) {
				continue
			}
			if best == nil || absInt(o.trig.i-f.trig.i) < absInt(best.trig.i-f.trig.i) {
				best = o
			}
		}
		if best != nil {
			for _, a := range best.agents {
				f.addTarget(a)
			}
		}
	}
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// declaredOver: the event noun at th is said to be over ("declared the
// strikes to be over", "the offensive is over"): a halt, not a new report
// of the attacks.
func (st *docState) declaredOver(s *sent, th *trigHit) bool {
	if th.t.Verb {
		return false
	}
	g := &st.d.gram
	for k := th.j + 1; k < len(s.toks) && k <= th.j+6; k++ {
		if s.toks[k].Punct || st.verbTriggerAt(s, k) {
			return false
		}
		if s.toks[k].Lower == "over" && (s.toks[k-1].Lower == "be" || g.is(s.toks[k-1], gBe)) {
			return true
		}
	}
	return false
}

// clauseSubjectAfter: after the list mark at k (", and", "and") comes the
// subject of a new clause, a name with its verb ("..., and the United
// States government said"), not one more object.
func (st *docState) clauseSubjectAfter(s *sent, k int) bool {
	g := &st.d.gram
	i := k
	for i < len(s.toks) && i <= k+3 && s.at[i] < 0 {
		i++
	}
	if i >= len(s.toks) || s.at[i] < 0 {
		return false
	}
	e := s.ments[s.at[i]].j
	for n := 0; n < 2 && e < len(s.toks) && s.at[e] < 0 && !s.toks[e].Cap && !s.toks[e].Punct && g.is(s.toks[e], gGroupNoun|gForceNoun|gPersonNoun); n++ {
		e++ // "the United States government", "Kenyan troops"
	}
	if e >= len(s.toks) {
		return false
	}
	return st.isSpeechAt(s, e) || st.verbTriggerAt(s, e) || g.is(s.toks[e], gBe|gLight) || st.pastVerbAfterNoun(s, e)
}

// actedBy reads a participle of doing and "by" right after an event noun
// at j ("waged by", "carried out by", "launched by") and returns where
// "by" stands, or 0.
func actedBy(s *sent, j int) int {
	if j >= len(s.toks) {
		return 0
	}
	switch s.toks[j].Lower {
	case "waged", "launched", "conducted", "committed", "perpetrated", "mounted", "staged", "orchestrated", "unleashed", "initiated", "spearheaded":
		j++
	case "carried":
		if j+1 < len(s.toks) && s.toks[j+1].Lower == "out" {
			j += 2
		} else {
			return 0
		}
	default:
		return 0
	}
	if j < len(s.toks) && s.toks[j].Lower == "by" {
		return j
	}
	return 0
}

// claimNoun: a noun for a claim someone made, which another can reject.
func claimNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "claim", "allegation", "accusation", "charge", "assertion":
		return true
	}
	return false
}

// claimOwner reads who made the claim a rejection answers, left of the
// verb: the owner of a passive subject ("Moscow's allegations were
// dismissed by Kyiv") or, for a claim noun in apposition ("..., a charge
// New Delhi rejected"), the accuser of the same sentence's earlier
// accusation.
func (st *docState) claimOwner(s *sent, th *trigHit, passive bool) []*docActor {
	if passive {
		for c := th.i - 1; c >= 2; c-- {
			tk := s.toks[c]
			if !claimNoun(tk.Lower) || tk.Cap {
				if clauseBound(tk) || st.isSpeechAt(s, c) {
					return nil
				}
				continue
			}
			p := s.toks[c-1].Lower
			if p != "'s" && p != "’s" && p != "'" {
				continue
			}
			if idx := s.at[c-2]; idx >= 0 && s.ments[idx].actor != nil && s.ments[idx].j == c-1 {
				return []*docActor{s.ments[idx].actor}
			}
			return nil
		}
		return nil
	}
	// ", a charge X rejected": a claim noun, then the subject, then the verb
	c := -1
	for i := th.i - 1; i >= 0 && th.i-i <= 8; i-- {
		if claimNoun(s.toks[i].Lower) {
			c = i
			break
		}
		if s.toks[i].Punct || st.verbTriggerAt(s, i) || st.isSpeechAt(s, i) {
			return nil
		}
	}
	if c < 1 {
		return nil
	}
	k := c - 1
	if st.d.gram.is(s.toks[k], gDet) {
		k--
	}
	if k < 0 || s.toks[k].Text != "," {
		return nil
	}
	for _, o := range s.trigs {
		if o.i >= k || o.ev == nil || o.ev.sent != s || o.ev.Type != "ACCUSE" {
			continue
		}
		return o.ev.agents
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
	end := k + 6
	for i := k; i < len(s.toks) && i < end; i++ {
		tk := s.toks[i]
		if tk.Lower == "led" && i > k && i+1 < len(s.toks) && s.toks[i+1].Lower == "by" && s.at[i-1] < 0 {
			// "deposed the elected government led by the NLD": the
			// leader of an unnamed body stands for it
			i++
			end = i + 5
			continue
		}
		if idx := s.at[i]; idx >= 0 {
			m := s.ments[idx]
			if m.title {
				i = m.j - 1
				continue
			}
			if m.actor != nil {
				f.addTarget(st.targetActor(s, m))
			} else if a := st.placeRebels(s, m); a != nil {
				f.addTarget(a)
			}
			if p := st.placeOf(m, m.demonym && m.j < len(s.toks) && g.is(s.toks[m.j], gPlaceNoun)); p != nil && (m.actor == nil || !m.demonym) {
				f.addPlace(p)
			}
			if m.j < len(s.toks) && (s.toks[m.j].Lower == "and" || s.toks[m.j].Text == ",") && !st.clauseSubjectAfter(s, m.j) {
				if m.j+1 < len(s.toks) && s.at[m.j+1] < 0 && finiteVerb(g, s.toks[m.j+1]) {
					return // "expelled French troops and turned to Russia"
				}
				i = m.j
				continue
			}
			return
		}
		if isQuantifier(tk.Lower) {
			continue
		}
		if tk.Lower == "for" && i > k && shelterNoun(s.toks[i-1].Lower) && i+1 < len(s.toks) {
			// "shelled a camp for Rohingya refugees", "struck a shelter
			// for displaced civilians": those it houses are hit
			if s.at[i+1] < 0 {
				if a := st.peopleAt(s, i+1); a != nil {
					f.addTarget(a)
					return
				}
			}
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
			if a := st.membersOf(s, k); a != nil {
				f.addTarget(a)
				return
			}
			if a := st.peopleAt(s, k); a != nil {
				f.addTarget(a)
				return
			}
		}
	}
}

// membersOf: people named as members of a body ("expelled inspectors of
// the IAEA", "detained members of the opposition party"): the body is
// the one acted on.
func (st *docState) membersOf(s *sent, k int) *docActor {
	g := &st.d.gram
	for i := k; i < len(s.toks)-2 && i < k+4; i++ {
		tk := s.toks[i]
		if s.at[i] >= 0 || tk.Punct || tk.Cap {
			return nil
		}
		if s.toks[i+1].Lower != "of" {
			continue
		}
		switch tk.Lower {
		case "dozens", "hundreds", "thousands", "scores", "some", "several", "many", "two", "three":
			i++ // "dozens of members of ..."
			continue
		}
		if !g.is(tk, gPersonNoun|gGroupNoun|gForceNoun) && !memberNoun(tk.Lower) || !strings.HasSuffix(tk.Lower, "s") {
			return nil
		}
		j := skipDet(s, i+2)
		if j >= len(s.toks) || s.at[j] < 0 {
			return nil
		}
		m := s.ments[s.at[j]]
		if m.actor == nil || m.title || m.demonym || m.actor.kind == eventgraph.KindPerson || m.actor.kind == KindState || m.place != nil {
			return nil
		}
		return m.actor
	}
	return nil
}

// memberNoun: nouns for the people who make up a body.
func memberNoun(w string) bool {
	switch w {
	case "members", "staff", "employees", "workers", "personnel", "fighters", "commanders", "leaders", "officials", "inspectors", "supporters", "activists":
		return true
	}
	return false
}

// placeRebels: a place named before plural fighters or people with no
// name of their own ("accused Darfur rebels", "attacked Idlib
// militants"): the people of that place are the ones acted on.
func (st *docState) placeRebels(s *sent, m *ment) *docActor {
	if m.place == nil || m.actor != nil || m.j >= len(s.toks) || s.at[m.j] >= 0 {
		return nil
	}
	w := s.toks[m.j].Lower
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "men") || w == "factions" {
		return nil
	}
	switch {
	case st.d.gram.is(s.toks[m.j], gGroupNoun):
		return st.newActor(spanText(s, m.i, m.j+1), eventgraph.KindArmedGroup)
	case st.d.gram.is(s.toks[m.j], gPersonNoun) && !st.d.gram.is(s.toks[m.j], gForceNoun):
		// "detained Gaza civilians", "freed Kherson activists"
		return st.newActor(spanText(s, m.i, m.j+1), eventgraph.KindCivilians)
	}
	return nil
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
		if g.is(tk, gRecv) && !tk.Cap {
			// "Ukraine received new aid": the receiver is no owner
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
		case "called", "described", "labelled", "labeled", "termed", "branded", "dubbed", "condemned", "denounced", "referred", "characterised", "characterized":
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
		// "the killing of one of its commanders", "the abduction of
		// their leader": a victim told by a possessive is one of its own
		if s.toks[th.j].Lower == "of" && th.j+1 < len(s.toks) {
			k := th.j + 1
			if k+1 < len(s.toks) && s.toks[k+1].Lower == "of" && (s.toks[k].Lower == "one" || s.toks[k].Lower == "two" || s.toks[k].Lower == "three" || s.toks[k].Lower == "some" || s.toks[k].Lower == "several") {
				k += 2
			}
			if k+1 < len(s.toks) && (s.toks[k].Lower == "its" || s.toks[k].Lower == "their" || s.toks[k].Lower == "his" || s.toks[k].Lower == "her") && personNoun(s.toks[k+1].Lower) {
				return false
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

// personNoun: a word for people of a side ("commanders", "leader").
func personNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "commander", "leader", "officer", "soldier", "fighter", "member", "official", "chief", "founder", "spokesman", "spokesperson", "envoy", "negotiator", "militant", "deputy", "general", "journalist", "citizen", "worker":
		return true
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
		if d <= 8 && d < bestD && st.causePhraseAt(s, w.i) == st.causePhraseAt(s, th.i) && !st.otherVerbBetween(s, th, w.i) {
			best, bestD = st.d.weapons[w.idx], d
		}
	}
	return best
}

// relativeBetween: a relative pronoun stands between the trigger and
// token k after it.
func relativeBetween(s *sent, th *trigHit, k int) bool {
	for i := th.j; i < k; i++ {
		if relativeOfActor(s, i) {
			return true
		}
	}
	return false
}

// relativeOfActor: token i is "who", or "which" after a name of an actor
// ("Hezbollah, which fired"; not "a truck, which exploded", the act
// itself).
func relativeOfActor(s *sent, i int) bool {
	switch s.toks[i].Lower {
	case "who":
		return true
	case "which":
		b := i - 1
		if b > 0 && s.toks[b].Text == "," {
			b--
		}
		return b >= 0 && s.at[b] >= 0 && s.ments[s.at[b]].actor != nil && s.ments[s.at[b]].place == nil
	}
	return false
}

// otherVerbBetween: between the trigger and token k stands the verb of
// another act or a relative pronoun ("struck Hezbollah, which fired
// rockets": the rockets are the other act's).
func (st *docState) otherVerbBetween(s *sent, th *trigHit, k int) bool {
	a, b := th.j, k
	if k < th.i {
		a, b = k+1, th.i
	}
	for i := a; i < b; i++ {
		if relativeOfActor(s, i) {
			return true
		}
		if o := st.trigAt(s, i); o != nil && o != th && o.t.Verb && o.t.Type == th.t.Type {
			return true
		}
	}
	return false
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

// payer: "(that) X would pay", "X will regret" after a verb of
// threatening: X, else nil.
func payer(s *sent, k int) *docActor {
	if k < len(s.toks) && s.toks[k].Lower == "that" {
		k++
	}
	if k >= len(s.toks) || s.at[k] < 0 {
		return nil
	}
	m := s.ments[s.at[k]]
	if m.actor == nil || m.title || m.demonym || m.j+1 >= len(s.toks) {
		return nil
	}
	switch s.toks[m.j].Lower {
	case "would", "will", "must", "should":
	default:
		return nil
	}
	switch s.toks[m.j+1].Lower {
	case "pay", "regret", "face", "suffer", "be":
		return m.actor
	}
	return nil
}

// namedForceAt: "the army", "the police", "the junta", "the group" at
// token k, unresolved to a name, stands for the nearest force of that sort
// the text named before ("the Sudanese army", "Kenyan police", "Hamas").
func (st *docState) namedForceAt(s *sent, k int) *docActor {
	if k+1 >= len(s.toks) || s.toks[k].Lower != "the" || s.at[k+1] >= 0 {
		return nil
	}
	w := s.toks[k+1].Lower
	if k+2 < len(s.toks) && (s.toks[k+2].Lower == "'s" || s.toks[k+2].Lower == "of" && k+3 < len(s.toks) && s.at[k+3] >= 0 || s.at[k+2] >= 0 && s.ments[s.at[k+2]].actor != nil) {
		return nil
	}
	police := w == "police"
	group := false
	switch w {
	case "army", "military", "junta", "police", "troops", "soldiers":
	case "group", "militants", "rebels", "insurgents", "jihadists", "militia":
		group = true
	default:
		return nil
	}
	var found *docActor
	st.mentionsBefore(s, k, 6, func(m *ment) bool {
		if group {
			if m.actor != nil && !m.demonym && m.actor.kind == eventgraph.KindArmedGroup {
				found = m.actor
				return true
			}
			return false
		}
		if m.actor == nil || m.actor.kind != eventgraph.KindMilitary {
			return false
		}
		if strings.Contains(strings.ToLower(m.actor.name), "police") == police {
			found = m.actor
			return true
		}
		return false
	})
	return found
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
			if (kind == "negation" || kind == "threat") && st.finiteConjunct(s, th, c) {
				continue
			}
			return true
		}
	}
	return false
}

// finiteConjunct: "denied targeting civilians and accused the army", "did
// not comment and blamed the rebels", "rejected the proposal and blamed
// Israel": a past-tense verb joined by "and" or "but" after the negated or
// hypothetical phrase is a new assertion outside its scope.
func (st *docState) finiteConjunct(s *sent, th *trigHit, c lexHit) bool {
	if th.t == nil || !th.t.Verb || th.i-1 < c.j || !strings.HasSuffix(s.toks[th.i].Lower, "ed") {
		return false
	}
	if w := s.toks[th.i-1].Lower; w != "and" && w != "but" {
		return false
	}
	switch st.d.cues[c.idx].phrase {
	case "has not", "have not", "had not", "hasn't", "haven't", "hadn't", "was not", "were not", "wasn't", "weren't", "is not", "are not":
		// "has not attacked and occupied", "were not arrested and
		// charged": the auxiliary governs both
		return false
	}
	return true
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
		if strings.HasPrefix(s.toks[c.i].Lower, "counter") && !(c.j < len(s.toks) && (s.toks[c.j].Lower == "on" || s.toks[c.j].Lower == "against")) {
			// "launched a counteroffensive to retake the town": an
			// offensive, not a cue (see findLinks)
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
	var latest, verb *frame
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f.Type != typ || f.sent == s || !sharesActor(f.agents, []*docActor{a}) {
			continue
		}
		// "its attack" is the one told as an attack before, not the
		// killings reported after it; named with the noun ("the
		// Hamas-led attack") rather than the verb ("militants ...
		// attacking bases")
		if lemma != "" && f.trig != nil && f.trig.t.Lemma == lemma {
			if !f.trig.t.Verb {
				return f
			}
			if verb == nil {
				verb = f
			}
		}
		if latest == nil {
			latest = f
		}
	}
	if verb != nil {
		return verb
	}
	return latest
}

// appositionHead: in "Ghazi Hamad, Hamas spokesperson, said" the nearest
// name before the verb (Hamas) sits in an apposition; the subject is the
// name before the comma that opens it.
func (st *docState) appositionHead(s *sent, m *ment, verb int) *docActor {
	// "Pakistan, a key U.S. ally in the region, refused": an indefinite
	// noun phrase closed by a comma before the verb describes the name
	// before it, whatever its kind
	closed := false
	for c := m.j; c < verb; c++ {
		if s.toks[c].Text == "," {
			closed = true
		}
	}
	for c := m.i - 1; c >= 0 && m.i-c <= 10; c-- {
		tk := s.toks[c]
		if tk.Text == "," {
			if c > 0 && s.at[c-1] >= 0 {
				h := s.ments[s.at[c-1]]
				if h.actor != nil && !h.demonym && h.actor != m.actor && h.actor.kind == eventgraph.KindPerson {
					return h.actor
				}
				indefinite := c+1 < len(s.toks) && (s.toks[c+1].Lower == "a" || s.toks[c+1].Lower == "an")
				if h.actor != nil && !h.demonym && h.actor != m.actor && closed && indefinite {
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
	title := titleCase(s)
	for _, th := range s.trigs {
		st.splitWeaponName(s, th)
		if !inName(s, th.i, th.j-th.i) && !st.attributive(s, th) && !st.otherSense(s, th) && (title || !capitalizedName(s, th)) {
			kept = append(kept, th)
		}
	}
	s.trigs = kept
}

// splitWeaponName: an actor's name that ends in the first word of an event
// noun ("Israeli drone" in "an Israeli drone strike", "Russian missile" in
// "a Russian missile attack") gives that word back to the noun; the rest
// of the name still names the actor.
func (st *docState) splitWeaponName(s *sent, th *trigHit) {
	if th.t.Verb || th.i == 0 || th.j-th.i < 2 {
		return
	}
	switch strings.TrimSuffix(s.toks[th.i].Lower, "s") {
	case "drone", "missile", "rocket", "artillery", "mortar", "air", "naval", "tank", "helicopter", "warplane", "jet", "gunboat":
	default:
		// "U.S. military operation": the name keeps its word
		return
	}
	idx := s.at[th.i]
	if idx < 0 || s.at[th.i-1] != idx {
		return
	}
	m := s.ments[idx]
	if m.actor == nil || m.title || m.j > th.j || m.j <= th.i {
		return
	}
	for k := th.i; k < th.j; k++ {
		if s.at[k] >= 0 && s.at[k] != idx {
			return
		}
	}
	for k := th.i; k < m.j; k++ {
		s.at[k] = -1
	}
	m.j = th.i
	s.ments[idx] = m
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

// titleCase: most words of the sentence are capitalized (a headline).
func titleCase(s *sent) bool {
	words, caps := 0, 0
	for _, t := range s.toks {
		if !t.Punct && !t.Num {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return caps*4 > words*3
}

// capitalizedName: a capitalized trigger inside running text that
// touches another capitalized word is part of a name the dictionary does
// not know ("the Countering America's Adversaries Through Sanctions Act",
// "Operation Iron Strike").
func capitalizedName(s *sent, th *trigHit) bool {
	if th.i == 0 || !s.toks[th.i].Cap {
		return false
	}
	prev := s.toks[th.i-1]
	if th.i > 1 && prev.Cap && !prev.Punct && s.at[th.i-1] < 0 {
		return true
	}
	// "a contract with Shell": a capitalised word inside a sentence,
	// after an ordinary word, is a name of its own
	// ("the Battle of Laukkai" names an event)
	if th.i > 1 && !prev.Punct && !prev.Cap && !prev.Num && !(th.j < len(s.toks) && s.toks[th.j].Lower == "of") {
		return true
	}
	if th.j < len(s.toks) {
		next := s.toks[th.j]
		return next.Cap && !next.Punct && s.at[th.j] < 0
	}
	return false
}

// otherSense: the words of a one-word trigger are used in a sense the
// lexicon does not list, as the mentions around them show.
func (st *docState) otherSense(s *sent, th *trigHit) bool {
	if th.j-th.i != 1 || th.alt != nil || th.i == 0 {
		return false
	}
	w := s.toks[th.i].Lower
	// "the invading militants", "the advancing troops": a participle
	// between a determiner and the people it describes
	if th.t.Verb && strings.HasSuffix(w, "ing") && nounDeterminer(s.toks[th.i-1].Lower) && th.j < len(s.toks) {
		n := s.toks[th.j]
		if st.d.gram.is(n, gForceNoun|gGroupNoun|gPersonNoun) || s.at[th.j] >= 0 && s.ments[s.at[th.j]].actor != nil {
			return true
		}
	}
	// "Russian targets", "Israeli occupied territories": a verb-only word
	// after a demonym is a noun or an adjective
	if th.t.Verb {
		idx := s.at[th.i-1]
		return idx >= 0 && s.ments[idx].demonym && !strings.HasSuffix(w, "ing")
	}
	// "led observers to call it a turning point": after "to" and before
	// an object pronoun a noun-only word is a verb of another sense
	if s.toks[th.i-1].Lower == "to" && th.j < len(s.toks) {
		switch s.toks[th.j].Lower {
		case "it", "him", "her", "them", "this", "that", "us", "me":
			return true
		}
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	// "he actually calls him a friend", "Ruto calls the general a
	// partner": a noun-only word in -s after its subject is a verb
	p := th.i - 1
	for p > 0 && strings.HasSuffix(s.toks[p].Lower, "ly") && s.at[p] < 0 {
		p--
	}
	if subjectPronoun(s.toks[p].Lower) {
		return true
	}
	idx := s.at[p]
	if idx < 0 || s.ments[idx].j != p+1 || s.ments[idx].actor == nil || s.ments[idx].demonym {
		return false
	}
	// "the White House talks about restoring trade"
	return s.ments[idx].actor.kind == eventgraph.KindPerson || th.j < len(s.toks) && s.toks[th.j].Lower == "about"
}

// eventSubject: an event noun stands just before the verb at k (over
// "also", "reportedly", an auxiliary), so the verb tells what that event
// did. It returns the event the noun built or refers to.
func (st *docState) eventSubject(s *sent, k int) *frame {
	g := &st.d.gram
	pp := false
	for i := k - 1; i >= 0 && k-i <= 3 || pp && k-i <= 9; i-- {
		tk := s.toks[i]
		if idx := s.at[i]; idx >= 0 && !pp {
			// "a drone attack on Abu Dhabi killed three": over the phrase
			// of what it hit
			m := s.ments[idx]
			if p := m.i - 1; p > 0 && (g.is(s.toks[p], gPrepTarget|gPrepLoc) || s.toks[p].Lower == "near") {
				pp = true
				i = p
				for _, th := range s.trigs {
					if th.j == p && th.i < p {
						i = th.i + 1 // the multiword noun ends before the phrase
					}
				}
				continue
			}
		}
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

// subjectEvent: the sentence opens with a noun of an event of th's type
// ("The strikes began ..."), and no other act's verb stands between it
// and th; that event, else nil.
func (st *docState) subjectEvent(s *sent, th *trigHit) *frame {
	for _, o := range s.trigs {
		if o.i >= th.i {
			return nil
		}
		if o.t.Verb {
			return nil
		}
		if o.i > 2 {
			return nil
		}
		if ev := o.ev.live(); ev != nil && ev.Type == th.t.Type && (o.i == 0 || nounDeterminer(s.toks[o.i-1].Lower)) {
			return ev
		}
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
	if !st.cueBefore(s, th, "promise") && !st.promisedGift(s, th) {
		return ""
	}
	// "will withdraw its troops unless ...": a commitment with a way out
	// for the other side is a threat whatever the act ("would meet them
	// if ..." stays an offer)
	for k := th.j; k < len(s.toks); k++ {
		if s.toks[k].Lower == "unless" {
			return "THREATEN"
		}
		if s.toks[k].Text == ";" {
			break
		}
	}
	if th.t.Type == "RETREAT" && st.withdrawsEnvoys(s, th) {
		return "THREATEN" // "will withdraw its inspectors"
	}
	switch th.t.Type {
	case "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN":
		return "THREATEN"
	case "PROTEST":
		// "said they would boycott the elections"
		if th.t.Mode == "boycott" {
			return "THREATEN"
		}
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

// widenSubject adds the first conjunct of a subject that coordinated()
// keeps apart: "Israel and the Palestinians agreed" (a state and a people),
// "British and French troops shelled" (two demonyms sharing one noun).
// Only for the event's own agents: a speaker stays one.
func (st *docState) widenSubject(f *frame, s *sent, k int) {
	if len(f.agents) == 0 {
		return
	}
	var m *ment
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		if idx := s.at[i]; idx >= 0 {
			if s.ments[idx].actor == f.agents[0] {
				m = s.ments[idx]
				break
			}
			i = s.ments[idx].i
		}
	}
	if m == nil {
		return
	}
	i := m.i - 1
	if i >= 0 && s.toks[i].Lower == "the" {
		i--
	}
	if i < 1 || s.toks[i].Lower != "and" || s.at[i-1] < 0 {
		return
	}
	prev := s.ments[s.at[i-1]]
	if prev.actor == nil || prev.title || prev.actor == m.actor {
		return
	}
	if prev.demonym && !(m.demonym || st.personNounAfter(s, prev) || prev.j == i && st.d.gram.is(s.toks[m.j-1], gPersonNoun|gForceNoun|gGroupNoun)) {
		return
	}
	if prev.i > 0 {
		if b := s.toks[prev.i-1]; st.d.gram.is(b, gPrep) || b.Lower == "and" || b.Text == "," {
			return
		}
	}
	if st.verbBefore(s, prev.i) >= 0 {
		return
	}
	f.agents = append([]*docActor{prev.actor}, f.agents...)
}

// peopleSubject finds unnamed people as the subject of the verb at k
// ("thousands of students marched", "civilians across the country
// staged protests"): a plural person noun in the clause before it that
// is no prepositional object.
func (st *docState) peopleSubject(s *sent, k int) *docActor {
	g := &st.d.gram
	for i := k - 1; i >= 0 && k-i <= 10; i-- {
		tk := s.toks[i]
		if clauseBound(tk) || tk.Text == "," && i < k-1 || s.at[i] >= 0 || st.cueAt(s, i, "retaliation") {
			return nil
		}
		if !g.is(tk, gPersonNoun) || !strings.HasSuffix(tk.Lower, "s") || g.is(tk, gGroupNoun|gForceNoun) {
			continue
		}
		if i > 0 && g.is(s.toks[i-1], gPrep) && !g.is(s.toks[i-1], gPrepOf) {
			continue
		}
		start := i
		for start > 0 && start > i-5 && s.at[start-1] < 0 && !s.toks[start-1].Punct && g.words[s.toks[start-1].Lower]&(gPrep|gBe|gRel|gPron|gLight) == 0 && !s.toks[start-1].Cap {
			start--
		}
		return st.peopleAt(s, start)
	}
	return nil
}

// wholeCountry: the sentence speaks of "the country" as a whole
// ("throughout the country", "across the nation", "nationwide").
func (st *docState) wholeCountry(s *sent) bool {
	for i, tk := range s.toks {
		if tk.Lower == "nationwide" {
			return true
		}
		if (tk.Lower == "throughout" || tk.Lower == "across") && i+2 < len(s.toks) && s.toks[i+1].Lower == "the" && (s.toks[i+2].Lower == "country" || s.toks[i+2].Lower == "nation") {
			return true
		}
	}
	return false
}

// docCountry is the country the document has named most so far, through
// its places and the actors of that country.
func (st *docState) docCountry() *docPlace {
	count := map[string]int{}
	for _, p := range st.places {
		if p.e.Country != "" {
			count[p.e.Country]++
		}
	}
	for _, a := range st.actors {
		if a.country != "" {
			count[a.country] += a.mentions
		}
	}
	best, n := "", 0
	for c, k := range count {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if i, ok := st.d.countryPlace[best]; ok && best != "" {
		return st.placeFor(i)
	}
	return nil
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
		// "claimed responsibility for the attack"; "claimed
		// responsibility in a statement": the last attack told
		if ev == nil && (k+1 >= len(s.toks) || s.toks[k+1].Lower == "for" || s.toks[k+1].Punct || st.d.gram.is(s.toks[k+1], gPrep)) {
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
		if ev != nil && ev.Type == "ASSAULT" && !speaksFor(sub, ev.agents) {
			ev.agents = sub
			for _, a := range sub {
				ev.targets = removeActor(ev.targets, a)
			}
			if ev.sent != s {
				// a claim for the attack told before also owns the
				// unattributed acts of that attack just before it ("a
				// coordinated attack occurred at the hall. Gunmen opened
				// fire ...")
				for _, f := range st.events {
					if f = f.live(); f != nil && f != ev && f.Type == "ASSAULT" && len(f.agents) == 0 && f.sent.idx < s.idx && (f.sent.idx >= s.idx-3 || f.Date != nil && ev.Date != nil && *f.Date == *ev.Date) {
						f.agents = sub
					}
				}
			}
		}
	}
}

// ownedAct applies "the BLA said it carried out the attacks", "the group
// said it was behind the bombing": an agentless act told before is the
// speaker's when the speaker says it did it.
func (st *docState) ownedAct(s *sent) {
	for _, th := range s.trigs {
		ev := th.ev.live()
		if ev == nil || ev.sent == s || ev.Type != "ASSAULT" || len(ev.agents) > 0 || th.i < 3 || s.toks[th.i-1].Lower != "the" {
			continue
		}
		v := th.i - 2
		switch {
		case s.toks[v].Lower == "behind" && (s.toks[v-1].Lower == "was" || s.toks[v-1].Lower == "were"):
			v--
		case s.toks[v].Lower == "out" && s.toks[v-1].Lower == "carried":
			v--
		default:
			continue
		}
		p := v - 1
		if p < 1 || !subjectPronoun(s.toks[p].Lower) {
			continue
		}
		a := st.speakerBefore(s, p)
		if a == nil || a.kind == eventgraph.KindPerson || overlapActors([]*docActor{a}, ev.targets) {
			continue
		}
		ev.agents = []*docActor{a}
	}
}

// speaksFor: every claimant is a member of an agent already named ("the
// Houthis fired missiles ... Houthi spokesman Yahya Saree claimed
// responsibility"): the group keeps the act.
func speaksFor(sub, agents []*docActor) bool {
	if len(agents) == 0 {
		return false
	}
	for _, s := range sub {
		ok := false
		for _, a := range agents {
			if s == a || s.under(a) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
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

var allegeTrigger = Trigger{Lemma: "caused by", Type: "ACCUSE", Mode: "allege"}

// causeAlleged: "Hamas said the explosion was caused by an Israeli
// airstrike", "officials claimed the attack was orchestrated by Kabul":
// a speaker naming who caused an act accuses that side; the cause told
// only in the speaker's words is theirs to claim, not an act the report
// vouches for.
func (st *docState) causeAlleged(s *sent) {
	for k := 1; k+1 < len(s.toks); k++ {
		anchor := k - 1 // where the verb of causing stands
		switch {
		case s.toks[k].Lower == "by":
			switch s.toks[k-1].Lower {
			case "caused", "orchestrated", "masterminded":
			default:
				continue
			}
		case (s.toks[k].Lower == "was" || s.toks[k].Lower == "is") && causeOfBefore(s, k) > 0:
			// "the cause of the explosion was a failed rocket launch
			// by the PIJ"
			anchor = causeOfBefore(s, k)
		default:
			continue
		}
		v := -1
		for i := anchor - 1; i >= 0; i-- {
			if s.toks[i].Text == ";" || s.toks[i].Text == ":" {
				break
			}
			if allegingVerb(s.toks[i].Lower) && !s.toks[i].Cap && s.at[i] < 0 {
				v = i
				break
			}
		}
		if v < 0 {
			continue
		}
		speakers := st.subject(s, v)
		if len(speakers) == 0 {
			continue
		}
		var cause *frame
		var culprits []*docActor
		for _, th := range s.trigs {
			if th.i > k && th.i <= k+5 && th.ev != nil {
				if cause = th.ev.live(); cause != nil {
					culprits = cause.agents
				}
				break
			}
		}
		if cause == nil {
			culprits = st.byAgent(s, k)
		}
		if len(culprits) == 0 || overlapActors(culprits, speakers) {
			continue
		}
		th := &trigHit{i: anchor, j: k + 1, t: &allegeTrigger}
		f := &frame{sent: s, trig: th}
		f.Type = allegeTrigger.Type
		f.Evidence, f.Start, f.End = s.Text, s.Start, s.End
		f.Trigger = spanText(s, anchor, k+1)
		mode := allegeTrigger.Mode
		f.Mode, f.specific = &mode, true
		f.Date = s.date
		f.agents = append([]*docActor(nil), speakers...)
		for _, a := range culprits {
			f.addTarget(a)
		}
		if cause != nil {
			cause.dead = true
		}
		// "Hamas said the explosion was caused by ...": neither the
		// speakers nor the side they blame are known to have caused the
		// act they explain
		for _, o := range s.trigs {
			if e := o.ev.live(); e != nil && o.i > v && o.i < k {
				for _, a := range speakers {
					e.agents = removeActor(e.agents, a)
				}
				for _, a := range culprits {
					e.agents = removeActor(e.agents, a)
				}
			}
		}
		th.ev = f
		st.events = append(st.events, f)
	}
}

// causeOfBefore: where "cause of" stands in "the cause of the blast was"
// ending at the copula k, or 0.
func causeOfBefore(s *sent, k int) int {
	for i := k - 2; i >= 1 && i >= k-6; i-- {
		if s.toks[i].Punct {
			return 0
		}
		if s.toks[i].Lower == "cause" && s.toks[i+1].Lower == "of" {
			return i
		}
	}
	return 0
}

// allegingVerb: verbs that put an account in someone's mouth.
func allegingVerb(w string) bool {
	switch w {
	case "said", "says", "say", "stated", "states", "claimed", "claims", "asserted", "asserts", "alleged", "alleges",
		"insisted", "insists", "maintained", "maintains", "reiterated", "argued", "argues", "suggested":
		return true
	}
	return false
}

// chargeOf: the trigger follows "of" in "accused X of ..." ("accusing it
// of providing support", "accused the army of the shelling").
func (st *docState) chargeOf(s *sent, th *trigHit) bool {
	for k := th.i - 1; k >= 0 && k >= th.i-3; k-- {
		if s.toks[k].Punct {
			return false
		}
		if s.toks[k].Lower != "of" {
			continue
		}
		for i := k - 1; i >= 0 && i >= k-7; i-- {
			if s.toks[i].Punct && s.toks[i].Text != "'s" {
				return false
			}
			if strings.HasPrefix(s.toks[i].Lower, "accus") {
				return true
			}
		}
		return false
	}
	return false
}

// judgedUnlikely: "unlikely", "implausible" right after k, past quotes and
// degree words ("an airstrike \"highly unlikely\"").
func judgedUnlikely(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i <= k+3; i++ {
		switch s.toks[i].Lower {
		case "unlikely", "implausible", "improbable", "impossible":
			return true
		case "\"", "“", "”", "'", "highly", "very", "most", "extremely", "quite":
			continue
		}
		return false
	}
	return false
}
