// Actors: the first document to name an actor sets its name; later ones
// add aliases (every other name they use), fill unknown kind, country and role.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.aliases = [], a.names_lc = []
SET a.kind = CASE WHEN a.kind IS NULL OR a.kind = 'unknown' THEN row.kind ELSE a.kind END,
    a.country = coalesce(a.country, row.country),
    a.role = coalesce(a.role, row.role),
    a.aliases = a.aliases + [n IN row.names WHERE n <> a.name AND NOT n IN a.aliases],
    a.names_lc = a.names_lc + [n IN row.names_lc WHERE NOT n IN a.names_lc]
