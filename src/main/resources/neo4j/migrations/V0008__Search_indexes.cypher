// Search (issue 11): full-text indexes over what a reader looks for. V0001's claim_text used the standard
// analyser on a property (quote) claims never had; the exact words live on the claims' :Anchor nodes.
// Numbered 0008, not 0007, so that a migration written in parallel on another branch keeps 0007.
DROP INDEX claim_text IF EXISTS;
// A claim's paraphrase (Claim.text) and exact words (Anchor.exact) with the French analyser (elision, stop words,
// light stemming), for maps in French such as the essay.
CREATE FULLTEXT INDEX claim_words_french IF NOT EXISTS FOR (n:Claim|Anchor) ON EACH [n.text, n.exact]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
// Everything by its words with accents folded and nothing stemmed: people (name, spelling variants), sources
// (authors, title), and claims again, for maps in any other language and for short accented words ("élu") that
// the French light stemmer leaves accented. One index: Neo4j refuses a second full-text index over the same
// labels and properties, whatever its analyser ("IF NOT EXISTS" then silently creates nothing).
CREATE FULLTEXT INDEX words_folding IF NOT EXISTS
FOR (n:Claim|Anchor|Person|Source) ON EACH [n.text, n.exact, n.name, n.variants, n.authors, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Citations as the essay writes them ("Zhukov, Inoy 187") and their locators ("187", "19-36").
CREATE FULLTEXT INDEX citation_locators IF NOT EXISTS FOR ()-[r:CITES]-() ON EACH [r.raw, r.locator]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
