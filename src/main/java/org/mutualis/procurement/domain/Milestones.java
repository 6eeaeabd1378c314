package org.mutualis.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dated steps of a procurement, in the order they must happen. Each may be unknown while the
 * procurement is planned; the order is checked on the known ones.
 */
public record Milestones(
        @Nullable LocalDate needsCensusOn,
        @Nullable LocalDate specificationsOn,
        @Nullable LocalDate publicationOn,
        @Nullable LocalDate awardOn,
        @Nullable LocalDate notificationOn,
        @Nullable LocalDate startOn,
        @Nullable LocalDate endOn) {

    /** A known step: its French name and date. */
    public record Step(String label, LocalDate date) {}

    /** The known steps in their required order. */
    public List<Step> knownSteps() {
        List<Step> steps = new ArrayList<>();
        add(steps, "le recensement des besoins", needsCensusOn);
        add(steps, "la rédaction du cahier des charges", specificationsOn);
        add(steps, "la publication", publicationOn);
        add(steps, "l'attribution", awardOn);
        add(steps, "la notification", notificationOn);
        add(steps, "le début d'exécution", startOn);
        add(steps, "la fin d'exécution", endOn);
        return steps;
    }

    private static void add(List<Step> steps, String label, @Nullable LocalDate date) {
        if (date != null) {
            steps.add(new Step(label, date));
        }
    }
}
