package org.mutualis.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A collectivité's council deliberation: joining a group procurement linked to one of the
 * programme's actions (its date is the procurement member's, {@code id} null, {@code procurementId}
 * set), or joining a convention, recorded by hand ({@code id} set).
 */
public record DeliberationView(
        @Nullable Long id,
        long collectivityId,
        String collectivityName,
        @Nullable Long procurementId,
        String subject,
        @Nullable String number,
        @Nullable LocalDate deliberatedOn) {

    /** Recorded by hand (a convention), rather than read from a procurement's members. */
    public boolean manual() {
        return id != null;
    }
}
