package org.mutualis.questionnaire;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * Skip logic, as data ({@code census/conditions.csv}): the question {@code code} is shown only if
 * the answer to {@code dependsOn} satisfies {@code op value}. An unanswered or NC dependency shows
 * the question: nobody knows yet that it is moot. A hidden question is neither required nor
 * stored; the form hides it with the same rule (static/js/questionnaire-steps.js).
 *
 * @param op {@code gt} (a number above {@code value}), {@code ne} (another answer than {@code
 *     value}) or {@code eq} (that answer)
 */
public record Condition(String code, String dependsOn, String op, String value) {

    public Condition {
        if (!op.equals("gt") && !op.equals("ne") && !op.equals("eq")) {
            throw new IllegalArgumentException("Unknown condition operator " + op + " for " + code);
        }
    }

    /** Whether the question is shown when its dependency's answer is this raw text. */
    public boolean shown(@Nullable String answer) {
        if (answer == null || answer.isBlank() || answer.strip().equalsIgnoreCase(AnswerValue.NC)) {
            return true;
        }
        String text = answer.strip();
        return switch (op) {
            case "gt" -> {
                BigDecimal number = number(text);
                yield number == null || number.compareTo(new BigDecimal(value)) > 0;
            }
            case "ne" -> !text.equalsIgnoreCase(value);
            default -> text.equalsIgnoreCase(value);
        };
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(
                    text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.').toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
