package org.mutualis.inventory.domain.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the lifecycle table.
 *
 * @param id the row's id (0 for one not stored)
 * @param product the product key, as the rules give it ({@code windows}, {@code windows-server},
 *     {@code microsoft-office}, {@code microsoft-365}, {@code debian}, {@code ubuntu}, {@code macos})
 * @param cycle the version label or its first word: {@code “10 22H2”}, {@code “11 24H2”}, {@code
 *     “2019”}, {@code “12”}; a row {@code “10”} covers every {@code “10 …”} without a row of its own;
 *     empty for a product without versions ({@code microsoft-365})
 * @param edition the edition group ({@code enterprise}: Enterprise and Education; {@code ltsc}),
 *     null for every edition without a row of its own (Home, Pro)
 * @param endOfSupport the last day of (extended) support; null when the product has no fixed date
 *     (Microsoft 365 Apps: supported while updated), which reads as supported
 * @param extendedEnd the end of paid extended security updates (ESU), if any; informative
 * @param sourceUrl where the date comes from
 * @param checkedOn when the source was read
 * @param note what a reader should know (« dates de l’édition Entreprise »)
 */
public record LifecycleEntry(
        long id,
        String product,
        String cycle,
        @Nullable String edition,
        @Nullable LocalDate endOfSupport,
        @Nullable LocalDate extendedEnd,
        @Nullable String sourceUrl,
        LocalDate checkedOn,
        @Nullable String note) {}
