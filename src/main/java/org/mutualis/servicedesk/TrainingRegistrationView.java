package org.mutualis.servicedesk;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A person registered to a session by their collectivité: a seat or a place on the waiting list
 * ({@code rank}: 1 for the first waiting, 0 otherwise), and, after the session, whether they attended.
 */
public record TrainingRegistrationView(
        long id,
        long sessionId,
        long collectivityId,
        String collectivityName,
        String personName,
        @Nullable String job,
        @Nullable String email,
        LocalDateTime registeredAt,
        TrainingRegistrationStatus status,
        int rank,
        @Nullable TrainingPresence presence) {

    /** Whether an attendance certificate may be issued: the person attended. */
    public boolean certified() {
        return presence == TrainingPresence.PRESENT && status == TrainingRegistrationStatus.CONFIRMED;
    }
}
