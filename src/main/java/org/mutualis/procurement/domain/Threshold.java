package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A formal-procedure threshold in euros HT, valid from {@code from} to {@code to} inclusive (open
 * when {@code to} is null), with the legal text that sets it: thresholds change every two years, so
 * a procurement is judged against the one in force at its date, never against today's.
 */
public record Threshold(
        ThresholdKind kind,
        BigDecimal amountHt,
        LocalDate from,
        @Nullable LocalDate to,
        String legalSource) {

    public Threshold {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amountHt, "amountHt");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(legalSource, "legalSource");
        if (amountHt.signum() <= 0) {
            throw new IllegalArgumentException("threshold amount must be positive: " + amountHt);
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("threshold ends before it starts: " + from + ".." + to);
        }
        if (legalSource.isBlank()) {
            throw new IllegalArgumentException("a threshold needs its legal source");
        }
    }

    /** Whether this threshold is in force on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    boolean overlaps(Threshold other) {
        boolean thisEndsBefore = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return kind == other.kind && !thisEndsBefore && !otherEndsBefore;
    }
}
