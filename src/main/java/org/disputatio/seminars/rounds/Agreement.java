package org.disputatio.seminars.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha of one scale of a round, for the round and per item, computed by DKPro Statistics'
 * agreement module (ADR 039). Pure: values in, numbers out. Alpha is undefined (never NaN) when no item has two
 * ratings, or when every pairable rating is the same value, since agreement cannot then be told from chance.
 */
public final class Agreement {

    private Agreement() {}

    /** How values differ: letters that are only equal or not, or ranks whose distance depends on their use. */
    public enum Level {
        NOMINAL,
        ORDINAL;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Krippendorff's reading of alpha (Content Analysis, 2004, 241–242). */
    public enum Interpretation {
        /** α ≥ 0.800: the ratings can be relied on. */
        RELIABLE,
        /** 0.667 ≤ α < 0.800: good for tentative conclusions only. */
        TENTATIVE,
        /** α < 0.667. */
        UNRELIABLE,
        /** No item with two ratings, or no variation at all. */
        UNDEFINED;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Interpretation of(double alpha) {
            if (alpha >= 0.800) return RELIABLE;
            if (alpha >= 0.667) return TENTATIVE;
            return UNRELIABLE;
        }
    }

    /** Why alpha is undefined. */
    public enum Undefined {
        /** No item (or, for an item: this item) has two ratings to compare. */
        TOO_FEW_RATINGS,
        /** Every pairable rating of the round is the same value: the expected disagreement is zero. */
        NO_VARIATION;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One alpha: the value, or null with the reason it is undefined. */
    public record Alpha(
            @Nullable Double value,
            Interpretation interpretation,
            @Nullable Undefined reason) {

        static Alpha of(double value) {
            return new Alpha(value, Interpretation.of(value), null);
        }

        static Alpha undefined(Undefined reason) {
            return new Alpha(null, Interpretation.UNDEFINED, reason);
        }
    }

    /** The round's alpha and each item's, in the order the items were given. */
    public record Result(Alpha round, Map<String, Alpha> items) {}

    /**
     * Alpha over {@code units}: item id → (rater → value). Ordinal values must be {@link Integer} ranks; nominal
     * values may be anything with equals. Each item's alpha is DKPro's item agreement, 1 − D_o(item) / D_e(round):
     * a single unit has no expected disagreement of its own, so the round's stands in for it.
     */
    public static Result of(Level level, Map<String, ? extends Map<String, ?>> units) {
        var raters = new TreeSet<String>();
        units.values().forEach(u -> raters.addAll(u.keySet()));
        List<String> raterOrder = List.copyOf(raters);

        List<String> pairable = new ArrayList<>();
        var values = new java.util.HashSet<Object>();
        for (var unit : units.entrySet()) {
            long given =
                    unit.getValue().values().stream().filter(Objects::nonNull).count();
            if (given >= 2) {
                pairable.add(unit.getKey());
                unit.getValue().values().stream().filter(Objects::nonNull).forEach(values::add);
            }
        }
        Map<String, Alpha> items = new LinkedHashMap<>();
        if (pairable.isEmpty()) {
            units.keySet().forEach(id -> items.put(id, Alpha.undefined(Undefined.TOO_FEW_RATINGS)));
            return new Result(Alpha.undefined(Undefined.TOO_FEW_RATINGS), items);
        }
        if (values.size() < 2) {
            units.keySet()
                    .forEach(id -> items.put(
                            id,
                            Alpha.undefined(
                                    pairable.contains(id) ? Undefined.NO_VARIATION : Undefined.TOO_FEW_RATINGS)));
            return new Result(Alpha.undefined(Undefined.NO_VARIATION), items);
        }

        var study = new CodingAnnotationStudy(raterOrder.size());
        for (String id : pairable) {
            Map<String, ?> unit = units.get(id);
            Object[] row = new Object[raterOrder.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = unit.get(raterOrder.get(i));
            }
            study.addItemAsArray(row);
        }
        IDistanceFunction distance =
                level == Level.NOMINAL ? new NominalDistanceFunction() : new OrdinalDistanceFunction();
        var alpha = new KrippendorffAlphaAgreement(study, distance);
        Alpha round = Alpha.of(alpha.calculateAgreement());
        for (String id : units.keySet()) {
            int index = pairable.indexOf(id);
            items.put(
                    id,
                    index < 0
                            ? Alpha.undefined(Undefined.TOO_FEW_RATINGS)
                            : Alpha.of(alpha.calculateItemAgreement(study.getItem(index))));
        }
        return new Result(round, items);
    }
}
