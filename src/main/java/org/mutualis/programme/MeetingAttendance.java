package org.mutualis.programme;

import org.jspecify.annotations.Nullable;

/** A member of the body at one meeting: present, excused, absent, or not recorded ({@code presence} null). */
public record MeetingAttendance(
        long memberId,
        String name,
        @Nullable String collectivityName,
        BodyRole role,
        @Nullable MeetingPresence presence) {}
