package org.mutualis.inventory;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;

/**
 * A normalisation rule as stored: what {@link org.mutualis.inventory.domain.rules.Rule} says, with its
 * note (its source), who changed it last and when, and its {@code version} for optimistic locking.
 *
 * @param result the name of a device type, OS family or office suite, according to {@code kind}
 * @param versionTemplate the version label it gives ({@code $1}… for the pattern's groups)
 */
public record RuleView(
        long id,
        RuleKind kind,
        int position,
        RuleField field,
        String pattern,
        String result,
        @Nullable String product,
        @Nullable String versionTemplate,
        boolean enabled,
        @Nullable String note,
        String changedBy,
        LocalDateTime changedAt,
        int version) {}
