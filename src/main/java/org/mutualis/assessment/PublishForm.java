package org.mutualis.assessment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Publishing the assessment to the communes: an optional message, sent with each e-mail and shown
 * on the published view.
 */
public record PublishForm(
        @Size(max = AssessmentPublications.MESSAGE_LENGTH) @Nullable
        String message) {

    public static PublishForm empty() {
        return new PublishForm(null);
    }
}
