package org.disputatio.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.importing.EssayMap;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;

/**
 * The shipped essay map as the maps module stores it. Until the start-up import lands, tests and the
 * benchmark store it themselves; once it lands, {@link #ensureStored} finds it already there.
 */
public final class EssayMaps {

    public static final MapId ESSAY = new MapId("furr-staline-democratie");

    private EssayMaps() {}

    public static void ensureStored(MapCatalog catalog) {
        if (catalog.find(ESSAY).isEmpty()) catalog.create(content(EssayMapLoader.loadShippedEssay()));
    }

    public static MapContent content(EssayMap essay) {
        Map<String, String> proponents = new HashMap<>();
        essay.proponents().forEach(p -> proponents.put(p.id().value(), p.name()));
        List<MapContent.Claim> claims = essay.claims().stream()
                .map(c -> new MapContent.Claim(
                        c.id().value(),
                        c.kind().spelling(),
                        c.text(),
                        proponents.getOrDefault(c.proponent().value(), c.proponent().value()),
                        c.section().value(),
                        List.of(new MapContent.Anchor(
                                c.anchor().exact(),
                                c.anchor().quote().prefix(),
                                c.anchor().quote().suffix(),
                                c.anchor().start(),
                                c.anchor().end())),
                        c.citations().stream()
                                .map(x -> new MapContent.Citation(x.sourceId().value(), x.locator(), x.raw()))
                                .toList()))
                .toList();
        return new MapContent(
                essay.id().value(),
                essay.title(),
                essay.language(),
                new MapContent.Document(
                        essay.document().title(),
                        essay.language(),
                        essay.document().text(),
                        essay.document().original(),
                        essay.document().authors(),
                        essay.document().provenance()),
                claims,
                essay.arguments().stream()
                        .map(a -> new MapContent.Argument(
                                a.id().value(),
                                a.premises().stream().map(p -> p.value()).toList(),
                                a.conclusion().value()))
                        .toList(),
                essay.attacks().stream()
                        .map(k -> new MapContent.Attack(k.id().value(), k.from().value(), k.target(), k.kind().spelling()))
                        .toList(),
                essay.sources().stream()
                        .map(s -> new MapContent.Source(
                                s.id().value(), s.authors(), s.title(), s.year(), s.kind().spelling(), s.accessibility().spelling()))
                        .toList(),
                essay.contestations().stream()
                        .map(x -> new MapContent.Contestation(
                                x.id().value(),
                                x.source().value(),
                                proponents.getOrDefault(x.by().value(), x.by().value()),
                                x.reason()))
                        .toList());
    }
}
