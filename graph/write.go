package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LoadResult counts what Load did. Created and deleted counts come from the
// server's result counters.
type LoadResult struct {
	Written  int // documents written: new ones and changed ones
	Replaced int // of Written, documents that were loaded before with other content
	Skipped  int // documents already loaded with the same extraction

	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
}

// Add adds o's counts to r.
func (r *LoadResult) Add(o LoadResult) {
	r.Written += o.Written
	r.Replaced += o.Replaced
	r.Skipped += o.Skipped
	r.NodesCreated += o.NodesCreated
	r.NodesDeleted += o.NodesDeleted
	r.RelationshipsCreated += o.RelationshipsCreated
	r.RelationshipsDeleted += o.RelationshipsDeleted
}

func (r *LoadResult) count(c neo4j.Counters) {
	r.NodesCreated += c.NodesCreated()
	r.NodesDeleted += c.NodesDeleted()
	r.RelationshipsCreated += c.RelationshipsCreated()
	r.RelationshipsDeleted += c.RelationshipsDeleted()
}

// Load writes extractions into the graph, Config.BatchSize documents per
// transaction. It is idempotent and incremental: a document already loaded
// with the same extraction (same content hash, same extracted facts) is
// skipped; a changed one (same id, new content or new extraction of it)
// first has its old contribution retracted, then is written anew.
//
// Each batch commits on its own, so after an error the batches before it
// stay loaded (their counts are in the result) and loading again completes
// the job. Within a batch, a document id given twice is written once, the
// last extraction winning. An extraction without a document id is
// eventgraph.ErrInvalid, and nothing is written.
func (s *Store) Load(ctx context.Context, xs []eventgraph.Extraction) (res LoadResult, err error) {
	for i := range xs {
		if strings.TrimSpace(xs[i].Document.ID) == "" {
			return res, fmt.Errorf("load: extraction %d (%q) has no document id: %w", i+1, xs[i].Document.Title, eventgraph.ErrInvalid)
		}
	}
	session := s.writeSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "load", session.Close(ctx))) }()
	for start := 0; start < len(xs); start += s.cfg.BatchSize {
		batch := xs[start:min(start+s.cfg.BatchSize, len(xs))]
		r, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (LoadResult, error) {
			return writeBatch(ctx, tx, batch)
		})
		if err != nil {
			return res, translate(s.cfg, "load", err)
		}
		res.Add(r)
	}
	return res, nil
}

// Remove deletes documents and everything only they support, as if they
// had never been loaded; facts other documents support stay. Ids not in the
// graph are ignored. Written counts the documents removed.
func (s *Store) Remove(ctx context.Context, ids []string) (res LoadResult, err error) {
	session := s.writeSession(ctx)
	defer func() { err = errors.Join(err, translate(s.cfg, "remove", session.Close(ctx))) }()
	for start := 0; start < len(ids); start += s.cfg.BatchSize {
		batch := ids[start:min(start+s.cfg.BatchSize, len(ids))]
		r, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (LoadResult, error) {
			var res LoadResult
			run := counted{ctx, tx, &res}.run
			loaded, err := documentDigests(ctx, tx, batch)
			if err != nil {
				return res, err
			}
			var touched []string
			for _, id := range batch {
				if _, ok := loaded[id]; !ok {
					continue
				}
				survivors, err := retract(ctx, tx, id, run)
				if err != nil {
					return res, err
				}
				touched = append(touched, survivors...)
				if err := run("delete document "+id, cypherDeleteDocument, map[string]any{"id": id}); err != nil {
					return res, err
				}
				res.Written++
			}
			return res, run("refresh events", cypherRefreshEvents, map[string]any{"ids": unique(touched)})
		})
		if err != nil {
			return res, translate(s.cfg, "remove", err)
		}
		res.Add(r)
	}
	return res, nil
}

