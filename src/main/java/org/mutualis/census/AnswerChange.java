package org.mutualis.census;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of one answer: who, when, the value before and after (null: no answer), and why
 * when it was said (a correction of an inventoried value, the inventory taken).
 */
public record AnswerChange(
        String questionCode,
        @Nullable String before,
        @Nullable String after,
        String changedBy,
        Instant changedAt,
        @Nullable String reason) {

    /** A change nobody gave a reason for. */
    public AnswerChange(
            String questionCode, @Nullable String before, @Nullable String after, String changedBy, Instant changedAt) {
        this(questionCode, before, after, changedBy, changedAt, null);
    }
}
