package org.mutualis.servicedesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text form of opening hours, as stored in desk_centre.opening_hours. */
class OpeningHoursTests {

    @Example
    void readsTheDefaultHoursOfACentre() {
        OpeningHours hours = OpeningHours.parse("MON-FRI 08:30-12:00 13:30-17:30");
        assertThat(hours.on(DayOfWeek.MONDAY))
                .containsExactly(
                        new OpeningHours.Range(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new OpeningHours.Range(LocalTime.of(13, 30), LocalTime.of(17, 30)));
        assertThat(hours.on(DayOfWeek.FRIDAY)).isEqualTo(hours.on(DayOfWeek.MONDAY));
        assertThat(hours.opens(DayOfWeek.SATURDAY)).isFalse();
        assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.format()).isEqualTo("MON-FRI 08:30-12:00 13:30-17:30");
    }

    @Example
    void readsSeveralClausesAndWritesThemCanonically() {
        OpeningHours hours =
                OpeningHours.parse("mon-thu 08:30-12:00 13:30-17:30 ;FRI 13:30-16:30 08:30-12:00; SAT 09:00-12:00");
        assertThat(hours.on(DayOfWeek.FRIDAY))
                .containsExactly(
                        new OpeningHours.Range(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new OpeningHours.Range(LocalTime.of(13, 30), LocalTime.of(16, 30)));
        assertThat(hours.format())
                .isEqualTo("MON-THU 08:30-12:00 13:30-17:30; FRI 08:30-12:00 13:30-16:30; SAT 09:00-12:00");
        assertThat(OpeningHours.parse("MON,WED,FRI 09:00-12:00").format())
                .isEqualTo("MON 09:00-12:00; WED 09:00-12:00; FRI 09:00-12:00");
        assertThat(OpeningHours.parse("MON-SUN 00:00-24:00").on(DayOfWeek.SUNDAY))
                .containsExactly(new OpeningHours.Range(LocalTime.MIDNIGHT, LocalTime.MAX));
        assertThat(OpeningHours.parse("MON-SUN 00:00-24:00").format()).isEqualTo("MON-SUN 00:00-24:00");
    }

    @Example
    void refusesBadTextSayingWhatAndWhere() {
        assertBad("", "empty");
        assertBad("   ", "empty");
        assertBad("MON-FRI", "no time range in clause 1");
        assertBad("LUN 08:00-12:00", "\"LUN\" is not a day");
        assertBad(
                "MON-FRI 08:30-12:00; SAT 9:00-12:00", "\"9:00\" is not a time HH:MM in range 9:00-12:00 of clause 2");
        assertBad("MON 08:30-25:00", "\"25:00\" is not a time");
        assertBad("MON 08:30_12:00", "not a range HH:MM-HH:MM in clause 1");
        assertBad("MON 12:00-08:30", "range 12:00-08:30 ends before it starts in clause 1");
        assertBad("MON 08:30-08:30", "ends before it starts");
        assertBad("MON 08:30-12:00 11:00-14:00", "overlapping ranges on MON: 08:30-12:00 and 11:00-14:00");
        assertBad("MON-FRI 08:30-12:00; FRI 14:00-16:00", "FRI is given twice, again in clause 2");
        assertBad("FRI-MON 08:30-12:00", "day range FRI-MON goes backwards in clause 1");
        assertBad("MON 08:30-12:00;", "empty clause 2");
        assertBad("MON 08:30-12:00; ; TUE 08:30-12:00", "empty clause 2");
        assertBad("MON-FRI 08:30-12:00 ".repeat(30), "longer than 500");
    }

    private static void assertBad(String text, String message) {
        assertThatThrownBy(() -> OpeningHours.parse(text))
                .as(text)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Provide
    static Arbitrary<OpeningHours> hours() {
        Arbitrary<List<OpeningHours.Range>> day = Arbitraries.integers()
                .between(0, 96)
                .set()
                .ofMaxSize(6)
                .map(set -> {
                    List<Integer> marks = new ArrayList<>(set);
                    marks.sort(Integer::compare);
                    List<OpeningHours.Range> ranges = new ArrayList<>();
                    for (int i = 0; i + 1 < marks.size(); i += 2) {
                        ranges.add(new OpeningHours.Range(quarter(marks.get(i)), quarter(marks.get(i + 1))));
                    }
                    return ranges;
                });
        return day.list()
                .ofSize(7)
                .filter(days -> days.stream().anyMatch(d -> !d.isEmpty()))
                .map(days -> {
                    Map<DayOfWeek, List<OpeningHours.Range>> map = new EnumMap<>(DayOfWeek.class);
                    for (int d = 0; d < 7; d++) {
                        map.put(DayOfWeek.of(d + 1), days.get(d));
                    }
                    return OpeningHours.of(map);
                });
    }

    private static LocalTime quarter(int mark) {
        return mark == 96 ? LocalTime.MAX : LocalTime.MIDNIGHT.plusMinutes(15L * mark);
    }

    @Property
    void whatItWritesItReadsBack(@ForAll("hours") OpeningHours hours) {
        assertThat(OpeningHours.parse(hours.format())).isEqualTo(hours);
        assertThat(OpeningHours.parse(hours.format()).format()).isEqualTo(hours.format());
    }
}
