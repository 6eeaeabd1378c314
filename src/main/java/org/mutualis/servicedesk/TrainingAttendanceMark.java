package org.mutualis.servicedesk;

import org.jspecify.annotations.Nullable;

/** One registration's attendance: present or absent (left out: not marked). */
public record TrainingAttendanceMark(
        @Nullable Long registrationId, @Nullable TrainingPresence presence) {}
