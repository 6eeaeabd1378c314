package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answer to one indicator as the computations see it: a usable number, or the
 * reason it is left out. Classified in one place so that every figure leaves out the same answers.
 *
 * @param detail the exclusion reason, or a description of the unusable answer
 */
record Input(Kind kind, @Nullable BigDecimal value, String detail) {

    enum Kind {
        VALUE,
        NOT_COMMUNICATED,
        UNANSWERED,
        EXCLUDED
    }

    static Input of(BigDecimal value) {
        return new Input(Kind.VALUE, value, "");
    }

    boolean isValue() {
        return kind == Kind.VALUE;
    }

    /** The number; only call when {@link #isValue()}. */
    BigDecimal number() {
        if (value == null) {
            throw new IllegalStateException("not a value: " + kind);
        }
        return value;
    }
}
