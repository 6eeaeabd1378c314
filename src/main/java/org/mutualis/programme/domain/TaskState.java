package org.mutualis.programme.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The status a task shows, with its actual dates, where it comes from, what the work says of it
 * (null when it follows nothing), and whether it is late.
 */
public record TaskState(
        TaskStatus status,
        @Nullable LocalDate actualStart,
        @Nullable LocalDate actualEnd,
        Source source,
        @Nullable Derivation derivation,
        boolean late) {

    /** Where the status comes from. */
    public enum Source {
        /** Entered by hand: the task follows nothing. */
        MANUAL,
        /** Taken from the work. */
        DERIVED,
        /** Entered by hand over what the work says, with who and why. */
        OVERRIDDEN
    }
}
