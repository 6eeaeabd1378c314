package org.mutualis.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.text.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Problems in the reader's language: the same text on a page as in the API's problem document
 * (where a bundle has no such code, the code itself is shown: older refusals still carry French
 * sentences).
 */
@Component
public class ProblemMessages {

    private final Texts texts;

    ProblemMessages(Texts texts) {
        this.texts = texts;
    }

    /** A problem as the reader sees it: where, and what in their language. */
    public record ShownProblem(@Nullable String field, String message) {}

    public String message(Problem problem, Locale locale) {
        return texts.format(problem.code(), problem.args().toArray(), locale);
    }

    public List<ShownProblem> shown(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new ShownProblem(p.field(), message(p, locale)))
                .toList();
    }

    /**
     * Puts a refused form's problems on the page: {@code problems}, the list shown above the form,
     * and {@code fieldProblems}, each field's message for the field fragment.
     */
    Map<String, String> show(Model model, List<Problem> problems) {
        List<ShownProblem> shown = shown(problems, LocaleContextHolder.getLocale());
        Map<String, String> byField = new LinkedHashMap<>();
        for (ShownProblem p : shown) {
            if (p.field() != null) {
                byField.merge(p.field(), p.message(), (a, b) -> a + " " + b);
            }
        }
        model.addAttribute("problems", shown);
        model.addAttribute("fieldProblems", byField);
        return byField;
    }
}
