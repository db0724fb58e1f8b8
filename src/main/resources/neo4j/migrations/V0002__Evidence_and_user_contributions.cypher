// Evidence added by users is keyed by (mapId, id) like every other item of a map.
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (e:Evidence) REQUIRE (e.mapId, e.id) IS UNIQUE;
CREATE INDEX evidence_map IF NOT EXISTS FOR (e:Evidence) ON (e.mapId);
CREATE INDEX argument_map IF NOT EXISTS FOR (a:Argument) ON (a.mapId);
CREATE INDEX contestation_map IF NOT EXISTS FOR (x:Contestation) ON (x.mapId);
