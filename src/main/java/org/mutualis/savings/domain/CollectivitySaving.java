package org.mutualis.savings.domain;

import java.math.BigDecimal;

/** One collectivité's saving on an item: its unit saving times its volume, over time. */
public record CollectivitySaving(
        String collectivityCode,
        String collectivityName,
        SizeClass sizeClass,
        BigDecimal volume,
        VolumeSource volumeSource,
        UnitSaving unitSaving,
        SavingAmounts amounts) {}
