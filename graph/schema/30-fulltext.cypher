// Full-text search over actor names and aliases and place names:
// CALL db.index.fulltext.queryNodes('names', 'hezbollah').
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Actor|Location) ON EACH [n.name, n.aliases];
