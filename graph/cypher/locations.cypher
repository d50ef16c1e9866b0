// Locations: as actors, the first document sets the name, later ones add
// aliases and fill what is unknown.
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.name = row.name, l.aliases = [], l.names_lc = []
SET l.kind = CASE WHEN l.kind IS NULL OR l.kind = 'unknown' THEN row.kind ELSE l.kind END,
    l.country = coalesce(l.country, row.country),
    l.parent = coalesce(l.parent, row.parent),
    l.point = coalesce(l.point, CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null
                                     ELSE point({latitude: row.lat, longitude: row.lon}) END),
    l.aliases = coalesce(l.aliases, []) + [n IN row.names WHERE n <> l.name AND NOT n IN coalesce(l.aliases, [])],
    l.names_lc = coalesce(l.names_lc, []) + [n IN row.names_lc WHERE NOT n IN coalesce(l.names_lc, [])]
