package org.mutualis.shared.error;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * The sizes of what a service stores, checked before it writes: a text longer than its column or
 * a number larger than its column is a {@code 422} naming the field (with the codes {@code
 * form.size} and {@code form.digits} that forms use), never a database error. A service lists its
 * fields and calls {@link #check()}:
 *
 * <pre>{@code
 * InputLimits.of().text("reason", "exclusion.reason", reason, 1000).check();
 * }</pre>
 *
 * <p>The label is a message code naming the field ({@code <record>.<field>} as forms name it).
 */
public final class InputLimits {

    private final List<Problem> problems = new ArrayList<>();

    private InputLimits() {}

    public static InputLimits of() {
        return new InputLimits();
    }

    /** A text of at most {@code max} characters (after trimming, as services store it). */
    public InputLimits text(String field, String label, @Nullable String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(Problem.of(field, "form.size", Text.of(label), String.valueOf(max)));
        }
        return this;
    }

    /**
     * A number that fits a {@code numeric(precision, scale)} column: at most {@code precision -
     * scale} digits before the decimal point (the decimals are the column's to round).
     */
    public InputLimits number(String field, String label, @Nullable BigDecimal value, int precision, int scale) {
        if (value != null && value.precision() - value.scale() > precision - scale) {
            problems.add(Problem.of(field, "form.digits", Text.of(label), String.valueOf(precision - scale)));
        }
        return this;
    }

    /** The problems found so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** @throws RejectedException (422, {@code form.refused}) with every field that does not fit */
    public void check() {
        if (!problems.isEmpty()) {
            throw new RejectedException(problems(), "form.refused");
        }
    }
}
