package org.disputatio.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.Timeline;

/** Turns a validated essay map into the content the maps module stores. */
public final class EssayMaps {

    private EssayMaps() {}

    public static MapContent toContent(EssayMap essay) {
        Map<ProponentId, String> names =
                essay.proponents().stream().collect(Collectors.toMap(EssayMap.Proponent::id, EssayMap.Proponent::name));
        Function<ProponentId, String> name = id -> names.getOrDefault(id, id.value());
        var document = essay.document();
        // A claim names people (people.yaml's mentionedIn, in file order) and dates events (dates.yaml).
        Map<ClaimId, List<String>> mentions = new LinkedHashMap<>();
        essay.people()
                .forEach(p -> p.mentionedIn()
                        .forEach(c -> mentions.computeIfAbsent(c, k -> new ArrayList<>())
                                .add(p.id())));
        Map<ClaimId, List<MapContent.ClaimDate>> dates = new LinkedHashMap<>();
        essay.dates()
                .forEach(d -> dates.computeIfAbsent(d.claim(), k -> new ArrayList<>())
                        .add(new MapContent.ClaimDate(
                                d.event(), d.date(), d.precision().spelling())));
        Set<String> contradictory = Timeline.contradictoryEvents(
                dates.values().stream().flatMap(List::stream).toList());
        return new MapContent(
                essay.id().value(),
                essay.title(),
                essay.language(),
                new MapContent.Document(
                        document.title(),
                        essay.language(),
                        document.text(),
                        document.original(),
                        document.authors(),
                        document.provenance()),
                essay.claims().stream()
                        .map(c -> new MapContent.Claim(
                                c.id().value(),
                                c.kind().spelling(),
                                c.text(),
                                name.apply(c.proponent()),
                                c.section().value(),
                                List.of(new MapContent.Anchor(
                                        c.anchor().exact(),
                                        c.anchor().quote().prefix(),
                                        c.anchor().quote().suffix(),
                                        c.anchor().start(),
                                        c.anchor().end())),
                                c.citations().stream()
                                        .map(x -> new MapContent.Citation(
                                                x.sourceId().value(), x.locator(), x.raw()))
                                        .toList(),
                                c.proponent().value(),
                                mentions.getOrDefault(c.id(), List.of()),
                                dates.getOrDefault(c.id(), List.of())))
                        .toList(),
                essay.arguments().stream()
                        .map(a -> new MapContent.Argument(
                                a.id().value(),
                                a.premises().stream().map(ClaimId::value).toList(),
                                a.conclusion().value()))
                        .toList(),
                essay.attacks().stream()
                        .map(k -> new MapContent.Attack(
                                k.id().value(),
                                k.from().value(),
                                k.target(),
                                k.kind().spelling()))
                        .toList(),
                essay.sources().stream()
                        .map(s -> new MapContent.Source(
                                s.id().value(),
                                s.authors(),
                                s.title(),
                                s.year(),
                                s.kind().spelling(),
                                s.accessibility().spelling(),
                                s.reportedBy().stream()
                                        .map(r -> new MapContent.ReportedBy(
                                                r.source().value(), r.locator()))
                                        .toList()))
                        .toList(),
                essay.contestations().stream()
                        .map(x -> new MapContent.Contestation(
                                x.id().value(), x.source().value(), name.apply(x.by()), x.reason()))
                        .toList(),
                essay.people().stream()
                        .map(p -> new MapContent.Person(p.id(), p.kind(), p.name(), p.allVariants(), p.description()))
                        .toList(),
                essay.notes().stream()
                        .map(n -> new MapContent.Note(
                                n.id(),
                                n.kind().spelling(),
                                new MapContent.Anchor(
                                        n.anchor().exact(),
                                        n.anchor().quote().prefix(),
                                        n.anchor().quote().suffix(),
                                        n.anchor().start(),
                                        n.anchor().end()),
                                n.text()))
                        .toList(),
                essay.events().stream()
                        .map(e -> new MapContent.Event(e.id(), e.label(), contradictory.contains(e.id())))
                        .toList(),
                essay.qualifications().stream()
                        .map(q -> new MapContent.Qualification(q.id(), q.from().value(), q.target()))
                        .toList());
    }
}
