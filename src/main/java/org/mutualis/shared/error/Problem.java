package org.mutualis.shared.error;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * One thing wrong in a request: where ({@code field}: a form field, a question code, a sheet cell
 * such as {@code Parc!C4}; null for the whole request) and what, as a message code and its
 * arguments (or a French sentence, see {@link MutualisException#code()}).
 */
public record Problem(@Nullable String field, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(@Nullable String field, String code, Object... args) {
        return new Problem(field, code, List.of(args));
    }

    public static Problem of(@Nullable String field, Text text) {
        return new Problem(field, text.code(), text.args());
    }
}
