// Search keeps to the searched map inside the index (issue 11, ADR 011). V0008's indexes held only words, so a
// query read hits across every map and kept the searched map's afterwards: with a capped number of hits, a word
// common to many maps (each seminar group's copy of the essay) lost some of the searched map's. These indexes also
// hold mapKey (MapId.searchKey: the id as digits, one token under every analyser), and a query requires it.
// Claims, people and sources get the key from the map's id, anchors and citations from their claim: the writers
// set it, and maps.SearchKeys stamps what is missing at start-up (nodes written before this migration) and after a
// restore. Neo4j runs schema and data changes in separate transactions, so no data is written here.
DROP INDEX claim_words_french IF EXISTS;
DROP INDEX words_folding IF EXISTS;
DROP INDEX citation_locators IF EXISTS;
CREATE FULLTEXT INDEX claim_words_french_by_map IF NOT EXISTS FOR (n:Claim|Anchor) ON EACH [n.text, n.exact, n.mapKey]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX words_folding_by_map IF NOT EXISTS
FOR (n:Claim|Anchor|Person|Source) ON EACH [n.text, n.exact, n.name, n.variants, n.authors, n.title, n.mapKey]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX citation_locators_by_map IF NOT EXISTS FOR ()-[r:CITES]-() ON EACH [r.raw, r.locator, r.mapKey]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
