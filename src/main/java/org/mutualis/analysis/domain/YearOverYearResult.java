package org.mutualis.analysis.domain;

import java.util.List;

/**
 * What changed between two campaigns of the same questionnaire on one territory.
 *
 * @param indicators every additive indicator of either synthesis, changed or not, in the later
 *     synthesis's order then the earlier-only ones
 * @param answers the changed answers of the collectivités that answered both campaigns
 * @param onlyBefore collectivités that answered the earlier campaign only
 * @param onlyAfter collectivités that answered the later campaign only
 */
public record YearOverYearResult(
        List<IndicatorChange> indicators, List<AnswerChange> answers, List<String> onlyBefore, List<String> onlyAfter) {

    public List<IndicatorChange> changedIndicators() {
        return indicators.stream().filter(IndicatorChange::changed).toList();
    }

    public boolean unchanged() {
        return changedIndicators().isEmpty() && answers.isEmpty() && onlyBefore.isEmpty() && onlyAfter.isEmpty();
    }
}
