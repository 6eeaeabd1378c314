package org.mutualis.servicefinance;

import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.UnitOfOperation;

/**
 * A service of the catalogue: its unit of operation, the service desk category whose tickets it
 * counts (null: none), its service level in a few words (the desk's targets apply), its hours (null:
 * the centre's opening hours), whether it is retired, and how many conventions subscribe to it.
 */
public record CatalogueServiceView(
        long id,
        long territoryId,
        String code,
        String label,
        @Nullable String description,
        UnitOfOperation unit,
        @Nullable Long categoryId,
        @Nullable String categoryLabel,
        @Nullable String slaText,
        @Nullable String hours,
        boolean retired,
        int version,
        long conventions) {}
