/**
 * The programme's documents: the Gantt chart as SVG ({@link org.mutualis.programme.documents.GanttSvg}) and as
 * A3 PDF ({@link org.mutualis.programme.documents.GanttPdf}), both drawn from one {@link
 * org.mutualis.programme.domain.gantt.GanttLayout} with the fixed words of {@link
 * org.mutualis.programme.documents.GanttWords}, and the iCalendar feed ({@link
 * org.mutualis.programme.documents.ProgrammeCalendar}).
 *
 * <pre>{@code
 * GanttLayout layout = GanttLayout.of(new GanttChart(title, LocalDate.now(clock), rows));
 * String svg = GanttSvg.write(layout, GanttWords.french());     // image/svg+xml, or inline in a page
 * byte[] pdf = GanttPdf.write(layout, GanttWords.french());     // application/pdf
 * String ics = ProgrammeCalendar.write(name, items, clock.instant()); // text/calendar; charset=UTF-8
 * }</pre>
 *
 * <p>Governance's documents: a meeting's minutes and the decisions register, as PDF and ODS
 * ({@code GovernancePdf}, {@code GovernanceOds}).
 *
 * <p>None of them is a Spring bean and none reads the clock: the caller passes "today" and the stamp.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.documents;
