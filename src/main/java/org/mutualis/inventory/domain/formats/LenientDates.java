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
            LocalDateTime quick = quick(text, order);
            if (quick != null) {
                return quick.equals(UNREADABLE) ? null : quick;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return patterns(text, order);
    }

    /** What the patterns read in a cleaned text (what {@link #quick} must agree with). */
    static @Nullable LocalDateTime patterns(String text, SlashOrder order) {
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

    /** What {@link #quick} answers for a date of a common form that is no date: null, no regex. */
    private static final LocalDateTime UNREADABLE = LocalDateTime.MIN;

    /**
     * The common forms without a regex (an inventory has hundreds of install dates): {@code
     * yyyy-MM-dd}, {@code dd/MM/yyyy} and {@code yyyy-MM-dd HH:mm:ss}, with two-digit fields, read as
     * the patterns read them; null for any other form (the patterns decide), {@link #UNREADABLE} for
     * one of these forms that is no date.
     */
    private static @Nullable LocalDateTime quick(String text, SlashOrder order) {
        int length = text.length();
        if (length == 10 && isSeparator(text.charAt(4)) && isSeparator(text.charAt(7))) {
            int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
            return y < 0 || m < 0 || d < 0 ? null : orUnreadable(of(y, m, d, -1, -1, -1));
        }
        if (length == 10 && isSeparator(text.charAt(2)) && isSeparator(text.charAt(5))) {
            int first = digits(text, 0, 2), second = digits(text, 3, 2), y = digits(text, 6, 4);
            if (first < 0 || second < 0 || y < 0) {
                return null;
            }
            boolean dayFirst = first > 12 || (second <= 12 && order == SlashOrder.DAY_FIRST);
            return orUnreadable(of(y, dayFirst ? second : first, dayFirst ? first : second, -1, -1, -1));
        }
        if (length == 19
                && isSeparator(text.charAt(4))
                && isSeparator(text.charAt(7))
                && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                && text.charAt(13) == ':'
                && text.charAt(16) == ':') {
            int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
            int h = digits(text, 11, 2), min = digits(text, 14, 2), sec = digits(text, 17, 2);
            return y < 0 || m < 0 || d < 0 || h < 0 || min < 0 || sec < 0
                    ? null
                    : orUnreadable(of(y, m, d, h, min, sec));
        }
        return null;
    }

    private static LocalDateTime orUnreadable(@Nullable LocalDateTime time) {
        return time == null ? UNREADABLE : time;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    /** The number of {@code count} ASCII digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static @Nullable LocalDateTime of(
            String year,
            String month,
            String day,
            @Nullable String hour,
            @Nullable String minute,
            @Nullable String second) {
        return of(
                Integer.parseInt(year),
                Integer.parseInt(month),
                Integer.parseInt(day),
                hour == null || minute == null ? -1 : Integer.parseInt(hour),
                hour == null || minute == null ? -1 : Integer.parseInt(minute),
                second == null ? 0 : Integer.parseInt(second));
    }

    /** @param hour -1 for a date alone */
    private static @Nullable LocalDateTime of(int y, int month, int day, int hour, int minute, int second) {
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return null;
        }
        LocalDate date = LocalDate.of(y, month, day);
        if (hour < 0) {
            return date.atStartOfDay();
        }
        try {
            return date.atTime(LocalTime.of(hour, minute, second));
        } catch (DateTimeException e) {
            return date.atStartOfDay();
        }
    }
}
