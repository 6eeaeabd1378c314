package org.mutualis.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A programme's heading. {@code version} is what an update must send back. */
public record ProgrammeSummary(
        long id,
        long territoryId,
        String territoryName,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String description,
        long version) {}
