package loader

import (
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph"
)

// findLinks makes RETALIATION_FOR links from strong cues ("in retaliation
// for", "in response to", "retaliated", "to avenge" ...). The responding
// event is the one the sentence reports outside the cue's phrase; the
// event answered is the one named inside it, or, when the phrase only
// points back ("In response,", "in response to the assault"), the latest
// earlier event by another agent.
func (st *docState) findLinks(s *sent) {
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "retaliation" {
			continue
		}
		cueText := strings.TrimSpace(spanText(s, c.i, c.j))
		if strings.HasPrefix(strings.ToLower(cueText), "counter") && !(c.j+1 < len(s.toks) && (s.toks[c.j].Lower == "on" || s.toks[c.j].Lower == "against") && st.triggerSoon(s, c.j+1)) {
			// "a counteroffensive on the killing of hundreds" answers the
			// killing; "counteroffensive operations on its flanks" are
			// an offensive, no answer to anything named
			continue
		}
		if probe := (&trigHit{i: c.i, j: c.j}); st.cueBefore(s, probe, "negation") || st.cueBefore(s, probe, "threat") || st.cueBefore(s, probe, "promise") {
			// "was unable to respond", "vowed to retaliate": no response
			// was made
			continue
		}
		// the cause phrase: from the cue to the clause end; a list ("the
		// occupation of X, the blockade of Y and ...") continues past commas
		end := c.j
		for end < len(s.toks) && !clauseBound(s.toks[end]) {
			if s.toks[end].Text == "," && !(end+1 < len(s.toks) && st.d.gram.is(s.toks[end+1], gDet) && end > c.j && st.eventNounSoon(s, end+1)) {
				break
			}
			end++
		}
		if responseVerb(s.toks[c.i].Lower) {
			// "Israel responded to the rocket fire by striking Hezbollah
			// positions", "reacted to the attack with airstrikes": the
			// cause ends where the way of responding begins
			for k := c.j + 1; k < end; k++ {
				if w := s.toks[k].Lower; (w == "by" || w == "with") && st.triggerSoon(s, k+1) {
					end = k
					break
				}
			}
		}
		var to *frame
		var froms []*frame
		for _, th := range s.trigs {
			if th.ev == nil {
				continue
			}
			if th.i >= c.j && th.i < end {
				if to == nil {
					to = th.ev
				}
			} else if th.i < c.i || th.i >= end {
				froms = appendFrame(froms, th.ev)
			}
		}
		if f := st.responseNoun(s, c); f != nil {
			// "..., incurring a military response from a coalition led by
			// the United States": the response answers the act before it
			var cause *frame
			for _, th := range s.trigs {
				if th.ev != nil && th.i < c.i && len(th.ev.agents) > 0 && !sharesActor(th.ev.agents, f.agents) && (cause == nil || !verbal[th.ev.Type]) {
					cause = th.ev
				}
			}
			if cause == nil {
				cause = st.answered(f, s)
			}
			if cause != nil && cause != f {
				st.links = append(st.links, &linkOut{from: f, to: cause, cue: cueText, by: s.claimBy, s: s})
			}
			continue
		}
		if to == nil && !st.responseVerbCue(s, c) {
			to = st.causeNoun(s, c.j, end)
		}
		if to != nil && to.trig != nil && to.sent == s && (cueText == "retaliatory" || strings.EqualFold(cueText, "reprisal")) && to.trig.i-c.j <= 2 {
			// "Israel launched retaliatory airstrikes on Nabatieh": the
			// act the adjective qualifies is the response; what it
			// answers is told before
			froms, to = []*frame{to}, nil
		}
		if to != nil && to.sent == s && len(to.agents)+len(to.targets)+len(to.places) == 0 && to.trig != nil && st.definite(s, to.trig) {
			// "in reprisal for the capture", "to punish them for the
			// attack": an act told before, named again by its kind only
			to = nil
		}
		if to != nil && to.sent == s && to.trig != nil && !to.trig.t.Verb && st.definite(s, to.trig) {
			// "in response to the attack on Port Sudan": the attack told
			// before at that place, named again
			if prev := st.toldBefore(to, s); prev != nil {
				d := prev.Date // the response's day is not the cause's
				prev.absorb(to)
				prev.Date = d
				to = prev
			}
		}
		named := to // the cause the cue's phrase names
		// "X retaliated with artillery fire", "Israel retaliated by
		// launching drone strikes": the events after "with" / "by" are
		// the response itself; what they answer comes before the cue in
		// the sentence ("After Hezbollah fired rockets, Israel retaliated
		// with airstrikes") or earlier in the text
		if st.responseVerbCue(s, c) {
			var resp []*frame
			for _, th := range s.trigs {
				if th.ev != nil && th.i >= c.j && th.i < end && th.ev.sent == s {
					resp = appendFrame(resp, th.ev)
				}
			}
			if len(resp) > 0 {
				froms, to = resp, nil
				for _, th := range s.trigs {
					if th.ev != nil && th.i < c.i && !sharesActor(th.ev.agents, resp[0].agents) && len(th.ev.agents) > 0 {
						to = th.ev
					}
				}
			}
		} else if to != nil && to.sent == s && to.trig != nil && to.trig.i > 0 && withBefore(s, to.trig.i) && len(froms) == 0 {
			froms, to = []*frame{to}, nil
		}
		if len(froms) == 0 {
			for _, th := range s.trigs {
				if th.ev != nil && th.i >= c.i && th.i < c.j {
					froms = appendFrame(froms, th.ev)
				}
			}
			if f := st.responseFrame(s, c); f != nil {
				froms = []*frame{f}
			}
		}
		if len(froms) == 0 && to != nil && s.claimBy != nil && st.operationBefore(s, c.i) {
			// "The group declared the operation was a response to ...":
			// the speaker's latest act
			if f := st.lastActBy(s.claimBy, s); f != nil && f != to {
				froms = []*frame{f}
			}
		}
		if len(froms) == 0 {
			continue
		}
		// "In response, Israel declared ..., tightened ... and launched ...":
		// every event of the sentence answers; otherwise the first one
		leading := c.i <= 1 && c.j < len(s.toks) && s.toks[c.j].Text == ","
		if !leading && !st.responseVerbCue(s, c) {
			froms = st.clauseFroms(s, c, froms, to)
		}
		if leading {
			// "In response, militias attacked US bases, while the Houthis
			// attacked ships": the response is the main clause, up to a
			// clause of time or contrast
			stop := len(s.toks)
			for _, w := range s.cues {
				if w.i >= c.j && w.i < stop && st.d.cues[w.idx].kind == "weak" {
					stop = w.i
				}
			}
			for k := c.j; k < stop; k++ {
				if clauseBound(s.toks[k]) {
					stop = k
				}
			}
			kept := froms[:0:0]
			for _, f := range froms {
				for _, th := range s.trigs {
					if th.ev == f && th.i < stop {
						kept = appendFrame(kept, f)
					}
				}
			}
			froms = kept
		}
		if leading && to == nil {
			// "In response, civilians staged protests against the
			// coup": an event told before and named again here is what
			// the new ones answer, not a response of its own
			var fresh []*frame
			for _, f := range froms {
				if f.sent == s {
					fresh = append(fresh, f)
				}
			}
			if len(fresh) > 0 {
				for _, f := range froms {
					if f.sent == s {
						continue
					}
					if sharesActor(f.agents, fresh[0].agents) {
						// "launched one of the most severe bombing
						// campaigns": the responder's own act told before
						fresh = append(fresh, f)
					} else if to == nil && len(f.agents) > 0 {
						to = f
					}
				}
				froms = fresh
			}
		}
		for _, from := range froms {
			if verbal[from.Type] {
				// "In response, the ministry condemned the strike": words
				// answer, but retaliation is an act
				continue
			}
			t := to
			if t == from {
				t = nil
			}
			if t == nil {
				t = st.answered(from, s)
			}
			if t == nil || t == from {
				continue
			}
			st.links = append(st.links, &linkOut{from: from, to: t, cue: cueText, by: s.claimBy, s: s, named: t == named})
		}
	}
}

