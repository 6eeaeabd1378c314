package org.mutualis.census;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers as typed in a form or sent to the API: text per question code (empty = unanswered,
 * {@code NC} = not communicated), validated like an imported file.
 *
 * @param values an API client that leaves them out sends none (every answer unanswered)
 * @param expectedVersion the version the user started from (0 for a first answer)
 * @param reasons by question code, why an answer taken from the inventory is corrected (required
 *     for each one changed away from the inventory's count)
 */
public record AnswerSubmission(
        Map<String, String> values, @Nullable String comment, long expectedVersion, Map<String, String> reasons) {

    public AnswerSubmission {
        values = values == null ? Map.of() : values;
        reasons = reasons == null ? Map.of() : reasons;
    }

    /** Answers without any correction of the inventory. */
    public AnswerSubmission(Map<String, String> values, @Nullable String comment, long expectedVersion) {
        this(values, comment, expectedVersion, Map.of());
    }
}
