package org.mutualis.servicedesk.domain.sla;

import java.util.Objects;
import org.mutualis.servicedesk.domain.TargetUnit;

/**
 * An SLA target: {@code amount} business hours, or {@code amount} business days (see {@link
 * BusinessCalendar#openDaysTarget} for how days become open time).
 */
public record SlaTarget(int amount, TargetUnit unit) {

    public SlaTarget {
        Objects.requireNonNull(unit);
        if (amount <= 0) {
            throw new IllegalArgumentException("an SLA target must be positive: " + amount);
        }
    }

    public static SlaTarget hours(int amount) {
        return new SlaTarget(amount, TargetUnit.BUSINESS_HOURS);
    }

    public static SlaTarget days(int amount) {
        return new SlaTarget(amount, TargetUnit.BUSINESS_DAYS);
    }
}
