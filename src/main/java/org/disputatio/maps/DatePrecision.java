package org.disputatio.maps;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How precisely a claim dates an event, and the period a date of that precision stands for: a day,
 * a month, a year, or a decade (written as its first year, {@code 1930} for the 1930s).
 */
public enum DatePrecision {
    DAY(Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    MONTH(Pattern.compile("\\d{4}-\\d{2}")),
    YEAR(Pattern.compile("\\d{4}")),
    DECADE(Pattern.compile("\\d{3}0"));

    private final Pattern shape;

    DatePrecision(Pattern shape) {
        this.shape = shape;
    }

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DatePrecision> fromSpelling(String spelling) {
        return Arrays.stream(values())
                .filter(p -> p.spelling().equals(spelling))
                .findFirst();
    }

    /**
     * The period a date written to this precision stands for, or empty when the date is not written
     * so ({@code 1936-12} with precision day, {@code 1936-02-30}, {@code 1935} as a decade).
     */
    public Optional<Period> period(String date) {
        if (!shape.matcher(date).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    switch (this) {
                        case DAY -> {
                            LocalDate day = LocalDate.parse(date);
                            yield new Period(day, day.plusDays(1));
                        }
                        case MONTH -> {
                            YearMonth month = YearMonth.parse(date);
                            yield new Period(month.atDay(1), month.plusMonths(1).atDay(1));
                        }
                        case YEAR -> {
                            LocalDate first = LocalDate.of(Integer.parseInt(date), 1, 1);
                            yield new Period(first, first.plusYears(1));
                        }
                        case DECADE -> {
                            LocalDate first = LocalDate.of(Integer.parseInt(date), 1, 1);
                            yield new Period(first, first.plusYears(10));
                        }
                    });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A stretch of days, {@code start} included and {@code end} excluded. Two datings of one event
     * are compatible when their periods overlap: "December 1936" and "5 December 1936" are, "November
     * 1938" and "December 1938" are not.
     */
    public record Period(LocalDate start, LocalDate end) {

        public boolean overlaps(Period other) {
            return start.isBefore(other.end) && other.start.isBefore(end);
        }
    }
}
