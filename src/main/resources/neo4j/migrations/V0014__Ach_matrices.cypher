// Competing-hypotheses matrices (issue 13 point 5, ADR 040), owned by the seminars module: hypotheses and items of
// a map, a counter that numbers them per map (H1, E1…), and each member's rating of each cell.
CREATE CONSTRAINT ach_hypothesis_id IF NOT EXISTS FOR (h:AchHypothesis) REQUIRE h.id IS UNIQUE;
CREATE INDEX ach_hypothesis_map IF NOT EXISTS FOR (h:AchHypothesis) ON (h.mapId);
CREATE CONSTRAINT ach_item_id IF NOT EXISTS FOR (i:AchItem) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT ach_item_ref IF NOT EXISTS FOR (i:AchItem) REQUIRE (i.mapId, i.kind, i.refId) IS UNIQUE;
CREATE CONSTRAINT ach_counter_map IF NOT EXISTS FOR (k:AchCounter) REQUIRE k.mapId IS UNIQUE;
CREATE CONSTRAINT ach_rating_cell IF NOT EXISTS FOR (r:AchRating) REQUIRE (r.hypothesisId, r.itemId, r.username) IS UNIQUE;
CREATE INDEX ach_rating_map IF NOT EXISTS FOR (r:AchRating) ON (r.mapId);
