package org.mutualis.servicedesk.domain.sla;

import java.time.LocalDate;
import java.util.Objects;

/** A local closure of a service centre, whole days from {@code first} to {@code last} included. */
public record Closure(LocalDate first, LocalDate last, String label) {

    public Closure {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        Objects.requireNonNull(label);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "closure \"" + label + "\" ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** True when the centre is closed on that day by this closure. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
