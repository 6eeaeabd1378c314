package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Optional;

/**
 * The ranked objectives aggregated across collectivités, by mean rank and by Borda count.
 *
 * @param objectives one entry per objective, in the order given
 * @param byMeanRank the objectives from the lowest mean rank; those nobody ranked come last
 * @param byBorda the objectives from the most Borda points
 * @param ties tied and nearly tied pairs, by mean rank then by Borda points
 * @param rankers the collectivités that ranked at least one objective
 * @param nonRankers the collectivités that were asked and ranked nothing: they count nowhere
 */
public record PriorityResult(
        List<ObjectivePriority> objectives,
        List<String> byMeanRank,
        List<String> byBorda,
        List<PriorityTie> ties,
        List<String> rankers,
        List<String> nonRankers,
        List<SharedRank> sharedRanks) {

    public Optional<ObjectivePriority> objective(String objective) {
        return objectives.stream().filter(o -> o.objective().equals(objective)).findFirst();
    }
}
