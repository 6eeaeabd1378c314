package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;

/**
 * The package a collectivité uses in one functional domain, as it answered.
 *
 * @param publisher the publisher as spelled in the answer, or {@code NC} when not communicated
 * @param product the product name, when given
 */
public record SoftwareAnswer(String publisher, @Nullable String product) {}
