package org.mutualis.inventory.domain.rules;

import org.jspecify.annotations.Nullable;

/**
 * One office suite found on a device: suite, product key ({@code microsoft-office}, {@code
 * microsoft-365}, {@code libreoffice}, {@code openoffice}), version label ({@code “2016”}, {@code
 * “7.6”}), and the rule that found it (its field says whether a software or a licence).
 */
public record OfficeFinding(
        OfficeSuite suite,
        @Nullable String product,
        @Nullable String version,
        @Nullable MatchedRule rule) {}
