package org.mutualis.servicedesk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.mutualis.servicedesk.domain.TargetUnit;

/** One priority's targets: time to take charge and time to resolve, each in business hours or days. */
public record TargetForm(
        @NotNull @Min(1) @Max(2000) Integer takeCharge,
        @NotNull TargetUnit takeChargeUnit,
        @NotNull @Min(1) @Max(2000) Integer resolve,
        @NotNull TargetUnit resolveUnit) {}
