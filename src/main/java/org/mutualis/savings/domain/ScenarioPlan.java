package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scenario as the comparison needs it.
 *
 * @param retainedPercent the volume-effect assumption: the share, in percent, of each offer's
 *     saving this scenario obtains (100 when one supplier serves all the participants)
 * @param participants codes of the collectivités taking part
 * @param themes the item themes the scenario buys; empty means every theme
 */
public record ScenarioPlan(
        String code,
        String name,
        ScenarioKind kind,
        BigDecimal retainedPercent,
        Set<String> participants,
        Set<ItemTheme> themes) {

    public ScenarioPlan {
        // Sorted, not Set.copyOf: its order changes from one run to the next, and so did the API's.
        participants = Collections.unmodifiableSortedSet(new TreeSet<>(participants));
        themes = Collections.unmodifiableSet(
                themes.isEmpty() ? EnumSet.noneOf(ItemTheme.class) : EnumSet.copyOf(themes));
        if (retainedPercent.signum() < 0 || retainedPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the retained share of savings is a percentage between 0 and 100");
        }
    }

    /** Whether the scenario buys items of this theme. */
    public boolean covers(ItemTheme theme) {
        return themes.isEmpty() || themes.contains(theme);
    }
}
