package graph

import (
	"strings"

	"github.com/eventgraph/eventgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A plan turns one batch of extractions into the parameter rows of the
// write statements. Planning is pure: the only outside input is the set of
// existing events that incoming reports may describe (candidates), read in
// the same transaction before planning. Rows are aggregated per node and per
// relationship so that each is written once per batch, however many
// documents mention it.

// prepared is one document with its names resolved to node ids and its
// events keyed, before event identity is resolved.
type prepared struct {
	x      *eventgraph.Extraction
	id     string
	hash   string            // content hash
	digest string            // of the extraction
	actors map[string]string // normalised name or alias -> actor id
	places map[string]string // normalised name -> location id
	events []*localEvent
}

type localEvent struct {
	ev   *eventgraph.Event
	key  eventKey
	mode string
	date day
	node string // the Event node it resolved to
}

// prepare indexes a document's actors and locations by name and keys its
// events. It does not touch the plan.
func prepare(x *eventgraph.Extraction) *prepared {
	hash, digest := versionOf(*x)
	p := &prepared{x: x, id: x.Document.ID, hash: hash, digest: digest,
		actors: map[string]string{}, places: map[string]string{}}
	for _, a := range x.Actors {
		setOnce(p.actors, norm(a.Name), actorID(a))
	}
	for _, a := range x.Actors {
		for _, al := range a.Aliases {
			setOnce(p.actors, norm(al), actorID(a))
		}
	}
	for _, l := range x.Locations {
		setOnce(p.places, norm(l.Name), locationID(l))
	}
	for _, l := range x.Locations {
		for _, al := range l.Aliases {
			setOnce(p.places, norm(al), locationID(l))
		}
	}
	for i := range x.Events {
		ev := &x.Events[i]
		k := eventKey{Type: ev.Type}
		if a := names(ev.Agents); len(a) > 0 {
			k.Agent = p.actorRef(a[0])
		}
		if t, l := names(ev.Targets), names(ev.Locations); len(t) > 0 {
			k.Target = p.targetRef(t[0])
		} else if len(l) > 0 {
			k.Target = p.placeRef(l[0])
		}
		p.events = append(p.events, &localEvent{ev: ev, key: k, mode: deref(ev.Mode), date: parseDay(ev.Date)})
	}
	return p
}

// names drops empty names.
func names(all []string) []string {
	out := all[:0:0]
	for _, n := range all {
		if strings.TrimSpace(n) != "" {
			out = append(out, n)
		}
	}
	return out
}

func setOnce(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok && k != "" {
		m[k] = v
	}
}

// actorRef is the id of the actor a name refers to: one of the document's
// actors by name or alias, else an actor known only by this name.
func (p *prepared) actorRef(name string) string {
	if id, ok := p.actors[norm(name)]; ok {
		return id
	}
	return nameActorID(name)
}

func (p *prepared) placeRef(name string) string {
	if id, ok := p.places[norm(name)]; ok {
		return id
	}
	return namePlaceID(name, "")
}

// targetRef resolves a target: an actor first, then a place, else an actor
// known only by this name.
func (p *prepared) targetRef(name string) string {
	if id, ok := p.actors[norm(name)]; ok {
		return id
	}
	if id, ok := p.places[norm(name)]; ok {
		return id
	}
	return nameActorID(name)
}

func (p *prepared) isPlace(name string) bool {
	_, actor := p.actors[norm(name)]
	_, place := p.places[norm(name)]
	return place && !actor
}

// plan holds the rows of one batch.
type plan struct {
	docs      []map[string]any
	actors    []*actorRow
	actorIdx  map[string]*actorRow
	places    []*placeRow
	placeIdx  map[string]*placeRow
	events    []map[string]any
	claims    []map[string]any
	claimSeen map[string]bool

	actorMentions []map[string]any
	placeMentions []map[string]any
	eventReports  []map[string]any
	claimReports  []map[string]any

	partOf, performed, targetedActor, targetedPlace, occurredAt, launchedFrom, claimed, about relSet
	retaliation                                                                               linkSet

	touched []string // events whose summary must be recomputed
	// cands are the events reports may merge with, by key: those read from
	// the graph and those this batch creates.
	cands map[eventKey][]candidate
}

func newPlan(existing map[eventKey][]candidate) *plan {
	cands := make(map[eventKey][]candidate, len(existing))
	for k, cs := range existing {
		cands[k] = append([]candidate(nil), cs...)
	}
	return &plan{actorIdx: map[string]*actorRow{}, placeIdx: map[string]*placeRow{},
		claimSeen: map[string]bool{}, cands: cands}
}

type actorRow struct {
	id, name, kind, country, role string
	names                         []string // name and aliases, as written
}

type placeRow struct {
	id, name, kind, country, parent string
	names                           []string // name and aliases, as written
	lat, lon                        *float64
}

// add writes one prepared document into the plan. Documents must be added
// in load order: a later document's events may merge with an earlier one's.
func (pl *plan) add(p *prepared) {
	d := p.x.Document
	pl.docs = append(pl.docs, map[string]any{
		"id": p.id, "title": nullable(d.Title), "published": dateParam(parseDay(d.Published)),
		"source": nullable(d.Source), "hash": p.hash, "digest": p.digest,
	})
	mentioned := map[string]bool{} // node ids with provenance to this document
	mentionActor := func(id, name string, ev *eventgraph.Evidence) {
		if mentioned[id] {
			return
		}
		mentioned[id] = true
		if _, ok := pl.actorIdx[id]; !ok {
			pl.addActor(actorRow{id: id, name: name, kind: eventgraph.KindUnknown, names: []string{name}})
		}
		pl.actorMentions = append(pl.actorMentions, provenance(id, p.id, ev))
	}
	mentionPlace := func(id, name string, ev *eventgraph.Evidence) {
		if mentioned[id] {
			return
		}
		mentioned[id] = true
		if _, ok := pl.placeIdx[id]; !ok {
			pl.addPlace(placeRow{id: id, name: name, kind: "unknown", names: []string{name}})
		}
		pl.placeMentions = append(pl.placeMentions, provenance(id, p.id, ev))
	}

	for _, a := range p.x.Actors {
		if strings.TrimSpace(a.Name) == "" && a.ID == "" {
			continue
		}
		id := actorID(a)
		pl.addActor(actorRow{id: id, name: strings.TrimSpace(a.Name), kind: orUnknown(a.Kind),
			country: deref(a.Country), role: strings.TrimSpace(a.Role),
			names: append([]string{a.Name}, a.Aliases...)})
		mentionActor(id, a.Name, a.Evidence)
	}
	for _, a := range p.x.Actors {
		if parent := deref(a.PartOf); parent != "" && (a.ID != "" || strings.TrimSpace(a.Name) != "") {
			pid := p.actorRef(parent)
			mentionActor(pid, parent, a.Evidence)
			if pid != actorID(a) {
				pl.partOf.add(actorID(a), pid, p.id)
			}
		}
	}
	for _, l := range p.x.Locations {
		if strings.TrimSpace(l.Name) == "" && l.ID == "" {
			continue
		}
		id := locationID(l)
		pl.addPlace(placeRow{id: id, name: strings.TrimSpace(l.Name), kind: orUnknown(l.Kind),
			country: deref(l.Country), parent: strings.TrimSpace(l.Parent),
			names: append([]string{l.Name}, l.Aliases...), lat: l.Lat, lon: l.Lon})
		mentionPlace(id, l.Name, l.Evidence)
	}

	local := map[string]string{} // local event id -> node id
	used := map[string]bool{}    // nodes this document already reports
	for _, le := range p.events {
		ev := le.ev
		le.node = pl.resolve(p, le, used)
		used[le.node] = true
		local[ev.ID] = le.node
		evidence := &eventgraph.Evidence{Text: ev.Evidence, Start: ev.Start, End: ev.End}
		pl.eventReports = append(pl.eventReports, map[string]any{
			"node": le.node, "doc": p.id, "local_id": ev.ID,
			"evidence": ev.Evidence, "start": ev.Start, "end": ev.End,
			"mode": nullable(le.mode), "date": dateParam(le.date),
			"quantity": intParam(ev.Quantity), "fatalities": intParam(ev.Fatalities),
			"trigger": nullable(ev.Trigger),
		})
		for _, name := range names(ev.Agents) {
			id := p.actorRef(name)
			mentionActor(id, name, evidence)
			pl.performed.add(id, le.node, p.id)
		}
		for _, name := range names(ev.Targets) {
			id := p.targetRef(name)
			if p.isPlace(name) {
				mentionPlace(id, name, evidence)
				pl.targetedPlace.add(le.node, id, p.id)
			} else {
				mentionActor(id, name, evidence)
				pl.targetedActor.add(le.node, id, p.id)
			}
		}
		for _, name := range names(ev.Locations) {
			id := p.placeRef(name)
			mentionPlace(id, name, evidence)
			pl.occurredAt.add(le.node, id, p.id)
		}
		for _, name := range names(ev.LaunchedFrom) {
			id := p.placeRef(name)
			mentionPlace(id, name, evidence)
			pl.launchedFrom.add(le.node, id, p.id)
		}
	}

	for _, l := range p.x.Links {
		from, okFrom := local[l.From]
		to, okTo := local[l.To]
		if !okFrom || !okTo || from == to || (l.Type != "" && l.Type != eventgraph.LinkRetaliation) {
			continue
		}
		pl.retaliation.add(from, to, p.id, l.Cue, l.Evidence, l.AssertedBy)
	}

	reported := map[string]bool{}
	for _, c := range p.x.Claims {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		evidence := &eventgraph.Evidence{Text: c.Evidence, Start: c.Start, End: c.End}
		speaker := "" // a claim without a named speaker has no CLAIMED
		if strings.TrimSpace(c.Speaker) != "" {
			speaker = p.actorRef(c.Speaker)
			mentionActor(speaker, c.Speaker, evidence)
		}
		id := claimID(speaker, c.Text)
		if !pl.claimSeen[id] {
			pl.claimSeen[id] = true
			pl.claims = append(pl.claims, map[string]any{
				"id": id, "text": c.Text, "verb": nullable(c.Verb), "date": dateParam(parseDay(c.Date)),
			})
		}
		if !reported[id] {
			reported[id] = true
			pl.claimReports = append(pl.claimReports, provenance(id, p.id, evidence))
		}
		if speaker != "" {
			pl.claimed.add(speaker, id, p.id)
		}
		for _, about := range c.About {
			if ev, ok := local[about]; ok {
				pl.about.add(id, ev, p.id)
			}
		}
	}
}

// resolve finds the Event node a local event describes, or plans a new one.
func (pl *plan) resolve(p *prepared, le *localEvent, used map[string]bool) string {
	if le.key.mergeable() {
		if id, ok := pickEvent(pl.cands[le.key], le.mode, le.date, used); ok {
			pl.touch(id)
			return id
		}
	}
	id := newEventID(le.key, le.date.String(), p.id, le.ev.ID)
	pl.events = append(pl.events, map[string]any{
		"id": id, "type": le.key.Type, "agent_key": le.key.Agent, "target_key": le.key.Target,
		"mode": nullable(le.mode), "date": dateParam(le.date),
	})
	if le.key.mergeable() {
		pl.cands[le.key] = append(pl.cands[le.key], candidate{id: id, mode: le.mode, date: le.date})
	}
	pl.touch(id)
	return id
}

func (pl *plan) touch(id string) { pl.touched = append(pl.touched, id) }

func (pl *plan) addActor(r actorRow) {
	have, ok := pl.actorIdx[r.id]
	if !ok {
		row := r
		pl.actorIdx[r.id] = &row
		pl.actors = append(pl.actors, &row)
		return
	}
	if have.kind == eventgraph.KindUnknown {
		have.kind = r.kind
	}
	have.country = firstNonEmpty(have.country, r.country)
	have.role = firstNonEmpty(have.role, r.role)
	have.names = append(have.names, r.names...)
}

func (pl *plan) addPlace(r placeRow) {
	have, ok := pl.placeIdx[r.id]
	if !ok {
		row := r
		pl.placeIdx[r.id] = &row
		pl.places = append(pl.places, &row)
		return
	}
	if have.kind == "unknown" {
		have.kind = r.kind
	}
	have.country = firstNonEmpty(have.country, r.country)
	have.parent = firstNonEmpty(have.parent, r.parent)
	have.names = append(have.names, r.names...)
	if have.lat == nil || have.lon == nil {
		have.lat, have.lon = r.lat, r.lon
	}
}

func (r *actorRow) param() map[string]any {
	names, lower := distinctNames(r.names)
	return map[string]any{"id": r.id, "name": r.name, "kind": r.kind, "country": nullable(r.country),
		"role": nullable(r.role), "names": names, "names_lc": lower}
}

func (r *placeRow) param() map[string]any {
	names, lower := distinctNames(r.names)
	row := map[string]any{"id": r.id, "name": r.name, "kind": r.kind, "country": nullable(r.country),
		"parent": nullable(r.parent), "names": names, "names_lc": lower, "lat": nil, "lon": nil}
	if r.lat != nil && r.lon != nil {
		row["lat"], row["lon"] = *r.lat, *r.lon
	}
	return row
}

// distinctNames returns the names without repeats, as written and
// normalised.
func distinctNames(all []string) (names, lower []string) {
	seen, seenLower := map[string]bool{}, map[string]bool{}
	for _, n := range all {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
		if l := norm(n); !seenLower[l] {
			seenLower[l] = true
			lower = append(lower, l)
		}
	}
	return names, lower
}

// relSet aggregates the documents behind each relationship of one type.
type relSet struct {
	rows []*relRow
	idx  map[[2]string]*relRow
}

type relRow struct {
	from, to string
	docs     []string
}

func (s *relSet) add(from, to, doc string) {
	r := rowFor(&s.idx, &s.rows, from, to, func() *relRow { return &relRow{from: from, to: to} })
	if len(r.docs) == 0 || r.docs[len(r.docs)-1] != doc {
		r.docs = append(r.docs, doc)
	}
}

func (s *relSet) params() []map[string]any {
	out := make([]map[string]any, len(s.rows))
	for i, r := range s.rows {
		out[i] = map[string]any{"from": r.from, "to": r.to, "docs": r.docs}
	}
	return out
}

// linkSet aggregates RETALIATION_FOR links: per document its cue, evidence
// and speaker, in lists parallel to docs.
type linkSet struct {
	rows []*linkRow
	idx  map[[2]string]*linkRow
}

type linkRow struct {
	from, to                       string
	docs, cues, evidence, asserted []string
}

func (s *linkSet) add(from, to, doc, cue, evidence, assertedBy string) {
	r := rowFor(&s.idx, &s.rows, from, to, func() *linkRow { return &linkRow{from: from, to: to} })
	for _, d := range r.docs {
		if d == doc {
			return // the first statement of the link in a document stands
		}
	}
	r.docs = append(r.docs, doc)
	r.cues = append(r.cues, cue)
	r.evidence = append(r.evidence, evidence)
	r.asserted = append(r.asserted, assertedBy)
}

func (s *linkSet) params() []map[string]any {
	out := make([]map[string]any, len(s.rows))
	for i, r := range s.rows {
		out[i] = map[string]any{"from": r.from, "to": r.to, "docs": r.docs,
			"cues": r.cues, "evidence": r.evidence, "asserted_by": r.asserted}
	}
	return out
}

func provenance(node, doc string, ev *eventgraph.Evidence) map[string]any {
	row := map[string]any{"node": node, "doc": doc, "evidence": nil, "start": nil, "end": nil}
	if ev != nil && ev.Text != "" {
		row["evidence"], row["start"], row["end"] = ev.Text, ev.Start, ev.End
	}
	return row
}

// nullable maps "" to a Cypher null, so that SET removes rather than
// stores an empty string.
func nullable(s string) any {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return s
}

func dateParam(d day) any {
	if !d.ok {
		return nil
	}
	return neo4j.DateOf(d.t)
}

func intParam(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func orUnknown(kind string) string {
	if kind = strings.TrimSpace(kind); kind == "" {
		return eventgraph.KindUnknown
	}
	return kind
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func rowsOf[T interface{ param() map[string]any }](xs []T) []map[string]any {
	out := make([]map[string]any, len(xs))
	for i, x := range xs {
		out[i] = x.param()
	}
	return out
}

// rowFor returns the row of the pair (from, to), made with mk and kept in
// order of first sight when it is new.
func rowFor[T any](idx *map[[2]string]*T, rows *[]*T, from, to string, mk func() *T) *T {
	if *idx == nil {
		*idx = map[[2]string]*T{}
	}
	k := [2]string{from, to}
	r, ok := (*idx)[k]
	if !ok {
		r = mk()
		(*idx)[k] = r
		*rows = append(*rows, r)
	}
	return r
}
