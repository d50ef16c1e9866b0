// name: retaliation-chains
// summary: The longest chains of retaliation, one row per step, from the first provocation to the last response.
// param: actor string = null   only chains in which this actor (any alias, or a part of it) acts or is targeted
// param: limit int = 10   how many chains
//
// A chain runs along RETALIATION_FOR from an event presented as a response
// to nothing earlier, to one that nothing answers. Step 1 is the first
// provocation; "cue" and "asserted_by" say how each later step was
// presented as a response to the step before it, and "docs" lists the
// documents that report the event or the link.
MATCH p = (last:Event)-[:RETALIATION_FOR*1..12]->(first:Event)
WHERE NOT (first)-[:RETALIATION_FOR]->(:Event)
  AND NOT (:Event)-[:RETALIATION_FOR]->(last)
  AND ($actor IS NULL OR any(e IN nodes(p) WHERE EXISTS {
        MATCH (e)-[:PERFORMED|TARGETED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
        WHERE toLower(trim($actor)) IN a.names_lc
      }))
WITH p, first
ORDER BY length(p) DESC, first.date, first.id, [n IN nodes(p) | n.id]
LIMIT $limit
WITH collect(p) AS chains
UNWIND range(0, size(chains) - 1) AS i
WITH i + 1 AS chain, reverse(nodes(chains[i])) AS events, reverse(relationships(chains[i])) AS links
UNWIND range(0, size(events) - 1) AS s
WITH chain, s + 1 AS step, events[s] AS e, CASE WHEN s > 0 THEN links[s - 1] END AS link
WITH chain, step, e, link,
     COLLECT { MATCH (e)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id } AS reported
RETURN chain, step, e.date AS date,
       COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN x.name ORDER BY x.name } AS agents,
       e.label AS event, e.type AS type, e.mode AS mode,
       COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN x.name ORDER BY x.name } AS targets,
       COLLECT { MATCH (e)-[:OCCURRED_AT]->(l:Location) RETURN l.name ORDER BY l.name }
         + COLLECT { MATCH (e)-[:LAUNCHED_FROM]->(l:Location) RETURN 'from ' + l.name ORDER BY l.name } AS places,
       link.cue AS cue,
       reduce(acc = [], x IN coalesce(link.asserted_by, []) | CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) AS asserted_by,
       reported + [x IN coalesce(link.docs, []) WHERE NOT x IN reported] AS docs
ORDER BY chain, step
