package org.mutualis.questionnaire;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a themed questionnaire, with the part of the indicator catalogue it uses.
 *
 * @param theme the theme code ({@code infrastructure}, {@code telecom}, {@code printing}, {@code
 *     software})
 * @param questions in position order
 * @param indicators the indicators its questions answer, plus those they refer to (weights,
 *     devices of a share group)
 * @param shareGroups the share groups with at least one member asked
 * @param renewals the renewal forecasts whose count and lifespan are both asked
 */
public record Questionnaire(
        String theme,
        int version,
        String titleFr,
        String titleEn,
        List<Question> questions,
        List<Indicator> indicators,
        List<ShareGroupDef> shareGroups,
        List<RenewalDef> renewals) {

    public Questionnaire {
        questions = questions.stream()
                .sorted(Comparator.comparingInt(Question::position))
                .toList();
        indicators = List.copyOf(indicators);
        shareGroups = List.copyOf(shareGroups);
        renewals = List.copyOf(renewals);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The skip logic between this questionnaire's questions (both asked), by shown question code. */
    public Map<String, Condition> conditions() {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (Condition c : Catalogue.conditions()) {
            if (question(c.code()).isPresent() && question(c.dependsOn()).isPresent()) {
                conditions.put(c.code(), c);
            }
        }
        return conditions;
    }

    /**
     * The questions moot after these answers (raw texts by code): each hidden by its condition,
     * or because the question it depends on is itself hidden.
     */
    public Set<String> hidden(Map<String, String> answers) {
        Map<String, Condition> conditions = conditions();
        Set<String> hidden = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Condition c : conditions.values()) {
                if (!hidden.contains(c.code())
                        && (hidden.contains(c.dependsOn()) || !c.shown(answers.get(c.dependsOn())))) {
                    hidden.add(c.code());
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /** The indicator a question answers; the catalogue guarantees it exists. */
    public Indicator indicatorOf(Question question) {
        return indicator(question.indicatorCode())
                .orElseThrow(() -> new IllegalStateException("no indicator " + question.indicatorCode()));
    }
}
