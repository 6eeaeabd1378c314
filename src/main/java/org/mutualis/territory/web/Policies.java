package org.mutualis.territory.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.AnswerPolicy;

/** Reads the answer policy a page or the API asks for; anything else is a clear 400. */
final class Policies {

    private Policies() {}

    static AnswerPolicy parse(@Nullable String value) {
        return Arrays.stream(AnswerPolicy.values())
                .filter(p -> p.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst()
                .orElseThrow(() -> new RejectedException("territory.policy.invalid", value == null ? "" : value));
    }
}
