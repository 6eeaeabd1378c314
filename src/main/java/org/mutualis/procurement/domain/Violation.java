package org.mutualis.procurement.domain;

/**
 * A broken procurement rule.
 *
 * @param rule a stable identifier, for tests and for translations
 * @param message the French message shown to the user
 */
public record Violation(String rule, String message) {}
