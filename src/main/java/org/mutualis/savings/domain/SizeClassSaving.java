package org.mutualis.savings.domain;

import java.util.List;

/** The savings of a size class: the sum over its collectivités. */
public record SizeClassSaving(SizeClass sizeClass, List<String> collectivityCodes, SavingAmounts amounts) {

    public SizeClassSaving {
        collectivityCodes = List.copyOf(collectivityCodes);
    }
}
