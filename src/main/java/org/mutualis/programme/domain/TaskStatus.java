package org.mutualis.programme.domain;

/** Where a task stands. A done or cancelled task is never late. */
public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
