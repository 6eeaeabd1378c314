package org.mutualis.servicedesk.domain.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A service centre's weekly opening hours: per day of the week, sorted, non-overlapping time ranges
 * (local time). Text form, as stored in {@code desk_centre.opening_hours}: clauses separated by
 * {@code ;}, each a day or a day range ({@code MON}, {@code MON-FRI}, or a list {@code MON,WED})
 * followed by ranges {@code HH:MM-HH:MM}, e.g. {@code MON-THU 08:30-12:00 13:30-17:30; FRI
 * 08:30-12:00 13:30-16:30; SAT 09:00-12:00}. Days not named are closed. A range ends at 23:59 at the
 * latest (or {@code 24:00}, the end of the day).
 */
public final class OpeningHours {

    /**
     * One opening range of a day, {@code start} included, {@code end} excluded; {@code end} is
     * {@link LocalTime#MAX} for "24:00" (the end of the day).
     */
    public record Range(LocalTime start, LocalTime end) {
        public Range {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException(
                        "a range must end after it starts: " + text(start) + "-" + text(end));
            }
        }

        /** {@code HH:MM-HH:MM}. */
        public String format() {
            return text(start) + "-" + text(end);
        }

        private static String text(LocalTime time) {
            return time.equals(LocalTime.MAX) ? "24:00" : time.format(HH_MM);
        }
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MAX_LENGTH = 500;

    private final Map<DayOfWeek, List<Range>> days;

    private OpeningHours(Map<DayOfWeek, List<Range>> days) {
        this.days = days;
    }

    /**
     * @throws IllegalArgumentException when a day has overlapping ranges, or when no day is open
     *     at all (a clock could never run)
     */
    public static OpeningHours of(Map<DayOfWeek, List<Range>> ranges) {
        EnumMap<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Range> sorted = new ArrayList<>(ranges.getOrDefault(day, List.of()));
            sorted.sort(Comparator.comparing(Range::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new IllegalArgumentException("overlapping ranges on " + code(day) + ": "
                            + sorted.get(i - 1).format() + " and "
                            + sorted.get(i).format());
                }
            }
            copy.put(day, List.copyOf(sorted));
        }
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("opening hours must open at least one day");
        }
        return new OpeningHours(copy);
    }

    /**
     * Reads the text form (case-insensitive, spaces free around separators).
     *
     * @throws IllegalArgumentException with a message naming the faulty clause and token
     */
    public static OpeningHours parse(String text) {
        Objects.requireNonNull(text);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("opening hours are longer than " + MAX_LENGTH + " characters");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("opening hours are empty");
        }
        EnumMap<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
        String[] clauses = text.split(";", -1);
        for (int c = 0; c < clauses.length; c++) {
            String clause = clauses[c].trim();
            String where = "clause " + (c + 1) + " (\"" + clause + "\")";
            if (clause.isEmpty()) {
                throw new IllegalArgumentException("empty " + where);
            }
            String[] tokens = clause.split("\\s+");
            List<DayOfWeek> named = parseDays(tokens[0], where);
            if (tokens.length == 1) {
                throw new IllegalArgumentException("no time range in " + where);
            }
            List<Range> ranges = new ArrayList<>();
            for (int t = 1; t < tokens.length; t++) {
                ranges.add(parseRange(tokens[t], where));
            }
            for (DayOfWeek day : named) {
                if (days.containsKey(day)) {
                    throw new IllegalArgumentException(code(day) + " is given twice, again in " + where);
                }
                days.put(day, ranges);
            }
        }
        return of(days);
    }

    private static List<DayOfWeek> parseDays(String token, String where) {
        List<DayOfWeek> result = new ArrayList<>();
        for (String part : token.split(",", -1)) {
            String[] bounds = part.split("-", -1);
            if (bounds.length == 1) {
                result.add(day(bounds[0], where));
            } else if (bounds.length == 2) {
                DayOfWeek from = day(bounds[0], where);
                DayOfWeek to = day(bounds[1], where);
                if (to.compareTo(from) < 0) {
                    throw new IllegalArgumentException("day range " + part + " goes backwards in " + where);
                }
                for (int d = from.getValue(); d <= to.getValue(); d++) {
                    result.add(DayOfWeek.of(d));
                }
            } else {
                throw new IllegalArgumentException("\"" + part + "\" is not a day range in " + where);
            }
        }
        return result;
    }

    private static DayOfWeek day(String token, String where) {
        String upper = token.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException(
                "\"" + token + "\" is not a day (MON, TUE, WED, THU, FRI, SAT, SUN) in " + where);
    }

    private static Range parseRange(String token, String where) {
        String[] bounds = token.split("-", -1);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("\"" + token + "\" is not a range HH:MM-HH:MM in " + where);
        }
        LocalTime start = time(bounds[0], token, where);
        LocalTime end = bounds[1].equals("24:00") ? LocalTime.MAX : time(bounds[1], token, where);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("range " + token + " ends before it starts in " + where);
        }
        return new Range(start, end);
    }

    private static LocalTime time(String text, String token, String where) {
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a time HH:MM in range " + token + " of " + where);
        }
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a time HH:MM in range " + token + " of " + where, e);
        }
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    /** The ranges of a day of the week, sorted; empty when closed that day. */
    public List<Range> on(DayOfWeek day) {
        return days.get(day);
    }

    /** True when the centre opens at some time on that day of the week. */
    public boolean opens(DayOfWeek day) {
        return !days.get(day).isEmpty();
    }

    /**
     * The canonical text form: consecutive days with the same ranges grouped ({@code MON-FRI}),
     * clauses joined by {@code "; "}; {@code parse(format())} gives equal hours back.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        int d = 1;
        while (d <= 7) {
            List<Range> ranges = days.get(DayOfWeek.of(d));
            int last = d;
            while (last < 7 && days.get(DayOfWeek.of(last + 1)).equals(ranges)) {
                last++;
            }
            if (!ranges.isEmpty()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(code(DayOfWeek.of(d)));
                if (last > d) {
                    out.append('-').append(code(DayOfWeek.of(last)));
                }
                for (Range range : ranges) {
                    out.append(' ').append(range.format());
                }
            }
            d = last + 1;
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && hours.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
