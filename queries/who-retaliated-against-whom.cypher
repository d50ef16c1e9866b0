// name: who-retaliated-against-whom
// summary: Pairs of actors where one's act is presented as retaliation for the other's, with counts.
// param: limit int = 50
//
// "retaliator" performed the responding event, "against" performed the
// event it responds to; "links" counts RETALIATION_FOR links between their
// events, "first" and "last" are the dates of the responses.
MATCH (r:Event)-[link:RETALIATION_FOR]->(o:Event)
MATCH (ra:Actor)-[:PERFORMED]->(r)
MATCH (oa:Actor)-[:PERFORMED]->(o)
WITH ra, oa, count(DISTINCT link) AS links, min(r.date) AS first, max(r.date) AS last,
     collect(link.docs) AS docLists
RETURN ra.name AS retaliator, oa.name AS against, links, first, last,
       reduce(acc = [], ds IN docLists | acc + [x IN ds WHERE NOT x IN acc]) AS docs
ORDER BY links DESC, retaliator, against
LIMIT $limit
