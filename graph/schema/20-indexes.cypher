// Indexes for the stored queries (dates, types) and for event identity
// across documents (type, agent_key, target_key: see docs/graph-model.md).
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_identity IF NOT EXISTS FOR (n:Event) ON (n.type, n.agent_key, n.target_key);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point);
