// The (mapId, id) keys of the labels ADR 028 added, like every other item of a map (V0001), so an import can
// never write a person, a note or an event twice.
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE (p.mapId, p.id) IS UNIQUE;
CREATE CONSTRAINT note_key IF NOT EXISTS FOR (n:Note) REQUIRE (n.mapId, n.id) IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (e:Event) REQUIRE (e.mapId, e.id) IS UNIQUE;
