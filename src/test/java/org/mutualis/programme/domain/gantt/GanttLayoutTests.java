package org.mutualis.programme.domain.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.programme.domain.gantt.GanttLayout.Arrow;
import org.mutualis.programme.domain.gantt.GanttLayout.Point;
import org.mutualis.programme.domain.gantt.GanttLayout.Row;
import org.mutualis.programme.domain.gantt.GanttLayout.Scale;
import org.mutualis.programme.domain.gantt.GanttLayout.Tick;

/** The geometry of the programme's Gantt chart: every shape in its place, whatever the rows. */
class GanttLayoutTests {

    private static final LocalDate BASE = LocalDate.of(2027, 1, 1);
    private static final double EPSILON = 1e-6;

    // ---- generators

    /** A row's dates: none, start only, end only, or both (end maybe before start). */
    private record Dates(LocalDate start, LocalDate end) {}

    @Provide
    Arbitrary<GanttChart> charts() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(-400, 1500).map(BASE::plusDays);
        Arbitrary<Dates> dates = Combinators.combine(
                        days,
                        Arbitraries.integers().between(-3, 400),
                        Arbitraries.integers().between(0, 9))
                .as((start, length, shape) -> switch (shape) {
                    case 0 -> new Dates(null, null);
                    case 1 -> new Dates(start, null);
                    case 2 -> new Dates(null, start);
                    default -> new Dates(start, start.plusDays(length));
                });
        Arbitrary<List<RowDraft>> drafts = Combinators.combine(
                        dates,
                        Arbitraries.of(GanttLevel.class),
                        Arbitraries.of(GanttStatus.class),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 1000).list().ofMaxSize(3))
                .as(RowDraft::new)
                .list()
                .ofMaxSize(60);
        return Combinators.combine(drafts, Arbitraries.integers().between(-600, 1800))
                .as((list, today) -> chart(list, BASE.plusDays(today)));
    }

    private record RowDraft(Dates dates, GanttLevel level, GanttStatus status, int flags, List<Integer> links) {}

    private static GanttChart chart(List<RowDraft> drafts, LocalDate today) {
        List<GanttRow> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            RowDraft draft = drafts.get(i);
            List<String> dependsOn = new ArrayList<>();
            for (int link : draft.links()) {
                // mostly earlier rows, sometimes a later one, itself or an unknown id
                dependsOn.add(link % 7 == 0 ? "unknown" + link : "r" + (link % (drafts.size() + 1)));
            }
            rows.add(new GanttRow(
                    "r" + i,
                    draft.level(),
                    "Row " + i,
                    draft.dates().start(),
                    draft.dates().end(),
                    draft.status(),
                    (draft.flags() & 1) != 0,
                    (draft.flags() & 2) != 0,
                    dependsOn,
                    null));
        }
        return new GanttChart("Chart", today, rows);
    }

    // ---- properties

    @Property
    void everyShapeLiesInsideTheTimelineAndItsOwnBand(@ForAll("charts") GanttChart chart) {
        GanttLayout layout = GanttLayout.of(chart);
        assertThat(layout.rows()).hasSize(chart.rows().size());
        for (Row row : layout.rows()) {
            assertThat(row.drawn()).isEqualTo(row.row().dated());
            if (row.bar() != null) {
                assertThat(row.bar().x()).isGreaterThanOrEqualTo(layout.timelineLeft() - EPSILON);
                assertThat(row.bar().x() + row.bar().width()).isLessThanOrEqualTo(layout.timelineRight() + EPSILON);
                assertThat(row.bar().width()).isGreaterThanOrEqualTo(layout.pxPerDay() - EPSILON);
                assertThat(row.bar().y()).isGreaterThanOrEqualTo(row.top());
                assertThat(row.bar().y() + row.bar().height()).isLessThanOrEqualTo(row.bottom());
            }
            if (row.diamond() != null) {
                assertThat(row.row().milestone()).isTrue();
                assertThat(row.startX()).isGreaterThan(GanttLayout.LABEL_WIDTH);
                assertThat(row.endX()).isLessThan(layout.width());
                assertThat(row.diamond().cy() - row.diamond().radius()).isGreaterThanOrEqualTo(row.top());
                assertThat(row.diamond().cy() + row.diamond().radius()).isLessThanOrEqualTo(row.bottom());
            }
        }
        assertThat(layout.width()).isBetween(1400.0, 4000.0);
    }

    @Property
    void aLaterDateNeverHasASmallerX(
            @ForAll("charts") GanttChart chart, @ForAll("offsets") int first, @ForAll("offsets") int second) {
        GanttLayout layout = GanttLayout.of(chart);
        LocalDate a = layout.from().plusDays(Math.min(first, second));
        LocalDate b = layout.from().plusDays(Math.max(first, second));
        assertThat(layout.x(a)).isLessThanOrEqualTo(layout.x(b));
        if (a.isBefore(b)) {
            assertThat(layout.x(a)).isLessThan(layout.x(b));
        }
        assertThat(layout.x(layout.from())).isCloseTo(layout.timelineLeft(), within(EPSILON));
        assertThat(layout.x(layout.to())).isCloseTo(layout.timelineRight(), within(EPSILON));
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 120);
    }

    @Property
    void anArrowRunsFromItsPredecessorsEndToItsSuccessorsStartWithRightAngles(@ForAll("charts") GanttChart chart) {
        GanttLayout layout = GanttLayout.of(chart);
        Map<String, Integer> indexes = indexes(chart);
        int expected = 0;
        for (GanttRow row : chart.rows()) {
            for (String id : row.dependsOn()) {
                Integer index = indexes.get(id);
                if (row.dated()
                        && index != null
                        && !id.equals(row.id())
                        && chart.rows().get(index).dated()) {
                    expected++;
                }
            }
        }
        assertThat(layout.arrows()).hasSize(expected);
        for (Arrow arrow : layout.arrows()) {
            Row from = layout.rows().get(arrow.from());
            Row to = layout.rows().get(arrow.to());
            assertThat(to.row().dependsOn()).contains(from.row().id());
            Point first = arrow.points().get(0);
            Point last = arrow.points().get(arrow.points().size() - 1);
            assertThat(first).isEqualTo(new Point(from.endX(), from.middle()));
            assertThat(last).isEqualTo(new Point(to.startX(), to.middle()));
            for (int i = 1; i < arrow.points().size(); i++) {
                Point a = arrow.points().get(i - 1);
                Point b = arrow.points().get(i);
                assertThat(a.x() == b.x() || a.y() == b.y())
                        .as("segment %d is straight", i)
                        .isTrue();
            }
            Point beforeLast = arrow.points().get(arrow.points().size() - 2);
            assertThat(beforeLast.y()).isEqualTo(last.y());
            assertThat(beforeLast.x()).as("the head points right").isLessThan(last.x());
            for (Point point : arrow.points()) {
                assertThat(point.x()).isBetween(GanttLayout.LABEL_WIDTH - EPSILON, layout.width());
            }
        }
    }

    @Property
    void rowsFollowOneAnotherWithoutOverlapping(@ForAll("charts") GanttChart chart) {
        GanttLayout layout = GanttLayout.of(chart);
        double bottom = GanttLayout.HEADER_HEIGHT;
        for (Row row : layout.rows()) {
            assertThat(row.top()).isCloseTo(bottom, within(EPSILON));
            assertThat(row.row()).isSameAs(chart.rows().get(row.index()));
            bottom = row.bottom();
        }
        assertThat(layout.height()).isCloseTo(bottom + GanttLayout.BOTTOM, within(EPSILON));
    }

    @Property
    void theTicksTileTheTimeline(@ForAll("charts") GanttChart chart) {
        GanttLayout layout = GanttLayout.of(chart);
        for (List<Tick> ticks : List.of(layout.upperTicks(), layout.lowerTicks())) {
            assertThat(ticks).isNotEmpty();
            double x = layout.timelineLeft();
            for (Tick tick : ticks) {
                assertThat(tick.x()).isCloseTo(x, within(EPSILON));
                assertThat(tick.width()).isPositive();
                assertThat(tick.x()).isCloseTo(layout.x(tick.date()), within(EPSILON));
                x = tick.x() + tick.width();
            }
            assertThat(x).isCloseTo(layout.timelineRight(), within(1e-3));
        }
    }

    @Property
    void theSpanHoldsEveryDateInWholeMonths(@ForAll("charts") GanttChart chart) {
        GanttLayout layout = GanttLayout.of(chart);
        assertThat(layout.from().getDayOfMonth()).isEqualTo(1);
        assertThat(layout.to().getDayOfMonth()).isEqualTo(1);
        assertThat(layout.to()).isAfter(layout.from());
        for (GanttRow row : chart.rows()) {
            if (row.dated()) {
                assertThat(row.first()).isAfterOrEqualTo(layout.from());
                assertThat(row.last()).isBefore(layout.to());
            }
        }
        boolean inside = !chart.today().isBefore(layout.from()) && chart.today().isBefore(layout.to());
        assertThat(layout.todayX().isPresent()).isEqualTo(inside);
        if (inside) {
            assertThat(layout.todayX().getAsDouble())
                    .isBetween(layout.x(chart.today()), layout.x(chart.today().plusDays(1)));
        }
    }

    @Property
    void theSameChartGivesTheSameLayout(@ForAll("charts") GanttChart chart) {
        GanttLayout one = GanttLayout.of(chart);
        GanttLayout two = GanttLayout.of(chart);
        assertThat(two.rows()).isEqualTo(one.rows());
        assertThat(two.arrows()).isEqualTo(one.arrows());
        assertThat(two.lowerTicks()).isEqualTo(one.lowerTicks());
        assertThat(two.width()).isEqualTo(one.width());
    }

    // ---- examples

    @Example
    void aShortProgrammeIsDrawnInWeeks() {
        GanttChart chart = new GanttChart(
                "Court",
                LocalDate.of(2027, 2, 10),
                List.of(
                        GanttRow.of("a", GanttLevel.TASK, "A", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 3)),
                        GanttRow.of("b", GanttLevel.TASK, "B", LocalDate.of(2027, 2, 4), LocalDate.of(2027, 3, 12))));
        GanttLayout layout = GanttLayout.of(chart);
        assertThat(layout.scale()).isEqualTo(Scale.WEEKS);
        assertThat(layout.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(layout.to()).isEqualTo(LocalDate.of(2027, 4, 1));
        // 90 days at 24 px = 2,160 px: inside the bounds, so the natural scale
        assertThat(layout.pxPerDay()).isEqualTo(24.0);
        assertThat(layout.upperTicks()).extracting(Tick::kind).containsOnly(GanttLayout.TickKind.MONTH);
        assertThat(layout.upperTicks()).hasSize(3);
        // 1 January 2027 is a Friday: a cut week, then Mondays
        assertThat(layout.lowerTicks().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(layout.lowerTicks().get(1).date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(layout.lowerTicks().get(0).width()).isEqualTo(3 * 24.0);
        Row a = layout.rows().get(0);
        assertThat(a.bar().x()).isEqualTo(layout.timelineLeft() + 14 * 24.0);
        assertThat(a.bar().width()).isEqualTo(20 * 24.0);
        assertThat(layout.todayX().getAsDouble()).isEqualTo(layout.timelineLeft() + 40 * 24.0 + 12);
    }

    @Example
    void aLongProgrammeIsDrawnInMonthsAndSqueezed() {
        GanttChart chart = new GanttChart(
                "Long",
                LocalDate.of(2040, 1, 1),
                List.of(GanttRow.of("a", GanttLevel.STAGE, "A", LocalDate.of(2027, 3, 15), LocalDate.of(2031, 8, 3))));
        GanttLayout layout = GanttLayout.of(chart);
        assertThat(layout.scale()).isEqualTo(Scale.MONTHS);
        assertThat(layout.timelineRight() - layout.timelineLeft()).isEqualTo(GanttLayout.MAX_TIMELINE);
        assertThat(layout.upperTicks())
                .extracting(t -> t.date().getYear())
                .containsExactly(2027, 2028, 2029, 2030, 2031);
        assertThat(layout.lowerTicks()).hasSize(54);
        assertThat(layout.todayX()).isEmpty();
        assertThat(layout.rows().get(0).bar().height()).isEqualTo(GanttLayout.SUMMARY_BAR_HEIGHT);
    }

    @Example
    void aOneMonthProgrammeIsStretchedToTheNarrowestTimeline() {
        GanttLayout layout = GanttLayout.of(new GanttChart(
                "Mois",
                LocalDate.of(2027, 6, 1),
                List.of(GanttRow.of("a", GanttLevel.TASK, "A", LocalDate.of(2027, 6, 3), LocalDate.of(2027, 6, 3)))));
        assertThat(layout.timelineRight() - layout.timelineLeft()).isEqualTo(GanttLayout.MIN_TIMELINE);
        assertThat(layout.pxPerDay()).isEqualTo(GanttLayout.MIN_TIMELINE / 30);
    }

    @Example
    void rowsWithoutDatesAreListedWithoutShapesAndSpanTodaysMonth() {
        GanttChart chart = new GanttChart(
                "Vide",
                LocalDate.of(2027, 5, 20),
                List.of(
                        GanttRow.of("s", GanttLevel.STAGE, "Étape", null, null),
                        new GanttRow(
                                "t",
                                GanttLevel.TASK,
                                "Tâche",
                                null,
                                null,
                                GanttStatus.TODO,
                                false,
                                false,
                                List.of("s"),
                                null)));
        GanttLayout layout = GanttLayout.of(chart);
        assertThat(layout.rows()).extracting(Row::drawn).containsExactly(false, false);
        assertThat(layout.arrows()).isEmpty();
        assertThat(layout.from()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(layout.to()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(layout.todayX()).isPresent();
        assertThatThrownBy(() -> layout.rows().get(0).endX()).isInstanceOf(IllegalStateException.class);
    }

    @Example
    void aMilestoneIsADiamondOnItsDay() {
        LocalDate day = LocalDate.of(2027, 3, 10);
        GanttLayout layout = GanttLayout.of(new GanttChart(
                "Jalon",
                day,
                List.of(new GanttRow(
                        "m", GanttLevel.TASK, "Jalon", day, day, GanttStatus.TODO, false, true, List.of(), null))));
        Row row = layout.rows().get(0);
        assertThat(row.bar()).isNull();
        assertThat(row.diamond().cx()).isEqualTo(layout.x(day) + layout.pxPerDay() / 2);
        assertThat(row.diamond().cy()).isEqualTo(row.middle());
    }

    @Example
    void aSuccessorStartingBeforeItsPredecessorEndsIsReachedAlongItsBandsEdge() {
        GanttLayout layout = GanttLayout.of(new GanttChart(
                "Retour",
                LocalDate.of(2027, 1, 1),
                List.of(
                        GanttRow.of("a", GanttLevel.TASK, "A", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20)),
                        new GanttRow(
                                "b",
                                GanttLevel.TASK,
                                "B",
                                LocalDate.of(2027, 1, 15),
                                LocalDate.of(2027, 1, 25),
                                GanttStatus.TODO,
                                false,
                                false,
                                List.of("a"),
                                null))));
        Arrow arrow = layout.arrows().get(0);
        assertThat(arrow.points()).hasSize(6);
        Row b = layout.rows().get(1);
        assertThat(arrow.points().get(2).y()).isEqualTo(b.top());
        assertThat(arrow.points().get(4).x()).isEqualTo(b.startX() - GanttLayout.ELBOW);
    }

    @Example
    void aSuccessorStartingADayOrMoreLaterIsReachedInThreeStrokes() {
        GanttLayout layout = GanttLayout.of(new GanttChart(
                "Droit",
                LocalDate.of(2027, 1, 1),
                List.of(
                        GanttRow.of("a", GanttLevel.TASK, "A", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20)),
                        new GanttRow(
                                "b",
                                GanttLevel.TASK,
                                "B",
                                LocalDate.of(2027, 1, 22),
                                LocalDate.of(2027, 1, 25),
                                GanttStatus.TODO,
                                false,
                                false,
                                List.of("a"),
                                null))));
        assertThat(layout.arrows().get(0).points()).hasSize(4);
    }

    @Example
    void twoRowsMayNotShareAnId() {
        GanttChart chart = new GanttChart(
                "Double",
                LocalDate.of(2027, 1, 1),
                List.of(
                        GanttRow.of("a", GanttLevel.TASK, "A", null, null),
                        GanttRow.of("a", GanttLevel.TASK, "B", null, null)));
        assertThatThrownBy(() -> GanttLayout.of(chart)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void anEndBeforeTheStartIsOneDay() {
        GanttRow row = GanttRow.of("a", GanttLevel.TASK, "A", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 5));
        assertThat(row.first()).isEqualTo(row.last());
        GanttLayout layout = GanttLayout.of(new GanttChart("x", LocalDate.of(2027, 1, 1), List.of(row)));
        assertThat(layout.rows().get(0).bar().width()).isCloseTo(layout.pxPerDay(), within(EPSILON));
    }

    @Example
    void twoThousandRowsAreLaidOutWithEveryChainedDependency() {
        GanttChart chart = SyntheticProgramme.twoThousandRows();
        assertThat(chart.rows()).hasSize(2000);
        GanttLayout layout = GanttLayout.of(chart);
        long dependencies =
                chart.rows().stream().mapToLong(r -> r.dependsOn().size()).sum();
        assertThat(layout.arrows()).hasSize((int) dependencies);
        assertThat(dependencies).isEqualTo(1836 - 40);
        assertThat(layout.scale()).isEqualTo(Scale.MONTHS);
        assertThat(layout.lateRows()).isPositive();
        assertThat(layout.todayX()).isPresent();
    }

    private static Map<String, Integer> indexes(GanttChart chart) {
        List<GanttRow> rows = chart.rows();
        return rows.stream()
                .collect(Collectors.toMap(GanttRow::id, r -> rows.indexOf(r), (a, b) -> a, java.util.HashMap::new));
    }
}
