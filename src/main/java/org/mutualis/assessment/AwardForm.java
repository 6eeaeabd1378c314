package org.mutualis.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The price a procurement obtained for one expected offer, as typed.
 *
 * @param version the award's version as read with the assessment (0 before any award); required,
 *     and a stale one is refused
 */
public record AwardForm(
        @Nullable String supplier,
        @Nullable String amount,
        @Nullable Boolean ttc,
        @Nullable String awardedOn,
        @Nullable Integer version) {}
