package org.disputatio.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;

/** Small random maps for property tests. Claims c0.., sources s0.., arguments a0.., attacks k0.., evidence e0... */
final class RandomMaps {
    private RandomMaps() {}

    /**
     * @param acyclic when true every edge goes from a lower claim number to a higher one (premises and attackers
     *     below the conclusion or target), so the strength graph has no cycle
     */
    static MapSnapshot.Builder random(Random r, int claims, int sources, boolean acyclic) {
        MapSnapshot.Builder b = MapSnapshot.builder();
        // Some claims have a proponent (two of them), whose word grounds them when uncited (ADR 029).
        for (int c = 0; c < claims; c++) {
            if (r.nextBoolean()) b.claim("c" + c, "p" + r.nextInt(2));
            else b.claim("c" + c);
        }
        for (int s = 0; s < sources; s++) b.source("s" + s);
        // Some sources are known only through another (cycles included: the engine must not loop).
        for (int s = 0; s < sources; s++) if (r.nextInt(4) == 0) b.reportedBy("s" + s, "s" + r.nextInt(sources));
        int args = r.nextInt(claims + 1);
        List<Integer> conclusions = new ArrayList<>();
        for (int a = 0; a < args; a++) {
            int concl = acyclic ? 1 + r.nextInt(Math.max(1, claims - 1)) : r.nextInt(claims);
            if (acyclic && concl >= claims) concl = claims - 1;
            List<String> premises = new ArrayList<>();
            int np = 1 + r.nextInt(3);
            for (int i = 0; i < np; i++) {
                int p = acyclic ? r.nextInt(Math.max(1, concl)) : r.nextInt(claims);
                if (acyclic && p >= concl) continue;
                if (!premises.contains("c" + p)) premises.add("c" + p);
            }
            b.argument("a" + a, "c" + concl, premises);
            conclusions.add(concl);
            if (r.nextBoolean()) b.inferenceRating("a" + a, r.nextDouble());
        }
        int attacks = r.nextInt(claims + 1);
        for (int k = 0; k < attacks; k++) {
            boolean undercut = args > 0 && r.nextInt(3) == 0;
            if (undercut) {
                int a = r.nextInt(args);
                int concl = conclusions.get(a);
                if (acyclic && concl == 0) continue;
                int from = acyclic ? r.nextInt(concl) : r.nextInt(claims);
                b.attack("k" + k, "c" + from, "a" + a, AttackKind.UNDERCUT);
            } else {
                int to = r.nextInt(claims);
                if (acyclic && to == 0) continue;
                int from = acyclic ? r.nextInt(to) : r.nextInt(claims);
                b.attack("k" + k, "c" + from, "c" + to, r.nextBoolean() ? AttackKind.REBUT : AttackKind.UNDERMINE);
            }
        }
        int citations = r.nextInt(claims + 1);
        for (int i = 0; i < citations; i++) b.citation("c" + r.nextInt(claims), "s" + r.nextInt(sources));
        int evidence = r.nextInt(3);
        for (int e = 0; e < evidence; e++)
            b.evidence(
                    "e" + e,
                    "c" + r.nextInt(claims),
                    "s" + r.nextInt(sources),
                    r.nextBoolean() ? Stance.FOR : Stance.AGAINST,
                    r.nextDouble());
        for (int s = 0; s < sources; s++) {
            if (r.nextBoolean()) b.sourceGrade("s" + s, "ABCDEF".charAt(r.nextInt(6)), 1 + r.nextInt(6));
            if (r.nextInt(4) == 0) b.contestation("s" + s, true);
        }
        return b;
    }
}
