package org.mutualis.savings.domain;

import java.util.List;

/**
 * What a scenario is expected to save.
 *
 * @param items each covered offer's savings over the participants, before the volume effect
 * @param perYear the yearly saving after the volume effect
 * @param oneOff the one-off saving (purchases) after the volume effect
 * @param participantCount how many collectivités take part
 */
public record ScenarioOutcome(
        ScenarioPlan plan, List<ItemSavings> items, SavingFigure perYear, SavingFigure oneOff, int participantCount) {

    public ScenarioOutcome {
        items = List.copyOf(items);
    }
}
