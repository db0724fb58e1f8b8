// Ratings and grades as nodes keyed by map, item and user (ADR 025): merging on the unique key locks only
// that key, so many raters of one item no longer lock the item. The data is converted by V0006, because
// Neo4j runs schema and data changes in separate transactions.
CREATE CONSTRAINT rating_key IF NOT EXISTS FOR (r:Rating) REQUIRE r.key IS UNIQUE;
CREATE INDEX rating_item IF NOT EXISTS FOR (r:Rating) ON (r.mapId, r.itemId);
CREATE CONSTRAINT grade_key IF NOT EXISTS FOR (g:Grade) REQUIRE g.key IS UNIQUE;
CREATE INDEX grade_source IF NOT EXISTS FOR (g:Grade) ON (g.mapId, g.sourceId);
// Log entries are recorded without a seq and numbered after their writer committed: each has an id, and
// the sequencer finds the pending ones of a map by this index.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (x:Change) REQUIRE x.id IS UNIQUE;
CREATE INDEX pending_change_map IF NOT EXISTS FOR (x:PendingChange) ON (x.mapId);
