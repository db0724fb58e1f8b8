package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates to their precision, and which datings of one event contradict each other. */
class TimelineTest {

    @Test
    void aDate_standsForThePeriodOfItsPrecision() {
        assertThat(DatePrecision.DAY.period("1936-12-05"))
                .contains(new DatePrecision.Period(LocalDate.of(1936, 12, 5), LocalDate.of(1936, 12, 6)));
        assertThat(DatePrecision.MONTH.period("1938-11"))
                .contains(new DatePrecision.Period(LocalDate.of(1938, 11, 1), LocalDate.of(1938, 12, 1)));
        assertThat(DatePrecision.YEAR.period("1952"))
                .contains(new DatePrecision.Period(LocalDate.of(1952, 1, 1), LocalDate.of(1953, 1, 1)));
        assertThat(DatePrecision.DECADE.period("1930"))
                .contains(new DatePrecision.Period(LocalDate.of(1930, 1, 1), LocalDate.of(1940, 1, 1)));
    }

    @Test
    void aDateNotWrittenToItsPrecision_orNotARealDate_hasNoPeriod() {
        assertThat(DatePrecision.DAY.period("1936-12")).isEmpty();
        assertThat(DatePrecision.DAY.period("1936-02-30")).isEmpty();
        assertThat(DatePrecision.MONTH.period("1936-13")).isEmpty();
        assertThat(DatePrecision.DECADE.period("1935")).isEmpty();
        assertThat(DatePrecision.fromSpelling("century")).isEmpty();
    }

    @Test
    void datingsThatOverlap_agree_andThoseThatDoNot_contradict() {
        assertThat(Timeline.contradictoryEvents(List.of(
                        date("constitution", "1936-12", "month"),
                        date("constitution", "1936-12-05", "day"),
                        date("constitution", "1936", "year"),
                        date("constitution", "1930", "decade"),
                        date("beria", "1938-11", "month"),
                        date("beria", "1938-12", "month"),
                        date("plenum", "1953-06-30", "day"),
                        date("plenum", "1953-07", "month"))))
                .containsExactly("beria", "plenum");
    }

    @Test
    void timeline_ordersByStart_thenByTheNarrowerPeriod_andFlagsEveryRowOfAContradictoryEvent() {
        var claims = List.of(
                claim("c1", date("beria", "1938-12", "month")),
                claim("c2", date("beria", "1938-11", "month"), date("resign", "1938-09-23", "day")),
                claim("c3", date("decade", "1930", "decade")),
                claim("c4", date("year", "1938", "year")));
        var map = new MapContent(
                "m",
                "M",
                "fr",
                new MapContent.Document("", "fr", "", "", List.of(), ""),
                claims,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new MapContent.Event("beria", "Béria remplace Yezhov", true)));
        var timeline = Timeline.of(map);
        assertThat(timeline.entries())
                .extracting(e -> e.claim().id() + " " + e.date() + " " + e.eventLabel() + " " + e.contradictory())
                .containsExactly(
                        "c3 1930 decade false",
                        "c4 1938 year false",
                        "c2 1938-09-23 resign false",
                        "c2 1938-11 Béria remplace Yezhov true",
                        "c1 1938-12 Béria remplace Yezhov true");
        assertThat(timeline.contradictoryEvents()).containsExactly("beria");
    }

    private static MapContent.ClaimDate date(String event, String date, String precision) {
        return new MapContent.ClaimDate(event, date, precision);
    }

    private static MapContent.Claim claim(String id, MapContent.ClaimDate... dates) {
        return new MapContent.Claim(id, "premise", id, "A", "1", List.of(), List.of(), "a", List.of(), List.of(dates));
    }
}
