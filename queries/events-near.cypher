// name: events-near
// summary: Events at, aimed at or launched from places within a radius of a named place, nearest first.
// param: place string   the place's name (case-insensitive), such as Gaza City
// param: km float = 25   the radius in kilometres
// param: limit int = 100
//
// The place is found by name or id. Distances are great-circle
// (point.distance on Location.point) from it to the nearest place of the
// event; "places" says how each place is tied to the event (at, target,
// from). Countries are left out as event places: their single point says
// little about where within them something happened.
MATCH (c:Location)
WHERE (toLower(c.name) = toLower(trim($place)) OR c.id = trim($place)) AND c.point IS NOT NULL
MATCH (e:Event)-[rel:OCCURRED_AT|TARGETED|LAUNCHED_FROM]->(l:Location)
WHERE l.point IS NOT NULL AND coalesce(l.kind, '') <> 'country'
  AND point.distance(l.point, c.point) <= $km * 1000.0
WITH e, min(point.distance(l.point, c.point)) AS meters,
     collect(DISTINCT CASE type(rel) WHEN 'OCCURRED_AT' THEN 'at ' WHEN 'TARGETED' THEN 'target ' ELSE 'from ' END + l.name) AS near
RETURN round(meters / 1000.0, 1) AS km, e.date AS date, e.type AS type, e.mode AS mode,
       e.label AS event,
       COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN x.name ORDER BY x.name } AS agents,
       COLLECT { MATCH (e)-[:TARGETED]->(x:Actor) RETURN x.name ORDER BY x.name } AS targets,
       near AS places,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id } AS docs,
       e.id AS id
ORDER BY km, date, id
LIMIT $limit
