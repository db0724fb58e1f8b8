package org.disputatio.seminars.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a closed round reveals, per scale: each item's spread (every category, even at zero), the group's rating
 * (the median of ranks; for nominal letters, the most frequent letter or letters), and Krippendorff's alpha per
 * item and for the round. Pure: ratings in, records out.
 */
public record RoundResults(Map<String, ScaleResult> scales) {

    /** One scale's results: its level, the round's alpha and each item's. */
    public record ScaleResult(
            String level,
            @Nullable Double alpha,
            String interpretation,
            @Nullable String reason,
            List<ItemResult> items) {}

    /**
     * One item on one scale: how many rated it, how many gave each category, the group's rating ({@code median}
     * for ranks, {@code mode} for letters: ties joined with "/"), and the item's alpha.
     */
    public record ItemResult(
            String itemId,
            int count,
            Map<String, Integer> spread,
            @Nullable String group,
            @Nullable Double alpha,
            String interpretation,
            @Nullable String reason) {}

    public static RoundResults of(RoundKind kind, List<String> items, List<RoundRating> ratings) {
        Map<String, ScaleResult> scales = new LinkedHashMap<>();
        for (RoundKind.Scale scale : kind.scales()) {
            Map<String, Map<String, Object>> units = new LinkedHashMap<>();
            items.forEach(id -> units.put(id, new LinkedHashMap<>()));
            for (RoundRating r : ratings) {
                Object code = r.code(scale);
                if (code != null && units.containsKey(r.itemId()))
                    units.get(r.itemId()).put(r.user(), code);
            }
            var agreement = Agreement.of(scale.level(), units);
            List<ItemResult> itemResults = new ArrayList<>();
            for (String id : items) {
                List<String> given = ratings.stream()
                        .filter(r -> r.itemId().equals(id))
                        .map(r -> r.category(scale))
                        .filter(Objects::nonNull)
                        .toList();
                Map<String, Integer> spread = new LinkedHashMap<>();
                scale.categories().forEach(c -> spread.put(c, 0));
                given.forEach(c -> spread.merge(c, 1, Integer::sum));
                var alpha = agreement.items().get(id);
                itemResults.add(new ItemResult(
                        id,
                        given.size(),
                        spread,
                        group(scale, given),
                        alpha.value(),
                        alpha.interpretation().apiName(),
                        alpha.reason() == null ? null : alpha.reason().apiName()));
            }
            var round = agreement.round();
            scales.put(
                    scale.apiName(),
                    new ScaleResult(
                            scale.level().apiName(),
                            round.value(),
                            round.interpretation().apiName(),
                            round.reason() == null ? null : round.reason().apiName(),
                            itemResults));
        }
        return new RoundResults(scales);
    }

    /** The item's result on a scale, if the item is in the round. */
    public @Nullable ItemResult item(RoundKind.Scale scale, String itemId) {
        var result = scales.get(scale.apiName());
        if (result == null) return null;
        return result.items().stream()
                .filter(i -> i.itemId().equals(itemId))
                .findFirst()
                .orElse(null);
    }

    /**
     * The group's rating from its members' categories: the median rank for ordinal scales (the mean of the two
     * middle ranks when their number is even, spelled on the scale's own numbers), the most frequent letter(s) for
     * nominal ones. Null without ratings.
     */
    static @Nullable String group(RoundKind.Scale scale, List<String> given) {
        if (given.isEmpty()) return null;
        if (scale.level() == Agreement.Level.NOMINAL) {
            Map<String, Long> counts = given.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
            long most = counts.values().stream().max(Comparator.naturalOrder()).orElse(0L);
            return scale.categories().stream()
                    .filter(c -> counts.getOrDefault(c, 0L) == most)
                    .collect(Collectors.joining("/"));
        }
        List<Double> numbers = given.stream().map(Double::valueOf).sorted().toList();
        int n = numbers.size();
        double median = n % 2 == 1 ? numbers.get(n / 2) : (numbers.get(n / 2 - 1) + numbers.get(n / 2)) / 2;
        return spell(median);
    }

    /** A number as the scales write it: "0", "0.25", "0.5", "1", "2.5". */
    static String spell(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
