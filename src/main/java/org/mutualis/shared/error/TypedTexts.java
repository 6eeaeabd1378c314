package org.mutualis.shared.error;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * The checks of a form's typed texts, for the services that gather every problem before refusing:
 * required or optional, stripped, within a size ({@code form.required}, {@code form.size}); the
 * refusal with every problem ({@code form.refused}, 422).
 */
public final class TypedTexts {

    private TypedTexts() {}

    public static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    public static @Nullable String required(
            List<Problem> problems, String field, String label, @Nullable String typed, int max) {
        String t = trimmed(typed);
        if (t == null) {
            problems.add(Problem.of(field, "form.required", Text.of(label)));
            return null;
        }
        return sized(problems, field, label, t, max);
    }

    public static @Nullable String optional(
            List<Problem> problems, String field, String label, @Nullable String typed, int max) {
        String t = trimmed(typed);
        return t == null ? null : sized(problems, field, label, t, max);
    }

    private static @Nullable String sized(List<Problem> problems, String field, String label, String t, int max) {
        if (t.length() > max) {
            problems.add(Problem.of(field, "form.size", Text.of(label), String.valueOf(max)));
            return null;
        }
        return t;
    }

    /** @throws RejectedException (422, {@code form.refused}) with every problem, when there is one */
    public static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "form.refused");
        }
    }
}
