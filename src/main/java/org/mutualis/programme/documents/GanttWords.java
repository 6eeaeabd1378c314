package org.mutualis.programme.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.mutualis.programme.domain.gantt.GanttStatus;

/**
 * The few fixed words of a Gantt chart, in one language: everything else (title, labels) comes translated in
 * the {@link org.mutualis.programme.domain.gantt.GanttChart}. {@link #french()} for French pages, {@link
 * #english()} for English ones.
 *
 * @param today the label of the today line
 * @param late said after a late row's label and in its bar's tooltip (so lateness is not told by colour only)
 * @param milestone said in a milestone's tooltip
 * @param noDates said in the tooltip of a row without dates
 * @param months the twelve month abbreviations, January first
 * @param statuses the four statuses in the order of {@link GanttStatus}
 * @param datePattern the {@link DateTimeFormatter} pattern of the dates in tooltips
 * @param summary the chart's description for screen readers, with {@code {rows}}, {@code {late}}, {@code
 *     {from}} and {@code {to}} replaced
 * @param page the PDF's page footer, with {@code {page}} and {@code {pages}} replaced
 */
public record GanttWords(
        String today,
        String late,
        String milestone,
        String noDates,
        List<String> months,
        List<String> statuses,
        String datePattern,
        String summary,
        String page) {

    public GanttWords {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(noDates, "noDates");
        months = List.copyOf(months);
        statuses = List.copyOf(statuses);
        if (months.size() != 12) {
            throw new IllegalArgumentException("Twelve months, not " + months.size());
        }
        if (statuses.size() != GanttStatus.values().length) {
            throw new IllegalArgumentException("One word per status, not " + statuses.size());
        }
        DateTimeFormatter.ofPattern(datePattern);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(page, "page");
    }

    /** The French words. */
    public static GanttWords french() {
        return new GanttWords(
                "Aujourd’hui",
                "en retard",
                "jalon",
                "sans dates",
                List.of(
                        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                        "déc."),
                List.of("à faire", "en cours", "terminé", "annulé"),
                "dd/MM/yyyy",
                "Diagramme de Gantt : {rows} lignes du {from} au {to}, dont {late} en retard.",
                "Page {page} / {pages}");
    }

    /** The English words. */
    public static GanttWords english() {
        return new GanttWords(
                "Today",
                "late",
                "milestone",
                "no dates",
                List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                List.of("to do", "in progress", "done", "cancelled"),
                "yyyy-MM-dd",
                "Gantt chart: {rows} rows from {from} to {to}, {late} of them late.",
                "Page {page} of {pages}");
    }

    /** The abbreviation of a date's month. */
    public String month(LocalDate date) {
        return months.get(date.getMonthValue() - 1);
    }

    /** The word of a status. */
    public String status(GanttStatus status) {
        return statuses.get(status.ordinal());
    }

    /** The formatter of {@link #datePattern()} (make it once per document: it is not cached). */
    public DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern(datePattern);
    }
}
