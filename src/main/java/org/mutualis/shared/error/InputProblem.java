package org.mutualis.shared.error;

import org.mutualis.shared.text.Text;

/** One thing wrong in a form or an API body: the field and what is wrong, resolved in the reader's language. */
public record InputProblem(String field, Text message) {

    public static InputProblem of(String field, String code, Object... args) {
        return new InputProblem(field, Text.of(code, args));
    }
}
