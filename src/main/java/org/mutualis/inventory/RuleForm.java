package org.mutualis.inventory;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;

/**
 * A rule to add or change: its kind, position, field and pattern (a case-insensitive regular
 * expression, found anywhere in the field's text), result and, for systems and suites, the product
 * key and version template; whether it is applied; a note (its source); the {@code version} read
 * when changing it. Kind, position, field, pattern and result are required.
 */
public record RuleForm(
        @Nullable RuleKind kind,
        @Nullable Integer position,
        @Nullable RuleField field,
        @Size(max = 1000) @Nullable String pattern,
        @Size(max = 30) @Nullable String result,
        @Size(max = 100) @Nullable String product,
        @Size(max = 100) @Nullable String versionTemplate,
        @Nullable Boolean enabled,
        @Size(max = 1000) @Nullable String note,
        @Nullable Long version) {}
