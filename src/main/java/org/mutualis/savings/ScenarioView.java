package org.mutualis.savings;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;
import org.mutualis.savings.domain.ScenarioPlan;

/**
 * A stored scenario.
 *
 * @param retainedPercent the volume-effect assumption (share of the negotiated saving obtained)
 * @param participants codes of the collectivités taking part
 * @param themes the item themes bought; empty for every theme
 */
public record ScenarioView(
        long id,
        long territoryId,
        String code,
        String name,
        ScenarioKind kind,
        BigDecimal retainedPercent,
        String assumption,
        String advantages,
        String drawbacks,
        Set<ItemTheme> themes,
        Set<String> participants,
        int version) {

    public ScenarioView {
        // Sorted (themes in their declared order): Set.copyOf iterates in an order that changes from
        // one run to the next, and so did the API's answers.
        themes = Collections.unmodifiableSet(
                themes.isEmpty() ? EnumSet.noneOf(ItemTheme.class) : EnumSet.copyOf(themes));
        participants = Collections.unmodifiableSortedSet(new TreeSet<>(participants));
    }

    public ScenarioPlan toPlan() {
        return new ScenarioPlan(code, name, kind, retainedPercent, participants, themes);
    }
}
