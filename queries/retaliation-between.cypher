// name: retaliation-between
// summary: Chains of retaliation in which two actors both take part, whoever started; one row per step.
// param: actor string   one actor's name or any alias (case-insensitive); parts of it (PART_OF) count too
// param: other string   the other actor, likewise
// param: limit int = 10   how many chains
//
// The chains are those of retaliation-chains in which each of the two
// actors acts or is targeted in at least one step, in either order. "side"
// names which of the two performed the step, when one did.
MATCH p = (last:Event)-[:RETALIATION_FOR*1..12]->(first:Event)
WHERE NOT (first)-[:RETALIATION_FOR]->(:Event)
  AND NOT (:Event)-[:RETALIATION_FOR]->(last)
  AND any(e IN nodes(p) WHERE EXISTS {
        MATCH (e)-[:PERFORMED|TARGETED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
        WHERE toLower(trim($actor)) IN a.names_lc
      })
  AND any(e IN nodes(p) WHERE EXISTS {
        MATCH (e)-[:PERFORMED|TARGETED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
        WHERE toLower(trim($other)) IN a.names_lc
      })
WITH p, first
ORDER BY length(p) DESC, first.date, first.id, [n IN nodes(p) | n.id]
LIMIT $limit
WITH collect(p) AS chains
UNWIND range(0, size(chains) - 1) AS i
WITH i + 1 AS chain, reverse(nodes(chains[i])) AS events, reverse(relationships(chains[i])) AS links
UNWIND range(0, size(events) - 1) AS s
WITH chain, s + 1 AS step, events[s] AS e, CASE WHEN s > 0 THEN links[s - 1] END AS link
WITH chain, step, e, link,
     COLLECT { MATCH (e)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id } AS reported,
     EXISTS {
       MATCH (e)<-[:PERFORMED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
       WHERE toLower(trim($actor)) IN a.names_lc
     } AS byActor,
     EXISTS {
       MATCH (e)<-[:PERFORMED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
       WHERE toLower(trim($other)) IN a.names_lc
     } AS byOther
RETURN chain, step, e.date AS date,
       CASE WHEN byActor AND NOT byOther THEN $actor
            WHEN byOther AND NOT byActor THEN $other END AS side,
       COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN x.name ORDER BY x.name } AS agents,
       e.label AS event, e.type AS type, e.mode AS mode,
       COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN x.name ORDER BY x.name } AS targets,
       COLLECT { MATCH (e)-[:OCCURRED_AT]->(l:Location) RETURN l.name ORDER BY l.name }
         + COLLECT { MATCH (e)-[:LAUNCHED_FROM]->(l:Location) RETURN 'from ' + l.name ORDER BY l.name } AS places,
       link.cue AS cue,
       reduce(acc = [], x IN coalesce(link.asserted_by, []) | CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) AS asserted_by,
       reported + [x IN coalesce(link.docs, []) WHERE NOT x IN reported] AS docs
ORDER BY chain, step
