// Converts each RATED and GRADED relationship into a :Rating or :Grade node (V0005), keeping value and time.
MATCH (u:User)-[r:RATED]->(x)
WHERE x:Evidence OR x:Argument
MERGE (n:Rating {key: x.mapId + '/' + x.id + '/' + u.username})
SET n.mapId = x.mapId, n.itemId = x.id, n.itemKind = CASE WHEN x:Evidence THEN 'Evidence' ELSE 'Argument' END,
    n.user = u.username, n.value = r.value, n.at = r.at
DELETE r;
MATCH (u:User)-[g:GRADED]->(s:Source)
MERGE (n:Grade {key: s.mapId + '/' + s.id + '/' + u.username})
SET n.mapId = s.mapId, n.sourceId = s.id, n.user = u.username, n.reliability = g.reliability,
    n.credibility = g.credibility, n.at = g.at
DELETE g;
