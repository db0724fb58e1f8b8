// The change log (ADR 025): one counter per map, and one :Change per committed write, keyed by (mapId, seq).
CREATE CONSTRAINT change_counter_map IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.mapId IS UNIQUE;
CREATE CONSTRAINT change_key IF NOT EXISTS FOR (x:Change) REQUIRE (x.mapId, x.seq) IS UNIQUE;
CREATE INDEX change_item IF NOT EXISTS FOR (x:Change) ON (x.mapId, x.itemId);
CREATE INDEX change_on IF NOT EXISTS FOR (x:Change) ON (x.mapId, x.onId);
