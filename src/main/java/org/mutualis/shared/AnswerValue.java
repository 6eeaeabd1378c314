package org.mutualis.shared;

import java.math.BigDecimal;

/**
 * One answer to one question. An unanswered question has no {@code AnswerValue} at all, so that
 * "not communicated" (NC), zero and "no answer" stay three different things.
 */
public sealed interface AnswerValue {

    /** The text used in files and forms for "not communicated". */
    String NC = "NC";

    record Numeric(BigDecimal value) implements AnswerValue {}

    record Text(String value) implements AnswerValue {}

    /** The collectivité said it does not know or will not say. */
    record NotCommunicated() implements AnswerValue {}

    static AnswerValue nc() {
        return new NotCommunicated();
    }

    static AnswerValue of(long value) {
        return new Numeric(BigDecimal.valueOf(value));
    }

    static AnswerValue of(String decimal) {
        return new Numeric(new BigDecimal(decimal));
    }

    default boolean isNotCommunicated() {
        return this instanceof NotCommunicated;
    }

    /** The form and file representation: a plain decimal, the text, or {@code NC}. */
    default String display() {
        if (this instanceof Numeric n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (this instanceof Text t) {
            return t.value();
        }
        return NC;
    }
}
