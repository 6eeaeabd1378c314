package org.mutualis.census;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of one answer: who, when, the value before and after (null: no answer). */
public record AnswerChange(
        String questionCode,
        @Nullable String before,
        @Nullable String after,
        String changedBy,
        Instant changedAt) {}
