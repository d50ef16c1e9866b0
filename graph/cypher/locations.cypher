UNWIND $rows AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.name = row.name
SET l.kind = CASE WHEN l.kind IS NULL OR l.kind = 'unknown' THEN row.kind ELSE l.kind END,
    l.country = coalesce(l.country, row.country),
    l.parent = coalesce(l.parent, row.parent),
    l.point = coalesce(l.point, CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null
                                     ELSE point({latitude: row.lat, longitude: row.lon}) END)
