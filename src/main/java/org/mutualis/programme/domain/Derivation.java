package org.mutualis.programme.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The status a task takes from the work, its actual dates, and why: a typed note ({@link Reason})
 * with its arguments, which the pages and the API translate.
 */
public record Derivation(
        TaskStatus status,
        @Nullable LocalDate actualStart,
        @Nullable LocalDate actualEnd,
        Reason reason,
        List<Object> args) {

    public Derivation {
        args = List.copyOf(args);
    }

    /** Why a derived task stands where it does. */
    public enum Reason {
        CAMPAIGN_CLOSED,
        CAMPAIGN_OPEN,
        AWARD_ENTERED,
        AWARD_AWAITED,
        ASSESSMENT_COMPLETE,
        ASSESSMENT_PARTIAL,
        ASSESSMENT_AWAITED,
        PUBLICATION_SENT,
        PUBLICATION_NOT_SENT,
        PUBLICATION_AWAITED
    }
}
