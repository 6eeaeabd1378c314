package org.mutualis.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A meeting to plan or change: its date and time ({@code 14:30}, Europe/Paris), place, agenda,
 * minutes, status, each member's presence by member id, and the {@code version} read (when
 * changing it: a stale version is refused with 409).
 */
public record MeetingForm(
        @NotNull @Nullable LocalDate date,

        @NotNull @Pattern(regexp = "([01]?\\d|2[0-3]):[0-5]\\d") @Nullable
        String time,

        @Size(max = 200) @Nullable String place,
        @Size(max = 8000) @Nullable String agenda,
        @Size(max = 20000) @Nullable String minutes,
        @Nullable MeetingStatus status,
        @Nullable Map<Long, MeetingPresence> attendance,
        @Nullable Long version) {}
