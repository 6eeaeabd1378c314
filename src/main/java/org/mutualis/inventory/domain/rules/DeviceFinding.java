package org.mutualis.inventory.domain.rules;

import org.jspecify.annotations.Nullable;

/** The device type and the rule that gave it (null: no rule matched, {@link DeviceType#UNKNOWN}). */
public record DeviceFinding(DeviceType type, @Nullable MatchedRule rule) {}
