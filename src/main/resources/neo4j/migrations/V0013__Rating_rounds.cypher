// Blind rating rounds (issue 13 point 4, ADR 039): a round on a map's items and its members' ratings, kept apart
// from the map's own :Rating and :Grade nodes so that they never reach the evaluation. Owned by seminars.rounds.
CREATE CONSTRAINT round_id IF NOT EXISTS FOR (r:Round) REQUIRE r.id IS UNIQUE;
CREATE INDEX round_map IF NOT EXISTS FOR (r:Round) ON (r.mapId);
CREATE CONSTRAINT round_rating_key IF NOT EXISTS FOR (rr:RoundRating) REQUIRE rr.key IS UNIQUE;
CREATE INDEX round_rating_round IF NOT EXISTS FOR (rr:RoundRating) ON (rr.roundId);
