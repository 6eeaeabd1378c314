package org.mutualis.procurement.domain;

import org.mutualis.shared.text.Text;

/**
 * A broken procurement rule.
 *
 * @param rule a stable identifier, for tests and API clients
 * @param message what is wrong, as a message code and its arguments, resolved in the reader's language
 */
public record Violation(String rule, Text message) {

    public static Violation of(String rule, String code, Object... args) {
        return new Violation(rule, Text.of(code, args));
    }
}
