package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph"
)

// Identity across documents (docs/graph-model.md): actors and locations by
// dictionary id or normalised name, events by type, agent, target or place
// and a date window, claims by speaker and normalised text.

// sameEventDays is how far apart two reports of one event may date it.
const sameEventDays = 2

// norm normalises a name for identity and lookup: lower case, single
// spaces, no surrounding space.
func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// actorID is the dictionary id, else "name:" and the normalised name.
func actorID(a eventgraph.Actor) string {
	if a.ID != "" {
		return a.ID
	}
	return nameActorID(a.Name)
}

func nameActorID(name string) string { return "name:" + norm(name) }

// locationID is the gazetteer id, else "place:", the normalised name, "|"
// and the country code ("" when unknown).
func locationID(l eventgraph.Location) string {
	if l.ID != "" {
		return l.ID
	}
	return namePlaceID(l.Name, deref(l.Country))
}

func namePlaceID(name, country string) string {
	return "place:" + norm(name) + "|" + strings.ToUpper(strings.TrimSpace(country))
}

// claimID hashes the speaker's id and the normalised text.
func claimID(speaker, text string) string {
	return "claim:" + shortHash(speaker, norm(text))
}

// newEventID names an event first seen in document doc as its local event
// local; later reports of the same event reuse it.
func newEventID(k eventKey, date string, doc, local string) string {
	return "ev:" + shortHash(k.Type, k.Agent, k.Target, date, doc, local)
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:10])
}

// versionOf returns the document's content hash and the digest of its
// extraction. The digest covers the content hash and everything extracted,
// so a document is unchanged when its digest is: a new extractor that reads
// a document differently replaces it too. An extraction without a content
// hash (hand-written, or older JSON Lines) uses "x:" and its digest.
func versionOf(x eventgraph.Extraction) (hash, digest string) {
	b, err := json.Marshal(x)
	if err != nil { // plain structs of strings and numbers: cannot fail
		b = []byte(x.Document.ID + x.Document.Hash)
	}
	sum := sha256.Sum256(b)
	digest = hex.EncodeToString(sum[:])
	if x.Document.Hash != "" {
		return x.Document.Hash, digest
	}
	return "x:" + digest, digest
}

// eventKey is the indexed part of an event's identity.
type eventKey struct {
	Type   string // PLOVER root
	Agent  string // the first agent's actor id, or ""
	Target string // the first target's id, else the first location's, or ""
}

// mergeable reports whether events with this key may merge with reports
// from other documents: an event with neither agent nor target or place is
// too vague to identify.
func (k eventKey) mergeable() bool { return k.Agent != "" || k.Target != "" }

// day is a calendar date; the zero value means undated.
type day struct {
	t  time.Time
	ok bool
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY (the first day of the month
// or year); anything else counts as undated.
func parseDay(s *string) day {
	if s == nil {
		return day{}
	}
	v := strings.TrimSpace(*s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return day{t: t, ok: true}
		}
	}
	return day{}
}

func (d day) String() string {
	if !d.ok {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// distance is the number of days between two dates, or -1 when they cannot
// be the same event's date (one dated, the other not). Two undated events
// are at distance 0.
func (d day) distance(o day) int {
	switch {
	case !d.ok && !o.ok:
		return 0
	case d.ok != o.ok:
		return -1
	}
	h := d.t.Sub(o.t).Hours() / 24
	if h < 0 {
		h = -h
	}
	return int(h + 0.5)
}

// candidate is an Event node an incoming report may describe.
type candidate struct {
	id   string
	mode string
	date day
}

// sameEvent reports whether a report with mode and date may describe the
// candidate, and how far apart the dates are. Modes must agree when both
// are known (an airstrike and a rocket launch on the same day by the same
// actor against the same target are two events).
func sameEvent(c candidate, mode string, date day) (int, bool) {
	if c.mode != "" && mode != "" && c.mode != mode {
		return 0, false
	}
	d := c.date.distance(date)
	if d < 0 || d > sameEventDays {
		return 0, false
	}
	return d, true
}

// pickEvent chooses the closest-dated candidate not already used by the
// same document (a document's own events are always distinct), ties to the
// smaller id so that the choice is deterministic.
func pickEvent(cands []candidate, mode string, date day, used map[string]bool) (string, bool) {
	best, bestDist := "", -1
	for _, c := range cands {
		if used[c.id] {
			continue
		}
		d, ok := sameEvent(c, mode, date)
		if !ok {
			continue
		}
		if bestDist < 0 || d < bestDist || (d == bestDist && c.id < best) {
			best, bestDist = c.id, d
		}
	}
	return best, bestDist >= 0
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}
