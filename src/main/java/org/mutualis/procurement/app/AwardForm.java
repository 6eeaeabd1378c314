package org.mutualis.procurement.app;

import org.jspecify.annotations.Nullable;

/** The price a procurement obtained for one expected offer, as typed. */
public record AwardForm(
        @Nullable String supplier,
        @Nullable String amount,
        @Nullable Boolean ttc,
        @Nullable String awardedOn) {}
