// Seminar groups (issue 13, ADR 037): groups, who is in them with which role, invitations, and the maps groups
// work on. All owned by the seminars module.
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (g:Group) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT membership_key IF NOT EXISTS FOR (ms:Membership) REQUIRE (ms.groupId, ms.username) IS UNIQUE;
CREATE INDEX membership_username IF NOT EXISTS FOR (ms:Membership) ON (ms.username);
CREATE CONSTRAINT invitation_code IF NOT EXISTS FOR (i:Invitation) REQUIRE i.code IS UNIQUE;
CREATE CONSTRAINT group_map IF NOT EXISTS FOR (gm:GroupMap) REQUIRE gm.mapId IS UNIQUE;
CREATE INDEX group_map_group IF NOT EXISTS FOR (gm:GroupMap) ON (gm.groupId);
