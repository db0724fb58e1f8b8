package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapsRestored;
import org.junit.jupiter.api.Test;

/** Which group works on a map: asked of the database once, and again only when it may have changed. */
class SeminarAccessTest {

    /** The database's answers, and which maps were asked about. */
    static final class Recorded extends Memberships {
        final Map<String, GroupMap> groups = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @SuppressWarnings("DataFlowIssue") // never reaches the driver: groupOf is answered here
        Recorded() {
            super(null);
        }

        @Override
        Optional<GroupMap> groupOf(String mapId) {
            asked.add(mapId);
            return Optional.ofNullable(groups.get(mapId));
        }
    }

    private final Recorded database = new Recorded();

    @SuppressWarnings("DataFlowIssue") // groupOf never needs the map rights
    private final SeminarAccess access = new SeminarAccess(database, null);

    @Test
    void aGroupFoundOnce_isNotAskedAgain() {
        database.groups.put("copy-1a2b3c4d", new Memberships.GroupMap("g1", false));

        assertThat(access.groupOf(new MapId("copy-1a2b3c4d"))).contains("g1");
        assertThat(access.groupOf(new MapId("copy-1a2b3c4d"))).contains("g1");

        assertThat(database.asked).containsExactly("copy-1a2b3c4d");
    }

    @Test
    void aMapOutsideGroups_isKnownWithoutAskingAgain_andTheWriteCheckTrustsOnlyThat() {
        var essay = new MapId("furr-staline-democratie");
        assertThat(access.knownOutsideGroups(essay)).isFalse();

        assertThat(access.groupOf(essay)).isEmpty();
        assertThat(access.groupOf(essay)).isEmpty();

        assertThat(database.asked).containsExactly("furr-staline-democratie");
        assertThat(access.knownOutsideGroups(essay)).isTrue();
        assertThat(access.knownOutsideGroups(new MapId("never-asked"))).isFalse();
    }

    @Test
    void aRestore_forgetsWhatWasKnownOfItsMaps() {
        var restored = new MapId("restored-0a0b0c0d");
        var other = new MapId("other-map");
        assertThat(access.groupOf(restored)).isEmpty();
        assertThat(access.groupOf(other)).isEmpty();

        // The restored database has a group working on a map by that id.
        database.groups.put("restored-0a0b0c0d", new Memberships.GroupMap("g2", false));
        access.restored(new MapsRestored(List.of(restored)));

        assertThat(access.knownOutsideGroups(restored)).isFalse();
        assertThat(access.groupOf(restored)).contains("g2");
        assertThat(access.groupOf(other)).isEmpty();
        assertThat(database.asked).containsExactly("restored-0a0b0c0d", "other-map", "restored-0a0b0c0d");
    }
}
