package org.mutualis.programme;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.governance.AttendanceCount;

/**
 * A meeting of a governance body: when (local time, Europe/Paris) and where, its agenda and
 * minutes, who attended, and its {@code version} to name when changing it.
 */
public record MeetingView(
        long id,
        long programmeId,
        long bodyId,
        String bodyName,
        LocalDateTime heldAt,
        @Nullable String place,
        @Nullable String agenda,
        @Nullable String minutes,
        MeetingStatus status,
        int version,
        List<MeetingAttendance> attendance,
        AttendanceCount count) {

    public MeetingView {
        attendance = List.copyOf(attendance);
    }

    /** The agenda's lines, for a page (empty when there is none). */
    public List<String> agendaLines() {
        return lines(agenda);
    }

    /** The minutes' lines, for a page (empty when there are none). */
    public List<String> minutesLines() {
        return lines(minutes);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }
}
