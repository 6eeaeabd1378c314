package org.mutualis.programme;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.mutualis.programme.documents.CalendarItem;
import org.springframework.stereotype.Component;

/** The meetings of a programme's bodies, for its calendar feed and the elected official's page. */
@Component
class GovernanceCalendar implements ProgrammeFeeds.CalendarSource {

    /** A meeting's length when nothing says otherwise: an afternoon. */
    static final Duration MEETING = Duration.ofHours(2);

    private final Governance governance;

    GovernanceCalendar(Governance governance) {
        this.governance = governance;
    }

    @Override
    public List<CalendarItem> items(long programmeId, String baseUrl) {
        return governance.meetings(programmeId).stream()
                .map(m -> CalendarItem.meeting(
                        "programme-meeting-" + m.id() + "@mutualis",
                        m.bodyName(),
                        m.place() == null ? m.agenda() : m.place() + (m.agenda() == null ? "" : "\n" + m.agenda()),
                        m.heldAt(),
                        MEETING,
                        URI.create(baseUrl + "/programmes/" + programmeId + "/meetings/" + m.id()),
                        List.of("Réunion")))
                .toList();
    }
}
