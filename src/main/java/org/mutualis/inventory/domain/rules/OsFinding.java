package org.mutualis.inventory.domain.rules;

import org.jspecify.annotations.Nullable;

/**
 * The operating system: its family, product key ({@code windows}, {@code windows-server},
 * {@code debian}, {@code ubuntu}, {@code macos}…) and version label ({@code “10 22H2”}, {@code
 * “2019”}, {@code “12”}), its edition group for the lifecycle table, and the rule that decided.
 *
 * @param edition {@code enterprise} (Enterprise, Entreprise, Education, Éducation), {@code ltsc}
 *     (LTSC, LTSB) read from the Windows full name, else null
 * @param rule null when no rule matched ({@link OsFamily#OTHER}) or there is no operating system
 *     ({@link OsFamily#UNKNOWN})
 */
public record OsFinding(
        OsFamily family,
        @Nullable String product,
        @Nullable String version,
        @Nullable String edition,
        @Nullable MatchedRule rule) {}
