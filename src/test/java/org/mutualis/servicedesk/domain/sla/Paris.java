package org.mutualis.servicedesk.domain.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Test helpers: Paris local times, and the default calendar of a centre. */
final class Paris {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The default opening hours of a centre (ServiceCentres). */
    static final String DEFAULT_HOURS = "MON-FRI 08:30-12:00 13:30-17:30";

    private Paris() {}

    /** An instant from a Paris local date-time written {@code 2026-05-13T16:00}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static BusinessCalendar calendar(String hours, Closure... closures) {
        return new BusinessCalendar(ZONE, OpeningHours.parse(hours), List.of(closures));
    }

    static BusinessCalendar defaultCalendar() {
        return calendar(DEFAULT_HOURS);
    }
}
