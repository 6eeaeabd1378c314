package org.mutualis.census;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/** Turns one cell's text into an answer to a question, or says in French why it cannot. */
final class AnswerCells {

    /** Digits with an optional decimal part; no exponent, no grouping left at this point. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3}(?!\\d))");

    private AnswerCells() {}

    /** An answer, no answer (an empty cell), or the reason the text is refused. */
    record Result(@Nullable AnswerValue value, @Nullable String problem) {

        static Result ok(@Nullable AnswerValue value) {
            return new Result(value, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }
    }

    static Result parse(String cell, Question question, Indicator indicator) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return question.required()
                    ? Result.refused("la réponse est obligatoire"
                            + (question.allowsNc() ? " (indiquez NC si elle n'est pas connue)." : "."))
                    : Result.ok(null);
        }
        if (text.equalsIgnoreCase(AnswerValue.NC)) {
            return question.allowsNc()
                    ? Result.ok(AnswerValue.nc())
                    : Result.refused("« NC » n'est pas accepté pour cette question.");
        }
        return switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK, AMOUNT, MEAN_VALUE -> number(text, question);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(text, indicator);
            case TEXT -> Result.ok(new AnswerValue.Text(text));
        };
    }

    private static Result number(String text, Question question) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return Result.refused("« " + text + " » n'est pas un nombre.");
        }
        if (question.integer() && value.scale() > 0) {
            return Result.refused("« " + text + " » n'est pas un nombre entier.");
        }
        BigDecimal min = question.min();
        if (min != null && value.compareTo(min) < 0) {
            return Result.refused(
                    min.signum() == 0
                            ? "« " + text + " » est négatif : la valeur doit être positive ou nulle."
                            : "« " + text + " » est inférieur au minimum accepté (" + plain(min) + ").");
        }
        BigDecimal max = question.max();
        if (max != null && value.compareTo(max) > 0) {
            return Result.refused("« " + text + " » dépasse le maximum accepté (" + plain(max) + ").");
        }
        return Result.ok(new AnswerValue.Numeric(value));
    }

    /**
     * {@code 12}, {@code 12.5}, {@code 12,5} (French decimal comma), {@code 1 259,67} (grouped
     * with spaces), {@code 903,83 €}. The value comes back without trailing zeros, so that
     * {@code 1020.00} and {@code 1020} are the same answer.
     */
    static @Nullable BigDecimal decimal(String text) {
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

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Result yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "oui", "yes", "o", "y", "vrai", "true" -> Result.ok(new AnswerValue.Text("oui"));
            case "non", "no", "n", "faux", "false" -> Result.ok(new AnswerValue.Text("non"));
            default ->
                Result.refused("« " + text + " » n'est pas une réponse possible (réponses acceptées : oui, non).");
        };
    }

    private static Result choice(String text, Indicator indicator) {
        return indicator.choices().stream()
                .filter(c -> c.equalsIgnoreCase(text))
                .findFirst()
                .map(c -> Result.ok(new AnswerValue.Text(c)))
                .orElseGet(() -> Result.refused("« " + text + " » n'est pas une réponse possible (réponses acceptées : "
                        + String.join(", ", indicator.choices()) + ")."));
    }

    private static String plain(BigDecimal value) {
        return canonical(value).toPlainString();
    }
}
