package org.mutualis.census;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.mail.MailKind;

/**
 * The wording of one census e-mail for a territory.
 *
 * @param custom whether the territory wrote its own text (else the default one)
 */
public record MailTemplateView(
        MailKind kind,
        String subject,
        String body,
        boolean custom,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    /** The kind in a URL: {@code invitation}, {@code reminder}. */
    public String slug() {
        return kind.slug();
    }
}
