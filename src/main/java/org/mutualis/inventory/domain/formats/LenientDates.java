package org.mutualis.inventory.domain.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as agents write them, each field its own way: {@code 2024-03-15} and {@code 2024-03-15
 * 10:00:00} (GLPI Agent, the schema), {@code 2025/04/20 00:00:00} (OCS), {@code 03/15/2024}
 * (FusionInventory's BIOS dates, month first), {@code 15/03/2024} (FusionInventory's Windows
 * software install dates, day first), {@code 20240315}. An unreadable date is null: one bad date
 * never refuses an inventory.
 */
final class LenientDates {

    /** Which comes first in a date written with slashes, when both could be a month. */
    enum SlashOrder {
        MONTH_FIRST,
        DAY_FIRST
    }

    private static final Pattern ISO =
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*)?");

    private static final Pattern SLASHED =
            Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*)?");

    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** Before this, a date is an agent's placeholder (1970-01-01, 0000-00-00), not a date. */
    private static final int FIRST_YEAR = 1980;

    private static final int LAST_YEAR = 2200;

    private LenientDates() {}

    static @Nullable LocalDate date(@Nullable String raw, SlashOrder order) {
        LocalDateTime time = dateTime(raw, order);
        return time == null ? null : time.toLocalDate();
    }

    static @Nullable LocalDateTime dateTime(@Nullable String raw) {
        return dateTime(raw, SlashOrder.DAY_FIRST);
    }

    static @Nullable LocalDateTime dateTime(@Nullable String raw, SlashOrder order) {
        String text = Values.clean(raw, 64);
        if (text == null) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return of(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6));
            }
            Matcher slashed = SLASHED.matcher(text);
            if (slashed.matches()) {
                int first = Integer.parseInt(slashed.group(1));
                int second = Integer.parseInt(slashed.group(2));
                boolean dayFirst = first > 12 || (second <= 12 && order == SlashOrder.DAY_FIRST);
                String day = dayFirst ? slashed.group(1) : slashed.group(2);
                String month = dayFirst ? slashed.group(2) : slashed.group(1);
                return of(slashed.group(3), month, day, slashed.group(4), slashed.group(5), slashed.group(6));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return of(compact.group(1), compact.group(2), compact.group(3), null, null, null);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static @Nullable LocalDateTime of(
            String year,
            String month,
            String day,
            @Nullable String hour,
            @Nullable String minute,
            @Nullable String second) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return null;
        }
        LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        if (hour == null || minute == null) {
            return date.atStartOfDay();
        }
        try {
            LocalTime time = LocalTime.of(
                    Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            return date.atTime(time);
        } catch (DateTimeException e) {
            return date.atStartOfDay();
        }
    }
}
