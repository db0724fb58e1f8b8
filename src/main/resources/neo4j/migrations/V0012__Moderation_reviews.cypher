// Moderation (issue 13 point 3, ADR 038): marks for review, owned by the seminars module. Hidden items carry
// "hidden: true" on their own node (written by maps.HiddenItems); reads filter on it, so it needs no index.
CREATE CONSTRAINT review_key IF NOT EXISTS FOR (r:Review) REQUIRE (r.mapId, r.id) IS UNIQUE;
CREATE INDEX review_map IF NOT EXISTS FOR (r:Review) ON (r.mapId);
CREATE INDEX review_item IF NOT EXISTS FOR (r:Review) ON (r.itemId);
