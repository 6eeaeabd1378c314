package org.mutualis.questionnaire;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a theme's questionnaire as the administrators' pages list it.
 *
 * @param builtIn from the classpath catalogue (always published), not written in the application
 * @param published frozen: campaigns may run it, and it never changes again
 * @param createdBy who wrote a stored version (null for a built-in one)
 */
public record QuestionnaireVersion(
        String theme,
        int version,
        String titleFr,
        String titleEn,
        int questions,
        boolean builtIn,
        boolean published,
        @Nullable String createdBy,
        @Nullable Instant createdAt,
        @Nullable Instant publishedAt) {

    public boolean draft() {
        return !published;
    }
}
