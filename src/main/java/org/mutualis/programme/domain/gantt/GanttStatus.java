package org.mutualis.programme.domain.gantt;

/** Where a row stands. */
public enum GanttStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