// writeBatch is one transaction. It may be retried, so it keeps no state
// outside its result.
func writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, xs []eventgraph.Extraction) (LoadResult, error) {
	var res LoadResult
	run := counted{ctx, tx, &res}.run

	// The last extraction of each id wins.
	last := make(map[string]int, len(xs))
	for i := range xs {
		last[xs[i].Document.ID] = i
	}
	ids := make([]string, 0, len(last))
	for i := range xs {
		if last[xs[i].Document.ID] == i {
			ids = append(ids, xs[i].Document.ID)
		} else {
			res.Skipped++
		}
	}
	loaded, err := documentDigests(ctx, tx, ids)
	if err != nil {
		return res, err
	}

	var docs []*prepared
	var touched []string
	for i := range xs {
		x := &xs[i]
		if last[x.Document.ID] != i {
			continue
		}
		p := prepare(x)
		old, ok := loaded[x.Document.ID]
		switch {
		case ok && old == p.digest:
			res.Skipped++
			continue
		case ok:
			survivors, err := retract(ctx, tx, x.Document.ID, run)
			if err != nil {
				return res, err
			}
			touched = append(touched, survivors...)
			res.Replaced++
		}
		res.Written++
		docs = append(docs, p)
	}
	if len(docs) == 0 {
		return res, nil
	}

	cands, err := eventCandidates(ctx, tx, docs)
	if err != nil {
		return res, err
	}
	pl := newPlan(cands)
	for _, p := range docs {
		pl.add(p)
	}
	steps := []struct {
		name, cypher string
		rows         []map[string]any
	}{
		{"documents", cypherDocuments, pl.docs},
		{"actors", cypherActors, rowsOf(pl.actors)},
		{"locations", cypherLocations, rowsOf(pl.places)},
		{"events", cypherEvents, pl.events},
		{"claims", cypherClaims, pl.claims},
		{"actor mentions", cypherMentionedActor, pl.actorMentions},
		{"location mentions", cypherMentionedLocation, pl.placeMentions},
		{"event reports", cypherReportedEvent, pl.eventReports},
		{"claim reports", cypherReportedClaim, pl.claimReports},
		{"PART_OF", cypherPartOf, pl.partOf.params()},
		{"PERFORMED", cypherPerformed, pl.performed.params()},
		{"TARGETED actors", cypherTargetedActor, pl.targetedActor.params()},
		{"TARGETED locations", cypherTargetedLocation, pl.targetedPlace.params()},
		{"OCCURRED_AT", cypherOccurredAt, pl.occurredAt.params()},
		{"LAUNCHED_FROM", cypherLaunchedFrom, pl.launchedFrom.params()},
		{"RETALIATION_FOR", cypherRetaliationFor, pl.retaliation.params()},
		{"CLAIMED", cypherClaimed, pl.claimed.params()},
		{"ABOUT", cypherAbout, pl.about.params()},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if err := run(st.name, st.cypher, map[string]any{"rows": st.rows}); err != nil {
			return res, err
		}
	}
	touched = append(touched, pl.touched...)
	if err := run("refresh events", cypherRefreshEvents, map[string]any{"ids": unique(touched)}); err != nil {
		return res, err
	}
	return res, nil
}

// runFunc runs one write statement, naming it in errors.
type runFunc func(name, cypher string, params map[string]any) error

// counted runs write statements in tx and adds their counters to res.
type counted struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	res *LoadResult
}

