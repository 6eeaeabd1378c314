package org.mutualis.identity.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stored UTC times shown in French metropolitan time, the time of the EPCI staff reading them.
 * Templates call it as {@code ${@identityTimes.show(t)}}.
 */
@Component("identityTimes")
class LocalTimes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String show(@Nullable LocalDateTime utc) {
        return utc == null
                ? ""
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PARIS).format(FORMAT);
    }

    /** The machine-readable value for a {@code <time datetime>} attribute. */
    public String iso(@Nullable LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).toString();
    }
}
