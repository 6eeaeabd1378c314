package org.mutualis.census;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mutualis.shared.error.ConflictException;

/**
 * An automatic draft save refused (409): the response was transmitted or validated, or someone
 * saved it since it was opened. Carries the stored answers as they are now ({@code answers},
 * {@code version}, {@code status}), which the reader may see, so that the page shows what was typed
 * beside what is stored and lets the person take their own values back.
 */
public class DraftConflictException extends ConflictException {

    private final transient ResponseView current;

    public DraftConflictException(ResponseView current, String code, Object... args) {
        super(code, args);
        this.current = current;
    }

    public ResponseView current() {
        return current;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, String> answers = new LinkedHashMap<>();
        current.answers().forEach((code, value) -> answers.put(code, value.display()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("version", current.version());
        properties.put("status", current.status().name());
        properties.put("answers", answers);
        properties.put("comment", current.comment() == null ? "" : current.comment());
        return properties;
    }
}
