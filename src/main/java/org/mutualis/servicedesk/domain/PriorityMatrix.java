package org.mutualis.servicedesk.domain;

/**
 * Impact × urgency → priority, as ITIL desks (GLPI among them) do it: each on five levels, 1 (very
 * low) to 5 (very high); the priority is the mean, rounded up, MAJOR when both are very high.
 */
public final class PriorityMatrix {

    private PriorityMatrix() {}

    /**
     * @param impact 1 (very low) to 5 (very high)
     * @param urgency 1 (very low) to 5 (very high)
     * @throws IllegalArgumentException when a level is outside 1..5
     */
    public static Priority of(int impact, int urgency) {
        if (impact < 1 || impact > 5 || urgency < 1 || urgency > 5) {
            throw new IllegalArgumentException("impact and urgency go from 1 to 5: " + impact + ", " + urgency);
        }
        if (impact == 5 && urgency == 5) {
            return Priority.MAJOR;
        }
        return Priority.values()[(impact + urgency + 1) / 2 - 1];
    }
}