// causeSpan: when token k lies in the cause phrase of a retaliation cue
// ("in retaliation for the Quetta bombing", "to avenge the killing of
// ..."), the phrase's bounds, from after the cue to the next comma or
// clause end; else -1, -1.
func (st *docState) causeSpan(s *sent, k int) (int, int) {
	for _, c := range s.cues {
		if st.d.cues[c.idx].kind != "retaliation" || c.j > k {
			continue
		}
		switch s.toks[c.j-1].Lower {
		case "for", "to", "against", "of", "avenge":
		default:
			continue
		}
		end := c.j
		for end < len(s.toks) && !clauseBound(s.toks[end]) && s.toks[end].Text != "," {
			end++
		}
		if k < end {
			return c.j, end
		}
	}
	return -1, -1
}

// toldBefore: an event before s that f, a definite noun, names again:
// of f's type, by the same agent when f names one, at a place f names,
// of f's mode unless f's is generic, and aimed at no other target.
func (st *docState) toldBefore(f *frame, s *sent) *frame {
	for i := len(st.events) - 1; i >= 0; i-- {
		g := st.events[i].live()
		if g == nil || g == f || g.sent.idx >= s.idx || g.Type != f.Type {
			continue
		}
		if len(f.agents) > 0 && !sharesActor(g.agents, f.agents) || !sharePlace(g, f) {
			continue
		}
		if f.specific && deref(f.Mode) != deref(g.Mode) {
			continue
		}
		if len(f.targets) > 0 && len(g.targets) > 0 && !relatedTargets(f.targets, g.targets) {
			continue
		}
		return g
	}
	return nil
}

