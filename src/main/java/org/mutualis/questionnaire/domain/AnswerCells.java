package org.mutualis.questionnaire.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.AnswerLimits;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;

/** Turns one cell's text into an answer to a question, or says why it cannot (a message code). */
public final class AnswerCells {

    /** Digits with an optional decimal part; no exponent, no grouping left at this point. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}(?!\\d))");

    /** {@code 2026-12-31}, possibly with a time as spreadsheets store dates ({@code 2026-12-31T00:00:00}). */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    /** {@code 31/12/2026}, {@code 31.12.2026} or {@code 31-12-2026}, possibly followed by a time. */
    private static final Pattern FRENCH_DATE =
            Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");

    /**
     * A spreadsheet's day number: an XLSX date cell is a number of days (its format makes it a
     * date), and the reader gives the number. Five digits cover 1990 to 2100.
     */
    private static final Pattern SERIAL_DATE = Pattern.compile("\\d{5}(?:\\.\\d+)?");

    /** Day 0 of spreadsheet serial dates (1900 date system, past its 1900-02-29 bug). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private AnswerCells() {}

    /** An answer, no answer (an empty cell), or the reason the text is refused. */
    public record Result(
            @Nullable AnswerValue value, @Nullable Text problem) {

        static Result ok(@Nullable AnswerValue value) {
            return new Result(value, null);
        }

        static Result refused(Text problem) {
            return new Result(null, problem);
        }
    }

    /**
     * Reads a cell with the questionnaire's {@link AnswerLimits#DEFAULTS default limits} (and the
     * question's own): a text too long or a number too large for what the database keeps is
     * refused here, the one place every way in goes through.
     */
    public static Result parse(String cell, Question question, Indicator indicator) {
        return parse(cell, question, indicator, AnswerLimits.DEFAULTS);
    }

