package org.mutualis.servicedesk;

import java.util.List;
import java.util.regex.Pattern;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** The opening hours as typed, checked before they are kept (the business calendar reads them). */
final class OpeningHoursText {

    private static final Pattern FORM = Pattern.compile(
            "(?:(?:MON|TUE|WED|THU|FRI|SAT|SUN)(?:-(?:MON|TUE|WED|THU|FRI|SAT|SUN))?(?: \\d{2}:\\d{2}-\\d{2}:\\d{2})+)"
                    + "(?:; ?(?:MON|TUE|WED|THU|FRI|SAT|SUN)(?:-(?:MON|TUE|WED|THU|FRI|SAT|SUN))?(?: \\d{2}:\\d{2}-\\d{2}:\\d{2})+)*");

    private OpeningHoursText() {}

    /**
     * @return the hours, trimmed and in upper case
     * @throws RejectedException when they are not in the calendar's form
     */
    static String checked(String typed) {
        String hours = typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (!FORM.matcher(hours).matches()) {
            throw new RejectedException(
                    List.of(Problem.of("openingHours", "servicedesk.centre.hours.invalid", typed)),
                    "servicedesk.centre.hours.invalid",
                    typed);
        }
        return hours;
    }
}
