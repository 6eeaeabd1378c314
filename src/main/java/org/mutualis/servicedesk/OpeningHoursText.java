package org.mutualis.servicedesk;

import java.util.List;
import org.mutualis.servicedesk.domain.sla.OpeningHours;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** The opening hours as typed, read by the business calendar before they are kept. */
final class OpeningHoursText {

    private OpeningHoursText() {}

    /**
     * @return the hours in the calendar's own form (consecutive days with the same hours grouped)
     * @throws RejectedException when the calendar cannot read them, saying where
     */
    static String checked(String typed) {
        try {
            return OpeningHours.parse(typed.strip().toUpperCase(java.util.Locale.ROOT))
                    .format();
        } catch (IllegalArgumentException e) {
            throw new RejectedException(
                    List.of(Problem.of("openingHours", "servicedesk.centre.hours.invalid", typed, e.getMessage())),
                    "servicedesk.centre.hours.invalid",
                    typed,
                    e.getMessage());
        }
    }
}
