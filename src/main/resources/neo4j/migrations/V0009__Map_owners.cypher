// Maps as things users own (issue 12, ADR 034): the shipped maps, imported from the app's own files (they carry a
// content hash), belong to the admin account created on first start. Any other map without an owner belongs to
// the admins all the same (authoring.MapRights); this names the owner the maps list shows.
MATCH (m:Map) WHERE m.owner IS NULL AND m.contentHash IS NOT NULL
SET m.owner = 'admin';
