package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

class MapEventsTest {

    @Test
    void aFailingListener_doesNotTurnASavedChangeIntoAnError() {
        var events = new MapEvents(event -> {
            throw new IllegalStateException("a view's listener broke");
        });
        assertThatCode(() -> events.publish(new EvidenceRated(new MapId("m"), "u-1", 0.5, "ada")))
                .doesNotThrowAnyException();
    }

    @Test
    void changesArePublishedAsTheyAre() {
        List<Object> seen = new ArrayList<>();
        var change = new SourceContested(new MapId("m"), "s1", "u-2", "ada");
        new MapEvents(seen::add).publish(change);
        assertThat(seen).containsExactly(change);
        assertThat(((MapChanged) seen.getFirst()).by()).isEqualTo("ada");
    }
}
