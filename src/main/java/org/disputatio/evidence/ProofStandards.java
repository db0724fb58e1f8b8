package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.springframework.stereotype.Repository;

/**
 * Claims' proof standards in Neo4j: a {@code standard} property on the claim, absent for the default
 * (preponderance), so that imported maps need no migration (ADR 031).
 */
@Repository
class ProofStandards {

    // Locks the claim (a property set and removed again takes its write lock, as undo's lock does) before reading
    // the standard it had, so two simultaneous changes log the right states before.
    private static final String LOCK = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.locking = true
            REMOVE c.locking
            RETURN c.standard AS standard
            """;
    private static final String SET = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.standard = $standard, c.standardBy = $username, c.standardAt = $at
            """;

    private final ChangeLog changeLog;

    ProofStandards(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /** @return whether the standard changed (setting the one it has already logs nothing) */
    boolean change(MapId map, String claimId, ProofStandard standard, Writer writer, Instant at) {
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            var row = tx.run(LOCK, Map.of("mapId", map.value(), "id", claimId)).stream()
                    .findFirst()
                    .orElseThrow(() -> new UnknownItemException("claim", claimId));
            String before =
                    row.get("standard").isNull() ? null : row.get("standard").asString();
            ProofStandard was = before == null
                    ? ProofStandard.DEFAULT
                    : ProofStandard.fromSpelling(before).orElse(ProofStandard.DEFAULT);
            if (was == standard) {
                return false;
            }
            var params = new HashMap<String, Object>();
            params.put("mapId", map.value());
            params.put("id", claimId);
            params.put("standard", standard.spelling());
            params.put("username", writer.username());
            params.put("at", at.atZone(ZoneOffset.UTC));
            tx.run(SET, params).consume();
            var state = new HashMap<String, Object>();
            if (before != null) {
                state.put("standard", before);
            }
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ProofStandardChanged,
                    writer.username(),
                    claimId,
                    null,
                    "Proof standard of " + claimId + ": " + was.spelling() + " → " + standard.spelling(),
                    States.json(state)));
            return true;
        });
    }
}
