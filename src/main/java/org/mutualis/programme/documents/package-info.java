/**
 * The programme's documents: the Gantt chart as SVG ({@link org.mutualis.programme.documents.GanttSvg}) and as
 * A3 PDF ({@link org.mutualis.programme.documents.GanttPdf}), both drawn from one {@link
 * org.mutualis.programme.domain.gantt.GanttLayout} with the fixed words of {@link
 * org.mutualis.programme.documents.GanttWords}, and the iCalendar feed ({@link
 * org.mutualis.programme.documents.ProgrammeCalendar}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.documents;
