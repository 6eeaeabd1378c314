package org.mutualis.inventory;

import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;

/**
 * The “try it” answer: which rule classifies a text read from a field, and what it gives.
 *
 * @param text the text as the rules read it (a chassis normalised, a long text cut)
 * @param rule the first enabled rule of that kind and field that matches; null when none does
 * @param result what it gives (a device type, an OS family, an office suite); null when no rule
 * @param version the version label, its template filled
 */
public record RuleTrial(
        RuleKind kind,
        RuleField field,
        String text,
        @Nullable RuleView rule,
        @Nullable String result,
        @Nullable String product,
        @Nullable String version) {}
