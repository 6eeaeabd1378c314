package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * One collectivité's answer to one question that changed between two campaigns.
 *
 * @param before null when the question was left unanswered then (not the same as NC)
 * @param after null when the question is left unanswered now
 * @param difference after − before when both are numbers, else null
 */
public record AnswerChange(
        String collectivityCode,
        String indicatorCode,
        @Nullable AnswerValue before,
        @Nullable AnswerValue after,
        Kind kind,
        @Nullable BigDecimal difference) {

    /** Shown for an unanswered question, so that "— → 5" and "NC → 5" read differently. */
    public static final String UNANSWERED = "—";

    public enum Kind {
        /** Another number or text. */
        VALUE_CHANGED,
        /** NC before, a value now. */
        NOW_COMMUNICATED,
        /** A value before, NC now. */
        NO_LONGER_COMMUNICATED,
        /** Unanswered before, a value or NC now. */
        NOW_ANSWERED,
        /** A value or NC before, unanswered now. */
        NO_LONGER_ANSWERED
    }

    /** "386 → 412", "NC → 12", "— → 5". */
    public String display() {
        return text(before) + " → " + text(after);
    }

    private static String text(@Nullable AnswerValue value) {
        return value == null ? UNANSWERED : value.display();
    }
}