// clauseFroms keeps the response of a cue that is not sentence-initial:
// when the cue names no cause and closes a clause ("resorting to shelling
// and airstrikes to retaliate"), every event of that clause before it;
// else the first event.
func (st *docState) clauseFroms(s *sent, c lexHit, froms []*frame, to *frame) []*frame {
	if to == nil && (c.j >= len(s.toks) || s.toks[c.j].Punct) {
		start := 0
		for k := c.i - 1; k >= 0; k-- {
			if s.toks[k].Text == "," || clauseBound(s.toks[k]) {
				start = k + 1
				break
			}
		}
		var out []*frame
		for _, th := range s.trigs {
			if th.ev != nil && th.ev.sent == s && th.i >= start && th.i < c.i {
				out = appendFrame(out, th.ev)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	// "Rwanda, which is reported to be supporting M23, was ordered to
	// leave ... in light of the offensive": a relative clause is
	// background, not the response
	for _, f := range froms {
		if f.sent != s || f.trig == nil || !inRelative(s, f.trig.i) {
			return []*frame{f}
		}
	}
	return nil
}

// inRelative: token k is inside a relative clause opened by ", which" or
// ", who" and closed by the next comma.
func inRelative(s *sent, k int) bool {
	for i := k - 1; i > 0; i-- {
		switch {
		case s.toks[i].Text == "," || clauseBound(s.toks[i]):
			return false
		case (s.toks[i].Lower == "which" || s.toks[i].Lower == "who") && s.toks[i-1].Text == ",":
			return true
		}
	}
	return false
}

// responseNounTrigger frames a response named as a noun with the side
// that made it ("a military response from the United States").
var responseNounTrigger = Trigger{Lemma: "response", Type: "ASSAULT", Of: "none"}

// responseNoun: a noun cue of responding followed by "from X" or "by X"
// is itself X's responding attack, aimed at the side it answers.
func (st *docState) responseNoun(s *sent, c lexHit) *frame {
	last := s.toks[c.j-1].Lower
	if last != "response" && last != "retaliation" && last != "reprisals" || c.j >= len(s.toks) {
		return nil
	}
	if w := s.toks[c.j].Lower; w != "from" && w != "by" {
		return nil
	}
	agents := st.fromActor(s, c.j)
	if len(agents) == 0 {
		agents = st.byAgent(s, c.j)
	}
	if len(agents) == 0 {
		return nil
	}
	th := &trigHit{i: c.i, j: c.j, t: &responseNounTrigger}
	f := &frame{sent: s, trig: th, agents: agents}
	f.Type = "ASSAULT"
	f.Evidence, f.Start, f.End = s.Text, s.Start, s.End
	f.Trigger = spanText(s, c.i, c.j)
	f.Date = s.date
	for _, t := range s.trigs {
		if t.ev != nil && t.i < c.i && len(t.ev.agents) > 0 && !sharesActor(t.ev.agents, agents) && (len(f.targets) == 0 || !verbal[t.ev.Type]) {
			f.targets = t.ev.agents[:1:1]
		}
	}
	th.ev = f
	st.events = append(st.events, f)
	return f
}

// operationBefore: the cue's subject is a definite noun or pronoun for an
// act ("the operation was", "it was", "the attack came in response").
func (st *docState) operationBefore(s *sent, k int) bool {
	for i := k - 1; i >= 1 && k-i <= 4; i-- {
		w := s.toks[i].Lower
		if w == "it" || w == "this" || (s.toks[i-1].Lower == "the" || s.toks[i-1].Lower == "this") && (w == "operation" || w == "attack" || w == "strike" || w == "assault" || w == "raid") {
			return true
		}
		if s.toks[i].Punct || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// lastActBy: the latest event before s carried out by a (or its parts),
// an act before a word.
func (st *docState) lastActBy(a *docActor, s *sent) *frame {
	var word *frame
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f.sent.idx >= s.idx || !sharesActor(f.agents, []*docActor{a}) {
			continue
		}
		if !verbal[f.Type] {
			return f
		}
		if word == nil {
			word = f
		}
	}
	return word
}

// causeWarTrigger frames a war or an aggression named as the cause of a
// response.
var causeWarTrigger = Trigger{Lemma: "war", Type: "ASSAULT", Mode: "military_campaign", Of: "target"}

// causeNoun: "in response to Russia's aggression", "a response to the
// war against Palestinians by Israeli forces": a war named as the cause is
// the act answered, though elsewhere such words name a standing state
// rather than an event. It needs someone who wages it.
func (st *docState) causeNoun(s *sent, from, end int) *frame {
	for k := from; k < end; k++ {
		switch s.toks[k].Lower {
		case "war", "aggression", "onslaught":
		default:
			continue
		}
		if s.at[k] >= 0 || st.triggerAt(s, k) {
			return nil
		}
		th := &trigHit{i: k, j: k + 1, t: &causeWarTrigger}
		f := st.frameFor(s, th)
		if f == nil {
			return th.ev.live() // "the war" told before
		}
		if len(f.agents) == 0 {
			return nil
		}
		// its places are the ones its phrase names, not the response's
		probe := &frame{sent: s, trig: th}
		st.addSlots(probe, s, th, false)
		f.places = probe.places
		th.ev = f
		st.events = append(st.events, f)
		return f
	}
	return nil
}

// triggerSoon: an event trigger starts within three words of k, over
// determiners and adjectives.
func (st *docState) triggerSoon(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i <= k+2; i++ {
		if st.triggerAt(s, i) {
			return true
		}
		if s.toks[i].Punct || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// responseVerbCue: the cue is a verb of responding followed by "by" or
// "with" and the way the response was made ("retaliated by shelling",
// "responded with airstrikes", "hit back with drones").
func (st *docState) responseVerbCue(s *sent, c lexHit) bool {
	last := s.toks[c.j-1].Lower
	if last == "by" || last == "with" {
		return c.j-1 > c.i && responseVerb(s.toks[c.j-2].Lower)
	}
	w := strings.TrimPrefix(strings.ToLower(spanText(s, c.i, c.j)), "to ") // "prompting Israel to retaliate with strikes"
	if !responseVerb(w) {
		return false
	}
	k := c.j
	for k < len(s.toks) && k < c.j+4 && st.timeWord(s.toks[k]) {
		k++ // "hit back on Wednesday with strikes"
	}
	return k < len(s.toks) && (s.toks[k].Lower == "by" || s.toks[k].Lower == "with")
}

// responseCueAt: a retaliation cue that is a verb of responding starts at
// token k ("hit back", "to retaliate", "responded").
func (st *docState) responseCueAt(s *sent, k int) bool {
	for _, c := range s.cues {
		if c.i == k && st.d.cues[c.idx].kind == "retaliation" && responseVerb(strings.TrimPrefix(strings.ToLower(spanText(s, c.i, c.j)), "to ")) {
			return true
		}
	}
	return false
}

// eventNounSoon: an event noun opens the phrase at k ("the blockade of
// Gaza"), so a list of causes goes on; an actor first ("the Israeli
// military confirmed") starts the main clause.
func (st *docState) eventNounSoon(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i <= k+3; i++ {
		if st.nounTriggerAt(s, i) {
			return true
		}
		if s.at[i] >= 0 || s.toks[i].Punct {
			return false
		}
	}
	return false
}

// under: a is part of b, directly or through its parents (Deif of the
// Qassam Brigades of Hamas).
func (a *docActor) under(b *docActor) bool {
	if a.partOf != "" && a.partOf == b.name {
		return true
	}
	for _, n := range a.ancestors {
		if n == b.name {
			return true
		}
	}
	return false
}

// nationalOf: a is a people or group of the state b ("Israeli settlers"
// and Israel). An armed group is not: rebels fight their own state
// (al-Shabaab and Somalia, the RSF and Sudan).
func (a *docActor) nationalOf(b *docActor) bool {
	return b.kind == eventgraph.KindState && a.kind != eventgraph.KindState && a.kind != eventgraph.KindArmedGroup && a.country != "" && a.country == b.country
}

func appendFrame(fs []*frame, f *frame) []*frame {
	for _, g := range fs {
		if g == f {
			return fs
		}
	}
	return append(fs, f)
}

// withBefore: "with" shortly before token k, over determiners and
// adjectives ("with heavy artillery fire").
func withBefore(s *sent, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 3; i-- {
		if s.toks[i].Lower == "with" {
			return true
		}
		if s.toks[i].Punct || s.at[i] >= 0 {
			return false
		}
	}
	return false
}

// answered picks the event a response answers when the text only points
// back: the latest earlier event by an actor the response targets ("the
// militias attacked US bases" answers the US), else one that targeted the
// responder, else the latest by another agent.
func (st *docState) answered(from *frame, s *sent) *frame {
	var byTarget, onResponder, other *frame
	for i := len(st.events) - 1; i >= 0; i-- {
		f := st.events[i].live()
		if f == nil || f == from || f.sent == s || f.Start > from.Start {
			continue
		}
		if sharesActor(f.agents, from.agents) {
			continue
		}
		// within each kind, a material act before a verbal one (military
		// aid rather than a veto), then the event the text keeps coming
		// back to (the most referred to), else the latest sentence's first
		better := func(cur *frame) bool {
			if cur == nil {
				return true
			}
			if verbal[f.Type] != verbal[cur.Type] {
				return !verbal[f.Type]
			}
			if f.Type == cur.Type && sharesActor(f.agents, cur.agents) && (narrowerScene(f, cur) || narrowerScene(cur, f)) {
				// "an offensive in Myanmar ... attacks in northern Shan
				// State ... the junta retaliated": the campaign, not one
				// act of it
				return narrowerScene(f, cur)
			}
			// of one sentence's acts, the first told ("launched missiles at
			// ships ..., and also fired missiles at Israeli cities")
			return f.refs > cur.refs || f.refs == cur.refs && f.sent == cur.sent
		}
		switch {
		case len(from.targets) > 0 && sharesActor(f.agents, from.targets):
			if better(byTarget) {
				byTarget = f
			}
		case len(f.agents) > 0 && (sharesActor(f.targets, from.agents) || st.onTerritoryOf(f, from.agents)):
			if better(onResponder) {
				onResponder = f
			}
		case len(f.agents) > 0 || len(from.agents) == 0:
			if better(other) {
				other = f
			}
		}
	}
	for _, f := range []*frame{byTarget, onResponder, other} {
		if f != nil {
			return f
		}
	}
	return nil
}

// onTerritoryOf: f happened in the country of the state among as (or of
// the state whose forces they are): "India struck nine sites in Pakistan"
// was aimed at Pakistan, which retaliated.
func (st *docState) onTerritoryOf(f *frame, as []*docActor) bool {
	for _, a := range as {
		b := st.stateOf(a)
		if b == nil || b.kind != eventgraph.KindState || b.country == "" {
			continue
		}
		for _, p := range f.places {
			if p.e.Country == b.country {
				return true
			}
		}
	}
	return false
}

// verbal: PLOVER types of words rather than deeds, which a retaliation
// answers less often than an act.
var verbal = map[string]bool{"ACCUSE": true, "REJECT": true, "THREATEN": true, "REQUEST": true, "CONSULT": true, "AGREE": true, "SUPPORT": true}

func (st *docState) weaponNear(s *sent, k int) bool {
	for i := k; i < len(s.toks) && i <= k+3; i++ {
		if st.weaponAt(s, i) {
			return true
		}
	}
	return false
}

func sharesActor(a, b []*docActor) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || x.under(y) || y.under(x) || x.nationalOf(y) || y.nationalOf(x) {
				return true
			}
		}
	}
	return false
}

// mergeEvents folds duplicate reports of one action into one event: in the
// same sentence, the same type by the same agent where one mode is generic;
// across sentences, the same type and mode with compatible agents, targets
// and dates (the second report adds what it knows).
func (st *docState) mergeEvents() {
	// within sentences first, so that "an attack on Israel, striking it
	// with 5,000 missiles" is one missile strike before it meets the
	// other reports
	st.compositeAttacks()
	st.mergePass(true)
	st.splitCountries()
	st.mergePass(false)
	st.sidesOfFighting()
	// an event names at least one participant or place, or is the act a
	// response answers ("struck Hodeidah in retaliation for a missile
	// attack on the airport"), whose maker causeAgents may find
	causes := map[*frame]bool{}
	for _, l := range st.links {
		causes[l.to.live()] = true
	}
	for _, f := range st.events {
		if !f.dead && len(f.agents) == 0 && len(f.targets) == 0 && len(f.places) == 0 && !causes[f] {
			f.dead = true
		}
	}
}

// compositeAttacks: an attack said to involve several kinds of act ("The
// attack involved a barrage of rockets concurrent to 3,000 militants
// breaching the barrier") is the ground assault among them, the act that
// carried the attack into the place it hit; the other acts stay events
// of their own. With one kind of act only, the ordinary merging makes the
// attack that act.
func (st *docState) compositeAttacks() {
	for _, s := range st.sents {
		for _, th := range s.trigs {
			a := th.ev.live()
			if a == nil || a.Type != "ASSAULT" || a.specific || th.t.Verb {
				continue
			}
			v := -1
			for k := th.j; k < len(s.toks) && k <= th.j+8; k++ {
				switch s.toks[k].Lower {
				case "involved", "involving", "included", "including", "combined", "combining", "comprised", "consisted":
					v = k
				}
				if v >= 0 || st.triggerAt(s, k) {
					break
				}
			}
			if v < 0 {
				continue
			}
			var ground *frame
			modes := map[string]bool{}
			for _, b := range st.events {
				if b == a || b.dead || b.sent != s || b.Type != "ASSAULT" || !b.specific || b.trig == nil || b.trig.i < v || !compatibleAgents(a, b) {
					continue
				}
				modes[deref(b.Mode)] = true
				if deref(b.Mode) == "ground_assault" && ground == nil {
					ground = b
				}
			}
			if ground != nil && len(modes) > 1 {
				a.absorb(ground)
			}
		}
	}
}

// splitCountries: strikes told at once over two countries joined by
// "and" ("a series of drone strikes within Iraq and Syria", "airstrikes
// in Lebanon and Syria") are one strike per country; each keeps the
// agents and targets, and takes the places of its own country.
func (st *docState) splitCountries() {
	n := len(st.events)
	for i := 0; i < n; i++ {
		f := st.events[i]
		if f.dead || f.Type != "ASSAULT" || f.trig == nil || f.trig.t.Verb || !strings.HasSuffix(f.sent.toks[f.trig.j-1].Lower, "s") {
			continue
		}
		for _, c := range st.joinedCountries(f) {
			g := &frame{Event: f.Event, agents: slices.Clone(f.agents), targets: slices.Clone(f.targets),
				from: slices.Clone(f.from), sent: f.sent, trig: f.trig, specific: f.specific}
			var keep []*docPlace
			for _, p := range f.places {
				if p.e.Country == c {
					g.places = append(g.places, p)
				} else {
					keep = append(keep, p)
				}
			}
			f.places = keep
			// the strikes in each country answer what the whole series
			// answered ("strikes in Iraq and Syria in response to the
			// Kerman bombings")
			for _, l := range st.links {
				if l.from == f {
					dup := *l
					dup.from = g
					st.links = append(st.links, &dup)
				}
			}
			st.events = slices.Insert(st.events, i+1, g)
			n++
			i++
		}
	}
}

// joinedCountries: the countries after the first of two or more country
// names among f's places that its sentence joins with "and" or a comma
// ("Iraq and Syria", "Lebanon, Syria and Iraq").
func (st *docState) joinedCountries(f *frame) []string {
	s := f.sent
	isCountry := func(k int) string {
		if k < 0 || k >= len(s.toks) || s.at[k] < 0 {
			return ""
		}
		m := s.ments[s.at[k]]
		if m.place == nil || m.place.e.Kind != "country" || m.place.e.Country == "" {
			return ""
		}
		for _, p := range f.places {
			if p == m.place {
				return p.e.Country
			}
		}
		return ""
	}
	var out []string
	for k := 0; k < len(s.toks); k++ {
		c := isCountry(k)
		if c == "" {
			continue
		}
		j := s.ments[s.at[k]].j
		if j < len(s.toks) && (s.toks[j].Lower == "and" || s.toks[j].Lower == ",") {
			if d := isCountry(j + 1); d != "" && d != c {
				if len(out) == 0 {
					out = append(out, c)
				}
				if !slices.Contains(out, d) {
					out = append(out, d)
				}
			}
		}
		k = j - 1
	}
	if len(out) < 2 {
		return nil
	}
	return out[1:]
}

// causeAgents gives a cause named only as a noun phrase ("a
// counteroffensive on the killing of hundreds of Palestinians") its
// likely agent: the side the response struck back at. A cause the cue
// names with an agent and no target ("in response to the October 7 Hamas
// attacks") hit the responder; a response with no target, a protest
// ("In response, civilians staged protests across the country"), or an
// attack or sanction with no place either, is aimed at the cause's agent.
func (st *docState) causeAgents() {
	for _, l := range st.links {
		from, to := l.from.live(), l.to.live()
		if from == nil || to == nil || from == to {
			continue
		}
		if len(to.agents) > 0 {
			if len(to.targets) == 0 && l.named {
				if a := sideOf(from.agents, to.agents); a != nil {
					// the state whose forces answered was hit, not its army,
					// unless the act hit places elsewhere ("the Houthis
					// fired ... in retaliation for Israel's bombardment of
					// Gaza")
					if b := st.stateOf(a); b != nil && placedIn(placesBut(to.places, from.places), b.country) {
						to.addTarget(b)
					}
				}
			}
			if len(from.targets) == 0 && (from.Type == "PROTEST" || len(from.places) == 0 && (from.Type == "ASSAULT" || from.Type == "SANCTION")) {
				if a := sideOf(to.agents, from.agents); a != nil {
					from.addTarget(a)
				}
			}
			continue
		}
		for _, a := range from.targets {
			switch a.kind {
			case eventgraph.KindState, eventgraph.KindMilitary, eventgraph.KindArmedGroup, eventgraph.KindGovernment:
			default:
				continue
			}
			if !overlapActors(to.targets, []*docActor{a}) && !sharesActor(from.agents, []*docActor{a}) {
				to.addAgent(a)
				break
			}
		}
	}
}

// placesBut: the places of ps that are not in qs.
func placesBut(ps, qs []*docPlace) []*docPlace {
	var out []*docPlace
	for _, p := range ps {
		if !slices.Contains(qs, p) {
			out = append(out, p)
		}
	}
	return out
}

// placedIn: no place is named, or one of them lies in the country (an
// alpha-3 code; "" is anywhere).
func placedIn(ps []*docPlace, country string) bool {
	if len(ps) == 0 || country == "" {
		return true
	}
	for _, p := range ps {
		if p.e.Country == country {
			return true
		}
	}
	return false
}

// sideOf: the first of as that is a fighting or governing side and not
// one of others.
func sideOf(as, others []*docActor) *docActor {
	for _, a := range as {
		switch a.kind {
		case eventgraph.KindState, eventgraph.KindMilitary, eventgraph.KindArmedGroup, eventgraph.KindGovernment:
			if !sharesActor([]*docActor{a}, others) {
				return a
			}
		}
	}
	return nil
}

// stateOf: the state a military belongs to, when the document names it,
// else nil; any other side is itself.
func (st *docState) stateOf(a *docActor) *docActor {
	if a.kind != eventgraph.KindMilitary || a.partOf == "" {
		return a
	}
	for _, b := range st.actors {
		if b.name == a.partOf && b.kind == eventgraph.KindState {
			return b
		}
	}
	return nil
}

// speakersAreNotAgents: a person or body that reports violence in a
// sentence ("the Health Ministry reported 200 people killed", "he said
// gunfire began") is not the one who used it.
func (st *docState) speakersAreNotAgents() {
	speaks := map[*sent][]*docActor{}
	for _, c := range st.claims {
		if c.speaker != nil {
			speaks[c.sent] = append(speaks[c.sent], c.speaker)
		}
	}
	for _, f := range st.events {
		if f.dead || f.Type != "ASSAULT" && f.Type != "COERCE" {
			continue
		}
		for _, a := range speaks[f.sent] {
			if (a.kind == eventgraph.KindPerson || a.kind == eventgraph.KindOrganization) && overlapActors(f.agents, []*docActor{a}) {
				f.agents = removeActor(f.agents, a)
			}
		}
	}
}

// dropAgentless drops events nobody is said to have carried out ("31
// people lost their lives", "the siege") when the document reports acts
// of that type by someone, or is a whole article (more than three
// sentences): tolls, echoes and backdrops rather than acts of their own,
// unless a retaliation link needs them. A lone sentence keeps them, and so
// does an article its central act, an attack at a named place it keeps
// coming back to.
func (st *docState) dropAgentless() {
	linked := map[*frame]bool{}
	for _, l := range st.links {
		linked[l.from.live()] = true
		linked[l.to.live()] = true
	}
	acted := map[string]bool{}
	actedMode := map[string]bool{}
	for _, f := range st.events {
		if !f.dead && len(f.agents) > 0 {
			acted[f.Type] = true
			actedMode[f.Type+"/"+deref(f.Mode)] = true
		}
	}
	for _, f := range st.events {
		if f.Type == "PROTEST" && len(f.targets) > 0 {
			// "the plan prompted protests": unnamed people protest
			// against a named side
			continue
		}
		if f.Type == "ASSAULT" && f.refs >= 2 && len(f.places) > 0 && !actedMode[f.Type+"/"+deref(f.Mode)] {
			// "an explosion took place at the hospital ... the
			// explosion ... the blast": the story's own act, named again
			// and again, whoever did it, when no one is told doing
			// another act of its kind
			continue
		}
		if !f.dead && len(f.agents)+len(f.targets)+len(f.places) == 0 {
			f.dead = true // a cause no one could be found to have made
		}
		if !f.dead && len(f.agents) == 0 && !linked[f] && (acted[f.Type] || len(st.sents) > 3) {
			f.dead = true
			for _, p := range f.places {
				p.scene = true // still a place where things happened
			}
		}
	}
}

func (st *docState) mergePass(within bool) {
	for i, a := range st.events {
		if a.dead {
			continue
		}
		for _, b := range st.events[i+1:] {
			if b.dead || a.Type != b.Type {
				continue
			}
			if !compatibleAgents(a, b) {
				continue
			}
			same := a.sent == b.sent
			if same != within || st.linked(a, b) {
				continue
			}
			if same && st.copula(a, b) {
				// "The Battle of Goma is an ongoing military campaign"
				a.absorb(b)
				continue
			}
			modeA, modeB := deref(a.Mode), deref(b.Mode)
			if same && a.trig != nil && b.trig != nil && st.timeBetween(a.sent, a.trig.j, b.trig.i) {
				// "shelled Kharkiv two days after the bombardment of Sumy"
				continue
			}
			if same && (a.Type == "ASSAULT" || a.Type == "COERCE") && a.trig != nil && b.trig != nil && (a.trig.t.Verb || b.trig.t.Verb) && a.specific && b.specific && placesConflict(a, b) {
				// "launched missiles at ships near Yemen and fired missiles
				// at Israeli cities": two predicates, two scenes
				continue
			}
			switch {
			case same && a.Type == "CONSULT" && a.trig != nil && b.trig != nil && a.trig.t.Verb && !b.trig.t.Verb && b.trig.i >= a.trig.j && b.trig.i-a.trig.j <= 2:
				// "are mediating talks", "brokered negotiations": the
				// verb's object is the same consultation
			case same && (modeA == modeB || !a.specific || !b.specific || modeB == "killing" || modeA == "killing"):
				if modeA == "killing" && modeB != "killing" && b.specific {
					a.Mode = b.Mode
				}
			case !same && modeA == modeB && a.specific && b.specific && compatibleDates(a, b) &&
				(len(b.agents) == 0 || sharesActor(a.agents, b.agents)) && (sameScene(a, b) || bare(b) && b.sent.idx-a.sent.idx == 1) && !st.repeated(b):
			case !same && b.trig != nil && b.trig.t.Lemma == "explosion" && a.sent.idx < b.sent.idx && len(b.targets) == 0 && sharesActor(a.agents, b.agents) &&
				sharePlace(a, b) && compatibleDates(a, b) && !st.repeated(b):
				// "Israel launched airstrikes on Gaza. Witnesses in Gaza
				// heard heavy explosions": the strikes, heard
			case !same && modeA == modeB && st.continuing(b) && !placesConflict(a, b) &&
				(len(a.targets) == 0 || len(b.targets) == 0 || overlapActors(a.targets, b.targets)):
				// "As of 1 November, massacres are believed to be
				// continuing": the massacre told before, still going on
			case !same && (!a.specific || !b.specific) && compatibleDates(a, b) &&
				len(a.agents) > 0 && len(b.agents) > 0 && sharesActor(a.agents, b.agents) && relatedTargets(a.targets, b.targets) && !placesConflict(a, b) && !narrowerScene(a, b):
				// "Hamas launched an attack on Israel ... it launched attacks
				// on Israeli territory": a generic restatement
			default:
				continue
			}
			a.absorb(b)
		}
	}
}

// timeBetween: a phrase of time ("after", "since", "following" ...) opens
// between tokens i and j of s (see addSlots).
func (st *docState) timeBetween(s *sent, i, j int) bool {
	for k := i; k < j && k+1 < len(s.toks); k++ {
		if timeConjunction(s.toks[k].Lower) && !s.toks[k+1].Num && !st.timeWord(s.toks[k+1]) && s.at[k+1] < 0 {
			return true
		}
	}
	return false
}

// repeated: the report says its act happened once more ("shelled the
// city again", "struck anew", "hours later ... a second time"), so it is
// not the act told before.
func (st *docState) repeated(f *frame) bool {
	if f.trig == nil {
		return false
	}
	s := f.sent
	for k := f.trig.i - 8; k < f.trig.j+8 && k < len(s.toks); k++ {
		if k < 0 {
			continue
		}
		switch s.toks[k].Lower {
		case "again", "anew", "later", "resumed", "renewed", "another", "fresh", "further", "next", "following", "subsequently", "afterwards", "afterward", "then":
			return true
		case "more":
			if k > 0 && s.toks[k-1].Lower == "once" {
				return true
			}
		case "time":
			if k > 0 && (s.toks[k-1].Lower == "second" || s.toks[k-1].Lower == "third") {
				return true
			}
		}
	}
	return false
}

// continuing: the report says its act goes on ("the shelling continued",
// "massacres are believed to be continuing", "the ongoing offensive").
func (st *docState) continuing(f *frame) bool {
	if f.trig == nil || f.trig.t.Verb {
		return false
	}
	s := f.sent
	for k := f.trig.i - 2; k < f.trig.j+6 && k < len(s.toks); k++ {
		if k < 0 || k >= f.trig.i && k < f.trig.j {
			continue
		}
		switch s.toks[k].Lower {
		case "continue", "continues", "continued", "continuing", "ongoing", "persist", "persists", "persisted", "persisting":
			return true
		}
		if k >= f.trig.j && s.toks[k].Punct {
			return false
		}
	}
	return false
}

// linked: a response and what it answers are two events ("In retaliation
// for the killing of its commander, Hezbollah fired rockets").
func (st *docState) linked(a, b *frame) bool {
	for _, l := range st.links {
		x, y := l.from.live(), l.to.live()
		if x == a && y == b || x == b && y == a {
			return true
		}
	}
	return false
}

// copula: b's noun is the predicate of a's ("X is a Y", "X was the
// deadliest attack").
func (st *docState) copula(a, b *frame) bool {
	if a.trig == nil || b.trig == nil || a.trig.t.Verb || b.trig.t.Verb || a.trig.j > b.trig.i {
		return false
	}
	s, g := a.sent, &st.d.gram
	be := false
	for k := a.trig.j; k < b.trig.i; k++ {
		tk := s.toks[k]
		switch {
		case g.is(tk, gBe) && tk.Lower != "'s":
			be = true
		case g.is(tk, gDet) || tk.Lower == "'s" || !tk.Punct && !tk.Cap && !st.triggerAt(s, k) && k > a.trig.j && be:
		case s.at[k] >= 0 && !be:
			// "The Battle of Goma": the name after the noun
			k = s.ments[s.at[k]].j - 1
		case tk.Lower == "of" && !be:
		default:
			return false
		}
	}
	return be
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func compatibleAgents(a, b *frame) bool {
	if len(a.agents) == 0 || len(b.agents) == 0 {
		return true
	}
	return sharesActor(a.agents, b.agents)
}

func compatibleDates(a, b *frame) bool {
	if a.Date == nil && b.Date == nil {
		return true
	}
	if a.Date == nil || b.Date == nil {
		// "a similar exchange in May" is not the strike dated today
		x := a
		if x.Date != nil {
			x = b
		}
		return x.sent.dateKind != 2
	}
	return *a.Date == *b.Date
}

// relatedTargets: the two share a target, or one names a part of the
// other's ("the Mossad headquarters" and "the Israeli presence").
func relatedTargets(a, b []*docActor) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || x.under(y) || y.under(x) {
				return true
			}
		}
	}
	return false
}

func overlapActors(a, b []*docActor) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// absorb merges b into a.
func (a *frame) absorb(b *frame) {
	for _, x := range b.agents {
		a.addAgent(x)
	}
	for _, x := range b.targets {
		a.addTarget(x)
	}
	for _, p := range b.places {
		a.addPlace(p)
	}
	for _, p := range b.from {
		a.from = appendPlace(a.from, p)
	}
	if !a.specific && b.specific {
		a.Mode, a.specific = b.Mode, true
	}
	if a.Date == nil {
		a.Date = b.Date
	}
	if a.Quantity == nil {
		a.Quantity = b.Quantity
	}
	if a.Fatalities == nil {
		a.Fatalities = b.Fatalities
	}
	a.refs += 1 + b.refs
	b.dead, b.into = true, a
}

// sharePlace: both name one same place.
func sharePlace(a, b *frame) bool {
	for _, p := range a.places {
		for _, q := range b.places {
			if p == q {
				return true
			}
		}
	}
	return false
}

// bare: the report names no target and no place ("The air force used
// jets and helicopters to attack a crowd"): told right after an act of
// the same kind and mode by the same agent, it tells that act.
func bare(f *frame) bool { return len(f.targets) == 0 && len(f.places) == 0 }

// sameScene: two reports share a target or a place, and do not name
// different targets.
func sameScene(a, b *frame) bool {
	if len(a.targets) > 0 && len(b.targets) > 0 {
		return overlapActors(a.targets, b.targets)
	}
	for _, p := range a.places {
		for _, q := range b.places {
			if p == q {
				return true
			}
		}
	}
	return len(a.targets)+len(b.targets) > 0 && len(a.places)+len(b.places) == 0
}

// narrowerScene: b happened in a part of the places a names, and in none
// of a's places itself ("an offensive in Myanmar ... simultaneous attacks
// in northern Shan State"): an act of the campaign, not the campaign told
// again.
func narrowerScene(a, b *frame) bool {
	if len(b.places) == 0 || sharePlace(a, b) {
		return false
	}
	for _, q := range b.places {
		in := false
		for _, p := range a.places {
			if within(q, p) {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// sidesOfFighting: fighting nobody is said to wage ("clashes broke out
// again", "fighting resumed") is fought by the two sides the document last
// named as fighting each other ("battles between the army and the
// rebels"), where they fought unless another place is named; a ceasefire
// that such fighting ends in, in the same sentence, is theirs too.
func (st *docState) sidesOfFighting() {
	clash := func(f *frame) bool {
		return !f.dead && f.Type == "ASSAULT" && deref(f.Mode) == "armed_clash"
	}
	var last *frame
	for _, f := range st.events {
		if !clash(f) {
			continue
		}
		if len(f.targets) == 0 && last != nil && (len(f.agents) == 0 || sameSides(f.agents, last.agents)) {
			if len(f.agents) == 0 {
				f.agents = append([]*docActor(nil), last.agents...)
			}
			if len(f.places) == 0 {
				f.places = append([]*docPlace(nil), last.places...)
			}
		}
		if len(f.agents) >= 2 {
			last = f
		}
	}
	for _, f := range st.events {
		if f.dead || f.Type != "AGREE" || deref(f.Mode) != "ceasefire" || len(f.agents) > 1 || f.trig == nil {
			continue
		}
		for _, th := range f.sent.trigs {
			if th.ev == nil || th.i >= f.trig.i {
				continue
			}
			// the fighting told here, or told before and named again
			// here ("the first battle ... resulted in a ceasefire"); one
			// side named alone is one of them
			if o := th.ev.live(); o != nil && clash(o) && len(o.agents) >= 2 && (len(f.agents) == 0 || overlapActors(f.agents, o.agents)) {
				f.agents = append([]*docActor(nil), o.agents...)
				if len(f.places) == 0 {
					f.places = append([]*docPlace(nil), o.places...)
				}
			}
		}
	}
}

// sameSides: the same actors, in any order.
func sameSides(a, b []*docActor) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}
