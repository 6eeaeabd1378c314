package org.mutualis.programme.domain.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of a Gantt chart, in pixels of the SVG (the PDF scales it): where every date falls, every row,
 * bar, milestone diamond, dependency arrow, header tick and the today line. Pure and deterministic: the same
 * chart gives the same layout; linear in the number of rows and dependencies (2,000 rows take a fraction of a
 * millisecond).
 *
 * <p>The span runs from the first day of the month of the earliest date to the first day of the month after
 * the latest one (a chart without any date spans the month of {@code today}). Over more than {@value
 * #WEEKS_UP_TO_MONTHS} months the scale is {@link Scale#MONTHS} (years above, months below), else {@link
 * Scale#WEEKS} (months above, weeks from Monday below). The timeline is {@value #WEEK_PX_PER_DAY} px a day in
 * weeks and {@value #MONTH_PX_PER_DAY} px a day in months, stretched to at least {@value #MIN_TIMELINE} px and
 * squeezed to at most {@value #MAX_TIMELINE} px: the whole chart is 1,440 to 4,000 px wide.
 *
 * <p>Vertically: the title band, two header rows of ticks, then one band of {@value #ROW_HEIGHT} px per row in
 * the chart's order. The labels column is on the left, {@value #LABEL_WIDTH} px wide.
 */
public final class GanttLayout {

    /** Width of the labels column. */
    public static final double LABEL_WIDTH = 360;
    /** Blank margin inside the timeline, left and right, so diamonds and arrow elbows stay inside. */
    public static final double PAD = 20;
    /** Height of the title band at the top. */
    public static final double TITLE_HEIGHT = 32;
    /** Height of each of the two header rows of ticks. */
    public static final double TICK_ROW_HEIGHT = 22;
    /** Where the first row starts. */
    public static final double HEADER_HEIGHT = TITLE_HEIGHT + 2 * TICK_ROW_HEIGHT;
    /** Height of a row's band. */
    public static final double ROW_HEIGHT = 24;
    /** Blank margin under the last row. */
    public static final double BOTTOM = 12;
    /** Height of a task's bar. */
    public static final double TASK_BAR_HEIGHT = 14;
    /** Height of a stage's, an action's or a phase's (summary) bar. */
    public static final double SUMMARY_BAR_HEIGHT = 8;
    /** Half the diagonal of a milestone's diamond. */
    public static final double DIAMOND_RADIUS = 7;
    /** Length of an arrow's first and last horizontal strokes. */
    public static final double ELBOW = 8;
    /** The narrowest timeline. */
    public static final double MIN_TIMELINE = 1040;
    /** The widest timeline. */
    public static final double MAX_TIMELINE = 3600;
    /** Pixels a day on the weeks scale, before stretching or squeezing. */
    public static final double WEEK_PX_PER_DAY = 24;
    /** Pixels a day on the months scale, before stretching or squeezing. */
    public static final double MONTH_PX_PER_DAY = 4;
    /** The longest span (in months) drawn in weeks. */
    public static final int WEEKS_UP_TO_MONTHS = 5;

    /** The unit of the lower header row. */
    public enum Scale {
        WEEKS,
        MONTHS
    }

    /** What a header tick stands for: the writers label it (a year, a month's abbreviation, a week's day). */
    public enum TickKind {
        YEAR,
        MONTH,
        WEEK
    }

    /**
     * A cell of a header row.
     *
     * @param kind year, month or week
     * @param date the first day of the cell inside the span (a week cut by the span's start begins there)
     * @param x the cell's left edge
     * @param width the cell's width (its days times the pixels a day)
     */
    public record Tick(TickKind kind, LocalDate date, double x, double width) {}

    /** A point of an arrow. */
    public record Point(double x, double y) {}

    /** A bar: from the left edge of its first day to the right edge of its last day. */
    public record Bar(double x, double y, double width, double height) {}

    /** A milestone's diamond, centred on the middle of its day. */
    public record Diamond(double cx, double cy, double radius) {}

    /**
     * A row's place.
     *
     * @param row the row as given
     * @param index its position in the chart
     * @param top the top of its band
     * @param bar its bar, or null (no dates, or a milestone)
     * @param diamond its diamond, or null (not a milestone, or no dates)
     */
    public record Row(
            GanttRow row,
            int index,
            double top,
            @Nullable Bar bar,
            @Nullable Diamond diamond) {

        /** The bottom of its band. */
        public double bottom() {
            return top + ROW_HEIGHT;
        }

        /** The vertical middle of its band, where bars, diamonds and arrows are centred. */
        public double middle() {
            return top + ROW_HEIGHT / 2;
        }

        /** Whether the row has a bar or a diamond. */
        public boolean drawn() {
            return bar != null || diamond != null;
        }

        /** Where an arrow into the row ends: the left of its bar or diamond. */
        public double startX() {
            if (bar != null) {
                return bar.x();
            }
            if (diamond != null) {
                return diamond.cx() - diamond.radius();
            }
            throw new IllegalStateException("Row " + row.id() + " has no dates");
        }

        /** Where an arrow out of the row starts: the right of its bar or diamond. */
        public double endX() {
            if (bar != null) {
                return bar.x() + bar.width();
            }
            if (diamond != null) {
                return diamond.cx() + diamond.radius();
            }
            throw new IllegalStateException("Row " + row.id() + " has no dates");
        }
    }

    /**
     * A finish-to-start dependency: from the end of the predecessor to the start of the successor, with right
     * angles. When the successor starts far enough after, three strokes (right, up or down, right); else five,
     * going back along the boundary of the successor's band.
     *
     * @param from the predecessor's index
     * @param to the successor's index
     * @param points the polyline, first at the predecessor's end, last at the successor's start
     */
    public record Arrow(int from, int to, List<Point> points) {

        public Arrow {
            points = List.copyOf(points);
        }
    }

    private final GanttChart chart;
    private final LocalDate from;
    private final LocalDate to;
    private final Scale scale;
    private final double pxPerDay;
    private final double timelineWidth;
    private final List<Tick> upperTicks;
    private final List<Tick> lowerTicks;
    private final List<Row> rows;
    private final List<Arrow> arrows;
    private final int late;

    private GanttLayout(GanttChart chart) {
        this.chart = chart;
        LocalDate min = null;
        LocalDate max = null;
        int lateRows = 0;
        for (GanttRow row : chart.rows()) {
            LocalDate first = row.first();
            LocalDate last = row.last();
            if (first != null && (min == null || first.isBefore(min))) {
                min = first;
            }
            if (last != null && (max == null || last.isAfter(max))) {
                max = last;
            }
            if (row.late()) {
                lateRows++;
            }
        }
        if (min == null || max == null) {
            min = chart.today();
            max = chart.today();
        }
        this.late = lateRows;
        this.from = min.withDayOfMonth(1);
        this.to = max.withDayOfMonth(1).plusMonths(1);
        long months = ChronoUnit.MONTHS.between(from, to);
        this.scale = months > WEEKS_UP_TO_MONTHS ? Scale.MONTHS : Scale.WEEKS;
        long days = ChronoUnit.DAYS.between(from, to);
        double natural = days * (scale == Scale.WEEKS ? WEEK_PX_PER_DAY : MONTH_PX_PER_DAY);
        this.timelineWidth = Math.min(MAX_TIMELINE, Math.max(MIN_TIMELINE, natural));
        this.pxPerDay = timelineWidth / days;
        this.upperTicks = scale == Scale.MONTHS ? years() : months();
        this.lowerTicks = scale == Scale.MONTHS ? months() : weeks();
        Map<String, Integer> indexes = new HashMap<>(chart.rows().size() * 2);
        List<Row> placed = new ArrayList<>(chart.rows().size());
        for (GanttRow row : chart.rows()) {
            int index = placed.size();
            if (indexes.putIfAbsent(row.id(), index) != null) {
                throw new IllegalArgumentException("Two rows have the id " + row.id());
            }
            placed.add(place(row, index));
        }
        this.rows = List.copyOf(placed);
        List<Arrow> lines = new ArrayList<>();
        for (Row successor : rows) {
            if (!successor.drawn()) {
                continue;
            }
            for (String id : successor.row().dependsOn()) {
                Integer index = indexes.get(id);
                if (index == null || index == successor.index()) {
                    continue;
                }
                Row predecessor = rows.get(index);
                if (predecessor.drawn()) {
                    lines.add(arrow(predecessor, successor));
                }
            }
        }
        this.arrows = List.copyOf(lines);
    }

    /** The layout of a chart. */
    public static GanttLayout of(GanttChart chart) {
        return new GanttLayout(chart);
    }

    private Row place(GanttRow row, int index) {
        double top = HEADER_HEIGHT + index * ROW_HEIGHT;
        double middle = top + ROW_HEIGHT / 2;
        LocalDate first = row.first();
        LocalDate last = row.last();
        if (first == null || last == null) {
            return new Row(row, index, top, null, null);
        }
        if (row.milestone()) {
            return new Row(row, index, top, null, new Diamond(x(last) + pxPerDay / 2, middle, DIAMOND_RADIUS));
        }
        double height = row.level() == GanttLevel.TASK ? TASK_BAR_HEIGHT : SUMMARY_BAR_HEIGHT;
        double left = x(first);
        Bar bar = new Bar(left, middle - height / 2, x(last.plusDays(1)) - left, height);
        return new Row(row, index, top, bar, null);
    }

    private static Arrow arrow(Row predecessor, Row successor) {
        double x1 = predecessor.endX();
        double y1 = predecessor.middle();
        double x2 = successor.startX();
        double y2 = successor.middle();
        List<Point> points = new ArrayList<>(6);
        points.add(new Point(x1, y1));
        if (x2 >= x1 + 2 * ELBOW) {
            points.add(new Point(x1 + ELBOW, y1));
            points.add(new Point(x1 + ELBOW, y2));
        } else {
            double boundary = y2 > y1 ? successor.top() : successor.bottom();
            points.add(new Point(x1 + ELBOW, y1));
            points.add(new Point(x1 + ELBOW, boundary));
            points.add(new Point(x2 - ELBOW, boundary));
            points.add(new Point(x2 - ELBOW, y2));
        }
        points.add(new Point(x2, y2));
        return new Arrow(predecessor.index(), successor.index(), points);
    }

    private List<Tick> years() {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); ) {
            LocalDate next = start.withDayOfYear(1).plusYears(1);
            LocalDate end = next.isAfter(to) ? to : next;
            ticks.add(tick(TickKind.YEAR, start, end));
            start = end;
        }
        return List.copyOf(ticks);
    }

    private List<Tick> months() {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); start = start.plusMonths(1)) {
            ticks.add(tick(TickKind.MONTH, start, start.plusMonths(1)));
        }
        return List.copyOf(ticks);
    }

    private List<Tick> weeks() {
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); ) {
            LocalDate next = start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            LocalDate end = next.isAfter(to) ? to : next;
            ticks.add(tick(TickKind.WEEK, start, end));
            start = end;
        }
        return List.copyOf(ticks);
    }

    private Tick tick(TickKind kind, LocalDate start, LocalDate end) {
        double left = x(start);
        return new Tick(kind, start, left, x(end) - left);
    }

    /** The left edge of a day (a day after the span falls right of the timeline: callers keep to the span). */
    public double x(LocalDate date) {
        return timelineLeft() + ChronoUnit.DAYS.between(from, date) * pxPerDay;
    }

    /** The chart as given. */
    public GanttChart chart() {
        return chart;
    }

    /** The first day of the span (the first of a month). */
    public LocalDate from() {
        return from;
    }

    /** The day after the span (the first of a month). */
    public LocalDate to() {
        return to;
    }

    /** Weeks or months. */
    public Scale scale() {
        return scale;
    }

    /** Pixels a day. */
    public double pxPerDay() {
        return pxPerDay;
    }

    /** The left edge of the span's first day. */
    public double timelineLeft() {
        return LABEL_WIDTH + PAD;
    }

    /** The right edge of the span's last day. */
    public double timelineRight() {
        return timelineLeft() + timelineWidth;
    }

    /** The whole chart's width. */
    public double width() {
        return timelineRight() + PAD;
    }

    /** The whole chart's height. */
    public double height() {
        return HEADER_HEIGHT + rows.size() * ROW_HEIGHT + BOTTOM;
    }

    /** The upper header row: years (months scale) or months (weeks scale), left to right. */
    public List<Tick> upperTicks() {
        return upperTicks;
    }

    /** The lower header row: months (months scale) or weeks (weeks scale), left to right. */
    public List<Tick> lowerTicks() {
        return lowerTicks;
    }

    /** Every row, in the chart's order. */
    public List<Row> rows() {
        return rows;
    }

    /** Every dependency drawn, successor by successor. */
    public List<Arrow> arrows() {
        return arrows;
    }

    /** How many rows are late. */
    public int lateRows() {
        return late;
    }

    /** The x of the today line (the middle of today), or empty when today is outside the span. */
    public OptionalDouble todayX() {
        LocalDate today = chart.today();
        if (today.isBefore(from) || !today.isBefore(to)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(x(today) + pxPerDay / 2);
    }
}
