package org.mutualis.procurement.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.CalendarEntry;
import org.mutualis.procurement.ProcurementCalendarView;

/**
 * Where each bar and marker of the timeline goes, in percent of the years shown: computed here so
 * the template only places boxes, and the same positions serve the screen and the printed page.
 */
public record CalendarLayout(List<Integer> years, List<Row> rows) {

    /** A procurement's line; {@code phase2Left} is null when no member waits for its contract to end. */
    public record Row(
            CalendarEntry entry,
            @Nullable String barLeft,
            @Nullable String barWidth,
            @Nullable String phase2Left,
            @Nullable String phase2Width,
            List<Marker> markers) {}

    public record Marker(String key, org.mutualis.shared.text.Text label, LocalDate date, String left) {}

    static CalendarLayout of(ProcurementCalendarView calendar) {
        Integer fromYear = calendar.fromYear();
        Integer toYear = calendar.toYear();
        if (fromYear == null || toYear == null) {
            return new CalendarLayout(
                    List.of(),
                    calendar.entries().stream()
                            .map(e -> new Row(e, null, null, null, null, List.of()))
                            .toList());
        }
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        long days = ChronoUnit.DAYS.between(start, LocalDate.of(toYear + 1, 1, 1));
        List<Row> rows = new ArrayList<>();
        for (CalendarEntry e : calendar.entries()) {
            if (e.from() == null || e.to() == null) {
                rows.add(new Row(e, null, null, null, null, List.of()));
                continue;
            }
            double left = percent(start, e.from(), days);
            double right = percent(start, e.to().plusDays(1), days);
            String p2Left = null;
            String p2Width = null;
            if (e.phase2From() != null) {
                LocalDate p2To = e.phase2To() != null && e.phase2To().isAfter(e.to()) ? e.phase2To() : e.to();
                double l2 = percent(start, e.phase2From(), days);
                p2Left = format(l2);
                p2Width = format(Math.max(0.4, percent(start, p2To.plusDays(1), days) - l2));
            }
            List<Marker> markers = e.milestones().stream()
                    .map(m -> new Marker(m.key(), m.label(), m.date(), format(percent(start, m.date(), days))))
                    .toList();
            rows.add(new Row(e, format(left), format(Math.max(0.4, right - left)), p2Left, p2Width, markers));
        }
        return new CalendarLayout(
                IntStream.rangeClosed(fromYear, toYear).boxed().toList(), rows);
    }

    private static double percent(LocalDate start, LocalDate date, long days) {
        return 100.0 * ChronoUnit.DAYS.between(start, date) / days;
    }

    private static String format(double percent) {
        return String.format(Locale.ROOT, "%.3f", percent);
    }
}
