// Search (issue 11): full-text indexes over what a reader looks for. V0001's claim_text used the standard
// analyser on a property (quote) claims never had; the exact words live on the claims' :Anchor nodes.
// Numbered 0008, not 0007, so that a migration written in parallel on another branch keeps 0007.
DROP INDEX claim_text IF EXISTS;
// A claim's paraphrase (Claim.text) and exact words (Anchor.exact), once per analyser: the map's language
// picks French or English (stemming, elision, stop words); the folding index is for every other language and
// makes short accented words ("élu", "été") found without their accents, which the light stemmers do not fold.
CREATE FULLTEXT INDEX claim_words_french IF NOT EXISTS FOR (n:Claim|Anchor) ON EACH [n.text, n.exact]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX claim_words_english IF NOT EXISTS FOR (n:Claim|Anchor) ON EACH [n.text, n.exact]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX claim_words_folding IF NOT EXISTS FOR (n:Claim|Anchor) ON EACH [n.text, n.exact]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Names are not stemmed: people (name and spelling variants) and sources (authors, title), accents folded.
CREATE FULLTEXT INDEX names_folding IF NOT EXISTS FOR (n:Person|Source) ON EACH [n.name, n.variants, n.authors, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Citations as the essay writes them ("Zhukov, Inoy 187") and their locators ("187", "19-36").
CREATE FULLTEXT INDEX citation_locators IF NOT EXISTS FOR ()-[r:CITES]-() ON EACH [r.raw, r.locator]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
