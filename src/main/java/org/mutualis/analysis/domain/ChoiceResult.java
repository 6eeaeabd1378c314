package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Optional;

/**
 * The answers of a yes/no or choice indicator counted per value. NC, unanswered and excluded
 * answers are left out of every row and of the shares' denominator.
 *
 * @param rows yes then no, or the indicator's choices in its order (answers outside them last)
 * @param respondents the collectivités that gave a usable answer
 */
public record ChoiceResult(
        IndicatorSpec indicator,
        List<ChoiceRow> rows,
        int respondents,
        List<String> notCommunicated,
        List<String> unanswered,
        List<String> excluded) {

    public Optional<ChoiceRow> row(String value) {
        return rows.stream().filter(r -> r.value().equals(value)).findFirst();
    }
}
