package org.mutualis.census;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * One collectivité's answers from a file.
 *
 * @param collectivityCode the INSEE code of a commune, or the SIREN of the EPCI
 * @param answers by question code, in question order; an unanswered question has no entry, so
 *     that no answer, NC and zero stay distinct
 */
public record ImportedResponse(
        String collectivityCode,
        Map<String, AnswerValue> answers,
        @Nullable String comment) {

    public ImportedResponse {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