func (c counted) run(name, cypher string, params map[string]any) error {
	r, err := c.tx.Run(c.ctx, cypher, params)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	sum, err := r.Consume(c.ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	c.res.count(sum.Counters())
	return nil
}

// retract removes what document id contributed (docs/graph-model.md,
// "Changed documents") and returns the events it reported, whose summaries
// must be recomputed if they survive.
func retract(ctx context.Context, tx neo4j.ManagedTransaction, id string, run runFunc) ([]string, error) {
	params := map[string]any{"id": id}
	r, err := tx.Run(ctx, cypherEventReports, params)
	if err != nil {
		return nil, fmt.Errorf("retract %s: %w", id, err)
	}
	events, err := neo4j.CollectTWithContext(ctx, r, func(rec *neo4j.Record) (string, error) {
		v, _, err := neo4j.GetRecordValue[string](rec, "id")
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("retract %s: %w", id, err)
	}
	for _, st := range []struct{ name, cypher string }{
		{"retract relationships", cypherRetractRelationships},
		{"retract links", cypherRetractLinks},
		{"retract provenance", cypherRetractProvenance},
	} {
		if err := run(st.name+" of "+id, st.cypher, params); err != nil {
			return nil, err
		}
	}
	return events, nil
}

// unique returns ids without repeats, in first-seen order: an event many
// documents of a batch report is refreshed once.
func unique(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// documentDigests returns the extraction digest of each of ids already
// loaded ("" for a document loaded before digests were kept).
func documentDigests(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]string, error) {
	r, err := tx.Run(ctx, cypherDocumentDigests, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("document digests: %w", err)
	}
	type pair struct{ id, digest string }
	pairs, err := neo4j.CollectTWithContext(ctx, r, func(rec *neo4j.Record) (pair, error) {
		id, _, err := neo4j.GetRecordValue[string](rec, "id")
		if err != nil {
			return pair{}, err
		}
		digest, _, err := neo4j.GetRecordValue[string](rec, "digest")
		return pair{id, digest}, err
	})
	if err != nil {
		return nil, fmt.Errorf("document digests: %w", err)
	}
	out := make(map[string]string, len(pairs))
	for _, p := range pairs {
		out[p.id] = p.digest
	}
	return out, nil
}

// eventCandidates reads the existing events the batch's reports may
// describe: one lookup per identity key, bounded by the batch's dates.
func eventCandidates(ctx context.Context, tx neo4j.ManagedTransaction, docs []*prepared) (map[eventKey][]candidate, error) {
	type window struct {
		undated  bool
		from, to time.Time
		dated    bool
	}
	windows := map[eventKey]*window{}
	var order []eventKey
	for _, p := range docs {
		for _, le := range p.events {
			if !le.key.mergeable() {
				continue
			}
			w, ok := windows[le.key]
			if !ok {
				w = &window{}
				windows[le.key] = w
				order = append(order, le.key)
			}
			if !le.date.ok {
				w.undated = true
				continue
			}
			lo := le.date.t.AddDate(0, 0, -sameEventDays)
			hi := le.date.t.AddDate(0, 0, sameEventDays)
			if !w.dated || lo.Before(w.from) {
				w.from = lo
			}
			if !w.dated || hi.After(w.to) {
				w.to = hi
			}
			w.dated = true
		}
	}
	if len(order) == 0 {
		return nil, nil
	}
	keys := make([]map[string]any, len(order))
	for i, k := range order {
		w := windows[k]
		row := map[string]any{"type": k.Type, "agent": k.Agent, "target": k.Target,
			"undated": w.undated, "from": nil, "to": nil}
		if w.dated {
			row["from"], row["to"] = neo4j.DateOf(w.from), neo4j.DateOf(w.to)
		}
		keys[i] = row
	}
	r, err := tx.Run(ctx, cypherEventCandidates, map[string]any{"keys": keys})
	if err != nil {
		return nil, fmt.Errorf("event candidates: %w", err)
	}
	type found struct {
		key eventKey
		c   candidate
	}
	rows, err := neo4j.CollectTWithContext(ctx, r, func(rec *neo4j.Record) (found, error) {
		var f found
		var err error
		get := func(key string) string {
			v, _, e := neo4j.GetRecordValue[string](rec, key)
			err = errors.Join(err, e)
			return v
		}
		f.key = eventKey{Type: get("type"), Agent: get("agent"), Target: get("target")}
		f.c.id, f.c.mode = get("id"), get("mode")
		d, isNil, e := neo4j.GetRecordValue[neo4j.Date](rec, "date")
		if e != nil {
			return f, errors.Join(err, e)
		}
		if !isNil {
			f.c.date = day{t: d.Time(), ok: true}
		}
		return f, err
	})
	if err != nil {
		return nil, fmt.Errorf("event candidates: %w", err)
	}
	out := make(map[eventKey][]candidate, len(rows))
	for _, f := range rows {
		out[f.key] = append(out[f.key], f.c)
	}
	return out, nil
}
