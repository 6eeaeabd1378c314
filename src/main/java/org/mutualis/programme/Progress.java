package org.mutualis.programme;

import java.util.Collection;

/**
 * How far a set of tasks has gone: done out of those that count (cancelled tasks do not), and how
 * many are late.
 */
public record Progress(int done, int total, int late) {

    public static final Progress NONE = new Progress(0, 0, 0);

    public static Progress of(Collection<TaskView> tasks) {
        int done = 0;
        int total = 0;
        int late = 0;
        for (TaskView t : tasks) {
            switch (t.state().status()) {
                case CANCELLED -> {}
                case DONE -> {
                    done++;
                    total++;
                }
                default -> total++;
            }
            if (t.state().late()) {
                late++;
            }
        }
        return new Progress(done, total, late);
    }

    public Progress plus(Progress other) {
        return new Progress(done + other.done, total + other.total, late + other.late);
    }

    /** Whole percent done, rounded down; 0 when nothing counts. */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * done / total);
    }
}
