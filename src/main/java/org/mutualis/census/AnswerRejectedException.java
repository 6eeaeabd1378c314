package org.mutualis.census;

import java.util.Map;

/** Some answers of a form are invalid; nothing was saved. Keys are question codes. */
public class AnswerRejectedException extends CensusException {

    private final Map<String, String> errors;

    public AnswerRejectedException(Map<String, String> errors) {
        super("Certaines réponses ne sont pas valides : rien n'a été enregistré.");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
