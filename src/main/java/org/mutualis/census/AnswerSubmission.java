package org.mutualis.census;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers as typed in a form or sent to the API: text per question code (empty = unanswered,
 * {@code NC} = not communicated), validated like an imported file.
 *
 * @param values an API client that leaves them out sends none (every answer unanswered)
 * @param expectedVersion the version the user started from (0 for a first answer)
 */
public record AnswerSubmission(
        Map<String, String> values, @Nullable String comment, long expectedVersion) {

    public AnswerSubmission {
        values = values == null ? Map.of() : values;
    }
}