    public static Result parse(String cell, Question question, Indicator indicator, AnswerLimits limits) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return question.required()
                    ? Result.refused(Text.of(
                            question.allowsNc() ? "questionnaire.answer.required.nc" : "questionnaire.answer.required"))
                    : Result.ok(null);
        }
        if (text.equalsIgnoreCase(AnswerValue.NC)) {
            return question.allowsNc()
                    ? Result.ok(AnswerValue.nc())
                    : Result.refused(Text.of("questionnaire.answer.nc"));
        }
        return switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK, AMOUNT, MEAN_VALUE -> number(text, question, limits);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(text, indicator);
            case TEXT -> text(text, question, limits);
            case DATE -> date(text);
        };
    }

    /**
     * A date as people and spreadsheets write it: {@code 2026-12-31}, {@code 31/12/2026}, an ODS
     * date cell ({@code 2026-12-31T00:00:00}) or an XLSX date cell (its day number, {@code
     * 46387}). Stored as {@code yyyy-MM-dd}; impossible days and years outside 1990–2100 are refused.
     */
    static Result date(String text) {
        int year;
        int month;
        int day;
        Matcher iso = ISO_DATE.matcher(text);
        Matcher french = FRENCH_DATE.matcher(text);
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (french.matches()) {
            day = Integer.parseInt(french.group(1));
            month = Integer.parseInt(french.group(3));
            year = Integer.parseInt(french.group(4));
        } else if (SERIAL_DATE.matcher(text).matches()) {
            LocalDate date = SERIAL_EPOCH.plusDays(Long.parseLong(text.replaceFirst("\\..*", "")));
            year = date.getYear();
            month = date.getMonthValue();
            day = date.getDayOfMonth();
        } else {
            return Result.refused(Text.of("questionnaire.answer.date", shown(text)));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Result.refused(Text.of(
                    "questionnaire.answer.year",
                    text,
                    String.valueOf(year),
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        }
        try {
            return Result.ok(new AnswerValue.Text(LocalDate.of(year, month, day).toString()));
        } catch (DateTimeException e) {
            return Result.refused(Text.of("questionnaire.answer.day", text));
        }
    }

    /** A response's comment, as forms, the API and files give it: the problem, or null when it fits. */
    public static @Nullable Text comment(@Nullable String comment, AnswerLimits limits) {
        int length = comment == null ? 0 : comment.strip().length();
        return length > limits.commentLength()
                ? Text.of(
                        "questionnaire.comment.length", String.valueOf(length), String.valueOf(limits.commentLength()))
                : null;
    }

    private static Result text(String text, Question question, AnswerLimits limits) {
        int limit = limits.textLength(question);
        return text.length() > limit
                ? Result.refused(
                        Text.of("questionnaire.answer.length", String.valueOf(text.length()), String.valueOf(limit)))
                : Result.ok(new AnswerValue.Text(text));
    }

    private static Result number(String text, Question question, AnswerLimits limits) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return Result.refused(Text.of("questionnaire.answer.number", shown(text)));
        }
        if (question.integer() && value.scale() > 0) {
            return Result.refused(Text.of("questionnaire.answer.integer", shown(text)));
        }
        if (value.precision() - value.scale() > limits.integerDigits()) {
            return Result.refused(
                    Text.of("questionnaire.answer.digits", shown(text), String.valueOf(limits.integerDigits())));
        }
        if (value.scale() > limits.decimals()) {
            return Result.refused(
                    Text.of("questionnaire.answer.decimals", shown(text), String.valueOf(limits.decimals())));
        }
        BigDecimal min = question.min();
        if (min != null && value.compareTo(min) < 0) {
            return Result.refused(
                    min.signum() == 0
                            ? Text.of("questionnaire.answer.negative", text)
                            : Text.of("questionnaire.answer.min", text, plain(min)));
        }
        BigDecimal max = question.max();
        if (max != null && value.compareTo(max) > 0) {
            return Result.refused(Text.of("questionnaire.answer.max", text, plain(max)));
        }
        return Result.ok(new AnswerValue.Numeric(value));
    }

    /**
     * {@code 12}, {@code 12.5}, {@code 12,5} (French decimal comma), {@code 1 259,67} (grouped
     * with spaces), {@code 903,83 €}. The value comes back without trailing zeros, so that
     * {@code 1020.00} and {@code 1020} are the same answer.
     */
    static @Nullable BigDecimal decimal(String text) {
        if (plainDigits(text)) {
            // most cells of a file (a count): what the patterns below would give, without them
            return canonical(new BigDecimal(text));
        }
        // Only spaces between groups of three digits go: "12 5" is a typo, not 125.
        String s = THOUSANDS.matcher(text).replaceAll("");
        if (s.endsWith("€")) {
            s = s.substring(0, s.length() - 1).replaceAll("[\\s\\u00a0\\u202f]+$", "");
        }
        if (s.indexOf(',') >= 0) {
            // A comma is a decimal comma only when it is the sole separator: "1,259.67" is refused.
            if (s.indexOf('.') >= 0 || s.indexOf(',') != s.lastIndexOf(',')) {
                return null;
            }
            s = s.replace(',', '.');
        }
        if (!DECIMAL.matcher(s).matches()) {
            return null;
        }
        return canonical(new BigDecimal(s));
    }

    /** Whether the text is only ASCII digits, at least one. */
    private static boolean plainDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Result yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "oui", "yes", "o", "y", "vrai", "true" -> Result.ok(new AnswerValue.Text("oui"));
            case "non", "no", "n", "faux", "false" -> Result.ok(new AnswerValue.Text("non"));
            default -> Result.refused(Text.of("questionnaire.answer.yesno", shown(text)));
        };
    }

    private static Result choice(String text, Indicator indicator) {
        return indicator.choices().stream()
                .filter(c -> c.equalsIgnoreCase(text))
                .findFirst()
                .map(c -> Result.ok(new AnswerValue.Text(c)))
                .orElseGet(() -> Result.refused(
                        Text.of("questionnaire.answer.choice", shown(text), String.join(", ", indicator.choices()))));
    }

    /** The text a message quotes: a long one is cut, so that a refusal does not repeat a whole page. */
    static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static final int SHOWN = 60;

    private static String plain(BigDecimal value) {
        return canonical(value).toPlainString();
    }
}
