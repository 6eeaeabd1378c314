package org.mutualis.territory;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * An EPCI at a reference year, as the rest of the application sees it. Serializable: a page passes
 * it on to the next one through the session (a flash attribute), which the database stores.
 *
 * @param answerPolicy whether its members see each other's answers (docs/confidentiality.md)
 */
public record TerritorySummary(
        long id,
        String epciSiren,
        String name,
        @Nullable String epciType,
        int referenceYear,
        @Nullable String source,
        AnswerPolicy answerPolicy)
        implements Serializable {

    /** A territory as created: its answers are confidential until the staff choose otherwise. */
    public TerritorySummary(
            long id,
            String epciSiren,
            String name,
            @Nullable String epciType,
            int referenceYear,
            @Nullable String source) {
        this(id, epciSiren, name, epciType, referenceYear, source, AnswerPolicy.CONFIDENTIAL);
    }

    /** Whether the members see each other's answers. */
    public boolean sharesAnswers() {
        return answerPolicy == AnswerPolicy.SHARED;
    }
}
