package org.disputatio.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dated events of a map in order: each claim's dating of an event, earliest first, with the
 * events that the claims date in ways that cannot both be true (their periods do not overlap).
 */
public record Timeline(List<Entry> entries, Set<String> contradictoryEvents) {

    public Timeline {
        entries = List.copyOf(entries);
        contradictoryEvents = Set.copyOf(contradictoryEvents);
    }

    /**
     * One claim dating one event.
     *
     * @param contradictory whether another claim dates the same event incompatibly
     */
    public record Entry(
            String eventId,
            String eventLabel,
            String date,
            DatePrecision precision,
            DatePrecision.Period period,
            MapContent.Claim claim,
            boolean contradictory) {}

    /** The timeline of a map's claims; dates that do not parse are left out (the loader refuses them). */
    public static Timeline of(MapContent map) {
        Map<String, String> labels = new HashMap<>();
        map.events().forEach(e -> labels.put(e.id(), e.label()));
        Set<String> contradictory = contradictoryEvents(
                map.claims().stream().flatMap(c -> c.dates().stream()).toList());
        List<Entry> entries = new ArrayList<>();
        for (MapContent.Claim claim : map.claims()) {
            for (MapContent.ClaimDate dated : claim.dates()) {
                DatePrecision.fromSpelling(dated.precision())
                        .flatMap(p -> p.period(dated.date())
                                .map(period -> new Entry(
                                        dated.event(),
                                        labels.getOrDefault(dated.event(), dated.event()),
                                        dated.date(),
                                        p,
                                        period,
                                        claim,
                                        contradictory.contains(dated.event()))))
                        .ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.period().start())
                .thenComparing(e -> e.period().end())
                .thenComparing(Entry::eventId)
                .thenComparing(e -> e.claim().id()));
        return new Timeline(entries, contradictory);
    }

    /** The ids of the events that these datings date incompatibly (periods that do not overlap). */
    public static Set<String> contradictoryEvents(List<MapContent.ClaimDate> dates) {
        Map<String, List<DatePrecision.Period>> byEvent = new LinkedHashMap<>();
        for (MapContent.ClaimDate dated : dates) {
            DatePrecision.fromSpelling(dated.precision())
                    .flatMap(p -> p.period(dated.date()))
                    .ifPresent(period -> byEvent.computeIfAbsent(dated.event(), k -> new ArrayList<>())
                            .add(period));
        }
        Set<String> contradictory = new LinkedHashSet<>();
        byEvent.forEach((event, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    if (!periods.get(i).overlaps(periods.get(j))) {
                        contradictory.add(event);
                    }
                }
            }
        });
        return contradictory;
    }
}
