/**
 * The programme's Gantt chart as plain Java: the rows to draw ({@link
 * org.mutualis.programme.domain.gantt.GanttChart}, {@link org.mutualis.programme.domain.gantt.GanttRow}) and
 * their geometry ({@link org.mutualis.programme.domain.gantt.GanttLayout}), which the SVG and the PDF of
 * {@code programme.documents} both draw. No Spring, no SQL, no words: the writers translate.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.domain.gantt;
