package org.mutualis.questionnaire.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.AnswerLimits;
import org.mutualis.questionnaire.AnswerRejectedException;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;

/** Validates a form's or an API client's answers with the same cell rules as a file import. */
public final class AnswerValidation {

    /** The key of the comment's error, next to the question codes. */
    public static final String COMMENT = "comment";

    private AnswerValidation() {}

    /**
     * @param draft a draft may leave required questions empty; a submitted response may not
     * @throws AnswerRejectedException with every problem, keyed by question code
     */
    public static Map<String, AnswerValue> validate(
            Questionnaire questionnaire, Map<String, String> raw, boolean draft) {
        return validate(questionnaire, raw, null, draft);
    }

    /**
     * The answers and the response's comment, checked together: a comment too long is one more
     * error, under the key {@code comment}.
     */
    public static Map<String, AnswerValue> validate(
            Questionnaire questionnaire, Map<String, String> raw, @Nullable String comment, boolean draft) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Text commentProblem = AnswerCells.comment(comment, AnswerLimits.DEFAULTS);
        if (commentProblem != null) {
            errors.put(COMMENT, commentProblem);
        }
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        raw.keySet().stream()
                .filter(code -> questionnaire.question(code).isEmpty())
                .forEach(code -> errors.put(code, Text.of("questionnaire.answer.unknown")));
        // Skip logic: a question the other answers make moot is neither required nor stored.
        java.util.Set<String> hidden = questionnaire.hidden(raw);
        for (Question question : questionnaire.questions()) {
            if (hidden.contains(question.code())) {
                continue;
            }
            String text = raw.getOrDefault(question.code(), "");
            if (draft && (text == null || text.isBlank())) {
                continue;
            }
            AnswerCells.Result result =
                    AnswerCells.parse(text == null ? "" : text, question, questionnaire.indicatorOf(question));
            if (result.problem() != null) {
                errors.put(question.code(), capitalised(result.problem()));
            } else if (result.value() != null) {
                values.put(question.code(), result.value());
            }
        }
        if (errors.isEmpty() && !draft) {
            // Cross-question rules (an OS per device at most, no rank given twice) hold on submit;
            // a draft may be incoherent while it is being filled in.
            QuestionnaireChecks.check(questionnaire, values).forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new AnswerRejectedException(errors);
        }
        return values;
    }

    /** One answer checked alone, as the user types it: the problem, or null when it is fine. */
    public static @Nullable Text checkOne(Questionnaire questionnaire, String code, String text) {
        Question question = questionnaire.question(code).orElse(null);
        if (question == null) {
            return Text.of("questionnaire.answer.unknown");
        }
        if (text.isBlank()) {
            return null;
        }
        AnswerCells.Result result = AnswerCells.parse(text, question, questionnaire.indicatorOf(question));
        return result.problem() == null ? null : capitalised(result.problem());
    }

    /**
     * The rules between answers (sums of a group, ranks given once…) on the answers given so far,
     * as the user fills the form: each answer that passes its own cell rules counts, the others
     * and the moot ones are left out. The problems by question code, in question order.
     */
    public static Map<String, Text> crossCheck(Questionnaire questionnaire, Map<String, String> raw) {
        java.util.Set<String> hidden = questionnaire.hidden(raw);
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            String text = raw.get(question.code());
            if (text == null || text.isBlank() || hidden.contains(question.code())) {
                continue;
            }
            AnswerCells.Result result = AnswerCells.parse(text, question, questionnaire.indicatorOf(question));
            if (result.problem() == null && result.value() != null) {
                values.put(question.code(), result.value());
            }
        }
        return QuestionnaireChecks.check(questionnaire, values);
    }

    /** The cell rules' sentences follow a place (« Ligne 5 : … »); alone, a form's starts with a capital. */
    private static Text capitalised(Text problem) {
        return problem.code().startsWith("questionnaire.answer.required")
                ? new Text(problem.code() + ".start", problem.args())
                : problem;
    }
}
