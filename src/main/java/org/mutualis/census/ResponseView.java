package org.mutualis.census;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.CollectivityView;

/**
 * A collectivité's response to a campaign (maybe not given yet: {@code version} 0, no answers,
 * status {@link ResponseStatus#INVITED} when an invitation was sent, {@link ResponseStatus#NOT_INVITED}
 * otherwise).
 *
 * @param version the optimistic-locking version to send back with a change
 * @param statusComment why the response was returned, when it was
 */
public record ResponseView(
        long campaignId,
        CollectivityView collectivity,
        long version,
        Map<String, AnswerValue> answers,
        @Nullable String comment,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        ResponseStatus status,
        @Nullable String statusComment) {

    public boolean given() {
        return version > 0;
    }

    /** Whether the synthesis counts it: submitted or validated. */
    public boolean counts() {
        return status.counts();
    }
}
