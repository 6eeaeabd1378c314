package org.mutualis.census.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * The answer form's fields as the page posts them, read one way for « Enregistrer », « Transmettre »
 * and the automatic draft: {@code a.<code>} is the answer; « Non communiqué » is a box
 * ({@code nc.<code>}) beside a text, number or date field (a choice among the radios for the
 * others): ticked, it is the answer, whatever the field holds. Every question of the
 * questionnaire has a value, blank when not answered.
 */
final class AnswerForm {

    private AnswerForm() {}

    static Map<String, String> answers(Questionnaire questionnaire, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        questionnaire
                .questions()
                .forEach(q -> values.put(
                        q.code(),
                        params.containsKey("nc." + q.code())
                                ? AnswerValue.NC
                                : params.getOrDefault("a." + q.code(), "")));
        return values;
    }

    /**
     * Why the user corrects answers taken from the inventory: {@code reason.<code>}, by question
     * code, the blank ones left out.
     */
    static Map<String, String> reasons(Questionnaire questionnaire, Map<String, String> params) {
        Map<String, String> reasons = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> {
            String reason = params.get("reason." + q.code());
            if (reason != null && !reason.isBlank()) {
                reasons.put(q.code(), reason);
            }
        });
        return reasons;
    }
}
