package org.mutualis.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way to read and write a date: ISO ({@code 2026-02-01}, what a date field and the API
 * send) or French ({@code 01/02/2026}, also {@code 1/2/2026}); written {@code 01/02/2026} for
 * reading, ISO for a date field. Strict: {@code 31/02/2026} is refused, never turned into the
 * 28th.
 */
public final class FrenchDates {

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_IN =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_OUT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FrenchDates() {}

    /**
     * @throws DateTimeParseException when the text is not a real date in one of the two shapes
     */
    public static LocalDate parse(String text) {
        String date = text.strip();
        if (ISO_SHAPE.matcher(date).matches()) {
            return LocalDate.parse(date, ISO);
        }
        if (FRENCH_SHAPE.matcher(date).matches()) {
            return LocalDate.parse(date, FRENCH_IN);
        }
        throw new DateTimeParseException("Not a date (dd/MM/yyyy or yyyy-MM-dd): " + text, text, 0);
    }

    /** The date, or empty when the text is not one (or blank). */
    public static Optional<LocalDate> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For reading: {@code 01/02/2026}. */
    public static String format(LocalDate date) {
        return FRENCH_OUT.format(date);
    }

    /** For a date field ({@code <input type="date">} takes ISO and shows it in the reader's way). */
    public static String iso(LocalDate date) {
        return ISO.format(date);
    }
}
