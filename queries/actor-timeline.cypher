// name: actor-timeline
// summary: Events an actor performed or was targeted by, oldest first.
// param: actor string   the actor's name or any alias (case-insensitive); parts of it (PART_OF) count too
// param: since date = null   only events on or after this day
// param: until date = null   only events on or before this day
// param: limit int = 100
//
// Undated events come last. "role" says whether the actor (or a part of
// it) was an agent or a target; "id" names the event for claims-about.
MATCH (a:Actor)
WHERE toLower(trim($actor)) IN a.names_lc
MATCH (m:Actor)-[:PART_OF*0..5]->(a)
MATCH (m)-[rel:PERFORMED|TARGETED]-(e:Event)
WHERE ($since IS NULL OR e.date >= date($since))
  AND ($until IS NULL OR e.date <= date($until))
WITH e, collect(DISTINCT CASE type(rel) WHEN 'PERFORMED' THEN 'agent' ELSE 'target' END) AS roles
ORDER BY e.date, e.type, e.label, e.id
LIMIT $limit
RETURN e.date AS date, roles AS role, e.type AS type, e.mode AS mode, e.label AS event,
       COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN x.name ORDER BY x.name } AS agents,
       COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN x.name ORDER BY x.name } AS targets,
       COLLECT { MATCH (e)-[:OCCURRED_AT]->(l:Location) RETURN l.name ORDER BY l.name }
         + COLLECT { MATCH (e)-[:LAUNCHED_FROM]->(l:Location) RETURN 'from ' + l.name ORDER BY l.name } AS places,
       e.fatalities AS fatalities,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id } AS docs,
       e.id AS id
ORDER BY date, type, event, id
