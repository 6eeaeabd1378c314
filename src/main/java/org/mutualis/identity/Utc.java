package org.mutualis.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Timestamps are stored in UTC, as in the other modules: the columns carry no time zone and the
 * servers of a deployment need not share one. Pages convert to local time.
 */
public final class Utc {

    private Utc() {}

    /** The clock's instant as a UTC date-time, whatever the clock's zone. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
