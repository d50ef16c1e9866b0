// name: actor-network
// summary: Who attacked whom: agent and target pairs with event counts and date ranges.
// param: type string = ASSAULT   the event type (PLOVER root) counted, such as ASSAULT, COERCE or THREATEN
// param: actor string = null   only pairs in which this actor (any alias, or a part of it) is either side
// param: limit int = 50
//
// Targets are actors or places ("target_kind" is then "place"). Fatalities
// add up each event's highest reported figure.
MATCH (ag:Actor)-[:PERFORMED]->(e:Event)-[:TARGETED]->(t)
WHERE e.type = toUpper(trim($type))
  AND ($actor IS NULL
       OR EXISTS { MATCH (ag)-[:PART_OF*0..5]->(a:Actor) WHERE toLower(trim($actor)) IN a.names_lc }
       OR EXISTS { MATCH (t)-[:PART_OF*0..5]->(a:Actor) WHERE toLower(trim($actor)) IN a.names_lc })
WITH ag, t, e ORDER BY e.mode
WITH ag, t, count(DISTINCT e) AS events, min(e.date) AS first, max(e.date) AS last,
     collect(DISTINCT e.mode) AS modes, sum(e.fatalities) AS fatalities
RETURN ag.name AS attacker, t.name AS target,
       CASE WHEN t:Location THEN 'place' ELSE t.kind END AS target_kind,
       events, first, last, modes, fatalities
ORDER BY events DESC, attacker, target
LIMIT $limit
