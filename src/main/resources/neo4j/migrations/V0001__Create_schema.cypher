// Identity: every item of a map is keyed by (mapId, id), so two maps may reuse the same ids.
CREATE CONSTRAINT map_id IF NOT EXISTS FOR (m:Map) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.mapId IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE (c.mapId, c.id) IS UNIQUE;
CREATE CONSTRAINT argument_key IF NOT EXISTS FOR (a:Argument) REQUIRE (a.mapId, a.id) IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE (s.mapId, s.id) IS UNIQUE;
CREATE CONSTRAINT contestation_key IF NOT EXISTS FOR (x:Contestation) REQUIRE (x.mapId, x.id) IS UNIQUE;
CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE INDEX claim_map IF NOT EXISTS FOR (c:Claim) ON (c.mapId);
CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind);
CREATE INDEX source_map IF NOT EXISTS FOR (s:Source) ON (s.mapId);
// Search in claim text and paraphrase (French and English maps alike, hence the standard analyser).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.quote];
