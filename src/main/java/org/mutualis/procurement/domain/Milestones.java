package org.mutualis.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

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

    /** A known step: its name (a message code) and date. */
    public record Step(Text label, LocalDate date) {}

    /** The known steps in their required order. */
    public List<Step> knownSteps() {
        List<Step> steps = new ArrayList<>();
        add(steps, "procurement.step.needsCensus", needsCensusOn);
        add(steps, "procurement.step.specifications", specificationsOn);
        add(steps, "procurement.step.publication", publicationOn);
        add(steps, "procurement.step.award", awardOn);
        add(steps, "procurement.step.notification", notificationOn);
        add(steps, "procurement.step.start", startOn);
        add(steps, "procurement.step.end", endOn);
        return steps;
    }

    private static void add(List<Step> steps, String label, @Nullable LocalDate date) {
        if (date != null) {
            steps.add(new Step(Text.of(label), date));
        }
    }
}
