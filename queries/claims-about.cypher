// name: claims-about
// summary: Claims about an actor's events or about one event, with speakers and sources.
// param: actor string = null   claims about events this actor (any alias, or a part of it) performed or was targeted by
// param: event string = null   claims about this event id (the id column of actor-timeline)
// param: limit int = 100
//
// Give actor, event or both; with neither the query returns nothing.
MATCH (c:Claim)-[:ABOUT]->(e:Event)
WHERE ($actor IS NOT NULL OR $event IS NOT NULL)
  AND ($event IS NULL OR e.id = $event)
  AND ($actor IS NULL OR EXISTS {
        MATCH (e)-[:PERFORMED|TARGETED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
        WHERE toLower(trim($actor)) IN a.names_lc
      })
WITH c, e, COLLECT { MATCH (c)-[:REPORTED_IN]->(d:Document) RETURN d ORDER BY d.id } AS ds
RETURN coalesce(c.date, e.date) AS date,
       COLLECT { MATCH (s:Actor)-[:CLAIMED]->(c) RETURN s.name ORDER BY s.name } AS speaker,
       c.verb AS verb, c.text AS claim,
       coalesce(e.label, e.type) AS event, e.date AS event_date,
       [d IN ds | d.id] AS docs, [d IN ds | d.source] AS sources, e.id AS event_id
ORDER BY date, event_id, claim
LIMIT $limit
