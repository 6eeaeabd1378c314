package org.mutualis.shared.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.InputProblem;

/** Reads typed amounts and dates, noting a problem for the field when they are wrong; labels are message codes. */
public final class FormValues {

    private FormValues() {}

    /** An amount such as {@code 40}, {@code 40.00} or {@code 40,00}; null when blank. */
    public static @Nullable BigDecimal amount(
            @Nullable String text, String field, String label, boolean required, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(InputProblem.of(field, "form.required", Text.of(label)));
            }
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(
                    text.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
            if (value.signum() < 0) {
                problems.add(InputProblem.of(field, "form.amount.negative", Text.of(label), text.trim()));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(InputProblem.of(field, "form.amount.invalid", Text.of(label), text.trim()));
            return null;
        }
    }

    /** A date as {@code 2026-01-31}; null when blank. */
    public static @Nullable LocalDate date(
            @Nullable String text, String field, String label, boolean required, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(InputProblem.of(field, "form.required", Text.of(label)));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.of(field, "form.date.invalid", Text.of(label), text.trim()));
            return null;
        }
    }
}
