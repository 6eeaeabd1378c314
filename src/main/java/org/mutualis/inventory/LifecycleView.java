package org.mutualis.inventory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.lifecycle.SupportStatus;

/**
 * A row of the end-of-support table as stored, with its status today (see {@link
 * org.mutualis.inventory.domain.lifecycle.LifecycleTable}).
 *
 * @param cycle the version label or its first word (“10 22H2”, “10”, “2019”)
 * @param edition {@code enterprise}, {@code ltsc}…; null for every edition without a row of its own
 * @param endOfSupport null: no fixed date (supported while updated)
 */
public record LifecycleView(
        long id,
        String product,
        String cycle,
        @Nullable String edition,
        @Nullable LocalDate endOfSupport,
        @Nullable LocalDate extendedEnd,
        @Nullable String sourceUrl,
        LocalDate checkedOn,
        @Nullable String note,
        String changedBy,
        LocalDateTime changedAt,
        int version,
        SupportStatus status) {}
