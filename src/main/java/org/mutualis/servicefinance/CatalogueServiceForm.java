package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.UnitOfOperation;

/**
 * A service to add to the catalogue or change: its name (required), description, unit of operation
 * (required), the service desk category it maps to (optional, one of the territory's centre), its
 * service level and hours in a few words (optional), and the {@code version} read when changing it.
 */
public record CatalogueServiceForm(
        @Size(max = 200) @Nullable String label,
        @Size(max = 2000) @Nullable String description,
        @Nullable UnitOfOperation unit,
        @Nullable Long categoryId,
        @Size(max = 500) @Nullable String slaText,
        @Size(max = 500) @Nullable String hours,
        @Nullable Long version) {}
