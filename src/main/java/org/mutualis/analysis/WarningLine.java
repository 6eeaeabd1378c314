package org.mutualis.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data-quality warning worded as a problem to look at: the message key and its arguments,
 * rendered in the reader's language (« À vérifier : Botsorhel déclare 3 appareils… »).
 *
 * @param collectivityCode the collectivité concerned, null for a stratum
 * @param collectivityId the collectivité's id when the reader may open its response, else null
 */
public record WarningLine(
        @Nullable String collectivityCode,
        String collectivityName,
        String messageKey,
        List<String> args,
        @Nullable Long collectivityId) {

    /** The arguments, as the message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
