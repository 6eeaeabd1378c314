package org.mutualis.assessment;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The price a procurement obtained for one expected offer, as typed (amount and date as the form
 * formatters read them); {@link Assessments} checks every rule again.
 *
 * @param amount empty: the award is removed
 * @param version the award's version as read with the assessment (0 before any award); required,
 *     and a stale one is refused
 */
public record AwardForm(
        @Size(max = 200) @Nullable String supplier,
        @PositiveOrZero @Nullable BigDecimal amount,
        @Nullable Boolean ttc,
        @Nullable LocalDate awardedOn,
        @Nullable Integer version) {}
