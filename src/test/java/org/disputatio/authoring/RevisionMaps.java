package org.disputatio.authoring;

import java.util.List;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SampleMaps;

/** Small maps for claim revision's tests: the two voices of {@link SampleMaps}, with their people. */
public final class RevisionMaps {

    private RevisionMaps() {}

    /** Alpha (the text's author, id "alpha") and Beta as people; c1 and c2 are Alpha's, c3 Beta's. */
    public static MapContent withPeople(String id) {
        var base = SampleMaps.twoVoices(id);
        return new MapContent(
                id,
                base.title(),
                base.language(),
                base.document(),
                base.claims(),
                base.arguments(),
                base.attacks(),
                base.sources(),
                base.contestations(),
                List.of(
                        new MapContent.Person("alpha", "person", "Alpha", List.of("Alpha"), "Author of the dialogue."),
                        new MapContent.Person("beta", "person", "Beta", List.of("Beta"), "Alpha's interlocutor.")),
                List.of(),
                List.of());
    }
}
