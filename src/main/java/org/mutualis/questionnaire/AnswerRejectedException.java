package org.mutualis.questionnaire;

import java.util.Map;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** Some answers of a form are invalid; nothing was saved. Keys are question codes. */
public class AnswerRejectedException extends RejectedException {

    private final Map<String, String> errors;

    public AnswerRejectedException(Map<String, String> errors) {
        super(
                errors.entrySet().stream()
                        .map(e -> Problem.of(e.getKey(), e.getValue()))
                        .toList(),
                "Certaines réponses ne sont pas valides : rien n'a été enregistré.");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
