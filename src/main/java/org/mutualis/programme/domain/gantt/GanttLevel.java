package org.mutualis.programme.domain.gantt;

/** The level of a row in the programme's tree: stage → action → phase → task. */
public enum GanttLevel {
    STAGE,
    ACTION,
    PHASE,
    TASK;

    /** The row's indentation in the labels column: 0 for a stage, 3 for a task. */
    public int depth() {
        return ordinal();
    }
}
