package org.mutualis.questionnaire;

import java.util.Map;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

/** Some answers of a form are invalid; nothing was saved. Keys are question codes. */
public class AnswerRejectedException extends RejectedException {

    private final Map<String, Text> errors;

    public AnswerRejectedException(Map<String, Text> errors) {
        super(
                errors.entrySet().stream()
                        .map(e -> Problem.of(e.getKey(), e.getValue()))
                        .toList(),
                "questionnaire.answers.rejected");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, Text> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
