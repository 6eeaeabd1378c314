package org.mutualis.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A decision of the register: what, which body, at which meeting, when, on which action, with what outcome. */
public record DecisionView(
        long id,
        long programmeId,
        long bodyId,
        String bodyName,
        @Nullable Long meetingId,
        @Nullable LocalDateTime meetingAt,
        LocalDate decidedOn,
        String text,
        @Nullable Long actionId,
        @Nullable String actionTitle,
        DecisionStatus status) {}
