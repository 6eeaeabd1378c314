package org.mutualis.programme.domain.governance;

import java.util.ArrayList;
import java.util.List;

/**
 * The study's rule for a theme's comité de pilotage: it designates exactly one coordonnateur du
 * marché and one responsable de groupe before it meets. Other bodies have no such rule.
 */
public final class BodyComposition {

    private BodyComposition() {}

    /**
     * @param steeringCommittee whether the body is a comité de pilotage
     * @param marketCoordinators how many of its members coordinate the market
     * @param groupLeaders how many of its members lead the group
     * @return what it lacks or has too many of; empty when it may hold a meeting
     */
    public static List<CompositionGap> gaps(boolean steeringCommittee, int marketCoordinators, int groupLeaders) {
        if (marketCoordinators < 0 || groupLeaders < 0) {
            throw new IllegalArgumentException("negative count");
        }
        List<CompositionGap> gaps = new ArrayList<>();
        if (!steeringCommittee) {
            return gaps;
        }
        if (marketCoordinators == 0) {
            gaps.add(CompositionGap.NO_MARKET_COORDINATOR);
        } else if (marketCoordinators > 1) {
            gaps.add(CompositionGap.SEVERAL_MARKET_COORDINATORS);
        }
        if (groupLeaders == 0) {
            gaps.add(CompositionGap.NO_GROUP_LEADER);
        } else if (groupLeaders > 1) {
            gaps.add(CompositionGap.SEVERAL_GROUP_LEADERS);
        }
        return List.copyOf(gaps);
    }
}
