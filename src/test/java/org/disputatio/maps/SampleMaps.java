package org.disputatio.maps;

import java.util.List;

/** Small maps built in code, for tests of storage, API and views. */
public final class SampleMaps {

    private SampleMaps() {}

    public static final String TEXT = "Alpha claims the sky is green. Beta replies that it is blue.";

    public static MapContent twoVoices(String id) {
        return new MapContent(
                id,
                "Two voices",
                "en",
                new MapContent.Document("A dialogue", "en", TEXT, TEXT + "\n", List.of("Alpha"), "Made for tests"),
                List.of(
                        new MapContent.Claim(
                                "c1",
                                "thesis",
                                "The sky is green",
                                "Alpha",
                                "1",
                                List.of(new MapContent.Anchor("the sky is green", "Alpha claims ", ". Beta", 13, 29)),
                                List.of(new MapContent.Citation("s1", "12-14", "Gamma, Sky 12-14"))),
                        new MapContent.Claim("c2", "premise", "Alpha looked up", "Alpha", "1", List.of(), List.of()),
                        new MapContent.Claim(
                                "c3",
                                "counter-claim",
                                "The sky is blue",
                                "Beta",
                                "1",
                                List.of(new MapContent.Anchor("it is blue", "replies that ", ".", 49, 59)),
                                List.of())),
                List.of(new MapContent.Argument("a1", List.of("c2"), "c1")),
                List.of(new MapContent.Attack("k1", "c3", "c1", "rebut")),
                List.of(new MapContent.Source("s1", List.of("Gamma"), "On the sky", 1999, "scholarship", "published")),
                List.of(new MapContent.Contestation("x1", "s1", "Beta", "Gamma never looked up")));
    }
}
