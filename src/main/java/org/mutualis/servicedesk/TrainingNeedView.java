package org.mutualis.servicedesk;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A training need sent by a collectivité, and the session that answered it, if any. */
public record TrainingNeedView(
        long id,
        long centreId,
        long collectivityId,
        String collectivityName,
        String topic,
        int people,
        @Nullable String comment,
        LocalDateTime submittedAt,
        @Nullable Long sessionId,
        @Nullable String sessionTopic,
        @Nullable LocalDateTime answeredAt) {

    public boolean answered() {
        return sessionId != null;
    }
}
